//! Static thread-local storage (TLS) on x86-64 (variant II: the thread
//! pointer %fs points at the thread control block, and each module's TLS
//! block sits *below* it, at `tp - offset`).
//!
//! Every object with a PT_TLS segment is a TLS *module* with a module id
//! (the program is 1 when it has TLS, the others follow in load order).
//! At startup all modules go into the static TLS area, laid out the way
//! glibc's `_dl_determine_tlsoffset` does (the program's local-exec code
//! has its offset baked in, and initial-exec code in libraries reads
//! offsets from TPOFF64 relocations):
//!
//! ```text
//!   low addresses                                      high addresses
//!   | surplus | ... module 2 | module 1 (program) | TCB (struct pthread) |
//!                                                 ^ tp = %fs base
//! ```
//!
//! Each thread also has a DTV (dynamic thread vector): `dtv[m]` is the
//! address of module m's block, used by `__tls_get_addr` for the
//! general-dynamic model. `dtv[-1]` holds the vector's length and `dtv[0]`
//! its generation.
//!
//! What the TCB contains is libc's business; the sizes come from the glibc
//! module ([`crate::glibc`]).

use crate::elf::ProgramHeader;
use crate::sys;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicUsize, Ordering};
use goblin::elf::program_header::PT_TLS;

/// The word of the TCB that holds the DTV pointer (`%fs:8`, read by
/// `__tls_get_addr` in arch/x86_64/tls.S): glibc's `tcbhead_t.dtv` in
/// every release, and musl's place too. A libc adapter must keep it.
pub const TCB_DTV_WORD: usize = 1;

/// Spare DTV slots beyond the highest module id (glibc's DTV_SURPLUS).
pub const DTV_SURPLUS: usize = 14;

/// One object's TLS segment and where its block goes.
#[derive(Clone, Copy, Debug, Default)]
pub struct TlsModule {
    pub modid: usize,
    /// Run-time address of the initialisation image (.tdata).
    pub image: usize,
    pub filesz: usize,
    /// Block size (.tdata + .tbss).
    pub memsz: usize,
    pub align: usize,
    /// `p_vaddr mod align`: where in an aligned block the data starts.
    pub firstbyte: usize,
    /// The block is at `tp - offset` (static TLS).
    pub offset: usize,
    /// Loaded by dlopen: no static block; each thread's block is allocated
    /// on first use by `__tls_get_addr`.
    pub dynamic: bool,
}

impl TlsModule {
    pub fn from_phdrs(phdrs: &[ProgramHeader], base: usize) -> Option<TlsModule> {
        let p = phdrs.iter().find(|p| p.p_type == PT_TLS && p.p_memsz > 0)?;
        let align = (p.p_align as usize).max(1);
        Some(TlsModule {
            modid: 0,
            image: base + p.p_vaddr as usize,
            filesz: p.p_filesz as usize,
            memsz: p.p_memsz as usize,
            align,
            firstbyte: p.p_vaddr as usize & (align - 1),
            offset: 0,
            dynamic: false,
        })
    }
}

/// The static TLS layout (glibc's `dl_tls_static_*` values).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StaticTls {
    /// Bytes used by the startup modules.
    pub used: usize,
    /// Reserved for modules dlopen'ed later with initial-exec TLS.
    pub surplus: usize,
    /// Whole static area, TCB included.
    pub size: usize,
    pub align: usize,
    pub max_modid: usize,
    /// Where the libc's extra block is (`tp - extra_offset`), 0 without one.
    pub extra_offset: usize,
}

fn roundup(x: usize, a: usize) -> usize {
    x.div_ceil(a) * a
}

/// A block the libc keeps in every thread's static TLS area after the
/// modules' blocks (glibc 2.41: the rseq area): its size (a multiple of
/// its alignment) and alignment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExtraBlock {
    pub size: usize,
    pub align: usize,
}

/// Assigns offsets to `modules` (in module-id order) exactly as glibc's
/// `_dl_determine_tlsoffset` does for TLS_TCB_AT_TP, reusing the gap that
/// alignment leaves when a later module fits in it, then places `extra`
/// after the last block (lowest in memory).
pub fn layout(modules: &mut [&mut TlsModule], extra: ExtraBlock, surplus: usize, tcb_size: usize, tcb_align: usize) -> StaticTls {
    let mut max_align = tcb_align;
    let (mut freetop, mut freebottom, mut offset) = (0usize, 0usize, 0usize);
    for m in modules.iter_mut() {
        let firstbyte = m.firstbyte.wrapping_neg() & (m.align - 1);
        max_align = max_align.max(m.align);
        if freebottom - freetop >= m.memsz {
            let off = roundup(freetop + m.memsz - firstbyte, m.align) + firstbyte;
            if off <= freebottom {
                freetop = off;
                m.offset = off;
                continue;
            }
        }
        let off = roundup(offset + m.memsz - firstbyte, m.align) + firstbyte;
        if off > offset + m.memsz + (freebottom - freetop) {
            freetop = offset;
            freebottom = off - m.memsz;
        }
        offset = off;
        m.offset = off;
    }
    let mut extra_offset = 0;
    if extra.size != 0 || extra.align != 0 {
        max_align = max_align.max(extra.align);
        offset = roundup(offset, extra.align.max(1)) + extra.size;
        extra_offset = offset;
    }
    StaticTls {
        used: offset,
        surplus,
        size: roundup(offset + surplus, max_align) + tcb_size,
        align: max_align,
        max_modid: modules.iter().map(|m| m.modid).max().unwrap_or(0),
        extra_offset,
    }
}

