//! Applying one object's relocations.
//!
//! Each object is relocated once, after every object it depends on (so a
//! COPY relocation copies data that is already relocated), and writes only
//! its own memory: relocating independent objects could run in parallel.
//! Order within an object: `DT_RELR`, then `DT_RELA`, then the PLT
//! relocations (`DT_JMPREL`), which are either bound now (LD_BIND_NOW,
//! `-z now`, RTLD_NOW) or left for their first call (see [`crate::lazy`]).

use crate::config::debug;
use crate::elf::{records, Rela, Sym};
use crate::error::{LoadError, LoadResult};
use crate::lookup::{lookup_in_object, Definition, RefClass};
use crate::symindex::Scope;
use crate::namespace::Namespace;
use crate::object::Object;
use crate::symbols::SymbolName;
use crate::sys::{self, Bytes};
use alloc::format;
use goblin::elf::reloc::*;
use goblin::elf::section_header::{SHN_ABS, SHN_UNDEF};
use goblin::elf::sym::{STB_LOCAL, STB_WEAK};

/// Counts kept for `LD_DEBUG=statistics`.
#[derive(Default, Clone, Copy, Debug)]
pub struct RelocStats {
    pub relative: usize,
    pub symbolic: usize,
    /// Symbol lookups made (glibc's `GL(dl_num_relocations)`: one per
    /// reference that does not bind within its object and was not
    /// answered by the lookup cache).
    pub lookups: usize,
    /// References answered by the lookup cache (glibc's
    /// `GL(dl_num_cache_relocations)`).
    pub cache_hits: usize,
}

/// The one-entry lookup cache of the object being relocated (glibc's
/// `l_lookup_cache`, `resolve_map` in elf/dl-reloc.c): a reference to
/// the same symbol with the same type class as the one before it gets
/// that one's answer without a lookup. It changes no answer (a lookup is
/// a function of the symbol and the class), and it is glibc's: its hits
/// print no `LD_DEBUG=symbols` or `bindings` lines and are counted apart.
#[derive(Clone, Copy)]
struct Cached {
    symidx: usize,
    class: u8,
    def: Option<Definition>,
    refsym: Option<Sym>,
}

/// glibc's `elf_machine_type_class` on x86-64: 1 (PLT) for JUMP_SLOT and
/// the TLS relocations, 2 for COPY, `glob_dat` for GLOB_DAT (4,
/// ELF_RTYPE_CLASS_EXTERN_PROTECTED_DATA, before 2.36; 0 since:
/// [`Namespace::glob_dat_class`]), 0 otherwise.
#[inline]
fn glibc_type_class(kind: u32, glob_dat: u8) -> u8 {
    match kind {
        R_X86_64_JUMP_SLOT | R_X86_64_DTPMOD64 | R_X86_64_DTPOFF64 | R_X86_64_TPOFF64 | R_X86_64_TLSDESC => 1,
        R_X86_64_COPY => 2,
        R_X86_64_GLOB_DAT => glob_dat,
        _ => 0,
    }
}

/// Whether glibc looks reference `sym` up (`resolve_map`): it is not
/// local, and its visibility is default or protected.
#[inline]
fn looked_up(sym: &Sym) -> bool {
    sym.st_info >> 4 != STB_LOCAL && matches!(sym.st_other & 3, 0 | 3)
}

/// Adds an object's lookup counts to the totals `LD_DEBUG=statistics`
/// prints (only then counted process-wide).
#[inline]
fn publish_counts(ns: &Namespace, stats: &RelocStats) {
    if ns.config.debug & debug::STATISTICS != 0 {
        crate::debuglog::count_lookups(stats.lookups, stats.cache_hits);
    }
}

/// Relocates object `idx` of `ns` against `scope`. With `lazy_plt`, the
/// PLT's JUMP_SLOT relocations are left for the first call (see
/// [`crate::lazy`]): their slots only get the load bias added.
pub fn relocate_object(ns: &Namespace, idx: usize, scope: Scope, lazy_plt: bool) -> LoadResult<RelocStats> {
    relocate_object_with(ns, idx, scope, lazy_plt, None).map_err(|(_, e)| e)
}

/// The relocations of one object that [`relocate_object_with`] set aside
/// because applying them runs the object's or another object's code (an
/// IRELATIVE resolver, or an IFUNC definition's): their positions in the
/// object's relocation order, ascending. See [`apply_deferred`].
pub type Deferred = alloc::vec::Vec<u32>;

/// Where a relocation comes in an object's relocation order: DT_RELR
/// (position 0), then DT_RELA entry `i` (1 + i), then DT_JMPREL entry `i`
/// (1 + |DT_RELA| + i). An error carries the position it was met at.
pub type Position = u32;

