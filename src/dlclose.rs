//! `dlclose`: unloading objects a `dlopen` loaded.
//!
//! libc's `dlclose` calls its dynamic linker's `GLRO(dl_close)` (see
//! [`crate::glibc::handshake`]), which comes here. As glibc's
//! `_dl_close_worker` does:
//!
//! 1. the object's `dlopen` count (`direct_opens`, glibc's
//!    `l_direct_opencount`) drops by one; while it is not 0, nothing more
//!    happens (`LD_DEBUG=files`: `closing file=...; direct_opencount=N`);
//! 2. every object is marked used that is not unloadable (loaded at
//!    startup), still opened, NODELETE, or has thread-local destructors
//!    pending (libc's count in the link map); so is every dependency and
//!    relocation dependency (`Object::reldeps`) of a used object. The
//!    unloadable objects left unmarked go;
//! 3. their finalisers run, dependents first (glibc's `_dl_sort_maps` for
//!    finalisers), with the namespace lock released, as initialisers do:
//!    a finaliser may bind lazily, call `dlsym`, `dlopen` or `dlclose`.
//!    Meanwhile they are `closing`: no `dlopen` finds them;
//! 4. the debugger hears RT_DELETE; they leave the global scope and the
//!    scopes of what stays, the libc adapter unlinks their link maps
//!    (`dl_iterate_phdr`'s `dlpi_subs` counts them), `_dl_find_object`
//!    forgets them, their memory is unmapped and their slots become place
//!    holders ([`Object::unload`]: indices stay stable); RT_CONSISTENT.
//!
//! A `dlopen` after that maps the file afresh. Not unloaded, as in glibc:
//! objects that RTLD_NODELETE or DF_1_NODELETE mark, those a startup
//! object's relocation or lazy binding bound to (marked NODELETE then),
//! those with pending `thread_local` destructors. An unloaded object's TLS
//! module id is given back ([`crate::tls::unregister_all`]: the
//! closing thread's block is freed at once, every other thread's at its
//! next `__tls_get_addr`, or when it exits), and handed out again.
//!
//! [`Object::unload`]: crate::object::Object::unload

use crate::error::{LoadError, LoadResult};
use crate::namespace::{sort_maps_for_fini, Namespace};
use crate::object::ObjectKind;
use crate::abi::Handle;
use alloc::vec::Vec;
use core::sync::atomic::Ordering;

/// What the first part of a close leaves to do with the lock released.
pub enum Step {
    /// `LD_DEBUG`'s `calling fini` line for an object (its name and
    /// namespace).
    Log(Vec<u8>, usize),
    /// A finaliser to call.
    Call(extern "C" fn()),
    /// The audit modules hear that an object was finalised (`la_objclose`).
    ObjClose(usize),
    /// The audit modules hear of a namespace's change (`la_activity`).
    Activity(usize, u32),
}

/// The objects a close takes away, once their finalisers have run.
pub struct Closing {
    pub objects: Vec<usize>,
}

/// glibc's `add_dependency`, for a reference of object `undef` bound to a
/// definition in `def`, an object a dlopen loaded: unless `def` is one of
/// `undef`'s dependencies already (or NODELETE), it becomes a relocation
/// dependency of `undef` (kept as long as `undef` is), or NODELETE if
/// `undef` is never unloaded itself. Called by relocation and lazy
/// binding, and for libc's lookups that ask for it.
pub fn note_binding(ns: &Namespace, undef: usize, def: usize) {
    let d = &ns.objects[def];
    if undef == def || !d.unloadable || d.closing || d.nodelete.load(Ordering::Acquire) {
        return;
    }
    let u = &ns.objects[undef];
    // Already a dependency (the common case: a plugin's own libraries) or
    // recorded: nothing to do (glibc checks this first, in `l_initfini`:
    // the whole dependency tree of the program and of an object a dlopen
    // opened, only the direct dependencies of any other object).
    let tree = u.opened && dependencies(ns, undef).contains(&def);
    if u.needed.contains(&def) || u.reldeps.lock().contains(&def) || tree {
        return;
    }
    if !u.unloadable || u.nodelete.load(Ordering::Acquire) {
        if ns.config.debug(crate::config::debug::BINDINGS) {
            if u.kind == ObjectKind::Main {
                crate::debug_log!("marking {} [0] as NODELETE due to reference from main program", crate::sys::Bytes(&d.path));
            } else {
                crate::debug_log!(
                    "marking {} [0] as NODELETE due to reference from {} [0]",
                    crate::sys::Bytes(&d.path),
                    crate::sys::Bytes(ns.display_name(undef))
                );
            }
        }
        d.nodelete.store(true, Ordering::Release);
        return;
    }
    let mut reldeps = u.reldeps.lock();
    if reldeps.contains(&def) {
        return;
    }
    reldeps.push(def);
    drop(reldeps);
    if ns.config.debug(crate::config::debug::FILES) {
        crate::debug_log!(
            "\nfile={} [{}];  needed by {} [{}] (relocation dependency)\n\n",
            crate::sys::Bytes(&d.path),
            d.lmid,
            crate::sys::Bytes(ns.display_name(undef)),
            u.lmid
        );
    }
}

