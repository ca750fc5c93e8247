//! `_dl_find_object`, `_dl_find_dso_for_object` and `_dl_readonly_area`:
//! which loaded object contains an address.
//!
//! libgcc's unwinder (C++ exceptions, Rust panics, `pthread_exit`,
//! `backtrace`) calls libc's `_dl_find_object`, which jumps through
//! `GLRO(dl_find_object)`, for every frame, and may do so from a signal
//! handler that interrupted any code at all, `dlopen` included. So the
//! lookups here are lock-free and async-signal-safe, as glibc's are: they
//! read an immutable [`Snapshot`] of every object's ranges, sorted by start
//! address (a binary search), and never allocate, lock, wait or make a
//! system call. Startup and each `dlopen` that adds objects build a new
//! snapshot and publish it ([`Table::install`]); readers that still hold an
//! older one keep reading it, and it is freed only once no reader can hold
//! it (the scheme is described at [`Table`] and in docs/06, "`_dl_find_object`
//! and `_dl_find_dso_for_object`").

use super::shared::{DlFindObject, LinkMap};
use crate::namespace::Namespace;
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::ffi::c_void;
use core::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};
use goblin::elf::program_header::{PF_R, PF_W, PT_GNU_EH_FRAME, PT_LOAD};

/// `PT_GNU_SFRAME`.
const PT_GNU_SFRAME: u32 = 0x6474_e554;
/// `DLFO_FLAG_SFRAME`: `dlfo_sframe` is set.
const DLFO_FLAG_SFRAME: u64 = 1;

const PAGE: usize = 4096;

/// Whether the release's `struct dl_find_object` has `dlfo_sframe` (2.43
/// on): set by its adapter before the table is first published.
static REPORT_SFRAME: AtomicBool = AtomicBool::new(false);

/// Makes `_dl_find_object` fill `dlfo_sframe` and `DLFO_FLAG_SFRAME`.
pub fn report_sframe() {
    REPORT_SFRAME.store(true, Ordering::Relaxed);
}

/// One PT_LOAD as `_dl_readonly_area` sees it: the page-rounded
/// file-backed range and `p_flags`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Load {
    pub from: usize,
    pub to: usize,
    pub flags: u32,
}

/// One object, as a publisher describes it to [`Snapshot::new`].
struct Record {
    /// `[start, end)`: `l_map_start` to `l_map_end`, gaps included.
    pub start: usize,
    pub end: usize,
    pub map: *mut LinkMap,
    /// PT_GNU_EH_FRAME's address, or 0.
    pub eh_frame: usize,
    /// PT_GNU_SFRAME's address, or 0 (reported from 2.43 on).
    pub sframe: usize,
    /// The mapped PT_LOAD ranges (`_dl_find_dso_for_object` wants the
    /// address inside one of them).
    pub segments: Vec<(usize, usize)>,
    pub loads: Vec<Load>,
    /// The page-rounded-down RELRO range (`l_relro_addr`, `l_relro_size`).
    pub relro: Option<(usize, usize)>,
}

/// No enclosing entry.
const NO_OUTER: u32 = u32::MAX;

/// A [`Record`] inside a snapshot: its segments and loads are ranges of
/// the snapshot's flat arrays.
struct Entry {
    start: usize,
    end: usize,
    map: *mut LinkMap,
    eh_frame: usize,
    sframe: usize,
    relro: Option<(usize, usize)>,
    /// The nearest earlier entry whose range encloses this one's start (an
    /// object mapped into a gap of another: a kernel-mapped program's
    /// segments need not be contiguous), or [`NO_OUTER`]. Always a smaller
    /// index, so following it ends.
    outer: u32,
    segments: (u32, u32),
    loads: (u32, u32),
}

/// Every object's ranges at one moment, sorted by start address. Never
/// changed once built: readers on any thread, signal handlers included,
/// read it without synchronisation beyond the pin that keeps it alive.
struct Snapshot {
    entries: Box<[Entry]>,
    segments: Box<[(usize, usize)]>,
    loads: Box<[Load]>,
}

// SAFETY: a snapshot is immutable once built; the link-map pointers it
// holds are only handed out, never dereferenced here.
unsafe impl Sync for Snapshot {}
// SAFETY: as above.
unsafe impl Send for Snapshot {}

/// What `_dl_find_object` reports about an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Found {
    pub start: usize,
    pub end: usize,
    pub map: *mut LinkMap,
    pub eh_frame: usize,
    pub sframe: usize,
}