/// One DTV slot (glibc's `dtv_t`, 16 bytes): a module's block and the
/// pointer to free when it was allocated dynamically (never for static
/// TLS). Slot -1 holds the length and slot 0 the generation in `val`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct DtvSlot {
    pub val: usize,
    pub to_free: usize,
}

pub const TLS_DTV_UNALLOCATED: usize = usize::MAX;

/// Allocates a DTV for a thread whose TCB is at `tp`, fills the static
/// modules' slots and returns the pointer to store in the TCB (`&dtv[0]`,
/// one past the length slot), or null when memory is exhausted.
pub fn new_dtv(modules: &[TlsModule], max_modid: usize, tp: usize) -> *mut DtvSlot {
    let len = max_modid.max(MAX_MODID.load(Ordering::Acquire)) + DTV_SURPLUS;
    let start = alloc_dtv_slots(len + 2);
    if start.is_null() {
        return start;
    }
    // SAFETY: `start` points to `len + 2` writable slots; slot 1 is dtv[0].
    unsafe {
        for i in 0..len + 2 {
            *start.add(i) = DtvSlot { val: TLS_DTV_UNALLOCATED, to_free: 0 };
        }
        (*start).val = len;
        (*start.add(1)).val = dryad_tls_generation.load(Ordering::Acquire);
        for m in modules {
            *start.add(1 + m.modid) = DtvSlot { val: tp - m.offset, to_free: 0 };
        }
        start.add(1)
    }
}

/// Memory for `n` DTV slots. Once libc is relocated this is the program's
/// `calloc` (see [`set_program_allocator`]), as in glibc, whose ld.so
/// switches its `malloc` to libc's before the first initialiser; only
/// the initial thread's DTV, made before that, comes from dryad's own heap
/// (and is never freed).
///
/// This is part of the contract with libc, not a detail: `pthread_create`
/// reaches this through `_dl_allocate_tls`, so under glibc the creating
/// thread always calls `calloc` (and so initialises malloc) before the
/// new thread runs. libc's malloc relies on that: `ptmalloc_init` gives
/// the thread that runs it the main arena without counting it as
/// attached. If the first `malloc` of a process happened in two new
/// threads at once, both would run it, and at their exits the main
/// arena's count would drop below zero (glibc's `a->attached_threads > 0`
/// assertion in `__malloc_arena_thread_freeres`).
fn alloc_dtv_slots(n: usize) -> *mut DtvSlot {
    let calloc = PROGRAM_CALLOC.load(Ordering::Acquire);
    if calloc != 0 {
        // SAFETY: the program's `calloc`, C signature.
        let calloc: extern "C" fn(usize, usize) -> *mut DtvSlot = unsafe { core::mem::transmute(calloc) };
        return calloc(n, core::mem::size_of::<DtvSlot>());
    }
    let mut v: Vec<DtvSlot> = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return core::ptr::null_mut();
    }
    v.resize(n, DtvSlot { val: 0, to_free: 0 });
    debug_assert_eq!(v.len(), v.capacity());
    core::mem::ManuallyDrop::new(v).as_mut_ptr()
}

/// Gives back what [`alloc_dtv_slots`] returned for `n` slots.
///
/// # Safety
/// `start` came from `alloc_dtv_slots(n)` and is no longer used.
unsafe fn free_dtv_slots(start: *mut DtvSlot, n: usize) {
    let free = PROGRAM_FREE.load(Ordering::Acquire);
    if PROGRAM_CALLOC.load(Ordering::Acquire) != 0 && free != 0 {
        // SAFETY: the program's `free`, given what its `calloc` returned.
        let free: extern "C" fn(*mut DtvSlot) = unsafe { core::mem::transmute(free) };
        free(start);
    } else {
        // SAFETY: a Vec of exactly `n` slots, per the caller's contract.
        drop(unsafe { Vec::from_raw_parts(start, n, n) });
    }
}

/// The TLS generation: bumped by every dlopen that adds a TLS module. A
/// thread whose DTV carries an older generation may lack slots for the new
/// modules (read by the `__tls_get_addr` fast path in assembly).
#[cfg_attr(feature = "rtld", no_mangle)]
#[allow(non_upper_case_globals)] // read by name from arch/x86_64/tls.S
pub static dryad_tls_generation: AtomicUsize = AtomicUsize::new(1);
/// The highest module id in use.
pub static MAX_MODID: AtomicUsize = AtomicUsize::new(0);
/// Modules loaded by dlopen, for the slow path (image and sizes) and for
/// threads created later (those with a static block).
static DYNAMIC: spin::RwLock<Vec<DynamicModule>> = spin::RwLock::new(Vec::new());

