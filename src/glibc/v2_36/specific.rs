//! What glibc 2.36 does differently from the other releases in the steps
//! the shared handshake (../handshake.rs, ../pthread.rs) takes.

use super::exports;
use super::layout::{LinkMap, RtldGlobalRo, PTHREAD_RSEQ_AREA as RSEQ_AREA, X86_PLATFORMS};
use crate::startup::InitialStack;
use syscalls::{syscall, Sysno};

const AT_MINSIGSTKSZ: usize = 51;
const RSEQ_SIG: u32 = 0x5305_3053;
/// Debian 2.36 registers 20 bytes of the 32-byte area
/// (RSEQ_AREA_SIZE_INITIAL_USED) and reports that size in `__rseq_size`.
const RSEQ_SIZE_USED: u32 = 20;
const RSEQ_CPU_ID_REGISTRATION_FAILED: i32 = -2;

/// libc 2.36 owns the dlerror catch frames (see ../errors.rs).
pub const RTLD_CATCH_OFFSET: usize = 0;

/// No extra static TLS block: 2.36 keeps the rseq area in `struct pthread`.
pub fn extra_static_tls(_stack: &InitialStack) -> crate::tls::ExtraBlock {
    crate::tls::ExtraBlock::default()
}

/// `_rtld_global_ro` fields only 2.36 has.
///
/// # Safety
/// `ro` is this release's `_rtld_global_ro`, during startup.
pub unsafe fn ro_release_fields(ro: *mut RtldGlobalRo, _stack: &InitialStack) {
    // SAFETY: the caller's contract.
    unsafe { (*ro).dl_x86_platforms = X86_PLATFORMS };
}

/// vDSO functions only some releases use: none in 2.36.
///
/// # Safety
/// Nothing is written.
pub unsafe fn vdso_release_fields(_ro: *mut RtldGlobalRo, _find: &dyn Fn(&[u8]) -> usize) {}

/// `l_text_end` (2.36 keeps it in the link map).
///
/// # Safety
/// `m` is a live link map of this release.
pub unsafe fn set_text_end(m: *mut LinkMap, text_end: u64) {
    // SAFETY: the caller's contract.
    unsafe { (*m).l_text_end = text_end };
}

/// Registers the initial thread's rseq area, `struct pthread`'s
/// `rseq_area`: cpu_id starts "uninitialised" (-1); registration either
/// succeeds (the kernel fills cpu_id) or we mark it failed (-2), so libc's
/// threads and sched_getcpu know which.
///
/// # Safety
/// `tp` is the initial thread's zeroed `struct pthread`.
pub unsafe fn register_rseq(tp: usize, _extra_offset: usize, rseq: bool) {
    // SAFETY: the area lies inside the descriptor (layout asserts).
    unsafe {
        let area = (tp as *mut u8).add(RSEQ_AREA);
        *(area.add(4) as *mut i32) = -1;
        let registered = rseq && syscall!(Sysno::rseq, area, 32usize, 0usize, RSEQ_SIG).is_ok();
        if registered {
            exports::__rseq_size = RSEQ_SIZE_USED;
        } else {
            *(area.add(4) as *mut i32) = RSEQ_CPU_ID_REGISTRATION_FAILED;
            exports::__rseq_size = 0;
        }
        exports::__rseq_offset = RSEQ_AREA as isize;
    }
}