/// [`relocate_object`], optionally setting aside what runs code (`defer`:
/// a worker thread of [`crate::workers`] must not run a resolver, which
/// may call back into dryad): then the object is relocated but for those
/// relocations, which [`apply_deferred`] applies later, in order.
pub fn relocate_object_with(
    ns: &Namespace,
    idx: usize,
    scope: Scope,
    lazy_plt: bool,
    mut defer: Option<&mut Deferred>,
) -> Result<RelocStats, (Position, LoadError)> {
    let obj = &ns.objects[idx];
    let mut stats = RelocStats::default();
    let d = &obj.dynamic;
    let textrel = d.textrel;
    if textrel {
        set_text_writable(obj, true).map_err(|e| (0, e))?;
    }
    // GOT[1] and GOT[2] are reserved for lazy binding (with it, they
    // already hold the object's handle and the trampoline: see
    // `lazy::prepare`): a relocation that writes there would send the
    // first call through the PLT wherever it wrote, and a PLT relocation
    // that targets them leaves its real slot unbound. No linker puts a
    // relocation there.
    let reserved = d.pltgot.filter(|_| d.jmprel.size != 0).map(|got| (got.wrapping_add(8), got.wrapping_add(24)));
    let places = Places::new(ns, idx, reserved);

    // DT_RELR: packed RELATIVE relocations.
    relocate_relr(obj, &places, &mut stats).map_err(|e| (0, e))?;

    let rela_count = (d.rela.size / 24) as Position;
    for (table, plt) in [(d.rela, false), (d.jmprel, true)] {
        let bytes = obj.image.slice(table.addr, table.size).ok_or_else(|| (if plt { 1 + rela_count } else { 1 }, ns.corrupt(idx, "relocation table")))?;
        for (i, r) in records::<Rela>(bytes).enumerate() {
            let at = i as Position + if plt { 1 + rela_count } else { 1 };
            if plt {
                match (r.r_info & 0xffff_ffff) as u32 {
                    R_X86_64_JUMP_SLOT if lazy_plt => {
                        // The slot holds the link-time address of its PLT
                        // entry's `push`; the first call jumps there. If it
                        // points anywhere but the object's code, that jump
                        // would go astray (into another object, or nowhere):
                        // such a slot is bound now instead.
                        let place = obj.base.wrapping_add(r.r_offset as usize);
                        if place % 8 != 0 {
                            return Err((at, ns.corrupt(idx, "PLT relocation target not aligned")));
                        }
                        let target = obj.base.wrapping_add(places.read_word(place).map_err(|e| (at, e))?);
                        if in_code(obj, target) {
                            if obj.base != 0 {
                                places.write_word(place, target).map_err(|e| (at, e))?;
                            }
                            continue;
                        }
                    }
                    // TLSDESC is bound now even when lazy, as glibc's
                    // elf_machine_lazy_rel does (2.33 on: a descriptor may
                    // need a static TLS block, placed under a lock).
                    R_X86_64_JUMP_SLOT | R_X86_64_IRELATIVE | R_X86_64_TLSDESC => {}
                    // glibc's elf_machine_lazy_rel accepts nothing else in
                    // DT_JMPREL, and so does dryad, lazy or not: another
                    // type leaves its PLT slot unbound. (glibc's eager
                    // binding applies any type.)
                    kind => return Err((at, bad_type(obj, kind, true))),
                }
            }
            let done = apply(&places, scope, &r, plt, &mut stats, defer.is_some()).map_err(|e| (at, e))?;
            if !done {
                if let Some(d) = defer.as_deref_mut() {
                    d.push(at);
                }
            }
        }
    }

    if textrel {
        set_text_writable(obj, false).map_err(|e| (1 + rela_count + (d.jmprel.size / 24) as Position, e))?;
    }
    publish_counts(ns, &stats);
    Ok(stats)
}

/// Applies the relocations [`relocate_object_with`] set aside for object
/// `idx`, in order, up to (not including) position `until`.
pub fn apply_deferred(ns: &Namespace, idx: usize, scope: Scope, deferred: &[Position], until: Position) -> LoadResult<RelocStats> {
    let obj = &ns.objects[idx];
    let d = &obj.dynamic;
    let reserved = d.pltgot.filter(|_| d.jmprel.size != 0).map(|got| (got.wrapping_add(8), got.wrapping_add(24)));
    let places = Places::new(ns, idx, reserved);
    let rela_count = (d.rela.size / 24) as Position;
    let mut stats = RelocStats::default();
    for &at in deferred.iter().take_while(|&&at| at < until) {
        let (table, i, plt) = if at > rela_count { (d.jmprel, at - 1 - rela_count, true) } else { (d.rela, at - 1, false) };
        let r: Rela = obj.image.read(table.addr + i as usize * 24).ok_or_else(|| ns.corrupt(idx, "relocation table"))?;
        apply(&places, scope, &r, plt, &mut stats, false)?;
    }
    publish_counts(ns, &stats);
    Ok(stats)
}

/// DT_RELR: packed RELATIVE relocations.
fn relocate_relr(obj: &Object, places: &Places, stats: &mut RelocStats) -> LoadResult<()> {
    let (ns, idx) = (places.ns, places.idx);
    let d = &obj.dynamic;
    let relr = obj.image.slice(d.relr.addr, d.relr.size).ok_or_else(|| ns.corrupt(idx, "DT_RELR"))?;
    let mut where_ = 0usize;
    for entry in records::<u64>(relr) {
        let entry = entry as usize;
        if entry & 1 == 0 {
            where_ = obj.base.wrapping_add(entry);
            places.add_base(where_, obj.base)?;
            where_ += 8;
            stats.relative += 1;
        } else {
            let bits = entry >> 1;
            // The words a bitmap entry names lie within 63 words of
            // `where_`: one check for the span up to the last one named
            // (per word only when that fails, to name the bad one).
            let span = (usize::BITS - bits.leading_zeros()) as usize * 8;
            let mut rest = bits;
            if places.writable(where_, span) {
                // The load bias in a local: through `obj` it was read
                // again after every write.
                let base = obj.base;
                while rest != 0 {
                    let at = where_ + rest.trailing_zeros() as usize * 8;
                    // SAFETY: `at` lies in `[where_, where_ + span)`,
                    // checked above to be writable memory of the object.
                    unsafe { add_base_unchecked(at, base) };
                    rest &= rest - 1;
                }
                stats.relative += bits.count_ones() as usize;
            } else {
                while rest != 0 {
                    places.add_base(where_ + rest.trailing_zeros() as usize * 8, obj.base)?;
                    stats.relative += 1;
                    rest &= rest - 1;
                }
            }
            where_ += 63 * 8;
        }
    }
    Ok(())
}