impl Snapshot {
    /// Sorts `records` by start address and flattens them (publisher side:
    /// allocates freely).
    pub fn new(mut records: Vec<Record>) -> Snapshot {
        records.sort_by_key(|r| (r.start, core::cmp::Reverse(r.end)));
        let mut entries = Vec::with_capacity(records.len());
        let mut segments = Vec::new();
        let mut loads = Vec::new();
        // Entries whose range is still open at the current start.
        let mut open: Vec<usize> = Vec::new();
        for (i, r) in records.iter().enumerate() {
            while open.last().is_some_and(|&o| records[o].end <= r.start) {
                open.pop();
            }
            let outer = open.last().map_or(NO_OUTER, |&o| o as u32);
            open.push(i);
            let seg_from = segments.len() as u32;
            segments.extend_from_slice(&r.segments);
            let load_from = loads.len() as u32;
            loads.extend_from_slice(&r.loads);
            entries.push(Entry {
                start: r.start,
                end: r.end,
                map: r.map,
                eh_frame: r.eh_frame,
                sframe: r.sframe,
                relro: r.relro,
                outer,
                segments: (seg_from, segments.len() as u32),
                loads: (load_from, loads.len() as u32),
            });
        }
        Snapshot { entries: entries.into_boxed_slice(), segments: segments.into_boxed_slice(), loads: loads.into_boxed_slice() }
    }

    /// The innermost entry whose `[start, end)` contains `addr`: a binary
    /// search for the last start at or below `addr`, then out through the
    /// enclosing entries, if any. No allocation, no panic.
    fn containing(&self, addr: usize) -> Option<&Entry> {
        let below = self.entries.partition_point(|e| e.start <= addr);
        let mut e = self.entries.get(below.checked_sub(1)?)?;
        while addr >= e.end {
            e = self.entries.get(e.outer as usize)?;
        }
        Some(e)
    }

    fn segments_of(&self, e: &Entry) -> &[(usize, usize)] {
        self.segments.get(e.segments.0 as usize..e.segments.1 as usize).unwrap_or(&[])
    }

    fn loads_of(&self, e: &Entry) -> &[Load] {
        self.loads.get(e.loads.0 as usize..e.loads.1 as usize).unwrap_or(&[])
    }

    /// `_dl_find_object`'s answer: the object whose range (gaps included)
    /// contains `addr`.
    pub fn find(&self, addr: usize) -> Option<Found> {
        let e = self.containing(addr)?;
        Some(Found { start: e.start, end: e.end, map: e.map, eh_frame: e.eh_frame, sframe: e.sframe })
    }

    /// `_dl_find_dso_for_object`'s answer: the link map of the object
    /// containing `addr`, if `addr` lies inside one of its segments.
    pub fn find_dso(&self, addr: usize) -> Option<*mut LinkMap> {
        let e = self.containing(addr)?;
        self.segments_of(e).iter().any(|&(s, end)| s <= addr && addr < end).then_some(e.map)
    }