/// A dlopen'ed module and where its block is. glibc keeps the same three
/// states in the module's `l_tls_offset` (NO_TLS_OFFSET,
/// FORCED_DYNAMIC_TLS_OFFSET, or an offset in the static surplus).
struct DynamicModule {
    m: TlsModule,
    /// [`NOT_PLACED`], [`FORCED_DYNAMIC`], [`PLACING`], or the offset of
    /// the module's block below the thread pointer in every thread.
    placement: AtomicUsize,
    /// Placed in static TLS while its object was not yet relocated: the
    /// blocks of running threads are initialised once it is (glibc's
    /// `l_need_tls_init`).
    need_init: core::sync::atomic::AtomicBool,
}

/// No block in static TLS (yet): each thread allocates one at its first
/// `__tls_get_addr`.
const NOT_PLACED: usize = 0;
/// A thread allocated a block for the module dynamically, so it can never
/// move to static TLS (initial-exec code would see another block).
const FORCED_DYNAMIC: usize = usize::MAX;
/// Being given a static block: the running threads' blocks are being
/// initialised (a `__tls_get_addr` for it waits).
const PLACING: usize = usize::MAX - 1;

/// What is left of the static TLS area for modules dlopen'ed with
/// initial-exec (or TLSDESC) accesses: glibc's `dl_tls_static_used`,
/// `dl_tls_static_optional` and the sizes they are checked against.
#[derive(Clone, Copy, Debug, Default)]
struct Surplus {
    /// Bytes below the thread pointer in use (startup modules, the libc's
    /// extra block, modules placed since).
    used: usize,
    /// The whole static area (`dl_tls_static_size`, TCB included).
    size: usize,
    align: usize,
    tcb: usize,
    /// Of the surplus, what optional placements (TLSDESC) may still take.
    optional: usize,
}

static SURPLUS: spin::Mutex<Surplus> = spin::Mutex::new(Surplus { used: 0, size: 0, align: 1, tcb: 0, optional: 0 });

/// Records the startup layout as the base for later static placements;
/// `optional` is the part of the surplus kept for optional use
/// (glibc's `glibc.rtld.optional_static_tls`).
pub fn init_surplus(layout: &StaticTls, tcb_size: usize, optional: usize) {
    *SURPLUS.lock() = Surplus { used: layout.used, size: layout.size, align: layout.align, tcb: tcb_size, optional };
}

/// How much of the static area is in use, and how much optional surplus
/// is left (for the libc's copies of these counts).
pub fn surplus_state() -> (usize, usize) {
    let s = SURPLUS.lock();
    (s.used, s.optional)
}

/// Where a block of `m` would go in the free part of the static area, as
/// glibc's `_dl_try_allocate_static_tls` computes it for TLS_TCB_AT_TP:
/// the bytes it uses beyond `used` (its size, plus what aligning it
/// relative to the end of the free space costs), or None if it does not
/// fit or its alignment exceeds the area's.
fn static_fit(s: &Surplus, m: &TlsModule) -> Option<usize> {
    if m.align > s.align {
        return None;
    }
    let free = s.size.checked_sub(s.used)?.checked_sub(s.tcb)?;
    let blsize = m.memsz + m.firstbyte;
    let n = free.checked_sub(blsize)? / m.align;
    Some(free - n * m.align - m.firstbyte)
}

/// Why a module got no static block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoStaticTls {
    /// A thread already gave it a dynamic block.
    Dynamic,
    /// The surplus is exhausted (or the optional part, for an optional
    /// placement; or the module's alignment is too large).
    Full,
}

/// The static-TLS offset of dlopen'ed module `modid`, placing its block in
/// the surplus first if it has none (glibc's `_dl_try_allocate_static_tls`;
/// `optional`: a TLSDESC placement, which only the optional part of the
/// surplus serves). `relocated`: the module's object is relocated, so its
/// image can be copied into every running thread's new block now
/// (`init(module, offset)` does that, and tells the libc); otherwise it
/// is left for [`init_pending`].
pub fn static_offset(modid: usize, optional: bool, relocated: bool, init: &dyn Fn(&TlsModule)) -> Result<usize, NoStaticTls> {
    let mut s = SURPLUS.lock();
    let dynamic = DYNAMIC.read();
    let Some(e) = dynamic.iter().find(|e| e.m.modid == modid) else { return Err(NoStaticTls::Full) };
    match e.placement.load(Ordering::Acquire) {
        FORCED_DYNAMIC => return Err(NoStaticTls::Dynamic),
        NOT_PLACED => {}
        offset => return Ok(offset),
    }
    let used = static_fit(&s, &e.m).ok_or(NoStaticTls::Full)?;
    if optional && used > s.optional {
        return Err(NoStaticTls::Full);
    }
    if e.placement.compare_exchange(NOT_PLACED, PLACING, Ordering::AcqRel, Ordering::Acquire).is_err() {
        // A thread's __tls_get_addr forced it dynamic meanwhile.
        return Err(NoStaticTls::Dynamic);
    }
    if optional {
        s.optional -= used;
    }
    s.used += used;
    let offset = s.used;
    // `init` reads the counts (for the libc's copies).
    drop(s);
    let placed = TlsModule { offset, ..e.m };
    if relocated {
        init(&placed);
    } else {
        e.need_init.store(true, Ordering::Release);
    }
    e.placement.store(offset, Ordering::Release);
    Ok(offset)
}

