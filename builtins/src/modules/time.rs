//! The `time` module (native): clocks, `sleep`, and conversions between
//! timestamps and broken-down times (`gmtime`, `localtime`, `mktime`,
//! `strftime`, `asctime`, `ctime`) with `struct_time` as a tuple subclass,
//! following CPython 3.11's timemodule.c and glibc's C-locale strftime.

use std::rc::Rc;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use num_bigint::BigInt;
use taipan_object::function::{GetSetDef, MethodDef, NativeFn};
use taipan_object::typeobj::{flags, tdata, Layout, TypeObject};
use taipan_object::{Obj, ObjRef, Payload, PyErr, PyResult, Value, Vm};

use crate::types::float::float_val;
use crate::types::int::{int_val, IntVal};

// ----- clocks -----

fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// Nanoseconds of the monotonic clock. Counted from boot like
/// CLOCK_MONOTONIC: the uptime read once, plus the time elapsed since.
fn monotonic_ns() -> i128 {
    static BASE: OnceLock<(Instant, i128)> = OnceLock::new();
    let (start, boot) = BASE.get_or_init(|| {
        let uptime = std::fs::read_to_string("/proc/uptime")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
            .unwrap_or(0.0);
        (Instant::now(), (uptime * 1e9) as i128)
    });
    boot + start.elapsed().as_nanos() as i128
}

/// CPU time of this process (or thread) in nanoseconds, from procfs.
fn cpu_ns(path: &str) -> i128 {
    if let Ok(s) = std::fs::read_to_string(format!("{path}/schedstat")) {
        if let Some(n) = s
            .split_whitespace()
            .next()
            .and_then(|x| x.parse::<i128>().ok())
        {
            return n;
        }
    }
    // utime and stime (fields 14 and 15) in clock ticks of 1/100 s.
    let Ok(stat) = std::fs::read_to_string(format!("{path}/stat")) else {
        return 0;
    };
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<i128> = after
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|x| x.parse().ok())
        .collect();
    f.iter().sum::<i128>() * 10_000_000
}

fn ns_value(vm: &Vm, ns: i128) -> Value {
    match i64::try_from(ns) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_int(BigInt::from(ns)),
    }
}

fn time_time(_vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(Value::float(wall_ns() as f64 * 1e-9))
}
fn time_time_ns(vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(ns_value(vm, wall_ns()))
}
fn time_monotonic(_vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(Value::float(monotonic_ns() as f64 * 1e-9))
}
fn time_monotonic_ns(vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(ns_value(vm, monotonic_ns()))
}
fn time_process_time(_vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(Value::float(cpu_ns("/proc/self") as f64 * 1e-9))
}
fn time_process_time_ns(vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(ns_value(vm, cpu_ns("/proc/self")))
}
fn time_thread_time(_vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(Value::float(cpu_ns("/proc/thread-self") as f64 * 1e-9))
}
fn time_thread_time_ns(vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(ns_value(vm, cpu_ns("/proc/thread-self")))
}

/// `time.sleep(secs)`, with `_PyTime_FromSecondsObject`'s checks.
fn time_sleep(vm: &mut Vm, _m: &Value, secs: &Value) -> PyResult {
    let ns: f64 = if let Some(f) = float_val(secs) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let ns = f * 1e9;
        if ns.abs() >= 9.223_372_036_854_776e18 {
            return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
        }
        ns
    } else {
        let i = vm.index(secs)?;
        match int_val(&i) {
            Some(IntVal::Small(s)) if s.checked_mul(1_000_000_000).is_some() => s as f64 * 1e9,
            _ => return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
        }
    };
    if ns < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    crate::modules::sys::flush_stdout(vm);
    std::thread::sleep(Duration::from_nanos(ns.ceil() as u64));
    Ok(Value::None)
}

// ----- calendar arithmetic -----

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1-12).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month 1-12, day) of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// A broken-down time, in Python's conventions (month 1-12, Monday = 0,
/// year day from 1).
#[derive(Clone, Debug)]
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
    isdst: i64,
    zone: Option<String>,
    gmtoff: Option<i64>,
}