fn set_text_writable(obj: &Object, writable: bool) -> LoadResult<()> {
    for s in obj.segments.iter().filter(|s| s.prot & libc::PROT_WRITE == 0) {
        let start = s.start & !4095;
        let len = s.end.next_multiple_of(4096) - start;
        let prot = if writable { s.prot | libc::PROT_WRITE } else { s.prot };
        // SAFETY: the segment belongs to this object, which no code is
        // running in yet; we restore the original protection afterwards.
        unsafe { sys::mprotect(start, len, prot) }
            .map_err(|e| LoadError::with_errno(&obj.path, "cannot make segment writable for relocation", e))?;
    }
    Ok(())
}

/// The memory relocations of one object may write: its writable segments
/// (all of them with DT_TEXTREL). Every target is checked here; the
/// segment of the previous hit is tried first, since consecutive
/// relocations usually hit the same one.
struct Places<'a> {
    ns: &'a Namespace,
    idx: usize,
    ranges: alloc::vec::Vec<(usize, usize)>,
    last: core::cell::Cell<usize>,
    /// Words no relocation may touch: GOT[1] and GOT[2].
    reserved: Option<(usize, usize)>,
    /// The lookup cache (see [`Cached`]).
    cache: core::cell::Cell<Option<Cached>>,
}

impl<'a> Places<'a> {
    fn new(ns: &'a Namespace, idx: usize, reserved: Option<(usize, usize)>) -> Self {
        let obj = &ns.objects[idx];
        let mut ranges = alloc::vec::Vec::with_capacity(obj.segments.len() + 1);
        for s in obj.segments.iter().filter(|s| s.prot & libc::PROT_WRITE != 0 || obj.dynamic.textrel) {
            // The reserved words are cut out of the ranges, so that
            // checking a target costs nothing more.
            match reserved {
                Some((start, end)) if start < s.end && end > s.start => {
                    for (a, b) in [(s.start, start), (end, s.end)] {
                        if a < b {
                            ranges.push((a, b));
                        }
                    }
                }
                _ => ranges.push((s.start, s.end)),
            }
        }
        Places { ns, idx, ranges, last: core::cell::Cell::new(0), reserved, cache: core::cell::Cell::new(None) }
    }

    /// Checks that `[addr, addr+len)` is writable memory of the object.
    #[inline]
    fn check(&self, addr: usize, len: usize) -> LoadResult<()> {
        if self.writable(addr, len) {
            Ok(())
        } else {
            Err(self.refused(addr, len))
        }
    }

    #[inline]
    fn writable(&self, addr: usize, len: usize) -> bool {
        let inside = |&(s, e): &(usize, usize)| addr >= s && addr.checked_add(len).is_some_and(|end| end <= e);
        if self.ranges.get(self.last.get()).is_some_and(inside) {
            return true;
        }
        match self.ranges.iter().position(inside) {
            Some(i) => {
                self.last.set(i);
                true
            }
            None => false,
        }
    }

    /// The error for a target [`Places::writable`] refused (out of line:
    /// the checks themselves stay small enough to inline).
    #[cold]
    #[inline(never)]
    fn refused(&self, addr: usize, len: usize) -> LoadError {
        if self.reserved.is_some_and(|(start, end)| addr < end && addr.saturating_add(len) > start) {
            return self.ns.corrupt(self.idx, "relocation target overlaps GOT[1] or GOT[2]");
        }
        self.ns.corrupt(self.idx, "relocation target outside the object's writable segments")
    }

    fn read_word(&self, addr: usize) -> LoadResult<usize> {
        self.check(addr, 8)?;
        // SAFETY: checked to lie inside a writable (hence readable) segment.
        Ok(unsafe { core::ptr::read_unaligned(addr as *const usize) })
    }

    /// A relative relocation: adds `base` to the word at `addr`, checked once.
    fn add_base(&self, addr: usize, base: usize) -> LoadResult<()> {
        self.check(addr, 8)?;
        // SAFETY: checked to lie inside a writable (and readable) segment.
        unsafe { add_base_unchecked(addr, base) };
        Ok(())
    }

    #[inline]
    fn write_word(&self, addr: usize, value: usize) -> LoadResult<()> {
        self.check(addr, 8)?;
        // SAFETY: checked to lie inside a writable segment of this object.
        unsafe { core::ptr::write_unaligned(addr as *mut usize, value) };
        Ok(())
    }

    fn write_u32(&self, addr: usize, value: u32) -> LoadResult<()> {
        self.check(addr, 4)?;
        // SAFETY: checked to lie inside a writable segment of this object.
        unsafe { core::ptr::write_unaligned(addr as *mut u32, value) };
        Ok(())
    }
}

/// Adds `base` to the (possibly unaligned) word at `addr`.
///
/// # Safety
/// `addr..addr + 8` must be readable and writable memory that nothing
/// else accesses meanwhile (a [`Places`]-checked relocation target).
#[inline]
unsafe fn add_base_unchecked(addr: usize, base: usize) {
    // SAFETY: the caller's contract.
    unsafe {
        let p = addr as *mut usize;
        core::ptr::write_unaligned(p, base.wrapping_add(core::ptr::read_unaligned(p)));
    }
}

/// The end of user space (x86-64, 4-level paging; `load::check_loads`
/// maps nothing above it). A jump to an address at or above it faults on
/// the jump itself: in the lazy trampoline, that would be a fault in dryad.
const USER_END: usize = 1 << 47;

/// Whether `addr` lies inside an executable segment of `obj`.
pub fn in_code(obj: &Object, addr: usize) -> bool {
    obj.segments.iter().any(|s| s.prot & libc::PROT_EXEC != 0 && addr >= s.start && addr < s.end)
}

