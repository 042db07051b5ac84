# finally blocks run and print before the traceback is shown.
def work():
    try:
        print('working')
        return 1 / 0
    finally:
        print('cleanup in finally')
work()
