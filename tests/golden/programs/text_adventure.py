# A scripted text adventure: rooms form a state machine, commands are parsed
# from strings, handlers are closures registered with a decorator, and game
# events are produced by generators.


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class CommandError(Exception):
    pass


class Item:
    def __init__(self, name, description, weight=1, usable_in=None):
        self.name = name
        self.description = description
        self.weight = weight
        self.usable_in = usable_in

    def __repr__(self):
        return f'Item({self.name!r})'


class Room:
    def __init__(self, key, title, description, dark=False):
        self.key = key
        self.title = title
        self.description = description
        self.dark = dark
        self.exits = {}
        self.items = []
        self.locked = {}

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self

    def describe(self, lit):
        if self.dark and not lit:
            return 'It is pitch black. You might be eaten by something.'
        lines = [f'{self.title}: {self.description}']
        if self.items:
            lines.append('You see: ' + ', '.join(sorted(i.name for i in self.items)) + '.')
        exits = sorted(self.exits)
        lines.append('Exits: ' + (', '.join(exits) if exits else 'none'))
        return '\n'.join(lines)


class Player:
    capacity = 5

    def __init__(self, start):
        self.room = start
        self.inventory = {}
        self.moves = 0
        self.score = 0
        self.visited = {start.key}

    @property
    def load(self):
        return sum(i.weight for i in self.inventory.values())

    def has(self, name):
        return name in self.inventory


def build_world():
    rooms = {
        'hall': Room('hall', 'Great Hall', 'A dusty hall with a high ceiling.'),
        'library': Room('library', 'Library', 'Shelves of crumbling books.'),
        'cellar': Room('cellar', 'Cellar', 'Damp stone walls drip quietly.', dark=True),
        'vault': Room('vault', 'Vault', 'A small room glittering with gold.'),
        'garden': Room('garden', 'Garden', 'Overgrown roses and a silent fountain.'),
    }
    r = rooms
    r['hall'].connect('north', r['library'], back='south')
    r['hall'].connect('down', r['cellar'], back='up')
    r['hall'].connect('east', r['garden'], back='west')
    r['cellar'].connect('east', r['vault'], back='west', locked_by='brass key')
    r['library'].items.append(Item('lamp', 'An oil lamp, still half full.', 2))
    r['library'].items.append(Item('book', 'A heavy book titled "Vaults for Beginners".', 3))
    r['garden'].items.append(Item('brass key', 'A small brass key, green with age.', 1, usable_in='cellar'))
    r['garden'].items.append(Item('rock', 'Just a rock.', 4))
    r['vault'].items.append(Item('treasure', 'A chest of ancient coins.', 3))
    return rooms


COMMANDS = {}
ALIASES = {'n': 'go north', 's': 'go south', 'e': 'go east', 'w': 'go west',
           'u': 'go up', 'd': 'go down', 'i': 'inventory', 'l': 'look'}


def command(*names):
    def register(fn):
        for name in names:
            COMMANDS[name] = fn
        return fn
    return register


@command('look')
def do_look(game, args):
    return game.player.room.describe(game.player.has('lamp'))


@command('go', 'walk')
def do_go(game, args):
    if not args:
        raise CommandError('Go where?')
    direction = args[0]
    room = game.player.room
    if direction not in room.exits:
        raise CommandError(f"You can't go {direction} from here.")
    if room.dark and not game.player.has('lamp'):
        raise GameOver(False, 'You stumble in the dark and fall into a pit.')
    if direction in room.locked:
        needed = room.locked[direction]
        if not game.player.has(needed):
            raise CommandError(f'The way {direction} is locked.')
        del room.locked[direction]
        game.events.append(f'unlocked {direction} with the {needed}')
    game.player.room = room.exits[direction]
    if game.player.room.key not in game.player.visited:
        game.player.visited.add(game.player.room.key)
        game.player.score += 10
    return do_look(game, [])


@command('take', 'get')
def do_take(game, args):
    name = ' '.join(args)
    room = game.player.room
    for item in room.items:
        if item.name == name:
            if game.player.load + item.weight > Player.capacity:
                raise CommandError(f'The {name} is too heavy to carry with everything else.')
            room.items.remove(item)
            game.player.inventory[name] = item
            if name == 'treasure':
                game.player.score += 50
            return f'Taken: {name}.'
    raise CommandError(f'There is no {name} here.')


@command('drop')
def do_drop(game, args):
    name = ' '.join(args)
    item = game.player.inventory.pop(name, None)
    if item is None:
        raise CommandError(f"You don't have a {name}.")
    game.player.room.items.append(item)
    return f'Dropped: {name}.'


@command('inventory')
def do_inventory(game, args):
    inv = game.player.inventory
    if not inv:
        return 'You are empty-handed.'
    parts = [f'{n} ({i.weight})' for n, i in sorted(inv.items())]
    return f"You carry: {', '.join(parts)}; load {game.player.load}/{Player.capacity}"


@command('examine', 'x')
def do_examine(game, args):
    name = ' '.join(args)
    item = game.player.inventory.get(name) or next(
        (i for i in game.player.room.items if i.name == name), None)
    if item is None:
        raise CommandError(f'You see no {name}.')
    return item.description


@command('quit')
def do_quit(game, args):
    raise GameOver(False, 'You give up.')


class Game:
    def __init__(self):
        self.rooms = build_world()
        self.player = Player(self.rooms['hall'])
        self.events = []

    def parse(self, line):
        line = line.strip().lower()
        line = ALIASES.get(line, line)
        words = line.split()
        if not words:
            raise CommandError('Say something.')
        verb, *args = words
        if verb not in COMMANDS:
            raise CommandError(f"I don't know how to {verb!r}.")
        return COMMANDS[verb], args

    def step(self, line):
        handler, args = self.parse(line)
        self.player.moves += 1
        result = handler(self, args)
        if self.player.room.key == 'hall' and self.player.has('treasure'):
            raise GameOver(True, 'You escape with the treasure!')
        return result

    def play(self, script):
        for line in script:
            yield f'> {line}'
            try:
                yield self.step(line)
            except CommandError as e:
                yield f'[{e}]'
            except GameOver as over:
                yield ('*** VICTORY: ' if over.won else '*** DEFEAT: ') + str(over)
                return over.won
            while self.events:
                yield f'(event: {self.events.pop(0)})'
        yield '*** The script ran out.'
        return None


def run(script):
    game = Game()
    outcome = yield from game.play(script)
    yield f'outcome={outcome} moves={game.player.moves} score={game.player.score} ' \
          f'visited={sorted(game.player.visited)}'


winning = ['look', 'n', 'take lamp', 'take book', 'x book', 'i', 'drop book', 's', 'e',
           'take rock', 'take brass key', 'drop rock', 'take brass key', 'dance', '', 'go',
           'go north', 'w', 'd', 'go east', 'take treasure', 'drop brass key', 'take treasure',
           'i', 'w', 'u', 'look']
for line in run(winning):
    print(line)

print()
losing = ['d', 'go east']
for line in run(losing):
    print(line)

print()
for line in run(['go north', 'take lamp', 'drop lamp', 'drop lamp', 'quit', 'look']):
    print(line)

print()
print(sorted(COMMANDS), sorted(set(COMMANDS.values()), key=lambda f: f.__name__)[0].__name__)
