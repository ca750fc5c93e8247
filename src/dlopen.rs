//! `dlopen`: loading objects into the running process.
//!
//! libc's `dlopen` calls its dynamic linker's `GLRO(dl_open)` (see
//! [`crate::glibc::handshake`]), which comes here. Opening an object is the
//! startup pipeline in miniature, done under the namespace's write lock:
//!
//! 1. find the object if it is already loaded, else load it and its
//!    DT_NEEDED closure breadth-first (the caller's object is the
//!    requester, so its RPATH/RUNPATH and `$ORIGIN` apply);
//! 2. compute the new objects' initialiser order (glibc's DFS sort over the
//!    opened object's dependency list, the opened object last);
//! 3. relocate the new objects, dependencies first, against the global
//!    scope followed by the opened object's own dependency list, lazily
//!    unless RTLD_NOW (or LD_BIND_NOW, or the object asks for -z now);
//! 4. publish their link maps (chain, scopes, `_r_debug`) and, for
//!    RTLD_GLOBAL, add them to the global scope;
//! 5. release the lock and run their initialisers.
//!
//! A failure before publication unmaps what was mapped and leaves the
//! namespace as it was. Objects with thread-local storage get dynamic TLS
//! (see [`crate::tls`]). `dlclose` unloads ([`crate::dlclose`]).
//!
//! `dlmopen` loads into another link-map namespace: objects are found
//! loaded only in the namespace asked for (dryad itself serves them all),
//! so a library and its dependencies, libc among them, are loaded again,
//! as separate copies. A new namespace's global scope is the dependency
//! list of the first object opened into it; its libc is relocated first
//! and told it is not the initial one (`__libc_early_init(false)`).

use crate::error::{LoadError, LoadResult};
use crate::namespace::{sort_maps, Namespace};
use crate::abi::Handle;
use crate::{load, sys};
use alloc::vec::Vec;

pub const RTLD_LAZY: i32 = 0x1;
pub const RTLD_NOW: i32 = 0x2;
pub const RTLD_NOLOAD: i32 = 0x4;
pub const RTLD_DEEPBIND: i32 = 0x8;
pub const RTLD_GLOBAL: i32 = 0x100;
pub const RTLD_NODELETE: i32 = 0x1000;

/// `dlmopen`'s namespace arguments (glibc's `Lmid_t`): the program's
/// namespace, a new one, the caller's.
pub const LM_ID_BASE: isize = 0;
pub const LM_ID_NEWLM: isize = -1;
pub const LM_ID_CALLER: isize = -2;

/// An initialiser to call once the namespace lock is released, with its
/// object's path if `LD_DEBUG` announces it (`calling init`).
pub type Initialiser = (Option<Vec<u8>>, crate::rtld::InitFn);

/// Opens `file` (empty: the program itself) for a `dlopen` made by code at
/// address `caller`, into namespace `nsid` (an id, or [`LM_ID_NEWLM`] or
/// [`LM_ID_CALLER`]: the namespace of the caller's object). Returns the opened object's link map (NULL for
/// RTLD_NOLOAD of an object that is not loaded) and the initialisers to
/// run, in order.
pub fn open(file: &[u8], mode: i32, caller: usize, nsid: isize) -> LoadResult<(Handle, Vec<Initialiser>, AfterInit)> {
    // glibc: exactly one of RTLD_LAZY and RTLD_NOW must be asked for.
    if mode & (RTLD_LAZY | RTLD_NOW) == 0 {
        return Err(LoadError::with_errno(file, "invalid mode for dlopen()", crate::sys::Errno::EINVAL));
    }
    let (Some(mut ns), Some(libc)) = (crate::rtld::namespace_mut(), crate::abi::libc()) else {
        return Err(LoadError::new(file, "dlopen before startup finished"));
    };
    // glibc's _dl_open takes a new namespace, or checks the one named,
    // before anything else.
    let einval = |m| LoadError::with_errno(file, m, crate::sys::Errno::EINVAL);
    let target = match nsid {
        LM_ID_NEWLM => Some((1..crate::namespace::NAMESPACES).find(|&n| ns.lmid_roots[n].is_none()).ok_or_else(|| einval("no more namespaces available for dlmopen()"))?),
        LM_ID_BASE | LM_ID_CALLER => None,
        n if n > 0 && (n as usize) < crate::namespace::NAMESPACES && ns.lmid_roots[n as usize].is_some() => Some(n as usize),
        _ => return Err(einval("invalid target namespace in dlmopen()")),
    };
    // Objects keep the names they were opened by.
    let file = ns.dlopen_name(file);
    if file.is_empty() {
        let main = ns.main;
        opened_again(&mut ns, main);
        return Ok((ns.objects[main].handle, Vec::new(), AfterInit::default()));
    }
    let requester = ns
        .objects
        .iter()
        .position(|o| o.segments.iter().any(|s| s.start <= caller && caller < s.end))
        .unwrap_or(ns.main);
    let lmid = match (target, nsid) {
        (Some(n), _) => n,
        (None, LM_ID_CALLER) => ns.objects[requester].lmid,
        _ => 0,
    };
    ns.loading_lmid = lmid;
    let loaded = open_in(&mut ns, libc, file, mode, requester, lmid);
    ns.loading_lmid = 0;
    loaded
}

