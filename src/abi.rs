//! The one interface between dryad's core and a libc adapter.
//!
//! The core (loading, linking, TLS layout, lazy binding, `dlopen`, the
//! driver) knows nothing of any libc's private structures. What a libc
//! needs from its dynamic linker — glibc's `_rtld_global`, its link maps,
//! its `struct pthread` for the initial thread, its CPU features — is the
//! business of an adapter (`src/glibc/`), which the core tells about each
//! event of the pipeline through [`Libc`] and asks for the few numbers it
//! needs (the TCB's size and alignment, the static TLS surplus).
//!
//! The direction is one way: the core calls the adapter only through this
//! trait, and never names the adapter's module; the adapter calls the
//! core through the core's public API (`dlopen::open`,
//! `rtld::with_namespace`, `lookup`, ...). `src/main.rs` picks the
//! adapter family ([`Select`]) and hands it to `rtld::start`; the
//! adapter for the release of the `libc.so.6` actually loaded is chosen
//! once loading is done.

use crate::config::Config;
use crate::error::LoadResult;
use crate::namespace::Namespace;
use crate::object::Object;
use crate::startup::InitialStack;
use crate::tls::StartupTls;
use core::ffi::c_void;

/// What the adapter associates with each object (glibc: its `struct
/// link_map`), opaque to the core. The core only compares, stores and
/// passes it on: it is what `dlopen` returns, what the lazy-binding
/// trampoline receives in GOT[1], and, for debuggers, the head of the
/// `r_debug.r_map` chain — so it must point at a structure that starts
/// with the SVR4 `struct link_map` (`l_addr`, `l_name`, `l_ld`, `l_next`,
/// `l_prev`), as every libc's does. Null until the adapter publishes the
/// object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct Handle(*mut c_void);

impl Handle {
    pub const NULL: Handle = Handle(core::ptr::null_mut());

    pub fn from_ptr<T>(p: *mut T) -> Handle {
        Handle(p as *mut c_void)
    }

    pub fn cast<T>(self) -> *mut T {
        self.0 as *mut T
    }

    pub fn is_null(self) -> bool {
        self.0.is_null()
    }

    pub fn addr(self) -> usize {
        self.0 as usize
    }
}

