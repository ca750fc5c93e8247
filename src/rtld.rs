//! The pipeline, from the kernel's initial stack to the program's entry.
//!
//! ```text
//! start.S (self-relocation) -> start(): startup (stack, auxv)
//!   -> config (LD_*, options) -> the program (kernel-mapped, or mapped here)
//!   -> load (preloads, DT_NEEDED closure) -> relocate (dependencies first)
//!   -> debugger interface -> initialisers -> hand over to the entry point
//! ```

use crate::config::{debug, split_list, Config};
use crate::elf::{Header, Pread, ProgramHeader};
use crate::error::{self, fatal, LoadError, LoadResult};
use crate::load::{self, OpenError};
use crate::namespace::Namespace;
use crate::object::{Object, ObjectKind};
use crate::startup::{at, InitialStack};
use crate::sys::{self, Bytes, Errno};
use crate::tls::{self, StaticTls, TlsModule};
use crate::abi::{self, Libc};
use crate::{rdebug, reloc};
use alloc::vec::Vec;
use goblin::elf::program_header::{PT_INTERP, PT_PHDR};

/// What `start.S` jumps to: the entry point and the stack pointer to use.
#[repr(C)]
pub struct Handover {
    pub entry: usize,
    pub sp: usize,
}

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The namespace, published once startup is complete. Readers (the lazy
/// resolver, `dlsym`, finalisers) share it; `dlopen` and `dlclose` change
/// it under the write lock.
///
/// The thread holding the write lock may re-enter: relocation runs IFUNC
/// resolvers, which may call through a lazy PLT slot or ask libc's
/// `dl_lookup_symbol_x` (the time functions look the vDSO up so). The
/// rule that keeps this sound — never a `&Namespace` beside a live
/// `&mut Namespace` — is that the writer re-enters only where it has
/// *lent* the namespace: while it runs code that may call back
/// ([`lend`]), its `&mut` is reborrowed as the shared reference the guard
/// holds (so the borrow checker forbids any change for that time), and a
/// re-entrant [`namespace`] hands out that very reference. Re-entry
/// anywhere else (the writer is in the middle of a change) is refused
/// with an error, never answered with an aliasing reference.
static NAMESPACE: spin::Once<SharedNamespace> = spin::Once::new();

pub struct SharedNamespace {
    lock: spin::rwlock::RwLock<Namespace, sys::YieldRelax>,
    /// Thread pointer (%fs base) of the write-lock holder, 0 when none:
    /// unique per live thread, and cheaper to read than the thread id.
    writer: core::sync::atomic::AtomicUsize,
    /// The shared reference the write-lock holder lends while it runs code
    /// that may re-enter (see [`lend`]); null otherwise.
    lent: core::sync::atomic::AtomicPtr<Namespace>,
}

/// While alive, the write-lock holder's namespace is lent to its own
/// re-entrant readers (see [`NAMESPACE`]).
pub struct Lent<'a> {
    _ns: &'a Namespace,
}

/// Lends `ns` — the namespace this thread holds for writing, borrowed
/// shared — to the code it is about to run (relocation and its IFUNC
/// resolvers), until the guard is dropped.
pub fn lend(ns: &Namespace) -> Lent<'_> {
    if let Some(cell) = NAMESPACE.get() {
        cell.lent.store(ns as *const Namespace as *mut Namespace, core::sync::atomic::Ordering::Release);
    }
    Lent { _ns: ns }
}

impl Drop for Lent<'_> {
    fn drop(&mut self) {
        if let Some(cell) = NAMESPACE.get() {
            cell.lent.store(core::ptr::null_mut(), core::sync::atomic::Ordering::Release);
        }
    }
}

/// Shared access to the namespace (see [`namespace`]).
pub enum NamespaceRef {
    Shared(spin::rwlock::RwLockReadGuard<'static, Namespace, sys::YieldRelax>),
    Writer(&'static Namespace),
}

impl core::ops::Deref for NamespaceRef {
    type Target = Namespace;
    fn deref(&self) -> &Namespace {
        match self {
            NamespaceRef::Shared(g) => g,
            NamespaceRef::Writer(n) => n,
        }
    }
}

/// Exclusive access to the namespace (see [`namespace_mut`]).
pub struct NamespaceWrite {
    guard: spin::rwlock::RwLockWriteGuard<'static, Namespace, sys::YieldRelax>,
}

impl core::ops::Deref for NamespaceWrite {
    type Target = Namespace;
    fn deref(&self) -> &Namespace {
        &self.guard
    }
}

impl core::ops::DerefMut for NamespaceWrite {
    fn deref_mut(&mut self) -> &mut Namespace {
        &mut self.guard
    }
}

impl Drop for NamespaceWrite {
    fn drop(&mut self) {
        if let Some(cell) = NAMESPACE.get() {
            cell.writer.store(0, core::sync::atomic::Ordering::Release);
        }
    }
}

/// Publishes the namespace ([`NAMESPACE`]), once: from now on it is
/// reached through [`namespace`] and [`namespace_mut`].
#[inline(always)]
fn share(ns: Namespace) {
    NAMESPACE.call_once(|| SharedNamespace {
        lock: spin::rwlock::RwLock::new(ns),
        writer: core::sync::atomic::AtomicUsize::new(0),
        lent: core::sync::atomic::AtomicPtr::new(core::ptr::null_mut()),
    });
}

/// Locks the namespace for changing it (dlopen).
pub fn namespace_mut() -> Option<NamespaceWrite> {
    let cell = NAMESPACE.get()?;
    if cell.writer.load(core::sync::atomic::Ordering::Acquire) == tls::thread_pointer() {
        // This thread is changing the namespace and got here again (an
        // audit module's callback that calls dlopen or dlclose): waiting
        // would wait for itself.
        error::fatal_line("dryad: dlopen or dlclose from code run while the namespace is being changed (an audit module's la_objsearch, la_objopen or la_activity) is not supported");
    }
    let guard = cell.lock.write();
    cell.writer.store(tls::thread_pointer(), core::sync::atomic::Ordering::Release);
    Some(NamespaceWrite { guard })
}
/// Set once the finalisers have run (the finaliser may be called twice,
/// e.g. by `exit` after an explicit call).
static FINALISED: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(false);

/// The published namespace (None during startup).
pub fn namespace() -> Option<NamespaceRef> {
    let cell = NAMESPACE.get()?;
    if cell.writer.load(core::sync::atomic::Ordering::Acquire) == tls::thread_pointer() {
        let lent = cell.lent.load(core::sync::atomic::Ordering::Acquire);
        if lent.is_null() {
            // Re-entered in the middle of a change: no reference can be
            // handed out without aliasing the writer's `&mut`.
            crate::eprint!("dryad: the namespace was re-entered while it was being changed\n");
            sys::exit(127);
        }
        // SAFETY: `lent` is the shared reborrow this thread's `Lent` guard
        // holds (set by `lend`, cleared when it drops), made from the
        // write guard's `&mut`, which cannot be used for a change while
        // that borrow lives; it is read only from this thread, inside the
        // guard's lifetime (the code the guard covers calls back here).
        return Some(NamespaceRef::Writer(unsafe { &*lent }));
    }
    Some(NamespaceRef::Shared(cell.lock.read()))
}

/// The load lock: held by a `dlopen` or `dlclose` from start to end,
/// initialisers and finalisers included (glibc's `dl_load_lock`, which
/// its `_dl_open` and `_dl_close` hold across them). The namespace lock
/// is released while those run, so that lazy binding and `dlsym` in other
/// threads go on; this one makes another thread's `dlopen` of the same
/// object wait until its constructors have finished, instead of finding
/// it loaded and returning early. Recursive: an initialiser may call
/// `dlopen` or `dlclose` itself.
pub struct LoadLock;

/// The owning thread's pointer (0: free), its depth, and the futex word
/// others sleep on (0 free, 1 taken, 2 taken with waiters).
static LOAD_OWNER: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);
static LOAD_DEPTH: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);
static LOAD_WORD: core::sync::atomic::AtomicI32 = core::sync::atomic::AtomicI32::new(0);

impl LoadLock {
    /// Takes the load lock (again, if this thread holds it).
    pub fn take() {
        use core::sync::atomic::Ordering::{Acquire, Relaxed, Release};
        let me = tls::thread_pointer();
        if LOAD_OWNER.load(Acquire) == me {
            LOAD_DEPTH.fetch_add(1, Relaxed);
            return;
        }
        sys::futex_lock(&LOAD_WORD);
        LOAD_OWNER.store(me, Release);
        LOAD_DEPTH.store(1, Relaxed);
    }