/// The broken-down time of `secs` seconds since the epoch shifted by `offset`.
fn tm_from_secs(secs: i64, offset: i64, isdst: bool, zone: &str) -> Option<Tm> {
    let local = secs.checked_add(offset)?;
    let days = local.div_euclid(86_400);
    let rem = local.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    // The C struct's tm_year is an int.
    i32::try_from(year - 1900).ok()?;
    Some(Tm {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: isdst as i64,
        zone: Some(zone.to_string()),
        gmtoff: Some(offset),
    })
}

/// Seconds since the epoch of a broken-down time read as UTC, with
/// mktime's normalisation of out-of-range fields.
fn utc_secs(tm: &Tm) -> Option<i64> {
    let m0 = tm.mon.checked_sub(1)?;
    let y = tm.year.checked_add(m0.div_euclid(12))?;
    if y.abs() > 1 << 40 {
        return None;
    }
    let m = m0.rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1).checked_add(tm.mday.checked_sub(1)?)?;
    days.checked_mul(86_400)?
        .checked_add(tm.hour.checked_mul(3600)?)?
        .checked_add(tm.min.checked_mul(60)?)?
        .checked_add(tm.sec)
}

// ----- the local time zone -----

struct TType {
    offset: i64,
    isdst: bool,
    abbr: String,
}

/// The local zone from a TZif file (transitions only: times after the last
/// transition keep its type, the footer's rule is not applied).
struct Zone {
    times: Vec<i64>,
    idx: Vec<usize>,
    types: Vec<TType>,
}

impl Zone {
    fn utc() -> Zone {
        Zone {
            times: Vec::new(),
            idx: Vec::new(),
            types: vec![TType {
                offset: 0,
                isdst: false,
                abbr: "UTC".into(),
            }],
        }
    }

    fn at(&self, t: i64) -> &TType {
        let i = self.times.partition_point(|&x| x <= t);
        let ty = if i == 0 {
            0
        } else {
            self.idx.get(i - 1).copied().unwrap_or(0)
        };
        &self.types[ty.min(self.types.len() - 1)]
    }

    /// Parse TZif data, preferring the 64-bit section of version 2+ files.
    fn parse(data: &[u8]) -> Option<Zone> {
        let be32 = |p: usize| -> Option<u32> {
            Some(u32::from_be_bytes(data.get(p..p + 4)?.try_into().ok()?))
        };
        if data.get(0..4)? != b"TZif" {
            return None;
        }
        let counts = |base: usize| -> Option<[usize; 6]> {
            let mut c = [0usize; 6];
            for (k, v) in c.iter_mut().enumerate() {
                *v = be32(base + 20 + 4 * k)? as usize;
            }
            Some(c)
        };
        let mut base = 0usize;
        let mut c = counts(base)?;
        let mut tsize = 4usize;
        let version = *data.get(4)?;
        if version >= b'2' {
            let [isut, isstd, leap, timecnt, typecnt, charcnt] = c;
            base += 44 + timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
            c = counts(base)?;
            tsize = 8;
        }
        let [_, _, _, timecnt, typecnt, charcnt] = c;
        let mut p = base + 44;
        let mut times = Vec::with_capacity(timecnt);
        for _ in 0..timecnt {
            let b = data.get(p..p + tsize)?;
            times.push(if tsize == 8 {
                i64::from_be_bytes(b.try_into().ok()?)
            } else {
                i32::from_be_bytes(b.try_into().ok()?) as i64
            });
            p += tsize;
        }
        let idx: Vec<usize> = data
            .get(p..p + timecnt)?
            .iter()
            .map(|&b| b as usize)
            .collect();
        p += timecnt;
        let tt_start = p;
        let chars = data.get(tt_start + typecnt * 6..tt_start + typecnt * 6 + charcnt)?;
        let mut types = Vec::with_capacity(typecnt);
        for k in 0..typecnt {
            let q = tt_start + 6 * k;
            let offset = i32::from_be_bytes(data.get(q..q + 4)?.try_into().ok()?) as i64;
            let isdst = *data.get(q + 4)? != 0;
            let ai = *data.get(q + 5)? as usize;
            let abbr: String = chars
                .get(ai..)?
                .iter()
                .take_while(|&&b| b != 0)
                .map(|&b| b as char)
                .collect();
            types.push(TType {
                offset,
                isdst,
                abbr,
            });
        }
        if types.is_empty() {
            return None;
        }
        Some(Zone { times, idx, types })
    }

