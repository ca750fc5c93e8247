//! Relocating the objects of a large program on several threads at once.
//!
//! Relocating one object writes only that object's memory and reads only
//! the namespace (symbol tables, the index) — except for two kinds of
//! relocation: one whose value comes from running code (an IRELATIVE
//! resolver, or the resolver of an STT_GNU_IFUNC definition), which may
//! read any memory and call back into dryad (a lazy PLT slot, libc's
//! `dl_lookup_symbol_x`); and a COPY relocation, which reads another
//! object's relocated data. So startup relocation runs in two phases:
//!
//! 1. **In parallel**: every library (not the program) is relocated by
//!    whichever thread takes it next — the starting thread and
//!    [`crate::workers`] — except for its IRELATIVE, IFUNC and COPY
//!    relocations, which are set aside with their positions
//!    ([`crate::reloc::relocate_object_with`]). An object with DT_TEXTREL
//!    waits for phase 2 whole (its text is made writable while it is
//!    relocated, and read-only again after).
//! 2. **In order, on the starting thread** (dependencies first, as the
//!    serial path goes): each library's set-aside relocations are applied
//!    and its RELRO made read-only; the program, and any DT_TEXTREL
//!    object, is relocated whole at its place in the order.
//!
//! When a resolver runs, every object before it in the order is fully
//! relocated, as in the serial path, and the objects after it are
//! relocated but for their own resolvers' relocations (in the serial path,
//! not at all): a resolver that reads a later object's data sees it
//! relocated rather than raw. The program's COPY relocations come after
//! everything, as in the serial path. Errors are reported as the serial
//! path reports them: the first object in the order that fails, and in
//! it, the first relocation that fails.
//!
//! `DRYAD_RELOC_THREADS` (see docs/10-startup-speed.md): `auto` (the default: worker
//! threads only for a program with enough relocations to pay for them),
//! a number of threads (1: serial), or `check`, which relocates the
//! program serially, records every word of every object's writable
//! memory, restores that memory, relocates again in parallel and compares
//! every word, stopping at the first difference.

use crate::config::ThreadsMode;
use crate::error::{LoadError, LoadResult};
use crate::namespace::Namespace;
use crate::object::ObjectKind;
use crate::reloc::{self, Deferred, Position, RelocStats};
use crate::symindex::Scope;
use crate::sys::{self, Bytes};
use alloc::vec::Vec;
use core::sync::atomic::{AtomicUsize, Ordering};

/// Symbolic relocations below which worker threads do not pay for
/// themselves (a thread costs some 50 µs to map, start and join; 20,000
/// lookups cost several milliseconds).
const MIN_LOOKUPS: usize = 20_000;
/// The most threads relocation uses (beyond that, the objects' lookups
/// contend for memory bandwidth more than they gain).
const MAX_THREADS: usize = 8;

/// How many threads startup relocation of `order` should use, for
/// `lookups` expected symbolic relocations.
pub fn threads_for(ns: &Namespace, order: &[usize], lookups: usize) -> usize {
    if ns.config.debug != 0 || crate::audit::binding_audited() {
        // LD_DEBUG's lines come in relocation order, as glibc prints them;
        // the audit modules' la_symbind64 must not run on a worker (which
        // shares the main thread's thread pointer).
        return 1;
    }
    let parallel = order.iter().filter(|&&i| takes_part(ns, i)).count();
    let wanted = match ns.config.reloc_threads {
        ThreadsMode::Fixed(n) => n,
        ThreadsMode::Check => return 0,
        ThreadsMode::Auto if lookups >= MIN_LOOKUPS && parallel >= 4 => crate::workers::cpus(),
        ThreadsMode::Auto => 1,
    };
    wanted.clamp(1, MAX_THREADS).min(parallel.max(1))
}

/// Whether object `idx` is relocated in phase 1.
fn takes_part(ns: &Namespace, idx: usize) -> bool {
    let o = &ns.objects[idx];
    o.kind == ObjectKind::Library && !o.dynamic.textrel
}

/// What phase 1 made of one object: its relocation counts or the first
/// error (with its position), and the relocations it set aside before.
type Outcome = (Result<RelocStats, (Position, LoadError)>, Deferred);

/// The work of phase 1, shared by every thread taking part.
struct Job<'a> {
    ns: &'a Namespace,
    scope: Scope<'a>,
    /// The objects of phase 1, each with whether its PLT is bound lazily.
    items: &'a [(usize, bool)],
    next: AtomicUsize,
    outcomes: &'a [spin::Mutex<Option<Outcome>>],
}

impl Job<'_> {
    fn run(&self) {
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(&(idx, lazy)) = self.items.get(i) else { break };
            let mut deferred = Deferred::new();
            let result = reloc::relocate_object_with(self.ns, idx, self.scope, lazy, Some(&mut deferred));
            *self.outcomes[i].lock() = Some((result, deferred));
        }
    }
}

/// A worker's entry: runs the job `arg` points to.
///
/// # Safety
/// `arg` is the address of a live [`Job`], which outlives the worker.
unsafe extern "C" fn work(arg: usize) {
    // SAFETY: the caller's contract.
    let job = unsafe { &*(arg as *const Job) };
    job.run();
}