    /// Releases one level of the load lock this thread holds. A path
    /// that leaves by a longjmp (a `dlerror` signalled to libc) calls this
    /// first: no guard would be dropped.
    pub fn release() {
        use core::sync::atomic::Ordering::{Relaxed, Release};
        if LOAD_OWNER.load(Relaxed) != tls::thread_pointer() {
            return;
        }
        if LOAD_DEPTH.fetch_sub(1, Relaxed) == 1 {
            LOAD_OWNER.store(0, Release);
            sys::futex_unlock(&LOAD_WORD);
        }
    }

    /// In a child after fork: a lock held by another thread of the
    /// parent is free (that thread does not exist here; glibc
    /// re-initialises its `dl_load_lock` the same way).
    fn reset_in_child() {
        use core::sync::atomic::Ordering::{Relaxed, Release};
        if LOAD_OWNER.load(Relaxed) != tls::thread_pointer() {
            LOAD_OWNER.store(0, Release);
            LOAD_DEPTH.store(0, Relaxed);
            LOAD_WORD.store(0, Release);
        }
    }
}

/// fork() (issue 14). dryad's locks are spin locks that record no owner:
/// a child forked while another thread held one (a `dlopen` holding the
/// namespace for writing, a `__tls_get_addr` reading the dynamic TLS
/// modules, an allocation in dryad's heap) would inherit it held by a
/// thread that does not exist there, and its next `dlopen`, lazy binding
/// or exit would spin for ever. So libc's fork calls these (registered
/// with its `__register_atfork` by the adapter, before any initialiser
/// runs, so that dryad's prepare handler runs last and its child handler
/// first): `fork_prepare` takes the namespace for writing (waiting for a
/// `dlopen` or lookup in flight to finish), then the dynamic TLS list,
/// then the heap, in the order every other path takes them; the fork
/// happens with dryad's state consistent; `fork_parent` and `fork_child`
/// release them. (glibc resets its `dl_load_lock` in the child instead.)
/// A fork made while this thread itself holds the namespace for writing
/// (from an IFUNC resolver during relocation) keeps that lock as it is.
pub extern "C" fn fork_prepare() {
    // The libc's loader lock first, as dlopen takes it.
    if let Some(libc) = abi::libc() {
        libc.fork_prepare();
    }
    if let Some(cell) = NAMESPACE.get() {
        let me = tls::thread_pointer();
        if cell.writer.load(core::sync::atomic::Ordering::Acquire) != me {
            core::mem::forget(cell.lock.write());
            cell.writer.store(me, core::sync::atomic::Ordering::Release);
            FORK_HELD.store(true, core::sync::atomic::Ordering::Release);
        }
    }
    tls::fork_lock();
    if let Some((lock, _)) = HEAP_FORK_HOOKS.get() {
        lock();
    }
}

/// After fork, in the parent (see [`fork_prepare`]).
pub extern "C" fn fork_parent() {
    fork_release(false);
}

/// After fork, in the child (see [`fork_prepare`]).
pub extern "C" fn fork_child() {
    fork_release(true);
}

fn fork_release(child: bool) {
    if child {
        LoadLock::reset_in_child();
    }
    if let Some((_, unlock)) = HEAP_FORK_HOOKS.get() {
        unlock();
    }
    // SAFETY: fork_prepare took the write lock and forgot its guard.
    unsafe { tls::fork_unlock(child) };
    if FORK_HELD.swap(false, core::sync::atomic::Ordering::AcqRel) {
        if let Some(cell) = NAMESPACE.get() {
            cell.writer.store(0, core::sync::atomic::Ordering::Release);
            // SAFETY: fork_prepare took the write lock and forgot its
            // guard; nothing else holds it (nor, in the child, can). In
            // the child, the lock word may also count readers that do not
            // exist there: spin's `read` adds itself to the count before
            // it sees the writer and takes itself off again, and a thread
            // caught between the two at the fork is not in the child.
            // Without them the lock would never be free again.
            unsafe {
                if child {
                    while cell.lock.reader_count() > 0 {
                        cell.lock.force_read_decrement();
                    }
                }
                cell.lock.force_write_unlock();
            }
        }
    }
    if let Some(libc) = abi::libc() {
        libc.fork_release(child);
    }
}

/// Whether fork_prepare took the namespace lock (see there).
static FORK_HELD: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(false);

/// How the binary's global allocator is locked around fork (its lock, its
/// forced unlock): the allocator is the binary's, not this library's.
static HEAP_FORK_HOOKS: spin::Once<(fn(), fn())> = spin::Once::new();

/// Called by the binary before [`start`] (see [`fork_prepare`]).
pub fn set_heap_fork_hooks(lock: fn(), unlock: fn()) {
    HEAP_FORK_HOOKS.call_once(|| (lock, unlock));
}

/// The entry from `start.S`, which has already relocated dryad.
///
/// # Safety
/// Called once, by `_start`, with the kernel's stack pointer, dryad's load
/// address, and the run-time address of `_start`.
pub unsafe fn start(
    sp: *mut usize,
    base: usize,
    own_entry: usize,
    select: abi::Select,
    rules: abi::CommandLineRules,
    hwcaps: abi::HwcapsRules,
) -> Handover {
    // SAFETY: `sp` is the kernel's initial stack pointer.
    let mut stack = unsafe { InitialStack::parse(sp) };
    let direct = stack.aux(at::ENTRY) == Some(own_entry);
    let mut program_name: &'static [u8] = stack.arg(0);
    error::set_program_name(program_name);
    match run(&mut stack, base, direct, &mut program_name, select, (rules, hwcaps)) {
        Ok(h) => h,
        Err(e) => fatal(program_name, &e),
    }
}