    /// A POSIX TZ string's standard part ("EST5EDT" -> EST, UTC-5).
    fn from_posix(s: &str) -> Zone {
        let name: String = s.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        let rest = &s[name.len()..];
        let num: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '-' || *c == '+')
            .collect();
        let hours: i64 = num.parse().unwrap_or(0);
        let mut z = Zone::utc();
        z.types[0].offset = -hours * 3600;
        if !name.is_empty() {
            z.types[0].abbr = name;
        }
        z
    }
}

fn local_zone() -> &'static Zone {
    static ZONE: OnceLock<Zone> = OnceLock::new();
    ZONE.get_or_init(|| {
        let tz = std::env::var("TZ").ok();
        let path = match tz.as_deref() {
            None => "/etc/localtime".to_string(),
            Some("") => return Zone::utc(),
            Some(v) => {
                let v = v.strip_prefix(':').unwrap_or(v);
                if v.starts_with('/') {
                    v.to_string()
                } else {
                    format!("/usr/share/zoneinfo/{v}")
                }
            }
        };
        if let Some(z) = std::fs::read(&path).ok().and_then(|d| Zone::parse(&d)) {
            return z;
        }
        match tz {
            Some(v) => Zone::from_posix(&v),
            None => Zone::utc(),
        }
    })
}

fn localtime_tm(secs: i64) -> Option<Tm> {
    let t = local_zone().at(secs);
    tm_from_secs(secs, t.offset, t.isdst, &t.abbr)
}

/// Like C's mktime: the timestamp of a local broken-down time.
fn local_mktime(tm: &Tm) -> Option<i64> {
    let local = utc_secs(tm)?;
    let zone = local_zone();
    let guess = local.checked_sub(zone.at(local).offset)?;
    local.checked_sub(zone.at(guess).offset)
}

// ----- argument conversion -----

fn overflow_time_t(vm: &Vm) -> PyErr {
    vm.overflow_error("timestamp out of range for platform time_t")
}

/// `_PyTime_ObjectToTime_t` with floor rounding; None means now.
fn object_to_time_t(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(wall_ns().div_euclid(1_000_000_000) as i64);
    };
    if let Some(f) = float_val(v) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
            return Err(overflow_time_t(vm));
        }
        return Ok(f as i64);
    }
    let i = vm.index(v)?;
    match int_val(&i) {
        Some(IntVal::Small(s)) => Ok(s),
        _ => Err(overflow_time_t(vm)),
    }
}

fn eoverflow(vm: &mut Vm) -> PyErr {
    let t = Value::Obj(vm.exc.os_error.clone());
    let msg = vm.new_str("Value too large for defined data type");
    match vm.call(&t, &[Value::Int(75), msg], None) {
        Ok(e) => match e.as_obj() {
            Some(o) => PyErr(o.clone()),
            None => vm.new_error(
                &vm.exc.os_error.clone(),
                "[Errno 75] Value too large for defined data type",
            ),
        },
        Err(e) => e,
    }
}

fn struct_time_type(vm: &Vm) -> Option<ObjRef> {
    vm.registry
        .get("time.struct_time")
        .and_then(|v| v.as_obj().cloned())
}

fn new_struct_time(vm: &mut Vm, tm: &Tm) -> PyResult {
    let Some(t) = struct_time_type(vm) else {
        return Err(vm.runtime_error("time.struct_time is not initialised"));
    };
    let items = vec![
        vm.new_int(BigInt::from(tm.year)),
        Value::Int(tm.mon),
        Value::Int(tm.mday),
        Value::Int(tm.hour),
        Value::Int(tm.min),
        Value::Int(tm.sec),
        Value::Int(tm.wday),
        Value::Int(tm.yday),
        Value::Int(tm.isdst),
    ];
    let zone = match &tm.zone {
        Some(z) => vm.new_str(z.as_str()),
        None => Value::None,
    };
    let off = tm.gmtoff.map(Value::Int).unwrap_or(Value::None);
    Ok(struct_time_value(vm, &t, items, zone, off))
}

fn struct_time_value(vm: &mut Vm, t: &ObjRef, items: Vec<Value>, zone: Value, off: Value) -> Value {
    let d = vm.new_dict();
    vm.dict_set_str(&d, "tm_zone", zone);
    vm.dict_set_str(&d, "tm_gmtoff", off);
    Value::Obj(Obj::with_dict(
        t,
        d,
        Payload::Tuple(items.into_boxed_slice()),
    ))
}

