# Nested containers, aliasing, copying and equality.
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = grid
alias[0][0] = 1
print(grid is alias, grid)
shallow = grid[:]
shallow[2] = ['new']
shallow[0][1] = 9
print(grid, shallow)
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
cfg = {'a': [1, 2, {'b': [3]}]}
cp = deep_copy(cfg)
cp['a'][2]['b'].append(4)
print(cfg, cp, cfg == cp)
print([1, [2, [3, [4]]]] == [1, [2, [3, [4]]]], [1, [2]] < [1, [3]], (1, [2]) == (1, [2]))
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
tree = {'name': 'root', 'children': [{'name': 'a', 'children': []}, {'name': 'b', 'children': [{'name': 'c', 'children': []}]}]}
def walk(node, depth=0):
    print('  ' * depth + node['name'])
    for ch in node['children']:
        walk(ch, depth + 1)
walk(tree)
flat = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row]
print(flat, sum([[1], [2, 3]], []))
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