fn run(
    stack: &mut InitialStack,
    base: usize,
    direct: bool,
    program_name: &mut &'static [u8],
    select: abi::Select,
    (rules, hwcaps): (abi::CommandLineRules, abi::HwcapsRules),
) -> LoadResult<Handover> {
    let mut ns = initial_namespace(stack, base, direct, program_name, rules)?;
    ns.hwcaps_rules = Some((hwcaps, stack.clone()));
    // After LD_AUDIT's and --audit's modules, those the program names
    // (DT_AUDIT, then DT_DEPAUDIT), as glibc's dl_main adds them.
    let main = &ns.objects[ns.main];
    let named: Vec<&'static [u8]> = [main.dynamic.audit, main.dynamic.depaudit].into_iter().flatten().filter_map(|off| main.string(off)).collect();
    for list in named {
        ns.config.add_audit_list(list);
    }
    rdebug::begin_startup(&ns);
    // With audit modules, they run before the program's dependencies are
    // even searched for (they hear of every search and every object): the
    // thread pointer, the adapter and the namespace are set up first, and
    // the modules loaded as dlmopen loads (see `start_auditing`). The
    // listing modes load none.
    let audited = !ns.config.audit.is_empty() && !ns.config.trace && !ns.config.tree;
    let mut owned = Some(ns);
    let mut early = None;
    if audited {
        let Some(n) = owned.take() else { return Err(LoadError::new(b"", "namespace lost")) };
        early = Some(start_auditing(n, stack, select)?);
    }
    let mut guard = if audited { namespace_mut() } else { None };
    let Some(ns) = owned.as_mut().or(guard.as_deref_mut()) else { return Err(LoadError::new(b"", "namespace lost")) };
    let statistics = ns.config.debug(debug::STATISTICS);
    let load_start = if statistics { crate::debuglog::cycles() } else { 0 };
    ns.load_dependencies()?;
    if statistics {
        crate::debuglog::LOAD_CYCLES.store(crate::debuglog::cycles() - load_start, core::sync::atomic::Ordering::Relaxed);
    }
    // Every startup object is found: the cache's pages need not stay in
    // the program's RSS (glibc unmaps it too, after relocation).
    ns.unload_cache();
    ns.drop_probed_libc();
    let mut missing = 0;
    let program_objects: Vec<usize> = ns.chain_order().into_iter().filter(|&i| ns.objects[i].lmid == 0).collect();
    ns.check_versions(&program_objects, ns.config.debug(debug::VERSIONS), &mut |object, m| {
        crate::debuglog::error(ns.config.debug, object, "version lookup error", &m, true);
        crate::eprint!("{}: {}: {}\n", Bytes(ns.program_name), Bytes(object), m);
        missing += 1;
        true
    });
    if missing != 0 && !ns.config.trace {
        // As glibc: every missing version is reported, then exit status 1.
        sys::exit(1);
    }
    // Listing needs no adapter, and runs nothing of the objects: nothing
    // is relocated, no IFUNC resolver or initialiser runs.
    if ns.config.tree {
        print_tree(ns);
        sys::exit(0);
    }
    // The libc adapter for the release of the libc.so.6 just loaded (or a
    // clear refusal); it sets up what libc reads before relocation. When
    // auditing it was chosen already: the program's libc must be of its
    // release.
    let libc = match &early {
        Some((libc, _)) => {
            for &i in &program_objects {
                if ns.objects[i].soname == Some(b"libc.so.6") {
                    libc.accepts_libc(&ns.objects[i])?;
                }
            }
            *libc
        }
        None => abi::set_libc(select(ns)?),
    };
    ns.glob_dat_class = libc.glob_dat_class();
    if ns.config.trace && ns.config.debug(debug::UNUSED) {
        print_unused(ns);
    }
    if ns.config.trace {
        print_trace(ns);
        sys::exit(0);
    }
    // Only a program that is to run needs an entry point (`--list` of a
    // shared library, whose e_entry is 0, is fine): glibc would jump
    // there and the program die of SIGSEGV.
    let main = &ns.objects[ns.main];
    if !load::inside(&main.segments, main.entry, 1, libc::PROT_EXEC) {
        return Err(LoadError::new(&main.path, "ELF entry point outside the executable segments"));
    }
    if early.is_none() {
        libc.configure(stack, &ns.config);
    }
    ns.dso_sort = libc.dso_sort();
    ns.compute_init_order();
    make_stack_executable_if_needed(ns, stack, libc);
    let tls = match early.take() {
        Some((_, tls)) => {
            // The thread pointer exists already: the program's objects
            // with TLS get module ids as dlopen gives them, and a static
            // block (initial-exec TLS, libc's) in the surplus as their
            // relocations ask, as glibc does when auditing.
            for &i in &program_objects {
                if let Some(t) = ns.objects[i].tls.as_mut().filter(|t| t.modid == 0) {
                    tls::register_dynamic(t);
                }
            }
            tls
        }
        None => setup_static_tls(ns, stack, libc)?,
    };
    // glibc shows the scopes once the initial thread's TLS is allocated.
    if ns.config.debug(debug::SCOPES) {
        ns.debug_scopes();
    }
    libc.publish(ns);
    // The debugger gets the list (r_map, the program's DT_DEBUG, which is
    // in its RELRO and writable only now) while it is still being set up
    // (RT_ADD); it hears RT_CONSISTENT once libc is initialised, as with
    // glibc (libthread_db needs libc ready by then).
    rdebug::publish(ns);
    // Publish the namespace before relocating, held for writing by this
    // thread: an IFUNC resolver run during relocation may call through a
    // lazy PLT slot, and libc's time IFUNCs look the vDSO up through
    // dl_lookup_symbol_x; both read the namespace (re-entrantly).
    // References about to be looked up: every DT_RELA entry (an upper
    // bound: RELATIVE ones need no lookup) and, bound now, the PLT's; a
    // lazily bound PLT slot is looked up at its first call, if ever.
    let lookups = ns.init_order.iter().map(|&i| {
        let d = &ns.objects[i].dynamic;
        let plt = d.jmprel.size / 24;
        d.rela.size / 24 + if ns.config.bind_now || d.bind_now { plt } else { plt / 4 }
    }).sum();
    ns.index_if_worth_it(lookups);
    if let Some(ns) = owned.take() {
        share(ns);
        guard = namespace_mut();
    }
    let Some(mut ns) = guard else { return Err(LoadError::new(b"", "namespace lost")) };
    let reloc_start = if statistics { crate::debuglog::cycles() } else { 0 };
    let relocated = {
        let _lent = lend(&ns);
        let relocated = relocate_startup(&ns, ns.scope(&ns.search_list), lookups)?;
        if audited {
            // The blocks the program's objects got in the surplus, in this
            // (the only) thread, now that their images are relocated.
            let modids: Vec<usize> = program_objects.iter().filter_map(|&i| ns.objects[i].tls.filter(|t| t.dynamic).map(|t| t.modid)).collect();
            tls::init_pending(&modids, &|m| {
                // SAFETY: `tls.tp` is this thread's; the block at `m.offset`
                // below it is the one the surplus gave this module.
                unsafe { tls::init_blocks(core::slice::from_ref(m), tls.tp) };
                // And its DTV slot, as glibc's `_dl_allocate_tls_init` fills
                // it for every module with a static block.
                // SAFETY: this thread's DTV; the module is registered and
                // placed, so no allocation is made.
                unsafe { tls::dryad_tls_get_addr_slow(&tls::TlsIndex { module: m.modid, offset: 0 }) };
                if let Some(o) = ns.objects.iter().find(|o| o.tls.is_some_and(|t| t.modid == m.modid)) {
                    libc.init_static_tls(o, m);
                }
            });
        }
        relocated
    };
    libc.relocated(relocated);
    if statistics {
        crate::debuglog::RELOC_CYCLES.store(crate::debuglog::cycles() - reloc_start, core::sync::atomic::Ordering::Relaxed);
    }
    if ns.config.symbol_index == crate::config::IndexMode::Check {
        let n = crate::namespace::INDEX_CHECKS.load(core::sync::atomic::Ordering::Relaxed);
        crate::eprint!("dryad: symbol index check: {} lookups in {} objects, index and walk agree\n", n, ns.search_list.len());
    }
    // .tdata may contain relocated pointers: copy the images only now
    // (the startup static blocks; dynamic modules' are made on demand).
    let modules: Vec<TlsModule> = ns.objects.iter().filter_map(|o| o.tls).filter(|t| !t.dynamic).collect();
    // SAFETY: `tls.tp` is the static area laid out for exactly these modules.
    unsafe { tls::init_blocks(&modules, tls.tp) };
    let entry = ns.objects[ns.main].entry;
    let (argc, argv, envp) = (stack.argc, stack.argv, stack.envp);
    let inits = collect_initialisers(&mut ns, libc)?;
    drop(ns);
    // From here on lazy PLT calls (from __libc_early_init and every
    // initialiser) resolve through the shared namespace.
    if let Some(ns) = namespace() {
        libc.before_initialisers(&ns);
        if audited && crate::audit::rules().malloc_before_consistent && crate::audit::profiling() {
            // glibc 2.31's ld.so, relocating itself again against the
            // global scope, allocates its own `l_reloc_result` with the
            // program's calloc (when PLT calls are traced), which sets
            // libc's malloc up before the modules hear LA_ACT_CONSISTENT.
            // (Kept, as glibc keeps its table: a free would be one more
            // call through the program's PLT that glibc does not make.)
            let _ = tls::program_calloc(1, 1);
        }
        if audited {
            crate::audit::activity(&ns, 0, crate::audit::LA_ACT_CONSISTENT);
        }
    }
    if audited {
        if let Some(mut ns) = namespace_mut() {
            ns.audit_adding = false;
        }
    }
    rdebug::consistent();
    // dryad's own RELRO (its GOT, constant tables and _rtld_global_ro) is
    // complete: make it read-only, as glibc does for its own. (A failure
    // only leaves it writable.)
    if let Some(ns) = namespace() {
        let _ = ns.objects[ns.dryad].protect_relro();
    }
    if statistics {
        // The objects of the global scope not at their link-time address
        // with their DT_RELACOUNT; for the dynamic linker, glibc's own.
        let relative = namespace().map_or(0, |ns| {
            ns.search_list
                .iter()
                .map(|&i| &ns.objects[i])
                .filter(|o| o.base != 0)
                .map(|o| if o.kind == ObjectKind::Dryad { libc.ldso_relacount() } else { o.dynamic.relacount })
                .sum()
        });
        crate::debuglog::print_statistics(relative);
    }
    crate::heap::startup_done();
    for (name, f) in inits {
        if let Some(name) = name {
            crate::debug_log!("\ncalling init: {}\n\n", Bytes(&name));
        }
        f(argc as i32, argv, envp);
    }
    Ok(Handover { entry, sp: stack.sp as usize })
}