/// `gettmarg`: a tuple or struct_time of nine ints (and the struct_time's
/// zone fields).
fn gettmarg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Tm> {
    let Some(items) = v.as_obj().and_then(|o| o.as_tuple()).map(|t| t.to_vec()) else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, it) in f.iter_mut().zip(items.iter()) {
        let i = vm.index(it)?;
        *slot = match int_val(&i) {
            Some(IntVal::Small(s)) if i32::try_from(s).is_ok() => s,
            Some(IntVal::Small(s)) if s > 0 => {
                return Err(vm.overflow_error("signed integer is greater than maximum"))
            }
            Some(IntVal::Small(_)) => {
                return Err(vm.overflow_error("signed integer is less than minimum"))
            }
            _ => return Err(vm.overflow_error("Python int too large to convert to C long")),
        };
    }
    let (mut zone, mut gmtoff) = (None, None);
    let is_struct = struct_time_type(vm).is_some_and(|t| Rc::ptr_eq(vm.type_of(v), &t));
    if is_struct {
        if let Some(d) = v.as_obj().and_then(|o| o.dict.get()).cloned() {
            if let Some(z) = vm.dict_get_str(&d, "tm_zone") {
                zone = crate::util::as_str(&z).map(|s| s.to_string());
            }
            if let Some(o) = vm.dict_get_str(&d, "tm_gmtoff") {
                gmtoff = o
                    .is_none()
                    .then_some(0)
                    .or_else(|| taipan_object::number::as_i64(&o));
            }
        }
    }
    Ok(Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        // Kept in C's convention (Sunday = 0), like gettmarg.
        wday: (f[6] + 1) % 7,
        yday: f[7] - 1,
        isdst: f[8],
        zone,
        gmtoff,
    })
}

/// `checktm` (on C-convention fields: month 0-11 after gettmarg's shift).
fn checktm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == 0 {
        tm.mon = 1;
    } else if !(1..=12).contains(&tm.mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

/// The current local time in C conventions (Sunday = 0, year day from 0).
fn now_c_tm(vm: &mut Vm) -> PyResult<Tm> {
    let secs = object_to_time_t(vm, None)?;
    let Some(mut tm) = localtime_tm(secs) else {
        return Err(eoverflow(vm));
    };
    tm.wday = (tm.wday + 1) % 7;
    tm.yday -= 1;
    Ok(tm)
}

// ----- gmtime, localtime, mktime -----

fn opt_arg<'a>(vm: &Vm, fname: &str, args: &'a [Value]) -> PyResult<Option<&'a Value>> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 1 argument ({} given)",
            args.len()
        )));
    }
    Ok(args.first())
}

fn time_gmtime(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let a = opt_arg(vm, "gmtime", args)?;
    let secs = object_to_time_t(vm, a)?;
    match tm_from_secs(secs, 0, false, "GMT") {
        Some(tm) => new_struct_time(vm, &tm),
        None => Err(eoverflow(vm)),
    }
}

fn time_localtime(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let a = opt_arg(vm, "localtime", args)?;
    let secs = object_to_time_t(vm, a)?;
    match localtime_tm(secs) {
        Some(tm) => new_struct_time(vm, &tm),
        None => Err(eoverflow(vm)),
    }
}

fn time_mktime(vm: &mut Vm, _m: &Value, t: &Value) -> PyResult {
    let tm = gettmarg(vm, t, "mktime")?;
    match local_mktime(&tm) {
        Some(s) if (s as f64).abs() < 1e17 => Ok(Value::float(s as f64)),
        _ => Err(vm.overflow_error("mktime argument out of range")),
    }
}

// ----- formatting -----

