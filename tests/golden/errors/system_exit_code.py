# raise SystemExit with a status code: exit status 3, empty stderr.
print('exiting with 3')
raise SystemExit(3)
