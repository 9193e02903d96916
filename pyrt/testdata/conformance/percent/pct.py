print(__nbc_mod('100%% %s', ('done',)))
