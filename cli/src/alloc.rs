//! The `taipan` binary's global allocator: the system allocator behind a
//! per-thread cache of small free blocks, like CPython's free lists and
//! pymalloc pools.
//!
//! Python code allocates and frees small objects at a furious rate: a tuple
//! is two allocations, a bound method one, an exception a handful. glibc's
//! `malloc`/`free` pair costs about 110 instructions here (its `free` alone
//! runs `_int_free`); popping and pushing a block on a per-thread list costs
//! about ten. Blocks come from the system allocator rounded up to their size
//! class and go back to it when their list is full, so the cache holds at
//! most `MAX_CACHED` blocks per class (at most 2 MB, usually far less) and
//! never keeps memory the way a pooling allocator does: peak memory stays
//! the system allocator's.
//!
//! A block freed on another thread than the one that allocated it joins the
//! freeing thread's list; that is fine, since every block is a plain system
//! allocation of its class's size. Lists of a thread that exits are leaked
//! (bounded by the cache size); the interpreter runs on one thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// Sizes up to this are cached, in classes 8 bytes apart. Rounding a size up
/// to a multiple of 8 never changes the chunk glibc carves for it (it rounds
/// size + 8 up to 16), so caching costs no memory per live block.
const MAX_SMALL: usize = 128;
const CLASSES: usize = MAX_SMALL / 8;
/// Blocks kept per class before frees go back to the system allocator.
const MAX_CACHED: u32 = 2048;

/// One size class's free list: blocks linked through their first word.
struct FreeList {
    head: Cell<*mut u8>,
    len: Cell<u32>,
}

thread_local! {
    // `const` and without `Drop`: a plain thread-local, no lazy
    // initialisation or destructor registration, so usable from inside the
    // allocator.
    static LISTS: [FreeList; CLASSES] = const {
        [const {
            FreeList {
                head: Cell::new(ptr::null_mut()),
                len: Cell::new(0),
            }
        }; CLASSES]
    };
}

pub struct SmallAlloc;

/// The size class of a layout the cache serves (size 1..=128, alignment at
/// most 8, which every class size is a multiple of), or None.
#[inline(always)]
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size();
    if size == 0 || size > MAX_SMALL || layout.align() > 8 {
        return None;
    }
    Some((size - 1) / 8)
}

/// The layout the system allocator sees for every block of class `c`.
#[inline(always)]
fn class_layout(c: usize) -> Layout {
    // SAFETY: (c + 1) * 8 is a non-zero multiple of 8, at most 128, so it is
    // a valid size for alignment 8.
    unsafe { Layout::from_size_align_unchecked((c + 1) * 8, 8) }
}

// SAFETY: every block handed out is either fresh from `System` with its
// class's layout or a block of the same class given back earlier (and so no
// longer in use); `dealloc` returns blocks to the list of the class their
// layout maps to, which is the class they were allocated for, because Rust
// deallocates with the layout it allocated with.
unsafe impl GlobalAlloc for SmallAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class_of(layout) else {
            // SAFETY: the caller's contract for `layout` holds.
            return unsafe { System.alloc(layout) };
        };
        let cached = LISTS
            .try_with(|lists| {
                let list = &lists[c];
                let head = list.head.get();
                if !head.is_null() {
                    // SAFETY: `head` is a free block of this class (at least
                    // 8 bytes, 8-aligned) whose first word holds the next
                    // free block, written by `dealloc`.
                    list.head.set(unsafe { head.cast::<*mut u8>().read() });
                    list.len.set(list.len.get() - 1);
                }
                head
            })
            .unwrap_or(ptr::null_mut());
        if !cached.is_null() {
            return cached;
        }
        // SAFETY: a class layout is valid and non-zero.
        unsafe { System.alloc(class_layout(c)) }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(c) = class_of(layout) else {
            // SAFETY: `block` came from `System.alloc(layout)` above.
            return unsafe { System.dealloc(block, layout) };
        };
        let kept = LISTS
            .try_with(|lists| {
                let list = &lists[c];
                if list.len.get() >= MAX_CACHED {
                    return false;
                }
                // SAFETY: the block is no longer in use and has room for a
                // pointer at its (8-aligned) start.
                unsafe { block.cast::<*mut u8>().write(list.head.get()) };
                list.head.set(block);
                list.len.set(list.len.get() + 1);
                true
            })
            .unwrap_or(false);
        if !kept {
            // SAFETY: blocks of class `c` come from `System` with this layout.
            unsafe { System.dealloc(block, class_layout(c)) }
        }
    }

    #[inline]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY (for the calls below): the caller's contract: `block` was
        // allocated with `layout`, and `new_size` with its alignment is valid.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            // Same class: the block already has room.
            (Some(a), Some(b)) if a == b => block,
            // Both large: let the system allocator grow it in place if it can.
            (None, None) => unsafe { System.realloc(block, layout, new_size) },
            _ => unsafe {
                let new = self.alloc(new_layout);
                if !new.is_null() {
                    ptr::copy_nonoverlapping(block, new, layout.size().min(new_size));
                    self.dealloc(block, layout);
                }
                new
            },
        }
    }
}

