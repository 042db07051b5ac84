# An inventory system: parsing CSV-like text, dataclass-like records,
# grouping with dicts, sorting with keys, and formatted report tables.

RAW = """\
sku,name,category,qty,unit_price,reorder_at,supplier
A-100,Widget,hardware,120,2.50,50,Acme
A-101,Gadget,hardware,8,12.99,10,Acme
A-102,Sprocket,hardware,0,0.75,100,Globex
B-200,Notebook,stationery,340,1.20,100,Initech
B-201,Fountain pen,stationery,15,24.00,5,Initech
B-202,Ink (blue),stationery,42,3.35,20,Initech
B-203,Stapler,stationery,7,8.40,10,Globex
C-300,Coffee beans 1kg,pantry,25,17.95,10,Umbrella
C-301,Green tea,pantry,60,4.10,15,Umbrella
C-302,Sugar cubes,pantry,3,2.05,12,Acme
D-400,USB cable,electronics,85,5.99,30,Globex
D-401,Monitor 27",electronics,4,229.00,2,Globex
D-402,Keyboard,electronics,11,49.50,5,Initech
bad line without enough fields
E-500,Mystery box,misc,abc,9.99,1,Acme
E-501,Gift card,misc,10,-5,1,Acme
"""


class ParseError(ValueError):
    def __init__(self, lineno, message):
        super().__init__(f'line {lineno}: {message}')
        self.lineno = lineno


class Product:
    fields = ('sku', 'name', 'category', 'qty', 'unit_price', 'reorder_at', 'supplier')

    def __init__(self, sku, name, category, qty, unit_price, reorder_at, supplier):
        self.sku = sku
        self.name = name
        self.category = category
        self.qty = qty
        self.unit_price = unit_price
        self.reorder_at = reorder_at
        self.supplier = supplier

    @classmethod
    def from_row(cls, lineno, row):
        if len(row) != len(cls.fields):
            raise ParseError(lineno, f'expected {len(cls.fields)} fields, got {len(row)}')
        data = dict(zip(cls.fields, (c.strip() for c in row)))
        try:
            data['qty'] = int(data['qty'])
            data['reorder_at'] = int(data['reorder_at'])
            data['unit_price'] = float(data['unit_price'])
        except ValueError as e:
            raise ParseError(lineno, str(e)) from e
        if data['unit_price'] < 0:
            raise ParseError(lineno, f"negative price {data['unit_price']}")
        return cls(**data)

    @property
    def value(self):
        return self.qty * self.unit_price

    @property
    def status(self):
        if self.qty == 0:
            return 'OUT'
        if self.qty <= self.reorder_at:
            return 'LOW'
        return 'ok'

    def __repr__(self):
        return f'Product({self.sku!r}, {self.name!r}, qty={self.qty})'


def parse(text):
    lines = text.splitlines()
    header = lines[0].split(',')
    assert tuple(header) == Product.fields, header
    products, problems = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        try:
            products.append(Product.from_row(lineno, line.split(',')))
        except ParseError as e:
            problems.append(e)
    return products, problems


def table(rows, columns):
    """columns: list of (title, key, format spec, alignment)."""
    cells = [[format(key(r), spec) for _, key, spec, _ in columns] for r in rows]
    widths = [max([len(title)] + [len(c[i]) for c in cells]) for i, (title, *_) in enumerate(columns)]
    def fmt_row(values):
        parts = []
        for v, w, (_, _, _, align) in zip(values, widths, columns):
            parts.append(v.rjust(w) if align == '>' else v.ljust(w) if align == '<' else v.center(w))
        return '| ' + ' | '.join(parts) + ' |'
    sep = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
    out = [sep, fmt_row([c[0] for c in columns]), sep.replace('-', '=')]
    out.extend(fmt_row(c) for c in cells)
    out.append(sep)
    return '\n'.join(out)