/// Auditing (`LD_AUDIT`, `--audit`): what glibc's `dl_main` does before it
/// loads the program's dependencies. The adapter is chosen by the system
/// libc's release, the thread pointer set up with the static TLS of what
/// is loaded (the program's) and the surplus for the modules' namespaces,
/// the startup objects published and the namespace shared; then each
/// module is loaded into a namespace of its own, as `dlmopen` would (its
/// initialisers run), and asked for its interfaces
/// ([`crate::audit`]). The modules then hear of the program and of dryad
/// (`la_objopen`) and of the loading about to begin (`LA_ACT_ADD`).
/// Returns the adapter and the thread's TLS.
#[cold]
#[inline(never)]
fn start_auditing(mut ns: Namespace, stack: &mut InitialStack, select: abi::Select) -> LoadResult<(&'static dyn Libc, InitialTls)> {
    let libc = abi::set_libc(select(&ns)?);
    ns.glob_dat_class = libc.glob_dat_class();
    crate::audit::set_requested(ns.config.audit.len());
    libc.configure(stack, &ns.config);
    ns.dso_sort = libc.dso_sort();
    ns.compute_init_order();
    let tls = setup_static_tls(&mut ns, stack, libc)?;
    libc.publish(&mut ns);
    rdebug::publish(&ns);
    share(ns);
    let modules: Vec<&'static [u8]> = namespace().map(|ns| ns.config.audit.clone()).unwrap_or_default();
    let mut auditors = Vec::new();
    for name in modules {
        if let Some(a) = load_audit_module(name, libc, stack) {
            auditors.push(a);
        }
    }
    if auditors.is_empty() {
        return Ok((libc, tls));
    }
    let count = auditors.len();
    crate::audit::set_auditors(auditors);
    libc.auditing(count);
    if let Some(mut ns) = namespace_mut() {
        let (main, dryad) = (ns.main, ns.dryad);
        crate::audit::objopen(&ns, main);
        crate::audit::objopen(&ns, dryad);
        crate::audit::activity_of(&ns, main, crate::audit::LA_ACT_ADD);
        ns.audit_adding = true;
    }
    Ok((libc, tls))
}

/// glibc's `load_audit_module`: `name` opened into a new namespace, its
/// initialisers run, `la_version` asked. A module that cannot be loaded,
/// or has no `la_version`, is reported and ignored; one whose version is
/// 0, or newer than this release's, is unloaded again.
fn load_audit_module(name: &'static [u8], libc: &'static dyn Libc, stack: &InitialStack) -> Option<crate::audit::Auditor> {
    let report = |why: &str| crate::eprint!("ERROR: ld.so: object '{}' cannot be loaded as audit interface: {}; ignored.\n", Bytes(name), why);
    let opened = {
        let mut ns = namespace_mut()?;
        let Some(lmid) = (1..crate::namespace::NAMESPACES).find(|&n| ns.lmid_roots[n].is_none()) else {
            // glibc's words (it counts the modules before loading any).
            error::fatal_line(&alloc::format!("Failed loading {} audit modules, {} are supported.", ns.config.audit.len(), crate::namespace::NAMESPACES - 1));
        };
        let main = ns.main;
        ns.loading_lmid = lmid;
        ns.audit_loading = true;
        // In secure mode, only a set-user-ID file of the trusted
        // directories will do, and not through the cache (glibc's
        // __RTLD_SECURE, as for preloads).
        ns.secure_request = ns.config.secure;
        let r = crate::dlopen::open_in(&mut ns, libc, name, crate::dlopen::RTLD_NOW, main, lmid);
        ns.secure_request = false;
        ns.audit_loading = false;
        ns.loading_lmid = 0;
        r.map(|(handle, inits, after)| (handle, inits, after, lmid))
    };
    let (handle, inits, after, lmid) = match opened {
        Ok(o) => o,
        Err(e) => {
            report(&e.message);
            return None;
        }
    };
    for (n, f) in inits {
        if let Some(n) = n {
            crate::debug_log!("\ncalling init: {}\n\n", Bytes(&n));
        }
        f(stack.argc as i32, stack.argv, stack.envp);
    }
    after.finish();
    let find = |sym: &[u8]| -> usize {
        let Some(ns) = namespace() else { return 0 };
        let Some(i) = ns.index_of_handle(handle) else { return 0 };
        let list = ns.objects[i].local_scope.clone().unwrap_or_else(|| alloc::vec![i]);
        ns.lookup(ns.scope(&list), &crate::symbols::SymbolName::new(sym), None, crate::lookup::RefClass::Normal)
            .map_or(0, |d| d.address(&ns.objects))
    };
    let version = find(b"la_version");
    if version == 0 {
        libc.close(handle);
        report("undefined symbol: la_version");
        return None;
    }
    // SAFETY: the module's `unsigned int la_version(unsigned int)`.
    let la_version: extern "C" fn(u32) -> u32 = unsafe { core::mem::transmute(version) };
    let current = libc.audit_version();
    let lav = la_version(current);
    if lav == 0 {
        if let Some(ns) = namespace() {
            if ns.config.debug(debug::FILES) {
                let i = ns.index_of_handle(handle).unwrap_or(0);
                crate::debug_log!("file={} [{}]; audit interface function la_version returned zero; ignored.", Bytes(&ns.objects[i].path), lmid);
            }
        }
        libc.close(handle);
        return None;
    }
    if lav > current {
        crate::debug_log!("ERROR: audit interface '{}' requires version {} (maximum supported version {}); ignored.", Bytes(name), lav, current);
        libc.close(handle);
        return None;
    }
    let mut addresses = [0usize; 8];
    for (a, n) in addresses.iter_mut().zip(crate::audit::IFACE_NAMES) {
        *a = find(n);
    }
    Some(crate::audit::Auditor { ifaces: crate::audit::Ifaces::from_addresses(addresses), lmid })
}

/// The first steps of `run`: the configuration, the program (mapped here
/// when dryad was run directly), dryad's own object and the vDSO, as a
/// namespace ready for loading. A function of its own, not inlined, so
/// that its frame (with the objects on their way into the namespace) is
/// gone before the loading goes deeper (issue 11: the stack pages startup
/// touches count in its peak RSS).
#[inline(never)]
fn initial_namespace(
    stack: &mut InitialStack,
    base: usize,
    direct: bool,
    program_name: &mut &'static [u8],
    rules: abi::CommandLineRules,
) -> LoadResult<Namespace> {
    let secure = stack.aux(at::SECURE).unwrap_or(0) != 0;
    // Every variable the configuration reads starts with `LD_` or `DRYAD_`.
    let mut config = Config::from_env(stack.env_where(|b| b == b'L' || b == b'D'), secure);
    // Some categories only some releases have (the rules map the libc the
    // program would get to tell: asked only then).
    let release_categories = config.debug_asks_release() && rules(&config).debug_release_categories;
    config.finish_debug(release_categories);
    if config.debug(debug::STATISTICS) {
        crate::debuglog::START.store(crate::debuglog::cycles(), core::sync::atomic::Ordering::Relaxed);
    }
    if let (Some(name), true) = (config.debug_output, config.debug != 0) {
        crate::debuglog::set_output(name);
    }
    if secure {
        stack.remove_env(crate::config::UNSECURE_ENVVARS);
    }
    let dryad_path: &'static [u8];
    let main = if direct {
        let (program, skip) = parse_options(stack, &mut config, rules);
        *program_name = program;
        error::set_program_name(program);
        let main = match map_program(program) {
            Ok(m) => m,
            // --verify answers with its exit status only: 1, unusable.
            Err(_) if config.verify => sys::exit(1),
            Err(e) => return Err(e),
        };
        // glibc maps the program run directly as it maps a library.
        if config.debug(debug::FILES) {
            crate::namespace::debug_link_map(program, &main);
        }
        dryad_path = stack.arg(0);
        // The program now sees its own argv; AT_* describe it, not dryad.
        let execfn = stack.arg(skip).as_ptr() as usize;
        if let Some(argv0) = config.argv0 {
            // SAFETY: argv[skip] is a live slot of the argument vector.
            unsafe { *stack.argv.add(skip) = argv0.as_ptr() };
        }
        stack.drop_args(skip);
        stack.set_aux(at::PHDR, main.phdr_addr);
        stack.set_aux(at::PHNUM, main.phdrs.len());
        stack.set_aux(at::ENTRY, main.entry);
        stack.set_aux(at::EXECFN, execfn);
        if config.argv0.is_some() {
            *program_name = stack.arg(0);
            error::set_program_name(program_name);
        }
        main
    } else {
        let main = kernel_mapped_program(stack)?;
        dryad_path = interp_of(&main).unwrap_or(b"/lib64/ld-linux-x86-64.so.2");
        main
    };
    let mut dryad = own_object(base, dryad_path)?;
    // Run directly, dryad is the file it was started as; a program that
    // names another interpreter sees that name for it too (`--list`
    // prints `PT_INTERP => argv[0]`, as glibc).
    if direct {
        if let Some(interp) = interp_of(&main).filter(|&i| i != dryad_path) {
            dryad.names.insert(0, interp.to_vec());
        }
    }

    if config.verify {
        // glibc's answer: 0 for a dynamically linked program with an
        // interpreter, 2 for one without (e.g. static-pie).
        sys::exit(if interp_of(&main).is_some() { 0 } else { 2 });
    }
    if config.debug_help {
        print_debug_help(release_categories);
        sys::exit(0);
    }

    let mut ns = Namespace::new(config, program_name, main, dryad);
    if let Some(ehdr) = stack.aux(at::SYSINFO_EHDR).filter(|&v| v != 0) {
        // Second in the chain, as in glibc; a vDSO we cannot read is
        // simply not used (libc then makes system calls).
        if let Ok(vdso) = vdso_object(ehdr) {
            // glibc's setup_vdso_pointers looks the vDSO's functions up
            // before any dependency is loaded; dryad fills libc's pointers
            // once libc (and so the release) is known, but LD_DEBUG shows
            // the lookups here, for the release the program would get.
            let debug = ns.config.debug & (debug::SYMBOLS | debug::BINDINGS | debug::STATISTICS);
            if debug != 0 {
                for name in rules(&ns.config).vdso_functions {
                    crate::debuglog::vdso_lookup(&vdso, name, debug);
                }
                ns.vdso_announced = true;
            }
            ns.objects.push(vdso);
        }
    }
    Ok(ns)
}

