# __class_getitem__ and subscripting of builtin generic types.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['str'], Box[1, 2], Box[Box])
class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return type(cls.__name__ + '_' + '_'.join(p.__name__ for p in params), (cls,), {'params': params})
IntStr = Typed[int, str]
print(IntStr.__name__, IntStr.params, issubclass(IntStr, Typed))
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
print(list[int]([1, 2]), list[int] == list[int])
class Sub(Box):
    pass
print(Sub[float])
try:
    object[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five[0]
except TypeError as e:
    print(type(e).__name__, e)
