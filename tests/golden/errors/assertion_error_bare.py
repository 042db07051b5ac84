# Failed assertion without a message.
data = [3, 1, 2]
assert len(data) == 3
assert data == sorted(data)
