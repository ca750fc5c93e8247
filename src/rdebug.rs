//! The debugger interface (`<link.h>`'s `struct r_debug`).
//!
//! A debugger finds `_r_debug` through the program's `DT_DEBUG` entry (which
//! dryad fills in) or by symbol name in the interpreter, walks `r_map`
//! (the `l_next` chain of link maps) to learn which objects are loaded
//! where, and puts a breakpoint on `r_brk` (`_dl_debug_state`), which
//! dryad calls each time the list changes: first with `r_state = RT_ADD`
//! before objects are mapped, then with `RT_CONSISTENT` once the list is
//! complete again.
//!
//! At startup the first RT_ADD already shows the program and dryad, as
//! glibc's first event shows the program and ld.so: gdb keeps the objects
//! it has seen in the order it first saw them, so this is what puts the
//! dynamic linker first in its `info sharedlibrary`, also when dryad is run
//! directly (then gdb knows no interpreter of its own). The release's link
//! maps do not exist yet (their layout is the libc's, known only once
//! libc.so.6 is loaded), so that first list is two entries of the public
//! head every release shares (`<link.h>`: l_addr, l_name, l_ld, l_next,
//! l_prev), replaced by the real chain when it is published.

// C symbol names (glibc ABI), exported with the `rtld` feature.
#![allow(non_upper_case_globals)]

use crate::abi::Handle;
use crate::namespace::Namespace;

pub const RT_CONSISTENT: i32 = 0;
pub const RT_ADD: i32 = 1;
pub const RT_DELETE: i32 = 2;

/// `struct r_debug` (40 bytes, what every debugger reads), extended as
/// glibc 2.35 extended it (`struct r_debug_extended`): `r_next` chains the
/// `dlmopen` namespaces' lists, and `r_version` is 2 once there is one.
#[repr(C)]
pub struct RDebug {
    pub r_version: i32,
    /// The first object's handle: an SVR4 `struct link_map` chain.
    pub r_map: Handle,
    pub r_brk: usize,
    pub r_state: i32,
    pub r_ldbase: usize,
    /// The next namespace's, or NULL.
    pub r_next: *mut RDebug,
}

const _: () = assert!(core::mem::size_of::<RDebug>() == 48);

/// The size of the public part (`struct r_debug`).
pub const BASE_SIZE: usize = 40;

/// The `_r_debug` every debugger looks for (exported, GLIBC_2.2.5), with
/// its `r_next`: glibc 2.35 on exports `_r_debug` as the first 40 bytes
/// (a `struct r_debug`) of its `struct r_debug_extended`, and so does
/// dryad: the symbol is an alias of this one, with that size (the
/// `global_asm!` below), since a program's copy relocation copies what
/// the symbol's size says.
#[cfg_attr(feature = "rtld", no_mangle)]
pub static mut dryad_r_debug: RDebug =
    RDebug { r_version: 0, r_map: Handle::NULL, r_brk: 0, r_state: RT_CONSISTENT, r_ldbase: 0, r_next: core::ptr::null_mut() };

#[cfg(feature = "rtld")]
core::arch::global_asm!(
    ".globl _r_debug",
    ".type _r_debug, @object",
    ".set _r_debug, dryad_r_debug",
    ".size _r_debug, 40",
);

/// The function debuggers break on. It must stay a real, out-of-line call.
#[cfg_attr(feature = "rtld", no_mangle)]
#[inline(never)]
pub extern "C" fn _dl_debug_state() {
    // SAFETY: an empty asm statement: only keeps the function from being
    // optimised away or merged.
    unsafe { core::arch::asm!("", options(nomem, nostack, preserves_flags)) };
}

fn r_debug() -> *mut RDebug {
    &raw mut dryad_r_debug
}

/// The program's own `_r_debug` (a COPY relocation's, or an interposing
/// definition), if the libc's release keeps it up to date too (glibc's
/// `_dl_debug_post_relocate`, 2.42 on); 0 if none.
static MAIN_COPY: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);

/// Records `at`, another `struct r_debug` than dryad's own, to mirror
/// `r_map` and `r_state` to from now on. It gets version 1 and dryad's
/// current values now: a COPY relocation copied them when the program was
/// relocated, which may have been before the chain was published.
pub fn set_main_copy(at: usize) {
    let r = r_debug();
    if at == 0 || at == r as usize {
        return;
    }
    // SAFETY: `at` is the address of a definition of `_r_debug` at least
    // as large as `struct r_debug` (the caller checked st_size), in a
    // writable data segment of a loaded object, not dryad's own (checked
    // above); single-threaded startup.
    unsafe {
        let copy = at as *mut RDebug;
        (*copy).r_version = 1;
        (*copy).r_map = (*r).r_map;
        (*copy).r_brk = (*r).r_brk;
        (*copy).r_state = (*r).r_state;
        (*copy).r_ldbase = (*r).r_ldbase;
    }
    MAIN_COPY.store(at, core::sync::atomic::Ordering::Release);
}

/// The mirror of `_r_debug`, if there is one.
fn main_copy() -> Option<*mut RDebug> {
    match MAIN_COPY.load(core::sync::atomic::Ordering::Acquire) {
        0 => None,
        at => Some(at as *mut RDebug),
    }
}

/// `<link.h>`'s public `struct link_map`: what a debugger reads of an entry.
#[repr(C)]
struct PublicLinkMap {
    l_addr: usize,
    l_name: *const u8,
    l_ld: usize,
    l_next: *mut PublicLinkMap,
    l_prev: *mut PublicLinkMap,
}

