print(__nbc_list((1, 2), __nbc_star('ab'), (3,)), __nbc_tuple(__nbc_star(range(2))))
