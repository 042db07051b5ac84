# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options.
import textwrap
text = "The quick brown fox jumps over the lazy dog. Hyphenated-words and em--dashes are split nicely; a veryveryverylongwordthatcannotfit here.  Done!"
for w in (10, 20, 35):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 15, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap("Hello.  World! x", 8, fix_sentence_endings=True), textwrap.wrap('a\tb\tc', 6), textwrap.wrap('a\tb', 6, expand_tabs=False, replace_whitespace=False))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11), textwrap.shorten(text, 40, placeholder='...'))
print(textwrap.wrap(text, 25, max_lines=3), textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('  lead', 10, drop_whitespace=False))
try: textwrap.wrap('x', 0)
except ValueError as e: print(e)
try: textwrap.shorten('hello world', 3)
except ValueError as e: print(e)
print(repr(textwrap.dedent('''
    def f():
        return 1
      
    x = 2
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('    a\n  b\n      c')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\nb\n\nc\n', '> ')), repr(textwrap.indent('a\n \nb', '+', lambda l: True)))
w = textwrap.TextWrapper(width=12, max_lines=2, placeholder=' ~')
print(w.wrap(text), w.width, w.placeholder)
long = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor '
        'incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis '
        'nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.')
print(textwrap.fill(long, 40))
print(textwrap.fill(long, 25, initial_indent='    ', subsequent_indent='  | '))
print(textwrap.wrap('well-known state-of-the-art re-implementation', 12))
print(textwrap.wrap('a--b c---d e--f', 3), textwrap.wrap('--x--y-- z', 4))
print(textwrap.wrap('supercalifragilistic-expialidocious', 9))
print(textwrap.wrap('one two three four five six', 9, max_lines=2, placeholder='...'))
print(textwrap.shorten('The quick brown fox jumps over the lazy dog', 25))