products, problems = parse(RAW)
print(f'parsed {len(products)} products, {len(problems)} problems')
for p in problems:
    print('  problem:', p, '| cause:', type(p.__cause__).__name__ if p.__cause__ else None)

columns = [
    ('SKU', lambda p: p.sku, '', '<'),
    ('Name', lambda p: p.name, '', '<'),
    ('Qty', lambda p: p.qty, ',d', '>'),
    ('Price', lambda p: p.unit_price, ',.2f', '>'),
    ('Value', lambda p: p.value, ',.2f', '>'),
    ('Status', lambda p: p.status, '', '^'),
]
print(table(products, columns))

print()
by_category = {}
for p in products:
    by_category.setdefault(p.category, []).append(p)
summary = []
for cat, items in sorted(by_category.items()):
    total_value = sum(p.value for p in items)
    summary.append({
        'category': cat,
        'items': len(items),
        'units': sum(p.qty for p in items),
        'value': total_value,
        'avg_price': sum(p.unit_price for p in items) / len(items),
        'low': sum(1 for p in items if p.status != 'ok'),
    })
summary.sort(key=lambda s: s['value'], reverse=True)
print(table(summary, [
    ('Category', lambda s: s['category'].title(), '', '<'),
    ('Items', lambda s: s['items'], 'd', '>'),
    ('Units', lambda s: s['units'], ',d', '>'),
    ('Value', lambda s: s['value'], ',.2f', '>'),
    ('Avg price', lambda s: s['avg_price'], '.3f', '>'),
    ('Low/out', lambda s: s['low'], 'd', '^'),
]))
grand = sum(s['value'] for s in summary)
print(f"grand total: {grand:,.2f}  ({grand:.4e})  share of top category: {summary[0]['value'] / grand:.1%}")

print()
reorder = sorted((p for p in products if p.status != 'ok'), key=lambda p: (p.status != 'OUT', p.qty, p.sku))
print('Reorder list:')
for p in reorder:
    need = max(p.reorder_at * 2 - p.qty, 0)
    print(f'  [{p.status:>3}] {p.sku} {p.name[:12]:<12} have {p.qty:>3}, order {need:>3} '
          f'from {p.supplier.upper():<8} cost {need * p.unit_price:>9,.2f}')

suppliers = {}
for p in products:
    s = suppliers.setdefault(p.supplier, {'skus': [], 'value': 0.0})
    s['skus'].append(p.sku)
    s['value'] += p.value
print()
for name, info in sorted(suppliers.items(), key=lambda kv: -kv[1]['value']):
    skus = ', '.join(sorted(info['skus']))
    print(f'{name:.<12}{info["value"]:.>14,.2f}  {skus}')

print()
words = {}
for p in products:
    for w in p.name.lower().replace('(', ' ').replace(')', ' ').replace('"', ' ').split():
        if len(w) > 2:
            words[w] = words.get(w, 0) + 1
print('name words:', sorted(words))
cheapest = min(products, key=lambda p: p.unit_price)
priciest = max(products, key=lambda p: p.unit_price)
print('cheapest:', cheapest, f'{cheapest.unit_price:.2f}', '| priciest:', priciest, f'{priciest.unit_price:.2f}')
print('price buckets:', {f'<{b}': sum(1 for p in products if p.unit_price < b) for b in (1, 5, 10, 50, 500)})
median_qty = sorted(p.qty for p in products)[len(products) // 2]
print('median qty:', median_qty, '| any out of stock:', any(p.qty == 0 for p in products),
      '| all priced:', all(p.unit_price > 0 for p in products))
print('skus by prefix:', {k: [p.sku for p in products if p.sku.startswith(k)] for k in sorted({p.sku[0] for p in products})})
print('rounded values:', [round(p.value, 1) for p in products][:6], round(sum(p.value for p in products), 2))
print('csv out:')
for p in products[:3]:
    print(','.join(str(getattr(p, f)) for f in Product.fields))
