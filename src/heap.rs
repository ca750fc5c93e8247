//! dryad's memory allocator.
//!
//! A dynamic linker cannot use the program's `malloc` (it is not loaded
//! yet), so dryad brings its own: size classes from 16 bytes to 16 KiB
//! carved out of arenas with a free list per class, and a private `mmap`
//! for anything larger. It is small, has no metadata in front of blocks,
//! and is safe to call from several threads (lazy binding and `dlopen` run
//! in program threads) behind one spin lock.
//!
//! What startup costs is what matters most (issue 11), so:
//!
//! - the first arena is part of dryad's own `.bss` (`INITIAL` bytes): a
//!   small program starts without a single `mmap` for the heap, and only
//!   the pages actually handed out are ever touched; later arenas are
//!   64 KiB `mmap`s;
//! - the classes are 16-byte steps up to 128 bytes, then four per power
//!   of two (160, 192, 224, 256, 320, ...): a block wastes at most a
//!   quarter of its size, so the touched part of the heap stays compact;
//! - blocks fresh from an arena are zero already (`alloc_zeroed` does
//!   not clear them again), and `realloc` of the block the arena handed
//!   out last grows it in place instead of copying it;
//! - the topmost block of the arena, when freed, goes back to the arena
//!   (cleared) rather than to a free list, so that a block grown in place
//!   and freed does not strand memory in a larger class each time.
//!
//! Requests aligned to more than 16 bytes (rare: nothing at startup) use
//! power-of-two classes of their own, each block aligned to its size.

use crate::sys;
use core::alloc::{GlobalAlloc, Layout};
use core::sync::atomic::{AtomicUsize, Ordering};
use core::cell::UnsafeCell;
use core::ptr;

const PAGE: usize = 4096;

/// Whether `realloc` may keep a block in place when its class changes
/// (grow the bump region's last block, shrink any): such a block goes back
/// to the other class's list when freed, which costs nothing at startup
/// (it allocates once and keeps most of it), but a pattern repeated for
/// ever (a plugin opened and closed in a loop) would move a block from one
/// class to another each time, and that class's list would grow without
/// end. Off once startup is over.
static GROW_IN_PLACE: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(true);

/// Startup is over: see [`GROW_IN_PLACE`].
pub fn startup_done() {
    GROW_IN_PLACE.store(false, core::sync::atomic::Ordering::Relaxed);
}
/// The size of every arena after the first.
const ARENA: usize = 64 * 1024;
/// The largest block served from an arena.
const MAX_CLASS: usize = 16 * 1024;
/// 8 classes of 16-byte steps up to 128, then 4 per power of two up to
/// MAX_CLASS (256, 512, ..., 16384: 7 powers).
const CLASSES: usize = 8 + 4 * 7;
/// Power-of-two classes for alignments above 16: 32 .. MAX_CLASS.
const ALIGNED_CLASSES: usize = 10;
const ALIGNED_MIN_SHIFT: u32 = 5;

/// The class of a size (`1..=MAX_CLASS`) for the common alignment (<= 16).
fn class_index(size: usize) -> usize {
    if size <= 128 {
        return (size.max(1) + 15) / 16 - 1;
    }
    // 2^k < size <= 2^(k+1), k >= 7; four steps of 2^(k-2) above 2^k.
    let k = (usize::BITS - 1 - (size - 1).leading_zeros()) as usize;
    let step = 1usize << (k - 2);
    let idx = (size - (1 << k)).div_ceil(step); // 1..=4
    8 + (k - 7) * 4 + (idx - 1)
}

/// The block size of class `c` (the inverse of [`class_index`]).
fn class_size(c: usize) -> usize {
    if c < 8 {
        return (c + 1) * 16;
    }
    let k = 7 + (c - 8) / 4;
    (1 << k) + ((c - 8) % 4 + 1) * (1 << (k - 2))
}

/// Where a layout is served from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// A 16-byte aligned class (index into the free lists).
    Small(usize),
    /// A power-of-two class aligned to its size (index: log2 - 5).
    Aligned(usize),
    /// Its own mapping.
    Large,
}

impl Class {
    fn of(layout: &Layout) -> Class {
        let size = layout.size().max(1);
        if layout.align() <= 16 {
            if size <= MAX_CLASS {
                return Class::Small(class_index(size));
            }
            return Class::Large;
        }
        let p = size.max(layout.align()).next_power_of_two();
        if p <= MAX_CLASS {
            return Class::Aligned(p.trailing_zeros().max(ALIGNED_MIN_SHIFT) as usize - ALIGNED_MIN_SHIFT as usize);
        }
        Class::Large
    }

