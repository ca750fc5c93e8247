//! dryad's memory allocator.
//!
//! A dynamic linker cannot use the program's `malloc` (it is not loaded
//! yet), so dryad brings its own: size classes from 16 to 2048 bytes carved
//! out of 64 KiB `mmap` arenas with a free list per class, and a private
//! `mmap` for anything larger. It is small, has no metadata in front of
//! blocks, and is safe to call from several threads (lazy binding and
//! `dlopen` run in program threads) behind one spin lock.

use crate::sys;
use core::alloc::{GlobalAlloc, Layout};
use core::ptr;

const PAGE: usize = 4096;
const ARENA: usize = 64 * 1024;
const MIN_CLASS: usize = 16;
const MAX_CLASS: usize = 2048;
const CLASSES: usize = 8; // 16, 32, ..., 2048

struct State {
    free: [*mut u8; CLASSES],
    bump: usize,
    bump_end: usize,
}

// SAFETY: the raw pointers are owned by the allocator and only touched
// under the spin lock.
unsafe impl Send for State {}

pub struct MmapHeap {
    state: spin::Mutex<State>,
}

impl MmapHeap {
    pub const fn new() -> Self {
        MmapHeap {
            state: spin::Mutex::new(State { free: [ptr::null_mut(); CLASSES], bump: 0, bump_end: 0 }),
        }
    }
}

impl Default for MmapHeap {
    fn default() -> Self {
        Self::new()
    }
}

fn class_of(layout: &Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(MIN_CLASS);
    if size > MAX_CLASS {
        return None;
    }
    let rounded = size.next_power_of_two();
    Some(rounded.trailing_zeros() as usize - MIN_CLASS.trailing_zeros() as usize)
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

// SAFETY: blocks handed out never overlap (each comes from the bump region
// once or from a free list it was returned to), are aligned to their class
// size (a power of two at least as large as the requested alignment, carved
// from page-aligned arenas at multiples of the class size), and large blocks
// are whole private mappings.
unsafe impl GlobalAlloc for MmapHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(&layout) else {
            if layout.align() > PAGE {
                return ptr::null_mut();
            }
            return map_pages(layout.size().next_multiple_of(PAGE));
        };
        let size = MIN_CLASS << class;
        let mut st = self.state.lock();
        let head = st.free[class];
        if !head.is_null() {
            // SAFETY: a free block holds the next pointer in its first word.
            st.free[class] = unsafe { *(head as *mut *mut u8) };
            return head;
        }
        let mut start = st.bump.next_multiple_of(size);
        if start + size > st.bump_end || st.bump == 0 {
            let arena = map_pages(ARENA);
            if arena.is_null() {
                return ptr::null_mut();
            }
            st.bump = arena as usize;
            st.bump_end = arena as usize + ARENA;
            start = st.bump;
        }
        st.bump = start + size;
        start as *mut u8
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        match class_of(&layout) {
            None => {
                // SAFETY: large blocks are whole mappings of this length.
                let _ = unsafe { sys::munmap(block as usize, layout.size().next_multiple_of(PAGE)) };
            }
            Some(class) => {
                let mut st = self.state.lock();
                // SAFETY: the block is at least 16 bytes and no longer in use.
                unsafe { *(block as *mut *mut u8) = st.free[class] };
                st.free[class] = block;
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as `alloc`.
        let p = unsafe { self.alloc(layout) };
        if !p.is_null() && class_of(&layout).is_some() {
            // SAFETY: `p` points to at least `layout.size()` writable bytes.
            unsafe { ptr::write_bytes(p, 0, layout.size()) };
        }
        // Large blocks are fresh anonymous mappings, already zero.
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_and_alignment() {
        let heap = MmapHeap::new();
        let mut seen = std::vec::Vec::new();
        for &(size, align) in &[(1, 1), (16, 8), (17, 8), (100, 64), (2048, 16), (5000, 8), (3, 256)] {
            let layout = Layout::from_size_align(size, align).unwrap();
            // SAFETY: test of the allocator contract.
            let p = unsafe { heap.alloc(layout) };
            assert!(!p.is_null());
            assert_eq!(p as usize % align, 0, "size {size} align {align}");
            // SAFETY: we own `size` bytes at p.
            unsafe { ptr::write_bytes(p, 0xAB, size) };
            seen.push((p, layout));
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
}
