//! Everything that depends on glibc's private contract with its `ld.so`:
//! the libc adapters behind [`crate::abi::Libc`].
//!
//! The rest of dryad talks about objects, symbols and TLS in its own
//! terms. Here each supported release has a module (`v2_36`, ...) with
//! that release's structures (`_rtld_global`, `_rtld_global_ro`, `struct
//! link_map`, the TCB, `cpu_features`, the tunables) at their exact
//! layout with compile-time offset checks, and an instance of the shared
//! handshake (handshake.rs, pthread.rs) over them. What every release
//! shares is at this level: the exported functions libc imports
//! (exports.rs), the error forwarding, `_dl_find_object`, `dlsym`'s
//! lookup, the tunables machinery, and [`select`], which picks the
//! release module for the `libc.so.6` that was loaded.

pub mod cpu_features;
pub mod diagnostics;
pub mod diagnostics_cpuid;
pub mod cpu_features_2_31;
pub mod cpu_features_2_41;
pub mod errors;
pub mod exports;
pub mod find_object;
pub mod hwcaps;
pub mod lookup_x;
pub mod printf;
pub mod release;
pub mod tunables;
pub mod v2_31;
pub mod v2_36;
pub mod v2_41;
pub mod v2_43;

/// Structures every supported release lays out the same way (the public
/// `<link.h>` prefix of `struct link_map` behind a pointer, `struct
/// dl_find_object`, `struct dl_exception`, `struct r_scope_elem`, `struct
/// r_found_version`), used by the modules shared between releases.
pub mod shared {
    pub use super::v2_36::layout::{DlException, DlFindObject, LinkMap, RFoundVersion, RScopeElem};
}
pub use shared::LinkMap;

use crate::abi::Libc;
use crate::error::LoadResult;
use crate::namespace::Namespace;

/// Storage of the two objects libc reaches its ld.so's state through,
/// exported as `_rtld_global` and `_rtld_global_ro` (GLIBC_PRIVATE). Their
/// layout is the release's, so each is a block of bytes large enough for
/// every supported release's struct; the adapter writes its initial value
/// when it is configured, before libc is relocated (libc reaches both
/// through GOT entries only, never by copy relocation). `_rtld_global_ro`
/// lives in RELRO, like glibc's: written during startup, read-only once
/// the program runs.
#[repr(C, align(8))]
pub struct Storage<const N: usize>(pub [u8; N]);

/// `sizeof (struct rtld_global)`, the largest of: 2.36 4336, 2.41 2888,
/// 2.43 2120.
pub const RTLD_GLOBAL_STORAGE: usize = 4336;
/// `sizeof (struct rtld_global_ro)`, the largest of: 2.36 896, 2.41 952,
/// 2.43 928.
pub const RTLD_GLOBAL_RO_STORAGE: usize = 952;

#[allow(non_upper_case_globals)] // glibc's names
#[cfg_attr(feature = "rtld", no_mangle)]
pub static mut _rtld_global: Storage<RTLD_GLOBAL_STORAGE> = Storage([0; RTLD_GLOBAL_STORAGE]);

#[allow(non_upper_case_globals)]
#[cfg_attr(feature = "rtld", no_mangle)]
#[cfg_attr(feature = "rtld", link_section = ".data.rel.ro")]
pub static mut _rtld_global_ro: Storage<RTLD_GLOBAL_RO_STORAGE> = Storage([0; RTLD_GLOBAL_RO_STORAGE]);

/// `GLRO(dl_x86_cpu_features)` of the release in use, for
/// `_dl_x86_get_cpu_features` (set when the adapter is configured).
pub static CPU_FEATURES: core::sync::atomic::AtomicPtr<u8> = core::sync::atomic::AtomicPtr::new(core::ptr::null_mut());

/// The release module's offsets of `struct pthread`'s stack fields, for
/// `__nptl_change_stack_perm` (set when the adapter is configured).
pub struct PthreadStackFields {
    pub stackblock: usize,
    pub stackblock_size: usize,
    pub guardsize: usize,
}
pub static PTHREAD_STACK_FIELDS: spin::Once<PthreadStackFields> = spin::Once::new();