/// Object `i` and its DT_NEEDED closure (glibc's `l_initfini`).
fn dependencies(ns: &Namespace, i: usize) -> Vec<usize> {
    let mut list = alloc::vec![i];
    let mut k = 0;
    while k < list.len() {
        for &d in &ns.objects[list[k]].needed {
            if !list.contains(&d) {
                list.push(d);
            }
        }
        k += 1;
    }
    list
}

/// The first part of `dlclose(handle)`, under the namespace's write lock:
/// the count, the objects that go (marked `closing`), their finalisers in
/// order. `in_use` is the libc adapter's say on an object (pending
/// thread-local destructors).
pub fn begin(ns: &mut Namespace, handle: Handle, in_use: &dyn Fn(&crate::object::Object) -> bool) -> LoadResult<(Vec<Step>, Closing)> {
    let Some(idx) = ns.index_of_handle(handle).filter(|&i| !ns.objects[i].unloaded && !ns.objects[i].closing) else {
        return Err(LoadError::new(b"", "shared object not open"));
    };
    // glibc: a NODELETE object's dlclose does nothing at all (its count
    // stays).
    if ns.objects[idx].nodelete.load(Ordering::Acquire) {
        return Ok((Vec::new(), Closing { objects: Vec::new() }));
    }
    if ns.objects[idx].direct_opens == 0 {
        return Err(LoadError::new(&ns.objects[idx].path, "shared object not open"));
    }
    ns.objects[idx].direct_opens -= 1;
    let files = ns.config.debug(crate::config::debug::FILES);
    let nothing = Closing { objects: Vec::new() };
    if ns.objects[idx].direct_opens > 0 || !ns.objects[idx].unloadable {
        if files {
            let name: &[u8] = if idx == ns.main { b"" } else { &ns.objects[idx].path };
            crate::debug_log!("\nclosing file={}; direct_opencount={}\n", crate::sys::Bytes(name), ns.objects[idx].direct_opens);
        }
        return Ok((Vec::new(), nothing));
    }
    Ok(sweep(ns, in_use))
}

