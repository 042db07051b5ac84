//! The code generator: AST + symbol table -> code objects. This file holds the
//! compiler state (one `Unit` per code object being built), instruction
//! emission with stack-depth tracking, labels, names and constants; statements
//! and expressions are in `stmt.rs` and `expr.rs`, and `assemble.rs` turns a
//! finished unit into a `CodeObject`.

mod assemble;
mod expr;
mod stmt;

use crate::ast::{self, Ast, Expr, ExprKind, Loc, Mode, Stmt, StmtKind};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::opcode::Opcode;
use crate::symtable::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use std::collections::HashMap;
use std::rc::Rc;
use taipan_object::code::CodeObject;
use taipan_object::{Value, Vm};

/// A forward-referenceable position in a unit's instruction list.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Label(usize);

#[derive(Clone, Copy, Debug)]
pub(crate) struct Instr {
    pub op: Opcode,
    /// For jumps, a label number until assembly.
    pub arg: u32,
    pub line: u32,
    /// Innermost exception handler active at this instruction.
    pub handler: Option<usize>,
}

/// An exception handler region's target (an exception-table entry once assembled).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Handler {
    pub label: Label,
    pub depth: u32,
    pub lasti: bool,
}

/// The compile-time block stack (`fblockinfo`), used to unwind on
/// return/break/continue.
#[derive(Clone, Debug)]
pub(crate) enum FBlock<'a> {
    WhileLoop { start: Label, exit: Label },
    ForLoop { start: Label, exit: Label },
    TryExcept,
    FinallyTry { body: &'a [Stmt<'a>] },
    FinallyEnd,
    With,
    ExceptionHandler,
    HandlerCleanup { name: Option<&'a str> },
    PopValue,
}

/// One code object under construction.
pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub name: String,
    pub qualname: String,
    pub instrs: Vec<Instr>,
    pub labels: Vec<Option<usize>>,
    /// Stack depth at each label, as recorded by jumps to it.
    pub label_depth: Vec<Option<i32>>,
    pub consts: Vec<Value>,
    const_keys: HashMap<ConstKey, u32>,
    pub names: Vec<String>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub handlers: Vec<Handler>,
    pub handler_stack: Vec<usize>,
    pub fblocks: Vec<FBlock<'a>>,
    /// Current stack depth; None after an unconditional jump until a label.
    pub depth: Option<i32>,
    pub max_depth: i32,
    pub line: u32,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub docstring: Option<Value>,
    pub kind: ScopeKind,
}

/// Constants are shared within a code object when equal and of the same type.
#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(String),
    Other(usize),
}

pub(crate) struct Compiler<'a, 'v> {
    pub vm: &'v mut Vm,
    pub st: &'v SymbolTable,
    pub filename: String,
    pub units: Vec<Unit<'a>>,
    pub source_lines: Vec<&'v str>,
    pub interactive: bool,
    pub future_annotations: bool,
}

/// Compile source text to a module (or expression / interactive) code object.
pub fn compile(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let arena = bumpalo::Bump::new();
    let tree = crate::parser::parse(&arena, source, mode, filename)?;
    let st = crate::symtable::build(&tree)?;
    let mut c = Compiler {
        vm,
        st: &st,
        filename: filename.to_string(),
        units: Vec::new(),
        source_lines: source.lines().collect(),
        interactive: mode == Mode::Single,
        future_annotations: false,
    };
    let r = c.compile_top(&tree);
    r.map_err(|mut e| {
        if e.text.is_none() && e.lineno > 0 {
            e.text = c
                .source_lines
                .get(e.lineno as usize - 1)
                .map(|s| s.to_string());
        }
        e
    })
}

pub(crate) type CResult<T = ()> = Result<T, SyntaxError>;

impl<'a, 'v> Compiler<'a, 'v> {
    fn compile_top(&mut self, tree: &'a Ast<'a>) -> CResult<Rc<CodeObject>> {
        self.enter_unit(SymbolTable::TOP, "<module>".into(), "<module>".into(), 1);
        match tree {
            Ast::Module(m) => {
                self.future_annotations = has_future_annotations(m.body);
                self.compile_body_with_docstring(m.body, true)?;
                self.emit_const(Value::None);
                self.emit(Opcode::ReturnValue, 0);
            }
            Ast::Interactive(m) => {
                self.compile_stmts(m.body)?;
                self.emit_const(Value::None);
                self.emit(Opcode::ReturnValue, 0);
            }
            Ast::Expression(e) => {
                self.compile_expr(e.body)?;
                self.emit(Opcode::ReturnValue, 0);
            }
        }
        let u = self.units.pop().expect("module unit");
        self.assemble(u)
    }