/// Relocates the objects of `order` (dependencies first) against `scope`
/// and write-protects each one's RELRO region; returns how many
/// relocations needed a symbol lookup. The one relocation loop, for
/// startup and `dlopen` alike: PLT slots are bound lazily when
/// `lazy_requested` (startup; dlopen with RTLD_LAZY), unless LD_BIND_NOW
/// or the object asks for `-z now`.
pub fn relocate_in_order(ns: &Namespace, order: &[usize], scope: crate::symindex::Scope, lazy_requested: bool) -> LoadResult<usize> {
    let lazy = prepare_lazy(ns, order, lazy_requested);
    relocate_objects(ns, order, &lazy, scope, true)
}

/// Startup relocation: [`relocate_in_order`] on several threads when the
/// program is large enough (see [`crate::parallel`]).
pub fn relocate_startup(ns: &Namespace, scope: crate::symindex::Scope, lookups: usize) -> LoadResult<usize> {
    let order = &ns.init_order;
    let lazy = prepare_lazy(ns, order, true);
    if ns.config.reloc_threads == crate::config::ThreadsMode::Check && ns.config.debug == 0 {
        return crate::parallel::check(ns, order, &lazy, scope);
    }
    match crate::parallel::threads_for(ns, order, lookups) {
        threads if threads > 1 => crate::parallel::relocate(ns, order, &lazy, scope, threads, true),
        _ => relocate_objects(ns, order, &lazy, scope, true),
    }
}

/// For each object of `order`: whether its PLT is bound lazily, its GOT
/// prepared for that if so (see [`crate::lazy::prepare`]).
fn prepare_lazy(ns: &Namespace, order: &[usize], lazy_requested: bool) -> Vec<bool> {
    let trampoline = crate::lazy::trampoline();
    order
        .iter()
        .map(|&idx| {
            let obj = &ns.objects[idx];
            // With audit modules that trace PLT calls, an object's own
            // request to be bound now is ignored, as glibc ignores it
            // ("we do not do this if we are profiling").
            let profiled = crate::audit::profiling() && crate::audit::audited(ns, idx);
            let trampoline = if profiled { crate::lazy::profile_trampoline() } else { trampoline };
            obj.kind != ObjectKind::Dryad && lazy_requested && !ns.config.bind_now && (!obj.dynamic.bind_now || profiled) && crate::lazy::prepare(obj, trampoline)
        })
        .collect()
}

/// The serial relocation loop: `order[k]` lazily if `lazy[k]`; with
/// `protect`, each object's RELRO made read-only after it.
pub fn relocate_objects(ns: &Namespace, order: &[usize], lazy: &[bool], scope: crate::symindex::Scope, protect: bool) -> LoadResult<usize> {
    let mut symbolic = 0;
    for (&idx, &lazy) in order.iter().zip(lazy) {
        let obj = &ns.objects[idx];
        if obj.kind == ObjectKind::Dryad {
            continue;
        }
        if ns.config.debug(debug::RELOC) {
            crate::debug_log!("\nrelocation processing: {}{}", Bytes(ns.display_name(idx)), if lazy { " (lazy)" } else { "" });
        }
        symbolic += reloc::relocate_object(ns, idx, scope, lazy)?.symbolic;
        if protect {
            obj.protect_relro()?;
        }
    }
    Ok(symbolic)
}

/// PT_GNU_STACK: if the program or any loaded object asks for an
/// executable stack (PF_X, or no PT_GNU_STACK at all, which means the old
/// default), make the main thread's stack executable, as glibc's
/// `_dl_make_stack_executable` does. When the kernel started the program
/// it has already done so for the program's own request; when dryad was
/// run directly, the kernel only saw dryad's (non-executable) request.
fn make_stack_executable_if_needed(ns: &Namespace, stack: &InitialStack, libc: &dyn Libc) {
    use goblin::elf::program_header::{PF_X, PT_GNU_STACK};
    let wants_exec = ns.objects.iter().filter(|o| matches!(o.kind, ObjectKind::Main | ObjectKind::Library)).any(|o| {
        o.phdrs.iter().find(|p| p.p_type == PT_GNU_STACK).is_none_or(|p| p.p_flags & PF_X != 0)
    });
    if !wants_exec {
        return;
    }
    // SAFETY: the initial stack pointer is inside the main thread's stack.
    if let Err(e) = unsafe { make_main_stack_executable(stack.sp as usize) } {
        crate::eprint!("{}: cannot enable executable stack as shared object requires: {}\n", Bytes(ns.program_name), sys::strerror(e));
        sys::exit(127);
    }
    libc.stack_made_executable();
}

/// Makes the main thread's stack executable: the page holding `addr` and,
/// through PROT_GROWSDOWN, the whole stack mapping below it.
///
/// # Safety
/// `addr` lies in the main thread's stack.
pub unsafe fn make_main_stack_executable(addr: usize) -> sys::SysResult<()> {
    let prot = libc::PROT_READ | libc::PROT_WRITE | libc::PROT_EXEC | libc::PROT_GROWSDOWN;
    // SAFETY: the caller's contract: the page is the stack's.
    unsafe { sys::mprotect(addr & !(load::PAGE - 1), load::PAGE, prot) }
}

/// The thread's static TLS: where it is and how it is laid out.
pub struct InitialTls {
    pub tp: usize,
    pub layout: StaticTls,
}

/// Gives every TLS object a module id (the program first, then load
/// order), lays out the static TLS area, allocates it with the TCB, builds
/// the DTV and installs the thread pointer, with the stack protector's
/// canary at %fs:0x28 (IFUNC resolvers run during relocation and check
/// it).
fn setup_static_tls(ns: &mut Namespace, stack: &InitialStack, libc: &dyn Libc) -> LoadResult<InitialTls> {
    let mut next = 1;
    for obj in ns.objects.iter_mut() {
        if let Some(t) = obj.tls.as_mut() {
            if t.align > 4096 || t.filesz > t.memsz {
                return Err(LoadError::new(&obj.path, "invalid TLS segment"));
            }
            t.modid = next;
            next += 1;
        }
    }
    let mut refs: Vec<&mut TlsModule> = ns.objects.iter_mut().filter_map(|o| o.tls.as_mut()).collect();
    let layout = tls::layout(&mut refs, libc.extra_static_tls(stack), libc.static_tls_surplus(), libc.tcb_size(), libc.tcb_align());
    // Out of address space for the static TLS area or the DTV (`ulimit
    // -v`, a huge PT_TLS): glibc's `init_tls` message, as it prints it.
    const NO_TLS: &str = "cannot allocate TLS data structures for initial thread";
    let Some(tp) = tls::allocate_static_area(&layout, libc.tcb_size()) else { error::fatal_line(NO_TLS) };
    let modules: Vec<TlsModule> = ns.objects.iter().filter_map(|o| o.tls).collect();
    let dtv = tls::new_dtv(&modules, layout.max_modid, tp);
    if dtv.is_null() {
        error::fatal_line(NO_TLS);
    }
    if ns.config.debug(debug::TLS) {
        crate::debuglog::TLS.store(true, core::sync::atomic::Ordering::Relaxed);
        crate::debug_log!("TCB allocated: 0x{:x}", tp);
    }
    let random = stack.aux(at::RANDOM).unwrap_or(0);
    let (canary, pointer_guard) = if random != 0 {
        // SAFETY: AT_RANDOM points to 16 random bytes on the initial stack.
        unsafe { (core::ptr::read_unaligned(random as *const usize) & !0xff, core::ptr::read_unaligned((random + 8) as *const usize)) }
    } else {
        (0, 0)
    };
    // The three TCB words that are not the libc's choice (the adapter fills
    // the rest in `thread_ready`).
    // SAFETY: `tp` is the start of the zeroed TCB we just allocated, at
    // least 0x30 bytes long (every libc's TCB is).
    unsafe {
        let w = tp as *mut usize;
        *w = tp; // %fs:0 is the thread pointer itself (x86-64 psABI)
        *w.add(tls::TCB_DTV_WORD) = dtv as usize; // the DTV, where tls.S reads it
        *w.add(5) = canary; // %fs:0x28: the stack protector's canary (GCC's ABI)
    }
    tls::set_thread_pointer(tp).map_err(|e| LoadError::with_errno(b"", "cannot set up thread pointer", e))?;
    tls::init_surplus(&layout, libc.tcb_size(), libc.optional_static_tls());
    tls::set_startup_state(tls::StartupTls { modules, layout, initial_dtv: dtv as usize });
    if let Some(state) = tls::startup_state() {
        libc.thread_ready(state, tp, pointer_guard);
    }
    Ok(InitialTls { tp, layout })
}