/// [`open`] once the namespace is known (`lmid`, which new objects join).
pub fn open_in(
    ns: &mut Namespace,
    libc: &dyn crate::abi::Libc,
    file: &'static [u8],
    mode: i32,
    requester: usize,
    lmid: usize,
) -> LoadResult<(Handle, Vec<Initialiser>, AfterInit)> {
    let old_len = ns.objects.len();
    let mut already = ns.objects.iter().position(|o| o.lmid == lmid && o.found_by_request(file));
    if already.is_none() && mode & RTLD_NOLOAD != 0 {
        // glibc searches and opens the file all the same: loaded under
        // another name, it is that object; not loaded, NULL (no error);
        // not found, the error of any dlopen.
        match ns.load_named(file, requester, crate::namespace::Request::NoLoad)? {
            Some(i) => already = Some(i),
            None => return Ok((Handle::NULL, Vec::new(), AfterInit::default())),
        }
    }
    ns.in_dlopen = true;
    let new_namespace = lmid != 0 && ns.lmid_roots[lmid].is_none();
    let loaded = load_and_relocate(ns, libc, file, mode, requester, old_len, already, lmid);
    ns.in_dlopen = false;
    ns.audit_adding = false;
    if loaded.is_err() && new_namespace {
        ns.lmid_roots[lmid] = None;
    }
    match loaded {
        Ok((root, inits, fresh, global)) => {
            let map = ns.objects[root].handle;
            // glibc's dl_open_worker tells LD_DEBUG=files of an open that
            // loaded (or first opened) the object once its initialisers ran.
            let opened = (fresh && ns.config.debug(crate::config::debug::FILES))
                .then(|| Opened { path: ns.objects[root].path.clone(), count: ns.objects[root].direct_opens, lmid: ns.objects[root].lmid });
            Ok((map, inits, AfterInit { opened, global }))
        }
        Err(e) => {
            // The debugger may have been told objects were being added.
            crate::rdebug::consistent();
            if crate::audit::active() && ns.objects.len() > old_len {
                // The modules heard of the new objects: they hear them go,
                // as glibc's _dl_close_worker tells them of a failed open.
                let late = crate::audit::events_2_41();
                if late {
                    crate::audit::activity(ns, lmid, crate::audit::LA_ACT_DELETE);
                }
                for i in old_len..ns.objects.len() {
                    crate::audit::objclose(ns, i);
                }
                if !late {
                    crate::audit::activity(ns, lmid, crate::audit::LA_ACT_DELETE);
                }
                crate::audit::activity(ns, lmid, crate::audit::LA_ACT_CONSISTENT);
            }
            // Unmap and forget everything this call loaded.
            for o in &ns.objects[old_len..] {
                if ns.config.debug(crate::config::debug::FILES) {
                    // glibc's _dl_close_worker, which takes a failed open apart.
                    crate::debug_log!("\nfile={} [0];  destroying link map", crate::sys::Bytes(&o.path));
                }
                // SAFETY: the object's own mapping; nothing refers to it yet.
                let _ = unsafe { sys::munmap(o.map_start, (o.map_end - o.map_start).next_multiple_of(load::PAGE)) };
            }
            // Nothing may keep their indices: the unique-symbol table, the
            // search's RPATH/RUNPATH lists, the TLS module ids.
            ns.unique.lock().retain(|_, d| d.object < old_len);
            let gone: Vec<usize> = (old_len..ns.objects.len()).collect();
            ns.forget_search_paths(&gone);
            let modids: Vec<usize> = gone.iter().filter_map(|&i| ns.objects[i].tls.filter(|t| t.modid != 0 && t.dynamic).map(|t| t.modid)).collect();
            crate::tls::unregister_all(&modids);
            ns.objects.truncate(old_len);
            Err(e)
        }
    }
}

