# Workload: text processing with str methods and dicts.
#
# Generates a pseudo-random text (sentences and paragraphs over a fixed
# vocabulary), then tokenises it with split/strip/lower, counts word and
# bigram frequencies in dicts, groups anagrams, wraps lines, applies a
# caesar cipher with str.maketrans/translate, and formats a report.

VOCAB = '''the of and to in is was he for it with as his on be at by had are
but from or have an they which one you were her all she there would their we
him been has when who will more no if out so said what up its about into than
them can only other new some could time these two may then do first any my now
such like our over man me even most made after also did many before must
through back years where much your way well down should because each just those
people how too little state good very make world still own see men work long
get here between both life being under never day same another know while last
might us great old year off come since against go came right used take three
river mountain lantern harbour orchard whisper copper meadow velvet thunder
crystal ember glacier saffron quarry tundra walnut zephyr juniper obsidian'''.split()

PUNCT = ',;:'
ENDS = '.!?'


class Rng:
    def __init__(self, seed):
        self.state = seed

    def __call__(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 10) % n


def generate(rng, paragraphs):
    out = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(3 + rng(6)):
            words = []
            for i in range(4 + rng(14)):
                # Zipf-like: small indices are much more frequent.
                idx = rng(len(VOCAB))
                idx = min(idx, rng(len(VOCAB)), rng(len(VOCAB)))
                w = VOCAB[idx]
                if rng(12) == 0:
                    w = w + PUNCT[rng(len(PUNCT))]
                words.append(w)
            s = ' '.join(words)
            s = s[0].upper() + s[1:]
            s = s.rstrip(PUNCT) + ENDS[rng(len(ENDS))]
            if rng(9) == 0:
                s = '"' + s + '"'
            sentences.append(s)
        out.append(' '.join(sentences))
    return '\n\n'.join(out)


def tokenize(text):
    words = []
    for raw in text.split():
        w = raw.strip('.,;:!?"').lower()
        if w:
            words.append(w)
    return words


def wrap(text, width):
    lines = []
    line = ''
    for word in text.split(' '):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + ' ' + word if line else word
    if line:
        lines.append(line)
    return lines


def main():
    rng = Rng(424242)
    text = generate(rng, 1500)
    paragraphs = text.split('\n\n')
    print('characters', len(text), 'paragraphs', len(paragraphs), 'lines', text.count('\n') + 1)
    words = tokenize(text)
    print('words', len(words), 'distinct', len(set(words)))

    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    print('top 12:')
    for w, n in top[:12]:
        print('  %-8s %6d %s' % (w, n, '#' * (n * 40 // top[0][1])))
    print('rarest', top[-3:])

    bigrams = {}
    for a, b in zip(words, words[1:]):
        key = a + ' ' + b
        bigrams[key] = bigrams.get(key, 0) + 1
    best = sorted(bigrams, key=lambda k: (-bigrams[k], k))[:5]
    print('bigrams', [(k, bigrams[k]) for k in best])

    by_letter = {}
    for w in freq:
        by_letter.setdefault(w[0], []).append(w)
    print('initials', ''.join(sorted(by_letter)), max(by_letter, key=lambda k: (len(by_letter[k]), k)))

    anagrams = {}
    for w in VOCAB:
        anagrams.setdefault(''.join(sorted(w)), set()).add(w)
    groups = sorted(sorted(g) for g in anagrams.values() if len(g) > 1)
    print('anagram groups', groups)

    lengths = {}
    for w in words:
        lengths[len(w)] = lengths.get(len(w), 0) + 1
    print('lengths', sorted(lengths.items()))
    longest = max(freq, key=lambda w: (len(w), w))
    print('longest', longest, 'vowels', sum(longest.count(v) for v in 'aeiou'))

    sentences = 0
    questions = 0
    quoted = 0
    for p in paragraphs:
        for ch in p:
            if ch in ENDS:
                sentences += 1
                if ch == '?':
                    questions += 1
        quoted += p.count('"') // 2
    print('sentences', sentences, 'questions', questions, 'quoted', quoted)

    shift = 13
    lower = 'abcdefghijklmnopqrstuvwxyz'
    upper = lower.upper()
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    secret = paragraphs[0].translate(table)
    print('rot13', secret[:60])
    print('round trip', secret.translate(table) == paragraphs[0])

    lines = wrap(paragraphs[1], 48)
    for line in lines[:4]:
        print('|' + line.ljust(48) + '|')
    print('|' + 'centered'.center(48, '*') + '|')
    print('wrapped lines', sum(len(wrap(p, 60)) for p in paragraphs))

    replaced = text.replace('the ', 'THE ').replace('river', 'stream')
    print('replaced', replaced.count('THE '), replaced.count('stream'), replaced.find('stream'),
          replaced.rfind('THE'))
    title = ' '.join(w.capitalize() for w in words[:8])
    print(title, '|', title.swapcase(), '|', words[8].title(), words[9].upper().zfill(12))
    caps = sum(1 for w in text.split() if w[:1].isupper())
    digits = sum(1 for w in words if w.isalpha())
    print('capitalised', caps, 'alpha', digits, 'startswith the', sum(w.startswith('th') for w in words),
          'endswith ing', sum(1 for w in words if w.endswith(('ing', 'er'))))
    csv = ','.join('%s=%d' % kv for kv in top[:6])
    fields = dict(item.split('=') for item in csv.split(','))
    print(csv, fields == {k: str(v) for k, v in top[:6]})
    print(repr(' a  b \t c\n'.split()), ' a  b '.split(' '), 'x,y,,z'.split(',', 2),
          'a-b-c'.rsplit('-', 1), 'k: v: w'.partition(': '), 'line1\nline2\r\n'.splitlines())
    print('{:>10}|{:<6}|{:^9}|{:08.3f}|{!r}'.format('right', 'left', 'mid', 3.14159, 'q'))


main()
