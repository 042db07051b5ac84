//! The `_random` module (native): the Mersenne Twister MT19937 behind
//! `random.Random`, seeded and drawn exactly like CPython's _randommodule.c.

pub(crate) mod sha512;

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use taipan_object::function::{MethodDef, NativeFn};
use taipan_object::typeobj::{flags, tdata};
use taipan_object::{Obj, ObjRef, Payload, PyResult, Value, Vm};

use crate::types::int::{int_val, IntVal};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state (`RandomObject`): 624 words and the next index.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Default for Mt {
    /// All zeros, like an instance made by `PyType_GenericNew` and never seeded.
    fn default() -> Mt {
        Mt {
            state: [0; N],
            index: 0,
        }
    }
}

impl Mt {
    /// `init_genrand`.
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`.
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// `genrand_uint32`: the next tempered 32-bit output.
    pub fn next_u32(&mut self) -> u32 {
        let mag01 = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random_random`: a float in [0, 1) with 53 random bits.
    pub fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Seed from the magnitude of an int, split into 32-bit words from the
    /// least significant end (`random_seed` for int arguments).
    pub fn seed_bigint(&mut self, n: &BigInt) {
        let mut key: Vec<u32> = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// Seed from OS entropy, or from the time and pid when that fails.
    pub fn seed_entropy(&mut self) {
        let mut buf = [0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
            .is_ok();
        let key: Vec<u32> = if ok {
            buf.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect()
        } else {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            vec![
                now as u32,
                (now >> 32) as u32,
                (now >> 64) as u32,
                std::process::id(),
            ]
        };
        self.init_by_array(&key);
    }
}

/// The generator inside an `_random.Random` instance.
pub struct RandomState(pub RefCell<Mt>);

fn state_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<Mt>> {
    v.as_obj()
        .and_then(|o| o.as_native::<RandomState>())
        .map(|s| &s.0)
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor requires a '_random.Random' object but received a '{}'",
                vm.type_name(v)
            ))
        })
}

/// `random_seed`: None seeds from entropy, ints by their absolute value,
/// anything else by its hash.
fn seed_value(vm: &mut Vm, this: &Value, arg: Option<&Value>) -> PyResult<()> {
    let n: Option<BigInt> = match arg {
        None | Some(Value::None) => None,
        Some(a) => Some(match int_val(a) {
            Some(iv) => iv.big().abs(),
            None => {
                let h = vm.hash(a)?;
                BigInt::from(h as u64)
            }
        }),
    };
    let st = state_of(vm, this)?;
    let mut mt = st.borrow_mut();
    match n {
        None => mt.seed_entropy(),
        Some(n) => mt.seed_bigint(&n),
    }
    Ok(())
}

fn random_init(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    let nkw = taipan_object::call::kw_count(kwnames);
    let own_init = vm.type_data(this).slots.init.get().map(|f| f as usize)
        == Some(random_init as taipan_object::typeobj::InitSlot as usize);
    if nkw > 0 && own_init {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    let pos = &args[..args.len() - nkw];
    if pos.len() > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed_value(vm, this, pos.first())
}

/// `PyType_GenericNew`: an unseeded (all-zero) generator.
fn random_new(_vm: &mut Vm, cls: &ObjRef, _args: &[Value], _kw: Option<&ObjRef>) -> PyResult {
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Native(Box::new(RandomState(RefCell::new(Mt::default())))),
    )))
}

fn random_random(vm: &mut Vm, this: &Value) -> PyResult {
    let st = state_of(vm, this)?;
    let f = st.borrow_mut().next_f64();
    Ok(Value::float(f))
}

fn random_seed(vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult {
    crate::modules::math::check_positional(vm, "seed", args.len(), 0, 1)?;
    seed_value(vm, this, args.first())?;
    Ok(Value::None)
}

fn random_getstate(vm: &mut Vm, this: &Value) -> PyResult {
    let st = state_of(vm, this)?;
    let (words, index) = {
        let mt = st.borrow();
        (mt.state, mt.index)
    };
    let mut items: Vec<Value> = words.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(index as i64));
    Ok(vm.new_tuple(items))
}

/// `PyLong_AsUnsignedLong` truncated to 32 bits, with its errors.
fn state_word(vm: &Vm, v: &Value) -> PyResult<u32> {
    match int_val(v) {
        Some(iv) => {
            if iv.is_negative() {
                return Err(vm.overflow_error("can't convert negative value to unsigned int"));
            }
            match iv.big().to_u64() {
                Some(w) => Ok(w as u32),
                None => {
                    Err(vm.overflow_error("Python int too large to convert to C unsigned long"))
                }
            }
        }
        None => Err(vm.type_error("an integer is required")),
    }
}

