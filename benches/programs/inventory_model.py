# Workload: a dataclass / enum / typing-annotated inventory model.
#
# Products and stock lots are dataclasses (defaults, default_factory,
# field(compare=False), frozen and ordered classes, __post_init__), categories
# and movement kinds are Enums, everything carries typing annotations
# (Optional, List, Dict, Tuple, NamedTuple-free). A simulated month of
# receipts, sales, returns and transfers between warehouses is replayed and
# summarised.

from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, auto
from typing import Dict, List, Optional, Tuple


class Category(Enum):
    TOOLS = 'tools'
    GARDEN = 'garden'
    KITCHEN = 'kitchen'
    TOYS = 'toys'
    BOOKS = 'books'


class Movement(IntEnum):
    RECEIPT = auto()
    SALE = auto()
    RETURN = auto()
    TRANSFER = auto()
    ADJUST = auto()


@dataclass(frozen=True, order=True)
class Sku:
    category: str
    number: int

    def __str__(self) -> str:
        return '%s-%05d' % (self.category[:3].upper(), self.number)


@dataclass
class Product:
    sku: Sku
    name: str
    category: Category
    price_cents: int
    weight_g: int = 100
    tags: List[str] = field(default_factory=list)
    discontinued: bool = False

    def margin(self, cost: int) -> float:
        return (self.price_cents - cost) / self.price_cents


@dataclass(order=True)
class Lot:
    expires: int
    sku: Sku
    quantity: int = field(compare=False)
    unit_cost: int = field(compare=False, default=0)
    history: List[Tuple[int, int]] = field(default_factory=list, compare=False, repr=False)


@dataclass
class Warehouse:
    name: str
    capacity: int
    lots: Dict[Sku, List[Lot]] = field(default_factory=dict)
    log: List['Event'] = field(default_factory=list)

    def stock(self, sku: Sku) -> int:
        return sum(lot.quantity for lot in self.lots.get(sku, []))

    def total_units(self) -> int:
        return sum(lot.quantity for lots in self.lots.values() for lot in lots)

    def receive(self, lot: Lot) -> None:
        lots = self.lots.setdefault(lot.sku, [])
        lots.append(lot)
        lots.sort()

    def take(self, sku: Sku, quantity: int, day: int) -> Tuple[int, int]:
        """Take units first-expiring first; return (units taken, cost)."""
        taken = 0
        cost = 0
        lots = self.lots.get(sku, [])
        while lots and taken < quantity:
            lot = lots[0]
            n = min(lot.quantity, quantity - taken)
            lot.quantity -= n
            lot.history.append((day, -n))
            taken += n
            cost += n * lot.unit_cost
            if lot.quantity == 0:
                lots.pop(0)
        return taken, cost


@dataclass
class Event:
    day: int
    kind: Movement
    sku: Sku
    quantity: int
    warehouse: str
    note: Optional[str] = None

    def __post_init__(self) -> None:
        if self.quantity < 0:
            raise ValueError('negative quantity in %s' % self.kind.name)


class Rng:
    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self, n: int) -> int:
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 4) % n


def make_catalog(rng: Rng, count: int) -> List[Product]:
    cats = list(Category)
    out: List[Product] = []
    for i in range(count):
        cat = cats[rng.next(len(cats))]
        sku = Sku(cat.value, 1000 + i)
        tags = ['t%d' % rng.next(12) for _ in range(rng.next(4))]
        out.append(Product(sku, '%s item %d' % (cat.name.lower(), i), cat,
                           price_cents=199 + rng.next(9800), weight_g=50 + rng.next(5000),
                           tags=tags))
    return out