/// The address of definition `def`, if it lies in code: inside an
/// executable segment of the object that defines it, or for an absolute
/// symbol, of any loaded object. Otherwise the defining object is corrupt
/// (`what` says which address it was).
#[inline]
fn code_address(ns: &Namespace, def: &Definition, what: &str) -> LoadResult<usize> {
    let addr = def.address(&ns.objects);
    let inside = if def.sym.st_shndx as u32 == SHN_ABS {
        ns.objects.iter().any(|o| in_code(o, addr))
    } else {
        in_code(&ns.objects[def.object], addr)
    };
    if !inside {
        return Err(definition_error(ns, def, what, "outside the object's code"));
    }
    Ok(addr)
}

/// ``corrupt object: WHAT `NAME'[ PROBLEM]`` about definition `def`,
/// named as its object's symbol table names it (out of line: only the
/// checks run on the good path).
#[cold]
#[inline(never)]
fn definition_error(ns: &Namespace, def: &Definition, what: &str, problem: &str) -> LoadError {
    let obj = &ns.objects[def.object];
    let name = obj.symbols.name(&obj.image, &def.sym).unwrap_or(b"");
    let sep = if problem.is_empty() { "" } else { " " };
    ns.corrupt(def.object, &format!("{what} `{}'{sep}{problem}", Bytes(name)))
}

/// Runs the IFUNC resolver of definition `def` and returns the
/// implementation it chose. The resolver must lie in its object's code,
/// must not be running [`running::MAX_DEPTH`] times over on this thread
/// already (see [`running`]), and must return an address in user space
/// (0 is let through: a resolver may choose "no implementation", and the
/// call then faults at 0, as with glibc).
pub fn run_ifunc(ns: &Namespace, def: &Definition) -> LoadResult<usize> {
    let resolver = code_address(ns, def, "IFUNC resolver of")?;
    let value = {
        let Some(_running) = running::enter(resolver) else {
            return Err(definition_error(ns, def, "recursion in the IFUNC resolver of", ""));
        };
        call_ifunc(resolver)
    };
    if value >= USER_END {
        return Err(definition_error(ns, def, "IFUNC resolver of", "returned an address outside user space"));
    }
    Ok(value)
}

/// The IFUNC resolvers running now, with the thread running each and how
/// many times over. A resolver that runs again on the same thread before
/// it has returned, again and again, recurses until the stack overflows,
/// faulting inside dryad: a corrupt object can mark as STT_GNU_IFUNC a
/// function that calls itself through an unbound PLT slot, and every
/// first call through that slot runs the "resolver" again. A resolver may
/// run a few times over on one thread for good reasons (a signal handler
/// makes the same first call while the resolver runs), so only the run
/// past [`running::MAX_DEPTH`] is refused.
///
/// An entry is (thread pointer, resolver, depth). It is claimed by a
/// compare-exchange of its thread word (the thread pointer, unique among
/// live threads) and then written only by its own thread, so the table
/// needs no lock; a signal handler may use it, because an entry matches
/// only once its depth is set, and the depth changes by atomic
/// read-modify-writes. A thread that finds every entry taken runs its
/// resolver untracked.
mod running {
    use core::sync::atomic::{AtomicUsize, Ordering};

    /// Runs of one resolver on one thread at once (the 9th is refused).
    pub const MAX_DEPTH: usize = 8;
    const ENTRIES: usize = 64;
    static THREAD: [AtomicUsize; ENTRIES] = [const { AtomicUsize::new(0) }; ENTRIES];
    static RESOLVER: [AtomicUsize; ENTRIES] = [const { AtomicUsize::new(0) }; ENTRIES];
    static DEPTH: [AtomicUsize; ENTRIES] = [const { AtomicUsize::new(0) }; ENTRIES];
    /// One past the highest entry ever claimed: lookups scan no further.
    static USED: AtomicUsize = AtomicUsize::new(0);

    /// One run, counted in entry `.0` (None: untracked) until dropped.
    pub struct Running(Option<usize>);

    impl Drop for Running {
        fn drop(&mut self) {
            let Some(i) = self.0 else { return };
            if DEPTH[i].fetch_sub(1, Ordering::AcqRel) == 1 {
                // The last run: free the entry (depth 0 already makes it
                // match nothing, should a signal handler look now).
                RESOLVER[i].store(0, Ordering::Release);
                THREAD[i].store(0, Ordering::Release);
            }
        }
    }

    /// Counts a run of `resolver` on this thread; None if it is already
    /// running MAX_DEPTH times here.
    pub fn enter(resolver: usize) -> Option<Running> {
        let tp = crate::tls::thread_pointer();
        if tp == 0 {
            return Some(Running(None));
        }
        let mine = (0..USED.load(Ordering::Acquire)).find(|&i| {
            THREAD[i].load(Ordering::Acquire) == tp && RESOLVER[i].load(Ordering::Acquire) == resolver && DEPTH[i].load(Ordering::Acquire) != 0
        });
        if let Some(i) = mine {
            if DEPTH[i].fetch_add(1, Ordering::AcqRel) >= MAX_DEPTH {
                DEPTH[i].fetch_sub(1, Ordering::AcqRel);
                return None;
            }
            return Some(Running(Some(i)));
        }
        for i in 0..ENTRIES {
            if THREAD[i].compare_exchange(0, tp, Ordering::AcqRel, Ordering::Relaxed).is_ok() {
                USED.fetch_max(i + 1, Ordering::AcqRel);
                DEPTH[i].store(1, Ordering::Release);
                RESOLVER[i].store(resolver, Ordering::Release);
                return Some(Running(Some(i)));
            }
        }
        Some(Running(None))
    }
}

/// glibc's error for a relocation type dryad does not apply (or, in the
/// DT_JMPREL table of a lazily bound object, does not expect).
fn bad_type(obj: &Object, kind: u32, plt: bool) -> LoadError {
    let what = if plt { "unexpected PLT reloc type" } else { "unexpected reloc type" };
    // glibc names the object by its link-map name, empty for the program.
    let name: &[u8] = if obj.kind == crate::object::ObjectKind::Main { b"" } else { &obj.path };
    LoadError::new(name, format!("{what} 0x{kind:02x}"))
}

