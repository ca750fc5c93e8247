//! A loaded object: the program, a shared library, or dryad itself.

use crate::elf::{DynamicInfo, MappedImage, ProgramHeader};
use crate::abi::Handle;
use crate::symbols::SymbolTable;
use alloc::vec::Vec;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectKind {
    /// The program being run.
    Main,
    /// A shared library from the DT_NEEDED closure or LD_PRELOAD.
    Library,
    /// dryad itself (`ld-linux-x86-64.so.2`): already relocated.
    Dryad,
    /// The kernel's vDSO (`linux-vdso.so.1`): mapped and relocated by the
    /// kernel; only its symbols are used.
    Vdso,
}

/// One PT_LOAD segment as mapped: `[start, end)` and its protection.
#[derive(Clone, Copy, Debug)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub prot: i32,
}

pub struct Object {
    pub kind: ObjectKind,
    /// The path it was opened by (glibc's `l_name`); empty for the program
    /// started by the kernel.
    pub path: Vec<u8>,
    /// `path` followed by a NUL: `l_name` points into it, so it is kept
    /// alive (and never reallocated) as long as the object.
    _path_c: Vec<u8>,
    /// Names it was requested by (DT_NEEDED strings, preload names).
    pub names: Vec<Vec<u8>>,
    pub soname: Option<&'static [u8]>,
    /// Load bias: run-time address minus link-time address.
    pub base: usize,
    pub map_start: usize,
    pub map_end: usize,
    pub phdrs: Vec<ProgramHeader>,
    /// Run-time address of the program headers (AT_PHDR for the program).
    pub phdr_addr: usize,
    pub segments: Vec<Segment>,
    pub image: MappedImage,
    pub dynamic_addr: usize,
    pub dynamic: DynamicInfo,
    pub symbols: SymbolTable,
    pub entry: usize,
    pub relro: Option<(usize, usize)>,
    /// (st_dev, st_ino) of the file, to load each file once.
    pub file_id: Option<(u64, u64)>,
    /// Direct dependencies, in DT_NEEDED order (glibc's `l_initfini` minus self).
    pub needed: Vec<usize>,
    /// The object whose DT_NEEDED (or preload) brought this one in.
    pub loader: Option<usize>,
    /// Directory the object was loaded from, for `$ORIGIN`.
    pub origin: Option<Vec<u8>>,
    /// The libc adapter's handle for the object (glibc: its `struct
    /// link_map`, which debuggers and libc read); null until published.
    pub handle: Handle,
    pub init_called: bool,
    /// How often a dlopen named this object itself (glibc's
    /// `l_direct_opencount`; the program starts at 1). Once it is not 0,
    /// its dependency list exists (glibc: a non-empty `l_searchlist`), and
    /// a later dlopen of it is an "already open" one.
    pub direct_opens: u32,
    /// The object's PT_TLS segment, if any, once it has a module id.
    pub tls: Option<crate::tls::TlsModule>,
    /// For objects loaded by dlopen: the opened object's dependency list,
    /// searched after the global scope when their references are resolved.
    /// None: the global scope only.
    pub local_scope: Option<Vec<usize>>,
    /// A dlopen named it itself at least once, so its dependency list
    /// exists (glibc: a non-empty `l_searchlist`, kept when dlclose brings
    /// the count back to 0 and the object stays).
    pub opened: bool,
    /// Loaded by a dlopen, so dlclose may unload it (glibc's `lt_loaded`).
    pub unloadable: bool,
    /// Never to be unloaded (RTLD_NODELETE, DF_1_NODELETE, or bound to by
    /// an object that is never unloaded: glibc's `l_nodelete_active`). Set
    /// by lookups, which share the namespace.
    pub nodelete: core::sync::atomic::AtomicBool,
    /// Objects this one's relocations bound to outside its dependencies
    /// (glibc's `l_reldeps`): kept loaded as long as it is. Added to by
    /// lookups, which share the namespace.
    pub reldeps: spin::Mutex<Vec<usize>>,
    /// The `tls_index` arguments of this object's dynamic TLS descriptors
    /// ([`Object::tlsdesc_index`]).
    pub tlsdesc: spin::Mutex<Vec<alloc::boxed::Box<crate::tls::TlsIndex>>>,
    /// Loaded by a `dlopen` with RTLD_DEEPBIND: its own tree's list comes
    /// before the global scope in its lookups (glibc's `l_scope` order).
    pub deepbind: bool,
    /// The link-map namespace it was loaded into (glibc's `l_ns`): 0, the
    /// program's, or one a `dlmopen` made. dryad itself serves every
    /// namespace from 0.
    pub lmid: usize,
    /// Scopes later dlopens added (glibc's `update_scopes`): this object,
    /// loaded and initialised by an earlier dlopen, was part of a later
    /// opened tree, whose dependency list it then searches too, after its
    /// own scopes. Each is (the opened object, its list).
    pub added_scopes: Vec<(usize, Vec<usize>)>,
    /// The filtees found for its DT_FILTER and DT_AUXILIARY entries, in
    /// order: they go before it in any list built from its dependencies.
    pub filtees: Vec<usize>,
    /// dlclose is running its finalisers: no dlopen finds it any more.
    pub closing: bool,
    /// Unloaded: this slot is only a place holder (indices stay stable).
    pub unloaded: bool,
    /// Under the profiling trampoline, each PLT slot's binding once made
    /// (by DT_JMPREL index), see [`crate::audit::PltBinding`].
    pub plt_bindings: spin::Mutex<Vec<Option<crate::audit::PltBinding>>>,
}

