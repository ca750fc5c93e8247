//! The set of loaded objects and everything computed over it: loading the
//! DT_NEEDED closure breadth-first, the library search, the global scope,
//! relocation order, and initialiser/finaliser order.

use crate::config::{debug, Config};
use crate::elf::HeaderProblem;
use crate::error::{LoadError, LoadResult};
use crate::load::{self, OpenError};
use crate::object::{Object, ObjectKind};
use crate::search;
use crate::sys::{self, Bytes, Errno};
use alloc::vec::Vec;

/// Lookups DRYAD_SYMBOL_INDEX=check compared (index and walk agreed).
pub static INDEX_CHECKS: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);

/// The outcome of trying one file in the library search.
enum Candidate {
    Found((i32, Vec<u8>, load::ElfFile)),
    /// Could not be opened: keep searching.
    Absent(Errno),
    /// Wrong class or machine: keep searching.
    Mismatch(HeaderProblem),
}

pub struct Namespace {
    /// Every object, in load order: the program first.
    pub objects: Vec<Object>,
    /// The global scope: program, preloads, then dependencies breadth-first.
    pub search_list: Vec<usize>,
    pub config: Config,
    /// argv[0] as glibc prints it before every fatal message.
    pub program_name: &'static [u8],
    pub main: usize,
    pub dryad: usize,
    /// Initialisers run in this order (dependencies first, program last).
    pub init_order: Vec<usize>,
    /// How initialiser and finaliser orders are computed (the libc's
    /// choice, [`crate::abi::Libc::dso_sort`]).
    pub dso_sort: DsoSort,
    /// Libraries not found in trace mode, with the number of objects
    /// loaded before each was looked for (for `--list` output order).
    pub missing: Vec<(usize, &'static [u8])>,
    /// /etc/ld.so.cache, mapped on first use (None inside: no cache).
    cache: Option<Option<&'static [u8]>>,
    /// `--tree`: for each DT_NEEDED name not found, the object that needed
    /// it and every file tried, with why it was rejected.
    pub not_found: Vec<NotFound>,
    /// `--tree`: the files tried by the search under way.
    tried: Vec<(Vec<u8>, alloc::string::String)>,
    /// Every name `dlopen` was called with, copied once: objects and the
    /// search keep the names they were asked for as `'static` (see
    /// [`Namespace::dlopen_name`]).
    dlopen_names: alloc::collections::BTreeSet<&'static [u8]>,
    /// The global scope's symbol index, when one was worth building
    /// (see [`crate::symindex`]).
    pub symbol_index: Option<crate::symindex::SymbolIndex>,
    /// The directories searched and what is known of them (glibc's
    /// `r_search_path_elem`s), and the CPU subdirectories.
    search: search::SearchDirs,
    /// Where the CPU subdirectories come from: the libc adapter family's
    /// rules with the initial stack (its environment holds the tunables).
    /// None: no subdirectories (a namespace built outside startup).
    pub hwcaps_rules: Option<(crate::abi::HwcapsRules, crate::startup::InitialStack)>,
    /// The libc the hwcaps rules mapped to tell its release, before any
    /// libc was loaded ([`crate::abi::HwcapsRules`]): taken by the search
    /// when it finds that file, instead of mapping it a second time.
    probed_libc: Option<Object>,
    /// glibc's type class of a GLOB_DAT relocation, a key of its lookup
    /// cache (`reloc::Cached`): the libc's release decides
    /// ([`crate::abi::Libc::glob_dat_class`]).
    pub glob_dat_class: u8,
    /// A dlopen is loading objects (glibc's `__RTLD_DLOPEN` mode bit, which
    /// its dependencies are loaded with too): DF_1_NOOPEN ones are refused.
    pub in_dlopen: bool,
    /// Loading an LD_PRELOAD object in secure mode (glibc's
    /// `__RTLD_SECURE`): the cache is not asked, and a file found in a
    /// directory is used only if it is set-user-ID.
    pub secure_request: bool,
    /// Filtees moved before their filters (filtee, filter), in the order
    /// the moves were made: glibc moves them in the `l_next` chain too.
    pub chain_moves: Vec<(usize, usize)>,
    /// LD_DEBUG has shown the vDSO lookups of the libc's release already,
    /// where glibc makes them (before the dependencies are loaded).
    pub vdso_announced: bool,
    /// The STB_GNU_UNIQUE definitions found so far, by name (see
    /// [`Namespace::unique`]); lookups share the namespace.
    pub unique: spin::Mutex<alloc::collections::BTreeMap<Vec<u8>, crate::lookup::Definition>>,
    /// The link-map namespace objects are being loaded into (a `dlmopen`'s;
    /// 0 otherwise): only objects of that namespace (and dryad) are found
    /// loaded, and new ones join it.
    pub loading_lmid: usize,
    /// For each `dlmopen` namespace (index: its id; 0, the program's, has
    /// none), the first object loaded into it, whose dependency list is
    /// that namespace's global scope (glibc: `_ns_loaded->l_searchlist`).
    /// None: not in use.
    pub lmid_roots: [Option<usize>; NAMESPACES],
    /// Auditing: the object whose request is being searched for (its
    /// cookie goes to `la_objsearch`), and whether the modules have heard
    /// `LA_ACT_ADD` for the batch being loaded.
    pub search_requester: usize,
    pub audit_adding: bool,
    /// An audit module's tree is being loaded (glibc's `__RTLD_AUDIT`).
    pub audit_loading: bool,
}

/// How many link-map namespaces there can be, the program's included
/// (glibc's `DL_NNS`).
pub const NAMESPACES: usize = 16;

/// Which of an object's search paths.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ObjectPath {
    Rpath,
    Runpath,
}

/// A search path to search.
#[derive(Clone, Copy)]
enum PathRef {
    Object(usize, ObjectPath),
    Env,
    System,
}

/// How an object is asked for ([`Namespace::load_named`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Request {
    /// A DT_NEEDED entry (or LD_PRELOAD) of the requester.
    Needed,
    /// The file a dlopen names (glibc's `__RTLD_CALLMAP`).
    Dlopen,
    /// The same with RTLD_NOLOAD: only if it is loaded already.
    NoLoad,
}

/// A library `--tree` reports as not found.
pub struct NotFound {
    pub requester: usize,
    pub name: &'static [u8],
    /// (path, why it was not taken), in search order.
    pub tried: Vec<(Vec<u8>, alloc::string::String)>,
}

// SAFETY: the raw pointers inside objects point into process-wide mappings
// that live as long as the process. The namespace is built by the one
// startup thread and only read after it is published (rtld::NAMESPACE).
unsafe impl Send for Namespace {}
// SAFETY: as above: shared access is read-only.
unsafe impl Sync for Namespace {}

impl Namespace {
    pub fn new(config: Config, program_name: &'static [u8], main: Object, dryad: Object) -> Namespace {
        // Room for every object a small program loads, so that the list
        // (1 KiB an object) is not copied as it grows: the program, dryad,
        // the vDSO, the preloads, and twice the program's own DT_NEEDED
        // entries (for their dependencies).
        let expected = 3 + config.preload.len() + 2 * main.dynamic.needed.len();
        let mut objects = Vec::with_capacity(expected);
        objects.push(main);
        objects.push(dryad);
        let mut ns = Namespace {
            objects,
            search_list: alloc::vec![0],
            config,
            program_name,
            main: 0,
            dryad: 1,
            init_order: Vec::new(),
            dso_sort: DsoSort::Dfs,
            missing: Vec::new(),
            cache: None,
            not_found: Vec::new(),
            tried: Vec::new(),
            dlopen_names: alloc::collections::BTreeSet::new(),
            symbol_index: None,
            search: search::SearchDirs::default(),
            hwcaps_rules: None,
            probed_libc: None,
            glob_dat_class: 0,
            in_dlopen: false,
            secure_request: false,
            chain_moves: Vec::new(),
            vdso_announced: false,
            unique: spin::Mutex::new(alloc::collections::BTreeMap::new()),
            loading_lmid: 0,
            lmid_roots: [None; NAMESPACES],
            search_requester: 0,
            audit_adding: false,
            audit_loading: false,
        };
        ns.objects[0].kind = ObjectKind::Main;
        ns.objects[0].direct_opens = 1;
        ns.objects[0].opened = true;
        ns
    }

    /// The object whose glibc link map is `map` (the handle libc and the
    /// PLT pass around).
    pub fn index_of_handle(&self, handle: crate::abi::Handle) -> Option<usize> {
        self.objects.iter().position(|o| o.handle == handle)
    }