/// Calls an IFUNC resolver and returns the implementation it chose.
pub fn call_ifunc(resolver: usize) -> usize {
    // SAFETY: the address is an STT_GNU_IFUNC definition (or IRELATIVE
    // addend) of a relocated object: a function taking no arguments that
    // returns the address of the implementation.
    let f: extern "C" fn() -> usize = unsafe { core::mem::transmute(resolver) };
    f()
}

/// Applies relocation `r`; Ok(false) if it was set aside instead
/// (`defer`: it would run a resolver).
fn apply(places: &Places, scope: Scope, r: &Rela, plt: bool, stats: &mut RelocStats, defer: bool) -> LoadResult<bool> {
    let (ns, idx) = (places.ns, places.idx);
    let obj = &ns.objects[idx];
    let kind = (r.r_info & 0xffff_ffff) as u32;
    let symidx = (r.r_info >> 32) as usize;
    let place = obj.base.wrapping_add(r.r_offset as usize);
    let addend = r.r_addend as usize;
    match kind {
        R_X86_64_NONE => return Ok(true),
        R_X86_64_RELATIVE => {
            stats.relative += 1;
            return places.write_word(place, obj.base.wrapping_add(addend)).map(|_| true);
        }
        R_X86_64_IRELATIVE if defer => return Ok(false),
        R_X86_64_IRELATIVE => {
            stats.relative += 1;
            let resolver = obj.base.wrapping_add(addend);
            if !in_code(obj, resolver) {
                return Err(ns.corrupt(idx, "IRELATIVE resolver outside the object's code"));
            }
            let value = {
                let Some(_running) = running::enter(resolver) else {
                    return Err(ns.corrupt(idx, "recursion in an IRELATIVE resolver"));
                };
                call_ifunc(resolver)
            };
            return places.write_word(place, value).map(|_| true);
        }
        R_X86_64_64 | R_X86_64_GLOB_DAT | R_X86_64_JUMP_SLOT | R_X86_64_PC32 | R_X86_64_32 | R_X86_64_32S
        | R_X86_64_PC64 | R_X86_64_SIZE32 | R_X86_64_SIZE64 | R_X86_64_COPY => {}
        R_X86_64_DTPMOD64 | R_X86_64_DTPOFF64 | R_X86_64_TPOFF64 | R_X86_64_TLSDESC => {
            stats.symbolic += 1;
            return apply_tls(places, scope, kind, symidx, place, addend, stats).map(|_| true);
        }
        _ => return Err(bad_type(obj, kind, plt)),
    }
    stats.symbolic += 1;
    if kind == R_X86_64_JUMP_SLOT && place % 8 != 0 {
        // A GOT slot is an aligned word (the lazy resolver's store of it
        // must be one indivisible write).
        return Err(ns.corrupt(idx, "PLT relocation target not aligned"));
    }
    let class = match kind {
        R_X86_64_JUMP_SLOT => RefClass::Plt,
        R_X86_64_COPY => RefClass::Copy,
        _ => RefClass::Normal,
    };
    let (def, refsym) = resolve_cached(places, scope, symidx, class, glibc_type_class(kind, ns.glob_dat_class), stats)?;
    // Set aside: what runs a resolver, and a COPY (it reads another
    // object's relocated data, which another thread may be writing).
    if defer && (kind == R_X86_64_COPY || def.is_some_and(|d| d.is_ifunc())) {
        stats.symbolic -= 1;
        return Ok(false);
    }
    let (value, size) = match def {
        Some(def) => {
            let mut v = if def.is_ifunc() && kind != R_X86_64_COPY { run_ifunc(ns, &def)? } else { def.address(&ns.objects) };
            if kind == R_X86_64_JUMP_SLOT && crate::audit::active() && crate::audit::binding_audited() {
                // A PLT slot bound now: the audit modules hear of it (and
                // get no la_pltenter for it), as from glibc's relocation.
                let flags = crate::audit::LA_SYMB_NOPLTENTER | crate::audit::LA_SYMB_NOPLTEXIT;
                v = crate::audit::symbind(ns, places.idx, def.object, &def.sym, def.index, v, flags).value;
            }
            (v, def.sym.st_size as usize)
        }
        None => (0, 0),
    };
    write_value(places, kind, place, addend, value, size, def, refsym).map(|_| true)
}

/// Writes what relocation `kind` at `place` computes from the value and
/// size of its definition `def` (`refsym`: the reference's symbol).
#[allow(clippy::too_many_arguments)]
#[inline]
fn write_value(places: &Places, kind: u32, place: usize, addend: usize, value: usize, size: usize, def: Option<Definition>, refsym: Option<Sym>) -> LoadResult<()> {
    let (ns, obj) = (places.ns, &places.ns.objects[places.idx]);
    match kind {
        R_X86_64_GLOB_DAT | R_X86_64_JUMP_SLOT => places.write_word(place, value),
        R_X86_64_64 => places.write_word(place, value.wrapping_add(addend)),
        R_X86_64_PC64 => places.write_word(place, value.wrapping_add(addend).wrapping_sub(place)),
        R_X86_64_SIZE64 => places.write_word(place, size.wrapping_add(addend)),
        R_X86_64_PC32 | R_X86_64_32 | R_X86_64_32S | R_X86_64_SIZE32 => {
            let v = match kind {
                R_X86_64_PC32 => value.wrapping_add(addend).wrapping_sub(place) as i64,
                R_X86_64_SIZE32 => size.wrapping_add(addend) as i64,
                _ => value.wrapping_add(addend) as i64,
            };
            let fits = match kind {
                R_X86_64_32 | R_X86_64_SIZE32 => v as u64 <= u32::MAX as u64,
                _ => v == v as i32 as i64,
            };
            if !fits {
                let name = refsym.and_then(|s| obj.symbols.name(&obj.image, &s)).unwrap_or(b"");
                return Err(LoadError::new(
                    &obj.path,
                    format!("Symbol `{}' causes overflow in R_X86_64_{} relocation", Bytes(name), reloc_name(kind)),
                ));
            }
            places.write_u32(place, v as u32)
        }
        R_X86_64_COPY => {
            let (Some(def), Some(refsym)) = (def, refsym) else { return Ok(()) };
            let n = (def.sym.st_size as usize).min(refsym.st_size as usize);
            places.check(place, n)?;
            let src = def.address(&ns.objects);
            if !ns.objects[def.object].image.contains(src, n) {
                return Err(ns.corrupt(def.object, "COPY relocation source outside the object"));
            }
            // SAFETY: source checked inside the defining object's readable
            // memory, destination inside this object's writable memory;
            // they are different objects, so they do not overlap.
            unsafe { core::ptr::copy_nonoverlapping(src as *const u8, place as *mut u8, n) };
            Ok(())
        }
        _ => Ok(()),
    }
}