fn load_and_relocate(
    ns: &mut Namespace,
    libc: &dyn crate::abi::Libc,
    file: &'static [u8],
    mode: i32,
    requester: usize,
    old_len: usize,
    already: Option<usize>,
    lmid: usize,
) -> LoadResult<(usize, Vec<Initialiser>, bool, Option<Vec<Handle>>)> {
    // What is NODELETE before this open (glibc: l_nodelete_active); what
    // becomes so while it runs is "pending" until it cannot fail.
    let was_nodelete: Vec<bool> = ns.objects.iter().map(|o| o.nodelete.load(core::sync::atomic::Ordering::Acquire)).collect();
    let root = match already {
        Some(i) => i,
        None => ns.load_named(file, requester, crate::namespace::Request::Dlopen)?.unwrap_or(ns.main),
    };
    // The opened object's dependency list, breadth first (its "local
    // scope", what dlsym(handle, ...) searches).
    // Filtees (DT_FILTER, DT_AUXILIARY) go just before their filter and
    // are taken next, as at startup.
    // glibc maps the dependencies of an object opened for the first time
    // afresh (`_dl_map_object_deps`), and so asks again for the filtees of
    // every object in its tree, loaded ones too (a missing auxiliary one
    // is searched for again).
    let root_first = !ns.objects[root].opened;
    let mut local = alloc::vec![root];
    let mut done: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < local.len() {
        let o = local[i];
        if done.contains(&o) {
            i += 1;
            continue;
        }
        done.push(o);
        let filtees = if o >= old_len {
            ns.load_direct_dependencies(o)?;
            ns.load_filtees(o)?
        } else if root_first && !ns.objects[o].dynamic.filtees.is_empty() {
            ns.load_filtees(o)?
        } else {
            ns.objects[o].filtees.clone()
        };
        for &d in &ns.objects[o].needed.clone() {
            if !local.contains(&d) && !filtees.contains(&d) {
                local.push(d);
            }
        }
        let mut moved = false;
        for f in filtees {
            if crate::namespace::place_before(&mut local, f, o) {
                if o >= old_len {
                    ns.chain_moves.push((f, o));
                }
                moved = true;
            }
        }
        if !moved {
            i += 1;
        }
    }
    let new: Vec<usize> = (old_len..ns.objects.len()).collect();
    // What a dlopen loads, dlclose may unload (glibc's lt_loaded), but not
    // an object marked DF_1_NODELETE, nor one opened with RTLD_NODELETE.
    for &n in &new {
        ns.objects[n].unloadable = true;
        ns.objects[n].deepbind = mode & RTLD_DEEPBIND != 0;
        if ns.objects[n].dynamic.flags_1 & goblin::elf::dynamic::DF_1_NODELETE != 0 {
            ns.objects[n].nodelete.store(true, core::sync::atomic::Ordering::Release);
        }
    }
    let first_open = !ns.objects[root].opened;
    if mode & RTLD_NODELETE != 0 {
        // An object open already is marked now; one loaded now (or only
        // as a dependency so far) once relocation cannot fail any more.
        let set = ns.objects[root].nodelete.swap(true, core::sync::atomic::Ordering::AcqRel);
        if !first_open && !set && ns.config.debug(crate::config::debug::FILES) {
            crate::debug_log!("marking {} [0] as NODELETE", crate::sys::Bytes(&ns.objects[root].path));
        }
    }
    if first_open {
        ns.objects[root].direct_opens = 1;
        ns.objects[root].opened = true;
    } else {
        opened_again(ns, root);
    }
    if new.is_empty() {
        // Already loaded with all its dependencies: RTLD_GLOBAL may still
        // promote it.
        if first_open {
            // glibc opens an object loaded only as a dependency so far as a
            // new one (it has no dependency list of its own yet): its
            // scopes are shown, then its tree's objects get its list.
            if ns.config.debug(crate::config::debug::SCOPES) {
                ns.show_scope(root, None);
            }
            activate_nodelete(ns, &was_nodelete);
            update_scopes(ns, root, &local);
        }
        let grew = mode & RTLD_GLOBAL != 0 && lmid == 0 && promote_global(ns, &local);
        libc.opened_again(ns, root, &local, grew);
        return Ok((root, Vec::new(), first_open, None));
    }
    // A second libc.so.6 must be the running release (or every private
    // structure it reads would be laid out wrong).
    for &n in &new {
        if ns.objects[n].soname == Some(b"libc.so.6") {
            libc.accepts_libc(&ns.objects[n])?;
        }
    }
    for &n in &new {
        // (Audit modules are loaded before the program's libc: their libc's
        // TLS goes in the static surplus, which needs no allocator.)
        if ns.objects[n].tls.is_some() && !crate::tls::dynamic_tls_available() && !ns.audit_loading {
            return Err(LoadError::new(&ns.objects[n].path, "cannot dlopen an object with thread-local storage without libc"));
        }
    }
    // glibc checks each new object of the opened object's list, in its
    // order, and stops at the first missing version.
    let mut first = None;
    let fresh_local: Vec<usize> = local.iter().copied().filter(|&l| l >= old_len).collect();
    ns.check_versions(&fresh_local, ns.config.debug(crate::config::debug::VERSIONS), &mut |object, msg| {
        first = Some((object.to_vec(), msg));
        false
    });
    if let Some((object, msg)) = first {
        crate::debuglog::error(ns.config.debug, &object, "version lookup error", &msg, false);
        let message = alloc::format!("{}: {}", crate::sys::Bytes(&object), msg);
        return Err(LoadError { occasion: crate::error::ERROR_LOADING, object: Vec::new(), message, errno: None });
    }

    // Initialiser order of the opened tree; only new objects run theirs.
    let order: Vec<usize> = sort_maps(&ns.objects, &local, root, ns.dso_sort).into_iter().rev().collect();
    // glibc's scopes of a dlopen'ed object: the global scope, then the
    // opened object's list, whose objects already in the global scope are
    // asked again (no other answer, but LD_DEBUG=symbols shows them).
    // With RTLD_DEEPBIND, the opened object's list comes first. The first
    // object opened into a dlmopen namespace makes its global scope: its
    // list is the whole scope.
    let global = ns.global_scope(lmid).to_vec();
    let scope: Vec<usize> = if global.is_empty() {
        local.clone()
    } else if mode & RTLD_DEEPBIND != 0 {
        local.iter().chain(global.iter()).copied().collect()
    } else {
        global.iter().chain(local.iter()).copied().collect()
    };
    if lmid != 0 {
        // glibc gives a dlmopen namespace's objects their scopes when
        // they are mapped: lazy calls from IFUNC resolvers during
        // relocation find them.
        if ns.lmid_roots[lmid].is_none() {
            ns.lmid_roots[lmid] = Some(root);
        }
        for &n in &new {
            ns.objects[n].local_scope = Some(local.clone());
        }
    }
    crate::rdebug::begin_add(ns.objects[ns.dryad].base);
    // TLS modules get ids now (before relocation: DTPMOD64 needs them);
    // their blocks are allocated per thread on first use.
    for &n in &new {
        if let Some(t) = ns.objects[n].tls.as_mut() {
            crate::tls::register_dynamic(t);
        }
    }
    libc.opening(ns, &new);
    if !crate::audit::events_2_41() {
        // glibc before 2.41 tells the audit modules once the objects are
        // mapped, before relocating them.
        batch_consistent(ns, lmid);
    }
    let scopes = ns.config.debug(crate::config::debug::SCOPES);
    if scopes {
        // glibc shows the opened object's scopes once it is mapped and its
        // versions checked, before relocating (so also when that fails).
        ns.show_scope(root, Some(&local));
    }
    // glibc: lazy whenever RTLD_LAZY is given (even with RTLD_NOW).
    let mut fresh: Vec<usize> = order.iter().copied().filter(|&i| i >= old_len).collect();
    // A namespace's new libc is relocated first (glibc 2.35+: its IFUNC
    // resolvers then serve the others').
    let new_libc = if lmid != 0 { fresh.iter().position(|&i| ns.objects[i].soname == Some(b"libc.so.6")) } else { None };
    if let Some(p) = new_libc {
        let c = fresh.remove(p);
        fresh.insert(0, c);
    }
    {
        // IFUNC resolvers run during relocation may re-enter (lazy PLT
        // calls, libc's lookups): they get this shared borrow.
        let _lent = crate::rtld::lend(ns);
        crate::rtld::relocate_in_order(ns, &fresh, ns.scope(&scope), mode & RTLD_LAZY != 0)?;
        // Modules given a static TLS block during relocation: their
        // images, relocated now, go into every running thread's block
        // (glibc's update_tls_slotinfo). Still lent: 2.31's libpthread
        // does the copying and may bind lazily.
        let modids: Vec<usize> = new.iter().filter_map(|&n| ns.objects[n].tls.map(|t| t.modid)).collect();
        if !modids.is_empty() {
            crate::tls::init_pending(&modids, &|m| {
                if let Some(o) = ns.objects.iter().find(|o| o.tls.is_some_and(|t| t.modid == m.modid)) {
                    libc.init_static_tls(o, m);
                }
            });
        }
    }
    activate_nodelete(ns, &was_nodelete);
    for &n in &new {
        // Only the opened object's own list: the global scope is looked up
        // afresh at each lazy binding, so later RTLD_GLOBAL opens count.
        ns.objects[n].local_scope = Some(local.clone());
    }
    update_scopes(ns, root, &local);
    // RTLD_GLOBAL: the objects join the global scope once their
    // initialisers have run (`AfterInit::finish`), as in glibc.
    libc.opened(ns, &new, root, &local, false);
    crate::rdebug::consistent();
    // 2.41 on: once relocated, after RT_CONSISTENT.
    batch_consistent(ns, lmid);
    if new_libc.is_some() {
        // glibc's _dl_call_libc_early_init(libc_map, false), before any
        // initialiser runs; it may bind lazily.
        let c = fresh[0];
        let _lent = crate::rtld::lend(ns);
        libc.secondary_libc(ns, c);
    }

    // A DF_1_INITFIRST object among the new ones runs first, as at startup.
    let first = crate::rtld::init_first(ns, new.iter().copied());
    let order: Vec<usize> = first.into_iter().chain(order.iter().copied()).collect();
    let inits = crate::rtld::constructors_in_order(ns, &order, libc, ns.config.debug(crate::config::debug::IMPCALLS))?;
    // By link map: an initialiser may close objects, and their slots be
    // reused, before the promotion.
    let global = (mode & RTLD_GLOBAL != 0).then(|| local.iter().map(|&l| ns.objects[l].handle).collect());
    Ok((root, inits, first_open, global))
}

