print("they're bill's".title())