/// A constructor: called with (argc, argv, envp).
pub type InitFn = extern "C" fn(i32, *mut *const u8, *mut *const u8);

/// The library among `candidates` (in load order) whose initialisers run
/// before every other's: the last one loaded with DF_1_INITFIRST, as
/// glibc's `GL(dl_initfirst)` records it (glibc 2.31's libpthread.so.0
/// has the flag: its initialiser sets up the thread library before any
/// other runs).
pub fn init_first(ns: &Namespace, candidates: impl Iterator<Item = usize>) -> Option<usize> {
    candidates
        .filter(|&i| {
            let o = &ns.objects[i];
            o.kind == ObjectKind::Library && o.dynamic.flags_1 & goblin::elf::dynamic::DF_1_INITFIRST != 0
        })
        .last()
}

/// The initialisers to call, in order: the DF_1_INITFIRST library's, the
/// program's DT_PREINIT_ARRAY, then DT_INIT and DT_INIT_ARRAY of each
/// object, dependencies first. The program's own DT_INIT/DT_INIT_ARRAY
/// are left to its libc's start code, as with glibc (`__libc_start_main`
/// runs them).
fn collect_initialisers(ns: &mut Namespace, libc: &dyn Libc) -> LoadResult<Vec<(Option<Vec<u8>>, InitFn)>> {
    let mut out = Vec::new();
    let log = ns.config.debug(debug::IMPCALLS);
    if let Some(first) = init_first(ns, 0..ns.objects.len()) {
        out.extend(constructors_in_order(ns, &[first], libc, log)?);
    }
    let main = ns.main;
    let code = code_ranges(ns);
    for f in ns.objects[main].table_words(ns.objects[main].dynamic.preinit_array) {
        if !in_code(&code, f) {
            return Err(ns.corrupt(main, "DT_PREINIT_ARRAY entry outside the object's code"));
        }
        // SAFETY: entries of the program's DT_PREINIT_ARRAY are functions
        // with the (argc, argv, envp) constructor signature.
        out.push((None, unsafe { core::mem::transmute::<usize, InitFn>(f) }));
    }
    // ld.so itself counts as initialised at its place in the order (glibc
    // lists it among the finalised objects when it is on the chain).
    let order = ns.init_order.clone();
    out.extend(constructors_in_order(ns, &order, libc, log)?);
    Ok(out)
}

/// The one initialiser loop, for startup and `dlopen` alike: marks each
/// object of `order` not initialised yet as initialised (telling the
/// adapter) and returns the libraries' DT_INIT and DT_INIT_ARRAY entries
/// in that order, each checked to point into loaded code; with `named`,
/// the first of each object carries its path (for LD_DEBUG's `calling
/// init`). The program's own constructors are left to its libc's start
/// code, as with glibc (`__libc_start_main` runs them); dryad has none.
pub fn constructors_in_order(ns: &mut Namespace, order: &[usize], libc: &dyn Libc, named: bool) -> LoadResult<Vec<(Option<Vec<u8>>, InitFn)>> {
    let code = code_ranges(ns);
    let mut out = Vec::new();
    for &idx in order {
        let obj = &mut ns.objects[idx];
        if obj.init_called {
            continue;
        }
        obj.init_called = true;
        if obj.kind == ObjectKind::Dryad {
            // glibc's ld.so (2.36 on) announces itself at this place in the
            // order; dryad has nothing to run there.
            if named && libc.announces_every_init() {
                out.push((Some(obj.path.clone()), nothing_to_initialise as InitFn));
            }
            continue;
        }
        libc.init_called(obj);
        if obj.kind != ObjectKind::Library {
            continue;
        }
        let constructors = obj.constructors(&code)?;
        if constructors.is_empty() && named && libc.announces_every_init() {
            out.push((Some(obj.path.clone()), nothing_to_initialise as InitFn));
        }
        for (k, f) in constructors.into_iter().enumerate() {
            let name = (named && k == 0).then(|| obj.path.clone());
            // SAFETY: DT_INIT and DT_INIT_ARRAY entries of a relocated object
            // are its constructors, called with (argc, argv, envp).
            out.push((name, unsafe { core::mem::transmute::<usize, InitFn>(f) }));
        }
    }
    Ok(out)
}

/// dryad's place in the initialiser order (see `constructors_in_order`).
extern "C" fn nothing_to_initialise(_argc: i32, _argv: *mut *const u8, _envp: *mut *const u8) {}

/// The executable segments of every loaded object: where an initialiser
/// or finaliser may point.
pub fn code_ranges(ns: &Namespace) -> Vec<(usize, usize)> {
    ns.objects.iter().flat_map(|o| o.segments.iter().filter(|s| s.prot & libc::PROT_EXEC != 0).map(|s| (s.start, s.end))).collect()
}

pub fn in_code(code: &[(usize, usize)], f: usize) -> bool {
    code.iter().any(|&(s, e)| s <= f && f < e)
}

/// The finaliser the program's libc registers with `atexit` (passed in %rdx
/// at the entry point). Runs DT_FINI_ARRAY (in reverse) and DT_FINI of every
/// initialised object, dependents before their dependencies, the program
/// first.
pub fn run_finalisers() {
    // What to do, in order, once the namespace is no longer held: a
    // `calling fini` line is printed just before that object's functions
    // run, as glibc's _dl_fini does (lines the finalisers print, or the
    // lazy bindings they make, come after it), as dlclose does.
    let mut steps = Vec::new();
    let statistics;
    {
        let Some(ns) = namespace() else { return };
        if FINALISED.swap(true, core::sync::atomic::Ordering::AcqRel) {
            return;
        }
        statistics = ns.config.debug & debug::STATISTICS != 0;
        let code = code_ranges(&ns);
        let mut order = ns.fini_order();
        if crate::audit::active() {
            // glibc's _dl_fini: the audit modules' namespaces last; each
            // other namespace told before (LA_ACT_DELETE) and after
            // (LA_ACT_CONSISTENT), each object once finalised.
            let (program, modules): (Vec<usize>, Vec<usize>) = order.into_iter().partition(|&i| crate::audit::audited(&ns, i));
            order = program.into_iter().chain(modules).collect();
        }
        let mut current: Option<usize> = None;
        let activity = crate::audit::active() && crate::audit::rules().exit_activity;
        for idx in order {
            if activity && current != Some(ns.objects[idx].lmid) {
                if let Some(c) = current {
                    steps.push(crate::dlclose::Step::Activity(c, crate::audit::LA_ACT_CONSISTENT));
                }
                current = Some(ns.objects[idx].lmid);
                steps.push(crate::dlclose::Step::Activity(ns.objects[idx].lmid, crate::audit::LA_ACT_DELETE));
            }
            crate::dlclose::finaliser_steps(&ns, idx, &code, &mut steps);
            if crate::audit::active() && ns.objects[idx].init_called {
                steps.push(crate::dlclose::Step::ObjClose(idx));
            }
        }
        if let Some(c) = current {
            steps.push(crate::dlclose::Step::Activity(c, crate::audit::LA_ACT_CONSISTENT));
        }
    }
    crate::dlclose::run(steps);
    if statistics {
        crate::debuglog::print_final_statistics();
    }
}

