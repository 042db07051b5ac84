//! The hash table behind `set` and `frozenset`, laid out and probed exactly as
//! CPython's `setobject.c`, so that iteration order (and thus printed sets) matches.

use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub enum Slot {
    Unused,
    Dummy,
    Active { hash: i64, key: Value },
}

/// Like `PySetObject`: open addressing with linear runs and perturbation.
#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop()` resumes scanning.
    finger: usize,
    /// Bumped on every change, so a lookup that ran Python code can detect mutation.
    pub generation: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// The probe sequence of `set_lookkey`: from each start `i`, a run over `i` and
/// up to LINEAR_PROBES neighbours (when they fit), then a perturbed jump from `i`.
#[derive(Clone, Copy)]
pub struct Probe {
    base: usize,
    offset: usize,
    run_len: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let base = (hash as u64 as usize) & mask;
        Probe {
            base,
            offset: 0,
            run_len: run_len(base, mask),
            perturb: hash as u64,
            mask,
        }
    }
    fn current(&self) -> usize {
        self.base + self.offset
    }
    fn advance(&mut self) {
        if self.offset < self.run_len {
            self.offset += 1;
            return;
        }
        self.perturb >>= PERTURB_SHIFT;
        self.base = (self
            .base
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize))
            & self.mask;
        self.offset = 0;
        self.run_len = run_len(self.base, self.mask);
    }
}

fn run_len(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// What a scan of the probe sequence found.
pub enum Scan {
    /// An active slot holding the key.
    Found(usize),
    /// The key is absent; the first unused slot of its probe sequence.
    Absent(usize),
    /// A slot with the same hash whose key needs a Python `__eq__`; resume the
    /// scan with `resume` if it is not equal.
    NeedsEq {
        slot: usize,
        key: Value,
        resume: Probe,
    },
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            table: vec![Slot::Unused; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    fn mask(&self) -> usize {
        self.table.len() - 1
    }
    pub fn probe(&self, hash: i64) -> Probe {
        Probe::new(hash, self.mask())
    }
    /// Walk the probe sequence from `probe`. `fast_eq` answers key equality when
    /// it can without running Python code (None: a Python `__eq__` is needed).
    pub fn scan(
        &self,
        hash: i64,
        mut probe: Probe,
        fast_eq: impl Fn(&Value) -> Option<bool>,
    ) -> Scan {
        loop {
            let i = probe.current();
            match &self.table[i] {
                Slot::Unused => return Scan::Absent(i),
                Slot::Active { hash: h, key } if *h == hash => match fast_eq(key) {
                    Some(true) => return Scan::Found(i),
                    Some(false) => {}
                    None => {
                        let mut resume = probe;
                        resume.advance();
                        return Scan::NeedsEq {
                            slot: i,
                            key: key.clone(),
                            resume,
                        };
                    }
                },
                _ => {}
            }
            probe.advance();
        }
    }
    /// Like `scan`, for an insertion (`set_add_entry`): an absent key reports
    /// the last dummy slot passed on its probe sequence, else the first unused
    /// one. `free` carries the dummy seen so far across `NeedsEq` resumptions
    /// and is returned updated.
    pub fn scan_insert(
        &self,
        hash: i64,
        mut probe: Probe,
        mut free: Option<usize>,
        fast_eq: impl Fn(&Value) -> Option<bool>,
    ) -> (Scan, Option<usize>) {
        loop {
            let i = probe.current();
            match &self.table[i] {
                Slot::Unused => return (Scan::Absent(free.unwrap_or(i)), free),
                Slot::Dummy => free = Some(i),
                Slot::Active { hash: h, key } if *h == hash => match fast_eq(key) {
                    Some(true) => return (Scan::Found(i), free),
                    Some(false) => {}
                    None => {
                        let mut resume = probe;
                        resume.advance();
                        return (
                            Scan::NeedsEq {
                                slot: i,
                                key: key.clone(),
                                resume,
                            },
                            free,
                        );
                    }
                },
                _ => {}
            }
            probe.advance();
        }
    }
    /// Store a key the caller found absent at `slot` as reported by
    /// `scan_insert`: a reused dummy slot does not count towards `fill`.
    pub fn insert_free(&mut self, slot: usize, hash: i64, key: Value) {
        if matches!(self.table.get(slot), Some(Slot::Dummy)) {
            self.table[slot] = Slot::Active { hash, key };
            self.used += 1;
            self.generation += 1;
            return;
        }
        self.insert_at(slot, hash, key);
    }
    /// Whether `slot` still holds `key` (after Python code ran).
    pub fn slot_holds(&self, slot: usize, key: &Value) -> bool {
        matches!(self.table.get(slot), Some(Slot::Active { key: k, .. }) if k.is(key))
    }
    /// Store a key the caller found absent at `slot` (an unused slot from `scan`).
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Value) {
        self.table[slot] = Slot::Active { hash, key };
        self.fill += 1;
        self.used += 1;
        self.generation += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }
    pub fn remove_at(&mut self, slot: usize) -> Option<Value> {
        match std::mem::replace(&mut self.table[slot], Slot::Dummy) {
            Slot::Active { key, .. } => {
                self.used -= 1;
                self.generation += 1;
                Some(key)
            }
            other => {
                self.table[slot] = other;
                None
            }
        }
    }
    /// Like `set_table_resize`: the smallest power of two above `minused`, and
    /// every active entry re-inserted in table order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Unused; newsize]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
        self.generation += 1;
    }
    /// Like `set_insert_clean`: place a key known to be absent into a table without dummies.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mut probe = self.probe(hash);
        loop {
            let i = probe.current();
            if matches!(self.table[i], Slot::Unused) {
                self.table[i] = Slot::Active { hash, key };
                return;
            }
            probe.advance();
        }
    }
    /// Like `set_merge` from a set known to have no keys equal to ours when we are
    /// empty; otherwise the caller inserts entry by entry.
    pub fn can_merge_clean(&self) -> bool {
        self.fill == 0
    }
    /// Like the first branches of `set_merge` when this table is empty.
    pub fn merge_into_empty(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.table.len() == other.table.len() && other.fill == other.used {
            self.table = other.table.clone();
        } else {
            for slot in &other.table {
                if let Slot::Active { hash, key } = slot {
                    self.insert_clean(*hash, key.clone());
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.generation += 1;
    }
    /// Pre-size before merging `n` more keys (the "one big resize" of `set_merge`).
    pub fn reserve_for_merge(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }
    /// Active entries in table order (iteration order).
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }
    /// The active entry at or after table position `pos` (for iterators).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Value)> {
        while pos < self.table.len() {
            if let Slot::Active { key, .. } = &self.table[pos] {
                return Some((pos, key));
            }
            pos += 1;
        }
        None
    }
    /// The active entry (position, hash, key) at or after table position `pos`
    /// (`set_next`), for walks that may run Python code between steps.
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, i64, &Value)> {
        while pos < self.table.len() {
            if let Slot::Active { hash, key } = &self.table[pos] {
                return Some((pos, *hash, key));
            }
            pos += 1;
        }
        None
    }
    /// Like the end of `set_difference_update_internal`: rebuild the table
    /// when more than a quarter of its slots are dummies.
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let minused = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(minused);
    }
    /// Like `set_pop`: resumes from the finger.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let mut i = self.finger & self.mask();
        while !matches!(self.table[i], Slot::Active { .. }) {
            i += 1;
            if i >= n {
                i = 0;
            }
        }
        self.finger = i + 1;
        self.remove_at(i)
    }
    pub fn clear(&mut self) {
        *self = SetTable {
            generation: self.generation + 1,
            ..SetTable::new()
        };
    }
}
