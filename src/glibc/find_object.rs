//! `_dl_find_object` and `_dl_find_dso_for_object`: which loaded object
//! contains an address.
//!
//! libgcc's unwinder (C++ exceptions, Rust panics, `pthread_exit`,
//! `backtrace`) calls libc's `_dl_find_object`, which jumps through
//! `GLRO(dl_find_object)`, for every frame. dryad keeps a table of every
//! object's address range, rebuilt at startup and after each dlopen, and
//! answers under a spin read lock: cheap, and never blocked except while a
//! dlopen replaces the table (glibc's version is lock-free; a signal
//! handler unwinding on the thread that is inside dlopen's table update
//! would wait forever: a known limitation).

use super::shared::{DlFindObject, LinkMap};
use crate::namespace::Namespace;
use alloc::vec::Vec;
use core::ffi::c_void;
use goblin::elf::program_header::PT_GNU_EH_FRAME;

struct Entry {
    start: usize,
    end: usize,
    map: *mut LinkMap,
    eh_frame: usize,
    segments: Vec<(usize, usize)>,
}

struct Table(Vec<Entry>);
// SAFETY: the table is immutable after publication; the link-map pointers
// it holds are only handed out, never dereferenced here.
unsafe impl Sync for Table {}
// SAFETY: as above.
unsafe impl Send for Table {}

static TABLE: spin::RwLock<Table> = spin::RwLock::new(Table(Vec::new()));

/// Records every object's address range (after startup, and again after
/// each dlopen).
pub fn publish(ns: &Namespace) {
    let entries = ns
        .objects
        .iter()
        .map(|o| Entry {
            start: o.map_start,
            end: o.map_end,
            map: o.handle.cast::<LinkMap>(),
            eh_frame: o.phdrs.iter().find(|p| p.p_type == PT_GNU_EH_FRAME).map_or(0, |p| o.base + p.p_vaddr as usize),
            segments: o.segments.iter().map(|s| (s.start, s.end)).collect(),
        })
        .collect();
    *TABLE.write() = Table(entries);
}

/// (start, end, link map, eh_frame, inside a segment) of the object
/// containing `addr`.
fn find(addr: usize) -> Option<(usize, usize, *mut LinkMap, usize, bool)> {
    let t = TABLE.read();
    let e = t.0.iter().find(|e| e.start <= addr && addr < e.end)?;
    Some((e.start, e.end, e.map, e.eh_frame, e.segments.iter().any(|&(s, end)| s <= addr && addr < end)))
}

/// `int _dl_find_object(void *pc, struct dl_find_object *result)`
/// (`GLRO(dl_find_object)`): 0 and the object's range, link map and
/// PT_GNU_EH_FRAME address, or -1 if no object contains `pc`.
///
/// # Safety
/// `result` must be writable.
pub unsafe extern "C" fn dl_find_object(pc: *mut c_void, result: *mut DlFindObject) -> i32 {
    let Some((start, end, map, eh_frame, _)) = find(pc as usize) else { return -1 };
    // SAFETY: the caller's result record.
    unsafe {
        (*result).dlfo_flags = 0;
        (*result).dlfo_map_start = start as *mut c_void;
        (*result).dlfo_map_end = end as *mut c_void;
        (*result).dlfo_link_map = map;
        (*result).dlfo_eh_frame = eh_frame as *mut c_void;
    }
    0
}

/// `struct link_map *_dl_find_dso_for_object(ElfW(Addr) addr)`
/// (GLIBC_PRIVATE): libc's `dladdr`, `__cxa_thread_atexit_impl` and
/// dlsym use it. NULL when no object's segments contain `addr`.
#[cfg_attr(feature = "rtld", no_mangle)]
pub extern "C" fn _dl_find_dso_for_object(addr: usize) -> *mut LinkMap {
    match find(addr) {
        Some((_, _, map, _, true)) => map,
        _ => core::ptr::null_mut(),
    }
}
