print('abc'.isprintable(), 'a\nb'.isprintable(), ''.isprintable())
