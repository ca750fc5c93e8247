//! What glibc 2.31 does differently from the other releases in the steps
//! the shared handshake (../handshake.rs, ../pthread.rs) takes
//! (docs/glibc-2.31.md).
//!
//! The big difference: in 2.31 the thread library is `libpthread.so.0`,
//! and its initialiser (`__pthread_initialize_minimal`) sets up the
//! initial thread's `struct pthread` (tid, robust list, thread list,
//! `specific`, stack bounds) and replaces the hooks in `_rtld_global`
//! through which libc and ld.so lock, make stacks executable and
//! initialise static TLS. ld.so's share is the TCB header (done by the
//! core), the default hooks for a process without libpthread, and the
//! static TLS numbers in `_rtld_global`. There is no `__libc_early_init`,
//! no rseq, no `_dl_find_object`, no `GLRO(dl_catch_error)`: libc owns the
//! dlerror catch frames and libdl calls libc's `_dl_catch_error`
//! directly.

use super::layout::{LinkMap, LinkNamespace, RtldGlobal, RtldGlobalRo, X86_PLATFORMS};
use crate::startup::InitialStack;
use core::ffi::c_void;

/// The terms of Debian 2.31's `_dl_tls_static_surplus_init` (backported
/// from 2.32): `LIBC_IE_TLS` is 192, and there is no `LEGACY_TLS` term.
pub const STATIC_TLS_SURPLUS_TERMS: (usize, usize, usize) = (192, 144, 0);

/// 2.31 has one algorithm, the original `_dl_sort_maps`.
pub fn dso_sort() -> crate::namespace::DsoSort {
    crate::namespace::DsoSort::Original
}

/// libc 2.31 owns the dlerror catch frames (see ../errors.rs).
pub const RTLD_CATCH_OFFSET: usize = 0;

/// No extra static TLS block (2.31 has no rseq area).
pub fn extra_static_tls(_stack: &InitialStack) -> crate::tls::ExtraBlock {
    crate::tls::ExtraBlock::default()
}

/// `_rtld_global_ro` fields 2.31 has that the shared handshake does not
/// fill: the platform names.
///
/// # Safety
/// `ro` is this release's `_rtld_global_ro`, during startup.
pub unsafe fn ro_release_fields(ro: *mut RtldGlobalRo, _stack: &InitialStack) {
    // SAFETY: the caller's contract.
    unsafe { (*ro).dl_x86_platforms = X86_PLATFORMS };
}

/// 2.31 has none of the later releases' `_rtld_global_ro` members
/// (`_dl_minsigstacksize`, `_dl_dso_sort_algo`, `_dl_find_object`,
/// `_dl_libc_freeres`, `_dl_error_free`).
///
/// # Safety
/// Nothing is written.
pub unsafe fn ro_since_2_34(_ro: *mut RtldGlobalRo, _minsigstacksize: usize) {}

/// vDSO functions only some releases use: none beyond the shared ones.
///
/// # Safety
/// Nothing is written.
pub unsafe fn vdso_release_fields(_ro: *mut RtldGlobalRo, _find: &dyn Fn(&[u8]) -> usize) {}

/// `l_text_end` (2.31 keeps it in the link map).
///
/// # Safety
/// `m` is a live link map of this release.
pub unsafe fn set_text_end(m: *mut LinkMap, text_end: u64) {
    // SAFETY: the caller's contract.
    unsafe { (*m).l_text_end = text_end };
}

/// The static TLS block's size and alignment, which 2.31 keeps in
/// `_rtld_global` (`_dl_tls_static_size`, `_dl_tls_static_align`);
/// libpthread reads them through `_dl_get_tls_static_info`.
///
/// # Safety
/// `g` is this release's `_rtld_global`, during startup.
pub unsafe fn set_tls_static(g: *mut RtldGlobal, _ro: *mut RtldGlobalRo, size: usize, align: usize) {
    // SAFETY: the caller's contract.
    unsafe {
        (*g).dl_tls_static_size = size;
        (*g).dl_tls_static_align = align;
    }
}

/// The initial thread, as far as 2.31's ld.so takes it: the TCB header
/// (the core's) and the `_rtld_global` hooks for a process without
/// libpthread — the load locks counted, not taken (no other thread can
/// exist), `_dl_make_stack_executable` for the stack, static TLS
/// initialised in the one thread. libpthread's initialiser replaces the
/// lock hooks with `pthread_mutex_lock`/`unlock` (taking the count over),
/// the other two with versions that cover every thread, and fills the
/// thread's `struct pthread` itself.
///
/// # Safety
/// `g` is this release's `_rtld_global`, during startup.
pub unsafe fn initial_thread(g: *mut RtldGlobal, _tp: usize, _rseq: bool, _extra_offset: usize) {
    // SAFETY: the caller's contract; the functions have the hooks' C
    // signatures.
    unsafe {
        (*g).dl_rtld_lock_recursive = Some(rtld_lock_default_lock_recursive);
        (*g).dl_rtld_unlock_recursive = Some(rtld_lock_default_unlock_recursive);
        (*g).dl_make_stack_executable_hook = Some(super::exports::_dl_make_stack_executable);
        (*g).dl_init_static_tls = Some(nothread_init_static_tls);
    }
}