/// Runs `f` on the namespace (after startup; None before).
pub fn with_namespace<R>(f: impl FnOnce(&Namespace) -> R) -> Option<R> {
    namespace().map(|ns| f(&ns))
}

/// The directories searched for dependencies of the object whose link map
/// is `map` (for `dlinfo(RTLD_DI_SERINFO)`), expanded and split.
pub fn search_dirs_for_map(map: crate::abi::Handle) -> Vec<Vec<u8>> {
    let Some(ns) = namespace() else { return Vec::new() };
    let Some(idx) = ns.index_of_handle(map) else { return Vec::new() };
    ns.search_path_list(idx)
}

/// The program the kernel mapped, described by AT_PHDR/AT_PHNUM/AT_ENTRY.
fn kernel_mapped_program(stack: &InitialStack) -> LoadResult<Object> {
    let phdr = stack.aux(at::PHDR).unwrap_or(0);
    let phnum = stack.aux(at::PHNUM).unwrap_or(0);
    let entry = stack.aux(at::ENTRY).unwrap_or(0);
    if phdr == 0 || phnum == 0 || phnum > 512 {
        return Err(LoadError::new(b"", "no program headers for the program"));
    }
    // SAFETY: the kernel put `phnum` program headers at AT_PHDR.
    let phdrs = unsafe { load::phdrs_at(phdr, phnum) };
    let base = phdrs.iter().find(|p| p.p_type == PT_PHDR).map_or(0, |p| phdr.wrapping_sub(p.p_vaddr as usize));
    let segments = load::segments_of(&phdrs, base);
    let mut main = load::finish(ObjectKind::Main, b"", base, phdrs, phdr, segments, 0)?;
    main.entry = entry;
    main.origin = crate::search::program_origin();
    Ok(main)
}

fn interp_of(main: &Object) -> Option<&'static [u8]> {
    let p = main.phdrs.iter().find(|p| p.p_type == PT_INTERP)?;
    main.image.cstr(main.base + p.p_vaddr as usize, main.base + (p.p_vaddr + p.p_filesz) as usize)
}

/// Opens and maps the program named on dryad's command line.
fn map_program(path: &'static [u8]) -> LoadResult<Object> {
    if !path.contains(&b'/') {
        // As glibc: a bare name is not searched for in the current directory.
        return Err(LoadError::new(path, "cannot open shared object file"));
    }
    let fd = sys::open_readonly(path).map_err(|e| LoadError::with_errno(path, "cannot open shared object file", e))?;
    let file = match load::read_headers(fd, path) {
        Ok(f) => f,
        Err(OpenError::Mismatch(p)) => {
            sys::close(fd);
            // glibc: a 32-bit program is named as such; another machine's
            // is simply not found.
            if p == crate::elf::HeaderProblem::WrongClass32 {
                return Err(LoadError::new(path, p.message()));
            }
            return Err(LoadError::with_errno(path, "cannot open shared object file", Errno::ENOENT));
        }
        Err(OpenError::Fatal(e)) => {
            sys::close(fd);
            return Err(e);
        }
    };
    let result = load::map_file(fd, file, path, ObjectKind::Main);
    sys::close(fd);
    let mut main = result?;
    main.origin = crate::search::origin_of(path);
    Ok(main)
}

/// The vDSO the kernel mapped at `ehdr` (AT_SYSINFO_EHDR).
fn vdso_object(ehdr: usize) -> LoadResult<Object> {
    const NAME: &[u8] = b"linux-vdso.so.1";
    // SAFETY: the kernel maps the vDSO's ELF header at AT_SYSINFO_EHDR.
    let bytes = unsafe { core::slice::from_raw_parts(ehdr as *const u8, core::mem::size_of::<Header>()) };
    let header = crate::elf::check_header(bytes).map_err(|p| LoadError::new(NAME, p.message()))?;
    if header.e_phnum as usize > 64 {
        return Err(LoadError::new(NAME, "too many program headers"));
    }
    // SAFETY: the vDSO's program headers are inside its first page.
    let phdrs: Vec<ProgramHeader> = unsafe { load::phdrs_at(ehdr + header.e_phoff as usize, header.e_phnum as usize) };
    let first = phdrs.iter().find(|p| p.p_type == goblin::elf::program_header::PT_LOAD).map_or(0, |p| p.p_vaddr as usize);
    let base = ehdr.wrapping_sub(first);
    let segments = load::segments_of(&phdrs, base);
    let mut obj = load::finish(ObjectKind::Vdso, NAME, base, phdrs, ehdr + header.e_phoff as usize, segments, 0)?;
    obj.names.push(NAME.into());
    Ok(obj)
}

/// dryad's own object, from its ELF header in memory.
fn own_object(base: usize, path: &'static [u8]) -> LoadResult<Object> {
    // SAFETY: dryad's first page holds its ELF header (the kernel mapped it).
    let header_bytes = unsafe { core::slice::from_raw_parts(base as *const u8, core::mem::size_of::<Header>()) };
    let header: Header = header_bytes.pread_with(0, crate::elf::LE).map_err(|_| LoadError::new(path, "bad ELF header"))?;
    let phdr = base + header.e_phoff as usize;
    // SAFETY: dryad's program headers lie in its first, mapped segment.
    let phdrs: Vec<ProgramHeader> = unsafe { load::phdrs_at(phdr, header.e_phnum as usize) };
    let segments = load::segments_of(&phdrs, base);
    let mut obj = load::finish(ObjectKind::Dryad, path, base, phdrs, phdr, segments, header.e_entry as usize)?;
    obj.names.push(path.into());
    // Its file identity is looked up only if a file that looks like dryad
    // is ever opened (`Namespace::is_dryad_file`).
    Ok(obj)
}

const USAGE: &str = "\
Usage: dryad.so.1 [OPTION]... EXECUTABLE-FILE [ARGS-FOR-PROGRAM...]
You have invoked 'dryad.so.1', the dynamic linker (a drop-in replacement for
ld-linux-x86-64.so.2). It runs EXECUTABLE-FILE with its shared libraries,
as if the program's interpreter had been started by the kernel.

  --list                list all dependencies and how they are resolved
  --tree                list them as a tree, with every file tried for a
                        library not found (nothing of the program runs)
  --verify              verify that given object really is a dynamically linked
                        object we can handle
  --inhibit-cache       Do not use /etc/ld.so.cache
  --library-path PATH   use given PATH instead of content of the environment
                        variable LD_LIBRARY_PATH
  --preload LIST        preload objects named in LIST
  --audit LIST          use objects named in LIST as auditors
  --argv0 STRING        set argv[0] to STRING before running
  --help                display this help and exit
  --version             output version information and exit

Environment: LD_LIBRARY_PATH, LD_PRELOAD, LD_BIND_NOW, LD_BIND_NOT,
LD_DEBUG (LD_DEBUG=help lists its categories), LD_TRACE_LOADED_OBJECTS.

Shared library search path: DT_RPATH, LD_LIBRARY_PATH, DT_RUNPATH,
/etc/ld.so.cache, then /lib/x86_64-linux-gnu, /usr/lib/x86_64-linux-gnu,
/lib, /usr/lib.
";