/// Initialises the blocks of modules placed in static TLS before their
/// objects were relocated (`modids`: the objects a dlopen relocated), in
/// every running thread, through `init` (glibc's `update_tls_slotinfo`).
pub fn init_pending(modids: &[usize], init: &dyn Fn(&TlsModule)) {
    let dynamic = DYNAMIC.read();
    for e in dynamic.iter().filter(|e| modids.contains(&e.m.modid)) {
        if e.need_init.swap(false, Ordering::AcqRel) {
            init(&TlsModule { offset: e.placement.load(Ordering::Acquire), ..e.m });
        }
    }
}

/// The dlopen'ed modules that have a static block, with their offsets:
/// a new thread's DTV points at those blocks and gets their images.
fn placed_dynamic(out: &mut Vec<TlsModule>) {
    for e in DYNAMIC.read().iter() {
        let p = e.placement.load(Ordering::Acquire);
        if p != NOT_PLACED && p != FORCED_DYNAMIC && p != PLACING {
            out.push(TlsModule { offset: p, ..e.m });
        }
    }
}

/// Fills a new thread's DTV slots and blocks for the dlopen'ed modules
/// placed in static TLS (glibc's `_dl_allocate_tls_init` covers every
/// module with an `l_tls_offset`).
///
/// # Safety
/// `dtv` is the thread's DTV, long enough for every module id, and `tp`
/// its thread pointer, with a static area of the startup layout.
pub unsafe fn init_placed_dynamic(dtv: *mut DtvSlot, tp: usize) {
    let mut placed = Vec::new();
    placed_dynamic(&mut placed);
    // SAFETY: the caller's contract: every placed offset lies in the
    // surplus of the thread's static area.
    unsafe {
        for m in &placed {
            *dtv.add(m.modid) = DtvSlot { val: tp - m.offset, to_free: 0 };
        }
        init_blocks(&placed, tp);
    }
}
/// The program's `malloc`, `calloc` and `free`: what the global scope
/// binds those names to (libc's, or an interposed allocator), looked up
/// as glibc's `__rtld_malloc_init_real` does once libc is relocated.
/// Dynamic TLS blocks and DTVs made after that come from it, because libc
/// frees them itself (every DTV `to_free` when it recycles a thread
/// stack) and because libc expects `pthread_create` to call `calloc` in
/// the creating thread (see [`alloc_dtv_slots`]). Set once, before any
/// initialiser runs and so before any thread exists; zero in a program
/// without libc, where dryad's heap serves instead.
static PROGRAM_MALLOC: AtomicUsize = AtomicUsize::new(0);
static PROGRAM_CALLOC: AtomicUsize = AtomicUsize::new(0);
static PROGRAM_FREE: AtomicUsize = AtomicUsize::new(0);

/// Records the program's allocator (see [`PROGRAM_MALLOC`]); a function
/// that was not found is 0, and then none of the three is used.
pub fn set_program_allocator(malloc: usize, calloc: usize, free: usize) {
    let complete = malloc != 0 && calloc != 0 && free != 0;
    PROGRAM_MALLOC.store(if complete { malloc } else { 0 }, Ordering::Release);
    PROGRAM_FREE.store(if complete { free } else { 0 }, Ordering::Release);
    PROGRAM_CALLOC.store(if complete { calloc } else { 0 }, Ordering::Release);
}

/// `calloc(n, size)` of the program's allocator, or `None` before it is
/// known.
pub fn program_calloc(n: usize, size: usize) -> Option<*mut u8> {
    let f = PROGRAM_CALLOC.load(Ordering::Acquire);
    if f == 0 {
        return None;
    }
    // SAFETY: the program's `calloc`, C signature.
    let f: extern "C" fn(usize, usize) -> *mut u8 = unsafe { core::mem::transmute(f) };
    Some(f(n, size))
}

/// `malloc(size)` of the program's allocator, or `None` before it is
/// known (startup, or a program without libc).
pub fn program_malloc(size: usize) -> Option<*mut u8> {
    let f = PROGRAM_MALLOC.load(Ordering::Acquire);
    if f == 0 {
        return None;
    }
    // SAFETY: the program's `malloc`, C signature.
    let f: extern "C" fn(usize) -> *mut u8 = unsafe { core::mem::transmute(f) };
    Some(f(size))
}

/// `free(p)` of the program's allocator, for what [`program_malloc`]
/// returned (nothing happens before the allocator is known).
///
/// # Safety
/// `p` is NULL or came from the program's `malloc`.
pub unsafe fn program_free(p: *mut u8) {
    let f = PROGRAM_FREE.load(Ordering::Acquire);
    if f != 0 {
        // SAFETY: the program's `free`, C signature; the caller's pointer.
        let f: extern "C" fn(*mut u8) = unsafe { core::mem::transmute(f) };
        f(p);
    }
}

