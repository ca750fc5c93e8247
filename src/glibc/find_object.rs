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
use core::sync::atomic::{AtomicBool, Ordering};
use goblin::elf::program_header::{PF_R, PF_W, PT_GNU_EH_FRAME, PT_LOAD};

/// `PT_GNU_SFRAME`.
const PT_GNU_SFRAME: u32 = 0x6474_e554;
/// `DLFO_FLAG_SFRAME`: `dlfo_sframe` is set.
const DLFO_FLAG_SFRAME: u64 = 1;

/// Whether the release's `struct dl_find_object` has `dlfo_sframe` (2.43
/// on): set by its adapter before the table is first published.
static REPORT_SFRAME: AtomicBool = AtomicBool::new(false);

/// Makes `_dl_find_object` fill `dlfo_sframe` and `DLFO_FLAG_SFRAME`.
pub fn report_sframe() {
    REPORT_SFRAME.store(true, Ordering::Relaxed);
}

struct Entry {
    start: usize,
    end: usize,
    map: *mut LinkMap,
    eh_frame: usize,
    /// PT_GNU_SFRAME's address, or 0 (reported from 2.43 on).
    sframe: usize,
    segments: Vec<(usize, usize)>,
    /// Each PT_LOAD's page-rounded file-backed range and `p_flags`, for
    /// `_dl_readonly_area`.
    loads: Vec<(usize, usize, u32)>,
    /// The page-rounded-down RELRO range (`l_relro_addr`, `l_relro_size`).
    relro: Option<(usize, usize)>,
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
            sframe: o.phdrs.iter().find(|p| p.p_type == PT_GNU_SFRAME).map_or(0, |p| o.base + p.p_vaddr as usize),
            segments: o.segments.iter().map(|s| (s.start, s.end)).collect(),
            loads: o
                .phdrs
                .iter()
                .filter(|p| p.p_type == PT_LOAD)
                .map(|p| {
                    let from = o.base + (p.p_vaddr as usize & !(PAGE - 1));
                    let to = o.base + (p.p_vaddr + p.p_filesz) as usize;
                    (from, to.next_multiple_of(PAGE), p.p_flags)
                })
                .collect(),
            relro: o.relro.map(|(start, size)| (start & !(PAGE - 1), (start + size) & !(PAGE - 1))),
        })
        .collect();
    *TABLE.write() = Table(entries);
}

const PAGE: usize = 4096;

/// (start, end, link map, eh_frame, sframe, inside a segment) of the
/// object containing `addr`.
fn find(addr: usize) -> Option<(usize, usize, *mut LinkMap, usize, usize, bool)> {
    let t = TABLE.read();
    let e = t.0.iter().find(|e| e.start <= addr && addr < e.end)?;
    Some((e.start, e.end, e.map, e.eh_frame, e.sframe, e.segments.iter().any(|&(s, end)| s <= addr && addr < end)))
}

/// `enum dl_readonly_area_error_type`.
const READONLY: u32 = 0;
const WRITABLE: u32 = 1;
const NOT_FOUND: u32 = 2;

/// `_dl_readonly_area` (`GLRO(dl_readonly_area)`, 2.42 on): whether
/// `[ptr, ptr + size)` lies in read-only, file-backed segments of the
/// object that contains `ptr` — fortified `printf` refuses a `%n` in a
/// writable format string. Writable segments count as read-only only
/// inside the object's RELRO range; a range that leaves the object's
/// segments is "not found", and libc then asks `/proc/self/maps`.
pub extern "C" fn dl_readonly_area(ptr: *const c_void, size: usize) -> u32 {
    let start = ptr as usize;
    let end = start.wrapping_add(size);
    let t = TABLE.read();
    let Some(e) = t.0.iter().find(|e| e.start <= start && start < e.end) else { return NOT_FOUND };
    let mut left = size;
    for &(from, to, flags) in &e.loads {
        if !(from < end && to > start) {
            continue;
        }
        if flags & PF_W != 0 {
            return match e.relro {
                Some((rs, re)) if rs <= start && end <= re => READONLY,
                _ => WRITABLE,
            };
        }
        if flags & PF_R == 0 {
            return WRITABLE;
        }
        if from <= start && to >= end {
            return READONLY;
        }
        // The part of the range this segment covers.
        let covered = to.min(end) - from.max(start);
        left = left.saturating_sub(covered);
        if left == 0 {
            break;
        }
    }
    if left == 0 {
        READONLY
    } else {
        NOT_FOUND
    }
}

/// `int _dl_find_object(void *pc, struct dl_find_object *result)`
/// (`GLRO(dl_find_object)`): 0 and the object's range, link map and
/// PT_GNU_EH_FRAME address (and from 2.43 its PT_GNU_SFRAME address), or
/// -1 if no object contains `pc`.
///
/// # Safety
/// `result` must be writable.
pub unsafe extern "C" fn dl_find_object(pc: *mut c_void, result: *mut DlFindObject) -> i32 {
    let Some((start, end, map, eh_frame, sframe, _)) = find(pc as usize) else { return -1 };
    // SAFETY: the caller's result record; `dflo_reserved[0]` is 2.43's
    // `dlfo_sframe` (the struct is 96 bytes in every release).
    unsafe {
        if REPORT_SFRAME.load(Ordering::Relaxed) {
            (*result).dflo_reserved[0] = sframe as u64;
            (*result).dlfo_flags = if sframe != 0 { DLFO_FLAG_SFRAME } else { 0 };
        } else {
            (*result).dlfo_flags = 0;
        }
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
        Some((_, _, map, _, _, true)) => map,
        _ => core::ptr::null_mut(),
    }
}
