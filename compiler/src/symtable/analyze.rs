//! The second symbol-table pass: resolves every name to local, global, free or cell (`analyze_block` and friends of symtable.c).

use std::collections::{HashMap, HashSet};

use crate::error::SyntaxError;
use crate::symtable::builder::{
    error_at, RawScope, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL,
};
use crate::symtable::{ScopeId, ScopeKind, SymbolScope};

type Names = HashSet<String>;

/// What the analysis decided for one scope.
#[derive(Debug, Default)]
pub(crate) struct Resolved {
    pub scopes: HashMap<String, SymbolScope>,
    pub needs_class_closure: bool,
}

/// Per-scope state of the analysis (`ste_free`, `ste_child_free`).
struct Analyzer<'s> {
    raw: &'s mut [RawScope],
    out: Vec<Resolved>,
    free: Vec<bool>,
    child_free: Vec<bool>,
}

/// `symtable_analyze`: resolves all scopes, adding free variables that
/// pass through (to `raw` symbols) and `DEF_FREE_CLASS` flags.
pub(crate) fn analyze(raw: &mut [RawScope]) -> Result<Vec<Resolved>, SyntaxError> {
    if raw.is_empty() {
        return Ok(Vec::new());
    }
    let n = raw.len();
    let mut analyzer = Analyzer {
        raw,
        out: (0..n).map(|_| Resolved::default()).collect(),
        free: vec![false; n],
        child_free: vec![false; n],
    };
    let mut free = Names::new();
    let mut global = Names::new();
    analyzer.block(0, None, &mut free, &mut global)?;
    Ok(analyzer.out)
}

fn is_function(kind: ScopeKind) -> bool {
    matches!(
        kind,
        ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
    )
}

impl Analyzer<'_> {
    /// The error of a `global`/`nonlocal` directive (`error_at_directive`).
    fn directive_error(&self, id: ScopeId, name: &str, msg: String) -> SyntaxError {
        let loc = self.raw[id]
            .directives
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, loc)| *loc)
            .unwrap_or_default();
        error_at(msg, loc)
    }

    /// `analyze_block`.
    fn block(
        &mut self,
        id: ScopeId,
        mut bound: Option<&mut Names>,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<(), SyntaxError> {
        let kind = self.raw[id].kind;
        let mut local = Names::new();
        let mut scopes: HashMap<String, SymbolScope> = HashMap::new();
        let mut new_global = Names::new();
        let mut new_free = Names::new();
        let mut new_bound = Names::new();
        if kind == ScopeKind::Class {
            new_global.extend(global.iter().cloned());
            if let Some(b) = bound.as_deref() {
                new_bound.extend(b.iter().cloned());
            }
        }
        let symbols: Vec<(String, u32)> = self.raw[id].symbols.clone();
        for (name, flags) in &symbols {
            let scope = self.name(
                id,
                name,
                *flags,
                bound.as_deref_mut(),
                &mut local,
                free,
                global,
            )?;
            scopes.insert(name.clone(), scope);
        }
        if kind != ScopeKind::Class {
            if is_function(kind) {
                new_bound.extend(local.iter().cloned());
            }
            if let Some(b) = bound.as_deref() {
                new_bound.extend(b.iter().cloned());
            }
            new_global.extend(global.iter().cloned());
        } else {
            new_bound.insert("__class__".to_owned());
        }
        let mut all_free = Names::new();
        let children = self.raw[id].children.clone();
        for child in children {
            let mut temp_bound = new_bound.clone();
            let mut temp_free = new_free.clone();
            let mut temp_global = new_global.clone();
            self.block(
                child,
                Some(&mut temp_bound),
                &mut temp_free,
                &mut temp_global,
            )?;
            all_free.extend(temp_free);
            if self.free[child] || self.child_free[child] {
                self.child_free[id] = true;
            }
        }
        new_free.extend(all_free);
        if is_function(kind) {
            // `analyze_cells`: locals that children use become cells.
            for (name, scope) in scopes.iter_mut() {
                if *scope == SymbolScope::Local && new_free.remove(name) {
                    *scope = SymbolScope::Cell;
                }
            }
        } else if kind == ScopeKind::Class && new_free.remove("__class__") {
            // `drop_class_free`.
            self.out[id].needs_class_closure = true;
        }
        self.update_symbols(
            id,
            &mut scopes,
            bound.as_deref(),
            &new_free,
            kind == ScopeKind::Class,
        );
        free.extend(new_free);
        self.out[id].scopes = scopes;
        Ok(())
    }

    /// `analyze_name`: the scope of one name of block `id`.
    #[allow(clippy::too_many_arguments)]
    fn name(
        &mut self,
        id: ScopeId,
        name: &str,
        flags: u32,
        bound: Option<&mut Names>,
        local: &mut Names,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<SymbolScope, SyntaxError> {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(self.directive_error(
                    id,
                    name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            global.insert(name.to_owned());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(SymbolScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(self.directive_error(
                    id,
                    name,
                    "nonlocal declaration not allowed at module level".to_owned(),
                ));
            };
            if !b.contains(name) {
                return Err(self.directive_error(
                    id,
                    name,
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            self.free[id] = true;
            free.insert(name.to_owned());
            return Ok(SymbolScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_owned());
            global.remove(name);
            return Ok(SymbolScope::Local);
        }
        if bound.as_deref().is_some_and(|b| b.contains(name)) {
            self.free[id] = true;
            free.insert(name.to_owned());
            return Ok(SymbolScope::Free);
        }
        if global.contains(name) {
            return Ok(SymbolScope::GlobalImplicit);
        }
        if self.raw[id].nested {
            self.free[id] = true;
        }
        Ok(SymbolScope::GlobalImplicit)
    }

    /// `update_symbols`: records free variables of children that pass
    /// through this block, and marks class names that are also free below.
    fn update_symbols(
        &mut self,
        id: ScopeId,
        scopes: &mut HashMap<String, SymbolScope>,
        bound: Option<&Names>,
        free: &Names,
        is_class: bool,
    ) {
        let mut passing: Vec<&String> = free.iter().collect();
        passing.sort();
        let ste = &mut self.raw[id];
        for name in passing {
            if let Some(&i) = ste.index.get(name.as_str()) {
                if is_class && ste.symbols[i].1 & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    ste.symbols[i].1 |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name.as_str())) {
                continue;
            }
            ste.index.insert(name.clone(), ste.symbols.len());
            ste.symbols.push((name.clone(), 0));
            scopes.insert(name.clone(), SymbolScope::Free);
        }
    }
}
