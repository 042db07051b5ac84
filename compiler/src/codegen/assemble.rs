//! The assembler: resolve labels, build the exception table from the handler
//! regions instructions were tagged with, and produce the `CodeObject`.

use super::{CResult, Compiler, Unit};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::opcode::Opcode;
use crate::symtable::ScopeKind;
use std::rc::Rc;
use taipan_object::code::{code_flags, CodeObject, CodeUnit, ExceptionTableEntry, Instructions};

impl<'a, 'v> Compiler<'a, 'v> {
    pub(crate) fn assemble(&mut self, mut u: Unit<'a>) -> CResult<Rc<CodeObject>> {
        apply_static_swaps(&mut u);
        let resolve =
            |label: usize| -> u32 { u.labels.get(label).copied().flatten().unwrap_or(0) as u32 };
        let mut instructions = Vec::with_capacity(u.instrs.len());
        let mut lines = Vec::with_capacity(u.instrs.len());
        for ins in &u.instrs {
            let arg = if ins.op.is_jump() {
                resolve(ins.arg as usize)
            } else {
                ins.arg
            };
            instructions.push(CodeUnit { op: ins.op, arg });
            lines.push(ins.line);
        }
        // Consecutive instructions with the same innermost handler form one entry.
        let mut table: Vec<ExceptionTableEntry> = Vec::new();
        let mut i = 0;
        while i < u.instrs.len() {
            let h = u.instrs[i].handler;
            let start = i;
            while i < u.instrs.len() && u.instrs[i].handler == h {
                i += 1;
            }
            if let Some(hi) = h {
                let hd = u.handlers[hi];
                table.push(ExceptionTableEntry {
                    start: start as u32,
                    end: i as u32,
                    target: resolve(hd.label.0),
                    depth: hd.depth,
                    lasti: hd.lasti,
                });
            }
        }
        let ninstrs = instructions.len();
        let instructions = Instructions::new(instructions, table).map_err(|e| {
            let msg = format!("compiler produced invalid bytecode for {}: {e}", u.name);
            SyntaxError::new(SyntaxErrorKind::SystemError, msg, u.firstlineno, 0, 0, 0)
        })?;
        let sc = self.st.scope(u.scope);
        let mut flags = u.flags;
        let function_like = matches!(
            u.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        );
        if function_like {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
        }
        if sc.has_varargs {
            flags |= code_flags::VARARGS;
        }
        if sc.has_varkeywords {
            flags |= code_flags::VARKEYWORDS;
        }
        if sc.is_nested {
            flags |= code_flags::NESTED;
        }
        if sc.is_generator || u.instrs.iter().any(|x| x.op == Opcode::YieldValue) && function_like {
            flags |= code_flags::GENERATOR;
        }
        if u.freevars.is_empty() && u.cellvars.is_empty() {
            flags |= code_flags::NOFREE;
        }
        let nparams = (u.argcount + u.kwonlyargcount) as usize
            + (flags & code_flags::VARARGS != 0) as usize
            + (flags & code_flags::VARKEYWORDS != 0) as usize;
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                u.varnames[..nparams.min(u.varnames.len())]
                    .iter()
                    .position(|v| v == c)
                    .map(|p| p as u32)
            })
            .collect();
        let intern = |c: &mut Self, names: &[String]| {
            names.iter().map(|n| c.vm.intern(n)).collect::<Vec<_>>()
        };
        let varnames = intern(self, &u.varnames);
        let cellvars = intern(self, &u.cellvars);
        let freevars = intern(self, &u.freevars);
        let names = intern(self, &u.names);
        let name = self.vm.intern(&u.name);
        let qualname = self.vm.new_str_obj(u.qualname.as_str());
        let filename = self.vm.new_str_obj(self.filename.as_str());
        Ok(Rc::new(CodeObject {
            name,
            qualname,
            filename,
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            names,
            consts: u.consts,
            instructions,
            lines,
            stacksize: u.max_depth.max(0) as u32 + 2,
            docstring: u.docstring,
            caches: taipan_object::code::InlineCache::for_instructions(ninstrs),
            warmup: std::cell::Cell::new(taipan_object::code::QUICKEN_WARMUP),
        }))
    }
}

/// CPython 3.11's `apply_static_swaps`: a SWAP n followed, in the same basic
/// block and on the same line, by n instructions that each store one value
/// (STORE_FAST or POP_TOP) to distinct locals is dropped, and the first and
/// n-th of those instructions trade places instead (`x, y = a, b` stores y
/// then x, with no SWAP).
fn apply_static_swaps(u: &mut Unit) {
    let swappable = |op: Opcode| matches!(op, Opcode::StoreFast | Opcode::PopTop);
    let stores_to = |ins: &super::Instr| (ins.op == Opcode::StoreFast).then_some(ins.arg);
    let mut i = 0;
    while i < u.instrs.len() {
        let swap = &u.instrs[i];
        let n = swap.arg as usize;
        let (j, k) = (i + 1, i + n);
        let applies = swap.op == Opcode::Swap
            && n >= 2
            && k < u.instrs.len()
            && u.instrs[j..=k].iter().all(|x| swappable(x.op) && x.line == u.instrs[j].line)
            // A label inside would start a new basic block.
            && !u.labels.iter().any(|l| l.is_some_and(|at| at > i && at <= k))
            && {
                // Not safe when the two store to one local, or one between
                // them stores to either's.
                let (sj, sk) = (stores_to(&u.instrs[j]), stores_to(&u.instrs[k]));
                let same_target = sj.is_some() && sj == sk;
                let clash = |s: Option<u32>| s.is_some() && (s == sj || s == sk);
                let between = u.instrs[j + 1..k].iter().any(|x| clash(stores_to(x)));
                !same_target && !between
            };
        if !applies {
            i += 1;
            continue;
        }
        u.instrs.swap(j, k);
        u.instrs.remove(i);
        for at in u.labels.iter_mut().flatten() {
            if *at > i {
                *at -= 1;
            }
        }
    }
}