/// `__data.__count` of a `pthread_mutex_t`.
const MUTEX_COUNT: usize = 4;

/// ld.so's `rtld_lock_default_lock_recursive`: counts the recursion only
/// (before libpthread is initialised there is one thread).
///
/// # Safety
/// `lock` is a `pthread_mutex_t` (a `__rtld_lock_recursive_t`).
unsafe extern "C" fn rtld_lock_default_lock_recursive(lock: *mut c_void) {
    // SAFETY: the caller's contract.
    unsafe { *(lock.cast::<u8>().add(MUTEX_COUNT) as *mut u32) += 1 };
}

/// ld.so's `rtld_lock_default_unlock_recursive`.
///
/// # Safety
/// `lock` is a `pthread_mutex_t` this thread counted.
unsafe extern "C" fn rtld_lock_default_unlock_recursive(lock: *mut c_void) {
    // SAFETY: the caller's contract.
    unsafe {
        let count = lock.cast::<u8>().add(MUTEX_COUNT) as *mut u32;
        *count = (*count).wrapping_sub(1);
    }
}

/// `_dl_nothread_init_static_tls`: a module just placed in static TLS
/// gets its initialisation image in the (only) thread's block, at
/// `tp - l_tls_offset`.
///
/// # Safety
/// `map` is a live link map whose TLS block is in static TLS.
unsafe extern "C" fn nothread_init_static_tls(map: *mut LinkMap) {
    // SAFETY: the caller's contract; the block lies inside this thread's
    // static TLS area, below its thread pointer.
    unsafe {
        let tp: usize;
        core::arch::asm!("mov {}, qword ptr fs:0", out(reg) tp, options(nostack, readonly, preserves_flags));
        let dest = (tp as isize - (*map).l_tls_offset) as *mut u8;
        let init = (*map).l_tls_initimage_size;
        core::ptr::copy_nonoverlapping((*map).l_tls_initimage as *const u8, dest, init);
        core::ptr::write_bytes(dest.add(init), 0, (*map).l_tls_blocksize - init);
    }
}

/// A dlopen'ed module was placed in static TLS: `GL(dl_init_static_tls)`
/// copies its image into every thread's block. That is
/// [`nothread_init_static_tls`] until libpthread's initialiser installs
/// `__pthread_init_static_tls`, which walks libpthread's own thread
/// lists (2.31 keeps them there, not in `_rtld_global`).
///
/// # Safety
/// `g` is this release's `_rtld_global`, after startup; `map` is a live
/// link map whose `l_tls_offset` is in the static surplus.
pub unsafe fn init_static_tls(g: *mut RtldGlobal, map: *mut LinkMap) {
    // SAFETY: the caller's contract; the hook has this C signature.
    unsafe {
        if let Some(f) = (*g).dl_init_static_tls {
            f(map);
        }
    }
}

/// `GL(dl_ns)[0].libc_map` does not exist in 2.31.
///
/// # Safety
/// Nothing is written.
pub unsafe fn set_libc_map(_ns0: *mut LinkNamespace, _libc: *mut LinkMap) {}

/// 2.31's `_r_debug` has no `r_next` (its `_ns_debug` is a plain
/// `struct r_debug`): debuggers of that time see namespace 0 only, and
/// dryad's list stays so too.
pub fn namespace_list(_lmid: usize, _first: *mut LinkMap) {}

/// `GLRO(dl_catch_error)` does not exist in 2.31: libdl calls libc's
/// `_dl_catch_error` directly.
///
/// # Safety
/// Nothing is written.
pub unsafe fn set_catch_error(_ro: *mut RtldGlobalRo, _f: usize) {}


/// ../pthread.rs is instantiated for every release, but 2.31's ld.so
/// never fills the initial thread's descriptor (libpthread does), and
/// 2.31 has no rseq: this only keeps that code well-typed.
///
/// # Safety
/// Nothing is written.
pub unsafe fn register_rseq(_tp: usize, _extra_offset: usize, _rseq: bool) {}

