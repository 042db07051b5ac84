# SystemExit(0) and SystemExit(None) are successful exits.
print('clean exit')
raise SystemExit(0)
print('not reached')
