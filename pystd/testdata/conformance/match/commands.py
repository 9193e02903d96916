# The command parser of the PEP 636 tutorial.
class Room:
    def __init__(self):
        self.exits = {"north": "hall", "east": "garden"}

def run(command, room):
    match command.split():
        case [action]:
            return f"single action {action}"
        case ["go", direction] if direction in room.exits:
            return f"going to {room.exits[direction]}"
        case ["go", _]:
            return "can't go that way"
        case ["drop", *objects]:
            return "dropping " + ", ".join(objects)
        case ["north"] | ["go", "north"]:
            return "north"
        case ["get", obj] | ["pick", "up", obj] | ["pick", obj, "up"]:
            return f"picking up {obj}"
        case _:
            return f"sorry, I don't understand {command!r}"

room = Room()
for c in ["look", "go north", "go west", "drop sword shield", "pick up key", "pick lamp up", "dance wildly now"]:
    print(run(c, room))