    /// `_dl_readonly_area`'s answer for `[start, start + size)`.
    pub fn readonly_area(&self, start: usize, size: usize) -> u32 {
        let end = start.wrapping_add(size);
        let Some(e) = self.containing(start) else { return NOT_FOUND };
        let mut left = size;
        for &Load { from, to, flags } in self.loads_of(e) {
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
}

/// How many snapshots can be published at once (the current one and
/// those older readers may still hold).
const SLOTS: usize = 4;

struct Slot {
    snapshot: AtomicPtr<Snapshot>,
    /// Readers between [`Table::pin`] and the end of their lookup.
    readers: AtomicUsize,
}

/// A published snapshot that can be replaced while readers read it.
///
/// Readers never wait: [`Table::pin`] reads `current`, counts itself into
/// that slot's `readers`, and checks that `current` has not moved on (if
/// it has, it counts itself out and tries again, which happens only when
/// a `dlopen` on another thread published in between); then it reads the
/// slot's snapshot until it counts itself out. Those four operations and
/// the publisher's are sequentially consistent, so a publisher that reads
/// a slot's `readers` as 0 after moving `current` away from it knows that
/// no reader holds that slot's snapshot, nor will: a reader counted in
/// later sees `current` moved and backs off.
///
/// The publisher ([`Table::install`]) puts the new snapshot into a slot
/// other than the current one that has no readers, frees what that slot
/// held, and makes it current. If every other slot has readers (they are
/// in the middle of a lookup on other threads, or left their count behind
/// for good: a signal handler that `longjmp`ed out of a lookup, a `fork`
/// while another thread was in one), it does not wait: it replaces one
/// slot's snapshot anyway and keeps the displaced one on that slot's
/// `retired` list, freed when the slot is next found without readers.
/// Readers thus hold nothing a publisher waits for, and publishers nothing
/// a reader waits for.
struct Table {
    slots: [Slot; SLOTS],
    /// The slot of the newest snapshot.
    current: AtomicUsize,
    /// Publisher-side only (readers never touch it): snapshots displaced
    /// from each slot while it had readers. The lock also serialises
    /// publishers, which dryad's callers already are (startup, and
    /// `dlopen` under the namespace write lock), so it is never contended.
    retired: spin::Mutex<[Vec<RetiredSnapshot>; SLOTS]>,
}

/// A displaced snapshot waiting for its slot's readers to finish.
struct RetiredSnapshot(*mut Snapshot);
// SAFETY: only the publisher holding `Table::retired` touches it.
unsafe impl Send for RetiredSnapshot {}

/// A reader's hold on a slot: its snapshot stays allocated until the pin
/// is dropped.
struct Pinned<'a> {
    slot: &'a Slot,
    snapshot: *const Snapshot,
}

impl Pinned<'_> {
    fn snapshot(&self) -> &Snapshot {
        // SAFETY: non-null (checked by `pin`), published fully built (the
        // Acquire load in `pin` pairs with the publisher's SeqCst stores),
        // and not freed while this pin counts in the slot's readers (see
        // `Table`).
        unsafe { &*self.snapshot }
    }
}

impl Drop for Pinned<'_> {
    fn drop(&mut self) {
        self.slot.readers.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Table {
    pub const fn new() -> Table {
        Table {
            slots: [const { Slot { snapshot: AtomicPtr::new(core::ptr::null_mut()), readers: AtomicUsize::new(0) } }; SLOTS],
            current: AtomicUsize::new(0),
            retired: spin::Mutex::new([const { Vec::new() }; SLOTS]),
        }
    }

    /// The current snapshot, held until the result is dropped (None before
    /// the first publication). Async-signal-safe: atomic operations only;
    /// it retries only when another thread publishes meanwhile.
    fn pin(&self) -> Option<Pinned<'_>> {
        loop {
            let k = self.current.load(Ordering::SeqCst);
            let slot = self.slots.get(k)?;
            slot.readers.fetch_add(1, Ordering::SeqCst);
            // Counts this reader out again when dropped.
            let mut pinned = Pinned { slot, snapshot: core::ptr::null() };
            if self.current.load(Ordering::SeqCst) == k {
                pinned.snapshot = slot.snapshot.load(Ordering::Acquire);
                return (!pinned.snapshot.is_null()).then_some(pinned);
            }
            // Published meanwhile: counted out (`pinned` is dropped), try
            // the new current slot.
        }
    }

    /// Makes `snapshot` the one readers see (publisher side).
    pub fn install(&self, snapshot: Box<Snapshot>) {
        let mut retired = self.retired.lock();
        // Only publishers store `current`, and they hold `retired`.
        let cur = self.current.load(Ordering::SeqCst);
        let idle = (1..SLOTS).map(|d| (cur + d) % SLOTS).find(|&j| self.slots[j].readers.load(Ordering::SeqCst) == 0);
        let j = idle.unwrap_or((cur + 1) % SLOTS);
        let old = self.slots[j].snapshot.swap(Box::into_raw(snapshot), Ordering::SeqCst);
        self.current.store(j, Ordering::SeqCst);
        if idle.is_some() {
            // No reader holds slot j (its count was 0 after `current` had
            // moved away from it) and none can reach `old` or the retired
            // ones any more: a reader that pins j from now on sees the new
            // snapshot.
            for RetiredSnapshot(p) in retired[j].drain(..).chain((!old.is_null()).then_some(RetiredSnapshot(old))) {
                // SAFETY: made by Box::into_raw here; unreachable for
                // readers, as above.
                drop(unsafe { Box::from_raw(p) });
            }
        } else if !old.is_null() {
            retired[j].push(RetiredSnapshot(old));
        }
    }

    /// `_dl_find_object`'s lookup.
    pub fn find(&self, addr: usize) -> Option<Found> {
        self.pin()?.snapshot().find(addr)
    }

    /// `_dl_find_dso_for_object`'s lookup.
    pub fn find_dso(&self, addr: usize) -> Option<*mut LinkMap> {
        self.pin()?.snapshot().find_dso(addr)
    }

    /// `_dl_readonly_area`'s lookup.
    pub fn readonly_area(&self, start: usize, size: usize) -> u32 {
        match self.pin() {
            Some(p) => p.snapshot().readonly_area(start, size),
            None => NOT_FOUND,
        }
    }
}

