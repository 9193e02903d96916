from contextlib import ExitStack, contextmanager


class Tracked:
    def __init__(self, name, suppress=False, fail=False):
        self.name = name
        self.suppress = suppress
        self.fail = fail

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, typ, exc, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        if self.fail:
            raise RuntimeError('exit failed in ' + self.name)
        return self.suppress


with ExitStack() as st:
    st.enter_context(Tracked('a'))
    st.enter_context(Tracked('b', suppress=True))
    st.enter_context(Tracked('c'))
    raise ValueError('inner')
print('suppressed by b')
try:
    with ExitStack() as st:
        st.enter_context(Tracked('x'))
        st.enter_context(Tracked('y', fail=True))
except RuntimeError as e:
    print('RuntimeError', e)
try:
    with ExitStack() as st:
        st.enter_context(Tracked('p'))
        st.enter_context(Tracked('q', fail=True))
        raise KeyError('orig')
except RuntimeError as e:
    print('RuntimeError', e, type(e.__context__).__name__)
st = ExitStack()
st.callback(print, 'closed by close()')
st.close()
st.close()
print('end')
