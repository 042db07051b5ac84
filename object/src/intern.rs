//! Interned names: one shared `str` object per identifier, found through lasso.

use crate::object::{Obj, ObjRef, Payload};
use crate::pystr::PyStr;
use lasso::{Rodeo, Spur};

/// Identifiers, attribute and keyword names are interned once, so lookups by an
/// interned name usually succeed on pointer identity before comparing bytes.
/// The table hashes with hashbrown's default (foldhash) instead of std's
/// SipHash: names are interned at run time too (`getattr` with a computed
/// name, `**kwargs` keys), where the hash was most of the cost.
pub struct Interner {
    rodeo: Rodeo<Spur, hashbrown::DefaultHashBuilder>,
    strs: Vec<ObjRef>,
}

impl Default for Interner {
    fn default() -> Interner {
        Interner {
            rodeo: Rodeo::with_hasher(hashbrown::DefaultHashBuilder::default()),
            strs: Vec::new(),
        }
    }
}

impl Interner {
    pub fn intern(&mut self, str_type: &ObjRef, s: &str) -> ObjRef {
        let key = self.rodeo.get_or_intern(s);
        let i = lasso::Key::into_usize(key);
        if i < self.strs.len() {
            return self.strs[i].clone();
        }
        let o = Obj::new(str_type, Payload::Str(PyStr::new(s)));
        self.strs.push(o.clone());
        o
    }
    pub fn get(&self, s: &str) -> Option<ObjRef> {
        let key = self.rodeo.get(s)?;
        self.strs.get(lasso::Key::into_usize(key)).cloned()
    }
}