/// Parses dryad's own options (direct invocation). Returns the program path
/// and how many arguments precede it. Where the releases of the libc
/// differ (`rules`, asked only then): before glibc 2.33 `--help` and
/// `--version` were no options, so they, like any unknown `--` argument,
/// name the program; and with no program the usage goes with status 127
/// (which old `ldd` scripts test for) instead of 1.
fn parse_options(stack: &InitialStack, config: &mut Config, rules: abi::CommandLineRules) -> (&'static [u8], usize) {
    let me = stack.arg(0);
    let mut i = 1;
    // The rules map the system's libc to name its release: asked once, if
    // at all.
    let mut known: Option<abi::CommandLine> = None;
    let mut cli = |config: &Config| *known.get_or_insert_with(|| rules(config));
    let need_arg = |i: usize, opt: &str| -> &'static [u8] {
        if i + 1 >= stack.argc {
            crate::eprint!("{}: option '{}' requires an argument\nTry '{} --help' for more information.\n", Bytes(me), opt, Bytes(me));
            sys::exit(1);
        }
        stack.arg(i + 1)
    };
    while i < stack.argc {
        let a = stack.arg(i);
        match a {
            b"--list" => {
                config.trace = true;
                config.list_option = true;
            }
            b"--tree" => {
                config.trace = true;
                config.list_option = true;
                config.tree = true;
            }
            b"--verify" => config.verify = true,
            b"--inhibit-cache" => config.inhibit_cache = true,
            b"--library-path" => {
                config.library_path = Some(need_arg(i, "--library-path"));
                config.library_path_option = true;
                i += 1;
            }
            b"--preload" => {
                config.preload.extend(split_list(need_arg(i, "--preload"), b" :"));
                config.preload_option = true;
                i += 1;
            }
            b"--audit" => {
                config.add_audit_list(need_arg(i, "--audit"));
                i += 1;
            }
            b"--argv0" => {
                config.argv0 = Some(need_arg(i, "--argv0"));
                i += 1;
            }
            b"--inhibit-rpath" => {
                config.inhibit_rpath = Some(need_arg(i, "--inhibit-rpath"));
                i += 1;
            }
            b"--glibc-hwcaps-prepend" | b"--glibc-hwcaps-mask" if cli(config).glibc_hwcaps_options => {
                let list = Some(need_arg(i, if a == b"--glibc-hwcaps-mask" { "--glibc-hwcaps-mask" } else { "--glibc-hwcaps-prepend" }));
                if a == b"--glibc-hwcaps-mask" {
                    config.glibc_hwcaps_mask = list;
                } else {
                    config.glibc_hwcaps_prepend = list;
                }
                i += 1;
            }
            b"--help" | b"--version" if !cli(config).help_and_version => break,
            b"--list-tunables" if cli(config).list_tunables.is_some() => {
                if let Some(list) = cli(config).list_tunables {
                    list(stack, config);
                }
                sys::exit(0);
            }
            b"--list-diagnostics" if cli(config).list_diagnostics.is_some() => {
                if let Some(list) = cli(config).list_diagnostics {
                    list(stack, config);
                }
                sys::exit(0);
            }
            b"--help" => {
                crate::print!("{USAGE}");
                sys::exit(0);
            }
            b"--version" => {
                crate::print!("dryad {VERSION}: a dynamic linker for x86-64 Linux (ld-linux-x86-64.so.2 replacement).\n");
                sys::exit(0);
            }
            b"--" => {
                i += 1;
                break;
            }
            _ if a.starts_with(b"--") && !cli(config).help_and_version => break,
            _ if a.starts_with(b"--") => {
                crate::eprint!("{}: unrecognized option '{}'\nTry '{} --help' for more information.\n", Bytes(me), Bytes(a), Bytes(me));
                sys::exit(1);
            }
            _ => break,
        }
        i += 1;
    }
    if i >= stack.argc {
        crate::eprint!("{}: missing program name\n{USAGE}", Bytes(me));
        sys::exit(cli(config).no_program_status);
    }
    if config.library_path_option && !cli(config).library_path_named {
        config.library_path_option = false;
    }
    (stack.arg(i), i)
}

/// LD_TRACE_LOADED_OBJECTS / --list output (what `ldd` prints).
fn print_trace(ns: &Namespace) {
    let mut out = sys::FdWriter::new(1);
    let mut missing = ns.missing.iter().peekable();
    for idx in ns.chain_order() {
        while let Some((_, name)) = missing.next_if(|(pos, _)| *pos <= idx && idx != ns.dryad) {
            let _ = core::fmt::Write::write_fmt(&mut out, format_args!("\t{} => not found\n", Bytes(name)));
        }
        let obj = &ns.objects[idx];
        if idx == ns.main {
            continue;
        }
        let libname = obj.names.first().map(|n| &n[..]).unwrap_or(&obj.path);
        if libname == &obj.path[..] {
            let _ = core::fmt::Write::write_fmt(&mut out, format_args!("\t{} (0x{:016x})\n", Bytes(&obj.path), obj.map_start));
        } else {
            let _ = core::fmt::Write::write_fmt(
                &mut out,
                format_args!("\t{} => {} (0x{:016x})\n", Bytes(libname), Bytes(&obj.path), obj.map_start),
            );
        }
    }
    for (_, name) in missing {
        let _ = core::fmt::Write::write_fmt(&mut out, format_args!("\t{} => not found\n", Bytes(name)));
    }
}

/// `ldd -u` (LD_TRACE_LOADED_OBJECTS with LD_DEBUG=unused): the program's
/// direct dependencies that none of its references bind to, as glibc's
/// rtld.c prints them, then exit with 1 if there was one, else 0. As in
/// glibc, the N-th DT_NEEDED entry is taken to be the N-th object after
/// the program in the chain (the vDSO passed over).
fn print_unused(ns: &Namespace) -> ! {
    let used = reloc::objects_the_program_uses(ns);
    let chain: Vec<usize> = ns.chain_order().into_iter().filter(|&i| ns.objects[i].kind != ObjectKind::Vdso).collect();
    let start = chain.iter().position(|&i| i == ns.main).unwrap_or(0);
    let mut out = sys::FdWriter::new(1);
    let mut first = true;
    for &l in chain.iter().skip(start + 1).take(ns.objects[ns.main].dynamic.needed.len()) {
        if used[l] {
            continue;
        }
        if first {
            let _ = core::fmt::Write::write_str(&mut out, "Unused direct dependencies:\n");
            first = false;
        }
        let _ = core::fmt::Write::write_fmt(&mut out, format_args!("\t{}\n", Bytes(&ns.objects[l].path)));
    }
    drop(out);
    sys::exit(if first { 0 } else { 1 })
}

/// `--tree`: each object under the object whose DT_NEEDED brought it in,
/// in DT_NEEDED order, with the file it resolved to; an object met again
/// is marked, not expanded; a library not found comes with every file the
/// search tried and why it was not taken.
fn print_tree(ns: &Namespace) {
    use core::fmt::Write;
    let mut out = sys::FdWriter::new(1);
    let main = &ns.objects[ns.main];
    let _ = write!(out, "{}\n", Bytes(&main.path));
    let mut shown = alloc::vec![false; ns.objects.len()];
    shown[ns.main] = true;
    // (object, its DT_NEEDED names still to show, depth): an explicit
    // stack, so a deep chain cannot overflow.
    type Frame = (usize, alloc::vec::IntoIter<Option<&'static [u8]>>, usize);
    let frame = |obj: usize, depth| -> Frame { (obj, ns.objects[obj].needed_names().collect::<Vec<_>>().into_iter(), depth) };
    let mut stack: Vec<Frame> = alloc::vec![frame(ns.main, 1)];
    while let Some((obj, names, depth)) = stack.last_mut() {
        let (obj, depth) = (*obj, *depth);
        let Some(name) = names.next() else {
            stack.pop();
            continue;
        };
        let Some(name) = name else { continue };
        let pad = "    ".repeat(depth);
        // (A request for the dynamic linker was answered by dryad, which
        // took the name: `Namespace::load_needed`.)
        let found = ns.objects.iter().position(|o| o.answers_to(name));
        match found {
            Some(dep) => {
                let path = &ns.objects[dep].path;
                let note = if dep == ns.dryad { " (the dynamic linker)" } else if shown[dep] { " (listed above)" } else { "" };
                if name == &path[..] {
                    let _ = write!(out, "{pad}{}{note}\n", Bytes(name));
                } else {
                    let _ = write!(out, "{pad}{} => {}{note}\n", Bytes(name), Bytes(path));
                }
                if !shown[dep] && dep != ns.dryad {
                    shown[dep] = true;
                    stack.push(frame(dep, depth + 1));
                }
            }
            None => {
                let _ = write!(out, "{pad}{} => not found\n", Bytes(name));
                if let Some(nf) = ns.not_found.iter().find(|n| n.name == name && n.requester == obj).or_else(|| ns.not_found.iter().find(|n| n.name == name)) {
                    for (path, why) in &nf.tried {
                        let _ = write!(out, "{pad}    tried {}: {}\n", Bytes(path), why);
                    }
                }
            }
        }
    }
}

fn print_debug_help(release_categories: bool) {
    crate::print!("Valid options for the LD_DEBUG environment variable are:\n\n");
    for (name, _, help, _) in crate::config::debug::NAMES.iter().filter(|n| release_categories || !n.3) {
        crate::print!("  {:<12}{}\n", core::str::from_utf8(name).unwrap_or("?"), help);
    }
    crate::print!("\nTo direct the debugging output into a file instead of standard output\na filename can be specified using the LD_DEBUG_OUTPUT environment variable.\n");

}
