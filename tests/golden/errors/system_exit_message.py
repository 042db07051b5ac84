# raise SystemExit with a message: printed to stderr, exit status 1.
print('about to exit')
raise SystemExit('fatal: configuration missing')