/// TLS relocations: the module id (DTPMOD64), the offset inside the
/// module's block (DTPOFF64), or the offset from the thread pointer
/// (TPOFF64, initial-exec: the block is at `tp - module.offset`). Symbol 0
/// means the object's own module.
fn apply_tls(places: &Places, scope: Scope, kind: u32, symidx: usize, place: usize, addend: usize, stats: &mut RelocStats) -> LoadResult<()> {
    let (ns, idx) = (places.ns, places.idx);
    let (module, value) = if symidx == 0 {
        (idx, 0usize)
    } else {
        match resolve_cached(places, scope, symidx, RefClass::Normal, glibc_type_class(kind, ns.glob_dat_class), stats)? {
            (Some(def), _) => (def.object, def.sym.st_value as usize),
            // An undefined weak variable through a descriptor: its address
            // is the addend (glibc's _dl_tlsdesc_undefweak).
            (None, _) if kind == R_X86_64_TLSDESC => return write_tlsdesc(places, place, crate::tls::desc::UNDEFWEAK, addend),
            // An undefined weak TLS reference: glibc leaves the word alone.
            (None, _) => return Ok(()),
        }
    };
    let Some(tls) = ns.objects[module].tls else {
        return Err(LoadError::new(ns.display_name(idx), "TLS relocation against an object without a TLS segment"));
    };
    if kind == R_X86_64_TLSDESC {
        // glibc's TRY_STATIC_TLS: a block in static TLS (a startup
        // module's, or one the optional surplus can give a dlopen'ed
        // module) is reached by its offset; otherwise per thread, through
        // the DTV.
        if let Ok(offset) = static_tls_offset(ns, module, &tls, true) {
            return write_tlsdesc(places, place, crate::tls::desc::RETURN, value.wrapping_add(addend).wrapping_sub(offset));
        }
        let index = crate::tls::TlsIndex { module: tls.modid, offset: value.wrapping_add(addend) };
        let arg = ns.objects[idx].tlsdesc_index(index);
        return write_tlsdesc(places, place, crate::tls::desc::DYNAMIC, arg);
    }
    let word = match kind {
        R_X86_64_DTPMOD64 => tls.modid,
        R_X86_64_DTPOFF64 => value.wrapping_add(addend),
        _ => value.wrapping_add(addend).wrapping_sub(static_tls_offset(ns, module, &tls, false)?),
    };
    places.write_word(place, word)
}

/// Fills the TLS descriptor at `place` ({entry, arg}) with one of
/// [`crate::tls::desc`]'s entries and its argument.
fn write_tlsdesc(places: &Places, place: usize, which: crate::tls::desc::Entry, arg: usize) -> LoadResult<()> {
    places.write_word(place + 8, arg)?;
    places.write_word(place, crate::tls::desc::address(which))
}

/// The offset below the thread pointer of object `module`'s TLS block,
/// for an initial-exec access (or, `optional`, a TLSDESC one). A module
/// dlopen loaded is given a block in the static TLS surplus at its first
/// such access, as glibc's `_dl_allocate_static_tls` does; when the
/// surplus is exhausted, or a thread already gave the module a dynamic
/// block, glibc's error, naming the module.
pub fn static_tls_offset(ns: &Namespace, module: usize, tls: &crate::tls::TlsModule, optional: bool) -> LoadResult<usize> {
    if !tls.dynamic {
        return Ok(tls.offset);
    }
    let obj = &ns.objects[module];
    // An object whose initialisers were called is relocated: the running
    // threads' blocks get its image now. One this dlopen is loading gets
    // them once the whole tree is relocated (`dlopen`'s `init_pending`).
    let init = |m: &crate::tls::TlsModule| {
        if let Some(libc) = crate::abi::libc() {
            libc.init_static_tls(obj, m);
        }
    };
    crate::tls::static_offset(tls.modid, optional, obj.init_called, &init)
        .map_err(|_| LoadError::new(ns.display_name(module), "cannot allocate memory in static TLS block"))
}

/// The definition JUMP_SLOT relocation `r` of object `idx` binds to at
/// its first call (None: an undefined weak function, bound to 0), checked
/// as for eager binding: the symbol index, name and version, and the
/// definition's address, in code. Runs no resolver and writes nothing (the
/// fuzz target calls it on its inputs).
pub fn plt_definition(ns: &Namespace, idx: usize, r: &Rela) -> LoadResult<Option<Definition>> {
    let symidx = (r.r_info >> 32) as usize;
    // The global scope as it is now (later RTLD_GLOBAL opens included),
    // then, for a dlopen'ed object, its own dependency list.
    let list = ns.lookup_list(idx);
    let (def, refsym) = resolve(ns, idx, ns.scope(&list), symidx, RefClass::Plt)?;
    if ns.config.debug & debug::STATISTICS != 0 && refsym.is_some_and(|s| looked_up(&s)) {
        crate::debuglog::count_lookups(1, 0);
    }
    Ok(def)
}