/// `init_cpu_features` with this release's tunables, then glibc's
/// `TUNABLE_SET_WITH_BOUNDS` write-back of the cache tunables.
pub fn init_cpu(stack: &InitialStack) -> super::cpu_features::CpuInit {
    use super::tunables;
    let set_value = |id: &str| tunables::is_set(id).then(|| tunables::get(id));
    let cpu_tunables = super::cpu_features::CpuTunables {
        hwcaps: tunables::string(tunables::CPU_HWCAPS),
        x86_non_temporal_threshold: set_value(tunables::X86_NON_TEMPORAL_THRESHOLD),
        x86_rep_movsb_threshold: set_value(tunables::X86_REP_MOVSB_THRESHOLD),
        x86_rep_stosb_threshold: set_value(tunables::X86_REP_STOSB_THRESHOLD),
        x86_data_cache_size: set_value(tunables::X86_DATA_CACHE_SIZE),
        x86_shared_cache_size: set_value(tunables::X86_SHARED_CACHE_SIZE),
        hwcap_mask: set_value(tunables::HWCAP_MASK),
    };
    let cpu = super::cpu_features::init_cpu_features(stack.aux(AT_MINSIGSTKSZ).filter(|&v| v != 0), &cpu_tunables);
    for (id, v) in [
        (tunables::X86_DATA_CACHE_SIZE, cpu.x86_data_cache_size),
        (tunables::X86_SHARED_CACHE_SIZE, cpu.x86_shared_cache_size),
        (tunables::X86_NON_TEMPORAL_THRESHOLD, cpu.x86_non_temporal_threshold),
        (tunables::X86_REP_MOVSB_THRESHOLD, cpu.x86_rep_movsb_threshold),
        (tunables::X86_REP_STOSB_THRESHOLD, cpu.x86_rep_stosb_threshold),
    ] {
        tunables::set_with_bounds(id, v.value, v.min, v.max, v.initialized);
    }

    cpu
}

/// The library search of 2.36: the glibc-hwcaps subdirectories, then the
/// legacy hwcap ones (removed in 2.37).
pub const HWCAPS: super::super::hwcaps::Scheme = super::super::hwcaps::Scheme { glibc_hwcaps: true, legacy: true, candidate_reasons: false };

/// `get_isa_level` as `_dl_hwcaps_subdirs_active` calls it: over the
/// usable features after `glibc.cpu.hwcaps` (`cpu_features->isa_1` was
/// computed before the tunable was applied).
pub fn isa_level(cpu: &super::cpu_features::CpuInit) -> u32 {
    super::cpu_features::isa_level(&cpu.features)
}

// What 2.36 shares with the releases since 2.34 (../since_2_34.rs) and
// with the releases before 2.43 (../before_2_43.rs).
include!("../since_2_34.rs");
include!("../before_2_43.rs");

/// ld.so's second relocation of itself comes after the allocator lookup
/// (when ld.so is in the global scope).
pub const LDSO_RELOCATED_BEFORE_MALLOC: bool = false;

/// `calling init`/`calling fini` lines for every object initialised
/// (the program's name empty at exit).
pub const ANNOUNCES_EVERY_INIT: bool = true;

/// No `_dl_debug_post_relocate` (2.42): a copy of `_r_debug` in the
/// program stays as the COPY relocation left it.
pub const R_DEBUG_POST_RELOCATE: bool = false;

/// Whether this release's ld.so looks the program's allocator up after
/// relocation (`__rtld_malloc_init_real`, since 2.35: calloc, free,
/// malloc, realloc), lookups `LD_DEBUG=symbols` shows.
pub const RTLD_MALLOC_INIT: bool = true;

/// The symbolic relocations of Debian's glibc 2.36 ld.so, in its
/// relocation order (name, version, PLT class): it relocates itself again
/// against the global scope once the other objects are, and
/// `LD_DEBUG=symbols` shows those lookups (read from the Debian build
/// with `readelf -r`; dryad looks them up for LD_DEBUG only).
pub const LDSO_OWN_REFERENCES: &[(&[u8], &[u8], bool)] = &[
    (b"_dl_catch_exception", b"GLIBC_PRIVATE", true),
    (b"_dl_signal_exception", b"GLIBC_PRIVATE", true),
    (b"_dl_signal_error", b"GLIBC_PRIVATE", true),
    (b"_dl_catch_error", b"GLIBC_PRIVATE", true),
];

/// `DT_RELACOUNT` of that ld.so (its relative relocations, which
/// `LD_DEBUG=statistics` counts; 0: it uses DT_RELR).
pub const LDSO_RELACOUNT: usize = 0;

/// `elf_machine_type_class (R_X86_64_GLOB_DAT)` of this release (no class of its own).
pub const GLOB_DAT_CLASS: u8 = 0;

/// The rtld-audit interface version this release offers (`LAV_CURRENT`,
/// <bits/link_lavcurrent.h>; 1 before 2.35).
pub const LAV_CURRENT: u32 = 2;

/// How this release's ld.so tells audit modules what it does (see
/// [`crate::audit::Rules`]).
pub const AUDIT_RULES: crate::audit::Rules = crate::audit::Rules::SINCE_2_35;