#[cfg(test)]
mod tests {
    //! These call the allocator directly (not as the global one), so they can
    //! run under Miri: `cargo +nightly miri test -p taipan-cli alloc`.
    use super::*;

    #[test]
    fn small_blocks_are_reused_per_class_and_keep_their_contents() {
        let a = SmallAlloc;
        unsafe {
            let l20 = Layout::from_size_align(20, 4).unwrap();
            let p = a.alloc(l20);
            assert!(!p.is_null() && (p as usize).is_multiple_of(8));
            ptr::write_bytes(p, 0xab, 20);
            a.dealloc(p, l20);
            // A 24-byte request is the same class: it gets the freed block.
            let l24 = Layout::from_size_align(24, 8).unwrap();
            let q = a.alloc(l24);
            assert_eq!(p, q);
            ptr::write_bytes(q, 0xcd, 24);
            // Another class does not.
            let l32 = Layout::from_size_align(32, 8).unwrap();
            let r = a.alloc(l32);
            assert_ne!(r, q);
            ptr::write_bytes(r, 0xef, 32);
            assert_eq!(*q.add(23), 0xcd);
            a.dealloc(q, l24);
            a.dealloc(r, l32);
        }
    }

    #[test]
    fn realloc_keeps_the_data_across_classes_and_to_large_sizes() {
        let a = SmallAlloc;
        unsafe {
            let l = Layout::from_size_align(8, 8).unwrap();
            let mut p = a.alloc(l);
            for i in 0..8 {
                *p.add(i) = i as u8;
            }
            let mut size = 8;
            for new_size in [16, 40, 128, 129, 1000, 100, 9] {
                p = a.realloc(p, Layout::from_size_align(size, 8).unwrap(), new_size);
                assert!(!p.is_null());
                for i in 0..8 {
                    assert_eq!(*p.add(i), i as u8, "byte {i} after growing to {new_size}");
                }
                size = new_size;
            }
            a.dealloc(p, Layout::from_size_align(size, 8).unwrap());
        }
    }

    #[test]
    fn full_lists_give_blocks_back_and_large_or_overaligned_bypass() {
        let a = SmallAlloc;
        let l = Layout::from_size_align(64, 8).unwrap();
        let n = MAX_CACHED as usize + 10;
        let blocks: Vec<*mut u8> = (0..n).map(|_| unsafe { a.alloc(l) }).collect();
        for &b in &blocks {
            unsafe { a.dealloc(b, l) };
        }
        let kept = LISTS.with(|lists| lists[class_of(l).unwrap()].len.get());
        assert!(kept <= MAX_CACHED);
        unsafe {
            for layout in [
                Layout::from_size_align(4096, 8).unwrap(),
                Layout::from_size_align(64, 16).unwrap(),
            ] {
                assert_eq!(class_of(layout), None);
                let p = a.alloc(layout);
                assert!(!p.is_null() && (p as usize).is_multiple_of(layout.align()));
                a.dealloc(p, layout);
            }
        }
    }
}
