//! Code generation for expressions: operators, comparisons, calls (with the
//! PUSH_NULL / method-loading layout and KW_NAMES), literals, comprehensions,
//! lambdas, f-strings, `yield` and `yield from`.

use super::{CResult, Compiler, Label};
use crate::ast::{
    self, BoolOp, CmpOp, Constant, Expr, ExprContext, ExprKind, Keyword, Loc, Operator,
};
use crate::opcode::{format_flags, Opcode};
use crate::symtable::ScopeKind;
use num_bigint::BigInt;
use taipan_object::{Obj, Payload, Value};

/// The BINARY_OP argument of an operator (CPython's NB_* numbering).
pub(crate) fn binop_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    }
}

impl<'a, 'v> Compiler<'a, 'v> {
    pub(crate) fn constant_value(&mut self, c: &Constant<'a>) -> CResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Ellipsis => self.vm.ellipsis.clone(),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt { digits, radix } => {
                let b = BigInt::parse_bytes(digits.as_bytes(), *radix).unwrap_or_default();
                self.vm.new_int(b)
            }
            Constant::Float(f) => Value::float(*f),
            Constant::Complex { real, imag } => Value::Obj(Obj::new(
                &self.vm.types.complex,
                Payload::Complex(*real, *imag),
            )),
            Constant::Str(s) => self.str_const(s),
            Constant::Bytes(b) => self.vm.new_bytes(b.to_vec()),
        })
    }

    /// The value of a tuple whose elements are all constants (folded like CPython).
    fn const_tuple(&mut self, elts: &'a [Expr<'a>]) -> CResult<Option<Value>> {
        let mut items = Vec::with_capacity(elts.len());
        for e in elts.iter() {
            match &e.kind {
                ExprKind::Constant { value } => items.push(self.constant_value(value)?),
                ExprKind::Tuple {
                    elts: inner,
                    ctx: ExprContext::Load,
                } => match self.const_tuple(inner)? {
                    Some(t) => items.push(t),
                    None => return Ok(None),
                },
                _ => return Ok(None),
            }
        }
        Ok(Some(self.vm.new_tuple(items)))
    }

    pub(crate) fn compile_expr(&mut self, e: &'a Expr<'a>) -> CResult {
        match &e.kind {
            ExprKind::Constant { value } => {
                let v = self.constant_value(value)?;
                self.emit_const(v);
            }
            ExprKind::Name { id, ctx } => {
                self.set_line(&e.loc);
                self.name_op(id, *ctx)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.set_line(&e.loc);
                self.emit(Opcode::BinaryOp, binop_arg(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.compile_expr(operand)?;
                self.set_line(&e.loc);
                self.emit(
                    match op {
                        ast::UnaryOp::Invert => Opcode::UnaryInvert,
                        ast::UnaryOp::Not => Opcode::UnaryNot,
                        ast::UnaryOp::UAdd => Opcode::UnaryPositive,
                        ast::UnaryOp::USub => Opcode::UnaryNegative,
                    },
                    0,
                );
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jop = match op {
                    BoolOp::And => Opcode::JumpIfFalseOrPop,
                    BoolOp::Or => Opcode::JumpIfTrueOrPop,
                };
                for (i, v) in values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < values.len() {
                        self.emit_jump(jop, end);
                    }
                }
                self.bind(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(e, left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(test, else_l, false)?;
                self.compile_expr(body)?;
                self.emit_jump(Opcode::Jump, end);
                self.bind(else_l);
                self.compile_expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(e, func, args, keywords)?,
            ExprKind::Attribute { value, attr, ctx } => match ctx {
                ExprContext::Load => {
                    self.compile_expr(value)?;
                    self.set_line(&e.loc);
                    let ni = self.attr_idx(attr);
                    self.emit(Opcode::LoadAttr, ni << 1);
                }
                _ => return Err(self.error("invalid attribute context", &e.loc)),
            },
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.set_line(&e.loc);
                self.emit(Opcode::BinarySubscr, 0);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.compile_expr(x)?,
                        None => self.emit_const(Value::None),
                    }
                }
                let n = if let Some(s) = step {
                    self.compile_expr(s)?;
                    3
                } else {
                    2
                };
                self.emit(Opcode::BuildSlice, n);
            }
            ExprKind::Tuple { elts, .. } => {
                if let Some(t) = self.const_tuple(elts)? {
                    self.emit_const(t);
                } else {
                    self.compile_sequence(elts, Opcode::BuildTuple)?;
                }
            }
            ExprKind::List { elts, .. } => self.compile_sequence(elts, Opcode::BuildList)?,
            ExprKind::Set { elts } => self.compile_sequence(elts, Opcode::BuildSet)?,
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values)?,
            ExprKind::Starred { .. } => {
                return Err(self.error("can't use starred expression here", &e.loc))
            }
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Opcode::Copy, 1);
                self.compile_store(target)?;
            }
            ExprKind::Lambda { args, body } => self.compile_lambda(e, args, body)?,
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(e, generators, Comp::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(e, generators, Comp::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.compile_comprehension(e, generators, Comp::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.compile_comprehension(e, generators, Comp::Gen(elt))?
            }
            ExprKind::Yield { value } => {
                if !matches!(
                    self.ur().kind,
                    ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
                ) {
                    return Err(self.error("'yield' outside function", &e.loc));
                }
                match value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.set_line(&e.loc);
                self.emit(Opcode::YieldValue, 0);
            }
            ExprKind::YieldFrom { value } => {
                if !matches!(
                    self.ur().kind,
                    ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
                ) {
                    return Err(self.error("'yield' outside function", &e.loc));
                }
                self.compile_expr(value)?;
                self.set_line(&e.loc);
                self.emit(Opcode::GetYieldFromIter, 0);
                self.emit_const(Value::None);
                self.compile_yield_from_loop()?;
            }
            ExprKind::Await { .. } => {
                return Err(self.error("async/await is not supported yet", &e.loc))
            }
            ExprKind::JoinedStr { values } => self.compile_joined_str(values)?,
            ExprKind::FormattedValue { .. } => self.compile_joined_str(std::slice::from_ref(e))?,
        }
        Ok(())
    }

    /// The SEND / YIELD_VALUE loop of `yield from` (receiver and value on the stack).
    fn compile_yield_from_loop(&mut self) -> CResult {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.emit_jump(Opcode::Send, exit);
        self.emit(Opcode::YieldValue, 0);
        self.emit_jump(Opcode::Jump, send);
        self.bind(exit);
        Ok(())
    }

    fn compile_joined_str(&mut self, values: &'a [Expr<'a>]) -> CResult {
        let mut n = 0u32;
        for v in values.iter() {
            match &v.kind {
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                } => {
                    self.compile_expr(value)?;
                    let mut flags = match *conversion {
                        115 => format_flags::CONV_STR,
                        114 => format_flags::CONV_REPR,
                        97 => format_flags::CONV_ASCII,
                        _ => 0,
                    };
                    if let Some(spec) = format_spec {
                        self.compile_expr(spec)?;
                        flags |= format_flags::HAVE_SPEC;
                    }
                    self.set_line(&v.loc);
                    self.emit(Opcode::FormatValue, flags);
                }
                _ => self.compile_expr(v)?,
            }
            n += 1;
        }
        if n != 1 {
            self.emit(Opcode::BuildString, n);
        }
        Ok(())
    }

    /// List, tuple or set display, with `*` unpacking.
    fn compile_sequence(&mut self, elts: &'a [Expr<'a>], build: Opcode) -> CResult {
        let has_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !has_star {
            for e in elts.iter() {
                self.compile_expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (start, add, extend) = match build {
            Opcode::BuildSet => (Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate),
            _ => (Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend),
        };
        self.emit(start, 0);
        for e in elts.iter() {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    self.compile_expr(value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.compile_expr(e)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Opcode::BuildTuple {
            self.emit(Opcode::ListToTuple, 0);
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr<'a>>], values: &'a [Expr<'a>]) -> CResult {
        if keys.iter().all(|k| k.is_some()) {
            for (k, v) in keys.iter().zip(values.iter()) {
                if let Some(k) = k {
                    self.compile_expr(k)?;
                }
                self.compile_expr(v)?;
            }
            self.emit(Opcode::BuildMap, keys.len() as u32);
            return Ok(());
        }
        self.emit(Opcode::BuildMap, 0);
        for (k, v) in keys.iter().zip(values.iter()) {
            match k {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    self.emit(Opcode::MapAdd, 1);
                }
                None => {
                    self.compile_expr(v)?;
                    self.emit(Opcode::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    fn compile_compare(
        &mut self,
        e: &'a Expr<'a>,
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comps: &'a [Expr<'a>],
    ) -> CResult {
        self.compile_expr(left)?;
        if ops.len() == 1 {
            self.compile_expr(&comps[0])?;
            self.set_line(&e.loc);
            self.emit_cmp(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, c)) in ops.iter().zip(comps.iter()).enumerate() {
            self.compile_expr(c)?;
            self.set_line(&e.loc);
            if i + 1 < ops.len() {
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::Copy, 2);
                self.emit_cmp(*op);
                self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit_cmp(*op);
            }
        }
        self.emit_jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn emit_cmp(&mut self, op: CmpOp) {
        match op {
            CmpOp::Lt => self.emit(Opcode::CompareOp, 0),
            CmpOp::LtE => self.emit(Opcode::CompareOp, 1),
            CmpOp::Eq => self.emit(Opcode::CompareOp, 2),
            CmpOp::NotEq => self.emit(Opcode::CompareOp, 3),
            CmpOp::Gt => self.emit(Opcode::CompareOp, 4),
            CmpOp::GtE => self.emit(Opcode::CompareOp, 5),
            CmpOp::Is => self.emit(Opcode::IsOp, 0),
            CmpOp::IsNot => self.emit(Opcode::IsOp, 1),
            CmpOp::In => self.emit(Opcode::ContainsOp, 0),
            CmpOp::NotIn => self.emit(Opcode::ContainsOp, 1),
        }
    }

    /// Jump to `target` when `test` is `cond` (falls through otherwise).
    pub(crate) fn compile_jump_if(
        &mut self,
        test: &'a Expr<'a>,
        target: Label,
        cond: bool,
    ) -> CResult {
        match &test.kind {
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Not,
                operand,
            } => return self.compile_jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOp::Or;
                if is_or == cond {
                    for v in values.iter() {
                        self.compile_jump_if(v, target, cond)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < values.len() {
                            self.compile_jump_if(v, skip, !cond)?;
                        } else {
                            self.compile_jump_if(v, target, cond)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(test)?;
        self.set_line(&test.loc);
        self.emit_jump(
            if cond {
                Opcode::PopJumpIfTrue
            } else {
                Opcode::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    // ----- calls -----

    fn compile_call(
        &mut self,
        e: &'a Expr<'a>,
        func: &'a Expr<'a>,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
    ) -> CResult {
        let simple = !args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && keywords.iter().all(|k| k.arg.is_some());
        // obj.meth(...): load the function and self side by side (no bound method).
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        {
            if simple {
                self.compile_expr(value)?;
                self.set_line(&func.loc);
                let ni = self.attr_idx(attr);
                self.emit(Opcode::LoadAttr, (ni << 1) | 1);
                return self.compile_call_args(args, keywords, 0, &e.loc);
            }
        }
        let global_loaded = match &func.kind {
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            } => {
                self.set_line(&func.loc);
                self.try_load_global_for_call(id)
            }
            _ => false,
        };
        if !global_loaded {
            self.emit(Opcode::PushNull, 0);
            self.compile_expr(func)?;
        }
        self.compile_call_args(args, keywords, 0, &e.loc)
    }

    /// Push arguments and emit CALL (or CALL_FUNCTION_EX for `*`/`**`).
    /// `extra` positional arguments are already on the stack.
    pub(crate) fn compile_call_args(
        &mut self,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
        extra: u32,
        loc: &Loc,
    ) -> CResult {
        let starred = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if !starred && !dstar {
            for a in args.iter() {
                self.compile_expr(a)?;
            }
            let mut names = Vec::new();
            for k in keywords.iter() {
                self.compile_expr(&k.value)?;
                names.push(self.str_const(k.arg.unwrap_or("")));
            }
            self.set_line(loc);
            if !names.is_empty() {
                let t = self.vm.new_tuple(names);
                let i = self.add_const(t);
                self.emit(Opcode::KwNames, i);
            }
            self.emit(
                Opcode::Call,
                extra + args.len() as u32 + keywords.len() as u32,
            );
            return Ok(());
        }
        // Positional part as a tuple.
        if extra > 0 || starred {
            self.emit(Opcode::BuildList, extra);
            for a in args.iter() {
                match &a.kind {
                    ExprKind::Starred { value, .. } => {
                        self.compile_expr(value)?;
                        self.emit(Opcode::ListExtend, 1);
                    }
                    _ => {
                        self.compile_expr(a)?;
                        self.emit(Opcode::ListAppend, 1);
                    }
                }
            }
            self.emit(Opcode::ListToTuple, 0);
        } else {
            for a in args.iter() {
                self.compile_expr(a)?;
            }
            self.emit(Opcode::BuildTuple, args.len() as u32);
        }
        let mut flags = 0;
        if !keywords.is_empty() {
            // Like compiler_subkwargs: runs of `name=value` become one dict, merged
            // (DICT_MERGE reports duplicates) into the dict being accumulated.
            let mut have_dict = false;
            let mut i = 0;
            while i < keywords.len() {
                if keywords[i].arg.is_some() {
                    let start = i;
                    while i < keywords.len() && keywords[i].arg.is_some() {
                        self.emit_const_str(keywords[i].arg.unwrap_or(""));
                        self.compile_expr(&keywords[i].value)?;
                        i += 1;
                    }
                    self.emit(Opcode::BuildMap, (i - start) as u32);
                    if have_dict {
                        self.emit(Opcode::DictMerge, 1);
                    }
                } else {
                    if !have_dict {
                        self.emit(Opcode::BuildMap, 0);
                    }
                    self.compile_expr(&keywords[i].value)?;
                    self.emit(Opcode::DictMerge, 1);
                    i += 1;
                }
                have_dict = true;
            }
            flags = 1;
        }
        self.set_line(loc);
        self.emit(Opcode::CallFunctionEx, flags);
        Ok(())
    }

    // ----- lambdas and comprehensions -----

    fn compile_lambda(
        &mut self,
        e: &'a Expr<'a>,
        args: &'a ast::Arguments<'a>,
        body: &'a Expr<'a>,
    ) -> CResult {
        let flags = self.compile_defaults(args, None)?;
        let scope = self
            .st
            .scope_of(e as *const Expr<'a> as usize)
            .ok_or_else(|| self.error("internal error: lambda scope not found", &e.loc))?;
        let qualname = self.qualname_for("<lambda>");
        self.enter_unit(scope, "<lambda>".into(), qualname, e.loc.lineno);
        self.add_const(Value::None);
        self.compile_expr(body)?;
        self.emit(Opcode::ReturnValue, 0);
        let unit = self.units.pop().expect("lambda unit");
        let freevars = unit.freevars.clone();
        let code = self.assemble(unit)?;
        let cv = self.code_value(code);
        self.set_line(&e.loc);
        self.make_closure(cv, &freevars, flags)
    }

    fn compile_comprehension(
        &mut self,
        e: &'a Expr<'a>,
        gens: &'a [ast::Comprehension<'a>],
        kind: Comp<'a>,
    ) -> CResult {
        let scope = self
            .st
            .scope_of(e as *const Expr<'a> as usize)
            .ok_or_else(|| self.error("internal error: comprehension scope not found", &e.loc))?;
        let name = match kind {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let Some(first) = gens.first() else {
            return Err(self.error("comprehension without generators", &e.loc));
        };
        self.enter_unit(scope, name.into(), qualname, e.loc.lineno);
        match kind {
            Comp::List(_) => self.emit(Opcode::BuildList, 0),
            Comp::Set(_) => self.emit(Opcode::BuildSet, 0),
            Comp::Dict(..) => self.emit(Opcode::BuildMap, 0),
            Comp::Gen(_) => {}
        }
        self.compile_comp_generator(gens, 0, kind, e)?;
        if matches!(kind, Comp::Gen(_)) {
            let i = self.add_const(Value::None);
            self.emit(Opcode::ReturnConst, i);
        } else {
            self.emit(Opcode::ReturnValue, 0);
        }
        let unit = self.units.pop().expect("comprehension unit");
        let freevars = unit.freevars.clone();
        let code = self.assemble(unit)?;
        let cv = self.code_value(code);
        self.set_line(&e.loc);
        self.make_closure(cv, &freevars, 0)?;
        // The outermost iterable is evaluated here, in the enclosing scope.
        self.compile_expr(&first.iter)?;
        self.emit(Opcode::GetIter, 0);
        self.set_line(&e.loc);
        self.emit(Opcode::Call, 0);
        Ok(())
    }

    fn compile_comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension<'a>],
        i: usize,
        kind: Comp<'a>,
        e: &'a Expr<'a>,
    ) -> CResult {
        let g = &gens[i];
        if g.is_async {
            return Err(self.error("asynchronous comprehensions are not supported yet", &e.loc));
        }
        let start = self.new_label();
        let anchor = self.new_label();
        if i == 0 {
            // The iterator was passed in as the parameter `.0`.
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.compile_expr(&g.iter)?;
            self.emit(Opcode::GetIter, 0);
        }
        self.bind(start);
        self.set_line(&e.loc);
        self.emit_jump(Opcode::ForIter, anchor);
        self.compile_store(&g.target)?;
        for cond in g.ifs.iter() {
            self.compile_jump_if(cond, start, false)?;
        }
        if i + 1 < gens.len() {
            self.compile_comp_generator(gens, i + 1, kind, e)?;
        } else {
            // Depth of the result container below the iterators.
            let depth = gens.len() as u32 + 1;
            match kind {
                Comp::List(elt) => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::ListAppend, depth);
                }
                Comp::Set(elt) => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::SetAdd, depth);
                }
                Comp::Dict(k, v) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    self.emit(Opcode::MapAdd, depth);
                }
                Comp::Gen(elt) => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::YieldValue, 0);
                    self.emit(Opcode::PopTop, 0);
                }
            }
        }
        self.emit_jump(Opcode::Jump, start);
        self.bind(anchor);
        Ok(())
    }
}

/// What a comprehension builds.
#[derive(Clone, Copy)]
pub(crate) enum Comp<'a> {
    List(&'a Expr<'a>),
    Set(&'a Expr<'a>),
    Dict(&'a Expr<'a>, &'a Expr<'a>),
    Gen(&'a Expr<'a>),
}
