try:
    import no_such_mod
except ImportError as e:
    print(isinstance(e, ModuleNotFoundError), e)
except Exception:
    print('wrong')
