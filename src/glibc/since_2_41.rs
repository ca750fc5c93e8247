// The steps of the shared handshake that glibc 2.41 and every release
// since share and earlier releases do not: the rseq area in an "extra"
// static TLS block after the modules' (sized from the auxiliary vector),
// ld.so's own dlerror catch frames in `struct pthread`, the vDSO's
// `getrandom`, no `l_text_end`, and the cpu_features of
// ../cpu_features_2_41.rs. Included by the `specific` module of 2.41 and
// 2.43, with that release's `layout` and `cpu_features` in scope.

use core::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use syscalls::{syscall, Sysno};

const RSEQ_SIG: u32 = 0x5305_3053;
const RSEQ_CPU_ID_UNINITIALIZED: i32 = -1;
const RSEQ_CPU_ID_REGISTRATION_FAILED: i32 = -2;
/// `RSEQ_AREA_SIZE_INITIAL`: the smallest area the rseq syscall accepts.
const RSEQ_AREA_SIZE_INITIAL: usize = 32;
/// `RSEQ_AREA_SIZE_INITIAL_USED`: the feature size without
/// AT_RSEQ_FEATURE_SIZE (kernels before 6.3).
const RSEQ_AREA_SIZE_INITIAL_USED: u32 = 20;
/// `RSEQ_MIN_ALIGN`.
const RSEQ_MIN_ALIGN: usize = 32;
const AT_RSEQ_FEATURE_SIZE: usize = 27;
const AT_RSEQ_ALIGN: usize = 28;
const AT_HWCAP2: usize = 26;
const AT_MINSIGSTKSZ: usize = 51;
const AT_HWCAP3: usize = 29;
const AT_HWCAP4: usize = 30;

/// ld.so's second relocation of itself (against the global scope, once
/// libc is loaded) comes before `__rtld_malloc_init_real` (2.36 had it
/// after, and only when ld.so is in the global scope).
pub const LDSO_RELOCATED_BEFORE_MALLOC: bool = true;

/// `calling init`/`calling fini` lines for every object initialised
/// (the program's name empty at exit).
pub const ANNOUNCES_EVERY_INIT: bool = true;

/// `_dl_debug_post_relocate` (upstream 2.42, in Debian's 2.41 too): the
/// program's copy of `_r_debug`, if any, is kept up to date as well.
pub const R_DEBUG_POST_RELOCATE: bool = true;

/// The library search since 2.37: the glibc-hwcaps subdirectories only
/// (the legacy hwcaps were removed in 2.37).
/// (`CANDIDATE_REASONS`: the including release's.)
pub const HWCAPS: super::super::hwcaps::Scheme =
    super::super::hwcaps::Scheme { glibc_hwcaps: true, legacy: false, candidate_reasons: CANDIDATE_REASONS };

/// `get_isa_level` as `_dl_hwcaps_subdirs_active` calls it: over the
/// usable features after `glibc.cpu.hwcaps` (`cpu_features->isa_1` was
/// computed before the tunable was applied).
pub fn isa_level(cpu: &super::cpu_features::CpuInit) -> u32 {
    super::cpu_features::isa_level(&cpu.features)
}

/// ld.so owns the dlerror catch frames (since 2.41): the innermost is
/// `struct pthread`'s `rtld_catch` (see ../errors.rs).
pub const RTLD_CATCH_OFFSET: usize = super::layout::PTHREAD_RTLD_CATCH;

/// `_rseq_size` (what `__rseq_size` reports once registered) and
/// `_rseq_align`, from the auxiliary vector (`_dl_parse_auxv`).
static RSEQ_SIZE: AtomicU32 = AtomicU32::new(0);
static RSEQ_ALIGN: AtomicUsize = AtomicUsize::new(RSEQ_MIN_ALIGN);

/// The extra static TLS block 2.41 and later keep the rseq area in
/// (sysdeps/unix/sysv/linux/dl-extra_tls.h): the feature size rounded up
/// to the kernel's alignment, at least 32 bytes; 32 bytes at 32 when rseq
/// is turned off (programs may still read `cpu_id`).
pub fn extra_static_tls(stack: &InitialStack) -> crate::tls::ExtraBlock {
    let size = stack.aux(AT_RSEQ_FEATURE_SIZE).unwrap_or(0).max(RSEQ_AREA_SIZE_INITIAL_USED as usize);
    let align = stack.aux(AT_RSEQ_ALIGN).unwrap_or(0).max(RSEQ_MIN_ALIGN);
    RSEQ_SIZE.store(size as u32, Ordering::Relaxed);
    RSEQ_ALIGN.store(align, Ordering::Relaxed);
    if tunables::get(tunables::PTHREAD_RSEQ) != 0 {
        crate::tls::ExtraBlock { size: size.max(RSEQ_AREA_SIZE_INITIAL).next_multiple_of(align), align }
    } else {
        crate::tls::ExtraBlock { size: RSEQ_AREA_SIZE_INITIAL, align: RSEQ_MIN_ALIGN }
    }
}


