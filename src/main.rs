//! The `dryad.so.1` binary: entry stub, allocator, panic handler, and the
//! C symbols the compiler expects. Everything else is in the library.
#![no_std]
#![no_main]

core::arch::global_asm!(include_str!("../arch/x86_64/start.S"), options(att_syntax));
core::arch::global_asm!(include_str!("../arch/x86_64/varargs.S"), options(att_syntax));
// One block: trampoline.S, tls.S, tlsdesc.S and profile.S use macros.S's macros.
core::arch::global_asm!(
    include_str!("../arch/x86_64/macros.S"),
    include_str!("../arch/x86_64/trampoline.S"),
    include_str!("../arch/x86_64/tls.S"),
    include_str!("../arch/x86_64/tlsdesc.S"),
    include_str!("../arch/x86_64/profile.S"),
    options(att_syntax)
);

mod cmem;

use dryad::rtld::{self, Handover};

#[global_allocator]
static HEAP: dryad::heap::MmapHeap = dryad::heap::MmapHeap::new();

/// Called by `_start` (arch/x86_64/start.S) once dryad is relocated, with
/// the initial stack pointer, dryad's load address, its `_DYNAMIC`, and
/// the run-time address of `_start` (to tell "run directly" from "started
/// as an interpreter").
///
/// # Safety
/// Only `_start` calls this, once.
#[no_mangle]
pub unsafe extern "C" fn dryad_start(sp: *mut usize, base: usize, _dynamic: *const u64, own_entry: usize) -> Handover {
    rtld::set_heap_fork_hooks(heap_lock_for_fork, heap_unlock_after_fork);
    // SAFETY: forwarded from `_start`.
    unsafe { rtld::start(sp, base, own_entry, dryad::glibc::select, dryad::glibc::command_line, dryad::glibc::search_hwcaps) }
}

/// The heap's part of fork (`rtld::fork_prepare`).
fn heap_lock_for_fork() {
    HEAP.lock_for_fork();
}

fn heap_unlock_after_fork() {
    // SAFETY: called only by rtld's fork handlers, after heap_lock_for_fork.
    unsafe { HEAP.unlock_after_fork() };
}

/// Passed to the program's entry point in %rdx; its libc registers it with
/// `atexit`.
#[no_mangle]
pub extern "C" fn dryad_fini() {
    rtld::run_finalisers();
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    // `handle_alloc_error` panics ("memory allocation of N bytes failed")
    // when the heap cannot grow: that is running out of memory, reported
    // as glibc reports it, not a bug.
    if dryad::heap::last_request_failed() {
        dryad::error::out_of_memory();
    }
    dryad::eprint!("dryad: internal error: {}\n", info);
    dryad::sys::exit(127)
}

/// The precompiled `core`/`alloc` contain unwinding landing pads that
/// reference this symbol. dryad is built with `panic = "abort"`, so no
/// unwind ever starts and this is unreachable; it exits rather than
/// pretend to unwind.
#[no_mangle]
pub extern "C" fn _Unwind_Resume() -> ! {
    dryad::sys::write_all(2, b"dryad: internal error: unexpected unwind\n");
    dryad::sys::exit(127)
}

/// Referenced from the unwind tables of the precompiled libraries; never
/// called, since nothing unwinds in a `panic = "abort"` build.
#[no_mangle]
pub extern "C" fn rust_eh_personality() {}