const WDAY_ABBR: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WDAY_FULL: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MON_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MON_FULL: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn name_of(table: &[&'static str], i: i64) -> &'static str {
    usize::try_from(i)
        .ok()
        .and_then(|i| table.get(i).copied())
        .unwrap_or("?")
}

/// `_asctime`: "Sun Mar  7 15:04:05 2021" (C conventions in `tm`).
fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        name_of(&WDAY_ABBR, tm.wday),
        name_of(&MON_ABBR, tm.mon - 1),
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// The ISO 8601 week-based year and week number (`%G`, `%V`), as glibc
/// computes them from the C year day and weekday.
fn iso_week(tm: &Tm) -> (i64, i64) {
    // Days since the Monday of ISO week 1, which holds the year's first Thursday.
    let week_days =
        |yday: i64, wday: i64| -> i64 { yday - (yday - wday + 4 + 378).rem_euclid(7) + 3 };
    let year_len = |y: i64| if is_leap(y) { 366 } else { 365 };
    let mut year = tm.year;
    let mut days = week_days(tm.yday, tm.wday);
    if days < 0 {
        year -= 1;
        days = week_days(tm.yday + year_len(year), tm.wday);
    } else {
        let d = week_days(tm.yday - year_len(year), tm.wday);
        if d >= 0 {
            year += 1;
            days = d;
        }
    }
    (year, days / 7 + 1)
}

/// How a number is padded: the directive's default, or a glibc flag.
#[derive(Clone, Copy, PartialEq)]
enum Pad {
    Zero,
    Space,
    None,
}

fn num(out: &mut String, v: i64, width: usize, default: Pad, flag: Option<Pad>) {
    let pad = flag.unwrap_or(default);
    let s = v.abs().to_string();
    let neg = v < 0;
    let digits = s.len() + neg as usize;
    let fill = width.saturating_sub(digits);
    match pad {
        Pad::Zero => {
            if neg {
                out.push('-');
            }
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(&s);
        }
        Pad::Space => {
            out.extend(std::iter::repeat_n(' ', fill));
            if neg {
                out.push('-');
            }
            out.push_str(&s);
        }
        Pad::None => {
            if neg {
                out.push('-');
            }
            out.push_str(&s);
        }
    }
}

/// glibc's `strftime` in the C locale, on C-convention fields.
fn strftime_text(tm: &Tm, fmt: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut flag = None;
        let mut upper = false;
        while i < chars.len() && matches!(chars[i], '-' | '_' | '0' | '^' | '#') {
            match chars[i] {
                '-' => flag = Some(Pad::None),
                '_' => flag = Some(Pad::Space),
                '0' => flag = Some(Pad::Zero),
                _ => upper = true,
            }
            i += 1;
        }
        if i < chars.len() && matches!(chars[i], 'E' | 'O') {
            i += 1;
        }
        let Some(&d) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        let mut piece = String::new();
        let p = &mut piece;
        match d {
            'a' => p.push_str(name_of(&WDAY_ABBR, tm.wday)),
            'A' => p.push_str(name_of(&WDAY_FULL, tm.wday)),
            'b' | 'h' => p.push_str(name_of(&MON_ABBR, tm.mon - 1)),
            'B' => p.push_str(name_of(&MON_FULL, tm.mon - 1)),
            'c' => p.push_str(&strftime_text(tm, "%a %b %e %H:%M:%S %Y")),
            'C' => num(p, tm.year.div_euclid(100), 2, Pad::Zero, flag),
            'd' => num(p, tm.mday, 2, Pad::Zero, flag),
            'e' => num(p, tm.mday, 2, Pad::Space, flag),
            'D' | 'x' => p.push_str(&strftime_text(tm, "%m/%d/%y")),
            'F' => p.push_str(&strftime_text(tm, "%Y-%m-%d")),
            'G' => num(p, iso_week(tm).0, 1, Pad::None, flag),
            'g' => num(p, iso_week(tm).0.rem_euclid(100), 2, Pad::Zero, flag),
            'V' => num(p, iso_week(tm).1, 2, Pad::Zero, flag),
            'H' => num(p, tm.hour, 2, Pad::Zero, flag),
            'k' => num(p, tm.hour, 2, Pad::Space, flag),
            'I' => num(p, (tm.hour + 11) % 12 + 1, 2, Pad::Zero, flag),
            'l' => num(p, (tm.hour + 11) % 12 + 1, 2, Pad::Space, flag),
            'j' => num(p, tm.yday + 1, 3, Pad::Zero, flag),
            'm' => num(p, tm.mon, 2, Pad::Zero, flag),
            'M' => num(p, tm.min, 2, Pad::Zero, flag),
            'n' => p.push('\n'),
            't' => p.push('\t'),
            'p' => p.push_str(if tm.hour >= 12 { "PM" } else { "AM" }),
            'P' => p.push_str(if tm.hour >= 12 { "pm" } else { "am" }),
            'r' => p.push_str(&strftime_text(tm, "%I:%M:%S %p")),
            'R' => p.push_str(&strftime_text(tm, "%H:%M")),
            'T' | 'X' => p.push_str(&strftime_text(tm, "%H:%M:%S")),
            'S' => num(p, tm.sec, 2, Pad::Zero, flag),
            's' => num(p, local_mktime(tm).unwrap_or(0), 1, Pad::None, flag),
            'u' => num(p, (tm.wday + 6) % 7 + 1, 1, Pad::None, flag),
            'w' => num(p, tm.wday, 1, Pad::None, flag),
            'U' => num(p, (tm.yday - tm.wday + 7) / 7, 2, Pad::Zero, flag),
            'W' => num(p, (tm.yday - (tm.wday + 6) % 7 + 7) / 7, 2, Pad::Zero, flag),
            'y' => num(p, tm.year.rem_euclid(100), 2, Pad::Zero, flag),
            'Y' => num(p, tm.year, 1, Pad::None, flag),
            'z' => {
                let off = tm.gmtoff.unwrap_or(0);
                p.push(if off < 0 { '-' } else { '+' });
                let a = off.abs() / 60;
                p.push_str(&format!("{:02}{:02}", a / 60, a % 60));
            }
            'Z' => match &tm.zone {
                Some(z) => p.push_str(z),
                None => {
                    let now = wall_ns().div_euclid(1_000_000_000) as i64;
                    p.push_str(&local_zone().at(now).abbr)
                }
            },
            '%' => p.push('%'),
            _ => p.extend(&chars[start..i]),
        }
        if upper {
            out.push_str(&piece.to_uppercase());
        } else {
            out.push_str(&piece);
        }
    }
    out
}

fn time_strftime(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "strftime() takes {} ({} given)",
            if args.is_empty() {
                "at least 1 argument"
            } else {
                "at most 2 arguments"
            },
            args.len()
        )));
    }
    let Some(fmt) = crate::util::as_str(&args[0]).map(|s| s.to_string()) else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&args[0])
        )));
    };
    let mut tm = match args.get(1) {
        Some(t) => {
            let mut tm = gettmarg(vm, t, "strftime")?;
            checktm(vm, &mut tm)?;
            tm
        }
        None => now_c_tm(vm)?,
    };
    tm.isdst = tm.isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    Ok(vm.new_str(strftime_text(&tm, &fmt)))
}

