# str.split / rsplit with a one-character separator (searched as a char) and
# longer ones, with every maxsplit, empty pieces and non-ASCII text.
for s in ["a,b,c", ",a,,b,", "", ",", "a", "é,ü,,日本", "a,b,c,d"]:
    for m in (-1, 0, 1, 2, 10):
        print(repr(s), m, s.split(",", m), s.rsplit(",", m), s.split(",,", m), s.rsplit("é", m))
print("x".split("x"), "xx".rsplit("x", 1), "日本日".split("日"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
