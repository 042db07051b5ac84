# Triple-quoted strings.
a = """line one
line two
  indented"""
print(a)
print(repr(a))
b = '''single 'quotes' and "double" inside'''
print(b)
c = """\
no leading newline
trailing backslash joins \
lines"""
print(repr(c))
d = """quote at end\""""
print(d)
e = r'''raw \n triple'''
print(e)
f = b"""bytes
triple"""
print(f)
def doc():
    """Docstring of doc."""
    return 1
print(doc.__doc__)
print(repr(""""""), repr(''''''))
g = """x""" """y"""
print(g)