/// The mark and sweep of a close (also run again once a close is
/// finished: glibc's "rerun" for a dlclose made while finalisers ran).
pub fn sweep(ns: &mut Namespace, in_use: &dyn Fn(&crate::object::Object) -> bool) -> (Vec<Step>, Closing) {
    // Mark what stays: roots, then their dependencies and relocation
    // dependencies. Objects another close is finalising count as roots:
    // their finalisers may still call into what they depend on (that
    // close's own sweep takes them away).
    let n = ns.objects.len();
    let mut used = alloc::vec![false; n];
    let mut work: Vec<usize> = Vec::new();
    for (i, o) in ns.objects.iter().enumerate() {
        if o.unloaded {
            continue;
        }
        if o.closing || !o.unloadable || o.direct_opens > 0 || o.nodelete.load(Ordering::Acquire) || in_use(o) {
            used[i] = true;
            work.push(i);
        }
    }
    while let Some(i) = work.pop() {
        let o = &ns.objects[i];
        let reldeps = o.reldeps.lock().clone();
        for &d in o.needed.iter().chain(reldeps.iter()) {
            if d < n && !used[d] {
                used[d] = true;
                work.push(d);
            }
        }
    }
    let gone: Vec<usize> = (0..n).filter(|&i| !used[i] && !ns.objects[i].unloaded && !ns.objects[i].closing && ns.objects[i].unloadable).collect();
    if gone.is_empty() {
        return (Vec::new(), Closing { objects: Vec::new() });
    }
    // glibc's order for finalisers: every object before its dependencies.
    let order = sort_maps_for_fini(&ns.objects, &gone, usize::MAX, ns.dso_sort);
    let code = crate::rtld::code_ranges(ns);
    let mut steps = Vec::new();
    let late = crate::audit::events_2_41();
    for (k, &i) in order.iter().enumerate() {
        finaliser_steps(ns, i, &code, &mut steps);
        if crate::audit::active() {
            if late && k == 0 {
                // 2.41 on: the modules hear LA_ACT_DELETE once the first
                // object is finalised, before its la_objclose.
                steps.push(Step::Activity(ns.objects[i].lmid, crate::audit::LA_ACT_DELETE));
            }
            // Finalised or not (glibc skips only the finalisers of an
            // object whose initialisers never ran).
            steps.push(Step::ObjClose(i));
        }
    }
    for &i in &order {
        ns.objects[i].closing = true;
        ns.objects[i].init_called = false;
    }
    (steps, Closing { objects: order })
}

/// The steps that run object `idx`'s finalisers, added to `steps` (none
/// if its initialisers never ran): its `calling fini` line where
/// `LD_DEBUG=impcalls` asks for it (every object's where the release
/// announces every one, else those with finalisers; the program under its
/// empty link-map name, or, in 2.31, argv[0]), then its DT_FINI_ARRAY
/// backwards and its DT_FINI, each only if it points into the code of a
/// loaded object (`code`, [`crate::rtld::code_ranges`]); anything else is
/// skipped rather than jumped to. For dlclose and for the finalisers at
/// exit alike.
pub fn finaliser_steps(ns: &Namespace, idx: usize, code: &[(usize, usize)], steps: &mut Vec<Step>) {
    let o = &ns.objects[idx];
    if !o.init_called {
        return;
    }
    let every = crate::abi::libc().is_none_or(|l| l.announces_every_init());
    let has_fini = o.dynamic.fini.is_some() || o.dynamic.fini_array.addr != 0;
    if ns.config.debug(crate::config::debug::IMPCALLS) && (every || has_fini) {
        let name: &[u8] = match o.kind {
            ObjectKind::Main if every => b"",
            ObjectKind::Main => ns.program_name,
            _ => &o.path,
        };
        steps.push(Step::Log(name.to_vec(), o.lmid));
    }
    for f in o.table_words(o.dynamic.fini_array).into_iter().rev() {
        if f != 0 && f != usize::MAX && crate::rtld::in_code(code, f) {
            // SAFETY: a DT_FINI_ARRAY entry of a relocated object, in code.
            steps.push(Step::Call(unsafe { core::mem::transmute::<usize, extern "C" fn()>(f) }));
        }
    }
    if let Some(f) = o.dynamic.fini.filter(|&f| crate::rtld::in_code(code, f)) {
        // SAFETY: the object's DT_FINI function, in code.
        steps.push(Step::Call(unsafe { core::mem::transmute::<usize, extern "C" fn()>(f) }));
    }
}

/// Runs what [`begin`] left to do, with no lock held.
pub fn run(steps: Vec<Step>) {
    for step in steps {
        match step {
            Step::Log(name, lmid) => crate::debug_log!("\ncalling fini: {} [{}]\n\n", crate::sys::Bytes(&name), lmid),
            Step::Call(f) => f(),
            Step::ObjClose(i) => {
                if let Some(ns) = crate::rtld::namespace() {
                    crate::audit::objclose(&ns, i);
                }
            }
            Step::Activity(lmid, flag) => {
                if let Some(ns) = crate::rtld::namespace() {
                    crate::audit::activity(&ns, lmid, flag);
                }
            }
        }
    }
}

