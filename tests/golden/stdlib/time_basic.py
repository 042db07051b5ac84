# time: deterministic conversions and clock properties (no wall-clock values printed).
import time

t0 = time.monotonic()
n0 = time.perf_counter_ns()
time.sleep(0.01)
print(time.monotonic() >= t0 + 0.009, time.perf_counter_ns() > n0, type(time.time_ns()).__name__)
print(time.time() > 1.6e9, time.process_time() >= 0, isinstance(time.thread_time_ns(), int))

g = time.gmtime(0)
print(g)
print(tuple(g), g.tm_year, g.tm_yday, g.tm_wday, g.tm_zone, g.tm_gmtoff, len(g), g[:3], g[-1])
print(isinstance(g, tuple), g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), type(g).__name__, type(g).__module__)
for ts in [1234567890.9, -1.5, 10 ** 12, -10 ** 10, 951782400, 4102444800, 2 ** 31]:
    print(ts, tuple(time.gmtime(ts)))
st = time.struct_time((2021, 3, 7, 15, 4, 5, 6, 66, 0))
print(st, st.tm_zone, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
print(time.strftime('%c|%x|%X|%p|%j|%U|%W|%a|%A|%b|%B|%y|%e|%D|%T|%F|%R|%h|%C|%u|%w|%I|%%|%k|%l|%P|%Q', st))
print(time.strftime('%Y-%m-%d %H:%M:%S', (1, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%G-%V %g', (2021, 1, 1, 0, 0, 0, 4, 1, 0)), time.strftime('%G-%V', (2018, 12, 31, 0, 0, 0, 0, 365, 0)))
print(time.strftime('%a %j', (2021, 1, 1, 0, 0, 0, -1, 0, 0)), time.strftime('%-d/%-m %_H %^a', st))
print(time.asctime(st), time.asctime(time.gmtime(1234567890)), time.asctime((2021, 0, 0, 15, 4, 5, 6, 0, 0)))
print(time.strftime('%z', time.gmtime(0)), time.strftime('%Z', time.gmtime(0)))


def check(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)


for expr in ['time.gmtime("x")', 'time.gmtime(1e300)', 'time.gmtime(float("nan"))', 'time.gmtime(2 ** 70)',
             'time.gmtime(10 ** 17)', 'time.sleep(-1)', 'time.sleep("a")', 'time.sleep(float("nan"))',
             'time.strftime("%c", (2021, 13, 1, 0, 0, 0, 0, 1, 0))', 'time.strftime("x", (2021, 1, 1))',
             'time.strftime("x", [2021, 1, 1, 0, 0, 0, 0, 1, 0])', 'time.strftime("x", (2021, 1, 1, 0, 0, 0, 0, 1.5, 0))',
             'time.strftime(5)', 'time.gmtime(1, 2)', 'time.struct_time((1, 2, 3))',
             'time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))', 'time.asctime((2021, 1, 1, 25, 0, 0, 0, 1, 0))']:
    check(expr)
lt = time.localtime(1e9)
print(time.mktime(lt) == 1e9, time.localtime(time.mktime(lt)) == lt, len(time.ctime(0)), len(time.tzname))