def simulate(days: int, seed: int):
    rng = Rng(seed)
    catalog = make_catalog(rng, 160)
    by_sku: Dict[Sku, Product] = {p.sku: p for p in catalog}
    houses = [Warehouse('north', 40000), Warehouse('south', 30000), Warehouse('east', 20000)]
    revenue: Dict[Category, int] = {c: 0 for c in Category}
    cost_of_sales = 0
    counts: Dict[Movement, int] = {m: 0 for m in Movement}
    lost_sales = 0
    events: List[Event] = []
    for day in range(days):
        for _ in range(90):
            kind = Movement(1 + rng.next(len(Movement)))
            product = catalog[rng.next(len(catalog))]
            house = houses[rng.next(len(houses))]
            qty = 1 + rng.next(20)
            if kind is Movement.RECEIPT:
                if house.total_units() + qty * 5 > house.capacity:
                    kind = Movement.ADJUST
                else:
                    cost = product.price_cents * (40 + rng.next(40)) // 100
                    house.receive(Lot(day + 10 + rng.next(60), product.sku, qty * 5, cost))
            if kind is Movement.SALE:
                taken, cost = house.take(product.sku, qty, day)
                if taken < qty:
                    lost_sales += qty - taken
                revenue[product.category] += taken * product.price_cents
                cost_of_sales += cost
                qty = taken
            elif kind is Movement.RETURN:
                if house.stock(product.sku):
                    house.receive(Lot(day + 30, product.sku, 1, product.price_cents // 2))
                    revenue[product.category] -= product.price_cents
                    qty = 1
                else:
                    qty = 0
            elif kind is Movement.TRANSFER:
                dest = houses[(houses.index(house) + 1) % len(houses)]
                taken, cost = house.take(product.sku, qty, day)
                if taken:
                    dest.receive(Lot(day + 20, product.sku, taken, cost // taken))
                qty = taken
            elif kind is Movement.ADJUST:
                for lots in house.lots.values():
                    for lot in lots:
                        if lot.expires < day and lot.quantity:
                            lot.history.append((day, -lot.quantity))
                            lot.quantity = 0
                qty = 0
            counts[kind] += 1
            ev = Event(day, kind, product.sku, qty, house.name)
            house.log.append(ev)
            events.append(ev)
        for house in houses:
            for sku in list(house.lots):
                house.lots[sku] = [lot for lot in house.lots[sku] if lot.quantity]
                if not house.lots[sku]:
                    del house.lots[sku]
    return catalog, by_sku, houses, revenue, cost_of_sales, counts, lost_sales, events


def main() -> None:
    catalog, by_sku, houses, revenue, cost, counts, lost, events = simulate(90, 31337)
    print('products', len(catalog), 'events', len(events))
    for kind, n in counts.items():
        print('  %-8s %5d' % (kind.name, n))
    for cat in Category:
        print('revenue %-8s %10.2f' % (cat.value, revenue[cat] / 100))
    total = sum(revenue.values())
    print('total revenue %.2f cost %.2f margin %.4f lost units %d' % (
        total / 100, cost / 100, (total - cost) / total, lost))
    for h in houses:
        skus = sorted(h.lots)
        print('%-5s units=%6d skus=%3d first=%s events=%d' % (
            h.name, h.total_units(), len(skus), str(skus[0]) if skus else '-', len(h.log)))
    best = max(catalog, key=lambda p: (sum(e.quantity for e in events
                                           if e.sku == p.sku and e.kind == Movement.SALE), p.sku))
    print('best seller', best.sku, best.name, best.category)
    print(repr(best.sku), best.sku == replace(best.sku), hash(best.sku) == hash(Sku(best.sku.category, best.sku.number)))
    d = asdict(catalog[0])
    print(sorted(d), d['sku'])
    lot = Lot(5, catalog[0].sku, 3, 10)
    print(lot, lot < Lot(6, catalog[0].sku, 1), Lot(5, catalog[0].sku, 99) == lot)
    print(Movement.SALE, Movement(3), Movement.SALE + 1, Category('toys'), Category.BOOKS.name)
    print([m.name for m in sorted(Movement, reverse=True)])
    try:
        Event(0, Movement.SALE, catalog[0].sku, -1, 'x')
    except ValueError as e:
        print('ValueError:', e)
    try:
        catalog[0].sku.number = 1
    except AttributeError as e:
        print(type(e).__name__, e)
    print(Product.__annotations__['tags'], Event.__dataclass_fields__['note'].default)


main()