/// Resolves a JUMP_SLOT relocation `r` of object `idx` for the lazy
/// resolver: the address its PLT slot must hold (an IFUNC's chosen
/// implementation; 0 for an undefined weak function).
pub fn resolve_plt(ns: &Namespace, idx: usize, r: &Rela) -> LoadResult<usize> {
    match plt_definition(ns, idx, r)? {
        Some(def) => definition_value(ns, &def),
        None => Ok(0),
    }
}

/// The address a call to definition `def` goes to: its own, or for an
/// IFUNC the implementation its resolver chooses.
#[inline]
pub fn definition_value(ns: &Namespace, def: &Definition) -> LoadResult<usize> {
    if def.is_ifunc() { run_ifunc(ns, def) } else { Ok(def.address(&ns.objects)) }
}

fn reloc_name(kind: u32) -> &'static str {
    match kind {
        R_X86_64_PC32 => "PC32",
        R_X86_64_32 => "32",
        R_X86_64_32S => "32S",
        R_X86_64_SIZE32 => "SIZE32",
        _ => "?",
    }
}

/// `LD_DEBUG=unused` with tracing (`ldd -u`): which objects the program's
/// own references bind to (glibc relocates the program alone, PLT
/// included, IFUNC resolvers not run, and marks each object a lookup
/// found a definition in, `l_used`). Here nothing is written: the
/// program's relocations are only resolved, in their order, through the
/// lookup cache as when relocating (so that `symbols` shows glibc's
/// lines); a reference found nowhere is no error.
pub fn objects_the_program_uses(ns: &Namespace) -> alloc::vec::Vec<bool> {
    let idx = ns.main;
    let obj = &ns.objects[idx];
    let mut used = alloc::vec![false; ns.objects.len()];
    let places = Places::new(ns, idx, None);
    let scope = ns.scope(&ns.search_list);
    let mut stats = RelocStats::default();
    for table in [obj.dynamic.rela, obj.dynamic.jmprel] {
        let Some(bytes) = obj.image.slice(table.addr, table.size) else { continue };
        for r in records::<Rela>(bytes) {
            let kind = (r.r_info & 0xffff_ffff) as u32;
            let class = match kind {
                R_X86_64_JUMP_SLOT => RefClass::Plt,
                R_X86_64_COPY => RefClass::Copy,
                R_X86_64_64 | R_X86_64_GLOB_DAT | R_X86_64_PC32 | R_X86_64_32 | R_X86_64_32S | R_X86_64_PC64 | R_X86_64_SIZE32
                | R_X86_64_SIZE64 | R_X86_64_DTPMOD64 | R_X86_64_DTPOFF64 | R_X86_64_TPOFF64 | R_X86_64_TLSDESC => RefClass::Normal,
                _ => continue,
            };
            let symidx = (r.r_info >> 32) as usize;
            if symidx == 0 {
                continue;
            }
            if let Ok((Some(def), Some(refsym))) = resolve_cached(&places, scope, symidx, class, glibc_type_class(kind, ns.glob_dat_class), &mut stats) {
                if looked_up(&refsym) {
                    used[def.object] = true;
                }
            }
        }
    }
    used
}

/// [`resolve`] through the object's lookup cache ([`Cached`]); `tc` is
/// glibc's type class of the relocation. Counts the lookups and the
/// cache's answers. Inlined into [`apply`]: a call returned its large
/// result through memory, ~50 instructions a relocation.
#[inline(always)]
fn resolve_cached(places: &Places, scope: Scope, symidx: usize, class: RefClass, tc: u8, stats: &mut RelocStats) -> LoadResult<(Option<Definition>, Option<Sym>)> {
    if let Some(c) = places.cache.get() {
        if c.symidx == symidx && c.class == tc {
            stats.cache_hits += 1;
            return Ok((c.def, c.refsym));
        }
    }
    let (ns, idx) = (places.ns, places.idx);
    let (def, refsym) = resolve(ns, idx, scope, symidx, class)?;
    if let Some(sym) = refsym.filter(looked_up) {
        stats.lookups += 1;
        places.cache.set(Some(Cached { symidx, class: tc, def, refsym }));
        if sym.st_other & 3 == 3 && ns.config.debug & debug::SYMBOLS != 0 {
            protected_walks(ns, idx, scope, symidx, &sym, class, tc);
        }
    }
    Ok((def, refsym))
}

/// `LD_DEBUG=symbols` for a reference with protected visibility, which
/// binds within its object: glibc looks it up all the same
/// (`_dl_lookup_symbol_x`), and, unless it is of the PLT class, a second
/// time as the PLT class, to see whether the program took the symbol
/// over; the answer stays the object's own definition. Only the lines of
/// those walks are wanted here.
#[cold]
#[inline(never)]
fn protected_walks(ns: &Namespace, idx: usize, scope: Scope, symidx: usize, sym: &Sym, class: RefClass, tc: u8) {
    let obj = &ns.objects[idx];
    let Some((name, hash)) = obj.symbols.name_and_hash(sym) else { return };
    let key = SymbolName::with_gnu_hash(name, hash);
    let version = obj.symbols.version_index(&obj.image, symidx).and_then(|v| obj.symbols.version(v)).copied();
    let version = version.as_ref();
    let walk = |class| {
        if obj.dynamic.symbolic && !(class == RefClass::Copy && obj.kind == crate::object::ObjectKind::Main) {
            crate::debuglog::symbol_lookup(name, ns.display_name(idx), ns.objects[idx].lmid);
        }
        ns.lookup_logged(scope.list, &key, version, class)
    };
    if walk(class).is_some() && tc != 1 {
        walk(RefClass::Plt);
    }
}