/// The audit modules heard LA_ACT_ADD for this dlopen's objects: now
/// LA_ACT_CONSISTENT, once.
fn batch_consistent(ns: &mut Namespace, lmid: usize) {
    if ns.audit_adding {
        ns.audit_adding = false;
        crate::audit::activity(ns, lmid, crate::audit::LA_ACT_CONSISTENT);
    }
}

/// glibc's `update_scopes`, once a dlopen cannot fail any more: each
/// object of the opened tree (`root`'s list, `local`) that an earlier
/// dlopen loaded and initialised searches this list too from now on,
/// after its own scopes, unless one of them is this list already. With
/// `LD_DEBUG=scopes` every object of the tree is shown, in its order: one
/// that got the list from that scope on, one that had it not at all.
fn update_scopes(ns: &mut Namespace, root: usize, local: &[usize]) {
    let show = ns.config.debug(crate::config::debug::SCOPES);
    for &l in local {
        let o = &ns.objects[l];
        let mut from = 0;
        if o.unloadable && o.init_called && l != ns.dryad {
            let has = o.local_scope.as_deref() == Some(local) || o.added_scopes.iter().any(|(_, x)| x[..] == *local);
            if has {
                continue;
            }
            from = ns.own_scope_count(l) + o.added_scopes.len();
            ns.objects[l].added_scopes.push((root, local.to_vec()));
        }
        if show {
            ns.show_scope_from(l, None, from);
        }
    }
}