/// Whether dynamic TLS can be used (the program has a libc allocator).
pub fn dynamic_tls_available() -> bool {
    PROGRAM_MALLOC.load(Ordering::Acquire) != 0
}

/// Takes the dynamic modules' list for writing around fork and keeps it
/// (`rtld::fork_prepare`): a `__tls_get_addr` in another thread may be
/// reading it.
pub fn fork_lock() {
    core::mem::forget(DYNAMIC.write());
}

/// Releases what [`fork_lock`] took; in the `child`, also the reader
/// counts of threads that were trying to read at the fork and do not
/// exist there (see `rtld::fork_release`).
///
/// # Safety
/// Only after [`fork_lock`], once.
pub unsafe fn fork_unlock(child: bool) {
    // SAFETY: fork_lock holds the write lock, its guard forgotten; in the
    // child no other thread exists to hold a read lock.
    unsafe {
        if child {
            while DYNAMIC.reader_count() > 0 {
                DYNAMIC.force_read_decrement();
            }
        }
        DYNAMIC.force_write_unlock();
    }
}

/// Gives a dlopen'ed object's TLS segment a module id (the next free
/// one) and makes it known to `__tls_get_addr`. Returns the id.
pub fn register_dynamic(m: &mut TlsModule) -> usize {
    // An id dlclose gave back, else a new one.
    let id = FREED.write().pop().unwrap_or_else(|| MAX_MODID.fetch_add(1, Ordering::AcqRel) + 1);
    m.modid = id;
    m.offset = 0;
    m.dynamic = true;
    DYNAMIC.write().push(DynamicModule { m: *m, placement: AtomicUsize::new(NOT_PLACED), need_init: core::sync::atomic::AtomicBool::new(false) });
    next_generation(id);
    id
}

/// Moves the TLS generation on because module id `modid` changed hands:
/// the id's generation is recorded first and the new generation published
/// after it, so that a thread whose `__tls_get_addr` sees the new
/// generation also sees which id it is for (the other order let a thread
/// take the new generation without freeing its stale block for the id).
/// Those who call it (dlopen, dlclose) hold the load lock, one at a time.
fn next_generation(modid: usize) {
    let generation = dryad_tls_generation.load(Ordering::Acquire) + 1;
    set_slot_generation(modid, generation);
    dryad_tls_generation.store(generation, Ordering::Release);
}

/// The generation at which module id `modid` last changed hands
/// (glibc's slotinfo `gen`): a thread whose DTV is older frees its block
/// for that id, which may be an unloaded module's.
static SLOT_GENERATION: spin::RwLock<Vec<usize>> = spin::RwLock::new(Vec::new());

/// Whether module id `modid` changed hands (was unloaded, or given to
/// another module) after generation `dtv_generation`: a DTV of that
/// generation may hold a block of the old module in that slot.
pub fn slot_changed_since(modid: usize, dtv_generation: usize) -> bool {
    SLOT_GENERATION.read().get(modid).is_some_and(|&g| g > dtv_generation)
}

fn set_slot_generation(modid: usize, generation: usize) {
    let mut g = SLOT_GENERATION.write();
    if g.len() <= modid {
        g.resize(modid + 1, 0);
    }
    g[modid] = generation;
}

/// Module ids dlclose gave back, to be handed out again (as glibc does).
static FREED: spin::RwLock<Vec<usize>> = spin::RwLock::new(Vec::new());

/// dlclose unloaded the objects of dynamic TLS modules `modids` (in load
/// order): they are forgotten and their ids free again; the generation
/// moves on, so every thread's next `__tls_get_addr` takes the slow path,
/// which frees that thread's blocks (as glibc's `update_slotinfo` does, by
/// the id's generation); the calling thread's blocks are freed now. The
/// static blocks they had are given back where glibc's `_dl_close_worker`
/// can: a run of adjacent blocks at the end of the used area.
pub fn unregister_all(modids: &[usize]) {
    let mut blocks = Vec::new();
    {
        let mut dynamic = DYNAMIC.write();
        for &modid in modids {
            if let Some(e) = dynamic.iter().find(|e| e.m.modid == modid) {
                let p = e.placement.load(Ordering::Acquire);
                if p != NOT_PLACED && p != FORCED_DYNAMIC && p != PLACING {
                    blocks.push((p, e.m.memsz));
                }
            }
            dynamic.retain(|e| e.m.modid != modid);
        }
    }
    if !blocks.is_empty() {
        let mut s = SURPLUS.lock();
        s.used = reclaim(s.used, &blocks);
    }
    for &modid in modids {
        release_id(modid);
    }
}

