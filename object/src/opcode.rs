//! The instruction set: the single source of truth for every opcode's number,
//! disassembly name and stack effect.
//!
//! Modelled on CPython 3.11/3.12: a call is `PUSH_NULL` (or a method load) +
//! callable + arguments + `CALL n`, keyword names travel in `KW_NAMES`, and
//! exceptions are handled through the code object's exception table instead of
//! a block stack. Jump arguments are absolute instruction indexes.

macro_rules! opcodes {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $num:literal, $name:literal, $effect:expr;
    )*) => {
        /// One instruction kind. The doc comment of each variant gives its stack
        /// effect as `(inputs -- outputs)`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $variant = $num, )*
        }

        impl Opcode {
            /// Every opcode, in numeric order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];

            /// The name `dis` shows.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$variant => $name,)* }
            }

            /// Decode an opcode byte (specialisation statistics are indexed by
            /// byte). Code units hold a typed `Opcode`, so the eval loop never
            /// decodes.
            pub fn from_u8(b: u8) -> Option<Opcode> {
                match b { $($num => Some(Opcode::$variant),)* _ => None }
            }

            /// Net change of the value stack depth: when the instruction jumps
            /// (`jump`) or falls through.
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self { $(Opcode::$variant => { let f: fn(u32, bool) -> i32 = $effect; f(arg, jump) })* }
            }
        }
    };
}