/// Finds the definition for symbol `symidx` of object `idx`. Returns the
/// definition (None for an undefined weak reference) and the reference.
#[inline(always)]
fn resolve(
    ns: &Namespace,
    idx: usize,
    scope: Scope,
    symidx: usize,
    class: RefClass,
) -> LoadResult<(Option<Definition>, Option<Sym>)> {
    let obj = &ns.objects[idx];
    if symidx == 0 {
        if class == RefClass::Plt {
            // A PLT slot needs a function. glibc's lazy resolver looks
            // symbol 0 up by its name, "", and reports it so.
            return Err(undefined(ns, idx, alloc::string::String::from("undefined symbol: ")));
        }
        return Ok((None, None));
    }
    let sym = obj.symbols.sym(&obj.image, symidx).ok_or_else(|| ns.corrupt(idx, "relocation symbol index past the symbol table"))?;
    // Local symbols, and references with non-default visibility, bind
    // within the object itself.
    if sym.st_info >> 4 == STB_LOCAL || sym.st_other & 3 != 0 {
        if sym.st_shndx as u32 == SHN_UNDEF {
            // Nothing to bind to (glibc would use the load bias itself).
            if sym.st_info >> 4 == STB_WEAK {
                return Ok((None, Some(sym)));
            }
            return Err(ns.corrupt(idx, "relocation against an undefined local symbol"));
        }
        let def = Definition { object: idx, sym, index: symidx };
        if class == RefClass::Plt {
            code_address(ns, &def, "symbol")?;
        }
        return Ok((Some(def), Some(sym)));
    }
    let (name, hash) = obj.symbols.name_and_hash(&sym).ok_or_else(|| ns.corrupt(idx, "symbol name offset past DT_STRSZ"))?;
    let version = obj.symbols.version_index(&obj.image, symidx).and_then(|v| obj.symbols.version(v)).copied();
    let key = SymbolName::with_gnu_hash(name, hash);
    // DT_SYMBOLIC: the object itself first, then the scope (where it may
    // come again, to no other answer).
    let own = || {
        let (index, sym) = lookup_in_object(obj, &key, version.as_ref(), class, false).filter(|_| !(class == RefClass::Copy && obj.kind == crate::object::ObjectKind::Main))?;
        Some(Definition { object: idx, sym, index })
    };
    let found = if obj.dynamic.symbolic {
        if ns.config.debug & debug::SYMBOLS != 0 && !(class == RefClass::Copy && obj.kind == crate::object::ObjectKind::Main) {
            crate::debuglog::symbol_lookup(name, ns.display_name(idx), ns.objects[idx].lmid);
        }
        own()
    } else {
        None
    };
    let found = found.or_else(|| ns.lookup(scope, &key, version.as_ref(), class));
    // An object a dlclose is finalising is found only by objects that go
    // with it (glibc skips maps being removed): others look again without
    // such objects.
    let found = match found {
        Some(d) if ns.objects[d.object].closing && !obj.closing => {
            let list: alloc::vec::Vec<usize> = scope.list.iter().copied().filter(|&i| !ns.objects[i].closing).collect();
            ns.lookup(crate::symindex::Scope { list: &list, indexed: 0 }, &key, version.as_ref(), class)
        }
        other => other,
    };
    match found {
        Some(def) => {
            if class == RefClass::Plt {
                // The lazy trampoline jumps to it: a function, in code.
                code_address(ns, &def, "symbol")?;
            }
            // A definition in an object dlclose could unload: the
            // reference keeps it (glibc's DL_LOOKUP_ADD_DEPENDENCY).
            if ns.objects[def.object].unloadable {
                crate::dlclose::note_binding(ns, idx, def.object);
            }
            if ns.config.debug(debug::BINDINGS) {
                crate::debuglog::binding(ns.debug_name(idx), ns.debug_name(def.object), name, version.map(|v| v.name));
            }
            Ok((Some(def), Some(sym)))
        }
        // LD_DEBUG=unused (what `ldd -u` sets): as with glibc, a
        // reference found nowhere is no error.
        None if sym.st_info >> 4 == STB_WEAK || ns.config.debug & debug::UNUSED != 0 => Ok((None, Some(sym))),
        None => {
            let mut msg = format!("undefined symbol: {}", Bytes(name));
            if let Some(v) = version {
                msg += &format!(", version {}", Bytes(v.name));
            }
            Err(undefined(ns, idx, msg))
        }
    }
}

/// An undefined strong reference of object `idx`: glibc's "symbol lookup
/// error", told to `LD_DEBUG` where it is raised (fatal: only `ldd`'s trace
/// carries on, as its receiver does).
#[cold]
fn undefined(ns: &Namespace, idx: usize, msg: alloc::string::String) -> LoadError {
    crate::debuglog::error(ns.config.debug, ns.display_name(idx), crate::error::SYMBOL_LOOKUP, &msg, ns.config.trace);
    LoadError::symbol(ns.display_name(idx), msg)
}

#[cfg(test)]
mod tests {
    use super::running::{enter, MAX_DEPTH};

    #[test]
    fn a_resolver_runs_at_most_max_depth_times_over_on_one_thread() {
        // A key only: nothing is called.
        let resolver = 0x1234_5678;
        let runs: Vec<_> = (0..MAX_DEPTH).map(|_| enter(resolver).expect("within the depth")).collect();
        assert!(enter(resolver).is_none(), "one run too many");
        assert!(enter(resolver + 1).is_some(), "another resolver is counted apart");
        assert!(std::thread::spawn(move || enter(resolver).is_some()).join().unwrap(), "another thread is counted apart");
        drop(runs);
        let again: Vec<_> = (0..MAX_DEPTH).map(|_| enter(resolver).expect("the entry was freed")).collect();
        drop(again);
    }
}
