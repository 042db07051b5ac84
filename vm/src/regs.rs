//! The eval loop's registers for the value stack: the stack pointer kept in a
//! local variable instead of `vm.stack.len()`, as CPython's `stack_pointer`.
//!
//! With the stack a plain `Vec` in the `Vm`, every push and pop loaded and
//! stored its length through memory and checked capacity or bounds against
//! values reloaded after each call. The loop now takes the stack over for
//! the instructions that cannot run other code (`Regs::load`), and hands it
//! back (`Regs::store`) before anything that might touch `vm.stack`: a call,
//! an attribute lookup that can reach Python code, raising.
//!
//! Like CPython's `PUSH`/`POP`, the registers trust the compiler's stack
//! depths in a release build: every frame's room is reserved before it runs
//! (`co_stacksize` values above its locals, see `Regs::reserve`), so a push
//! needs no capacity check and a pop no emptiness check. Debug builds (every
//! test) check both on each access, so a wrong stack effect in the opcode
//! table fails the test suite instead of corrupting memory.

use taipan_object::Value;

/// `vm.stack` as the eval loop holds it between a `load` and a `store`:
/// its buffer, the number of live values (`sp`) and the capacity. While the
/// registers hold the stack, the `Vec`'s own length is 0, so a panic in
/// between leaks the values instead of dropping them twice.
pub(crate) struct Regs {
    buf: *mut Value,
    sp: usize,
    cap: usize,
}

impl Regs {
    /// Take the values of `stack` over.
    ///
    /// # Safety
    /// Until `store` is called with the same `stack`, nothing may use `stack`
    /// (not even read it): the registers own its buffer.
    #[inline(always)]
    pub unsafe fn load(stack: &mut Vec<Value>) -> Regs {
        let regs = Regs {
            buf: stack.as_mut_ptr(),
            sp: stack.len(),
            cap: stack.capacity(),
        };
        // SAFETY: a length of 0 is always valid; the values stay in the
        // buffer, owned by the registers until `store` gives them back.
        unsafe { stack.set_len(0) };
        regs
    }

    /// Give the values back to `stack` (the `Vec` loaded from); the
    /// registers stay valid until `stack` is next changed.
    #[inline(always)]
    pub fn store(&self, stack: &mut Vec<Value>) {
        // Checked in debug builds (every test) only, like the unchecked
        // pushes and pops: `load`'s contract (nothing touches `stack` until
        // this) is what guarantees it, and the check costs six instructions
        // on every frame switch.
        debug_assert!(
            std::ptr::eq(stack.as_ptr(), self.buf) && stack.capacity() == self.cap,
            "value stack changed while the eval loop held it"
        );
        // SAFETY: same buffer and capacity as at `load` (`load`'s contract,
        // checked above in debug builds), and `sp <= cap` with the first `sp`
        // slots initialised: every method below keeps that.
        unsafe { stack.set_len(self.sp) }
    }

