"""multiprocessing.pool: the Pool of nbcheck's multiprocessing."""

from multiprocessing import Pool, AsyncResult, ApplyResult

ThreadPool = Pool