    /// The global scope of namespace `lmid`: the program's search list for
    /// 0; for a `dlmopen` namespace, the dependency list of the first
    /// object loaded into it (empty while it has none). libc refuses
    /// RTLD_GLOBAL in those, so it never grows.
    pub fn global_scope(&self, lmid: usize) -> &[usize] {
        if lmid == 0 {
            return &self.search_list;
        }
        match self.lmid_roots.get(lmid).copied().flatten() {
            Some(r) => self.objects[r].local_scope.as_deref().unwrap_or(&[]),
            None => &[],
        }
    }

    /// The objects object `idx`'s references are looked up in, in order
    /// (glibc's `l_scope`): its namespace's global scope as it is now
    /// (later RTLD_GLOBAL opens included), then for a dlopen'ed object its
    /// opener's dependency list (RTLD_DEEPBIND: that first). An object of
    /// a `dlmopen` namespace whose opener's list is the namespace's global
    /// scope has it once.
    pub fn lookup_list(&self, idx: usize) -> alloc::borrow::Cow<'_, [usize]> {
        let added = &self.objects[idx].added_scopes;
        let (own, n) = self.own_scopes(idx, None);
        if n == 1 && added.is_empty() {
            return alloc::borrow::Cow::Borrowed(own[0]);
        }
        // Then the lists of later dlopens whose trees it was part of.
        own[..n].iter().copied().chain(added.iter().map(|(_, l)| &l[..])).flatten().copied().collect()
    }

    /// Object `i`'s scopes before any later dlopen added one, in glibc's
    /// `l_scope` order, and how many there are: its namespace's global
    /// scope, then its opener's list (`local`, or the one it keeps;
    /// RTLD_DEEPBIND: that first); only one where the two are the same
    /// list (a dlmopen namespace's first tree). What lookups search,
    /// `LD_DEBUG=scopes` shows and `update_scopes` counts.
    fn own_scopes<'a>(&'a self, i: usize, local: Option<&'a [usize]>) -> ([&'a [usize]; 2], usize) {
        let o = &self.objects[i];
        let global = self.global_scope(o.lmid);
        match local.or(o.local_scope.as_deref()) {
            None => ([global, &[]], 1),
            Some(l) if o.lmid != 0 && *l == *global => ([global, &[]], 1),
            Some(l) if o.deepbind => ([l, global], 2),
            Some(l) => ([global, l], 2),
        }
    }

    /// `list` as a scope to look symbols up in: the index serves its
    /// leading objects if they are the ones it covers (the global scope
    /// only grows at its end, so any list that starts with it qualifies).
    pub fn scope<'a>(&self, list: &'a [usize]) -> crate::symindex::Scope<'a> {
        let indexed = match &self.symbol_index {
            Some(ix) if list.len() >= ix.covered && list[..ix.covered] == self.search_list[..ix.covered] => ix.covered,
            _ => 0,
        };
        crate::symindex::Scope { list, indexed }
    }

    /// Looks `name` up in `scope` (the first acceptable definition in
    /// scope order: see [`crate::lookup`]).
    pub fn lookup(
        &self,
        scope: crate::symindex::Scope,
        name: &crate::symbols::SymbolName,
        version: Option<&crate::symbols::Version>,
        class: crate::lookup::RefClass,
    ) -> Option<crate::lookup::Definition> {
        if self.config.debug & debug::SYMBOLS != 0 {
            return self.lookup_logged(scope.list, name, version, class).map(|d| self.unique(d, name.name, class));
        }
        let found = crate::symindex::lookup(&self.objects, self.symbol_index.as_ref(), scope, name, version, class, self.config.dynamic_weak);
        if self.config.symbol_index == crate::config::IndexMode::Check {
            self.check_index_answer(scope, name, version, class, found.as_ref());
        }
        found.map(|d| self.unique(d, name.name, class))
    }

    /// glibc's `do_lookup_unique`: an STB_GNU_UNIQUE definition (C++'s
    /// inline and template static data, with their guards) has one
    /// instance in the process. The first one found is recorded
    /// (`Namespace::unique`), by name, and every later lookup that finds
    /// one of that name gets the recorded one — also from a dlopen'ed
    /// object whose own scope holds another copy. Its definer is never
    /// unloaded (glibc: "marking ... as NODELETE due to unique symbol").
    /// A COPY relocation's lookup is answered as found (the program's copy
    /// comes first in the global scope anyway).
    pub fn unique(&self, found: crate::lookup::Definition, name: &[u8], class: crate::lookup::RefClass) -> crate::lookup::Definition {
        if found.sym.st_info >> 4 != goblin::elf::sym::STB_GNU_UNIQUE || class == crate::lookup::RefClass::Copy || self.objects[found.object].closing {
            return found;
        }
        let mut table = self.unique.lock();
        if let Some(d) = table.get(name) {
            return *d;
        }
        table.insert(name.to_vec(), found);
        drop(table);
        let def = &self.objects[found.object];
        if def.unloadable && !def.nodelete.swap(true, core::sync::atomic::Ordering::AcqRel) && self.config.debug(debug::BINDINGS) {
            crate::debug_log!("marking {} [0] as NODELETE due to unique symbol", Bytes(&def.path));
        }
        found
    }

    /// `LD_DEBUG=symbols`: the lookup as glibc's `do_lookup_x` makes it,
    /// object by object (the index, which skips objects, is not used),
    /// with a `symbol=NAME;  lookup in file=PATH [0]` line for each object
    /// asked. As in glibc, a COPY lookup passes over the program without a
    /// line.
    #[cold]
    #[inline(never)]
    pub fn lookup_logged(
        &self,
        list: &[usize],
        name: &crate::symbols::SymbolName,
        version: Option<&crate::symbols::Version>,
        class: crate::lookup::RefClass,
    ) -> Option<crate::lookup::Definition> {
        let mut weak = None;
        for &idx in list {
            let obj = &self.objects[idx];
            if class == crate::lookup::RefClass::Copy && obj.kind == ObjectKind::Main {
                continue;
            }
            crate::debuglog::symbol_lookup(name.name, self.display_name(idx), self.objects[idx].lmid);
            if let Some((index, sym)) = crate::lookup::lookup_in_object(obj, name, version, class, false) {
                let def = crate::lookup::Definition { object: idx, sym, index };
                if self.config.dynamic_weak && sym.st_info >> 4 == goblin::elf::sym::STB_WEAK {
                    weak = weak.or(Some(def));
                    continue;
                }
                return Some(def);
            }
        }
        weak
    }

    /// DRYAD_SYMBOL_INDEX=check: the same lookup object by object must
    /// find the same definition; a difference is fatal.
    #[cold]
    fn check_index_answer(
        &self,
        scope: crate::symindex::Scope,
        name: &crate::symbols::SymbolName,
        version: Option<&crate::symbols::Version>,
        class: crate::lookup::RefClass,
        found: Option<&crate::lookup::Definition>,
    ) {
        let walked = crate::lookup::lookup(&self.objects, scope.list, name, version, class, self.config.dynamic_weak);
        let key = |d: Option<&crate::lookup::Definition>| d.map(|d| (d.object, d.index));
        if key(walked.as_ref()) != key(found) {
            let show = |d: Option<&crate::lookup::Definition>| match d {
                Some(d) => alloc::format!("{} symbol {}", Bytes(self.display_name(d.object)), d.index),
                None => alloc::string::String::from("nothing"),
            };
            crate::eprint!(
                "dryad: symbol index check: `{}' ({:?}): the index found {}, the walk {}\n",
                Bytes(name.name),
                class,
                show(found),
                show(walked.as_ref())
            );
            sys::exit(127);
        }
        INDEX_CHECKS.fetch_add(1, core::sync::atomic::Ordering::Relaxed);
    }

    /// Builds the global scope's symbol index if looking up `lookups`
    /// references in it would cost more without one.
    /// (DRYAD_SYMBOL_INDEX can say always or never.)
    pub fn index_if_worth_it(&mut self, lookups: usize) {
        use crate::config::IndexMode;
        let build = match self.config.symbol_index {
            IndexMode::Off => false,
            IndexMode::On | IndexMode::Check => true,
            IndexMode::Auto => {
                let exported: usize = self.search_list.iter().map(|&o| self.objects[o].symbols.exported_range().len()).sum();
                crate::symindex::worth_building(lookups, self.search_list.len(), exported)
            }
        };
        if build {
            self.symbol_index = Some(crate::symindex::SymbolIndex::build(&self.objects, &self.search_list));
        }
    }

    pub fn display_name(&self, idx: usize) -> &[u8] {
        self.objects[idx].display_name(self.program_name)
    }

    /// An object as LD_DEBUG names it: its name and its namespace.
    pub fn debug_name(&self, idx: usize) -> (&[u8], usize) {
        (self.display_name(idx), self.objects[idx].lmid)
    }

    pub fn corrupt(&self, idx: usize, what: &str) -> LoadError {
        LoadError::new(self.display_name(idx), alloc::format!("corrupt object: {what}"))
    }

    /// Loads LD_PRELOAD objects and then the DT_NEEDED closure, breadth
    /// first: every object's dependencies are appended to the search list
    /// in DT_NEEDED order, each object once.
    pub fn load_dependencies(&mut self) -> LoadResult<()> {
        let preloads = core::mem::take(&mut self.config.preload);
        for name in &preloads {
            self.secure_request = self.config.secure;
            let loaded = self.load_needed(name, self.main);
            self.secure_request = false;
            match loaded {
                Ok(idx) => self.add_to_search_list(idx),
                Err(e) => {
                    // glibc: a preload that cannot be found is reported and
                    // ignored.
                    crate::eprint!(
                        "ERROR: ld.so: object '{}' from {} cannot be preloaded ({}): ignored.\n",
                        Bytes(name),
                        if self.config.preload_option { "--preload" } else { "LD_PRELOAD" },
                        e.message
                    );
                }
            }
        }
        self.config.preload = preloads;
        // The audit modules hear of the vDSO after the preloads, as in
        // glibc (its link map is made there).
        if crate::audit::active() && crate::audit::rules().vdso_objopen {
            if let Some(v) = self.objects.iter().position(|o| o.kind == ObjectKind::Vdso) {
                self.announce_to_auditors(v);
            }
        }
        let mut done: Vec<bool> = Vec::new();
        let mut i = 0;
        while i < self.search_list.len() {
            let idx = self.search_list[i];
            if done.get(idx).copied().unwrap_or(false) {
                i += 1;
                continue;
            }
            if done.len() <= idx {
                done.resize(idx + 1, false);
            }
            done[idx] = true;
            self.load_direct_dependencies(idx)?;
            for dep in self.objects[idx].needed.clone() {
                self.add_to_search_list(dep);
            }
            // Filtees go just before their filter; the first of them is
            // processed next (glibc's _dl_map_object_deps), so `i` stays.
            let mut moved = false;
            for f in self.load_filtees(idx)? {
                if place_before(&mut self.search_list, f, idx) {
                    self.chain_moves.push((f, idx));
                    moved = true;
                }
            }
            if !moved {
                i += 1;
            }
        }
        Ok(())
    }

    /// Loads the filtees of object `idx` (DT_FILTER and DT_AUXILIARY, in
    /// order) and records them among its dependencies, returning them. A
    /// filter's filtee must be found; an auxiliary one that is not is left
    /// out, as glibc does (`LD_DEBUG=libs` says which is being loaded,
    /// calling both kinds "auxiliary", as glibc does).
    pub fn load_filtees(&mut self, idx: usize) -> LoadResult<Vec<usize>> {
        let mut out = Vec::new();
        for (aux, off) in self.objects[idx].dynamic.filtees.clone() {
            let Some(name) = self.objects[idx].string(off) else {
                return Err(self.corrupt(idx, "DT_FILTER string"));
            };
            if self.config.debug(debug::LIBS) {
                let by = if idx == self.main { b"<main program>" as &[u8] } else { self.display_name(idx) };
                crate::debug_log!("load auxiliary object={} requested by file={}", Bytes(name), Bytes(by));
            }
            match self.load_needed(name, idx) {
                Ok(f) => {
                    if !self.objects[idx].needed.contains(&f) {
                        self.objects[idx].needed.push(f);
                    }
                    out.push(f);
                }
                Err(_) if aux => {}
                Err(e) => return Err(e),
            }
        }
        self.objects[idx].filtees = out.clone();
        Ok(out)
    }

    /// Finds or loads every DT_NEEDED entry of object `idx`, in order, and
    /// records them as its direct dependencies (`needed`). In ldd mode
    /// (LD_TRACE_LOADED_OBJECTS) a missing library is noted and skipped.
    pub fn load_direct_dependencies(&mut self, idx: usize) -> LoadResult<()> {
        let names: Vec<Option<&'static [u8]>> = self.objects[idx].needed_names().collect();
        for name in names {
            let Some(name) = name else {
                return Err(self.corrupt(idx, "DT_NEEDED string"));
            };
            let dep = match self.load_needed(name, idx) {
                Ok(dep) => dep,
                Err(e) if self.config.trace && (!self.config.list_option || self.config.tree) => {
                    // ldd mode: note the missing library and go on.
                    if !self.missing.iter().any(|(_, n)| *n == name) {
                        self.missing.push((self.objects.len(), name));
                    }
                    if self.config.tree {
                        let mut tried = core::mem::take(&mut self.tried);
                        if tried.is_empty() {
                            tried.push((name.to_vec(), e.message.clone()));
                        }
                        self.not_found.push(NotFound { requester: idx, name, tried });
                    }
                    continue;
                }
                Err(e) => return Err(e),
            };
            if !self.objects[idx].needed.contains(&dep) {
                self.objects[idx].needed.push(dep);
            }
        }
        Ok(())
    }

    /// `LD_DEBUG=scopes` at startup (glibc's "Initial object scopes",
    /// `_dl_show_scope`): each object in chain order with the scopes its
    /// symbols are looked up in — the global search list, and for the vDSO
    /// also its own; the dynamic linker has none yet.
    pub fn debug_scopes(&self) {
        crate::debug_log!("\nInitial object scopes");
        for i in self.chain_order() {
            self.show_scope(i, None);
        }
    }

    /// glibc's `_dl_show_scope` (`LD_DEBUG=scopes`): object `i`'s lookup
    /// scopes as glibc keeps them — the global scope (as it is now), then
    /// for an object a dlopen loaded its opener's dependency list (`local`,
    /// or the one it keeps), for the vDSO itself; dryad's own map has none.
    pub fn show_scope(&self, i: usize, local: Option<&[usize]>) {
        self.show_scope_from(i, local, 0);
    }

    /// [`Namespace::show_scope`] from scope number `from` on (glibc's
    /// `update_scopes` shows only the scope it added).
    pub fn show_scope_from(&self, i: usize, local: Option<&[usize]>, from: usize) {
        let names = |list: &[usize]| -> Vec<u8> {
            let names: Vec<&[u8]> = list.iter().map(|&j| self.display_name(j)).collect();
            names.join(&b' ')
        };
        // dryad serves every namespace; shown in a dlmopen one's scopes as
        // glibc shows its map of itself there.
        let lmid = if i == self.dryad { self.loading_lmid } else { self.objects[i].lmid };
        crate::debug_log!("object={} [{}]", Bytes(self.display_name(i)), lmid);
        let vdso = [i];
        let mut scopes: Vec<&[usize]> = Vec::new();
        if i == self.dryad && lmid != 0 {
            scopes.push(self.global_scope(lmid));
        } else if i == self.dryad {
            crate::debug_log!(" no scope");
        } else if self.objects[i].kind == ObjectKind::Vdso {
            // The vDSO's second scope is itself (glibc's setup_vdso).
            scopes.extend([self.global_scope(lmid), &vdso[..]]);
        } else {
            let (own, n) = self.own_scopes(i, local);
            scopes.extend_from_slice(&own[..n]);
            scopes.extend(self.objects[i].added_scopes.iter().map(|(_, l)| &l[..]));
        }
        for (k, list) in scopes.iter().enumerate().skip(from) {
            crate::debug_log!(" scope {}: {}", k, Bytes(&names(list)));
        }
        crate::debug_log!("");
    }

    /// How many scopes object `i` has before those later dlopens added.
    pub fn own_scope_count(&self, i: usize) -> usize {
        self.own_scopes(i, None).1
    }

    /// glibc's version check (`_dl_check_all_versions` at startup, over
    /// the chain; `_dl_check_map_versions` of each new object of a
    /// dlopen): every version an object of `objects` requires (DT_VERNEED)
    /// from a loaded object must be defined there (DT_VERDEF), each one's
    /// versions in DT_VERNEED order; with `log` (LD_DEBUG=versions) each
    /// check's `checking for version` line first. `missing` hears of each
    /// missing version where it is found, in glibc's words (the object
    /// that should define it, the message), as glibc reports it before
    /// checking the next; it answers whether to go on.
    pub fn check_versions(&self, objects: &[usize], log: bool, missing: &mut dyn FnMut(&[u8], alloc::string::String) -> bool) {
        for &i in objects {
            let obj = &self.objects[i];
            for &k in &obj.symbols.needed_order {
                let Some(Some(v)) = obj.symbols.versions.get(k as usize) else { continue };
                let Some(file) = v.file else { continue };
                // In the object's own namespace (dryad serves them all).
                let here = |(k, o): &(usize, &Object)| (o.lmid == obj.lmid || *k == self.dryad) && o.answers_to(file);
                let Some((_, def)) = self.objects.iter().enumerate().find(here) else { continue };
                if log {
                    crate::debug_log!(
                        "checking for version `{}' in file {} [{}] required by file {} [{}]",
                        Bytes(v.name),
                        Bytes(def.display_name(self.program_name)),
                        def.lmid,
                        Bytes(self.display_name(i)),
                        obj.lmid
                    );
                }
                if !def.symbols.has_version_definitions() {
                    continue;
                }
                let found = def.symbols.versions.iter().flatten().any(|d| d.file.is_none() && d.hash == v.hash && d.name == v.name);
                if !found
                    && !v.weak
                    && !missing(
                        def.display_name(self.program_name),
                        alloc::format!("version `{}' not found (required by {})", Bytes(v.name), Bytes(self.display_name(i))),
                    )
                {
                    return;
                }
            }
        }
    }

    fn add_to_search_list(&mut self, idx: usize) {
        if !self.search_list.contains(&idx) {
            self.search_list.push(idx);
        }
    }

    /// dlclose unloaded `gone`: the search forgets their RPATH/RUNPATH
    /// lists (a later object in the same slot has its own).
    pub fn forget_search_paths(&mut self, gone: &[usize]) {
        self.chain_moves.retain(|(f, t)| !gone.contains(f) && !gone.contains(t));
        self.search.rpath.retain(|(i, _)| !gone.contains(i));
        self.search.runpath.retain(|(i, _)| !gone.contains(i));
    }

    /// `name` (a `dlopen` argument, which the caller may free) as a
    /// `'static` copy, made once per distinct name: a program that opens
    /// and closes the same plugin in a loop must not leak a copy per call.
    pub fn dlopen_name(&mut self, name: &[u8]) -> &'static [u8] {
        if let Some(&known) = self.dlopen_names.get(name) {
            return known;
        }
        let copy: &'static [u8] = Vec::from(name).leak();
        self.dlopen_names.insert(copy);
        copy
    }

    /// Finds or loads the object for DT_NEEDED string `name` of `requester`.
    pub fn load_needed(&mut self, name: &'static [u8], requester: usize) -> LoadResult<usize> {
        self.load_named(name, requester, Request::Needed).map(|i| i.unwrap_or(self.main))
    }

    /// Finds or loads the object `name`, asked for as `how` says (for
    /// `Request::NoLoad`: found, but not loaded, is None; glibc still
    /// searches and opens the file, to know it by its identity).
    pub fn load_named(&mut self, name: &'static [u8], requester: usize, how: Request) -> LoadResult<Option<usize>> {
        let lmid = self.loading_lmid;
        if let Some(i) = self.objects.iter().position(|o| o.lmid == lmid && o.found_by_request(name)) {
            return Ok(Some(i));
        }
        // Any request for the dynamic linker is dryad itself: never load
        // another ld.so.
        if search::basename(name) == self.objects[self.dryad].soname.unwrap_or(b"ld-linux-x86-64.so.2") {
            // glibc searches for it in a dlmopen namespace that has no map
            // of it yet (and then makes one that refers to the real one).
            let first_here = lmid != 0 && !self.objects.iter().any(|o| o.lmid == lmid && !o.unloaded && o.needed.contains(&self.dryad));
            if first_here && self.config.debug(debug::FILES) {
                let rl = self.objects[requester].lmid;
                crate::debug_log!("\nfile={} [{}];  needed by {} [{}]", Bytes(name), lmid, Bytes(self.display_name(requester)), rl);
            }
            self.objects[self.dryad].names.push(name.into());
            return Ok(Some(self.dryad));
        }
        // (An audit module has no loader: glibc names none, and says nothing.)
        if self.config.debug(debug::FILES) && !(self.audit_loading && how == Request::Dlopen) {
            let how = if how == Request::Needed { "needed by" } else { "dynamically loaded by" };
            let rl = self.objects[requester].lmid;
            crate::debug_log!("\nfile={} [{}];  {} {} [{}]", Bytes(name), lmid, how, Bytes(self.display_name(requester)), rl);
        }
        // The audit modules may rewrite the name, or veto it, before any
        // search (glibc's LA_SER_ORIG); the object is known by both names.
        let asked = name;
        let name: &'static [u8] = if crate::audit::active() {
            match crate::audit::objsearch(self, name, requester, crate::audit::LA_SER_ORIG) {
                None => return Err(LoadError::with_errno(name, "cannot open shared object file", Errno::ENOENT)),
                Some(n) if n[..] == *name => name,
                Some(n) => self.dlopen_name(&n),
            }
        } else {
            name
        };
        if self.config.debug(debug::LIBS) && !name.contains(&b'/') {
            crate::debug_log!("find library={} [{}]; searching", Bytes(name), lmid);
        }
        self.search_requester = requester;
        let (fd, path, file) = self.find_file(name, requester)?;
        // An audit module in secure mode was looked for as a secure
        // preload is (glibc's __RTLD_SECURE); its dependencies are not.
        if self.audit_loading {
            self.secure_request = false;
        }
        let id = (file.stat.dev, file.stat.ino);
        // The program is never found by its file (glibc's main map has no
        // file identity): a dlopen of its path goes on to map it, and a
        // PIE or an executable is refused below.
        let known = self.objects.iter().position(|o| o.lmid == lmid && o.file_id == Some(id) && !o.closing && o.kind != ObjectKind::Main);
        if let Some(i) = known.or_else(|| self.is_dryad_file(&file, id).then_some(self.dryad)) {
            sys::close(fd);
            known_as(&mut self.objects[i], name, asked);
            return Ok(Some(i));
        }
        if how == Request::NoLoad {
            sys::close(fd);
            return Ok(None);
        }
        // The libc the hwcaps rules mapped (same file, same path) is taken
        // as it is: it was mapped as this would map it, and nothing ran in
        // it or wrote to it.
        let probed = self.probed_libc.take_if(|p| p.file_id == Some(id) && p.path == path);
        let result = match probed {
            Some(obj) => Ok(obj),
            None => load::map_file(fd, file, &path, ObjectKind::Library),
        };
        sys::close(fd);
        // glibc names the object in mapping errors by the name it was
        // asked for (the DT_NEEDED string); the RELRO check dryad makes
        // here stands for one glibc makes after relocation, which names
        // the path.
        let mut obj = result.map_err(|mut e| {
            if e.object == path && !e.message.starts_with("cannot apply additional memory protection") {
                e.object = name.to_vec();
            }
            e
        })?;
        // glibc refuses a PIE as a library (any request but the program's
        // own), and an object marked DF_1_NOOPEN to dlopen, once its
        // dynamic section is read: after the first `files` line only.
        let pie = obj.dynamic.flags_1 & goblin::elf::dynamic::DF_1_PIE != 0;
        let noopen = (how == Request::Dlopen || self.in_dlopen) && obj.dynamic.flags_1 & goblin::elf::dynamic::DF_1_NOOPEN != 0;
        if pie || noopen {
            if self.config.debug(debug::FILES) {
                crate::debug_log!("file={} [{}];  generating link map", Bytes(name), lmid);
            }
            // SAFETY: the object's whole mapping, just made; nothing refers
            // to it (it was never added to the namespace).
            let _ = unsafe { sys::munmap(obj.map_start, (obj.map_end - obj.map_start).next_multiple_of(load::PAGE)) };
            let message = if pie { "cannot dynamically load position-independent executable" } else { "shared object cannot be dlopen()ed" };
            return Err(LoadError::new(name, message));
        }
        obj.lmid = lmid;
        if self.config.debug(debug::FILES) {
            debug_link_map(name, &obj);
        }
        known_as(&mut obj, name, asked);
        obj.loader = Some(requester);
        obj.origin = search::origin_of(&path);
        self.objects.push(obj);
        let idx = self.objects.len() - 1;
        if crate::audit::active() {
            self.announce_to_auditors(idx);
        }
        Ok(Some(idx))
    }

    /// Auditing: object `idx` was just mapped. Its link map is filled (the
    /// modules read it), the modules hear `LA_ACT_ADD` if this starts a
    /// batch, then `la_objopen` (glibc's `_dl_map_object_from_fd`).
    #[cold]
    #[inline(never)]
    fn announce_to_auditors(&mut self, idx: usize) {
        if !crate::audit::audited(self, idx) {
            return;
        }
        if let Some(libc) = crate::abi::libc() {
            libc.opening(self, &[idx]);
        }
        if !self.audit_adding {
            self.audit_adding = true;
            crate::audit::activity(self, self.objects[idx].lmid, crate::audit::LA_ACT_ADD);
        }
        crate::audit::objopen(self, idx);
    }

    /// Whether the file just opened (identity `id`, matching no loaded
    /// object's) is dryad's own, found under another name. dryad does not
    /// stat its own file at startup (glibc does not either): only a file
    /// whose entry point and program headers are dryad's own is compared
    /// with it, by (st_dev, st_ino) of the path dryad was started by. If
    /// that path cannot be stat'ed any more, such a file is taken for
    /// dryad: a second dynamic linker is never loaded.
    #[inline(never)]
    fn is_dryad_file(&mut self, file: &load::ElfFile, id: (u64, u64)) -> bool {
        let d = &self.objects[self.dryad];
        if d.file_id.is_some() || file.header.e_entry as usize != d.entry.wrapping_sub(d.base) || file.phdrs != d.phdrs {
            return false;
        }
        match sys::stat(&d.path) {
            Ok(st) => {
                self.objects[self.dryad].file_id = Some((st.dev, st.ino));
                (st.dev, st.ino) == id
            }
            Err(_) => true,
        }
    }

    /// Opens the file for `name`: a path if it contains '/', otherwise the
    /// first match in the search order. A candidate of the wrong class or
    /// machine is skipped; any other bad candidate ends the search with its
    /// error, as in glibc.
    fn find_file(&mut self, name: &'static [u8], requester: usize) -> LoadResult<(i32, Vec<u8>, load::ElfFile)> {
        self.tried.clear();
        self.search.errno = Errno::ENOENT;
        let mut saw_32bit = false;
        let not_found = |saw_32bit: bool, errno: Errno| {
            if saw_32bit {
                LoadError::new(name, HeaderProblem::WrongClass32.message())
            } else {
                LoadError::with_errno(name, "cannot open shared object file", errno)
            }
        };
        if name.contains(&b'/') {
            let origin = self.objects[requester].origin.clone();
            let secure = self.dst_rules(Some(requester));
            let path = search::expand_dst_as(name, origin.as_deref(), secure).ok_or_else(|| not_found(false, Errno::ENOENT))?;
            // A name with a slash is opened as it is: glibc's open_verify,
            // without open_path's `trying file=` line.
            return match self.try_open(&path, false, 0)? {
                Candidate::Found(f) => Ok(f),
                Candidate::Mismatch(p) => Err(LoadError::new(&path, p.message())),
                Candidate::Absent(e) => Err(LoadError::with_errno(&path, "cannot open shared object file", e)),
            };
        }
        let found = self.search(name, requester, &mut saw_32bit)?;
        // glibc ends a search's lines with an empty one, found or not (not
        // after a bad candidate, which ends it with an error at once).
        if self.config.debug(debug::LIBS) {
            crate::debug_log!("");
        }
        let errno = self.search.errno;
        found.ok_or_else(|| not_found(saw_32bit, errno))
    }

    /// The search for a bare name; None if no candidate was found
    /// (`saw_32bit`: one of them was 32-bit).
    fn search(&mut self, name: &[u8], requester: usize, saw_32bit: &mut bool) -> LoadResult<Option<(i32, Vec<u8>, load::ElfFile)>> {
        // glibc's _dl_map_object: the DT_RPATHs up the loader chain and the
        // program's (unless the requester has a DT_RUNPATH),
        // LD_LIBRARY_PATH, the requester's DT_RUNPATH; then the cache and
        // the system directories.
        self.init_paths();
        if self.objects[requester].dynamic.runpath.is_none() {
            let mut at = Some(requester);
            let mut seen: Vec<usize> = Vec::new();
            let mut did_main = false;
            while let Some(i) = at {
                if seen.contains(&i) {
                    break;
                }
                seen.push(i);
                if self.object_path(i, ObjectPath::Rpath) {
                    if let Some(f) = self.open_path(name, PathRef::Object(i, ObjectPath::Rpath), saw_32bit)? {
                        return Ok(Some(f));
                    }
                    did_main |= i == self.main;
                }
                at = self.objects[i].loader;
            }
            if !did_main && self.object_path(self.main, ObjectPath::Rpath) {
                if let Some(f) = self.open_path(name, PathRef::Object(self.main, ObjectPath::Rpath), saw_32bit)? {
                    return Ok(Some(f));
                }
            }
            // An audit module and its dependencies are also looked for in
            // the program's DT_RUNPATH (glibc: "for LD_AUDIT dlopen call").
            if self.audit_loading && !did_main && crate::audit::rules().audit_runpath && self.object_path(self.main, ObjectPath::Runpath) {
                if let Some(f) = self.open_path(name, PathRef::Object(self.main, ObjectPath::Runpath), saw_32bit)? {
                    return Ok(Some(f));
                }
            }
        }
        if self.search.env.is_some() {
            if let Some(f) = self.open_path(name, PathRef::Env, saw_32bit)? {
                return Ok(Some(f));
            }
        }
        if self.object_path(requester, ObjectPath::Runpath) {
            if let Some(f) = self.open_path(name, PathRef::Object(requester, ObjectPath::Runpath), saw_32bit)? {
                return Ok(Some(f));
            }
        }
        let obj = &self.objects[requester];
        let nodeflib = obj.dynamic.flags_1 & goblin::elf::dynamic::DF_1_NODEFLIB != 0;
        if !self.config.inhibit_cache && !self.secure_request {
            if self.config.debug(debug::LIBS) {
                crate::debug_log!(" search cache={}", Bytes(search::CACHE_PATH));
            }
            if let Some(path) = self.cache_lookup(name) {
                let in_default = search::DEFAULT_DIRS.iter().any(|d| path.starts_with(d) && path.get(d.len()) == Some(&b'/'));
                if !(nodeflib && in_default) {
                    match self.try_open(&path, true, crate::audit::LA_SER_CONFIG)? {
                        Candidate::Found(f) => return Ok(Some(f)),
                        Candidate::Mismatch(p) => *saw_32bit |= p == HeaderProblem::WrongClass32,
                        Candidate::Absent(e) => self.search.errno = e,
                    }
                }
            }
        }
        if !nodeflib {
            if let Some(f) = self.open_path(name, PathRef::System, saw_32bit)? {
                return Ok(Some(f));
            }
        }
        Ok(None)
    }

    /// glibc's `_dl_init_paths`, once: the system directories, the
    /// program's DT_RUNPATH or DT_RPATH, LD_LIBRARY_PATH, in that order (a
    /// directory named again later keeps the first list's kind).
    fn init_paths(&mut self) {
        if self.search.ready {
            return;
        }
        self.search.ready = true;
        for d in search::DEFAULT_DIRS {
            let mut name = d.to_vec();
            name.push(b'/');
            let i = self.search.intern(name, "system search path", None);
            self.search.system.push(i);
        }
        let main = self.main;
        if self.objects[main].dynamic.runpath.is_some() {
            self.object_path(main, ObjectPath::Runpath);
        } else {
            self.object_path(main, ObjectPath::Rpath);
        }
        self.search.env = match self.config.library_path {
            Some(list) if !list.is_empty() => {
                let origin = self.objects[main].origin.clone();
                self.fill_path(list, self.config.library_path_source(), None, origin.as_deref())
            }
            _ => None,
        };
    }

    /// glibc's secure-mode `$ORIGIN` rules for the strings of `owner`
    /// (None: not an object's, LD_LIBRARY_PATH), for
    /// [`search::expand_dst_as`]: None outside secure mode, else whether
    /// the owner is the program.
    fn dst_rules(&self, owner: Option<usize>) -> Option<bool> {
        self.config.secure.then(|| owner == Some(self.main))
    }

    /// The directories of `list` (split as `what` is), interned.
    fn fill_path(&mut self, list: &[u8], what: &'static str, owner: Option<usize>, origin: Option<&[u8]>) -> search::PathList {
        let mut dirs: Vec<usize> = Vec::new();
        let secure = self.dst_rules(owner);
        for element in search::split_path(list, what) {
            if let Some(name) = search::path_element_as(element, origin, secure) {
                let i = self.search.intern(name, what, owner);
                if !dirs.contains(&i) {
                    dirs.push(i);
                }
            }
        }
        (!dirs.is_empty()).then_some(dirs)
    }

    /// glibc's `cache_rpath`/`decompose_rpath`: whether object `i` has a
    /// usable path of kind `kind`, decomposed on first use. An object with
    /// a DT_RUNPATH has no DT_RPATH; `--inhibit-rpath` (not in secure mode)
    /// takes both from the objects it names.
    fn object_path(&mut self, i: usize, kind: ObjectPath) -> bool {
        let lists = if kind == ObjectPath::Rpath { &self.search.rpath } else { &self.search.runpath };
        if let Some((_, list)) = lists.iter().find(|(o, _)| *o == i) {
            return list.is_some();
        }
        let o = &self.objects[i];
        let (off, what) = match kind {
            ObjectPath::Rpath if o.dynamic.runpath.is_none() => (o.dynamic.rpath, "RPATH"),
            ObjectPath::Rpath => (None, "RPATH"),
            ObjectPath::Runpath => (o.dynamic.runpath, "RUNPATH"),
        };
        let string = off.and_then(|off| o.string(off));
        let inhibited = string.is_some()
            && !self.config.secure
            && self.config.inhibit_rpath.is_some_and(|list| search::rpath_inhibited(list, if i == self.main { b"" } else { &o.path }));
        let list = match string {
            Some(s) if !inhibited => {
                let origin = o.origin.clone();
                self.fill_path(s, what, Some(i), origin.as_deref())
            }
            _ => None,
        };
        let usable = list.is_some();
        if kind == ObjectPath::Rpath { &mut self.search.rpath } else { &mut self.search.runpath }.push((i, list));
        usable
    }

    /// The directories of a search path (None: not searched).
    fn path_dirs(&self, path: PathRef) -> Option<Vec<usize>> {
        match path {
            PathRef::System => Some(self.search.system.clone()),
            PathRef::Env => self.search.env.clone(),
            PathRef::Object(i, kind) => {
                let lists = if kind == ObjectPath::Rpath { &self.search.rpath } else { &self.search.runpath };
                lists.iter().find(|(o, _)| *o == i).and_then(|(_, l)| l.clone())
            }
        }
    }

    /// The CPU subdirectories, asked of the adapter family on first use
    /// (with the libc already loaded, if it is).
    fn hwcaps(&mut self) -> &search::Hwcaps {
        if self.search.hwcaps.is_none() {
            let libc = self.objects.iter().find(|o| o.soname == Some(b"libc.so.6"));
            // The rules look for the libc a program would get in the
            // cache, the namespace's own mapping of it (which the search
            // maps anyway, and unmaps once the startup objects are found).
            let cache = if libc.is_none() && self.hwcaps_rules.is_some() && !self.config.inhibit_cache {
                *self.cache.get_or_insert_with(search::map_cache)
            } else {
                None
            };
            let (hw, probed) = match &self.hwcaps_rules {
                Some((rules, stack)) => rules(stack, &self.config, libc, cache),
                None => (search::Hwcaps::none(), None),
            };
            self.search.hwcaps = Some(hw);
            // Kept for the startup search only (a dlopen finds libc loaded).
            self.probed_libc = probed;
            if self.in_dlopen {
                self.drop_probed_libc();
            }
        }
        self.search.hwcaps.get_or_insert_with(search::Hwcaps::none)
    }

    /// glibc's `open_path`: each directory of `path` with each CPU
    /// subdirectory not known to be missing, best first. A subdirectory
    /// where the file is not found is `stat`ed once, and never tried (or
    /// printed) again if it is no directory; an object's path of which no
    /// directory exists is dropped for good.
    fn open_path(&mut self, name: &[u8], path: PathRef, saw_32bit: &mut bool) -> LoadResult<Option<(i32, Vec<u8>, load::ElfFile)>> {
        let Some(dirs) = self.path_dirs(path) else { return Ok(None) };
        // What `la_objsearch` hears a candidate of this path is.
        let code = match path {
            PathRef::Env => crate::audit::LA_SER_LIBPATH,
            PathRef::System => crate::audit::LA_SER_DEFAULT,
            PathRef::Object(..) => crate::audit::LA_SER_RUNPATH,
        };
        let subdirs = self.hwcaps().subdirs.clone();
        let mut current_what: Option<&'static str> = None;
        let mut any = false;
        // One buffer for every candidate's name: a fresh Vec per candidate
        // (grown in place from the heap's bump region, then freed into a
        // larger size class than the next one asks for) left a block
        // behind each time, some 80 bytes per file tried: 8 MB for an
        // LD_LIBRARY_PATH of 10,000 directories.
        let mut file: Vec<u8> = Vec::new();
        for (pos, &d) in dirs.iter().enumerate() {
            let dir = &mut self.search.dirs[d];
            if dir.status.len() < subdirs.len() {
                let init = dir.initial_status();
                dir.status.resize(subdirs.len(), init);
            }
            if self.config.debug(debug::LIBS) && current_what != Some(dir.what) {
                current_what = Some(dir.what);
                self.print_search_path(&dirs[pos..], &subdirs);
            }
            let mut here_any = false;
            for (cnt, sub) in subdirs.iter().enumerate() {
                if self.search.dirs[d].status[cnt] == search::DirStatus::Nonexisting {
                    continue;
                }
                file.clear();
                file.extend_from_slice(&self.search.dirs[d].name);
                file.extend_from_slice(sub);
                let dir_len = file.len();
                file.extend_from_slice(name);
                let found = match self.try_open(&file, true, code)? {
                    Candidate::Found(f) => Some(f),
                    Candidate::Mismatch(p) => {
                        *saw_32bit |= p == HeaderProblem::WrongClass32;
                        self.search.errno = Errno::ENOENT;
                        None
                    }
                    Candidate::Absent(e) => {
                        self.search.errno = e;
                        None
                    }
                };
                let status = &mut self.search.dirs[d].status[cnt];
                if *status == search::DirStatus::Unknown {
                    *status = if found.is_some() {
                        search::DirStatus::Existing
                    } else {
                        // Is there a directory at all? (glibc cuts the
                        // slash before the name off, whatever it is.)
                        let probe = &file[..dir_len.saturating_sub(1)];
                        match sys::stat(probe) {
                            Ok(st) if st.is_dir() => search::DirStatus::Existing,
                            Ok(_) => search::DirStatus::Nonexisting,
                            Err(e) => {
                                self.search.errno = e;
                                search::DirStatus::Nonexisting
                            }
                        }
                    };
                }
                if let Some(f) = found {
                    // A secure-mode preload must be set-user-ID (glibc's
                    // "extra security effort"); else it is as if absent.
                    if !self.secure_request || f.2.stat.mode & libc::S_ISUID != 0 {
                        return Ok(Some(f));
                    }
                    sys::close(f.0);
                    self.search.errno = Errno::ENOENT;
                }
                // `--tree` names the candidates worth knowing about: not
                // those in a CPU subdirectory that does not exist.
                if !sub.is_empty()
                    && self.search.dirs[d].status[cnt] == search::DirStatus::Nonexisting
                    && self.tried.last().is_some_and(|(p, _)| *p == file)
                {
                    self.tried.pop();
                }
                here_any |= self.search.dirs[d].status[cnt] != search::DirStatus::Nonexisting;
            }
            // glibc: a directory that exists but whose file could not be
            // opened for another reason than its absence (EMFILE, ENFILE,
            // ENOMEM, ...) ends this path's search, and that error is the
            // one reported if nothing else is found.
            if here_any && self.search.errno != Errno::ENOENT && self.search.errno != Errno::EACCES {
                return Ok(None);
            }
            any |= here_any;
        }
        if !any {
            if let PathRef::Object(i, kind) = path {
                let lists = if kind == ObjectPath::Rpath { &mut self.search.rpath } else { &mut self.search.runpath };
                if let Some((_, l)) = lists.iter_mut().find(|(o, _)| *o == i) {
                    *l = None;
                }
            }
        }
        Ok(None)
    }

    /// glibc's `print_search_path`: the directories from the start of
    /// `dirs` that share its kind, each with every CPU subdirectory not
    /// known to be missing, and the kind (and, for an object's path, the
    /// object that first named the directory).
    fn print_search_path(&self, dirs: &[usize], subdirs: &[Vec<u8>]) {
        let first = &self.search.dirs[dirs[0]];
        let mut line: Vec<u8> = b" search path=".to_vec();
        let mut sep = false;
        for &d in dirs {
            let dir = &self.search.dirs[d];
            if dir.what != first.what {
                break;
            }
            for (cnt, sub) in subdirs.iter().enumerate() {
                if dir.status.get(cnt) == Some(&search::DirStatus::Nonexisting) {
                    continue;
                }
                if sep {
                    line.push(b':');
                }
                sep = true;
                let mut buf = dir.name.clone();
                buf.extend_from_slice(sub);
                // The trailing slash goes, unless the name is "/" (or empty).
                if !(buf.is_empty() || buf == b"/") {
                    buf.pop();
                }
                line.extend_from_slice(&buf);
            }
        }
        match first.owner {
            Some(o) => crate::debug_log!("{}\t\t({} from file {})", Bytes(&line), first.what, Bytes(self.display_name(o))),
            None => crate::debug_log!("{}\t\t({})", Bytes(&line), first.what),
        }
    }

    /// The directory lists to search for a dependency of `requester`, with
    /// the object each list is of (None: LD_LIBRARY_PATH, whose `$ORIGIN`
    /// is the program's), in glibc's order:
    /// DT_RPATH of the requester and of each object that loaded it, up to
    /// the program (only if the requester has no DT_RUNPATH),
    /// LD_LIBRARY_PATH, the requester's DT_RUNPATH.
    fn search_dirs(&self, requester: usize) -> Vec<(Vec<u8>, Option<usize>, &'static str)> {
        let mut out = Vec::new();
        let req = &self.objects[requester];
        if req.dynamic.runpath.is_none() {
            let mut at = Some(requester);
            let mut seen = Vec::new();
            while let Some(i) = at {
                if seen.contains(&i) {
                    break;
                }
                seen.push(i);
                let o = &self.objects[i];
                // An object with DT_RUNPATH has no DT_RPATH as far as the
                // search is concerned (glibc erases it when reading the
                // dynamic section).
                if o.dynamic.runpath.is_none() {
                    if let Some(rp) = o.dynamic.rpath.and_then(|off| o.string(off)) {
                        out.push((rp.to_vec(), Some(i), "RPATH"));
                    }
                }
                at = o.loader;
            }
            if !seen.contains(&self.main) && self.objects[self.main].dynamic.runpath.is_none() {
                let m = &self.objects[self.main];
                if let Some(rp) = m.dynamic.rpath.and_then(|off| m.string(off)) {
                    out.push((rp.to_vec(), Some(self.main), "RPATH"));
                }
            }
        }
        if let Some(llp) = self.config.library_path {
            out.push((llp.to_vec(), None, self.config.library_path_source()));
        }
        if let Some(rp) = req.dynamic.runpath.and_then(|off| req.string(off)) {
            out.push((rp.to_vec(), Some(requester), "RUNPATH"));
        }
        out
    }

    /// Every directory a dependency of `requester` is looked for in, in
    /// order, without the cache (what `dlinfo(RTLD_DI_SERINFO)` reports).
    pub fn search_path_list(&self, requester: usize) -> Vec<Vec<u8>> {
        let mut out: Vec<Vec<u8>> = Vec::new();
        for (dirs, owner, what) in self.search_dirs(requester) {
            // The owner's `$ORIGIN` (the program's for LD_LIBRARY_PATH).
            let origin = self.objects[owner.unwrap_or(self.main)].origin.as_deref();
            // In secure mode with the search's own `$ORIGIN` rules.
            let secure = self.dst_rules(owner);
            for dir in search::split_path(&dirs, what) {
                if let Some(d) = search::expand_dst_as(dir, origin, secure) {
                    let d = if d.is_empty() { b".".to_vec() } else { d };
                    if !out.contains(&d) {
                        out.push(d);
                    }
                }
            }
        }
        let nodeflib = self.objects[requester].dynamic.flags_1 & goblin::elf::dynamic::DF_1_NODEFLIB != 0;
        if !nodeflib {
            for d in search::DEFAULT_DIRS {
                if !out.iter().any(|o| o == d) {
                    out.push(d.to_vec());
                }
            }
        }
        out
    }

    /// Tries one candidate file (`log`: a search's candidate, which
    /// `LD_DEBUG=libs` names).
    fn try_open(&mut self, path: &[u8], log: bool, code: u32) -> LoadResult<Candidate> {
        if log && self.config.debug(debug::LIBS) {
            crate::debug_log!("  trying file={}", Bytes(path));
        }
        // The audit modules may rewrite or veto each candidate (glibc's
        // open_verify; `code` says where it comes from, 0 for a name with
        // a slash, which they do not hear of again).
        // (The object keeps the candidate's name, as glibc's open_path
        // keeps it, even when a module had another file opened.)
        let candidate = path;
        let rewritten;
        let path = if code != 0 && crate::audit::active() {
            match crate::audit::objsearch(self, path, self.search_requester, code) {
                None => return Ok(Candidate::Absent(Errno::ENOENT)),
                Some(p) => {
                    rewritten = p;
                    &rewritten[..]
                }
            }
        } else {
            path
        };
        let tree = self.config.tree;
        // Since glibc 2.42, `libs` also says why a file was passed over
        // (any failed open is "no such file" there).
        let why = |ns: &mut Self, reason: &str| {
            if ns.config.debug(debug::LIBS) && ns.hwcaps().reasons {
                crate::debug_log!("    ({})", reason);
            }
        };
        let fd = match sys::open_readonly(path) {
            Ok(fd) => fd,
            Err(e) => {
                why(self, "no such file");
                if tree {
                    self.tried.push((path.to_vec(), sys::strerror(e).into_owned()));
                }
                return Ok(Candidate::Absent(e));
            }
        };
        match load::read_headers(fd, path) {
            Ok(file) => Ok(Candidate::Found((fd, candidate.to_vec(), file))),
            Err(OpenError::Mismatch(p)) => {
                why(self, if p == HeaderProblem::WrongMachine { "incompatible ELF machine" } else { "incompatible ELF class" });
                sys::close(fd);
                if tree {
                    self.tried.push((path.to_vec(), p.message().into()));
                }
                Ok(Candidate::Mismatch(p))
            }
            Err(OpenError::Fatal(e)) => {
                sys::close(fd);
                if tree {
                    self.tried.push((path.to_vec(), e.message.clone()));
                }
                Err(e)
            }
        }
    }

    /// Unmaps /etc/ld.so.cache once the startup closure is loaded (glibc's
    /// `_dl_unload_cache` does so after relocation): its pages would
    /// otherwise stay in the program's RSS for good. A later `dlopen` maps
    /// it again (and keeps it).
    pub fn unload_cache(&mut self) {
        if let Some(Some(bytes)) = self.cache.take() {
            // SAFETY: `bytes` is the whole mapping `search::map_cache` made;
            // nothing borrows it past a `cache_lookup` call, which copies
            // the path it returns.
            let _ = unsafe { sys::munmap(bytes.as_ptr() as usize, bytes.len()) };
        }
    }

    /// Unmaps the libc the hwcaps rules mapped, if the search did not take
    /// it (called once the startup objects are loaded).
    pub fn drop_probed_libc(&mut self) {
        if let Some(libc) = self.probed_libc.take() {
            load::unmap_unused(libc);
        }
    }

    fn cache_lookup(&mut self, name: &[u8]) -> Option<Vec<u8>> {
        let bytes = (*self.cache.get_or_insert_with(search::map_cache))?;
        let cache = crate::ldcache::LdCache::parse(bytes)?;
        if !cache.has_hwcap_entries(name) {
            return cache.lookup(name).map(|p| p.to_vec());
        }
        let cfg = self.hwcaps().cache;
        cache.lookup_with(name, &cfg).map(|p| p.to_vec())
    }

    /// glibc's initialiser order (`_dl_sort_maps`, [`sort_maps`]): every
    /// object after all of its dependencies, the program last.
    pub fn compute_init_order(&mut self) {
        let sorted = sort_maps(&self.objects, &self.search_list, self.main, self.dso_sort);
        // `sorted` has dependents before dependencies (program first);
        // initialisers run from the end.
        self.init_order = sorted.into_iter().rev().collect();
    }

    /// Finaliser order (`_dl_fini`): namespace by namespace, the newest
    /// `dlmopen` one first and the program's last, each's objects in load
    /// order sorted the same way (the program first in its own):
    /// dependents before their dependencies.
    pub fn fini_order(&self) -> Vec<usize> {
        let chain: Vec<usize> = self.chain_order();
        let mut order = Vec::with_capacity(chain.len());
        for lmid in (0..NAMESPACES).rev() {
            let maps: Vec<usize> = chain.iter().copied().filter(|&i| self.objects[i].lmid == lmid).collect();
            if !maps.is_empty() {
                let first = if lmid == 0 { self.main } else { usize::MAX };
                order.extend(sort_maps_for_fini(&self.objects, &maps, first, self.dso_sort));
            }
        }
        order
    }

    /// The order of the `l_next` chain (what debuggers, `dl_iterate_phdr`
    /// and `--list` see): load order; dryad appears only if some object
    /// needs it, right after the object before it in the search list, as in
    /// glibc.
    pub fn chain_order(&self) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.objects.len()).filter(|&i| i != self.dryad && !self.objects[i].unloaded).collect();
        if let Some(pos) = self.search_list.iter().position(|&i| i == self.dryad) {
            let pred = self.search_list[pos.saturating_sub(1)];
            let at = v.iter().position(|&i| i == pred).map_or(v.len(), |p| p + 1);
            v.insert(at, self.dryad);
        }
        for &(f, filter) in &self.chain_moves {
            if let (Some(p), true) = (v.iter().position(|&x| x == f), v.contains(&filter)) {
                v.remove(p);
                let at = v.iter().position(|&x| x == filter).unwrap_or(v.len());
                v.insert(at, f);
            }
        }
        v
    }
}