    /// Number of live values (the stack depth `vm.stack.len()` would show).
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.sp
    }

    /// Drop values from the top until `len` are left.
    #[inline(always)]
    pub fn truncate(&mut self, len: usize) {
        while self.sp > len {
            self.sp -= 1;
            // SAFETY: slot `sp` was live (sp > len >= 0 before the decrement)
            // and is no longer counted, so it is dropped exactly once. A
            // destructor cannot reach the registers: they are not in `vm`.
            unsafe { std::ptr::drop_in_place(self.buf.add(self.sp)) };
        }
    }

    /// Push within the room reserved for the running frame: the eval loop
    /// reserves `co_stacksize` slots above a frame's locals before running it
    /// (and `Regs::reserve` before laying out a callee's locals), and the
    /// compiler's depth analysis keeps every instruction within that room.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        debug_assert!(
            self.sp < self.cap,
            "value stack overflow (an interpreter bug)"
        );
        // SAFETY: sp < cap (the frame's reserved room, see above), so the
        // slot is inside the buffer and not live.
        unsafe { self.buf.add(self.sp).write(v) };
        self.sp += 1;
    }

    /// Make room for `additional` more values (a callee's locals and value
    /// stack, pushed on top of its arguments), growing the buffer if needed.
    #[inline(always)]
    pub fn reserve(&mut self, stack: &mut Vec<Value>, additional: usize) {
        if self.cap - self.sp < additional {
            // Passing `self` by value (not `&mut self`) keeps the registers
            // out of memory: a reference escaping to an out-of-line call
            // would pin them to the native stack.
            *self = Regs::grown(self.buf, self.sp, self.cap, stack, additional);
        }
    }

    #[cold]
    #[inline(never)]
    fn grown(
        buf: *mut Value,
        sp: usize,
        cap: usize,
        stack: &mut Vec<Value>,
        additional: usize,
    ) -> Regs {
        Regs { buf, sp, cap }.store(stack);
        stack.reserve(additional.max(16).max(stack.len() / 2));
        // SAFETY: the caller replaces its registers by these right away.
        unsafe { Regs::load(stack) }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        if cfg!(debug_assertions) && self.sp == 0 {
            underflow();
        }
        self.sp -= 1;
        // SAFETY: slot `sp` was live; it is no longer counted, so the value is
        // moved out exactly once.
        unsafe { self.buf.add(self.sp).read() }
    }

    /// Pop the top two values with one check: `(second, top)`, the operands
    /// of a binary instruction in order.
    #[inline(always)]
    pub fn pop2(&mut self) -> (Value, Value) {
        if cfg!(debug_assertions) && self.sp < 2 {
            underflow();
        }
        self.sp -= 2;
        // SAFETY: slots `sp` and `sp + 1` were live; they are no longer
        // counted, so each value is moved out exactly once.
        unsafe {
            (
                self.buf.add(self.sp).read(),
                self.buf.add(self.sp + 1).read(),
            )
        }
    }

    /// The `n`-th value from the top (1 = top), like CPython's `PEEK(n)`.
    #[inline(always)]
    pub fn peek(&self, n: usize) -> &Value {
        if cfg!(debug_assertions) && (n == 0 || n > self.sp) {
            underflow();
        }
        // SAFETY: 1 <= n <= sp, so the slot is live.
        unsafe { &*self.buf.add(self.sp - n) }
    }

    #[inline(always)]
    pub fn peek_mut(&mut self, n: usize) -> &mut Value {
        if cfg!(debug_assertions) && (n == 0 || n > self.sp) {
            underflow();
        }
        // SAFETY: 1 <= n <= sp, so the slot is live.
        unsafe { &mut *self.buf.add(self.sp - n) }
    }

    /// The value at absolute index `i` (a fast local: `base + arg`).
    #[inline(always)]
    pub fn get(&self, i: usize) -> &Value {
        if cfg!(debug_assertions) && i >= self.sp {
            underflow();
        }
        // SAFETY: i < sp, so the slot is live.
        unsafe { &*self.buf.add(i) }
    }

    #[inline(always)]
    pub fn get_mut(&mut self, i: usize) -> &mut Value {
        if cfg!(debug_assertions) && i >= self.sp {
            underflow();
        }
        // SAFETY: i < sp, so the slot is live.
        unsafe { &mut *self.buf.add(i) }
    }

    /// Pop the top `n` values into a `Vec`, bottom first (BUILD_TUPLE's
    /// operands in order), with one copy.
    #[inline]
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        if cfg!(debug_assertions) && n > self.sp {
            underflow();
        }
        let mut out = Vec::with_capacity(n);
        // SAFETY: the `n` slots below `sp` are live; they are copied into
        // `out`'s fresh buffer and no longer counted here, so each value
        // has exactly one owner.
        unsafe {
            std::ptr::copy_nonoverlapping(self.buf.add(self.sp - n), out.as_mut_ptr(), n);
            out.set_len(n);
        }
        self.sp -= n;
        out
    }

    /// SWAP(n): exchange the top with the `n`-th value from the top.
    #[inline(always)]
    pub fn swap_top(&mut self, n: usize) {
        if cfg!(debug_assertions) && (n == 0 || n > self.sp) {
            underflow();
        }
        // SAFETY: both slots are live (1 <= n <= sp); `swap` handles n == 1.
        unsafe { std::ptr::swap(self.buf.add(self.sp - 1), self.buf.add(self.sp - n)) }
    }
}