opcodes! {
    /// `( -- )`
    Nop = 0, "NOP", |_, _| 0;
    /// `(value -- )`
    PopTop = 1, "POP_TOP", |_, _| -1;
    /// `( -- NULL)`: the empty method slot below a plain callable.
    PushNull = 2, "PUSH_NULL", |_, _| 1;
    /// `(a[n] -- a[n], a[0])`: push a copy of the n-th item from the top (1 = top).
    Copy = 3, "COPY", |_, _| 1;
    /// `(a, ..., b -- b, ..., a)`: swap the top with the n-th item.
    Swap = 4, "SWAP", |_, _| 0;
    /// `( -- value)`: `co_consts[arg]`.
    LoadConst = 5, "LOAD_CONST", |_, _| 1;
    /// `( -- value)`: fast local `arg`; UnboundLocalError when unbound.
    LoadFast = 6, "LOAD_FAST", |_, _| 1;
    /// `(value -- )`
    StoreFast = 7, "STORE_FAST", |_, _| -1;
    /// `( -- )`
    DeleteFast = 8, "DELETE_FAST", |_, _| 0;
    /// `( -- NULL?, value)`: global `co_names[arg >> 1]`, pushing NULL first when `arg & 1`.
    LoadGlobal = 9, "LOAD_GLOBAL", |a, _| 1 + (a & 1) as i32;
    /// `(value -- )`
    StoreGlobal = 10, "STORE_GLOBAL", |_, _| -1;
    /// `( -- )`
    DeleteGlobal = 11, "DELETE_GLOBAL", |_, _| 0;
    /// `( -- value)`: name in locals, then globals, then builtins.
    LoadName = 12, "LOAD_NAME", |_, _| 1;
    /// `(value -- )`
    StoreName = 13, "STORE_NAME", |_, _| -1;
    /// `( -- )`
    DeleteName = 14, "DELETE_NAME", |_, _| 0;
    /// `( -- value)`: contents of the cell in fast-locals slot `arg`.
    LoadDeref = 15, "LOAD_DEREF", |_, _| 1;
    /// `(value -- )`
    StoreDeref = 16, "STORE_DEREF", |_, _| -1;
    /// `( -- )`
    DeleteDeref = 17, "DELETE_DEREF", |_, _| 0;
    /// `( -- value)`: class body: the class namespace first, then the cell.
    LoadClassDeref = 18, "LOAD_CLASSDEREF", |_, _| 1;
    /// `( -- cell)`: the cell object itself (for building closures).
    LoadClosure = 19, "LOAD_CLOSURE", |_, _| 1;
    /// `(owner -- attr)` or, when `arg & 1`, `(owner -- method_or_NULL, self_or_attr)`.
    LoadAttr = 20, "LOAD_ATTR", |a, _| (a & 1) as i32;
    /// `(value, owner -- )`
    StoreAttr = 21, "STORE_ATTR", |_, _| -2;
    /// `(owner -- )`
    DeleteAttr = 22, "DELETE_ATTR", |_, _| -1;
    /// `(container, key -- item)`
    BinarySubscr = 23, "BINARY_SUBSCR", |_, _| -1;
    /// `(value, container, key -- )`
    StoreSubscr = 24, "STORE_SUBSCR", |_, _| -3;
    /// `(container, key -- )`
    DeleteSubscr = 25, "DELETE_SUBSCR", |_, _| -2;
    /// `(start, stop[, step] -- slice)` for arg 2 or 3.
    BuildSlice = 26, "BUILD_SLICE", |a, _| 1 - a as i32;
    /// `(lhs, rhs -- result)`: arg is the NB_* operator (13+ for in-place).
    BinaryOp = 27, "BINARY_OP", |_, _| -1;
    /// `(value -- -value)`
    UnaryNegative = 28, "UNARY_NEGATIVE", |_, _| 0;
    /// `(value -- not value)`
    UnaryNot = 29, "UNARY_NOT", |_, _| 0;
    /// `(value -- ~value)`
    UnaryInvert = 30, "UNARY_INVERT", |_, _| 0;
    /// `(value -- +value)`
    UnaryPositive = 31, "UNARY_POSITIVE", |_, _| 0;
    /// `(lhs, rhs -- result)`: arg is the comparison (0 `<` .. 5 `>=`).
    CompareOp = 32, "COMPARE_OP", |_, _| -1;
    /// `(lhs, rhs -- bool)`: `is`, or `is not` when arg is 1.
    IsOp = 33, "IS_OP", |_, _| -1;
    /// `(item, container -- bool)`: `in`, or `not in` when arg is 1.
    ContainsOp = 34, "CONTAINS_OP", |_, _| -1;
    /// `( -- )`: jump to instruction `arg`.
    Jump = 35, "JUMP", |_, _| 0;
    /// `(cond -- )`
    PopJumpIfFalse = 36, "POP_JUMP_IF_FALSE", |_, _| -1;
    /// `(cond -- )`
    PopJumpIfTrue = 37, "POP_JUMP_IF_TRUE", |_, _| -1;
    /// `(value -- )`
    PopJumpIfNone = 38, "POP_JUMP_IF_NONE", |_, _| -1;
    /// `(value -- )`
    PopJumpIfNotNone = 39, "POP_JUMP_IF_NOT_NONE", |_, _| -1;
    /// `(cond -- cond)` when jumping, `(cond -- )` otherwise.
    JumpIfFalseOrPop = 40, "JUMP_IF_FALSE_OR_POP", |_, j| if j { 0 } else { -1 };
    /// `(cond -- cond)` when jumping, `(cond -- )` otherwise.
    JumpIfTrueOrPop = 41, "JUMP_IF_TRUE_OR_POP", |_, j| if j { 0 } else { -1 };
    /// `(iterable -- iterator)`
    GetIter = 42, "GET_ITER", |_, _| 0;
    /// `(iterator -- iterator, next)`; when exhausted `(iterator -- )` and jump to `arg`.
    ForIter = 43, "FOR_ITER", |_, j| if j { -1 } else { 1 };
    /// `(value -- )`: return from the frame.
    ReturnValue = 44, "RETURN_VALUE", |_, _| -1;
    /// `(items[n] -- tuple)`
    BuildTuple = 45, "BUILD_TUPLE", |a, _| 1 - a as i32;
    /// `(items[n] -- list)`
    BuildList = 46, "BUILD_LIST", |a, _| 1 - a as i32;
    /// `(items[n] -- set)`
    BuildSet = 47, "BUILD_SET", |a, _| 1 - a as i32;
    /// `(key, value pairs[n] -- dict)`
    BuildMap = 48, "BUILD_MAP", |a, _| 1 - 2 * a as i32;
    /// `(values[n], keys_tuple -- dict)`
    BuildConstKeyMap = 49, "BUILD_CONST_KEY_MAP", |a, _| -(a as i32);
    /// `(pieces[n] -- str)`
    BuildString = 50, "BUILD_STRING", |a, _| 1 - a as i32;
    /// `(list, ..., item -- list, ...)`: append to the list `arg` items below.
    ListAppend = 51, "LIST_APPEND", |_, _| -1;
    /// `(set, ..., item -- set, ...)`
    SetAdd = 52, "SET_ADD", |_, _| -1;
    /// `(dict, ..., key, value -- dict, ...)`
    MapAdd = 53, "MAP_ADD", |_, _| -2;
    /// `(list, ..., iterable -- list, ...)`
    ListExtend = 54, "LIST_EXTEND", |_, _| -1;
    /// `(set, ..., iterable -- set, ...)`
    SetUpdate = 55, "SET_UPDATE", |_, _| -1;
    /// `(dict, ..., mapping -- dict, ...)`
    DictUpdate = 56, "DICT_UPDATE", |_, _| -1;
    /// `(dict, ..., mapping -- dict, ...)`: like DICT_UPDATE, duplicate keys are an error (`f(**a, **b)`).
    DictMerge = 57, "DICT_MERGE", |_, _| -1;
    /// `(list -- tuple)`
    ListToTuple = 58, "LIST_TO_TUPLE", |_, _| 0;
    /// `(seq -- items[n])`: pushed last item first.
    UnpackSequence = 59, "UNPACK_SEQUENCE", |a, _| a as i32 - 1;
    /// `(seq -- before[lo], list, after[hi])` with `arg = lo | hi << 8`.
    UnpackEx = 60, "UNPACK_EX", |a, _| (a & 0xff) as i32 + (a >> 8) as i32;
    /// `(value[, spec] -- str)`: arg & 3 is the conversion (1 str, 2 repr, 3 ascii), arg & 4 a spec.
    FormatValue = 61, "FORMAT_VALUE", |a, _| if a & 4 != 0 { -1 } else { 0 };
    /// `(method_or_NULL, callable_or_self, args[n] -- result)`
    Call = 62, "CALL", |a, _| -(a as i32) - 1;
    /// `( -- )`: the names of the next CALL's keyword arguments are `co_consts[arg]`.
    KwNames = 63, "KW_NAMES", |_, _| 0;
    /// `(NULL, callable, args_tuple[, kwargs_dict] -- result)`: kwargs when `arg & 1`.
    CallFunctionEx = 64, "CALL_FUNCTION_EX", |a, _| -2 - (a & 1) as i32;
    /// `([defaults, kwdefaults, annotations, closure,] code -- function)`: flags 1, 2, 4, 8 select the optional inputs.
    MakeFunction = 65, "MAKE_FUNCTION", |a, _| -((a & 1) as i32 + ((a >> 1) & 1) as i32 + ((a >> 2) & 1) as i32 + ((a >> 3) & 1) as i32);
    /// `( -- __build_class__)`
    LoadBuildClass = 66, "LOAD_BUILD_CLASS", |_, _| 1;
    /// `(exc[, cause] -- )`: arg 0 re-raises the handled exception.
    RaiseVarargs = 67, "RAISE_VARARGS", |a, _| -(a as i32);
    /// `(..., exc -- )`: re-raise; when arg > 0, the item `arg` below is the raising instruction's offset.
    Reraise = 68, "RERAISE", |_, _| -1;
    /// `(exc -- prev_exc, exc)`: start handling `exc`.
    PushExcInfo = 69, "PUSH_EXC_INFO", |_, _| 1;
    /// `(prev_exc -- )`: stop handling; restore the previously handled exception.
    PopExcept = 70, "POP_EXCEPT", |_, _| -1;
    /// `(exc, type -- exc, bool)`
    CheckExcMatch = 71, "CHECK_EXC_MATCH", |_, _| 0;
    /// `(exit, lasti, prev_exc, exc -- exit, lasti, prev_exc, exc, result)`: call `exit(type, exc, tb)`.
    WithExceptStart = 72, "WITH_EXCEPT_START", |_, _| 1;
    /// `(manager -- exit, enter_result)`
    BeforeWith = 73, "BEFORE_WITH", |_, _| 1;
    /// `(level, fromlist -- module)`: import `co_names[arg]`.
    ImportName = 74, "IMPORT_NAME", |_, _| -1;
    /// `(module -- module, attr)`
    ImportFrom = 75, "IMPORT_FROM", |_, _| 1;
    /// `(module -- )`: `from module import *`.
    ImportStar = 76, "IMPORT_STAR", |_, _| -1;
    /// `(value -- sent)`: suspend the generator, yielding `value`.
    YieldValue = 77, "YIELD_VALUE", |_, _| 0;
    /// `(receiver, value -- receiver, yielded)`, or when the receiver returns
    /// `(receiver, value -- result)` and jump to `arg`.
    Send = 78, "SEND", |_, j| if j { -1 } else { 0 };
    /// `(iterable -- iterator)`: `yield from` (generators pass through).
    GetYieldFromIter = 79, "GET_YIELD_FROM_ITER", |_, _| 0;
    /// `( -- AssertionError)`
    LoadAssertionError = 80, "LOAD_ASSERTION_ERROR", |_, _| 1;
    /// `( -- )`: create `__annotations__` in the local namespace.
    SetupAnnotations = 81, "SETUP_ANNOTATIONS", |_, _| 0;
    /// `(value -- )`: interactive mode: echo a non-None value with repr.
    PrintExpr = 82, "PRINT_EXPR", |_, _| -1;
    /// `( -- )`: return the constant `co_consts[arg]`.
    ReturnConst = 83, "RETURN_CONST", |_, _| 0;
    /// `(receiver, prev_exc, exc -- ...)`: cleanup after a failed `throw()` into a `yield from`.
    CleanupThrow = 84, "CLEANUP_THROW", |_, _| -1;
    // ----- Specialised forms (quickened at run time, never emitted by the
    // compiler). Each names its generic form in `base`. -----
    /// Specialised `LOAD_GLOBAL`: a global found in the module's dict (globals and builtins dict versions unchanged).
    LoadGlobalModule = 85, "LOAD_GLOBAL_MODULE", |a, j| Opcode::LoadGlobal.stack_effect(a, j);
    /// Specialised `LOAD_GLOBAL`: a global found in the builtins dict (both dict versions unchanged).
    LoadGlobalBuiltin = 86, "LOAD_GLOBAL_BUILTIN", |a, j| Opcode::LoadGlobal.stack_effect(a, j);
    /// Specialised `LOAD_ATTR`: an instance attribute at a remembered position of the instance dict (type version unchanged).
    LoadAttrWithHint = 87, "LOAD_ATTR_WITH_HINT", |a, j| Opcode::LoadAttr.stack_effect(a, j);
    /// Specialised `LOAD_ATTR`: a `__slots__` member, by index (type version unchanged).
    LoadAttrSlot = 88, "LOAD_ATTR_SLOT", |a, j| Opcode::LoadAttr.stack_effect(a, j);
    /// Specialised `LOAD_ATTR`: a module attribute (module dict version unchanged).
    LoadAttrModule = 89, "LOAD_ATTR_MODULE", |a, j| Opcode::LoadAttr.stack_effect(a, j);
    /// Specialised `LOAD_ATTR`: a plain class attribute read through an instance that does not shadow it.
    LoadAttrNondescriptor = 90, "LOAD_ATTR_NONDESCRIPTOR", |a, j| Opcode::LoadAttr.stack_effect(a, j);
    /// Specialised `LOAD_ATTR`: an attribute of a class object (metaclass and class versions unchanged).
    LoadAttrClass = 91, "LOAD_ATTR_CLASS", |a, j| Opcode::LoadAttr.stack_effect(a, j);
    /// Specialised `LOAD_ATTR`: a getset descriptor of a builtin type (`obj.__class__`), its getter called directly.
    LoadAttrGetset = 92, "LOAD_ATTR_GETSET", |a, j| Opcode::LoadAttr.stack_effect(a, j);
    /// Specialised `LOAD_ATTR`: a property whose getter is called directly (type version unchanged).
    LoadAttrProperty = 93, "LOAD_ATTR_PROPERTY", |a, j| Opcode::LoadAttr.stack_effect(a, j);
    /// Specialised `LOAD_ATTR`: method form: a method of an instance with a dict that does not shadow it.
    LoadAttrMethodWithDict = 94, "LOAD_ATTR_METHOD_WITH_DICT", |a, j| Opcode::LoadAttr.stack_effect(a, j);
    /// Specialised `LOAD_ATTR`: method form: a method of an instance without a dict.
    LoadAttrMethodNoDict = 95, "LOAD_ATTR_METHOD_NO_DICT", |a, j| Opcode::LoadAttr.stack_effect(a, j);
    /// Specialised `STORE_ATTR`: an instance attribute at a remembered position of the instance dict.
    StoreAttrWithHint = 96, "STORE_ATTR_WITH_HINT", |a, j| Opcode::StoreAttr.stack_effect(a, j);
    /// Specialised `STORE_ATTR`: a `__slots__` member, by index.
    StoreAttrSlot = 97, "STORE_ATTR_SLOT", |a, j| Opcode::StoreAttr.stack_effect(a, j);
    /// Specialised `CALL`: a Python function given exactly its positional parameters.
    CallPyExactArgs = 98, "CALL_PY_EXACT_ARGS", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `CALL`: a Python function whose missing positional parameters have defaults.
    CallPyWithDefaults = 99, "CALL_PY_WITH_DEFAULTS", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `CALL`: a bound method object of a Python function, exact positional args.
    CallBoundMethodExactArgs = 100, "CALL_BOUND_METHOD_EXACT_ARGS", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `CALL`: a plain class with a Python `__init__`: allocate, run `__init__` inline.
    CallAllocAndEnterInit = 101, "CALL_ALLOC_AND_ENTER_INIT", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `CALL`: a native function taking one argument (METH_O).
    CallBuiltinO = 102, "CALL_BUILTIN_O", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `CALL`: a native function with the FASTCALL convention.
    CallBuiltinFast = 103, "CALL_BUILTIN_FAST", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `CALL`: `len(x)` with the builtin `len`.
    CallNoKwLen = 104, "CALL_NO_KW_LEN", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `CALL`: `isinstance(x, t)` with the builtin `isinstance`.
    CallNoKwIsinstance = 105, "CALL_NO_KW_ISINSTANCE", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `CALL`: `list.append` on an exact list.
    CallNoKwListAppend = 106, "CALL_NO_KW_LIST_APPEND", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `CALL`: a METH_O method descriptor of a builtin type.
    CallNoKwMethodDescriptorO = 107, "CALL_NO_KW_METHOD_DESCRIPTOR_O", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `CALL`: a METH_NOARGS method descriptor.
    CallNoKwMethodDescriptorNoargs = 108, "CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `CALL`: a FASTCALL method descriptor.
    CallNoKwMethodDescriptorFast = 109, "CALL_NO_KW_METHOD_DESCRIPTOR_FAST", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `BINARY_OP`: `+` / `+=` on two ints.
    BinaryOpAddInt = 110, "BINARY_OP_ADD_INT", |a, j| Opcode::BinaryOp.stack_effect(a, j);
    /// Specialised `BINARY_OP`: `-` / `-=` on two ints.
    BinaryOpSubtractInt = 111, "BINARY_OP_SUBTRACT_INT", |a, j| Opcode::BinaryOp.stack_effect(a, j);
    /// Specialised `BINARY_OP`: `*` / `*=` on two ints.
    BinaryOpMultiplyInt = 112, "BINARY_OP_MULTIPLY_INT", |a, j| Opcode::BinaryOp.stack_effect(a, j);
    /// Specialised `BINARY_OP`: `+` / `+=` on two floats.
    BinaryOpAddFloat = 113, "BINARY_OP_ADD_FLOAT", |a, j| Opcode::BinaryOp.stack_effect(a, j);
    /// Specialised `BINARY_OP`: `-` / `-=` on two floats.
    BinaryOpSubtractFloat = 114, "BINARY_OP_SUBTRACT_FLOAT", |a, j| Opcode::BinaryOp.stack_effect(a, j);
    /// Specialised `BINARY_OP`: `*` / `*=` on two floats.
    BinaryOpMultiplyFloat = 115, "BINARY_OP_MULTIPLY_FLOAT", |a, j| Opcode::BinaryOp.stack_effect(a, j);
    /// Specialised `BINARY_OP`: `+` / `+=` on two exact strs.
    BinaryOpAddUnicode = 116, "BINARY_OP_ADD_UNICODE", |a, j| Opcode::BinaryOp.stack_effect(a, j);
    /// Specialised `COMPARE_OP`: a comparison of two ints.
    CompareOpInt = 117, "COMPARE_OP_INT", |a, j| Opcode::CompareOp.stack_effect(a, j);
    /// Specialised `COMPARE_OP`: a comparison of two floats.
    CompareOpFloat = 118, "COMPARE_OP_FLOAT", |a, j| Opcode::CompareOp.stack_effect(a, j);
    /// Specialised `COMPARE_OP`: a comparison of two exact strs.
    CompareOpStr = 119, "COMPARE_OP_STR", |a, j| Opcode::CompareOp.stack_effect(a, j);
    /// Specialised `BINARY_SUBSCR`: an exact list indexed by an int.
    BinarySubscrListInt = 120, "BINARY_SUBSCR_LIST_INT", |a, j| Opcode::BinarySubscr.stack_effect(a, j);
    /// Specialised `BINARY_SUBSCR`: an exact tuple indexed by an int.
    BinarySubscrTupleInt = 121, "BINARY_SUBSCR_TUPLE_INT", |a, j| Opcode::BinarySubscr.stack_effect(a, j);
    /// Specialised `BINARY_SUBSCR`: an exact dict.
    BinarySubscrDict = 122, "BINARY_SUBSCR_DICT", |a, j| Opcode::BinarySubscr.stack_effect(a, j);
    /// Specialised `STORE_SUBSCR`: an exact list item assigned by int index.
    StoreSubscrListInt = 123, "STORE_SUBSCR_LIST_INT", |a, j| Opcode::StoreSubscr.stack_effect(a, j);
    /// Specialised `STORE_SUBSCR`: an exact dict item assigned.
    StoreSubscrDict = 124, "STORE_SUBSCR_DICT", |a, j| Opcode::StoreSubscr.stack_effect(a, j);
    /// Specialised `FOR_ITER`: a range iterator, stepped inline.
    ForIterRange = 125, "FOR_ITER_RANGE", |a, j| Opcode::ForIter.stack_effect(a, j);
    /// Specialised `FOR_ITER`: a list iterator.
    ForIterList = 126, "FOR_ITER_LIST", |a, j| Opcode::ForIter.stack_effect(a, j);
    /// Specialised `FOR_ITER`: a tuple iterator.
    ForIterTuple = 127, "FOR_ITER_TUPLE", |a, j| Opcode::ForIter.stack_effect(a, j);
    /// Specialised `UNPACK_SEQUENCE`: an exact tuple of two items.
    UnpackSequenceTwoTuple = 128, "UNPACK_SEQUENCE_TWO_TUPLE", |a, j| Opcode::UnpackSequence.stack_effect(a, j);
    /// Specialised `UNPACK_SEQUENCE`: an exact tuple of the right length.
    UnpackSequenceTuple = 129, "UNPACK_SEQUENCE_TUPLE", |a, j| Opcode::UnpackSequence.stack_effect(a, j);
    /// Specialised `UNPACK_SEQUENCE`: an exact list of the right length.
    UnpackSequenceList = 130, "UNPACK_SEQUENCE_LIST", |a, j| Opcode::UnpackSequence.stack_effect(a, j);
    /// Specialised `FOR_ITER`: a generator, whose frame is resumed in the
    /// same eval loop (CPython 3.12's FOR_ITER_GEN) instead of a nested one.
    ForIterGen = 131, "FOR_ITER_GEN", |a, j| Opcode::ForIter.stack_effect(a, j);
    /// Specialised `COMPARE_OP` (Taipan's own): both operands of one Python
    /// class whose comparison method is a plain Python function; its frame
    /// is pushed in the same eval loop, as CALL_PY_EXACT_ARGS does.
    CompareOpPy = 132, "COMPARE_OP_PY", |a, j| Opcode::CompareOp.stack_effect(a, j);
    /// Specialised `CALL` (Taipan's own): an instance whose class's
    /// `__call__` is a plain Python function (class version unchanged); the
    /// instance becomes its first argument and its frame is pushed in the
    /// same eval loop, as CALL_BOUND_METHOD_EXACT_ARGS does.
    CallPyInstance = 133, "CALL_PY_INSTANCE", |a, j| Opcode::Call.stack_effect(a, j);
    /// Specialised `BINARY_OP` (Taipan's own): a left operand whose class's
    /// method for the operator (`__add__`, ...; for `+=` and the like, when
    /// the class has no in-place method) is a plain Python function, and a
    /// right operand of that class or of one without a Python method for it;
    /// the method's frame is pushed in the same eval loop, as COMPARE_OP_PY
    /// does.
    BinaryOpPy = 134, "BINARY_OP_PY", |a, j| Opcode::BinaryOp.stack_effect(a, j);
    /// Superinstruction (CPython 3.11's): LOAD_FAST, then the LOAD_FAST that
    /// follows it, in one dispatch. The second instruction stays in place
    /// (a jump may land on it); the stack effect is the first one's.
    LoadFastLoadFast = 135, "LOAD_FAST__LOAD_FAST", |a, j| Opcode::LoadFast.stack_effect(a, j);
    /// Superinstruction: LOAD_FAST, then the LOAD_CONST that follows it.
    LoadFastLoadConst = 136, "LOAD_FAST__LOAD_CONST", |a, j| Opcode::LoadFast.stack_effect(a, j);
    /// Superinstruction: LOAD_CONST, then the LOAD_FAST that follows it.
    LoadConstLoadFast = 137, "LOAD_CONST__LOAD_FAST", |a, j| Opcode::LoadConst.stack_effect(a, j);
    /// Superinstruction: STORE_FAST, then the LOAD_FAST that follows it.
    StoreFastLoadFast = 138, "STORE_FAST__LOAD_FAST", |a, j| Opcode::StoreFast.stack_effect(a, j);
    /// Superinstruction: STORE_FAST, then the STORE_FAST that follows it.
    StoreFastStoreFast = 139, "STORE_FAST__STORE_FAST", |a, j| Opcode::StoreFast.stack_effect(a, j);
    /// Specialised `LOAD_ATTR` (Taipan's own): method form at a site that
    /// has seen receivers of several types whose methods under the name
    /// differ (an overriding class hierarchy): a small table of (type
    /// version, method) pairs, each checked as LOAD_ATTR_METHOD_WITH_DICT /
    /// _NO_DICT checks its one pair. CPython 3.11 deoptimises such a site
    /// and runs the generic lookup.
    LoadAttrMethodPoly = 140, "LOAD_ATTR_METHOD_POLY", |a, j| Opcode::LoadAttr.stack_effect(a, j);
    /// Specialised `FOR_ITER` (Taipan's own): a str iterator, stepped
    /// inline (one-character ASCII strs are shared objects).
    ForIterStr = 141, "FOR_ITER_STR", |a, j| Opcode::ForIter.stack_effect(a, j);
    /// Specialised `LOAD_ATTR`: an instance attribute kept inline, read by
    /// its index among the type's shared keys (type version unchanged).
    LoadAttrInstanceValue = 142, "LOAD_ATTR_INSTANCE_VALUE", |a, j| Opcode::LoadAttr.stack_effect(a, j);
    /// Specialised `STORE_ATTR`: an instance attribute kept inline, written
    /// by its index among the type's shared keys (type version unchanged).
    StoreAttrInstanceValue = 143, "STORE_ATTR_INSTANCE_VALUE", |a, j| Opcode::StoreAttr.stack_effect(a, j);
}