/// A libc adapter: one release of one libc's private contract.
pub trait Libc: Sync {
    /// Step 1, after loading and before anything is relocated: process-wide
    /// settings libc reads (tunables, CPU features, page size, secure
    /// mode, the debug mask, `argv`, the stack end...).
    fn configure(&self, stack: &InitialStack, config: &Config);
    /// How initialiser and finaliser orders are sorted (asked after
    /// [`Libc::configure`], whose tunables may choose).
    fn dso_sort(&self) -> crate::namespace::DsoSort;
    /// Size and alignment of the thread control block at the thread
    /// pointer, which the static TLS area ends with.
    fn tcb_size(&self) -> usize;
    fn tcb_align(&self) -> usize;
    /// Bytes of static TLS kept free for objects loaded later.
    fn static_tls_surplus(&self) -> usize;
    /// Of the surplus, the bytes optional placements (TLSDESC accesses to a
    /// dlopen'ed module) may take.
    fn optional_static_tls(&self) -> usize {
        0
    }
    /// A dlopen'ed module of `obj` was given a block in the static TLS
    /// surplus at `m.offset`: record it where the libc looks, and copy its
    /// image into that block in every running thread.
    fn init_static_tls(&self, obj: &Object, m: &crate::tls::TlsModule);
    /// A block of the libc's own in every thread's static TLS area, after
    /// the modules' blocks (none: the default).
    fn extra_static_tls(&self, stack: &InitialStack) -> crate::tls::ExtraBlock {
        let _ = stack;
        crate::tls::ExtraBlock::default()
    }
    /// Step 2: the static TLS layout is known and the thread pointer points
    /// at the initial thread's zeroed TCB.
    fn thread_ready(&self, tls: &StartupTls, tp: usize, pointer_guard: usize);
    /// The main stack was made executable (PT_GNU_STACK asked for it).
    fn stack_made_executable(&self);
    /// Step 3: every startup object is loaded, ordered and has its TLS
    /// module; give each a [`Handle`] and publish them to libc.
    fn publish(&self, ns: &mut Namespace);
    /// Relocation is done; `symbolic` relocations needed a lookup.
    fn relocated(&self, symbolic: usize);
    /// `DT_RELACOUNT` of the release's own ld.so, which glibc's
    /// `LD_DEBUG=statistics` counts among the relative relocations.
    fn ldso_relacount(&self) -> usize {
        0
    }
    /// glibc's `elf_machine_type_class` of R_X86_64_GLOB_DAT: 4
    /// (ELF_RTYPE_CLASS_EXTERN_PROTECTED_DATA) before 2.36, 0 since.
    fn glob_dat_class(&self) -> u8 {
        0
    }
    /// Whether LD_DEBUG's `calling init`/`calling fini` lines name every
    /// object initialised (glibc 2.36 on; with an empty name for the
    /// program at exit) rather than only those with constructors or
    /// destructors (glibc 2.31, naming the program by argv[0]).
    fn announces_every_init(&self) -> bool {
        true
    }
    /// Step 4: just before the first initialiser (libc's early init).
    fn before_initialisers(&self, ns: &Namespace);
    /// An object's initialisers are about to run.
    fn init_called(&self, obj: &Object);
    /// `dlopen` loaded the objects `new`, not yet relocated: give them
    /// handles.
    fn opening(&self, ns: &mut Namespace, new: &[usize]);
    /// `dlopen` relocated `new`; `root` is the object opened, `local` its
    /// dependency list, `global` whether RTLD_GLOBAL added it to the
    /// global scope.
    fn opened(&self, ns: &mut Namespace, new: &[usize], root: usize, local: &[usize], global: bool);
    /// `dlopen` of an object already loaded; `global_grew`: RTLD_GLOBAL
    /// added objects to the global scope.
    fn opened_again(&self, ns: &Namespace, root: usize, local: &[usize], global_grew: bool);
    /// RTLD_GLOBAL objects joined the global scope (after their
    /// initialisers ran, as glibc adds them).
    fn global_scope_grew(&self, ns: &Namespace);
    /// `dlmopen` loaded and relocated another copy of libc (object `libc`)
    /// into a new namespace: its early initialisation, told it is not the
    /// initial libc, before any initialiser runs.
    fn secondary_libc(&self, ns: &Namespace, libc: usize);
    /// Whether `libc`, a further `libc.so.6` a dlopen loaded (a dlmopen
    /// namespace's, or one opened by path), may run beside this one.
    fn accepts_libc(&self, _libc: &Object) -> LoadResult<()> {
        Ok(())
    }
    /// Before `fork` (dryad's atfork handlers): the libc's own loader lock,
    /// which `dlopen` takes before the namespace lock, is taken before it
    /// here too.
    fn fork_prepare(&self) {}
    /// After `fork`: that lock released (`child`: made anew, its owner is
    /// not in the child).
    fn fork_release(&self, _child: bool) {}
    /// The rtld-audit version this release's ld.so offers (`LAV_CURRENT`).
    fn audit_version(&self) -> u32;
    /// `count` audit modules are loaded ([`crate::audit::auditors`]): libc
    /// learns so (`GLRO(dl_naudit)`: its dlsym and start code call back).
    fn auditing(&self, count: usize);
    /// Unloads what a dlopen of `handle` loaded, as `dlclose` would (a
    /// rejected audit module).
    fn close(&self, handle: Handle);
    /// Where object `handle`'s per-module audit states live (glibc's
    /// `link_map_audit_state`: after its link map; null: no map).
    fn audit_states(&self, handle: Handle) -> *mut crate::audit::AuditState;
    /// Object `handle` wants to hear of bindings (`l_audit_any_plt`).
    fn audit_any_plt(&self, handle: Handle);
    /// How the release's ld.so tells audit modules what it does.
    fn audit_rules(&self) -> crate::audit::Rules;
}