/// `GLRO(dl_vdso_getrandom)` (`setup_vdso_pointers` since 2.41): libc's
/// `getrandom` uses the vDSO's when the kernel has one (Linux 6.11 on).
///
/// # Safety
/// `ro` is this release's `_rtld_global_ro`; `find` gives addresses of
/// the vDSO's `LINUX_2.6` functions (0: none).
pub unsafe fn vdso_release_fields(ro: *mut RtldGlobalRo, find: &dyn Fn(&[u8]) -> usize) {
    let addr = find(b"__vdso_getrandom");
    // SAFETY: the caller's contract; the vDSO function has the C signature
    // of the field.
    unsafe {
        (*ro).dl_vdso_getrandom = if addr == 0 { None } else { Some(core::mem::transmute::<usize, super::layout::VdsoGetrandomFn>(addr)) };
    }
}

/// The link map has no `l_text_end` (since 2.41).
///
/// # Safety
/// Nothing is written.
pub unsafe fn set_text_end(_m: *mut LinkMap, _text_end: u64) {}

/// Registers the initial thread's rseq area, the extra TLS block at
/// `tp - extra_offset` (`rseq_register_current_thread` in
/// sysdeps/unix/sysv/linux/rseq-internal.h): zeroed, `cpu_id` = -1, then
/// registered with at least 32 bytes; `__rseq_size` is the feature size,
/// or 0 (and `cpu_id` = -2) if rseq is off or the kernel refuses.
///
/// # Safety
/// `tp - extra_offset` is the initial thread's extra block, inside its
/// static TLS area.
pub unsafe fn register_rseq(tp: usize, extra_offset: usize, rseq: bool) {
    let area = (tp - extra_offset) as *mut u8;
    let size = RSEQ_SIZE.load(Ordering::Relaxed);
    let len = (size as usize).max(RSEQ_AREA_SIZE_INITIAL);
    // SAFETY: the block is at least `len` bytes (extra_static_tls) and
    // belongs to this thread.
    unsafe {
        let mut registered = false;
        if rseq {
            core::ptr::write_bytes(area, 0, len);
            *(area.add(4) as *mut i32) = RSEQ_CPU_ID_UNINITIALIZED;
            registered = syscall!(Sysno::rseq, area, len, 0usize, RSEQ_SIG).is_ok();
        }
        if registered {
            exports::__rseq_size = size;
        } else {
            *(area.add(4) as *mut i32) = RSEQ_CPU_ID_REGISTRATION_FAILED;
            exports::__rseq_size = 0;
        }
        exports::__rseq_offset = -(extra_offset as isize);
    }
}


/// `init_cpu_features` (../cpu_features_2_41.rs, in the release's mode) with this
/// release's tunables, then glibc's `TUNABLE_SET_WITH_BOUNDS` write-back of
/// the six cache tunables. `LD_PREFER_MAP_32BIT_EXEC` is the tunable's
/// alias (applied by the tunables parser).
pub fn init_cpu(stack: &InitialStack) -> super::cpu_features::CpuInit {
    let set_value = |id: &str| tunables::is_set(id).then(|| tunables::get(id));
    let cpu_tunables = super::cpu_features::CpuTunables {
        hwcaps: tunables::string(tunables::CPU_HWCAPS),
        x86_non_temporal_threshold: set_value(tunables::X86_NON_TEMPORAL_THRESHOLD),
        x86_memset_non_temporal_threshold: set_value(X86_MEMSET_NON_TEMPORAL_THRESHOLD),
        x86_rep_movsb_threshold: set_value(tunables::X86_REP_MOVSB_THRESHOLD),
        x86_rep_stosb_threshold: set_value(tunables::X86_REP_STOSB_THRESHOLD),
        x86_data_cache_size: set_value(tunables::X86_DATA_CACHE_SIZE),
        x86_shared_cache_size: set_value(tunables::X86_SHARED_CACHE_SIZE),
        prefer_map_32bit_exec: set_value("glibc.cpu.prefer_map_32bit_exec"),
        plt_rewrite: set_value("glibc.cpu.plt_rewrite"),
    };
    let at_minsig = stack.aux(AT_MINSIGSTKSZ).filter(|&v| v != 0);
    let cpu = super::cpu_features::init_cpu_features(at_minsig, stack.aux(AT_HWCAP2).unwrap_or(0) as u64, &cpu_tunables);
    for (id, v) in [
        (tunables::X86_DATA_CACHE_SIZE, cpu.x86_data_cache_size),
        (tunables::X86_SHARED_CACHE_SIZE, cpu.x86_shared_cache_size),
        (tunables::X86_NON_TEMPORAL_THRESHOLD, cpu.x86_non_temporal_threshold),
        (X86_MEMSET_NON_TEMPORAL_THRESHOLD, cpu.x86_memset_non_temporal_threshold),
        (tunables::X86_REP_MOVSB_THRESHOLD, cpu.x86_rep_movsb_threshold),
        (tunables::X86_REP_STOSB_THRESHOLD, cpu.x86_rep_stosb_threshold),
    ] {
        tunables::set_with_bounds(id, v.value, v.min, v.max, v.initialized);
    }
    cpu
}

const X86_MEMSET_NON_TEMPORAL_THRESHOLD: &str = "glibc.cpu.x86_memset_non_temporal_threshold";