/// Arguments of FORMAT_VALUE.
pub mod format_flags {
    pub const CONV_MASK: u32 = 3;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAVE_SPEC: u32 = 4;
}

/// Flags of MAKE_FUNCTION.
pub mod make_function_flags {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

impl Opcode {
    /// The generic instruction a specialised one stands for (itself for a
    /// generic instruction): what `co_code` and `dis` without `adaptive` show,
    /// and what a specialised instruction is rewritten to when its guard keeps
    /// failing.
    pub fn base(self) -> Opcode {
        use Opcode::*;
        match self {
            LoadGlobalModule | LoadGlobalBuiltin => LoadGlobal,
            LoadAttrWithHint
            | LoadAttrSlot
            | LoadAttrModule
            | LoadAttrNondescriptor
            | LoadAttrClass
            | LoadAttrProperty
            | LoadAttrGetset
            | LoadAttrMethodWithDict
            | LoadAttrMethodNoDict
            | LoadAttrMethodPoly
            | LoadAttrInstanceValue => LoadAttr,
            StoreAttrWithHint | StoreAttrSlot | StoreAttrInstanceValue => StoreAttr,
            CallPyExactArgs
            | CallPyWithDefaults
            | CallBoundMethodExactArgs
            | CallAllocAndEnterInit
            | CallPyInstance
            | CallBuiltinO
            | CallBuiltinFast
            | CallNoKwLen
            | CallNoKwIsinstance
            | CallNoKwListAppend
            | CallNoKwMethodDescriptorO
            | CallNoKwMethodDescriptorNoargs
            | CallNoKwMethodDescriptorFast => Call,
            BinaryOpAddInt
            | BinaryOpSubtractInt
            | BinaryOpMultiplyInt
            | BinaryOpAddFloat
            | BinaryOpSubtractFloat
            | BinaryOpMultiplyFloat
            | BinaryOpAddUnicode
            | BinaryOpPy => BinaryOp,
            CompareOpInt | CompareOpFloat | CompareOpStr | CompareOpPy => CompareOp,
            BinarySubscrListInt | BinarySubscrTupleInt | BinarySubscrDict => BinarySubscr,
            StoreSubscrListInt | StoreSubscrDict => StoreSubscr,
            ForIterRange | ForIterList | ForIterTuple | ForIterGen | ForIterStr => ForIter,
            LoadFastLoadFast | LoadFastLoadConst => LoadFast,
            LoadConstLoadFast => LoadConst,
            StoreFastLoadFast | StoreFastStoreFast => StoreFast,
            UnpackSequenceTwoTuple | UnpackSequenceTuple | UnpackSequenceList => UnpackSequence,
            other => other,
        }
    }
    /// Whether this is a specialised form of another instruction.
    pub fn is_specialized(self) -> bool {
        self.base() != self
    }
    /// Whether `arg` is a jump target.
    pub fn is_jump(self) -> bool {
        use Opcode::*;
        matches!(
            self.base(),
            Jump | PopJumpIfFalse
                | PopJumpIfTrue
                | PopJumpIfNone
                | PopJumpIfNotNone
                | JumpIfFalseOrPop
                | JumpIfTrueOrPop
                | ForIter
                | Send
        )
    }
    /// Whether the argument means something (`dis` shows it).
    pub fn has_arg(self) -> bool {
        use Opcode::*;
        !matches!(
            self.base(),
            Nop | PopTop
                | PushNull
                | BinarySubscr
                | StoreSubscr
                | DeleteSubscr
                | UnaryNegative
                | UnaryNot
                | UnaryInvert
                | UnaryPositive
                | GetIter
                | ReturnValue
                | ListToTuple
                | LoadBuildClass
                | PushExcInfo
                | PopExcept
                | CheckExcMatch
                | WithExceptStart
                | BeforeWith
                | ImportStar
                | YieldValue
                | GetYieldFromIter
                | LoadAssertionError
                | SetupAnnotations
                | PrintExpr
                | CleanupThrow
        )
    }
    /// Whether control never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        use Opcode::*;
        matches!(
            self.base(),
            Jump | ReturnValue | ReturnConst | RaiseVarargs | Reraise
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn numbers_round_trip_and_names_are_unique() {
        let mut names = std::collections::HashSet::new();
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i, "opcodes are numbered densely");
            assert_eq!(Opcode::from_u8(*op as u8), Some(*op));
            assert!(names.insert(op.name()), "duplicate name {}", op.name());
        }
    }
}