/// What a dlopen does once the new objects' initialisers have run (with
/// no lock held): RTLD_GLOBAL's objects join the global scope, then
/// `LD_DEBUG=files` hears of the open.
#[derive(Default)]
pub struct AfterInit {
    opened: Option<Opened>,
    global: Option<Vec<Handle>>,
}

impl AfterInit {
    pub fn finish(self) {
        if let (Some(local), Some(libc)) = (self.global, crate::abi::libc()) {
            if let Some(mut ns) = crate::rtld::namespace_mut() {
                // An initialiser may have closed them again.
                let live: Vec<usize> = local
                    .into_iter()
                    .filter_map(|h| ns.index_of_handle(h))
                    .filter(|&l| !ns.objects[l].unloaded && !ns.objects[l].closing)
                    .collect();
                if promote_global(&mut ns, &live) {
                    libc.global_scope_grew(&ns);
                }
            }
        }
        if let Some(o) = self.opened {
            o.announce();
        }
    }
}

/// What `LD_DEBUG=files` says of a dlopen once its initialisers ran.
pub struct Opened {
    path: Vec<u8>,
    count: u32,
    lmid: usize,
}

impl Opened {
    /// glibc's line (dl_open_worker).
    pub fn announce(&self) {
        crate::debug_log!("opening file={} [{}]; direct_opencount={}\n\n", crate::sys::Bytes(&self.path), self.lmid, self.count);
    }
}