/// The compiler computes every instruction's stack depth, so reaching below
/// the bottom of the stack is an interpreter bug, never a Python error;
/// debug builds check for it on every access.
#[cold]
#[inline(never)]
fn underflow() -> ! {
    panic!("value stack underflow (an interpreter bug)")
}

#[cfg(test)]
mod tests {
    //! Runs under Miri: `cargo +nightly miri test -p taipan-vm regs`.
    use super::*;
    use taipan_object::Value;

    fn int(v: &Value) -> i64 {
        match v {
            Value::Int(i) => *i,
            _ => -1,
        }
    }

    #[test]
    fn push_pop_peek_and_grow_keep_values() {
        let mut stack: Vec<Value> = Vec::with_capacity(2);
        stack.push(Value::Int(7));
        let mut regs = unsafe { Regs::load(&mut stack) };
        assert_eq!(
            stack.len(),
            0,
            "the Vec must not own the values while loaded"
        );
        regs.reserve(&mut stack, 40);
        assert!(stack.capacity() >= 41, "reserve must grow the buffer");
        for i in 0..40 {
            regs.push(Value::Int(i));
        }
        assert_eq!(regs.len(), 41);
        assert_eq!(int(regs.peek(1)), 39);
        assert_eq!(int(regs.get(0)), 7);
        regs.swap_top(41);
        assert_eq!(int(regs.peek(1)), 7);
        *regs.peek_mut(2) = Value::Int(100);
        *regs.get_mut(0) = Value::Int(-5);
        let (second, top) = regs.pop2();
        assert_eq!((int(&second), int(&top)), (100, 7));
        let top3: Vec<i64> = regs.pop_n(3).iter().map(int).collect();
        assert_eq!(top3, vec![35, 36, 37]);
        assert!(regs.pop_n(0).is_empty());
        regs.push(Value::Int(35));
        regs.push(Value::Int(36));
        regs.push(Value::Int(37));
        regs.store(&mut stack);
        let got: Vec<i64> = stack.iter().map(int).collect();
        let mut want = vec![-5];
        want.extend(0..38);
        assert_eq!(got, want);
    }

    #[test]
    fn heap_values_are_dropped_exactly_once() {
        let vm = taipan_object::Vm::new();
        let s = vm.new_str_obj("kept");
        let mut stack: Vec<Value> = Vec::new();
        let mut regs = unsafe { Regs::load(&mut stack) };
        regs.reserve(&mut stack, 20);
        for _ in 0..20 {
            regs.push(Value::Obj(s.clone()));
        }
        assert_eq!(std::rc::Rc::strong_count(&s), 21);
        drop(regs.pop());
        drop(regs.pop2());
        drop(regs.pop_n(2));
        regs.push(Value::Obj(s.clone()));
        regs.push(Value::Obj(s.clone()));
        regs.push(Value::Obj(s.clone()));
        regs.push(Value::Obj(s.clone()));
        let v = regs.peek(3).clone();
        regs.swap_top(19);
        regs.store(&mut stack);
        assert_eq!(stack.len(), 19);
        assert_eq!(std::rc::Rc::strong_count(&s), 21);
        drop(v);
        stack.clear();
        assert_eq!(std::rc::Rc::strong_count(&s), 1);
    }

    #[test]
    #[should_panic(expected = "underflow")]
    fn popping_an_empty_stack_is_caught() {
        let mut stack: Vec<Value> = Vec::new();
        let mut regs = unsafe { Regs::load(&mut stack) };
        regs.pop();
    }
}