const EMPTY: PublicLinkMap =
    PublicLinkMap { l_addr: 0, l_name: core::ptr::null(), l_ld: 0, l_next: core::ptr::null_mut(), l_prev: core::ptr::null_mut() };

/// The program and dryad, as the first startup event lists them.
static mut STARTUP_LIST: [PublicLinkMap; 2] = [EMPTY, EMPTY];

/// Announces the startup objects about to be added, with the program and
/// dryad already listed (see the module comment).
pub fn begin_startup(ns: &Namespace) {
    let main = &ns.objects[ns.main];
    let dryad = &ns.objects[ns.dryad];
    let list = &raw mut STARTUP_LIST;
    // SAFETY: startup is single-threaded and this runs once, before any
    // other reference to STARTUP_LIST exists; dryad's `path_c` is
    // NUL-terminated and lives as long as its Object (the process).
    unsafe {
        let first = &raw mut (*list)[0];
        let second = &raw mut (*list)[1];
        *first = PublicLinkMap { l_addr: main.base, l_name: c"".as_ptr() as *const u8, l_ld: main.dynamic_addr, l_next: second, l_prev: core::ptr::null_mut() };
        *second = PublicLinkMap { l_addr: dryad.base, l_name: dryad.path_c().as_ptr(), l_ld: dryad.dynamic_addr, l_next: core::ptr::null_mut(), l_prev: first };
        (*r_debug()).r_map = Handle::from_ptr(first);
    }
    begin_add(dryad.base);
}

/// Announces that objects are about to be added.
pub fn begin_add(ldbase: usize) {
    let r = r_debug();
    // SAFETY: `_r_debug` is only written by the thread that loads objects
    // (at startup there is only one thread).
    unsafe {
        (*r).r_version = (*r).r_version.max(1);
        (*r).r_brk = _dl_debug_state as *const () as usize;
        (*r).r_ldbase = ldbase;
        (*r).r_state = RT_ADD;
        if let Some(copy) = main_copy() {
            (*copy).r_state = RT_ADD;
        }
    }
    _dl_debug_state();
}

/// Announces that objects are about to be removed (dlclose, after their
/// finalisers ran).
pub fn begin_delete() {
    let r = r_debug();
    // SAFETY: written by the thread that holds the namespace write lock.
    unsafe {
        (*r).r_state = RT_DELETE;
        if let Some(copy) = main_copy() {
            (*copy).r_state = RT_DELETE;
        }
    }
    _dl_debug_state();
}

/// Publishes the (already linked) `l_next` chain in `_r_debug` and the
/// program's DT_DEBUG. The state stays RT_ADD until [`consistent`].
pub fn publish(ns: &Namespace) {
    let first = ns.chain_order().first().map_or(Handle::NULL, |&i| ns.objects[i].handle);
    let r = r_debug();
    // SAFETY: single-threaded at startup; see `begin_add`.
    unsafe {
        (*r).r_map = first;
        if let Some(copy) = main_copy() {
            (*copy).r_map = first;
        }
    }
    let main = &ns.objects[ns.main];
    if let Some(slot) = main.dynamic.debug_slot {
        if main.segments.iter().any(|s| s.prot & libc::PROT_WRITE != 0 && slot >= s.start && slot + 8 <= s.end) {
            // SAFETY: the d_val word of the program's DT_DEBUG entry, in a
            // writable segment (checked just above).
            unsafe { *(slot as *mut usize) = r as usize };
        }
    }
}

/// The `dlmopen` namespaces' lists (namespace n's at n - 1), as glibc's
/// `_r_debug_array` (before 2.42: each namespace's `_ns_debug`). Only
/// debuggers read them, through `_r_debug.r_next`.
static mut NAMESPACE_LISTS: [RDebug; crate::namespace::NAMESPACES - 1] = [const {
    RDebug { r_version: 0, r_map: Handle::NULL, r_brk: 0, r_state: RT_CONSISTENT, r_ldbase: 0, r_next: core::ptr::null_mut() }
}; crate::namespace::NAMESPACES - 1];

/// Namespace `lmid`'s list for debuggers (glibc 2.35's
/// `_dl_debug_initialize`): set up and chained after the others the first
/// time (and `_r_debug`'s version becomes 2, which tells a debugger to
/// follow `r_next`), then pointed at the namespace's first map `first`
/// (NULL once it is empty; it stays in the chain, as in glibc).
/// Called with the namespace write lock held.
pub fn namespace_list(lmid: usize, first: Handle) {
    let head = r_debug();
    // SAFETY: the lists are written only by the thread holding the
    // namespace write lock, as `_r_debug` is; `lmid` is 1..NAMESPACES.
    unsafe {
        let r = &raw mut (*(&raw mut NAMESPACE_LISTS))[lmid - 1];
        if (*r).r_brk == 0 {
            (*r).r_version = 2;
            (*r).r_ldbase = (*head).r_ldbase;
            (*r).r_brk = _dl_debug_state as *const () as usize;
            (*r).r_next = core::ptr::null_mut();
            let mut p = head;
            while !(*p).r_next.is_null() {
                p = (*p).r_next;
            }
            (*p).r_next = r;
            (*head).r_version = 2;
        }
        (*r).r_map = first;
    }
}

/// Tells the debugger the list is consistent (after startup, and after
/// each dlopen).
pub fn consistent() {
    let r = r_debug();
    // SAFETY: written by the thread that loads objects: at startup the only
    // thread, later the dlopen holding the namespace write lock.
    unsafe {
        (*r).r_state = RT_CONSISTENT;
        if let Some(copy) = main_copy() {
            (*copy).r_state = RT_CONSISTENT;
        }
    }
    _dl_debug_state();
}