/// A dlopen of an object that is open already (glibc: its `l_searchlist`
/// exists): counted, and told to `LD_DEBUG=files` with glibc's line (the
/// object's `l_name`: empty for the program).
fn opened_again(ns: &mut Namespace, i: usize) {
    ns.objects[i].direct_opens += 1;
    if ns.config.debug(crate::config::debug::FILES) {
        let name: &[u8] = if i == ns.main { b"" } else { &ns.objects[i].path };
        crate::debug_log!("opening file={} [{}]; direct_opencount={}\n\n", crate::sys::Bytes(name), ns.objects[i].lmid, ns.objects[i].direct_opens);
    }
}

/// glibc's `activate_nodelete`: `LD_DEBUG=files` names each object that
/// became NODELETE during this dlopen (RTLD_NODELETE, DF_1_NODELETE, or a
/// reference from an object never unloaded), in chain order.
fn activate_nodelete(ns: &Namespace, was: &[bool]) {
    if !ns.config.debug(crate::config::debug::FILES) {
        return;
    }
    for i in ns.chain_order() {
        if ns.objects[i].nodelete.load(core::sync::atomic::Ordering::Acquire) && !was.get(i).copied().unwrap_or(false) {
            crate::debug_log!("activating NODELETE for {} [0]", crate::sys::Bytes(&ns.objects[i].path));
        }
    }
}

/// RTLD_GLOBAL: the objects join the global scope (after those already
/// there), so later lookups from every object can find their symbols.
/// Returns whether the global scope grew.
fn promote_global(ns: &mut Namespace, local: &[usize]) -> bool {
    let before = ns.search_list.len();
    for &l in local {
        if !ns.search_list.contains(&l) {
            ns.search_list.push(l);
            if ns.config.debug(crate::config::debug::SCOPES) {
                crate::debug_log!("\nadd {} [0] to global scope", crate::sys::Bytes(ns.display_name(l)));
            }
        }
    }
    ns.search_list.len() != before
}