/// The second part, under the write lock again: the objects leave every
/// list, the libc adapter unlinks their link maps (`unlink`), their
/// memory is unmapped and their slots emptied.
pub fn finish(ns: &mut Namespace, closing: Closing, unlink: &dyn Fn(&mut Namespace, &[usize])) {
    if closing.objects.is_empty() {
        return;
    }
    let gone = closing.objects;
    // glibc tells the audit modules once the finalisers ran, before the
    // objects go, and again once they are gone (if the namespace is left).
    let audit_lmid = crate::audit::active().then(|| ns.objects[gone[0]].lmid);
    if let Some(lmid) = audit_lmid.filter(|_| !crate::audit::events_2_41()) {
        crate::audit::activity(ns, lmid, crate::audit::LA_ACT_DELETE);
    }
    crate::rdebug::begin_delete();
    ns.search_list.retain(|i| !gone.contains(i));
    ns.init_order.retain(|i| !gone.contains(i));
    // What stays and was opened with a closed object keeps its own
    // dependency list as its local scope.
    for i in 0..ns.objects.len() {
        let stale = ns.objects[i].local_scope.as_ref().is_some_and(|l| l.iter().any(|x| gone.contains(x)));
        if stale && !gone.contains(&i) {
            let own = dependencies(ns, i);
            ns.objects[i].local_scope = Some(own);
        }
        // Scopes later dlopens added go with their opened object.
        ns.objects[i].added_scopes.retain(|(r, l)| !gone.contains(r) && !l.iter().any(|x| gone.contains(x)));
    }
    unlink(ns, &gone);
    // A dlmopen namespace whose first object goes: the first one left in
    // it makes its global scope from now on (glibc's `_ns_loaded` moves
    // on the same way); none left, the namespace is free again.
    // Its map of dryad goes with the last of them (shown last).
    let mut emptied = Vec::new();
    for lmid in 1..crate::namespace::NAMESPACES {
        if ns.lmid_roots[lmid].is_some_and(|r| gone.contains(&r)) {
            ns.lmid_roots[lmid] = (0..ns.objects.len()).find(|&i| ns.objects[i].lmid == lmid && !ns.objects[i].unloaded && !gone.contains(&i));
            if ns.lmid_roots[lmid].is_none() && gone.iter().any(|&g| ns.objects[g].needed.contains(&ns.dryad)) {
                emptied.push(lmid);
            }
        }
    }
    {
        // Freeing this thread's blocks calls the program's `free`, which
        // may be an interposed allocator that binds lazily: lent.
        let _lent = crate::rtld::lend(ns);
        let modids: Vec<usize> = gone.iter().filter_map(|&i| ns.objects[i].tls.map(|t| t.modid)).collect();
        crate::tls::unregister_all(&modids);
    }
    for &i in &gone {
        let o = &mut ns.objects[i];
        if ns.config.debug & crate::config::debug::FILES != 0 {
            crate::debug_log!("\nfile={} [{}];  destroying link map", crate::sys::Bytes(&o.path), o.lmid);
        }
        // SAFETY: the object's whole mapping; nothing refers to it any
        // more: no scope or list holds it, its link map is unlinked and
        // freed, `_dl_find_object` no longer finds it, and no object that
        // stays has a reference bound to it (the binding would have made
        // it a relocation dependency or NODELETE, keeping it used; lookups
        // pass over objects being closed).
        let _ = unsafe { crate::sys::munmap(o.map_start, (o.map_end - o.map_start).next_multiple_of(crate::load::PAGE)) };
        o.unload();
    }
    if ns.config.debug & crate::config::debug::FILES != 0 {
        for lmid in emptied {
            crate::debug_log!("\nfile={} [{}];  destroying link map", crate::sys::Bytes(&ns.objects[ns.dryad].path), lmid);
        }
    }
    // The search's memory of their RPATH/RUNPATH lists goes with them.
    ns.forget_search_paths(&gone);
    // Place holders at the end of the list are dropped, so that a plugin
    // opened and closed in a loop does not grow it: nothing refers to
    // them, and every object's loader was loaded before it.
    while ns.objects.last().is_some_and(|o| o.unloaded) {
        ns.objects.pop();
    }
    if let Some(lmid) = audit_lmid {
        crate::audit::activity(ns, lmid, crate::audit::LA_ACT_CONSISTENT);
    }
    crate::rdebug::consistent();
}