/// `init_cpu_features` (2.31's, in ../cpu_features_2_31.rs) with this
/// release's tunables: `glibc.cpu.hwcaps` and the three cache tunables,
/// which 2.31 only copies into the struct (libc computes the cache sizes
/// itself), and `LD_PREFER_MAP_32BIT_EXEC`, which 2.31 reads as an
/// environment variable (any value) outside secure mode. Nothing is
/// written back.
pub fn init_cpu(stack: &InitialStack) -> super::cpu_features::CpuInit {
    use super::tunables;
    let set_value = |id: &str| tunables::is_set(id).then(|| tunables::get(id));
    let secure = stack.aux(crate::startup::at::SECURE).unwrap_or(0) != 0;
    let cpu_tunables = super::cpu_features::CpuTunables {
        hwcaps: tunables::string(tunables::CPU_HWCAPS),
        x86_non_temporal_threshold: set_value(tunables::X86_NON_TEMPORAL_THRESHOLD),
        x86_data_cache_size: set_value(tunables::X86_DATA_CACHE_SIZE),
        x86_shared_cache_size: set_value(tunables::X86_SHARED_CACHE_SIZE),
        ld_prefer_map_32bit_exec: !secure && stack.env().any(|e| e.starts_with(b"LD_PREFER_MAP_32BIT_EXEC=")),
    };
    super::cpu_features::init_cpu_features(&cpu_tunables)
}

/// The library search of 2.31: the legacy hwcap subdirectories only (no
/// glibc-hwcaps, which came in 2.33).
pub const HWCAPS: super::super::hwcaps::Scheme = super::super::hwcaps::Scheme { glibc_hwcaps: false, legacy: true, candidate_reasons: false };

/// 2.31 has no ISA levels (`get_isa_level` came in 2.33).
pub fn isa_level(_cpu: &super::cpu_features::CpuInit) -> u32 {
    0
}

// What 2.31 shares with the releases before 2.43 (../before_2_43.rs).
include!("../before_2_43.rs");

/// ld.so's second relocation of itself comes after the allocator lookup
/// (when ld.so is in the global scope).
pub const LDSO_RELOCATED_BEFORE_MALLOC: bool = false;

/// LD_DEBUG's `calling init`/`calling fini` lines: only for objects
/// with constructors or destructors, the program named by argv[0].
pub const ANNOUNCES_EVERY_INIT: bool = false;

/// No `_dl_debug_post_relocate` (2.42): a copy of `_r_debug` in the
/// program stays as the COPY relocation left it.
pub const R_DEBUG_POST_RELOCATE: bool = false;

/// Whether this release's ld.so looks the program's allocator up after
/// relocation (`__rtld_malloc_init_real`, since 2.35: calloc, free,
/// malloc, realloc), lookups `LD_DEBUG=symbols` shows.
pub const RTLD_MALLOC_INIT: bool = false;

/// The symbolic relocations of Debian's glibc 2.31 ld.so, in its
/// relocation order (name, version, PLT class): it relocates itself again
/// against the global scope once the other objects are, and
/// `LD_DEBUG=symbols` shows those lookups (read from the Debian build
/// with `readelf -r`; dryad looks them up for LD_DEBUG only).
pub const LDSO_OWN_REFERENCES: &[(&[u8], &[u8], bool)] = &[
    (b"_r_debug", b"GLIBC_2.2.5", false),
    (b"free", b"GLIBC_2.2.5", false),
    (b"_dl_catch_exception", b"GLIBC_PRIVATE", true),
    (b"malloc", b"GLIBC_2.2.5", true),
    (b"_dl_signal_exception", b"GLIBC_PRIVATE", true),
    (b"calloc", b"GLIBC_2.2.5", true),
    (b"realloc", b"GLIBC_2.2.5", true),
    (b"_dl_signal_error", b"GLIBC_PRIVATE", true),
    (b"_dl_catch_error", b"GLIBC_PRIVATE", true),
];

/// `DT_RELACOUNT` of that ld.so (its relative relocations, which
/// `LD_DEBUG=statistics` counts; 0: it uses DT_RELR).
pub const LDSO_RELACOUNT: usize = 44;

/// `elf_machine_type_class (R_X86_64_GLOB_DAT)` of this release (ELF_RTYPE_CLASS_EXTERN_PROTECTED_DATA).
pub const GLOB_DAT_CLASS: u8 = 4;

/// The rtld-audit interface version this release offers (`LAV_CURRENT`,
/// <bits/link_lavcurrent.h>; 1 before 2.35).
pub const LAV_CURRENT: u32 = 1;

/// How this release's ld.so tells audit modules what it does (see
/// [`crate::audit::Rules`]).
pub const AUDIT_RULES: crate::audit::Rules = crate::audit::Rules { events_2_41: false, vdso_objopen: false, audit_runpath: false, bind_now_symbind: false, exit_activity: false, malloc_before_consistent: true };