impl Object {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        kind: ObjectKind,
        path: &[u8],
        base: usize,
        phdrs: Vec<ProgramHeader>,
        phdr_addr: usize,
        segments: Vec<Segment>,
        dynamic_addr: usize,
        dynamic: DynamicInfo,
        symbols: SymbolTable,
        entry: usize,
    ) -> Object {
        let mut path_c = Vec::with_capacity(path.len() + 1);
        path_c.extend_from_slice(path);
        path_c.push(0);
        let image = MappedImage {
            regions: segments
                .iter()
                .filter(|s| s.prot & libc::PROT_READ != 0)
                .map(|s| crate::elf::Region { start: s.start, end: s.end })
                .collect(),
        };
        let map_start = segments.iter().map(|s| s.start & !4095).min().unwrap_or(base);
        let map_end = segments.iter().map(|s| s.end.next_multiple_of(4096)).max().unwrap_or(base);
        let relro = phdrs
            .iter()
            .find(|p| p.p_type == goblin::elf::program_header::PT_GNU_RELRO)
            .map(|p| (base + p.p_vaddr as usize, p.p_memsz as usize));
        let soname = dynamic.soname.and_then(|off| dynamic.string(&image, off));
        let tls = crate::tls::TlsModule::from_phdrs(&phdrs, base);
        Object {
            kind,
            path: path.into(),
            _path_c: path_c,
            names: Vec::new(),
            soname,
            base,
            map_start,
            map_end,
            phdrs,
            phdr_addr,
            segments,
            image,
            dynamic_addr,
            dynamic,
            symbols,
            entry,
            relro,
            file_id: None,
            needed: Vec::new(),
            loader: None,
            origin: None,
            tls,
            local_scope: None,
            handle: Handle::NULL,
            init_called: false,
            direct_opens: 0,
            opened: false,
            unloadable: false,
            nodelete: core::sync::atomic::AtomicBool::new(false),
            reldeps: spin::Mutex::new(Vec::new()),
            tlsdesc: spin::Mutex::new(Vec::new()),
            deepbind: false,
            lmid: 0,
            added_scopes: Vec::new(),
            filtees: Vec::new(),
            closing: false,
            unloaded: false,
            plt_bindings: spin::Mutex::new(Vec::new()),
        }
    }

    /// What is left of an unloaded object: its slot, answering to no name,
    /// with no segment, symbol or dependency (its memory is unmapped).
    /// A `tls_index` for a dynamic TLS descriptor of this object's
    /// relocations: kept with the object (freed when it is unloaded) and
    /// returned as the descriptor's argument. A descriptor for the same
    /// module and offset shares one (glibc's `l_mach.tlsdesc_table`).
    pub fn tlsdesc_index(&self, index: crate::tls::TlsIndex) -> usize {
        let mut kept = self.tlsdesc.lock();
        if let Some(k) = kept.iter().find(|k| k.module == index.module && k.offset == index.offset) {
            return &**k as *const crate::tls::TlsIndex as usize;
        }
        let b = alloc::boxed::Box::new(index);
        let at = &*b as *const crate::tls::TlsIndex as usize;
        kept.push(b);
        at
    }

    pub fn unload(&mut self) {
        self.path = Vec::new();
        self._path_c = alloc::vec![0];
        self.names = Vec::new();
        self.soname = None;
        self.phdrs = Vec::new();
        self.segments = Vec::new();
        self.image = MappedImage { regions: Vec::new() };
        self.dynamic = DynamicInfo::default();
        self.symbols = SymbolTable::default();
        self.relro = None;
        self.file_id = None;
        self.needed = Vec::new();
        self.origin = None;
        self.handle = Handle::NULL;
        self.init_called = false;
        self.tls = None;
        self.local_scope = None;
        *self.reldeps.lock() = Vec::new();
        *self.tlsdesc.lock() = Vec::new();
        self.deepbind = false;
        self.added_scopes = Vec::new();
        self.filtees = Vec::new();
        self.closing = false;
        self.opened = false;
        self.unloaded = true;
        self.map_start = 0;
        self.map_end = 0;
        self.base = 0;
        self.entry = 0;
        self.dynamic_addr = 0;
        self.phdr_addr = 0;
    }

    /// The name used in messages: the path, or the program name for the
    /// kernel-started program.
    pub fn display_name<'a>(&'a self, program: &'a [u8]) -> &'a [u8] {
        if self.path.is_empty() {
            program
        } else {
            &self.path
        }
    }

    /// The path as a NUL-terminated C string (for `l_name`).
    pub fn path_c(&self) -> &[u8] {
        &self._path_c
    }

    /// Whether this object answers to `name` (a DT_NEEDED string).
    pub fn answers_to(&self, name: &[u8]) -> bool {
        !self.closing && !self.unloaded && (self.soname == Some(name) || self.path == name || self.names.iter().any(|n| n == name))
    }

    /// Whether a `dlopen` or DT_NEEDED of `name` finds this object: as
    /// [`Object::answers_to`], except that the program answers only to
    /// its soname (and to "", `dlopen(NULL)`), not to its path, as in
    /// glibc, where the main map's name is empty in every mode.
    pub fn found_by_request(&self, name: &[u8]) -> bool {
        if self.kind == ObjectKind::Main {
            return !self.closing && (name.is_empty() && self.path.is_empty() || self.soname == Some(name));
        }
        self.answers_to(name)
    }

    pub fn string(&self, off: usize) -> Option<&'static [u8]> {
        self.dynamic.string(&self.image, off)
    }

    /// The words of an address table of this object (DT_INIT_ARRAY and
    /// friends); empty if it lies outside the object.
    pub fn table_words(&self, table: crate::elf::Table) -> Vec<usize> {
        let Some(bytes) = self.image.slice(table.addr, table.size) else { return Vec::new() };
        crate::elf::records::<u64>(bytes).map(|v| v as usize).collect()
    }

    /// The object's constructors in call order: DT_INIT, then the
    /// DT_INIT_ARRAY entries (0 and -1 are skipped, as glibc's toolchain
    /// uses them as markers). Each must point into the code of a loaded
    /// object (`code`, see [`crate::rtld::code_ranges`]).
    pub fn constructors(&self, code: &[(usize, usize)]) -> crate::error::LoadResult<Vec<usize>> {
        let mut fns: Vec<usize> = self.dynamic.init.into_iter().collect();
        fns.extend(self.table_words(self.dynamic.init_array).into_iter().filter(|&f| f != 0 && f != usize::MAX));
        if fns.iter().any(|&f| !crate::rtld::in_code(code, f)) {
            return Err(crate::error::LoadError::new(&self.path, "corrupt object: DT_INIT_ARRAY entry outside the object's code"));
        }
        Ok(fns)
    }

    /// Makes the object's PT_GNU_RELRO region read-only (after relocation),
    /// with glibc's error if that fails.
    pub fn protect_relro(&self) -> crate::error::LoadResult<()> {
        let Some((start, size)) = self.relro else { return Ok(()) };
        let page = crate::load::PAGE;
        let (lo, hi) = (start & !(page - 1), (start + size) & !(page - 1));
        if hi > lo {
            // SAFETY: the RELRO range lies in this object's own data, fully
            // relocated; nothing writes it from now on.
            unsafe { crate::sys::mprotect(lo, hi - lo, libc::PROT_READ) }.map_err(|e| {
                crate::error::LoadError::with_errno(&self.path, "cannot apply additional memory protection after relocation", e)
            })?;
        }
        Ok(())
    }

    pub fn needed_names(&self) -> impl Iterator<Item = Option<&'static [u8]>> + '_ {
        self.dynamic.needed.iter().map(|&off| self.string(off))
    }
}
