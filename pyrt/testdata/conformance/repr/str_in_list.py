print(['a\nb', "it's"])