fn random_setstate(vm: &mut Vm, this: &Value, state: &Value) -> PyResult {
    let Some(items) = state
        .as_obj()
        .and_then(|o| o.as_tuple())
        .map(|t| t.to_vec())
    else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(items.iter()) {
        *w = state_word(vm, v)?;
    }
    let index = vm.index(&items[N])?;
    let index = match int_val(&index) {
        Some(IntVal::Small(i)) => i,
        _ => {
            return Err(vm.overflow_error("Python int too large to convert to C long"));
        }
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let st = state_of(vm, this)?;
    let mut mt = st.borrow_mut();
    mt.state = words;
    mt.index = index as usize;
    Ok(Value::None)
}

/// `k` bits from 32-bit outputs, least significant word first, the last
/// word keeping its top bits (`_random_Random_getrandbits_impl`).
pub fn getrandbits_big(mt: &mut Mt, k: usize) -> BigInt {
    if k == 0 {
        return BigInt::zero();
    }
    if k <= 32 {
        return BigInt::from(mt.next_u32() >> (32 - k));
    }
    let words = (k - 1) / 32 + 1;
    let mut digits = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        digits.push(r);
        left = left.saturating_sub(32);
    }
    BigInt::from_slice(num_bigint::Sign::Plus, &digits)
}

fn random_getrandbits(vm: &mut Vm, this: &Value, k: &Value) -> PyResult {
    let kv = vm.index(k)?;
    let k = match int_val(&kv) {
        Some(IntVal::Small(i)) if i <= i32::MAX as i64 && i >= i32::MIN as i64 => i,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let st = state_of(vm, this)?;
    let r = getrandbits_big(&mut st.borrow_mut(), k as usize);
    Ok(vm.new_int(r))
}

/// `_sha512(data)`: the SHA-512 digest of bytes or bytearray data (what
/// `random.seed` needs from `hashlib.sha512(data).digest()`).
fn random_sha512(vm: &mut Vm, _m: &Value, data: &Value) -> PyResult {
    let digest = match data.as_obj().map(|o| &o.payload) {
        Some(Payload::Bytes(b)) => sha512::sha512(b),
        Some(Payload::ByteArray(b)) => {
            let copy = b.borrow().clone();
            sha512::sha512(&copy)
        }
        _ => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(data)
            )))
        }
    };
    Ok(vm.new_bytes(digest.to_vec()))
}

static METHODS: [MethodDef; 5] = [
    MethodDef {
        name: "random",
        func: NativeFn::NoArgs(random_random),
        doc: "random() -> x in the interval [0, 1).",
    },
    MethodDef {
        name: "seed",
        func: NativeFn::FastCall(random_seed),
        doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.",
    },
    MethodDef {
        name: "getstate",
        func: NativeFn::NoArgs(random_getstate),
        doc: "getstate() -> tuple containing the current state.",
    },
    MethodDef {
        name: "setstate",
        func: NativeFn::O(random_setstate),
        doc: "setstate(state) -> None.  Restores generator state.",
    },
    MethodDef {
        name: "getrandbits",
        func: NativeFn::O(random_getrandbits),
        doc: "getrandbits($self, k, /)\n--\n\ngetrandbits(k) -> x.  Generates an int with k random bits.",
    },
];

static FUNCTIONS: [MethodDef; 1] = [MethodDef {
    name: "_sha512",
    func: NativeFn::O(random_sha512),
    doc: "",
}];

/// Fill the module namespace `d`.
pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let t = crate::util::new_static_type(vm, "Random", flags::BASETYPE);
    {
        let s = &tdata(&t).slots;
        s.new.set(Some(random_new));
        s.init.set(Some(random_init));
    }
    taipan_object::class::add_methods(vm, &t, &METHODS);
    taipan_object::slotdefs::add_slot_wrappers(vm, &t);
    let module = vm.new_str("_random");
    taipan_object::class::set_type_attr(vm, &t, "__module__", module);
    let doc =
        vm.new_str("Random() -> create a random number generator with its own internal state.");
    taipan_object::class::set_type_attr(vm, &t, "__doc__", doc);
    vm.dict_set_str(d, "Random", Value::Obj(t));
    for def in FUNCTIONS.iter() {
        let f = vm.new_builtin_function(def, Some("_random"));
        vm.dict_set_str(d, def.name, f);
    }
    let doc = vm.new_str("Module implements the Mersenne Twister random number generator.");
    vm.dict_set_str(d, "__doc__", doc);
    Ok(())
}