    /// Block size and the alignment of its start.
    fn size_align(self) -> (usize, usize) {
        match self {
            Class::Small(c) => (class_size(c), 16),
            Class::Aligned(a) => {
                let s = 1 << (a + ALIGNED_MIN_SHIFT as usize);
                (s, s)
            }
            Class::Large => (0, PAGE),
        }
    }
}

struct State {
    free: [*mut u8; CLASSES],
    aligned_free: [*mut u8; ALIGNED_CLASSES],
    bump: usize,
    bump_end: usize,
    /// The last block handed out from the bump region (`realloc` may
    /// grow it in place) and its end.
    last: usize,
    /// Whether the `.bss` arena has been taken into use.
    initial_taken: bool,
}

// SAFETY: the raw pointers are owned by the allocator and only touched
// under the spin lock.
unsafe impl Send for State {}

/// The first arena, inside the allocator (so inside `.bss` for dryad's
/// static allocator).
#[repr(C, align(4096))]
struct Initial<const N: usize>(UnsafeCell<[u8; N]>);

/// The allocator, with a first arena of `INITIAL` bytes (a multiple of
/// the page size; 0 for none) inside it.
pub struct MmapHeap<const INITIAL: usize = { 64 * 1024 }> {
    state: spin::Mutex<State>,
    initial: Initial<INITIAL>,
}

// SAFETY: the initial arena's bytes are handed out (each byte to one
// block) under the spin lock only, like the rest of the state; the
// allocator never reads or writes a block it has handed out, except the
// free-list word of a freed one, also under the lock.
unsafe impl<const INITIAL: usize> Sync for MmapHeap<INITIAL> {}

impl<const INITIAL: usize> MmapHeap<INITIAL> {
    pub const fn new() -> Self {
        MmapHeap {
            state: spin::Mutex::new(State {
                free: [ptr::null_mut(); CLASSES],
                aligned_free: [ptr::null_mut(); ALIGNED_CLASSES],
                bump: 0,
                bump_end: 0,
                last: 0,
                initial_taken: false,
            }),
            initial: Initial(UnsafeCell::new([0; INITIAL])),
        }
    }

    /// Takes the allocator's lock and keeps it, for fork
    /// (`rtld::fork_prepare`): no other thread is inside the allocator
    /// while the process is copied.
    pub fn lock_for_fork(&self) {
        core::mem::forget(self.state.lock());
    }

    /// Releases what [`lock_for_fork`](Self::lock_for_fork) took.
    ///
    /// # Safety
    /// Only after `lock_for_fork`, once.
    pub unsafe fn unlock_after_fork(&self) {
        // SAFETY: the lock is held, its guard forgotten (the caller's
        // contract).
        unsafe { self.state.force_unlock() };
    }

    /// A block of `class` (not Large) and whether it is fresh (never
    /// handed out before, so still zero).
    fn take(&self, class: Class) -> Option<(*mut u8, bool)> {
        let (size, align) = class.size_align();
        let mut st = self.state.lock();
        let head = match class {
            Class::Small(c) => &mut st.free[c],
            Class::Aligned(a) => &mut st.aligned_free[a],
            Class::Large => return None,
        };
        let block = *head;
        if !block.is_null() {
            // SAFETY: a free block holds the next pointer in its first word.
            *head = unsafe { *(block as *mut *mut u8) };
            return Some((block, false));
        }
        let mut start = st.bump.next_multiple_of(align);
        if st.bump == 0 || start + size > st.bump_end {
            let arena = if !st.initial_taken && INITIAL >= size + align {
                st.initial_taken = true;
                (self.initial.0.get() as usize, INITIAL)
            } else {
                let a = map_pages(ARENA);
                if a.is_null() {
                    return None;
                }
                (a as usize, ARENA)
            };
            st.bump = arena.0;
            st.bump_end = arena.0 + arena.1;
            start = st.bump.next_multiple_of(align);
        }
        st.bump = start + size;
        st.last = start;
        Some((start as *mut u8, true))
    }
}

impl<const INITIAL: usize> Default for MmapHeap<INITIAL> {
    fn default() -> Self {
        Self::new()
    }
}