impl Default for Table {
    fn default() -> Self {
        Self::new()
    }
}

/// The table libc's lookups read.
static TABLE: Table = Table::new();

/// Publishes every object's address ranges (after startup, and again after
/// each dlopen that added objects). Callers are serialised: startup runs
/// before other threads exist, and `dlopen` holds the namespace write
/// lock.
pub fn publish(ns: &Namespace) {
    publish_without(ns, &[]);
}

/// [`publish`], leaving out the objects `gone` (dlclose is taking them
/// away).
pub fn publish_without(ns: &Namespace, gone: &[usize]) {
    let records = ns
        .objects
        .iter()
        .enumerate()
        .filter(|(i, o)| !o.unloaded && !gone.contains(i))
        .map(|(_, o)| o)
        .map(|o| Record {
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
                    Load { from, to: to.next_multiple_of(PAGE), flags: p.p_flags }
                })
                .collect(),
            relro: o.relro.map(|(start, size)| (start & !(PAGE - 1), (start + size) & !(PAGE - 1))),
        })
        .collect();
    TABLE.install(Box::new(Snapshot::new(records)));
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
    TABLE.readonly_area(ptr as usize, size)
}

/// `int _dl_find_object(void *pc, struct dl_find_object *result)`
/// (`GLRO(dl_find_object)`): 0 and the object's range, link map and
/// PT_GNU_EH_FRAME address (and from 2.43 its PT_GNU_SFRAME address), or
/// -1 if no object contains `pc`. Async-signal-safe.
///
/// # Safety
/// `result` must be writable.
pub unsafe extern "C" fn dl_find_object(pc: *mut c_void, result: *mut DlFindObject) -> i32 {
    let Some(Found { start, end, map, eh_frame, sframe }) = TABLE.find(pc as usize) else { return -1 };
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
/// Async-signal-safe.
#[cfg_attr(feature = "rtld", no_mangle)]
pub extern "C" fn _dl_find_dso_for_object(addr: usize) -> *mut LinkMap {
    TABLE.find_dso(addr).unwrap_or(core::ptr::null_mut())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(n: usize) -> *mut LinkMap {
        (n * 0x100) as *mut LinkMap
    }

    fn record(n: usize, start: usize, end: usize, segments: &[(usize, usize)]) -> Record {
        Record {
            start,
            end,
            map: map(n),
            eh_frame: start + 0x10,
            sframe: 0,
            segments: segments.to_vec(),
            loads: segments.iter().map(|&(from, to)| Load { from, to, flags: PF_R }).collect(),
            relro: None,
        }
    }

    /// Given out of order: A with two segments and a gap between them, a
    /// small object C mapped into that gap, B further up, D a single byte
    /// at the top of the address space.
    fn sample() -> Snapshot {
        Snapshot::new(alloc::vec![
            record(2, 0x10_0000, 0x10_2000, &[(0x10_0000, 0x10_2000)]),
            record(1, 0x1000, 0x9000, &[(0x1000, 0x3000), (0x6000, 0x9000)]),
            record(4, usize::MAX - 1, usize::MAX, &[(usize::MAX - 1, usize::MAX)]),
            record(3, 0x4000, 0x5000, &[(0x4000, 0x5000)]),
        ])
    }

    fn which(s: &Snapshot, addr: usize) -> Option<*mut LinkMap> {
        s.find(addr).map(|f| f.map)
    }

    /// The sizes docs/06 gives for a snapshot's memory.
    #[test]
    fn sizes() {
        assert_eq!(core::mem::size_of::<Entry>(), 88);
        assert_eq!(core::mem::size_of::<(usize, usize)>(), 16);
        assert_eq!(core::mem::size_of::<Load>(), 24);
    }

    #[test]
    fn sorted_by_start() {
        let s = sample();
        let starts: Vec<usize> = s.entries.iter().map(|e| e.start).collect();
        assert_eq!(starts, [0x1000, 0x4000, 0x10_0000, usize::MAX - 1]);
    }

    #[test]
    fn before_the_first_object() {
        let s = sample();
        assert_eq!(which(&s, 0), None);
        assert_eq!(which(&s, 0xfff), None);
        assert_eq!(s.find_dso(0xfff), None);
    }

    #[test]
    fn first_and_last_bytes() {
        let s = sample();
        assert_eq!(s.find(0x1000), Some(Found { start: 0x1000, end: 0x9000, map: map(1), eh_frame: 0x1010, sframe: 0 }));
        assert_eq!(which(&s, 0x8fff), Some(map(1)));
        assert_eq!(which(&s, 0x9000), None);
        assert_eq!(which(&s, 0x10_1fff), Some(map(2)));
        assert_eq!(which(&s, 0x10_2000), None);
        assert_eq!(which(&s, usize::MAX - 1), Some(map(4)));
        // `end` is exclusive, and nothing contains the very last address.
        assert_eq!(which(&s, usize::MAX), None);
    }

    #[test]
    fn between_objects() {
        let s = sample();
        assert_eq!(which(&s, 0x9001), None);
        assert_eq!(which(&s, 0xf_ffff), None);
        assert_eq!(which(&s, 0x10_2001), None);
        assert_eq!(s.find_dso(0x50_0000), None);
    }

    #[test]
    fn gaps_between_segments() {
        let s = sample();
        // In A's gap but outside C: `_dl_find_object` answers A (its range
        // includes the gaps, as glibc's), `_dl_find_dso_for_object` no one.
        for addr in [0x3000, 0x3fff, 0x5000, 0x5fff] {
            assert_eq!(which(&s, addr), Some(map(1)), "{addr:#x}");
            assert_eq!(s.find_dso(addr), None, "{addr:#x}");
        }
        // Inside C, which lies in A's gap: C, for both.
        for addr in [0x4000, 0x4fff] {
            assert_eq!(which(&s, addr), Some(map(3)), "{addr:#x}");
            assert_eq!(s.find_dso(addr), Some(map(3)), "{addr:#x}");
        }
        // A's own segments, around the gap.
        for addr in [0x1000, 0x2fff, 0x6000, 0x8fff] {
            assert_eq!(s.find_dso(addr), Some(map(1)), "{addr:#x}");
        }
    }

    #[test]
    fn empty_snapshot_and_empty_table() {
        let s = Snapshot::new(Vec::new());
        assert_eq!(which(&s, 0x1234), None);
        assert_eq!(s.readonly_area(0x1234, 1), NOT_FOUND);
        let t = Table::new();
        assert_eq!(t.find(0x1234), None);
        assert_eq!(t.find_dso(0x1234), None);
        assert_eq!(t.readonly_area(0x1234, 1), NOT_FOUND);
    }

    #[test]
    fn readonly_area() {
        let mut r = record(1, 0x1000, 0x5000, &[]);
        r.loads = alloc::vec![
            Load { from: 0x1000, to: 0x2000, flags: PF_R },
            Load { from: 0x2000, to: 0x3000, flags: PF_R },
            Load { from: 0x3000, to: 0x5000, flags: PF_R | PF_W },
        ];
        r.relro = Some((0x3000, 0x4000));
        let s = Snapshot::new(alloc::vec![r]);
        assert_eq!(s.readonly_area(0x1000, 0x10), READONLY);
        // Across two read-only segments.
        assert_eq!(s.readonly_area(0x1ff0, 0x20), READONLY);
        // Writable, inside RELRO or not.
        assert_eq!(s.readonly_area(0x3000, 0x10), READONLY);
        assert_eq!(s.readonly_area(0x4000, 0x10), WRITABLE);
        // From read-only into writable data outside RELRO.
        assert_eq!(s.readonly_area(0x2ff0, 0x2000), WRITABLE);
        // Outside every object.
        assert_eq!(s.readonly_area(0x800, 0x10), NOT_FOUND);
        assert_eq!(s.readonly_area(0x5000, 0x10), NOT_FOUND);
        // Read-only segments only, and a range that runs past the last.
        let s = Snapshot::new(alloc::vec![record(1, 0x1000, 0x3000, &[(0x1000, 0x2000), (0x2000, 0x3000)])]);
        assert_eq!(s.readonly_area(0x1ff0, 0x1010), READONLY);
        assert_eq!(s.readonly_area(0x1ff0, 0x1020), NOT_FOUND);
    }

    fn numbered(n: usize) -> Box<Snapshot> {
        Box::new(Snapshot::new(alloc::vec![record(n, 0x1000, 0x1000 + n, &[(0x1000, 0x1000 + n)])]))
    }

    #[test]
    fn publications_replace_the_snapshot() {
        let t = Table::new();
        for n in 1..20 {
            t.install(numbered(n));
            assert_eq!(t.find(0x1000).map(|f| f.map), Some(map(n)));
            assert_eq!(t.find(0x1000 + n), None);
        }
        // Nobody held a slot: nothing waits to be freed.
        assert!(t.retired.lock().iter().all(Vec::is_empty));
    }

    #[test]
    fn a_held_snapshot_survives_publications() {
        let t = Table::new();
        t.install(numbered(1));
        let held = t.pin().unwrap();
        let held_slot = t.current.load(Ordering::SeqCst);
        for n in 2..10 {
            t.install(numbered(n));
            assert_ne!(t.current.load(Ordering::SeqCst), held_slot, "a held slot is never reused while others are idle");
            assert_eq!(held.snapshot().find(0x1000).map(|f| f.map), Some(map(1)));
        }
        drop(held);
        assert_eq!(t.slots[held_slot].readers.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn every_slot_held_displaces_without_waiting() {
        let t = Table::new();
        t.install(numbered(1));
        // Readers left behind in every slot (as after a longjmp out of a
        // lookup): publication still goes on, keeping what it displaces.
        let mut held = Vec::new();
        for n in 2..=SLOTS + 1 {
            held.push(t.pin().unwrap());
            t.install(numbered(n));
        }
        held.push(t.pin().unwrap());
        for n in SLOTS + 2..SLOTS + 6 {
            t.install(numbered(n));
            assert_eq!(t.find(0x1000).map(|f| f.map), Some(map(n)));
        }
        // Displaced: the fifth publication's and the four after it.
        let retired: usize = t.retired.lock().iter().map(Vec::len).sum();
        assert_eq!(retired, 5);
        for (i, p) in held.iter().enumerate() {
            assert_eq!(p.snapshot().find(0x1000).map(|f| f.map), Some(map(i + 1)));
        }
        // Once the readers are gone, the next publications free it all.
        drop(held);
        for n in 0..SLOTS {
            t.install(numbered(100 + n));
        }
        assert!(t.retired.lock().iter().all(Vec::is_empty));
    }

    /// Readers on several threads check that what they find is one
    /// consistent snapshot while the main thread publishes thousands.
    #[test]
    fn readers_race_publications() {
        use std::sync::atomic::AtomicBool;
        static T: Table = Table::new();
        static DONE: AtomicBool = AtomicBool::new(false);
        static LOOKUPS: AtomicUsize = AtomicUsize::new(0);
        const READERS: usize = 3;
        T.install(numbered(1));
        let readers: Vec<_> = (0..READERS)
            .map(|_| {
                std::thread::spawn(|| {
                    let mut seen = 0usize;
                    let mut first = true;
                    while !DONE.load(Ordering::Relaxed) {
                        if core::mem::take(&mut first) {
                            LOOKUPS.fetch_add(1, Ordering::Relaxed);
                        }
                        let p = T.pin().unwrap();
                        let s = p.snapshot();
                        let f = s.find(0x1000).unwrap();
                        let n = f.map as usize / 0x100;
                        assert_eq!(f.end, 0x1000 + n);
                        assert_eq!(s.find_dso(0x1000 + n - 1), Some(f.map));
                        assert_eq!(s.find(0x1000 + n), None);
                        assert!(n >= seen, "went back from {seen} to {n}");
                        seen = n;
                    }
                })
            })
            .collect();
        while LOOKUPS.load(Ordering::Relaxed) < READERS {
            std::thread::yield_now();
        }
        for n in 2..20_000 {
            T.install(numbered(n));
        }
        DONE.store(true, Ordering::Relaxed);
        for r in readers {
            r.join().unwrap();
        }
        // With the readers gone, a round of publications frees everything
        // that was displaced while they read.
        for n in 0..SLOTS {
            T.install(numbered(30_000 + n));
        }
        assert!(T.retired.lock().iter().all(Vec::is_empty));
        assert!(T.slots.iter().all(|s| s.readers.load(Ordering::SeqCst) == 0));
    }
}