/// Object `o` answers to `name` from now on, and to `asked` too when an
/// audit module rewrote that into `name` (glibc's `add_name_to_object`
/// of the original name).
#[inline(always)]
fn known_as(o: &mut Object, name: &[u8], asked: &[u8]) {
    o.names.push(name.into());
    if asked != name {
        o.names.push(asked.into());
    }
}

/// The two orders glibc can sort objects in (`_dl_sort_maps`); they agree
/// on every acyclic dependency graph up to the order of unrelated
/// objects, and programs come to depend on that order too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DsoSort {
    /// `_dl_sort_maps_original`: the only algorithm up to glibc 2.34, and
    /// `glibc.rtld.dynamic_sort=1` after.
    Original,
    /// `_dl_sort_maps_dfs`: `glibc.rtld.dynamic_sort=2`, the default since
    /// glibc 2.35.
    Dfs,
}

/// glibc's `_dl_sort_maps` for `maps` with `algo`: returns the maps with
/// every object before its dependencies (finaliser order; initialisers
/// run from the end), `first` first.
pub fn sort_maps(objects: &[Object], maps: &[usize], first: usize, algo: DsoSort) -> Vec<usize> {
    match algo {
        DsoSort::Dfs => sort_maps_dfs(objects, maps, first),
        DsoSort::Original => sort_maps_original(objects, maps, first, false),
    }
}

