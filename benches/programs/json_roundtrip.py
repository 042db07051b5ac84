# Workload: a JSON round trip of nested data.
#
# Builds a nested document (an order book of customers, orders, line items,
# with unicode names, escapes, floats, ints, booleans and nulls), serialises
# it with json.dumps under several option sets (indent, sort_keys, separators,
# ensure_ascii, default=), parses it back with json.loads (object_hook,
# parse_float), checks the round trip and prints digests of the texts.

import json


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and other.cents == self.cents


def encode_money(obj):
    if isinstance(obj, Money):
        return {'__money__': obj.cents}
    raise TypeError('not serialisable: ' + type(obj).__name__)


def decode_money(d):
    if '__money__' in d and len(d) == 1:
        return Money(d['__money__'])
    return d


NAMES = ['Ana', 'Björn', 'Chloé', 'Dmitrí', 'Eun-ji', 'Fátima', 'Grzegorz', 'Håkon',
         'Ió', 'Jürgen', 'Kōji', 'Łucja', 'Zoë "Z" O\'Neil', 'tab\there', 'back\\slash']
CITIES = ['Zürich', 'São Paulo', 'Kraków', 'Tōkyō', 'Reykjavík', 'Lyon', 'Oslo']


def build(seed, customers):
    state = seed

    def rnd(n):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2147483648
        return (state >> 7) % n

    doc = {'version': 3, 'generated': '2024-01-01T00:00:00Z', 'customers': [],
           'meta': {'currency': 'EUR', 'tax_rates': [0.0, 0.07, 0.19], 'flags': {
               'beta': True, 'legacy': False, 'owner': None}}}
    for c in range(customers):
        orders = []
        for o in range(1 + rnd(5)):
            items = []
            for i in range(1 + rnd(6)):
                items.append({
                    'sku': 'SKU-%04d' % rnd(10000),
                    'qty': 1 + rnd(9),
                    'unit': Money(99 + rnd(50000)),
                    'weight_kg': rnd(100000) / 1000,
                    'tags': ['fragile'] * rnd(2) + ['gift'] * rnd(2),
                    'note': None if rnd(3) else 'leave at door \u2014 thanks\n',
                })
            orders.append({'id': c * 100 + o, 'paid': bool(rnd(2)), 'items': items,
                           'discount': [None, 0.05, 0.1, 0.125][rnd(4)],
                           'ratio': rnd(1000000) / 7})
        doc['customers'].append({
            'id': c,
            'name': NAMES[rnd(len(NAMES))] + ' ' + str(c),
            'city': CITIES[rnd(len(CITIES))],
            'vip': rnd(10) == 0,
            'score': -rnd(1000) + 0.5,
            'big': 10 ** (10 + rnd(20)) + rnd(1000),
            'orders': orders,
        })
    return doc


def digest(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 2147483647
    return h


def total_cents(doc):
    total = 0
    for cust in doc['customers']:
        for order in cust['orders']:
            for item in order['items']:
                unit = item['unit']
                cents = unit.cents if isinstance(unit, Money) else unit['__money__']
                total += cents * item['qty']
    return total


def main():
    doc = build(2718, 250)
    compact = json.dumps(doc, default=encode_money, separators=(',', ':'))
    pretty = json.dumps(doc, default=encode_money, indent=2, sort_keys=True)
    ascii_text = json.dumps(doc, default=encode_money)
    raw = json.dumps(doc, default=encode_money, ensure_ascii=False)
    print('sizes', len(compact), len(pretty), len(ascii_text), len(raw))
    print('digests', digest(compact), digest(pretty), digest(ascii_text), digest(raw))
    back = json.loads(compact, object_hook=decode_money)
    print('round trip equal:', back == doc)
    plain = json.loads(pretty)
    again = json.dumps(plain, indent=2, sort_keys=True)
    print('pretty stable:', again == pretty)
    print('raw == ascii parsed:', json.loads(raw) == json.loads(ascii_text))
    print('total cents', total_cents(doc), total_cents(plain))
    for i in range(3):
        text = json.dumps(json.loads(ascii_text), sort_keys=(i % 2 == 1))
        print('pass', i, len(text), digest(text[:5000]))
    first = back['customers'][0]
    print('first customer:', json.dumps({k: first[k] for k in ('id', 'name', 'city', 'big')}))
    print(pretty[:160])
    print(compact[-120:])
    print(json.dumps([1.5, 1e100, -0.0, 3.0, 1 / 3, 2 ** 70, 'a\u00e9\U0001f600\x00']))
    print(json.dumps({'b': 1, 'a': [True, False, None]}, sort_keys=True, indent='\t'))
    print(json.loads('{"a": [1, 2.5e3, "x\\u00e9\\ud83d\\ude00", null, true], "b": {}}'))
    print(json.loads('1.25', parse_float=lambda s: 'F' + s), json.loads('[]'), json.loads(' "s" '))
    for bad in ['{"a": }', '[1, 2', '{"a" 1}', 'nul', '"\\x"']:
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print('JSONDecodeError:', e)
    try:
        json.dumps({'m': object()})
    except TypeError as e:
        print('TypeError:', e)


main()