fn map_pages(len: usize) -> *mut u8 {
    // SAFETY: a fresh private anonymous mapping replaces nothing.
    match unsafe {
        sys::mmap(0, len, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
    } {
        Ok(addr) => addr as *mut u8,
        Err(_) => ptr::null_mut(),
    }
}

fn map_large(layout: &Layout) -> *mut u8 {
    if layout.align() > PAGE {
        return ptr::null_mut();
    }
    map_pages(layout.size().next_multiple_of(PAGE))
}

/// The size of the last request the allocator could not serve, until one
/// it serves: the panic that `alloc`'s `handle_alloc_error` raises after a
/// failure is then reported as running out of memory
/// (`error::out_of_memory`), not as an internal error. (A failure the
/// caller handles, `try_reserve`, is forgotten at the next success.)
static FAILED: AtomicUsize = AtomicUsize::new(0);

/// Whether the allocator's last request failed (see [`FAILED`]).
pub fn last_request_failed() -> bool {
    FAILED.load(Ordering::Relaxed) != 0
}

/// Notes the outcome of a request of `size` bytes that gave `block`.
#[inline]
fn note(block: *mut u8, size: usize) -> *mut u8 {
    if block.is_null() {
        FAILED.store(size.max(1), Ordering::Relaxed);
    } else if FAILED.load(Ordering::Relaxed) != 0 {
        FAILED.store(0, Ordering::Relaxed);
    }
    block
}

// SAFETY: blocks handed out never overlap (each comes from the bump region
// once, or from the free list of its class it was returned to, or is a
// block grown in place over bump space no one else holds), are aligned as
// their layout asks (16-byte classes for alignments up to 16, power-of-two
// classes aligned to their size above that, chosen from the layout alone so
// that `dealloc` finds the same class), and large blocks are whole private
// mappings.
unsafe impl<const INITIAL: usize> GlobalAlloc for MmapHeap<INITIAL> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let block = match Class::of(&layout) {
            Class::Large => map_large(&layout),
            class => self.take(class).map_or(ptr::null_mut(), |(p, _)| p),
        };
        note(block, layout.size())
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let mut st = self.state.lock();
        let class = Class::of(&layout);
        if class != Class::Large {
            // The topmost block of the bump region (nothing was carved
            // after it) goes back to the region rather than to a free
            // list: a block that grew in place (`realloc`) was freed into
            // a larger class than the next request of the same code asks
            // for, so "allocate, grow, free" in a loop left a block behind
            // each round (issue 14: 80 bytes per file the search tried).
            // Cleared first: the bump region hands out zeroed memory.
            let (size, _) = class.size_align();
            if st.bump == block as usize + size {
                // SAFETY: the block (`size` bytes, its class's) is no
                // longer in use and lies in the current arena.
                unsafe { ptr::write_bytes(block, 0, size) };
                st.bump = block as usize;
                st.last = 0;
                return;
            }
        }
        let head = match class {
            Class::Large => {
                drop(st);
                // SAFETY: large blocks are whole mappings of this length.
                let _ = unsafe { sys::munmap(block as usize, layout.size().next_multiple_of(PAGE)) };
                return;
            }
            Class::Small(c) => &mut st.free[c],
            Class::Aligned(a) => &mut st.aligned_free[a],
        };
        // SAFETY: the block is at least 16 bytes and no longer in use.
        unsafe { *(block as *mut *mut u8) = *head };
        *head = block;
        if st.last == block as usize {
            st.last = 0;
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let block = match Class::of(&layout) {
            // Fresh anonymous mappings are zero already.
            Class::Large => map_large(&layout),
            class => match self.take(class) {
                Some((p, fresh)) => {
                    if !fresh {
                        // SAFETY: `p` points to at least `layout.size()` writable bytes.
                        unsafe { ptr::write_bytes(p, 0, layout.size()) };
                    }
                    p
                }
                None => ptr::null_mut(),
            },
        };
        note(block, layout.size())
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees that `new_size` with this alignment
        // is a valid layout.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let (old, new) = (Class::of(&layout), Class::of(&new_layout));
        if old == new && old != Class::Large {
            // The block is big enough already.
            return block;
        }
        if let (Class::Small(_), Class::Small(_)) = (old, new) {
            let (old_size, _) = old.size_align();
            let (size, _) = new.size_align();
            // During startup a shrunk block stays where it is (it goes back
            // to the smaller class's list when freed, its tail unused: no
            // copy, and startup does it once). After startup it moves to
            // the smaller class: a pattern repeated for ever (a plugin
            // opened and closed in a loop) would lose a tail each time.
            // (The tail cannot go back to the bump region, which hands out
            // only memory never written.)
            let startup = GROW_IN_PLACE.load(core::sync::atomic::Ordering::Relaxed);
            if size < old_size && startup {
                return block;
            }
            if size > old_size && startup {
                let mut st = self.state.lock();
                // The last block handed out from the bump region, which
                // nothing follows: grow it where it is.
                if st.last == block as usize && st.bump == block as usize + old_size && block as usize + size <= st.bump_end {
                    st.bump = block as usize + size;
                    return block;
                }
            }
        }
        // SAFETY: the contract of `alloc`, `copy_nonoverlapping` (two live
        // blocks) and `dealloc` (the old block, no longer used).
        unsafe {
            let new_block = self.alloc(new_layout);
            if !new_block.is_null() {
                ptr::copy_nonoverlapping(block, new_block, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            new_block
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_sizes_round_trip() {
        for c in 0..CLASSES {
            assert_eq!(class_index(class_size(c)), c, "class {c}");
            assert_eq!(class_size(c) % 16, 0);
        }
        assert_eq!(class_size(CLASSES - 1), MAX_CLASS);
        for size in 1..=MAX_CLASS {
            let c = class_index(size);
            assert!(class_size(c) >= size, "size {size}");
            assert!(c == 0 || class_size(c - 1) < size, "size {size}");
            // At most a quarter wasted above 128 bytes.
            assert!(size <= 128 || class_size(c) * 4 <= size * 5 + 64, "size {size}");
        }
    }

    fn exercise<const N: usize>(heap: &MmapHeap<N>) {
        let mut seen = std::vec::Vec::new();
        for &(size, align) in &[(1, 1), (16, 8), (17, 8), (100, 64), (2048, 16), (5000, 8), (3, 256), (20000, 8), (9000, 4096), (700, 16)] {
            let layout = Layout::from_size_align(size, align).unwrap();
            // SAFETY: test of the allocator contract.
            let p = unsafe { heap.alloc(layout) };
            assert!(!p.is_null());
            assert_eq!(p as usize % align, 0, "size {size} align {align}");
            // SAFETY: we own `size` bytes at p.
            unsafe { ptr::write_bytes(p, 0xAB, size) };
            seen.push((p, layout));
        }
        for (i, &(p, l)) in seen.iter().enumerate() {
            for &(q, m) in &seen[i + 1..] {
                let (a, b) = (p as usize, q as usize);
                assert!(a + l.size() <= b || b + m.size() <= a, "blocks overlap");
            }
        }
        for (p, layout) in seen {
            // SAFETY: freeing what we allocated.
            unsafe { heap.dealloc(p, layout) };
        }
        let layout = Layout::from_size_align(40, 8).unwrap();
        // SAFETY: alloc_zeroed returns zeroed memory, even a recycled block.
        let p = unsafe { heap.alloc_zeroed(layout) };
        // SAFETY: 40 readable bytes.
        assert!(unsafe { core::slice::from_raw_parts(p, 40) }.iter().all(|&b| b == 0));
    }

    #[test]
    fn classes_and_alignment() {
        exercise(&MmapHeap::<0>::new());
        exercise(&std::boxed::Box::new(MmapHeap::<{ 64 * 1024 }>::new()));
    }

    #[test]
    fn realloc_keeps_contents_and_grows_in_place() {
        let heap = std::boxed::Box::new(MmapHeap::<{ 64 * 1024 }>::new());
        let mut layout = Layout::from_size_align(24, 8).unwrap();
        // SAFETY: test of the allocator contract.
        let mut p = unsafe { heap.alloc(layout) };
        let first = p;
        for size in [48, 100, 1000, 5000, 12000] {
            // SAFETY: we own `layout.size()` bytes at p.
            unsafe { ptr::write_bytes(p, size as u8, layout.size()) };
            let old = layout.size();
            // SAFETY: `p` was allocated with `layout`.
            p = unsafe { heap.realloc(p, layout, size) };
            // SAFETY: the old contents were kept.
            assert!(unsafe { core::slice::from_raw_parts(p, old) }.iter().all(|&b| b == size as u8));
            layout = Layout::from_size_align(size, 8).unwrap();
        }
        // Nothing else was allocated: every step grew the last block.
        assert_eq!(p, first);
        // Another block now follows: growing again must move it.
        // SAFETY: test of the allocator contract.
        let q = unsafe { heap.alloc(Layout::from_size_align(16, 8).unwrap()) };
        // SAFETY: `p` was allocated with `layout`.
        let r = unsafe { heap.realloc(p, layout, 16000) };
        assert_ne!(r, p);
        assert!(r as usize >= q as usize + 16 || r as usize + 16000 <= q as usize);
    }
}