/// `_dl_sort_maps_original`: `first` first, then the rest in list order,
/// each object moved behind the last object that depends on it
/// (`Object::needed`, glibc's `l_initfini`), repeatedly; an object seen
/// more often than the objects behind it are many is part of a cycle and
/// stays where it is.
///
/// For finalisers (`for_fini`), an object is also moved behind the last
/// object whose relocation dependencies name it, unless it needs that
/// object itself (the link-time dependency wins a cycle).
fn sort_maps_original(objects: &[Object], maps: &[usize], first: usize, for_fini: bool) -> Vec<usize> {
    let mut out: Vec<usize> = maps.to_vec();
    let fixed = match out.iter().position(|&m| m == first) {
        Some(pos) => {
            let f = out.remove(pos);
            out.insert(0, f);
            1
        }
        None => 0,
    };
    let depends = |on: usize, this: usize| {
        objects[on].needed.contains(&this)
            || (for_fini && objects[on].reldeps.lock().contains(&this) && !objects[this].needed.contains(&on))
    };
    let rest = &mut out[fixed..];
    let n = rest.len();
    if n <= 1 {
        return out;
    }
    let mut seen = alloc::vec![0u32; n];
    let mut i = 0;
    loop {
        seen[i] += 1;
        let this = rest[i];
        let mut k = n - 1;
        let mut moved = false;
        while k > i {
            if depends(rest[k], this) {
                // Move `this` behind the last object that needs it.
                rest[i..=k].rotate_left(1);
                if seen[i + 1] as usize > n - i {
                    // The object now at `i` went round too often: a cycle.
                    i += 1;
                    seen[i..].fill(0);
                } else {
                    seen[i..=k].rotate_left(1);
                }
                moved = true;
                break;
            }
            k -= 1;
        }
        if moved {
            continue;
        }
        i += 1;
        if i == n {
            break;
        }
        seen[i..].fill(0);
    }
    out
}