/// glibc's reclaiming of static TLS at dlclose (TLS_TCB_AT_TP): the
/// closed blocks (`(offset, size)`, in order) are gathered into one
/// contiguous chunk, extended either way; a block that does not touch it
/// is freed at once if it ends the used area, and otherwise the chunk
/// nearer that end is kept. The chunk is freed if it ends the used area.
/// Returns the new `used`.
fn reclaim(mut used: usize, blocks: &[(usize, usize)]) -> usize {
    let (mut start, mut end) = (None::<usize>, None::<usize>);
    for &(offset, size) in blocks {
        if start.is_none() || start == Some(offset) {
            start = Some(offset - size);
            end.get_or_insert(offset);
        } else if Some(offset - size) == end {
            end = Some(offset);
        } else if end == Some(used) {
            used = start.unwrap_or(used);
            end = Some(offset);
            start = Some(offset - size);
        } else if offset == used {
            used = offset - size;
        } else if end.is_some_and(|e| e < offset) {
            end = Some(offset);
            start = Some(offset - size);
        }
    }
    if end == Some(used) {
        used = start.unwrap_or(used);
    }
    used
}

fn release_id(modid: usize) {
    next_generation(modid);
    FREED.write().push(modid);
    // SAFETY: the calling thread's own DTV (%fs:8), installed for every
    // thread; slot `modid` exists if it is within the length.
    unsafe {
        let dtv: *mut DtvSlot;
        core::arch::asm!("mov {}, qword ptr fs:8", out(reg) dtv, options(nostack, readonly, preserves_flags));
        release_slot(dtv, modid);
    }
}

/// Frees the block of module `modid` in `dtv` (if the thread has one).
///
/// # Safety
/// `dtv` is a live DTV (its length at `dtv[-1]`) of a thread that is not
/// using the block.
unsafe fn release_slot(dtv: *mut DtvSlot, modid: usize) {
    // SAFETY: the caller's contract; the slot is within the DTV's length.
    unsafe {
        if dtv.is_null() || modid == 0 || modid > (*dtv.sub(1)).val {
            return;
        }
        let slot = dtv.add(modid);
        free_block((*slot).to_free);
        *slot = DtvSlot { val: TLS_DTV_UNALLOCATED, to_free: 0 };
    }
}

/// Frees a dynamic TLS block's allocation (`to_free`) with libc's free.
pub fn free_block(to_free: usize) {
    let f = PROGRAM_FREE.load(Ordering::Acquire);
    if to_free != 0 && f != 0 {
        // SAFETY: libc's `free`, given a pointer its `malloc` returned.
        let free: extern "C" fn(usize) = unsafe { core::mem::transmute(f) };
        free(to_free);
    }
}

/// The slow path of `__tls_get_addr` (arch/x86_64/tls.S calls it with an
/// aligned stack): brings the thread's DTV up to the current generation,
/// growing it if a dlopen added module ids past its end, allocates and
/// initialises the module's block for this thread if it has none yet, and
/// returns the variable's address.
///
/// # Safety
/// `ti` comes from DTPMOD64/DTPOFF64 relocations; the DTV is installed.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn dryad_tls_get_addr_slow(ti: *const TlsIndex) -> usize {
    // SAFETY: the thread's own TCB and DTV; `ti` per the contract.
    unsafe {
        let module = (*ti).module;
        let mut dtv: *mut DtvSlot;
        core::arch::asm!("mov {}, qword ptr fs:8", out(reg) dtv, options(nostack, readonly, preserves_flags));
        let generation = dryad_tls_generation.load(Ordering::Acquire);
        let own = (*dtv).val;
        if own != generation {
            // Ids that changed hands since this DTV's generation: the
            // thread's blocks for them are an unloaded module's.
            for (m, &g) in SLOT_GENERATION.read().iter().enumerate() {
                if g > own {
                    release_slot(dtv, m);
                }
            }
        }
        let len = (*dtv.sub(1)).val;
        let needed = MAX_MODID.load(Ordering::Acquire).max(module);
        if needed > len {
            dtv = grow_dtv(dtv, needed + DTV_SURPLUS);
            core::arch::asm!("mov qword ptr fs:8, {}", in(reg) dtv, options(nostack, preserves_flags));
        }
        (*dtv).val = generation;
        let slot = dtv.add(module);
        if (*slot).val == TLS_DTV_UNALLOCATED || (*slot).val == 0 {
            let dynamic = DYNAMIC.read();
            let Some(e) = dynamic.iter().find(|e| e.m.modid == module) else {
                crate::eprint!("dryad: __tls_get_addr for an unknown TLS module {}\n", module);
                crate::sys::exit(127);
            };
            // A module with a block in static TLS uses it; one without
            // can never get one now (glibc's FORCED_DYNAMIC_TLS_OFFSET).
            let placement = loop {
                match e.placement.compare_exchange(NOT_PLACED, FORCED_DYNAMIC, Ordering::AcqRel, Ordering::Acquire) {
                    Ok(_) => break FORCED_DYNAMIC,
                    Err(PLACING) => core::hint::spin_loop(),
                    Err(p) => break p,
                }
            };
            let m = e.m;
            drop(dynamic);
            if placement != FORCED_DYNAMIC {
                let tp: usize;
                core::arch::asm!("mov {}, qword ptr fs:0", out(reg) tp, options(nostack, readonly, preserves_flags));
                *slot = DtvSlot { val: tp - placement, to_free: 0 };
                return (*slot).val + (*ti).offset;
            }
            let malloc = PROGRAM_MALLOC.load(Ordering::Acquire);
            // SAFETY: libc's `malloc`.
            let malloc: extern "C" fn(usize) -> usize = core::mem::transmute(malloc);
            let raw = malloc(m.memsz + m.align);
            if raw == 0 {
                // glibc's `oom` in dl-tls.c, word for word.
                crate::error::fatal_line("cannot allocate memory for thread-local data: ABORT");
            }
            // The block's first byte keeps its alignment offset, as the
            // static linker assumed (p_vaddr mod p_align).
            // Smallest address >= raw with block % align == firstbyte; it
            // is less than raw + align, so the block fits the allocation.
            let block = raw + (m.firstbyte + m.align - raw % m.align) % m.align;
            core::ptr::copy_nonoverlapping(m.image as *const u8, block as *mut u8, m.filesz);
            core::ptr::write_bytes((block + m.filesz) as *mut u8, 0, m.memsz - m.filesz);
            *slot = DtvSlot { val: block, to_free: raw };
        }
        (*slot).val + (*ti).offset
    }
}

