print(repr('a\tb'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('ab\tc\nx\ty'.expandtabs(3)))