/// `_dl_sort_maps_dfs`: a topological sort of `maps`, returning the maps
/// with every object before its dependencies; `first` stays first.
fn sort_maps_dfs(objects: &[Object], maps: &[usize], first: usize) -> Vec<usize> {
    sort_maps_dfs_with(objects, maps, first, false)
}

/// glibc's `_dl_sort_maps` for finalisers (`for_fini`): the relocation
/// dependencies (`Object::reldeps`) count too. With the DFS algorithm, a
/// first pass follows both kinds of link (each object's DT_NEEDED ones,
/// then its relocation dependencies newest first); if it met any, a second
/// pass over its result follows only the DT_NEEDED ones, so that those
/// win where the two disagree. The original algorithm (glibc 2.31's only
/// one) moves an object behind those whose relocation dependencies name
/// it too.
pub fn sort_maps_for_fini(objects: &[Object], maps: &[usize], first: usize, algo: DsoSort) -> Vec<usize> {
    let reldeps = maps.iter().any(|&m| !objects[m].reldeps.lock().is_empty());
    match algo {
        DsoSort::Dfs if reldeps => {
            let pass = sort_maps_dfs_with(objects, maps, first, true);
            sort_maps_dfs_with(objects, &pass, first, false)
        }
        DsoSort::Original => sort_maps_original(objects, maps, first, true),
        DsoSort::Dfs => sort_maps(objects, maps, first, algo),
    }
}

