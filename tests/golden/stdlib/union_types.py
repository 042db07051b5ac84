import types, typing
u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), (int | str) == (str | int), int | str | float, int | int)
print(list[int] | None)
def f(x: int | None = None) -> str | None: return None
print(f.__annotations__)
print(types.UnionType, type(int | str) is types.UnionType)
print(typing.get_args(int | str), typing.Optional[int])
print(isinstance(int | str, types.UnionType))