fn time_asctime(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let tm = match opt_arg(vm, "asctime", args)? {
        Some(t) => {
            let mut tm = gettmarg(vm, t, "asctime")?;
            checktm(vm, &mut tm)?;
            tm
        }
        None => now_c_tm(vm)?,
    };
    Ok(vm.new_str(asctime_text(&tm)))
}

fn time_ctime(vm: &mut Vm, _m: &Value, args: &[Value]) -> PyResult {
    let a = opt_arg(vm, "ctime", args)?;
    let secs = object_to_time_t(vm, a)?;
    let Some(mut tm) = localtime_tm(secs) else {
        return Err(eoverflow(vm));
    };
    tm.wday = (tm.wday + 1) % 7;
    Ok(vm.new_str(asctime_text(&tm)))
}

// ----- struct_time -----

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// `structseq_new`: `time.struct_time(sequence)` of 9 to 11 items.
fn struct_time_new(
    vm: &mut Vm,
    cls: &ObjRef,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult {
    let p = crate::modules::math::unpack_keywords(
        vm,
        "struct_time",
        args,
        kwnames,
        &["sequence", "dict"],
        0,
        1,
        2,
    )?;
    let seq = p[0].clone().unwrap_or(Value::None);
    let items = vm.collect(&seq)?;
    let n = items.len();
    if !(9..=11).contains(&n) {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an {} {}-sequence ({n}-sequence given)",
            if n < 9 { "at least" } else { "at most" },
            if n < 9 { 9 } else { 11 }
        )));
    }
    let zone = items.get(9).cloned().unwrap_or(Value::None);
    let off = items.get(10).cloned().unwrap_or(Value::None);
    Ok(struct_time_value(vm, cls, items[..9].to_vec(), zone, off))
}