/// The [`crate::abi::CommandLine`] rules of the libc a program would get
/// (see [`release::of_system_libc`]): before 2.33 glibc's ld.so had no
/// `--help` or `--version` and, with no program named, exited with 127,
/// which the `ldd` of those releases tests for.
pub fn command_line(config: &crate::config::Config) -> crate::abi::CommandLine {
    const VDSO: &[&[u8]] = &[b"__vdso_clock_gettime", b"__vdso_gettimeofday", b"__vdso_time", b"__vdso_getcpu", b"__vdso_clock_getres"];
    const VDSO_2_41: &[&[u8]] =
        &[b"__vdso_clock_gettime", b"__vdso_gettimeofday", b"__vdso_time", b"__vdso_getcpu", b"__vdso_clock_getres", b"__vdso_getrandom"];
    let modern = |list_tunables| crate::abi::CommandLine {
        no_program_status: 1,
        help_and_version: true,
        list_tunables,
        glibc_hwcaps_options: true,
        list_diagnostics: None,
        library_path_named: true,
        vdso_functions: VDSO,
        debug_release_categories: false,
    };
    match release::of_system_libc(config).map(|r| r.minor) {
        Some(m) if m < 33 => crate::abi::CommandLine {
            no_program_status: 127,
            help_and_version: false,
            list_tunables: None,
            glibc_hwcaps_options: false,
            list_diagnostics: None,
            library_path_named: false,
            vdso_functions: VDSO,
            debug_release_categories: false,
        },
        Some(36) => crate::abi::CommandLine { list_diagnostics: Some(v2_36::list_diagnostics), ..modern(Some(v2_36::list_tunables)) },
        Some(41) => crate::abi::CommandLine {
            list_diagnostics: Some(v2_41::list_diagnostics),
            vdso_functions: VDSO_2_41,
            ..modern(Some(v2_41::list_tunables))
        },
        Some(43) => crate::abi::CommandLine {
            list_diagnostics: Some(v2_43::list_diagnostics),
            vdso_functions: VDSO_2_41,
            debug_release_categories: true,
            ..modern(Some(v2_43::list_tunables))
        },
        _ => crate::abi::CommandLine { vdso_functions: VDSO_2_41, debug_release_categories: true, ..modern(None) },
    }
}

/// The CPU-chosen part of the library search ([`crate::abi::HwcapsRules`])
/// of the release of `libc` (loaded already) or, before it is, of the
/// libc the configuration would find ([`release::of_system_libc`]): each
/// release module's `library_search_hwcaps` (hwcaps.rs). With no glibc to
/// be found (the libc-free fixtures), the newest supported release's.
pub fn search_hwcaps(
    stack: &crate::startup::InitialStack,
    config: &crate::config::Config,
    libc: Option<&crate::object::Object>,
    cache: Option<&[u8]>,
) -> (crate::search::Hwcaps, Option<crate::object::Object>) {
    let (release, probed) = match libc {
        Some(l) => (release::of_libc(l).ok(), None),
        None => match release::probe_system_libc(config, cache) {
            Some((release, libc)) => (release, Some(libc)),
            None => (None, None),
        },
    };
    let hwcaps = match release.map(|r| r.minor) {
        Some(31) => v2_31::library_search_hwcaps(stack, config),
        Some(36) => v2_36::library_search_hwcaps(stack, config),
        Some(41) => v2_41::library_search_hwcaps(stack, config),
        // An unsupported release is refused once loaded; until then its
        // search is that of the nearest supported one.
        Some(m) if m < 36 => v2_31::library_search_hwcaps(stack, config),
        Some(m) if m < 41 => v2_36::library_search_hwcaps(stack, config),
        Some(m) if m < 43 => v2_41::library_search_hwcaps(stack, config),
        _ => v2_43::library_search_hwcaps(stack, config),
    };
    (hwcaps, probed)
}

/// The adapter for the objects loaded ([`crate::abi::Select`]): the one
/// for the release of their `libc.so.6` ([`release::of_libc`]), or a
/// refusal naming the release found and the releases supported. A program
/// without `libc.so.6` (the libc-free test fixtures) gets the newest
/// supported release's adapter, whose libc-bound steps then find no libc
/// and do nothing.
/// The minor number of the release [`select`] chose the adapter for.
static SELECTED: core::sync::atomic::AtomicU32 = core::sync::atomic::AtomicU32::new(0);

/// Whether `libc`, another `libc.so.6` a dlopen or dlmopen loaded, may run
/// beside the adapter's: only one of the same release (its private
/// contract with the dynamic linker is that release's; glibc's own ld.so
/// refuses another release's libc too, at relocation, through a missing
/// GLIBC_PRIVATE symbol).
pub fn accepts_libc(libc: &crate::object::Object) -> LoadResult<()> {
    let selected = release::Release { minor: SELECTED.load(core::sync::atomic::Ordering::Relaxed) };
    let found = release::of_libc(libc)?;
    if found.minor == selected.minor {
        return Ok(());
    }
    Err(crate::error::LoadError::new(
        &libc.path,
        alloc::format!("{found} cannot run beside {selected}, the release this process started with"),
    ))
}

pub fn select(ns: &Namespace) -> LoadResult<&'static dyn Libc> {
    let Some(libc) = ns.objects.iter().find(|o| o.soname == Some(b"libc.so.6")) else {
        // Audit modules are loaded before the program's libc: the release
        // is the libc a program started now would get (the modules' own
        // libc, and the program's, are checked against it as they load).
        let release = if ns.config.audit.is_empty() { None } else { release::of_system_libc(&ns.config) };
        let minor = release.filter(|r| release::SUPPORTED.contains(r)).map_or(36, |r| r.minor);
        return Ok(adapter(minor));
    };
    let release = release::of_libc(libc)?;
    // of_libc accepts only the releases in release::SUPPORTED.
    Ok(adapter(release.minor))
}

/// The adapter of release 2.`minor` (one of release::SUPPORTED), recorded
/// as the selected one.
fn adapter(minor: u32) -> &'static dyn Libc {
    SELECTED.store(minor, core::sync::atomic::Ordering::Relaxed);
    match minor {
        31 => &v2_31::ADAPTER,
        41 => &v2_41::ADAPTER,
        43 => &v2_43::ADAPTER,
        _ => &v2_36::ADAPTER,
    }
}