/// A larger copy of `dtv` (new slots unallocated); frees the old one
/// unless it is the initial thread's.
///
/// # Safety
/// `dtv` is the calling thread's DTV.
unsafe fn grow_dtv(dtv: *mut DtvSlot, new_len: usize) -> *mut DtvSlot {
    // SAFETY: the old DTV has `old_len + 2` slots starting at dtv - 1; the
    // new one has `new_len + 2`.
    unsafe {
        let old_len = (*dtv.sub(1)).val;
        let start = alloc_dtv_slots(new_len + 2);
        if start.is_null() {
            crate::error::fatal_line("cannot allocate memory for thread-local data: ABORT");
        }
        for i in 0..new_len + 2 {
            *start.add(i) = DtvSlot { val: TLS_DTV_UNALLOCATED, to_free: 0 };
        }
        (*start).val = new_len;
        core::ptr::copy_nonoverlapping(dtv, start.add(1), old_len + 1);
        free_dtv(dtv);
        start.add(1)
    }
}

/// The startup TLS modules and layout, kept for threads created later.
pub struct StartupTls {
    pub modules: Vec<TlsModule>,
    pub layout: StaticTls,
    pub initial_dtv: usize,
}

static STARTUP: spin::Once<StartupTls> = spin::Once::new();

pub fn set_startup_state(state: StartupTls) {
    MAX_MODID.store(state.layout.max_modid, Ordering::Release);
    STARTUP.call_once(|| state);
}

pub fn startup_state() -> Option<&'static StartupTls> {
    STARTUP.get()
}

/// Frees a DTV made by [`new_dtv`] (never the initial thread's).
///
/// # Safety
/// `dtv` must come from `new_dtv` and no longer be in use.
pub unsafe fn free_dtv(dtv: *mut DtvSlot) {
    if dtv.is_null() || startup_state().is_some_and(|s| s.initial_dtv == dtv as usize) {
        return;
    }
    // SAFETY: new_dtv allocated `len + 2` slots starting one slot before
    // `dtv`, and stored `len` in that first slot.
    unsafe {
        let start = dtv.sub(1);
        let len = (*start).val;
        free_dtv_slots(start, len + 2);
    }
}

/// Copies each module's initialisation image into the block below `tp`
/// and clears the rest of the block (.tbss).
///
/// # Safety
/// `tp` must be a thread pointer whose static area covers every module's
/// offset, and the images must be mapped and relocated.
pub unsafe fn init_blocks(modules: &[TlsModule], tp: usize) {
    for m in modules {
        let block = tp - m.offset;
        // SAFETY: by the caller's contract the block lies inside the static
        // TLS area, and the image inside the module's mapped segment.
        unsafe {
            core::ptr::copy_nonoverlapping(m.image as *const u8, block as *mut u8, m.filesz);
            core::ptr::write_bytes((block + m.filesz) as *mut u8, 0, m.memsz - m.filesz);
        }
    }
}

/// Maps zeroed memory for a static TLS area of `layout` and returns the
/// thread pointer (the TCB's address: its last `tcb_size` bytes).
pub fn allocate_static_area(layout: &StaticTls, tcb_size: usize) -> Option<usize> {
    let len = (layout.size + layout.align).next_multiple_of(4096);
    // SAFETY: a fresh private anonymous mapping replaces nothing.
    let mem = unsafe { sys::mmap(0, len, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0) }.ok()?;
    let start = mem.next_multiple_of(layout.align);
    Some(start + layout.size - tcb_size)
}

/// Makes `tp` this thread's thread pointer (%fs base).
pub fn set_thread_pointer(tp: usize) -> Result<(), sys::Errno> {
    const ARCH_SET_FS: usize = 0x1002;
    // SAFETY: arch_prctl(ARCH_SET_FS) changes only the %fs base; nothing in
    // dryad uses %fs before this point.
    unsafe { syscalls::syscall!(syscalls::Sysno::arch_prctl, ARCH_SET_FS, tp) }.map(|_| ())
}