/// Relocates the objects of `order` as [`crate::rtld::relocate_in_order`]
/// does, with `threads` threads (the starting one included) for phase 1;
/// `lazy[k]` says whether `order[k]`'s PLT is bound lazily (its GOT is
/// already prepared for it). With `protect`, each object's RELRO is made
/// read-only once it is relocated. Returns the symbolic relocations.
pub fn relocate(ns: &Namespace, order: &[usize], lazy: &[bool], scope: Scope, threads: usize, protect: bool) -> LoadResult<usize> {
    let items: Vec<(usize, bool)> = order.iter().zip(lazy).filter(|&(&i, _)| takes_part(ns, i)).map(|(&i, &l)| (i, l)).collect();
    let outcomes: Vec<spin::Mutex<Option<Outcome>>> = (0..items.len()).map(|_| spin::Mutex::new(None)).collect();
    let job = Job { ns, scope, items: &items, next: AtomicUsize::new(0), outcomes: &outcomes };
    let workers: Vec<crate::workers::Worker> = (1..threads)
        // SAFETY: `work` touches no thread-local state (it relocates, and
        // sets aside what would run code); `job` lives until every worker
        // is joined below.
        .filter_map(|_| unsafe { crate::workers::spawn(work, &job as *const Job as usize) })
        .collect();
    job.run();
    for w in workers {
        w.join();
    }

    let mut outcomes = outcomes.into_iter();
    let mut symbolic = 0;
    for (pos, &idx) in order.iter().enumerate() {
        let obj = &ns.objects[idx];
        if obj.kind == ObjectKind::Dryad {
            continue;
        }
        if takes_part(ns, idx) {
            let Some((result, deferred)) = outcomes.next().and_then(|o| o.into_inner()) else {
                return Err(LoadError::new(&obj.path, "relocation never ran"));
            };
            match result {
                Ok(stats) => symbolic += stats.symbolic + reloc::apply_deferred(ns, idx, scope, &deferred, Position::MAX)?.symbolic,
                // What was set aside before the failing relocation runs
                // first (and may fail first), as in the serial path.
                Err((at, e)) => {
                    reloc::apply_deferred(ns, idx, scope, &deferred, at)?;
                    return Err(e);
                }
            }
        } else {
            symbolic += reloc::relocate_object(ns, idx, scope, lazy[pos])?.symbolic;
        }
        if protect {
            obj.protect_relro()?;
        }
    }
    Ok(symbolic)
}

/// A copy of the writable memory of every object of `order` (the words
/// relocation may write), to restore or to compare.
struct Snapshot {
    /// (start, bytes) per writable segment.
    parts: Vec<(usize, Vec<u8>)>,
}

impl Snapshot {
    fn take(ns: &Namespace, order: &[usize]) -> Snapshot {
        let mut parts = Vec::new();
        for &idx in order {
            let obj = &ns.objects[idx];
            if !matches!(obj.kind, ObjectKind::Main | ObjectKind::Library) {
                continue;
            }
            for s in obj.segments.iter().filter(|s| s.prot & libc::PROT_WRITE != 0) {
                let mut bytes = alloc::vec![0u8; s.end - s.start];
                // SAFETY: the segment is mapped readable and writable.
                unsafe { core::ptr::copy_nonoverlapping(s.start as *const u8, bytes.as_mut_ptr(), bytes.len()) };
                parts.push((s.start, bytes));
            }
        }
        Snapshot { parts }
    }

    fn restore(&self) {
        for (start, bytes) in &self.parts {
            // SAFETY: the same writable segment it was taken from, which
            // no code reads while startup relocation is redone.
            unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), *start as *mut u8, bytes.len()) };
        }
    }
}

/// DRYAD_RELOC_THREADS=check: relocate serially, restore, relocate in
/// parallel, and require the same memory, word for word.
pub fn check(ns: &Namespace, order: &[usize], lazy: &[bool], scope: Scope) -> LoadResult<usize> {
    if let Some(&t) = order.iter().find(|&&i| ns.objects[i].dynamic.textrel) {
        return Err(LoadError::new(ns.display_name(t), "DRYAD_RELOC_THREADS=check: an object with DT_TEXTREL cannot be relocated twice"));
    }
    let before = Snapshot::take(ns, order);
    let serial_count = crate::rtld::relocate_objects(ns, order, lazy, scope, false)?;
    let serial = Snapshot::take(ns, order);
    before.restore();
    let threads = crate::workers::cpus().clamp(2, MAX_THREADS);
    let count = relocate(ns, order, lazy, scope, threads, false)?;
    let parallel = Snapshot::take(ns, order);
    let mut words = 0;
    for ((start, a), (_, b)) in serial.parts.iter().zip(&parallel.parts) {
        for (k, (x, y)) in a.chunks(8).zip(b.chunks(8)).enumerate() {
            if x != y {
                let at = start + k * 8;
                let owner = order.iter().find(|&&i| ns.objects[i].segments.iter().any(|s| at >= s.start && at < s.end)).copied().unwrap_or(0);
                crate::eprint!(
                    "dryad: parallel relocation check: {} at {:#x} (segment offset {:#x}): serial {:02x?}, parallel {:02x?}\n",
                    Bytes(ns.display_name(owner)),
                    at,
                    k * 8,
                    x,
                    y
                );
                sys::exit(127);
            }
            words += 1;
        }
    }
    if count != serial_count {
        crate::eprint!("dryad: parallel relocation check: {serial_count} symbolic relocations serially, {count} in parallel\n");
        sys::exit(127);
    }
    crate::eprint!(
        "dryad: parallel relocation check: {} words of {} objects identical, serial and with {} threads\n",
        words,
        order.iter().filter(|&&i| matches!(ns.objects[i].kind, ObjectKind::Main | ObjectKind::Library)).count(),
        threads
    );
    for &idx in order.iter().filter(|&&i| ns.objects[i].kind != ObjectKind::Dryad) {
        ns.objects[idx].protect_relro()?;
    }
    Ok(count)
}