/// Chooses the adapter for the loaded objects (their `libc.so.6`), or
/// refuses them with a load error.
pub type Select = fn(&Namespace) -> LoadResult<&'static dyn Libc>;

/// How the dynamic linker's own command line behaves (run directly),
/// where the libc's releases differ. Asked only when it matters (no
/// program named, `--help`, `--version`, an unknown `--` option), before
/// anything is loaded, so the adapter family answers for the libc the
/// program would get.
#[derive(Clone, Copy, Debug)]
pub struct CommandLine {
    /// The exit status when no program is named (`ldd` of old releases
    /// probes for 127).
    pub no_program_status: i32,
    /// Whether `--help` and `--version` are options; if not, they and any
    /// other unknown `--` argument are taken as the program's name.
    pub help_and_version: bool,
    /// `--list-tunables`, if the libc's release has it: prints its tunables
    /// as its ld.so would at startup (after the CPU probe narrowed some).
    pub list_tunables: Option<fn(&crate::startup::InitialStack, &crate::config::Config)>,
    /// Whether `--glibc-hwcaps-prepend` and `--glibc-hwcaps-mask` are
    /// options (glibc 2.33 and later); if not, they name the program.
    pub glibc_hwcaps_options: bool,
    /// `--list-diagnostics` (glibc 2.33 on; dryad: 2.36, 2.41, 2.43), if done for the
    /// libc's release: prints glibc's diagnostics and exits.
    pub list_diagnostics: Option<fn(&crate::startup::InitialStack, &crate::config::Config)>,
    /// Whether `LD_DEBUG=libs` names `--library-path`'s directories after
    /// the option (glibc 2.33 on) rather than `LD_LIBRARY_PATH`.
    pub library_path_named: bool,
    /// The vDSO functions the release's ld.so looks up at startup
    /// (`setup_vdso_pointers`), in its order.
    pub vdso_functions: &'static [&'static [u8]],
    /// Whether LD_DEBUG has the `tls` and `security` categories (2.43 on).
    pub debug_release_categories: bool,
}

/// The [`CommandLine`] rules for a configuration (its library path and
/// cache setting decide which libc would be loaded).
pub type CommandLineRules = fn(&crate::config::Config) -> CommandLine;

/// The CPU-chosen part of the library search ([`crate::search::Hwcaps`])
/// for the libc the program gets: `libc` if it is loaded already, else the
/// one the configuration would find. Asked once, when the search first
/// needs it (a directory search, or a cache entry with hwcap bits), so
/// that a program whose libraries all come from the cache's plain entries
/// pays nothing for it. With no libc loaded, the libc looked at is
/// returned too, mapped but never relocated or run: the search takes that
/// mapping if it finds the same file (else it is unmapped once the startup
/// objects are loaded, [`Namespace::drop_probed_libc`]). The last argument
/// is the ld.so cache's bytes, where that libc may be found (None when
/// inhibited, missing, or not needed: a libc is loaded).
pub type HwcapsRules = fn(&InitialStack, &Config, Option<&Object>, Option<&[u8]>) -> (crate::search::Hwcaps, Option<Object>);

static ADAPTER: spin::Once<&'static dyn Libc> = spin::Once::new();

/// Records the adapter chosen at startup (once).
pub fn set_libc(adapter: &'static dyn Libc) -> &'static dyn Libc {
    *ADAPTER.call_once(|| adapter)
}

/// The adapter chosen at startup; None before loading is done.
pub fn libc() -> Option<&'static dyn Libc> {
    ADAPTER.get().copied()
}
