# Calling a function with an unknown keyword argument.
def area(w, h):
    return w * h
print(area(w=2, h=3))
area(w=2, height=3)