fn struct_time_repr(vm: &mut Vm, v: &Value) -> PyResult {
    let items = v
        .as_obj()
        .and_then(|o| o.as_tuple())
        .map(|t| t.to_vec())
        .unwrap_or_default();
    let mut parts = Vec::with_capacity(9);
    for (name, it) in FIELDS.iter().zip(items.iter()) {
        let r = vm.repr_string(it)?;
        parts.push(format!("{name}={r}"));
    }
    Ok(vm.new_str(format!("time.struct_time({})", parts.join(", "))))
}

fn struct_time_reduce(vm: &mut Vm, this: &Value) -> PyResult {
    let items = this
        .as_obj()
        .and_then(|o| o.as_tuple())
        .map(|t| t.to_vec())
        .unwrap_or_default();
    let tup = vm.new_tuple(items);
    let d = vm.new_dict();
    if let Some(own) = this.as_obj().and_then(|o| o.dict.get()).cloned() {
        for k in ["tm_zone", "tm_gmtoff"] {
            let v = vm.dict_get_str(&own, k).unwrap_or(Value::None);
            vm.dict_set_str(&d, k, v);
        }
    }
    let t = Value::Obj(vm.type_of(this).clone());
    let args = vm.new_tuple(vec![tup, Value::Obj(d)]);
    Ok(vm.new_tuple(vec![t, args]))
}

macro_rules! field_getters {
    ($($f:ident = $i:expr;)*) => {
        $(
            fn $f(_vm: &mut Vm, v: &Value) -> PyResult {
                Ok(v.as_obj()
                    .and_then(|o| o.as_tuple())
                    .and_then(|t| t.get($i).cloned())
                    .unwrap_or(Value::None))
            }
        )*
    };
}

field_getters! {
    get_year = 0; get_mon = 1; get_mday = 2; get_hour = 3; get_min = 4;
    get_sec = 5; get_wday = 6; get_yday = 7; get_isdst = 8;
}

macro_rules! getsets {
    ($($name:literal => $f:ident,)*) => {
        [$(GetSetDef { name: $name, get: $f, set: None, doc: "" },)*]
    };
}

static STRUCT_TIME_FIELDS: [GetSetDef; 9] = getsets![
    "tm_year" => get_year,
    "tm_mon" => get_mon,
    "tm_mday" => get_mday,
    "tm_hour" => get_hour,
    "tm_min" => get_min,
    "tm_sec" => get_sec,
    "tm_wday" => get_wday,
    "tm_yday" => get_yday,
    "tm_isdst" => get_isdst,
];

static STRUCT_TIME_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__reduce__",
    func: NativeFn::NoArgs(struct_time_reduce),
    doc: "",
}];

/// The `time.struct_time` type: a tuple subclass with named fields.
fn make_struct_time(vm: &mut Vm) -> ObjRef {
    let tuple = vm.types.tuple.clone();
    let t = Obj::new(
        &vm.types.type_,
        Payload::Type(Box::new(TypeObject::new(
            "struct_time",
            Layout::Tuple,
            flags::TUPLE_SUBCLASS,
        ))),
    );
    {
        let td = tdata(&t);
        *td.base.borrow_mut() = Some(tuple.clone());
        *td.bases.borrow_mut() = vec![tuple.clone()];
        *td.mro.borrow_mut() = vec![tuple.clone(), vm.types.object.clone()];
        tdata(&tuple)
            .subclasses
            .borrow_mut()
            .push(Rc::downgrade(&t));
        taipan_object::class::inherit_static_slots(&t);
        td.slots.new.set(Some(struct_time_new));
        td.slots.repr.set(Some(struct_time_repr));
    }
    taipan_object::class::add_getsets(vm, &t, &STRUCT_TIME_FIELDS);
    taipan_object::class::add_methods(vm, &t, &STRUCT_TIME_METHODS);
    taipan_object::slotdefs::add_slot_wrappers(vm, &t);
    let m = vm.new_str("time");
    taipan_object::class::set_type_attr(vm, &t, "__module__", m);
    taipan_object::class::set_type_attr(vm, &t, "n_fields", Value::Int(11));
    taipan_object::class::set_type_attr(vm, &t, "n_sequence_fields", Value::Int(9));
    taipan_object::class::set_type_attr(vm, &t, "n_unnamed_fields", Value::Int(0));
    t
}

// ----- the module -----

