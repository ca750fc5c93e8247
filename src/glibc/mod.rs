//! Everything that depends on glibc's private contract with its `ld.so`.
//!
//! The rest of dryad talks about objects, symbols and TLS in its own
//! terms; this module mirrors glibc 2.36's structures (`_rtld_global`,
//! `_rtld_global_ro`, `struct link_map`, the TCB) with their exact layout
//! and compile-time offset checks (layout.rs), fills them in the order
//! libc expects (handshake.rs), and provides the functions libc imports.
//! Another glibc version's layout would be added beside it.

pub mod cpu_features;
pub mod errors;
pub mod exports;
pub mod find_object;
pub mod handshake;
pub mod layout;
pub mod lookup_x;
pub mod printf;
pub mod pthread;
pub mod release;
pub mod tunables;

pub use layout::LinkMap;

/// `sizeof(struct pthread)` in glibc 2.36: the TCB at the thread pointer
/// (TLS_TCB_SIZE), and its alignment (TCB_ALIGNMENT).
pub const TCB_SIZE: usize = layout::TLS_TCB_SIZE;
pub const TCB_ALIGN: usize = layout::PTHREAD_ALIGN;

/// The calling thread's kernel thread id, from its `struct pthread`
/// (libc fills it for every thread it creates; dryad for the first).
pub fn current_tid() -> i32 {
    let tid: i32;
    // SAFETY: %fs points at the thread's TCB, whose `tid` field is at
    // PTHREAD_TID; it is readable for the thread's whole life.
    unsafe {
        core::arch::asm!("mov {:e}, dword ptr fs:[{off}]", out(reg) tid, off = const layout::PTHREAD_TID, options(nostack, readonly, preserves_flags));
    }
    tid
}
