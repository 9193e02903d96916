print(repr('a\nb\tc\rd\\e'), repr('\x00\x1f\x7f'))