    /// Module and class bodies: a leading string literal is `__doc__`.
    pub(crate) fn compile_body_with_docstring(
        &mut self,
        body: &'a [Stmt<'a>],
        module: bool,
    ) -> CResult {
        let mut rest = body;
        if let Some(doc) = docstring_of(body) {
            if !self.interactive {
                self.line_of(&body[0]);
                self.emit_const_str(doc);
                self.store_name("__doc__")?;
                rest = &body[1..];
            }
        }
        if module && body_has_annotations(rest) {
            self.emit(Opcode::SetupAnnotations, 0);
        }
        self.compile_stmts(rest)
    }

    pub(crate) fn compile_stmts(&mut self, body: &'a [Stmt<'a>]) -> CResult {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    // ----- units -----

    pub(crate) fn enter_unit(
        &mut self,
        scope: ScopeId,
        name: String,
        qualname: String,
        firstlineno: u32,
    ) {
        let sc = self.st.scope(scope);
        let u = Unit {
            scope,
            name,
            qualname,
            instrs: Vec::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            consts: Vec::new(),
            const_keys: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: sc.varnames.clone(),
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            depth: Some(0),
            max_depth: 0,
            line: firstlineno,
            firstlineno,
            argcount: sc.argcount,
            posonlyargcount: sc.posonlyargcount,
            kwonlyargcount: sc.kwonlyargcount,
            flags: 0,
            docstring: None,
            kind: sc.kind,
        };
        self.units.push(u);
    }

    pub(crate) fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit")
    }
    pub(crate) fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a unit")
    }

    // ----- emission -----

    pub(crate) fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.u();
        // After a return, raise or unconditional jump nothing is reachable until
        // the next label: drop such instructions, as CPython's optimizer does.
        if u.depth.is_none() {
            return;
        }
        let handler = u.handler_stack.last().copied();
        // CPython's flow-graph optimizer: a BUILD_TUPLE n right before an
        // UNPACK_SEQUENCE n (`a, b = b, a`) builds no tuple; the values are
        // reordered in place (nothing for one, SWAP n for two or three).
        if op == Opcode::UnpackSequence && (1..=3).contains(&arg) {
            let at = u.instrs.len();
            let fused = u.instrs.last().is_some_and(|prev| {
                prev.op == Opcode::BuildTuple && prev.arg == arg && prev.handler == handler
            }) && !u.labels.contains(&Some(at));
            if fused {
                u.instrs.pop();
                if let Some(d) = u.depth {
                    // Undo BUILD_TUPLE's effect: the n values are still there.
                    u.depth = Some(d - Opcode::BuildTuple.stack_effect(arg, false));
                }
                if arg > 1 {
                    self.emit(Opcode::Swap, arg);
                }
                return;
            }
        }
        let line = u.line;
        u.instrs.push(Instr {
            op,
            arg,
            line,
            handler,
        });
        if let Some(d) = u.depth {
            let nd = d + op.stack_effect(arg, false);
            u.max_depth = u
                .max_depth
                .max(nd)
                .max(d + op.stack_effect(arg, true).max(0));
            u.depth = Some(nd);
        }
        if op.is_terminator() {
            u.depth = None;
        }
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        u.label_depth.push(None);
        Label(u.labels.len() - 1)
    }

    pub(crate) fn emit_jump(&mut self, op: Opcode, target: Label) {
        let depth = self.ur().depth;
        if let Some(d) = depth {
            let jd = d + op.stack_effect(0, true);
            let u = self.u();
            let slot = &mut u.label_depth[target.0];
            *slot = Some(slot.map_or(jd, |x: i32| x.max(jd)));
            u.max_depth = u.max_depth.max(jd);
        }
        self.emit(op, target.0 as u32);
    }

    pub(crate) fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0] = Some(u.instrs.len());
        if let Some(d) = u.label_depth[l.0] {
            u.depth = Some(match u.depth {
                Some(cur) => cur.max(d),
                None => d,
            });
        } else if u.depth.is_none() {
            u.depth = Some(0);
        }
    }

    /// Set the depth explicitly (after handler labels, whose depth is known).
    pub(crate) fn set_depth(&mut self, d: i32) {
        let u = self.u();
        u.depth = Some(d);
        u.max_depth = u.max_depth.max(d);
    }
    pub(crate) fn depth(&self) -> i32 {
        self.ur().depth.unwrap_or(0)
    }

    /// Start an exception-handler region (`SETUP_FINALLY`/`SETUP_CLEANUP`/`SETUP_WITH`).
    pub(crate) fn push_handler(&mut self, label: Label, depth: i32, lasti: bool) -> usize {
        let u = self.u();
        u.handlers.push(Handler {
            label,
            depth: depth.max(0) as u32,
            lasti,
        });
        let i = u.handlers.len() - 1;
        u.handler_stack.push(i);
        let target_depth = depth + lasti as i32 + 1;
        let slot = &mut u.label_depth[label.0];
        *slot = Some(slot.map_or(target_depth, |x: i32| x.max(target_depth)));
        u.max_depth = u.max_depth.max(target_depth);
        i
    }
    /// End the innermost handler region (`POP_BLOCK`).
    pub(crate) fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    pub(crate) fn set_line(&mut self, loc: &Loc) {
        if loc.lineno > 0 {
            self.u().line = loc.lineno;
        }
    }
    pub(crate) fn line_of(&mut self, s: &Stmt<'_>) {
        self.set_line(&s.loc);
    }

    // ----- constants and names -----

    pub(crate) fn add_const(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::None => Some(ConstKey::None),
            Value::Bool(b) => Some(ConstKey::Bool(**b)),
            Value::Int(i) => Some(ConstKey::Int(*i)),
            Value::Float(f) => Some(ConstKey::Float(f.to_bits())),
            Value::Obj(o) => match o.as_str() {
                Some(s)
                    if o.ty
                        .as_ref()
                        .is_some_and(|t| Rc::ptr_eq(t, &self.vm.types.str)) =>
                {
                    Some(ConstKey::Str(s.as_str().to_string()))
                }
                _ => None,
            },
            Value::Null => None,
        };
        let u = self.units.last_mut().expect("unit");
        if let Some(k) = &key {
            if let Some(&i) = u.const_keys.get(k) {
                return i;
            }
        }
        u.consts.push(v);
        let i = (u.consts.len() - 1) as u32;
        match key {
            Some(k) => {
                u.const_keys.insert(k, i);
            }
            None => {
                u.const_keys.insert(ConstKey::Other(i as usize), i);
            }
        }
        i
    }
    pub(crate) fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Opcode::LoadConst, i);
    }
    pub(crate) fn str_const(&mut self, s: &str) -> Value {
        if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            Value::Obj(self.vm.intern(s))
        } else {
            self.vm.new_str(s)
        }
    }
    pub(crate) fn emit_const_str(&mut self, s: &str) {
        let v = self.str_const(s);
        self.emit_const(v);
    }
    pub(crate) fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        u.names.push(name.to_string());
        let i = (u.names.len() - 1) as u32;
        u.name_index.insert(name.to_string(), i);
        i
    }

    /// The co_names index of an attribute name (mangled like CPython).
    pub(crate) fn attr_idx(&mut self, attr: &str) -> u32 {
        let m = self.mangle(attr);
        self.name_idx(&m)
    }

    // ----- name resolution (compiler_nameop) -----

    pub(crate) fn scope_of_name(&self, name: &str) -> Option<SymbolScope> {
        let u = self.ur();
        self.st.scope(u.scope).lookup(name).map(|f| f.scope)
    }

    fn is_function_like(&self) -> bool {
        matches!(
            self.ur().kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    /// Index in the fast-locals area of a cell or free variable.
    pub(crate) fn deref_index(&self, name: &str) -> Option<u32> {
        let u = self.ur();
        let nl = u.varnames.len();
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return Some((nl + i) as u32);
        }
        u.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (nl + u.cellvars.len() + i) as u32)
    }

    /// `_Py_Mangle` for the current scope: `__x` inside class `C` is `_C__x`.
    pub(crate) fn mangle(&self, name: &str) -> String {
        self.st.scope(self.ur().scope).mangle(name).into_owned()
    }

    pub(crate) fn name_op(&mut self, name: &str, ctx: ast::ExprContext) -> CResult {
        let mangled = self.mangle(name);
        let name = mangled.as_str();
        let scope = self.scope_of_name(name);
        let function_like = self.is_function_like();
        #[derive(PartialEq)]
        enum Kind {
            Fast,
            Global,
            Deref,
            Name,
        }
        let kind = match scope {
            Some(SymbolScope::Free) | Some(SymbolScope::Cell) => Kind::Deref,
            Some(SymbolScope::Local) if function_like => Kind::Fast,
            Some(SymbolScope::GlobalImplicit) if function_like => Kind::Global,
            None if function_like => Kind::Global,
            Some(SymbolScope::GlobalExplicit) => Kind::Global,
            _ => Kind::Name,
        };
        use ast::ExprContext::*;
        match kind {
            Kind::Fast => {
                let i = self.ur().varnames.iter().position(|n| n == name);
                let Some(i) = i else {
                    return self.name_op_fallback(name, ctx);
                };
                let op = match ctx {
                    Load => Opcode::LoadFast,
                    Store => Opcode::StoreFast,
                    Del => Opcode::DeleteFast,
                };
                self.emit(op, i as u32);
            }
            Kind::Deref => {
                let Some(i) = self.deref_index(name) else {
                    return self.name_op_fallback(name, ctx);
                };
                let op = match ctx {
                    Load if self.ur().kind == ScopeKind::Class => Opcode::LoadClassDeref,
                    Load => Opcode::LoadDeref,
                    Store => Opcode::StoreDeref,
                    Del => Opcode::DeleteDeref,
                };
                self.emit(op, i);
            }
            Kind::Global => {
                let i = self.name_idx(name);
                match ctx {
                    Load => self.emit(Opcode::LoadGlobal, i << 1),
                    Store => self.emit(Opcode::StoreGlobal, i),
                    Del => self.emit(Opcode::DeleteGlobal, i),
                }
            }
            Kind::Name => {
                let i = self.name_idx(name);
                let op = match ctx {
                    Load => Opcode::LoadName,
                    Store => Opcode::StoreName,
                    Del => Opcode::DeleteName,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    fn name_op_fallback(&mut self, name: &str, ctx: ast::ExprContext) -> CResult {
        let i = self.name_idx(name);
        let op = match ctx {
            ast::ExprContext::Load => Opcode::LoadName,
            ast::ExprContext::Store => Opcode::StoreName,
            ast::ExprContext::Del => Opcode::DeleteName,
        };
        self.emit(op, i);
        Ok(())
    }

    pub(crate) fn store_name(&mut self, name: &str) -> CResult {
        self.name_op(name, ast::ExprContext::Store)
    }
    pub(crate) fn load_name(&mut self, name: &str) -> CResult {
        self.name_op(name, ast::ExprContext::Load)
    }

    /// A global function name loaded with the NULL for a call in one instruction.
    pub(crate) fn try_load_global_for_call(&mut self, name: &str) -> bool {
        let mangled = self.mangle(name);
        let name = mangled.as_str();
        let function_like = self.is_function_like();
        let is_global = match self.scope_of_name(name) {
            Some(SymbolScope::GlobalExplicit) => true,
            Some(SymbolScope::GlobalImplicit) | None => function_like,
            _ => false,
        };
        if is_global {
            let i = self.name_idx(name);
            self.emit(Opcode::LoadGlobal, (i << 1) | 1);
        }
        is_global
    }

    pub(crate) fn error(&self, msg: impl Into<String>, loc: &Loc) -> SyntaxError {
        let mut e = SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            msg,
            loc.lineno,
            loc.col_offset + 1,
            loc.end_lineno,
            loc.end_col_offset + 1,
        );
        e.text = self
            .source_lines
            .get((loc.lineno as usize).wrapping_sub(1))
            .map(|s| s.to_string());
        e
    }

    /// The qualified name of a new function or class defined in the current unit.
    pub(crate) fn qualname_for(&self, name: &str) -> String {
        let u = self.ur();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => {
                // A name declared global inside a function is qualified as top level.
                if matches!(self.scope_of_name(name), Some(SymbolScope::GlobalExplicit)) {
                    name.to_string()
                } else {
                    format!("{}.<locals>.{}", u.qualname, name)
                }
            }
        }
    }
}

pub(crate) fn docstring_of<'a>(body: &'a [Stmt<'a>]) -> Option<&'a str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr {
            value:
                Expr {
                    kind:
                        ExprKind::Constant {
                            value: ast::Constant::Str(s),
                        },
                    ..
                },
        }) => Some(s),
        _ => None,
    }
}

fn body_has_annotations(body: &[Stmt<'_>]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { simple, .. } => *simple,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => {
            body_has_annotations(body) || body_has_annotations(orelse)
        }
        StmtKind::With { body, .. } => body_has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            body_has_annotations(body)
                || handlers.iter().any(|h| body_has_annotations(h.body))
                || body_has_annotations(orelse)
                || body_has_annotations(finalbody)
        }
        _ => false,
    })
}

fn has_future_annotations(body: &[Stmt<'_>]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::ImportFrom {
            module: Some("__future__"),
            names,
            ..
        } => names.iter().any(|a| a.name == "annotations"),
        _ => false,
    })
}
