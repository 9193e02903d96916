print(__nbc_mod('%f %5.1f %e', (float('inf'), float('-inf'), float('nan'))))