fn sort_maps_dfs_with(objects: &[Object], maps: &[usize], first: usize, reldeps: bool) -> Vec<usize> {
    let n = maps.len();
    let mut visited = alloc::vec![false; objects.len()];
    let mut rpo: Vec<usize> = Vec::with_capacity(n);
    let edges = |obj: usize| -> Vec<usize> {
        let mut e = objects[obj].needed.clone();
        if reldeps {
            e.extend(objects[obj].reldeps.lock().iter().rev());
        }
        e
    };
    let dfs = |map: usize, main: usize, visited: &mut [bool], rpo: &mut Vec<usize>, in_set: &[bool]| {
        // Iterative DFS (a 1000-deep dependency chain must not overflow
        // the stack): each frame is (object, its links, next link index).
        let mut stack: Vec<(usize, Vec<usize>, usize)> = alloc::vec![(map, edges(map), 0)];
        visited[map] = true;
        while let Some(top) = stack.last_mut() {
            if top.2 < top.1.len() {
                let dep = top.1[top.2];
                top.2 += 1;
                if !visited[dep] && dep != main && in_set[dep] {
                    visited[dep] = true;
                    let e = edges(dep);
                    stack.push((dep, e, 0));
                }
            } else {
                rpo.push(top.0);
                stack.pop();
            }
        }
    };
    let mut in_set = alloc::vec![false; objects.len()];
    for &m in maps {
        in_set[m] = true;
    }
    for &m in maps.iter().rev() {
        if !visited[m] {
            dfs(m, first, &mut visited, &mut rpo, &in_set);
        }
        if rpo.len() == n {
            break;
        }
    }
    // `rpo` was filled in post-order; glibc fills its array from the end,
    // so the sorted list is the reverse.
    rpo.reverse();
    if let Some(pos) = rpo.iter().position(|&m| m == first) {
        let f = rpo.remove(pos);
        rpo.insert(0, f);
    }
    rpo
}