macro_rules! defs {
    ($($name:literal => $kind:ident($f:ident),)*) => {
        [$(MethodDef { name: $name, func: NativeFn::$kind($f), doc: "" },)*]
    };
}

static FUNCTIONS: [MethodDef; 19] = defs![
    "time" => NoArgs(time_time),
    "time_ns" => NoArgs(time_time_ns),
    "monotonic" => NoArgs(time_monotonic),
    "monotonic_ns" => NoArgs(time_monotonic_ns),
    "perf_counter" => NoArgs(time_monotonic),
    "perf_counter_ns" => NoArgs(time_monotonic_ns),
    "process_time" => NoArgs(time_process_time),
    "process_time_ns" => NoArgs(time_process_time_ns),
    "thread_time" => NoArgs(time_thread_time),
    "thread_time_ns" => NoArgs(time_thread_time_ns),
    "sleep" => O(time_sleep),
    "gmtime" => FastCall(time_gmtime),
    "localtime" => FastCall(time_localtime),
    "mktime" => O(time_mktime),
    "strftime" => FastCall(time_strftime),
    "asctime" => FastCall(time_asctime),
    "ctime" => FastCall(time_ctime),
    "get_clock_info" => O(time_get_clock_info),
    "tzset" => NoArgs(time_tzset),
];

/// `time.get_clock_info(name)`, as a simple namespace-like object.
fn time_get_clock_info(vm: &mut Vm, _m: &Value, name: &Value) -> PyResult {
    let n = crate::util::as_str(name).unwrap_or("").to_string();
    let (imp, mono, adj, res) = match n.as_str() {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, 1e-09),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-09),
        "process_time" => (
            "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
            true,
            false,
            1e-09,
        ),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-09),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let types = match vm.dict_get_str(&vm.modules.clone(), "types") {
        Some(t) => Some(t),
        None => super::builtin_module(vm, "types").ok().flatten(),
    };
    let ns_type = match types {
        Some(t) => vm.getattr_str(&t, "SimpleNamespace").ok(),
        None => None,
    };
    let imp_v = vm.new_str(imp);
    let kw = [
        ("implementation", imp_v),
        ("monotonic", Value::bool(mono)),
        ("adjustable", Value::bool(adj)),
        ("resolution", Value::float(res)),
    ];
    match ns_type {
        Some(t) => vm.call_kw(&t, &[], &kw),
        None => {
            let d = vm.new_dict();
            for (k, v) in kw {
                vm.dict_set_str(&d, k, v);
            }
            Ok(Value::Obj(d))
        }
    }
}

fn time_tzset(_vm: &mut Vm, _m: &Value) -> PyResult {
    Ok(Value::None)
}

/// Fill the module namespace `d`.
pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let st = make_struct_time(vm);
    vm.registry
        .insert("time.struct_time", Value::Obj(st.clone()));
    vm.dict_set_str(d, "struct_time", Value::Obj(st));
    for def in FUNCTIONS.iter() {
        let f = vm.new_builtin_function(def, Some("time"));
        vm.dict_set_str(d, def.name, f);
    }
    // timezone/altzone/tzname from January and July of this year, like
    // CPython's init_timezone.
    let now = wall_ns().div_euclid(1_000_000_000) as i64;
    let year = tm_from_secs(now, 0, false, "")
        .map(|t| t.year)
        .unwrap_or(1970);
    let jan = days_from_civil(year, 1, 1) * 86_400;
    let jul = days_from_civil(year, 7, 1) * 86_400;
    let zone = local_zone();
    let (j, u) = (zone.at(jan), zone.at(jul));
    let (janzone, julzone) = (-j.offset, -u.offset);
    let (tz, alt, names) = if janzone < julzone {
        (julzone, janzone, (u.abbr.clone(), j.abbr.clone()))
    } else {
        (janzone, julzone, (j.abbr.clone(), u.abbr.clone()))
    };
    vm.dict_set_str(d, "timezone", Value::Int(tz));
    vm.dict_set_str(d, "altzone", Value::Int(alt));
    vm.dict_set_str(d, "daylight", Value::Int((janzone != julzone) as i64));
    let tzname = vm.new_tuple(vec![vm.new_str(names.0), vm.new_str(names.1)]);
    vm.dict_set_str(d, "tzname", tzname);
    Ok(())
}