/// The thread pointer of the calling thread (`%fs:0` holds it by ABI).
pub fn thread_pointer() -> usize {
    let tp: usize;
    // SAFETY: reads the TCB's self pointer, which the ABI requires at %fs:0.
    unsafe { core::arch::asm!("mov {}, qword ptr fs:0", out(reg) tp, options(nostack, readonly, preserves_flags)) };
    tp
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(modid: usize, memsz: usize, align: usize, vaddr: usize) -> TlsModule {
        TlsModule { modid, memsz, align, firstbyte: vaddr & (align - 1), ..Default::default() }
    }

    #[test]
    fn layout_matches_glibc_on_this_machine() {
        // Observed under glibc 2.36 (docs/glibc-2.36.md §4.3): a program
        // with a 4-byte block and libc (0x90 bytes, align 8): program at
        // tp-4, libc at tp-152, used 152, size 4224, align 64.
        let mut main = module(1, 4, 4, 0x3dec);
        let mut libc = module(2, 0x90, 8, 0x1d06e8);
        let l = layout(&mut [&mut main, &mut libc], ExtraBlock::default(), 1664, 2368, 64);
        assert_eq!(main.offset, 4);
        assert_eq!(libc.offset, 152);
        assert_eq!(l, StaticTls { used: 152, surplus: 1664, size: 4224, align: 64, max_modid: 2, extra_offset: 0 });
    }

    #[test]
    fn extra_block_goes_after_the_modules() {
        // Observed under glibc 2.41 (Debian 13) with AT_RSEQ_FEATURE_SIZE 28
        // and AT_RSEQ_ALIGN 32: a program without TLS of its own, libc's
        // 0x90-byte block at tp-144, the rseq area (32 bytes) at tp-192.
        let mut libc = module(1, 0x90, 8, 0x1d06e8);
        let l = layout(&mut [&mut libc], ExtraBlock { size: 32, align: 32 }, 1664, 2368, 64);
        assert_eq!(libc.offset, 0x90);
        assert_eq!(l.extra_offset, 192);
        assert_eq!(l.used, 192);
    }

    #[test]
    fn small_module_fills_alignment_gap() {
        // A 64-aligned block leaves a gap below the first one; a small
        // later module goes into it instead of extending the area.
        let mut a = module(1, 8, 8, 0);
        let mut b = module(2, 16, 64, 0);
        let mut c = module(3, 8, 8, 0);
        let l = layout(&mut [&mut a, &mut b, &mut c], ExtraBlock::default(), 0, 2368, 64);
        assert_eq!(a.offset, 8);
        assert_eq!(b.offset, 64);
        assert_eq!(c.offset, 16, "fits in the gap between 8 and 48");
        assert_eq!(l.used, 64);
    }
}

/// `tls_index`, the argument of `__tls_get_addr` (general-dynamic model).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct TlsIndex {
    pub module: usize,
    pub offset: usize,
}

// `__tls_get_addr@GLIBC_2.3` itself is in arch/x86_64/tls.S: a fast path
// (the DTV is current and the module's block exists: one load and an
// add), else an aligned call to `dryad_tls_get_addr_slow`.

/// The entries of TLS descriptors (`R_X86_64_TLSDESC`), in
/// arch/x86_64/tlsdesc.S: what a descriptor's first word holds.
pub mod desc {
    /// Which entry.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Entry {
        /// The block is in static TLS; the argument is the offset from
        /// the thread pointer.
        Return,
        /// An undefined weak variable; the argument is its address.
        Undefweak,
        /// The block is allocated per thread; the argument points at a
        /// [`super::TlsIndex`] that lives as long as the object.
        Dynamic,
    }
    pub const RETURN: Entry = Entry::Return;
    pub const UNDEFWEAK: Entry = Entry::Undefweak;
    pub const DYNAMIC: Entry = Entry::Dynamic;

    #[cfg(feature = "rtld")]
    extern "C" {
        fn dryad_tlsdesc_return();
        fn dryad_tlsdesc_undefweak();
        fn dryad_tlsdesc_dynamic();
    }

    /// The entry's address (0 in a build without the assembly: the unit
    /// tests and fuzz targets, which run no descriptor).
    pub fn address(which: Entry) -> usize {
        #[cfg(feature = "rtld")]
        {
            match which {
                Entry::Return => dryad_tlsdesc_return as *const () as usize,
                Entry::Undefweak => dryad_tlsdesc_undefweak as *const () as usize,
                Entry::Dynamic => {
                    // Its slow path saves the extended state with the
                    // lazy trampoline's XSAVE size: make sure it is set.
                    crate::lazy::trampoline();
                    dryad_tlsdesc_dynamic as *const () as usize
                }
            }
        }
        #[cfg(not(feature = "rtld"))]
        {
            let _ = which;
            0
        }
    }
}