/// LD_DEBUG=files: glibc's lines for a link map just made of `obj`, found
/// as `name` (for the program run directly, the path it was named by).
pub fn debug_link_map(name: &[u8], obj: &Object) {
    crate::debug_log!("file={} [{}];  generating link map", Bytes(name), obj.lmid);
    crate::debug_log!("  dynamic: 0x{:016x}  base: 0x{:016x}   size: 0x{:016x}", obj.dynamic_addr, obj.base, obj.map_end - obj.map_start);
    // glibc's l_entry: the load address plus e_entry (the base itself for
    // a library whose e_entry is 0).
    let entry = if obj.entry == 0 { obj.base } else { obj.entry };
    crate::debug_log!("    entry: 0x{:016x}  phdr: 0x{:016x}  phnum: {:>18}\n\n", entry, obj.phdr_addr, obj.phdrs.len());
}

/// Puts object `f` just before `before` in `list` (a filtee before its
/// filter, as glibc's `_dl_map_object_deps` does): added there if absent,
/// moved there if it comes later, left alone if it comes earlier. Returns
/// whether it was put there.
pub fn place_before(list: &mut Vec<usize>, f: usize, before: usize) -> bool {
    let Some(at) = list.iter().position(|&x| x == before) else { return false };
    match list.iter().position(|&x| x == f) {
        Some(p) if p < at => false,
        Some(p) => {
            list.remove(p);
            list.insert(at, f);
            true
        }
        None => {
            list.insert(at, f);
            true
        }
    }
}
