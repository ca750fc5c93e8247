//! x86-64 CPU feature detection that produces glibc 2.41's and 2.43's
//! `struct cpu_features`.
//!
//! The glibc 2.41 counterpart of [`super::cpu_features`] (2.36): the same job
//! (compute `GLRO(dl_x86_cpu_features)` exactly as that release's `ld.so` does,
//! so that libc's IFUNC resolvers, `__x86_cacheinfo_ifunc`, `sysconf
//! (_SC_LEVEL*_CACHE_*)` and `__x86_get_cpuid_feature_leaf` see the same bytes)
//! and the same API shape, for the 528-byte 2.41 struct.
//!
//! It also serves glibc 2.43 (Debian sid 2.43-7), whose struct, tunables
//! (ids included) and CPUID sequence are 2.41's: the top-level items are
//! 2.41's, [`v2_43`] is the same module under the same names for 2.43, and
//! the logic's only per-release question is a [`Release`] method
//! (`hygon_model_tuning`, the one 2.41 -> 2.43 change in what
//! `init_cpu_features` computes; see its doc). Outside the struct, 2.43 moved
//! the `_rtld_global_ro` fields after it down by 32 bytes ([`v2_43::ro`]).
//! This was established by diffing the x86 sources of glibc's
//! `release/2.41/master` with Debian's 2.43-6 source with its patches
//! applied (sysdeps/x86/{cpu-features.c, dl-cacheinfo.h, cpu-tunables.c,
//! include/cpu-features.h, cpu-features-preferred_feature_index_1.def,
//! dl-tunables.list, ...}, elf/dl-tunables.{c,list}, the Linux x86
//! dl-minsigstacksize.h / dl-hwcap2.h): apart from the Hygon tuning the
//! changes are comments, `[[fallthrough]]`, `__bsearch` for `bsearch`, the
//! Intel CPUID cache (not in the 2.43 tarball: Debian's git-updates.diff
//! brings it in from 2.43-3 on, as 2.41-12+deb13u5 did for 2.41),
//! `cpu_features->` for `GLRO(dl_x86_cpu_features).`, the
//! dropped `_dl_x86_hwcap_flags` and the dropped `glibc.elision.*` tunables
//! (which sort after the `glibc.cpu.*` ones, so those keep ids 0..10). And
//! by running every test profile through the 2.43-7 ld.so itself (see the
//! tests).
//!
//! Use: call [`init_cpu_features`] (2.43: [`v2_43::init_cpu_features`], or
//! [`init_cpu_features_for`] with a [`Release`]) once, after the auxv and
//! `GLIBC_TUNABLES` are parsed and before any object is relocated. Then, in
//! 2.41's `_rtld_global_ro` (see [`ro`] for the offsets; 2.43: [`v2_43::ro`]):
//!
//! * `features` ([`CpuFeatures::as_bytes`], 528 bytes) at `+112`;
//! * `hwcap` in `_dl_hwcap` (`+96`), overwritten, not or-ed;
//! * `platform`, if `Some`, in `_dl_platform` (`+8`) and its length in
//!   `_dl_platformlen` (`+16`, set by `_dl_sysdep_start` right after);
//! * `minsigstacksize` in `_dl_minsigstacksize` (`+32`);
//! * `_dl_x86_64_runtime_resolve` (`+680`) and `_dl_x86_tlsdesc_dynamic`
//!   (`+672`): the `fxsave`/`xsave`/`xsavec` variant named by
//!   [`CpuInit::xsave_state`]. These fields are new in 2.41, where
//!   `init_cpu_features` picks them (2.36 chose the lazy-binding trampoline in
//!   `elf_machine_runtime_setup` and had no such fields); glibc's own
//!   `elf_machine_runtime_setup` and TLSDESC relocation read them, libc does
//!   not, so what dryad stores there is its own trampolines' business;
//!
//! outside `_rtld_global_ro`:
//!
//! * [`CpuInit::tlsdesc_state_size`] in ld.so's hidden
//!   `_dl_x86_features_tlsdesc_state_size` (the XSAVE area size, AMX included,
//!   that the `_dl_tlsdesc_dynamic_xsave*` trampolines reserve); libc does not
//!   read it, dryad's own TLS descriptor code does if it mirrors glibc's;
//! * [`CpuInit::plt_rewrite`] in `GL(dl_x86_feature_control).plt_rewrite`
//!   (`_rtld_global + 2740`, bits 4..5) — only if the mmap/mprotect probe
//!   `dl_plt_rewrite_supported` succeeds, see [`PltRewrite`];
//! * the numeric tunables of [`CpuInit`] in the tunables table that
//!   `__tunable_get_val` reports (2.41's `tunable_id_t` values are in
//!   [`tunable_id`]).
//!
//! `init_cpu_features` does not touch `GLRO(dl_hwcap2)`, `dl_hwcap3`,
//! `dl_hwcap4` (the auxv values, which dryad stores itself) or
//! `GL(dl_x86_feature_1)` (CET is not enabled in Debian's build); it *reads*
//! `GLRO(dl_hwcap2)`, hence the `at_hwcap2` argument.
//!
//! The logic was written after reading Debian's glibc `2.41-12+deb13u4` source
//! (`apt-get source`, patches applied by dpkg-source) and the disassembly of the
//! Debian 13 `ld.so` this port targets, `2.41-12+deb13u5` (build-id
//! `f8cba873b4b012040a77161991425f66a8b2e700`), whose source package the mirror
//! does not carry. Its changelog's only CPU entry, "Cache cpuid results in ld.so
//! for Intel CPUs", adds a `struct intel_cpuid_cache` (CPUID leaf 2 and the
//! first 16 subleaves of leaf 4) local to `dl_init_cacheinfo`, filled by
//! `handle_intel`/`intel_check_word` and read by `get_common_cache_info`;
//! `IntelCpuidCache` mirrors it. With a deterministic CPUID the results are
//! those of the deb13u4 source; only the number of CPUID executions drops.
//! Every path was checked against that binary on synthetic CPUID tables (see
//! the tests). Parts, and the glibc function each one mirrors:
//!
//! * [`init_cpu_features_with`]: `init_cpu_features` (sysdeps/x86/cpu-features.c),
//!   incl. `intel_get_fam6_microarch`, the Intel microarch tuning switch, the
//!   AMD / Zhaoxin / Hygon branches, `set_prefer_map_32bit_exec`,
//!   `set_plt_rewrite`, the XSAVE clean-up, `GLRO(dl_hwcap)`/`dl_platform` and
//!   the runtime-resolve/TLS-descriptor variant choice.
//! * `update_active`, `get_common_indices`, `get_extended_indices`
//!   (cpu-features.c), `dl_check_minsigstacksize`
//!   (sysdeps/unix/sysv/linux/x86/dl-minsigstacksize.h), `dl_check_hwcap2`
//!   (sysdeps/unix/sysv/linux/x86/dl-hwcap2.h), `get_isa_level`
//!   (sysdeps/x86/get-isa-level.h).
//! * `init_cacheinfo`: `dl_init_cacheinfo`, `handle_intel`, `intel_check_word`,
//!   `handle_amd`, `handle_zhaoxin`, `handle_hygon`, `get_common_cache_info`
//!   (sysdeps/x86/dl-cacheinfo.h), including the `TUNABLE_SET_WITH_BOUNDS`
//!   write-back of six `glibc.cpu.x86_*` tunables.
//! * `apply_hwcaps_tunable`: `TUNABLE_CALLBACK (set_hwcaps)`
//!   (sysdeps/x86/cpu-tunables.c) with `tunable_str_comma_next`
//!   (sysdeps/generic/dl-tunables-parse.h).
//!
//! Build configuration assumed (checked in the binary): `SHARED`, `__x86_64__`,
//! `__LP64__`, CET not enabled, baseline ISA (`-march=x86-64`: no AVX build, so
//! the XSAVE clean-up is compiled in and `_dl_x86_init_cpu_features` performs
//! no x86-64-v2/v3/v4 or APX check).
//! The Debian sid 2.43-7 `ld.so` has the same configuration (no
//! `--enable-cet`, see debian/rules.d/build.mk, and no CET tunable callbacks
//! in its symbols; its emulated runs on pre-AVX and no-XSAVE profiles
//! match). Its source package was not
//! on the mirror either; the 2.43-6 source (`apt-get source`, patches applied
//! in `series` order) was read instead, and 2.43-7's changelog lists no CPU
//! change (CVE fixes in nscd, realloc, ld.so path handling, POWER8
//! strncasecmp).
//!
//! Deliberate differences from glibc, unreachable with real CPUs: the leaf 4 and
//! leaf 11 loops stop after [`MAX_SUBLEAF_ROUNDS`] (glibc would loop forever);
//! a zero divisor where glibc would raise SIGFPE (AMD "fully associative" with
//! line size 0, leaf 0x80000006) gives 0.

use core::mem::{offset_of, size_of};

pub use super::cpu_features::{
    CpuFeaturesBasic, CpuidFeatureInternal, CpuidRegisters, CpuidSource, HostCpu, TunableValue,
    CPUID_INDEX_1, CPUID_INDEX_14_ECX_0, CPUID_INDEX_19, CPUID_INDEX_7, CPUID_INDEX_7_ECX_1,
    CPUID_INDEX_80000001, CPUID_INDEX_80000007, CPUID_INDEX_80000008, CPUID_INDEX_D_ECX_1,
    HWCAP_X86_64, HWCAP_X86_AVX512_1, ISA_1_BASELINE, ISA_1_V2, ISA_1_V3, ISA_1_V4,
    MAX_SUBLEAF_ROUNDS, MINSIGSTKSZ,
};

// ---------------------------------------------------------------------------
// Layout (sysdeps/x86/include/cpu-features.h, sysdeps/x86/bits/platform/x86.h)
// ---------------------------------------------------------------------------

/// `CPUID_INDEX_24_ECX_0`: leaf 0x24 (AVX10), subleaf 0. New in 2.41.
pub const CPUID_INDEX_24_ECX_0: usize = 9;
/// `CPUID_INDEX_MAX` (2.36: 9).
pub const CPUID_INDEX_MAX: usize = 10;

/// `enum cpu_features_kind` values stored in [`CpuFeaturesBasic::kind`].
/// 2.41 gives Hygon its own kind, so `arch_kind_other` moved from 4 to 5.
pub const ARCH_KIND_UNKNOWN: u32 = 0;
/// "GenuineIntel".
pub const ARCH_KIND_INTEL: u32 = 1;
/// "AuthenticAMD" (2.36 also used it for Hygon).
pub const ARCH_KIND_AMD: u32 = 2;
/// "CentaurHauls" or "  Shanghai  ".
pub const ARCH_KIND_ZHAOXIN: u32 = 3;
/// "HygonGenuine". New in 2.41.
pub const ARCH_KIND_HYGON: u32 = 4;
/// Any other vendor (2.36: 4).
pub const ARCH_KIND_OTHER: u32 = 5;

/// Bits of `preferred[0]` (cpu-features-preferred_feature_index_1.def order).
/// 2.41 inserted `Prefer_MAP_32BIT_EXEC` at bit 10, so every later bit moved up
/// by one relative to 2.36, and appended three bits.
pub mod preferred {
    pub const FAST_REP_STRING: u32 = 1 << 0;
    pub const FAST_COPY_BACKWARD: u32 = 1 << 1;
    pub const SLOW_BSF: u32 = 1 << 2;
    pub const FAST_UNALIGNED_LOAD: u32 = 1 << 3;
    pub const PREFER_PMINUB_FOR_STRINGOP: u32 = 1 << 4;
    pub const FAST_UNALIGNED_COPY: u32 = 1 << 5;
    pub const I586: u32 = 1 << 6;
    pub const I686: u32 = 1 << 7;
    pub const SLOW_SSE4_2: u32 = 1 << 8;
    pub const AVX_FAST_UNALIGNED_LOAD: u32 = 1 << 9;
    pub const PREFER_MAP_32BIT_EXEC: u32 = 1 << 10;
    pub const PREFER_NO_VZEROUPPER: u32 = 1 << 11;
    pub const PREFER_ERMS: u32 = 1 << 12;
    pub const PREFER_NO_AVX512: u32 = 1 << 13;
    pub const MATHVEC_PREFER_NO_AVX512: u32 = 1 << 14;
    pub const PREFER_FSRM: u32 = 1 << 15;
    pub const AVOID_SHORT_DISTANCE_REP_MOVSB: u32 = 1 << 16;
    pub const AVOID_NON_TEMPORAL_MEMSET: u32 = 1 << 17;
    pub const AVOID_STOSB: u32 = 1 << 18;
}

/// glibc 2.41 `struct cpu_features` (528 bytes, x86-64). The two alignment holes
/// of the C struct are explicit (always zero) fields, so the struct has no
/// implicit padding and [`CpuFeatures::as_bytes`] is well defined.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CpuFeatures {
    pub basic: CpuFeaturesBasic,
    pub features: [CpuidFeatureInternal; CPUID_INDEX_MAX],
    pub preferred: [u32; 1],
    pub isa_1: u32,
    hole_348: u32,
    pub xsave_state_size: u64,
    pub xsave_state_full_size: u32,
    hole_364: u32,
    pub data_cache_size: u64,
    pub shared_cache_size: u64,
    pub non_temporal_threshold: u64,
    /// New in 2.41.
    pub memset_non_temporal_threshold: u64,
    pub rep_movsb_threshold: u64,
    pub rep_movsb_stop_threshold: u64,
    pub rep_stosb_threshold: u64,
    pub level1_icache_size: u64,
    pub level1_icache_linesize: u64,
    pub level1_dcache_size: u64,
    pub level1_dcache_assoc: u64,
    pub level1_dcache_linesize: u64,
    pub level2_cache_size: u64,
    pub level2_cache_assoc: u64,
    pub level2_cache_linesize: u64,
    pub level3_cache_size: u64,
    pub level3_cache_assoc: u64,
    pub level3_cache_linesize: u64,
    pub level4_cache_size: u64,
    /// New in 2.41: the non-temporal threshold is `shared / divisor`.
    pub cachesize_non_temporal_divisor: u64,
}

/// Size of `struct cpu_features` (2.36: 480).
pub const CPU_FEATURES_SIZE: usize = 528;
/// Offset of `_dl_x86_cpu_features` in `struct rtld_global_ro` (as in 2.36).
pub const RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET: usize = 112;

/// Offsets in 2.41's `struct rtld_global_ro` (x86-64) of the fields
/// `init_cpu_features` writes or reads (pahole of the Debian 13 ld.so).
pub mod ro {
    /// `const char *_dl_platform`.
    pub const DL_PLATFORM: usize = 8;
    /// `size_t _dl_platformlen`.
    pub const DL_PLATFORMLEN: usize = 16;
    /// `size_t _dl_minsigstacksize`.
    pub const DL_MINSIGSTACKSIZE: usize = 32;
    /// `uint64_t _dl_hwcap`.
    pub const DL_HWCAP: usize = 96;
    /// `struct cpu_features _dl_x86_cpu_features`.
    pub const DL_X86_CPU_FEATURES: usize = super::RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET;
    /// `void *_dl_x86_tlsdesc_dynamic`.
    pub const DL_X86_TLSDESC_DYNAMIC: usize = 672;
    /// `void *_dl_x86_64_runtime_resolve`.
    pub const DL_X86_64_RUNTIME_RESOLVE: usize = 680;
    /// `uint64_t _dl_hwcap2` (read by `dl_check_hwcap2`).
    pub const DL_HWCAP2: usize = 816;
    /// Offset of `struct dl_x86_feature_control _dl_x86_feature_control` in
    /// `struct rtld_global` (not `_ro`): `ibt:2, shstk:2, plt_rewrite:2`.
    pub const RTLD_GLOBAL_DL_X86_FEATURE_CONTROL: usize = 2740;
}

/// `tunable_id_t` values of the glibc.cpu tunables in the Debian 13 ld.so
/// (the generated list is sorted by name; DWARF of its libc6-dbg file).
pub mod tunable_id {
    pub const HWCAPS: u32 = 0;
    pub const PLT_REWRITE: u32 = 1;
    pub const PREFER_MAP_32BIT_EXEC: u32 = 2;
    pub const X86_DATA_CACHE_SIZE: u32 = 3;
    pub const X86_IBT: u32 = 4;
    pub const X86_MEMSET_NON_TEMPORAL_THRESHOLD: u32 = 5;
    pub const X86_NON_TEMPORAL_THRESHOLD: u32 = 6;
    pub const X86_REP_MOVSB_THRESHOLD: u32 = 7;
    pub const X86_REP_STOSB_THRESHOLD: u32 = 8;
    pub const X86_SHARED_CACHE_SIZE: u32 = 9;
    pub const X86_SHSTK: u32 = 10;
}

/// glibc 2.43 (Debian sid 2.43-7) under the names the 2.41 adapter uses, for
/// the 2.43 adapter (`pub(crate) use super::cpu_features_2_41::v2_43 as
/// cpu_features;`). Every item is this module's 2.41 item (same struct,
/// tunables, ids, dump format) except [`v2_43::init_cpu_features`], which
/// passes [`Release::V2_43`], and [`v2_43::ro`], 2.43's `_rtld_global_ro`
/// offsets.
pub mod v2_43 {
    pub use super::*;

    /// This facade's release.
    pub const RELEASE: Release = Release::V2_43;

    /// [`super::init_cpu_features`] for glibc 2.43 (same arguments).
    pub fn init_cpu_features(
        at_minsigstksz: Option<usize>,
        at_hwcap2: u64,
        tunables: &CpuTunables,
    ) -> CpuInit {
        init_cpu_features_for(RELEASE, at_minsigstksz, at_hwcap2, tunables)
    }

    /// Offsets in 2.43's `struct rtld_global_ro` / `struct rtld_global`
    /// (pahole of the Debian sid 2.43-7 ld.so, tools/glibc-layout/out/
    /// 2.43.json). Up to and including `_dl_x86_cpu_features` they are 2.41's;
    /// after it everything moved down by 32 bytes: `const char
    /// _dl_x86_hwcap_flags[3][9]` is gone (glibc commit e5893e6349 "Remove
    /// unused dl-procinfo.h", first in 2.42). `_rtld_global` shrank by 768
    /// bytes before `_dl_x86_feature_control` (each of the 16 `struct
    /// link_namespaces` lost its 48-byte `_ns_debug`, glibc commit 7278d11f3a
    /// "elf: Introduce separate _r_debug_array variable", first in 2.42); its
    /// bit layout (`plt_rewrite` in bits 4..5) is unchanged.
    pub mod ro {
        /// `const char *_dl_platform`.
        pub const DL_PLATFORM: usize = 8;
        /// `size_t _dl_platformlen`.
        pub const DL_PLATFORMLEN: usize = 16;
        /// `size_t _dl_minsigstacksize`.
        pub const DL_MINSIGSTACKSIZE: usize = 32;
        /// `uint64_t _dl_hwcap`.
        pub const DL_HWCAP: usize = 96;
        /// `struct cpu_features _dl_x86_cpu_features`.
        pub const DL_X86_CPU_FEATURES: usize = super::RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET;
        /// `void *_dl_x86_tlsdesc_dynamic` (2.41: 672).
        pub const DL_X86_TLSDESC_DYNAMIC: usize = 640;
        /// `void *_dl_x86_64_runtime_resolve` (2.41: 680).
        pub const DL_X86_64_RUNTIME_RESOLVE: usize = 648;
        /// `uint64_t _dl_hwcap2` (2.41: 816).
        pub const DL_HWCAP2: usize = 784;
        /// `struct dl_x86_feature_control _dl_x86_feature_control` in
        /// `struct rtld_global` (2.41: 2740).
        pub const RTLD_GLOBAL_DL_X86_FEATURE_CONTROL: usize = 1972;
    }
}

// Layout checks against the pahole dump of glibc 2.41 (Debian 2.41-12+deb13u5,
// ld.so build-id f8cba873b4b012040a77161991425f66a8b2e700).
const _: () = {
    assert!(size_of::<CpuidRegisters>() == 16);
    assert!(size_of::<CpuidFeatureInternal>() == 32);
    assert!(size_of::<CpuFeaturesBasic>() == 20);
    assert!(size_of::<CpuFeatures>() == CPU_FEATURES_SIZE);
    assert!(core::mem::align_of::<CpuFeatures>() == 8);
    assert!(offset_of!(CpuFeatures, basic) == 0);
    assert!(offset_of!(CpuFeatures, features) == 20);
    assert!(offset_of!(CpuFeatures, preferred) == 340);
    assert!(offset_of!(CpuFeatures, isa_1) == 344);
    assert!(offset_of!(CpuFeatures, hole_348) == 348);
    assert!(offset_of!(CpuFeatures, xsave_state_size) == 352);
    assert!(offset_of!(CpuFeatures, xsave_state_full_size) == 360);
    assert!(offset_of!(CpuFeatures, hole_364) == 364);
    assert!(offset_of!(CpuFeatures, data_cache_size) == 368);
    assert!(offset_of!(CpuFeatures, shared_cache_size) == 376);
    assert!(offset_of!(CpuFeatures, non_temporal_threshold) == 384);
    assert!(offset_of!(CpuFeatures, memset_non_temporal_threshold) == 392);
    assert!(offset_of!(CpuFeatures, rep_movsb_threshold) == 400);
    assert!(offset_of!(CpuFeatures, rep_movsb_stop_threshold) == 408);
    assert!(offset_of!(CpuFeatures, rep_stosb_threshold) == 416);
    assert!(offset_of!(CpuFeatures, level1_icache_size) == 424);
    assert!(offset_of!(CpuFeatures, level1_icache_linesize) == 432);
    assert!(offset_of!(CpuFeatures, level1_dcache_size) == 440);
    assert!(offset_of!(CpuFeatures, level1_dcache_assoc) == 448);
    assert!(offset_of!(CpuFeatures, level1_dcache_linesize) == 456);
    assert!(offset_of!(CpuFeatures, level2_cache_size) == 464);
    assert!(offset_of!(CpuFeatures, level2_cache_assoc) == 472);
    assert!(offset_of!(CpuFeatures, level2_cache_linesize) == 480);
    assert!(offset_of!(CpuFeatures, level3_cache_size) == 488);
    assert!(offset_of!(CpuFeatures, level3_cache_assoc) == 496);
    assert!(offset_of!(CpuFeatures, level3_cache_linesize) == 504);
    assert!(offset_of!(CpuFeatures, level4_cache_size) == 512);
    assert!(offset_of!(CpuFeatures, cachesize_non_temporal_divisor) == 520);
    // `features[CPUID_INDEX_24_ECX_0]` ends where `preferred` starts.
    assert!(20 + 32 * CPUID_INDEX_MAX == 340);
};

impl Default for CpuFeatures {
    fn default() -> Self {
        Self::zeroed()
    }
}

impl CpuFeatures {
    /// All-zero struct (`basic.kind == ARCH_KIND_UNKNOWN`), as in glibc's RELRO
    /// `_rtld_global_ro` before `init_cpu_features` runs.
    pub const fn zeroed() -> Self {
        const R: CpuidRegisters = CpuidRegisters {
            eax: 0,
            ebx: 0,
            ecx: 0,
            edx: 0,
        };
        const F: CpuidFeatureInternal = CpuidFeatureInternal {
            cpuid: R,
            active: R,
        };
        CpuFeatures {
            basic: CpuFeaturesBasic {
                kind: 0,
                max_cpuid: 0,
                family: 0,
                model: 0,
                stepping: 0,
            },
            features: [F; CPUID_INDEX_MAX],
            preferred: [0],
            isa_1: 0,
            hole_348: 0,
            xsave_state_size: 0,
            xsave_state_full_size: 0,
            hole_364: 0,
            data_cache_size: 0,
            shared_cache_size: 0,
            non_temporal_threshold: 0,
            memset_non_temporal_threshold: 0,
            rep_movsb_threshold: 0,
            rep_movsb_stop_threshold: 0,
            rep_stosb_threshold: 0,
            level1_icache_size: 0,
            level1_icache_linesize: 0,
            level1_dcache_size: 0,
            level1_dcache_assoc: 0,
            level1_dcache_linesize: 0,
            level2_cache_size: 0,
            level2_cache_assoc: 0,
            level2_cache_linesize: 0,
            level3_cache_size: 0,
            level3_cache_assoc: 0,
            level3_cache_linesize: 0,
            level4_cache_size: 0,
            cachesize_non_temporal_divisor: 0,
        }
    }

    /// The 528 bytes exactly as glibc lays them out at `_rtld_global_ro + 112`.
    pub fn as_bytes(&self) -> &[u8; CPU_FEATURES_SIZE] {
        // SAFETY: `CpuFeatures` is `repr(C)`, exactly CPU_FEATURES_SIZE bytes
        // (const-asserted above) and consists only of integer fields with the two
        // alignment holes made explicit, so every byte is initialized; `u8` has
        // alignment 1 and the returned borrow has the lifetime of `self`.
        unsafe { &*(self as *const CpuFeatures as *const [u8; CPU_FEATURES_SIZE]) }
    }

    /// The struct from 528 bytes laid out as glibc's (any bit pattern is valid).
    pub fn from_bytes(bytes: &[u8; CPU_FEATURES_SIZE]) -> CpuFeatures {
        // SAFETY: the source is CPU_FEATURES_SIZE readable bytes, CpuFeatures is
        // plain integers (every bit pattern valid) of that size, and
        // read_unaligned has no alignment requirement.
        unsafe { core::ptr::read_unaligned(bytes.as_ptr() as *const CpuFeatures) }
    }

    /// Whether CPUID reported the feature (`CPU_FEATURE_CPU_P`).
    fn cpu_p(&self, f: Feat) -> bool {
        match self.features.get(f.index) {
            Some(e) => e.cpuid.get(f.reg) & f.bit != 0,
            None => false,
        }
    }

    /// Whether CPUID reported OSXSAVE (`CPU_FEATURES_CPU_P (cpu_features,
    /// OSXSAVE)`, which the `--list-diagnostics` CPUID dump tests).
    pub fn cpuid_reports_osxsave(&self) -> bool {
        self.cpu_p(f::OSXSAVE)
    }

    /// Whether the feature is usable (`CPU_FEATURE_USABLE_P`).
    fn usable_p(&self, f: Feat) -> bool {
        match self.features.get(f.index) {
            Some(e) => e.active.get(f.reg) & f.bit != 0,
            None => false,
        }
    }

    /// `CPU_FEATURE_SET`: mark usable unconditionally.
    fn set(&mut self, f: Feat) {
        if let Some(e) = self.features.get_mut(f.index) {
            *e.active.get_mut(f.reg) |= f.bit;
        }
    }

    /// `CPU_FEATURE_UNSET`: mark not usable.
    fn unset(&mut self, f: Feat) {
        if let Some(e) = self.features.get_mut(f.index) {
            *e.active.get_mut(f.reg) &= !f.bit;
        }
    }

    /// `CPU_FEATURE_SET_ACTIVE`: usable if CPUID reports it.
    fn set_active(&mut self, f: Feat) {
        if let Some(e) = self.features.get_mut(f.index) {
            let present = e.cpuid.get(f.reg) & f.bit;
            *e.active.get_mut(f.reg) |= present;
        }
    }

    /// `CPU_FEATURE_PREFERRED_P`.
    fn preferred_p(&self, bit: u32) -> bool {
        self.preferred[0] & bit != 0
    }

    fn leaf1(&self) -> CpuidRegisters {
        match self.features.get(CPUID_INDEX_1) {
            Some(e) => e.cpuid,
            None => CpuidRegisters::default(),
        }
    }

    fn set_leaf(&mut self, index: usize, r: CpuidRegisters) {
        if let Some(e) = self.features.get_mut(index) {
            e.cpuid = r;
        }
    }
}

#[derive(Clone, Copy)]
enum Reg {
    Eax,
    Ebx,
    Ecx,
    Edx,
}

fn reg_get(r: &CpuidRegisters, reg: Reg) -> u32 {
    match reg {
        Reg::Eax => r.eax,
        Reg::Ebx => r.ebx,
        Reg::Ecx => r.ecx,
        Reg::Edx => r.edx,
    }
}

fn reg_get_mut(r: &mut CpuidRegisters, reg: Reg) -> &mut u32 {
    match reg {
        Reg::Eax => &mut r.eax,
        Reg::Ebx => &mut r.ebx,
        Reg::Ecx => &mut r.ecx,
        Reg::Edx => &mut r.edx,
    }
}

/// Register access by [`Reg`] (an extension trait: `CpuidRegisters` is shared
/// with the 2.36 module).
trait RegAccess {
    fn get(&self, r: Reg) -> u32;
    fn get_mut(&mut self, r: Reg) -> &mut u32;
}

impl RegAccess for CpuidRegisters {
    fn get(&self, r: Reg) -> u32 {
        reg_get(self, r)
    }
    fn get_mut(&mut self, r: Reg) -> &mut u32 {
        reg_get_mut(self, r)
    }
}

/// One feature bit: `index_cpu_X`, `reg_X`, `bit_cpu_X`.
#[derive(Clone, Copy)]
struct Feat {
    index: usize,
    reg: Reg,
    bit: u32,
}

const fn feat(index: usize, reg: Reg, bit: u32) -> Feat {
    Feat {
        index,
        reg,
        bit: 1u32 << bit,
    }
}

/// The feature bits the initialization code touches (names as in glibc).
mod f {
    use super::Reg::{Eax, Ebx, Ecx, Edx};
    use super::*;

    // Leaf 1 ECX.
    pub const SSE3: Feat = feat(CPUID_INDEX_1, Ecx, 0);
    pub const PCLMULQDQ: Feat = feat(CPUID_INDEX_1, Ecx, 1);
    pub const SSSE3: Feat = feat(CPUID_INDEX_1, Ecx, 9);
    pub const FMA: Feat = feat(CPUID_INDEX_1, Ecx, 12);
    pub const CMPXCHG16B: Feat = feat(CPUID_INDEX_1, Ecx, 13);
    pub const SSE4_1: Feat = feat(CPUID_INDEX_1, Ecx, 19);
    pub const SSE4_2: Feat = feat(CPUID_INDEX_1, Ecx, 20);
    pub const MOVBE: Feat = feat(CPUID_INDEX_1, Ecx, 22);
    pub const POPCNT: Feat = feat(CPUID_INDEX_1, Ecx, 23);
    pub const AES: Feat = feat(CPUID_INDEX_1, Ecx, 25);
    pub const XSAVE: Feat = feat(CPUID_INDEX_1, Ecx, 26);
    pub const OSXSAVE: Feat = feat(CPUID_INDEX_1, Ecx, 27);
    pub const AVX: Feat = feat(CPUID_INDEX_1, Ecx, 28);
    pub const F16C: Feat = feat(CPUID_INDEX_1, Ecx, 29);
    pub const RDRAND: Feat = feat(CPUID_INDEX_1, Ecx, 30);
    // Leaf 1 EDX.
    pub const FPU: Feat = feat(CPUID_INDEX_1, Edx, 0);
    pub const TSC: Feat = feat(CPUID_INDEX_1, Edx, 4);
    pub const CX8: Feat = feat(CPUID_INDEX_1, Edx, 8);
    pub const CMOV: Feat = feat(CPUID_INDEX_1, Edx, 15);
    pub const CLFSH: Feat = feat(CPUID_INDEX_1, Edx, 19);
    pub const MMX: Feat = feat(CPUID_INDEX_1, Edx, 23);
    pub const FXSR: Feat = feat(CPUID_INDEX_1, Edx, 24);
    pub const SSE: Feat = feat(CPUID_INDEX_1, Edx, 25);
    pub const SSE2: Feat = feat(CPUID_INDEX_1, Edx, 26);
    pub const HTT: Feat = feat(CPUID_INDEX_1, Edx, 28);
    // Leaf 7 EBX.
    pub const FSGSBASE: Feat = feat(CPUID_INDEX_7, Ebx, 0);
    pub const BMI1: Feat = feat(CPUID_INDEX_7, Ebx, 3);
    pub const HLE: Feat = feat(CPUID_INDEX_7, Ebx, 4);
    pub const AVX2: Feat = feat(CPUID_INDEX_7, Ebx, 5);
    pub const BMI2: Feat = feat(CPUID_INDEX_7, Ebx, 8);
    pub const ERMS: Feat = feat(CPUID_INDEX_7, Ebx, 9);
    pub const RTM: Feat = feat(CPUID_INDEX_7, Ebx, 11);
    pub const AVX512F: Feat = feat(CPUID_INDEX_7, Ebx, 16);
    pub const AVX512DQ: Feat = feat(CPUID_INDEX_7, Ebx, 17);
    pub const RDSEED: Feat = feat(CPUID_INDEX_7, Ebx, 18);
    pub const ADX: Feat = feat(CPUID_INDEX_7, Ebx, 19);
    pub const AVX512_IFMA: Feat = feat(CPUID_INDEX_7, Ebx, 21);
    pub const CLFLUSHOPT: Feat = feat(CPUID_INDEX_7, Ebx, 23);
    pub const CLWB: Feat = feat(CPUID_INDEX_7, Ebx, 24);
    pub const AVX512PF: Feat = feat(CPUID_INDEX_7, Ebx, 26);
    pub const AVX512ER: Feat = feat(CPUID_INDEX_7, Ebx, 27);
    pub const AVX512CD: Feat = feat(CPUID_INDEX_7, Ebx, 28);
    pub const SHA: Feat = feat(CPUID_INDEX_7, Ebx, 29);
    pub const AVX512BW: Feat = feat(CPUID_INDEX_7, Ebx, 30);
    pub const AVX512VL: Feat = feat(CPUID_INDEX_7, Ebx, 31);
    // Leaf 7 ECX.
    pub const PREFETCHWT1: Feat = feat(CPUID_INDEX_7, Ecx, 0);
    pub const AVX512_VBMI: Feat = feat(CPUID_INDEX_7, Ecx, 1);
    pub const PKU: Feat = feat(CPUID_INDEX_7, Ecx, 3);
    pub const OSPKE: Feat = feat(CPUID_INDEX_7, Ecx, 4);
    pub const WAITPKG: Feat = feat(CPUID_INDEX_7, Ecx, 5);
    pub const AVX512_VBMI2: Feat = feat(CPUID_INDEX_7, Ecx, 6);
    pub const SHSTK: Feat = feat(CPUID_INDEX_7, Ecx, 7);
    pub const GFNI: Feat = feat(CPUID_INDEX_7, Ecx, 8);
    pub const VAES: Feat = feat(CPUID_INDEX_7, Ecx, 9);
    pub const VPCLMULQDQ: Feat = feat(CPUID_INDEX_7, Ecx, 10);
    pub const AVX512_VNNI: Feat = feat(CPUID_INDEX_7, Ecx, 11);
    pub const AVX512_BITALG: Feat = feat(CPUID_INDEX_7, Ecx, 12);
    pub const AVX512_VPOPCNTDQ: Feat = feat(CPUID_INDEX_7, Ecx, 14);
    pub const RDPID: Feat = feat(CPUID_INDEX_7, Ecx, 22);
    pub const KL: Feat = feat(CPUID_INDEX_7, Ecx, 23);
    pub const CLDEMOTE: Feat = feat(CPUID_INDEX_7, Ecx, 25);
    pub const MOVDIRI: Feat = feat(CPUID_INDEX_7, Ecx, 27);
    pub const MOVDIR64B: Feat = feat(CPUID_INDEX_7, Ecx, 28);
    // Leaf 7 EDX.
    pub const AVX512_4VNNIW: Feat = feat(CPUID_INDEX_7, Edx, 2);
    pub const AVX512_4FMAPS: Feat = feat(CPUID_INDEX_7, Edx, 3);
    pub const FSRM: Feat = feat(CPUID_INDEX_7, Edx, 4);
    pub const AVX512_VP2INTERSECT: Feat = feat(CPUID_INDEX_7, Edx, 8);
    pub const RTM_ALWAYS_ABORT: Feat = feat(CPUID_INDEX_7, Edx, 11);
    pub const SERIALIZE: Feat = feat(CPUID_INDEX_7, Edx, 14);
    pub const TSXLDTRK: Feat = feat(CPUID_INDEX_7, Edx, 16);
    pub const IBT: Feat = feat(CPUID_INDEX_7, Edx, 20);
    pub const AMX_BF16: Feat = feat(CPUID_INDEX_7, Edx, 22);
    pub const AVX512_FP16: Feat = feat(CPUID_INDEX_7, Edx, 23);
    pub const AMX_TILE: Feat = feat(CPUID_INDEX_7, Edx, 24);
    pub const AMX_INT8: Feat = feat(CPUID_INDEX_7, Edx, 25);
    // Leaf 0x80000001 ECX.
    pub const LAHF64_SAHF64: Feat = feat(CPUID_INDEX_80000001, Ecx, 0);
    pub const LZCNT: Feat = feat(CPUID_INDEX_80000001, Ecx, 5);
    pub const SSE4A: Feat = feat(CPUID_INDEX_80000001, Ecx, 6);
    pub const PREFETCHW: Feat = feat(CPUID_INDEX_80000001, Ecx, 8);
    pub const XOP: Feat = feat(CPUID_INDEX_80000001, Ecx, 11);
    pub const FMA4: Feat = feat(CPUID_INDEX_80000001, Ecx, 16);
    pub const TBM: Feat = feat(CPUID_INDEX_80000001, Ecx, 21);
    // Leaf 0x80000001 EDX.
    pub const RDTSCP: Feat = feat(CPUID_INDEX_80000001, Edx, 27);
    // Leaf 0xd subleaf 1 EAX.
    pub const XSAVEOPT: Feat = feat(CPUID_INDEX_D_ECX_1, Eax, 0);
    pub const XSAVEC: Feat = feat(CPUID_INDEX_D_ECX_1, Eax, 1);
    pub const XGETBV_ECX_1: Feat = feat(CPUID_INDEX_D_ECX_1, Eax, 2);
    pub const XFD: Feat = feat(CPUID_INDEX_D_ECX_1, Eax, 4);
    // Leaf 0x80000008 EBX.
    pub const WBNOINVD: Feat = feat(CPUID_INDEX_80000008, Ebx, 9);
    // Leaf 7 subleaf 1 EAX.
    pub const RAO_INT: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 3);
    pub const AVX_VNNI: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 4);
    pub const AVX512_BF16: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 5);
    pub const CMPCCXADD: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 7);
    pub const FZLRM: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 10);
    pub const FSRS: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 11);
    pub const FSRCS: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 12);
    pub const AMX_FP16: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 21);
    pub const AVX_IFMA: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 23);
    // Leaf 7 subleaf 1 EDX.
    pub const AVX_VNNI_INT8: Feat = feat(CPUID_INDEX_7_ECX_1, Edx, 4);
    pub const AVX_NE_CONVERT: Feat = feat(CPUID_INDEX_7_ECX_1, Edx, 5);
    pub const AMX_COMPLEX: Feat = feat(CPUID_INDEX_7_ECX_1, Edx, 8);
    pub const PREFETCHI: Feat = feat(CPUID_INDEX_7_ECX_1, Edx, 14);
    pub const AVX10: Feat = feat(CPUID_INDEX_7_ECX_1, Edx, 19);
    pub const APX_F: Feat = feat(CPUID_INDEX_7_ECX_1, Edx, 21);
    // Leaf 0x19 EBX.
    pub const AESKLE: Feat = feat(CPUID_INDEX_19, Ebx, 0);
    pub const WIDE_KL: Feat = feat(CPUID_INDEX_19, Ebx, 2);
    // Leaf 0x14 subleaf 0 EBX.
    pub const PTWRITE: Feat = feat(CPUID_INDEX_14_ECX_0, Ebx, 4);
    // Leaf 0x24 subleaf 0 EBX.
    pub const AVX10_XMM: Feat = feat(CPUID_INDEX_24_ECX_0, Ebx, 16);
    pub const AVX10_YMM: Feat = feat(CPUID_INDEX_24_ECX_0, Ebx, 17);
    pub const AVX10_ZMM: Feat = feat(CPUID_INDEX_24_ECX_0, Ebx, 18);
}

// ---------------------------------------------------------------------------
// Tunables
// ---------------------------------------------------------------------------

/// The `glibc.cpu.*` tunables that 2.41's `init_cpu_features` reads. `None`
/// means "not set by the user". Numeric values are the numbers after
/// `_dl_strtoul` (`tunable_parse_num`); this module applies the tunable's type
/// and bounds exactly as `tunable_initialize` → `do_tunable_update_val` would
/// (an out-of-range value leaves the tunable at its default, uninitialized).
///
/// Differences from 2.36's [`super::cpu_features::CpuTunables`]:
/// `hwcap_mask` is gone (`glibc.cpu.hwcap_mask` went with the legacy AT_HWCAP
/// subdirectory search in glibc 2.37; 2.41's `--list-tunables` has no such
/// tunable), and there are three new ones:
/// `x86_memset_non_temporal_threshold`, `prefer_map_32bit_exec` and
/// `plt_rewrite`. `glibc.cpu.x86_ibt` / `x86_shstk` exist in 2.41's list but
/// are only read with CET enabled, which Debian's build is not.
///
/// For the parser (not this module's job, noted for the 2.41 adapter): in
/// 2.41 an AT_SECURE process ignores all tunables; `prefer_map_32bit_exec`
/// also has the environment alias `LD_PREFER_MAP_32BIT_EXEC`, used only if
/// `GLIBC_TUNABLES` did not set it; a string tunable's value ends at the
/// next `:` (no copy, no NUL) and the last occurrence of a name wins.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CpuTunables<'a> {
    /// `glibc.cpu.hwcaps`: the value string (a NUL inside ends it), e.g.
    /// `b"-AVX2,Prefer_No_VZEROUPPER"`. `Some(b"")` (set to empty) is a no-op.
    pub hwcaps: Option<&'a [u8]>,
    /// `glibc.cpu.x86_non_temporal_threshold` (SIZE_T, 0..SIZE_MAX, default 0).
    pub x86_non_temporal_threshold: Option<u64>,
    /// `glibc.cpu.x86_memset_non_temporal_threshold` (SIZE_T, 0..SIZE_MAX,
    /// default 0). New in 2.41.
    pub x86_memset_non_temporal_threshold: Option<u64>,
    /// `glibc.cpu.x86_rep_movsb_threshold` (SIZE_T, 1..SIZE_MAX, default 0).
    pub x86_rep_movsb_threshold: Option<u64>,
    /// `glibc.cpu.x86_rep_stosb_threshold` (SIZE_T, 1..SIZE_MAX, default 2048).
    pub x86_rep_stosb_threshold: Option<u64>,
    /// `glibc.cpu.x86_data_cache_size` (SIZE_T, default 0 = ignored).
    pub x86_data_cache_size: Option<u64>,
    /// `glibc.cpu.x86_shared_cache_size` (SIZE_T, default 0 = ignored).
    pub x86_shared_cache_size: Option<u64>,
    /// `glibc.cpu.prefer_map_32bit_exec` (INT_32, 0..1, default 0; env alias
    /// `LD_PREFER_MAP_32BIT_EXEC`). Non-zero sets `Prefer_MAP_32BIT_EXEC`.
    /// Absent from 2.36 (glibc 2.35 had dropped `LD_PREFER_MAP_32BIT_EXEC`;
    /// 2.41 has it back as this tunable and a preferred bit).
    pub prefer_map_32bit_exec: Option<u64>,
    /// `glibc.cpu.plt_rewrite` (INT_32, 0..2, default 0). New in 2.41.
    pub plt_rewrite: Option<u64>,
}

/// Which `_dl_runtime_resolve_*` / `_dl_tlsdesc_dynamic_*` pair
/// `init_cpu_features` stores in `GLRO(dl_x86_64_runtime_resolve)` and
/// `GLRO(dl_x86_tlsdesc_dynamic)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum XsaveState {
    /// `xsave_state_size == 0`: `_dl_runtime_resolve_fxsave`,
    /// `_dl_tlsdesc_dynamic_fxsave`.
    Fxsave,
    /// `_dl_runtime_resolve_xsave`, `_dl_tlsdesc_dynamic_xsave`.
    Xsave,
    /// XSAVEC usable: `_dl_runtime_resolve_xsavec`, `_dl_tlsdesc_dynamic_xsavec`.
    Xsavec,
}

/// `enum dl_plt_rewrite_control` (sysdeps/x86_64/feature-control.h).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum PltRewrite {
    /// `plt_rewrite_none`: glibc leaves the field alone (it starts at 0).
    None = 0,
    /// `plt_rewrite_jmp`.
    Jmp = 1,
    /// `plt_rewrite_jmpabs`: only with `glibc.cpu.plt_rewrite=2` on a CPU that
    /// reports APX_F.
    Jmpabs = 2,
}

// ---------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------

/// Everything 2.41 ld.so's `init_cpu_features` produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CpuInit {
    /// `GLRO(dl_x86_cpu_features)`.
    pub features: CpuFeatures,
    /// `GLRO(dl_hwcap)`: overwritten (not or-ed) by glibc; what
    /// `getauxval(AT_HWCAP)` returns in the program.
    pub hwcap: u64,
    /// `Some` when glibc replaces `GLRO(dl_platform)` (Intel only:
    /// `b"haswell\0"` or `b"xeon_phi\0"`); `None` keeps `AT_PLATFORM`.
    pub platform: Option<&'static [u8]>,
    /// `GLRO(dl_minsigstacksize)`: `AT_MINSIGSTKSZ` if the kernel supplied a
    /// non-zero one, else emulated from CPUID leaf 0xd, else `MINSIGSTKSZ`.
    pub minsigstacksize: usize,
    /// `_dl_x86_features_tlsdesc_state_size` (ld.so-internal; 0 without
    /// OSXSAVE / leaf 0xd).
    pub tlsdesc_state_size: u64,
    /// The `GLRO(dl_x86_64_runtime_resolve)` / `GLRO(dl_x86_tlsdesc_dynamic)`
    /// variant.
    pub xsave_state: XsaveState,
    /// What `set_plt_rewrite` stores in `GL(dl_x86_feature_control).plt_rewrite`
    /// when `dl_plt_rewrite_supported ()` (mmap an RW page, write to it,
    /// mprotect it to R+X, munmap; true if the mprotect succeeded) returns
    /// true. glibc runs that probe only when the tunable is non-zero, i.e. when
    /// this is not [`PltRewrite::None`]; if the probe fails the field stays 0.
    pub plt_rewrite: PltRewrite,
    /// `glibc.cpu.x86_data_cache_size` after `TUNABLE_SET_WITH_BOUNDS`.
    pub x86_data_cache_size: TunableValue,
    /// `glibc.cpu.x86_shared_cache_size` after `TUNABLE_SET_WITH_BOUNDS`.
    pub x86_shared_cache_size: TunableValue,
    /// `glibc.cpu.x86_non_temporal_threshold` after `TUNABLE_SET_WITH_BOUNDS`.
    pub x86_non_temporal_threshold: TunableValue,
    /// `glibc.cpu.x86_memset_non_temporal_threshold` after
    /// `TUNABLE_SET_WITH_BOUNDS` (new in 2.41).
    pub x86_memset_non_temporal_threshold: TunableValue,
    /// `glibc.cpu.x86_rep_movsb_threshold` after `TUNABLE_SET_WITH_BOUNDS`.
    pub x86_rep_movsb_threshold: TunableValue,
    /// `glibc.cpu.x86_rep_stosb_threshold` after `TUNABLE_SET_WITH_BOUNDS`.
    pub x86_rep_stosb_threshold: TunableValue,
    /// `glibc.cpu.prefer_map_32bit_exec` as parsed (not written back; here so
    /// the tunables table can show the same state).
    pub prefer_map_32bit_exec: TunableValue,
    /// `glibc.cpu.plt_rewrite` as parsed (not written back).
    pub plt_rewrite_tunable: TunableValue,
}

/// Tunable state threaded through `init_cacheinfo`.
struct CacheTunables {
    data: TunableValue,
    shared: TunableValue,
    non_temporal: TunableValue,
    memset_non_temporal: TunableValue,
    rep_movsb: TunableValue,
    rep_stosb: TunableValue,
}

/// An unsigned (SIZE_T) tunable after the user's value, if any, went through
/// `tunable_initialize`.
fn size_tunable(default: u64, min: u64, user: Option<u64>) -> TunableValue {
    let mut t = TunableValue::new(default, min, u64::MAX);
    if let Some(v) = user {
        t.update(v, None, None);
    }
    t
}

/// An INT_32 tunable with bounds `0..=max`, default 0, after the user's value:
/// `do_tunable_update_val` truncates to `int32_t` and compares signed.
fn int32_tunable(max: i64, user: Option<u64>) -> TunableValue {
    let mut t = TunableValue::new(0, 0, max as u64);
    if let Some(v) = user {
        let v = i64::from(v as i32);
        if (0..=max).contains(&v) {
            t.value = v as u64;
            t.initialized = true;
        }
    }
    t
}

// ---------------------------------------------------------------------------
// init_cpu_features
// ---------------------------------------------------------------------------

/// The glibc release whose `ld.so` [`init_cpu_features_for`] mirrors. Both
/// have the same 528-byte `struct cpu_features`, the same `glibc.cpu.*`
/// tunables (with the same `tunable_id_t` values) and the same CPUID
/// sequence; what differs is listed at each method, which is the only place
/// the logic asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Release {
    /// glibc 2.41 as Debian 13 builds it (2.41-12+deb13u5).
    V2_41,
    /// glibc 2.43 as Debian sid builds it (2.43-7, ld.so build-id
    /// `0a8e9e6786b32d6e0071b94092410c732237d535`).
    V2_43,
}

impl Release {
    /// Hygon model tuning after `update_active`: model < 4 (Hygon 1/2/3)
    /// loses `AVX_Fast_Unaligned_Load` ("Unaligned AVX loads are slower";
    /// this also halves the `rep movsb` threshold's vector size, so
    /// `rep_movsb_threshold` drops from 8192 to 2048), model 7 gains
    /// `Prefer_No_AVX512`. glibc commits 00d406e77b ("x86: Disable AVX Fast
    /// Unaligned Load on Hygon 1/2/3", 2025-10-17) and 1707b23382 ("Set
    /// Prefer_No_AVX512 flag for hygon platform", 2025-11-11), both first in
    /// 2.43. In 2.41 Hygon only clears `Avoid_Non_Temporal_Memset`.
    const fn hygon_model_tuning(self) -> bool {
        matches!(self, Release::V2_43)
    }
}

/// Compute glibc 2.41's CPU state on the running CPU (what the 2.41 adapter
/// calls; [`init_cpu_features_for`] with [`Release::V2_41`]).
/// `at_minsigstksz` is the `AT_MINSIGSTKSZ` auxv entry (`None` or `Some(0)`
/// if absent), `at_hwcap2` the `AT_HWCAP2` entry (0 if absent;
/// `GLRO(dl_hwcap2)`, whose FSGSBASE bit makes FSGSBASE usable).
pub fn init_cpu_features(
    at_minsigstksz: Option<usize>,
    at_hwcap2: u64,
    tunables: &CpuTunables,
) -> CpuInit {
    init_cpu_features_for(Release::V2_41, at_minsigstksz, at_hwcap2, tunables)
}

/// Compute `release`'s CPU state on the running CPU; the arguments are those
/// of [`init_cpu_features`]. [`v2_43::init_cpu_features`] is this with
/// [`Release::V2_43`].
pub fn init_cpu_features_for(
    release: Release,
    at_minsigstksz: Option<usize>,
    at_hwcap2: u64,
    tunables: &CpuTunables,
) -> CpuInit {
    init_cpu_features_with(&mut HostCpu, release, at_minsigstksz, at_hwcap2, tunables)
}

/// Intel microarchitectures (`enum intel_microarch`), as far as the tuning
/// switch distinguishes them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum IntelMicroarch {
    AtomBonnell,
    /// Airmont, Silvermont, Goldmont, Goldmont Plus, Knights Landing.
    AtomSilvermontLike,
    AtomTremont,
    BigcoreNehalemWestmere,
    /// Sandy Bridge, Ivy Bridge, Broadwell.
    BigcoreOlder,
    BigcoreHaswell,
    BigcoreSkylakeAvx512,
    BigcoreCannonlake,
    BigcoreSkylake,
    BigcoreKabylake,
    /// Comet Lake .. Nova Lake, Sapphire/Emerald/Granite/Diamond Rapids,
    /// Lakefield, Alder Lake: divisor 2.
    BigcoreNewer,
    /// Merom, Penryn, Dunnington, Sierra Forest, Clearwater Forest, Grand
    /// Ridge, Knights Mill and unknown models: the default tuning.
    Default,
}

/// `intel_get_fam6_microarch`, collapsed to [`IntelMicroarch`].
fn intel_get_fam6_microarch(model: u32) -> IntelMicroarch {
    use IntelMicroarch::*;
    match model {
        0x1c | 0x26 | 0x27 | 0x35 | 0x36 => AtomBonnell,
        0x37 | 0x4a | 0x4d | 0x5d | 0x4c | 0x5a | 0x75 | 0x5c | 0x5f | 0x7a | 0x57 => {
            AtomSilvermontLike
        }
        0x86 | 0x96 | 0x9c => AtomTremont,
        0x1a | 0x1e | 0x1f | 0x2e | 0x25 | 0x2c | 0x2f => BigcoreNehalemWestmere,
        0x2a | 0x2d | 0x3a | 0x3e | 0x3d | 0x47 | 0x4f | 0x56 => BigcoreOlder,
        0x3c | 0x3f | 0x45 | 0x46 => BigcoreHaswell,
        0x4e | 0x5e => BigcoreSkylake,
        0x8e | 0x9e => BigcoreKabylake,
        0x55 => BigcoreSkylakeAvx512,
        0x66 => BigcoreCannonlake,
        // Comet Lake, Ice Lake, Tiger Lake, Rocket Lake, Sapphire Rapids,
        // Raptor Lake, Emerald Rapids, Meteor Lake, Lunar Lake, Arrow Lake,
        // Panther Lake, Wildcat Lake, Granite Rapids, Lakefield, Alder Lake.
        0xa5 | 0xa6 | 0x6a | 0x6c | 0x7d | 0x7e | 0x9d | 0x8c | 0x8d | 0xa7 | 0x8f | 0xb7
        | 0xba | 0xbf | 0xcf | 0xaa | 0xac | 0xbd | 0xb5 | 0xc5 | 0xc6 | 0xcc | 0xd5 | 0xad
        | 0xae | 0x8a | 0x97 | 0x9a | 0xbe => BigcoreNewer,
        // Merom, Penryn, Dunnington, Sierra Forest, Clearwater Forest, Grand
        // Ridge, Knights Mill, unknown.
        _ => Default,
    }
}

/// The Intel branch of `init_cpu_features` after `update_active`.
fn intel_tuning(cf: &mut CpuFeatures, family: u32, model: &mut u32, ext_model: u32, stepping: u32) {
    use preferred::*;
    use IntelMicroarch::*;
    // Benchmarks indicate non-temporal memset can be profitable on Intel.
    cf.preferred[0] &= !AVOID_NON_TEMPORAL_MEMSET;

    let mut microarch = Default;
    if family == 0x06 {
        *model = model.wrapping_add(ext_model);
        microarch = intel_get_fam6_microarch(*model);

        // TSX quirks (kernels without the microcode that disables it).
        let disable_tsx = match microarch {
            BigcoreSkylakeAvx512 => stepping <= 5,
            BigcoreKabylake => stepping <= 0xc,
            BigcoreSkylake => true,
            _ => false,
        };
        if disable_tsx {
            cf.unset(f::HLE);
            cf.unset(f::RTM);
            cf.set(f::RTM_ALWAYS_ABORT);
        } else if microarch == BigcoreHaswell && !(*model == 0x3f && stepping >= 4) {
            // Haswell, except Xeon E7 v3 stepping >= 4: RTM off.
            cf.unset(f::RTM);
        }
    } else if family == 18 && (*model == 0x01 || *model == 0x03) {
        // Nova Lake.
        microarch = BigcoreNewer;
    } else if family == 19 && *model == 0x01 {
        // Diamond Rapids.
        microarch = BigcoreNewer;
    }

    const MODERN: u32 =
        FAST_REP_STRING | FAST_UNALIGNED_LOAD | FAST_UNALIGNED_COPY | PREFER_PMINUB_FOR_STRINGOP;
    // `default_tuning`: rep string, unaligned load/copy, pminub if AVX.
    let default_tuning = |cf: &mut CpuFeatures| {
        if cf.cpu_p(f::AVX) {
            cf.preferred[0] |= MODERN;
        }
    };
    match microarch {
        AtomBonnell => cf.preferred[0] |= SLOW_BSF,
        AtomSilvermontLike => {
            cf.preferred[0] |=
                FAST_UNALIGNED_LOAD | FAST_UNALIGNED_COPY | PREFER_PMINUB_FOR_STRINGOP | SLOW_SSE4_2
        }
        AtomTremont => {
            cf.preferred[0] |= FAST_REP_STRING
                | FAST_UNALIGNED_LOAD
                | FAST_UNALIGNED_COPY
                | PREFER_PMINUB_FOR_STRINGOP
                | SLOW_SSE4_2
        }
        Default => default_tuning(cf),
        BigcoreNehalemWestmere => {
            // Older CPUs prefer non-temporal stores at a lower threshold;
            // `goto enable_modern_features` (no AVX check).
            cf.cachesize_non_temporal_divisor = 8;
            cf.preferred[0] |= MODERN;
        }
        BigcoreOlder | BigcoreHaswell => {
            cf.cachesize_non_temporal_divisor = 8;
            default_tuning(cf);
        }
        BigcoreSkylakeAvx512 | BigcoreCannonlake => {
            // Non-temporal memset is not profitable on Skylake servers.
            cf.preferred[0] |= AVOID_NON_TEMPORAL_MEMSET;
            cf.cachesize_non_temporal_divisor = 2;
            default_tuning(cf);
        }
        BigcoreSkylake | BigcoreKabylake | BigcoreNewer => {
            cf.cachesize_non_temporal_divisor = 2;
            default_tuning(cf);
        }
    }

    // AVX512ER exists only on Xeon Phi: prefer no VZEROUPPER there. Elsewhere
    // avoid AVX512 unless AVX-VNNI shows the CPU does not downclock, and
    // avoid VZEROUPPER inside RTM regions.
    if cf.cpu_p(f::AVX512ER) {
        cf.preferred[0] |= PREFER_NO_VZEROUPPER;
    } else {
        if !cf.cpu_p(f::AVX_VNNI) {
            cf.preferred[0] |= PREFER_NO_AVX512;
        }
        if cf.usable_p(f::RTM) {
            cf.preferred[0] |= PREFER_NO_VZEROUPPER;
        }
    }
    // Avoid short distance REP MOVSB on processors with FSRM.
    if cf.cpu_p(f::FSRM) {
        cf.preferred[0] |= AVOID_SHORT_DISTANCE_REP_MOVSB;
    }
}

/// The Zhaoxin branch of `init_cpu_features` after `update_active`.
fn zhaoxin_tuning(cf: &mut CpuFeatures, family: u32, model: u32) {
    use preferred::*;
    if family == 0x6 {
        // Older Zhaoxin processors.
        if model == 0xf || model == 0x19 {
            cf.unset(f::AVX);
            cf.unset(f::AVX2);
            cf.preferred[0] |= SLOW_SSE4_2;
            cf.preferred[0] &= !AVX_FAST_UNALIGNED_LOAD;
        }
    } else if family == 0x7 {
        match model {
            // Wudaokou.
            0x1b => {
                cf.unset(f::AVX);
                cf.unset(f::AVX2);
                cf.preferred[0] |= SLOW_SSE4_2;
                cf.preferred[0] &= !AVX_FAST_UNALIGNED_LOAD;
            }
            // Lujiazui.
            0x3b => {
                cf.unset(f::AVX);
                cf.unset(f::AVX2);
                cf.preferred[0] &= !AVX_FAST_UNALIGNED_LOAD;
            }
            // Yongfeng (also the divisor) and Shijidadao: the sse2_unaligned
            // memset, strcpy and strcat.
            0x5b | 0x6b => {
                if model == 0x5b {
                    cf.cachesize_non_temporal_divisor = 2;
                }
                cf.preferred[0] &= !AVX_FAST_UNALIGNED_LOAD;
                cf.preferred[0] |= PREFER_NO_VZEROUPPER | FAST_UNALIGNED_LOAD;
            }
            _ => {}
        }
    }
}

/// [`init_cpu_features_for`] with an explicit CPUID source. Mirrors
/// `release`'s `init_cpu_features` (sysdeps/x86/cpu-features.c) step by step.
pub fn init_cpu_features_with<C: CpuidSource>(
    cpu: &mut C,
    release: Release,
    at_minsigstksz: Option<usize>,
    at_hwcap2: u64,
    tunables: &CpuTunables,
) -> CpuInit {
    let mut cf = CpuFeatures::zeroed();
    // _dl_parse_auxv: GLRO(dl_minsigstacksize) = auxv[AT_MINSIGSTKSZ] (0 if
    // absent); 0 means "emulate".
    let mut minsig = at_minsigstksz.unwrap_or(0);
    let mut tlsdesc_state_size = 0u64;

    // Default: avoid non-temporal memset except on Intel/AMD/Hygon.
    cf.preferred[0] |= preferred::AVOID_NON_TEMPORAL_MEMSET;
    cf.cachesize_non_temporal_divisor = 4;

    let mut family = 0u32;
    let mut model = 0u32;
    let mut stepping = 0u32;

    let l0 = cpu.cpuid(0, 0);
    cf.basic.max_cpuid = l0.eax as i32;
    let (ebx, ecx, edx) = (l0.ebx, l0.ecx, l0.edx);

    let kind;
    if ebx == 0x756e_6547 && ecx == 0x6c65_746e && edx == 0x4965_6e69 {
        // "GenuineIntel"
        kind = ARCH_KIND_INTEL;
        let ext_model;
        (family, model, ext_model, stepping) = get_common_indices(cpu, &mut cf, true, &mut minsig);
        get_extended_indices(cpu, &mut cf);
        update_active(cpu, &mut cf, at_hwcap2, &mut tlsdesc_state_size);
        intel_tuning(&mut cf, family, &mut model, ext_model, stepping);
    } else if ebx == 0x6874_7541 && ecx == 0x444d_4163 && edx == 0x6974_6e65 {
        // "AuthenticAMD"
        kind = ARCH_KIND_AMD;
        (family, model, _, stepping) = get_common_indices(cpu, &mut cf, true, &mut minsig);
        get_extended_indices(cpu, &mut cf);
        update_active(cpu, &mut cf, at_hwcap2, &mut tlsdesc_state_size);

        // Non-temporal memset can be profitable on AMD.
        cf.preferred[0] &= !preferred::AVOID_NON_TEMPORAL_MEMSET;
        // FMA4 lives in leaf 0x80000001 and needs AVX.
        if cf.usable_p(f::AVX) {
            cf.set_active(f::FMA4);
        }
        if family == 0x15 && (0x60..=0x7f).contains(&model) {
            // Excavator.
            cf.preferred[0] |= preferred::FAST_UNALIGNED_LOAD | preferred::FAST_COPY_BACKWARD;
            cf.preferred[0] &= !preferred::AVX_FAST_UNALIGNED_LOAD;
        }
    } else if (ebx == 0x746e_6543 && ecx == 0x736c_7561 && edx == 0x4872_7561)
        || (ebx == 0x6853_2020 && ecx == 0x2020_6961 && edx == 0x6867_6e61)
    {
        // "CentaurHauls" or "  Shanghai  "
        kind = ARCH_KIND_ZHAOXIN;
        // glibc declares a block-local `stepping` here that shadows the outer
        // one, so basic.stepping stays 0 for Zhaoxin.
        let ext_model;
        (family, model, ext_model, _) = get_common_indices(cpu, &mut cf, true, &mut minsig);
        get_extended_indices(cpu, &mut cf);
        update_active(cpu, &mut cf, at_hwcap2, &mut tlsdesc_state_size);
        model = model.wrapping_add(ext_model);
        zhaoxin_tuning(&mut cf, family, model);
    } else if ebx == 0x6f67_7948 && ecx == 0x656e_6975 && edx == 0x6e65_476e {
        // "HygonGenuine": no longer the AMD branch (no FMA4, no Excavator tweak).
        kind = ARCH_KIND_HYGON;
        (family, model, _, stepping) = get_common_indices(cpu, &mut cf, true, &mut minsig);
        get_extended_indices(cpu, &mut cf);
        update_active(cpu, &mut cf, at_hwcap2, &mut tlsdesc_state_size);
        cf.preferred[0] &= !preferred::AVOID_NON_TEMPORAL_MEMSET;
        // 2.43: per-model tuning (`model` includes the extended model, Hygon
        // being family 0xf + 9). See `Release::hygon_model_tuning`.
        if release.hygon_model_tuning() {
            if model < 0x4 {
                cf.preferred[0] &= !preferred::AVX_FAST_UNALIGNED_LOAD;
            } else if model == 0x7 {
                cf.preferred[0] |= preferred::PREFER_NO_AVX512;
            }
        }
    } else {
        kind = ARCH_KIND_OTHER;
        // get_common_indices (cpu_features, NULL, ...): leaf 1 is not read.
        get_common_indices(cpu, &mut cf, false, &mut minsig);
        update_active(cpu, &mut cf, at_hwcap2, &mut tlsdesc_state_size);
    }

    if cf.cpu_p(f::CX8) {
        cf.preferred[0] |= preferred::I586;
    }
    if cf.cpu_p(f::CMOV) {
        cf.preferred[0] |= preferred::I686;
    }
    // No ERMS: avoid stosb for memset.
    if !cf.usable_p(f::ERMS) {
        cf.preferred[0] |= preferred::AVOID_STOSB;
    }

    cf.basic.kind = kind;
    cf.basic.family = family;
    cf.basic.model = model;
    cf.basic.stepping = stepping;

    let mut tun = CacheTunables {
        data: size_tunable(0, 0, tunables.x86_data_cache_size),
        shared: size_tunable(0, 0, tunables.x86_shared_cache_size),
        non_temporal: size_tunable(0, 0, tunables.x86_non_temporal_threshold),
        memset_non_temporal: size_tunable(0, 0, tunables.x86_memset_non_temporal_threshold),
        rep_movsb: size_tunable(0, 1, tunables.x86_rep_movsb_threshold),
        rep_stosb: size_tunable(2048, 1, tunables.x86_rep_stosb_threshold),
    };
    init_cacheinfo(cpu, &mut cf, &mut tun);

    // TUNABLE_GET (hwcaps, ..., set_hwcaps): the callback runs only if the user
    // set the tunable.
    if let Some(s) = tunables.hwcaps {
        apply_hwcaps_tunable(&mut cf, s, &mut tlsdesc_state_size);
    }

    // TUNABLE_GET (prefer_map_32bit_exec, ..., set_prefer_map_32bit_exec).
    let prefer_map_32bit_exec = int32_tunable(1, tunables.prefer_map_32bit_exec);
    if prefer_map_32bit_exec.initialized && prefer_map_32bit_exec.value != 0 {
        cf.preferred[0] |= preferred::PREFER_MAP_32BIT_EXEC;
    }

    let mut disable_xsave_features = false;
    if !cf.usable_p(f::OSXSAVE) {
        // These features are usable only if OSXSAVE is usable.
        cf.unset(f::XSAVE);
        cf.unset(f::XSAVEOPT);
        cf.unset(f::XSAVEC);
        cf.unset(f::XGETBV_ECX_1);
        cf.unset(f::XFD);
        disable_xsave_features = true;
    }
    if disable_xsave_features || (!cf.usable_p(f::XSAVE) && !cf.usable_p(f::XSAVEC)) {
        cf.xsave_state_size = 0;
        // The same list as 2.36: the AVX-VNNI-INT8/AVX-IFMA/... bits added in
        // update_active are not cleared here.
        for feature in [
            f::AVX,
            f::AVX2,
            f::AVX_VNNI,
            f::FMA,
            f::VAES,
            f::VPCLMULQDQ,
            f::XOP,
            f::F16C,
            f::AVX512F,
            f::AVX512CD,
            f::AVX512ER,
            f::AVX512PF,
            f::AVX512VL,
            f::AVX512DQ,
            f::AVX512BW,
            f::AVX512_4FMAPS,
            f::AVX512_4VNNIW,
            f::AVX512_BITALG,
            f::AVX512_IFMA,
            f::AVX512_VBMI,
            f::AVX512_VBMI2,
            f::AVX512_VNNI,
            f::AVX512_VPOPCNTDQ,
            f::AVX512_VP2INTERSECT,
            f::AVX512_BF16,
            f::AVX512_FP16,
            f::AMX_BF16,
            f::AMX_TILE,
            f::AMX_INT8,
            f::FMA4,
        ] {
            cf.unset(feature);
        }
    }

    // GLRO(dl_hwcap) and GLRO(dl_platform) (x86-64 branch).
    let mut hwcap = HWCAP_X86_64;
    let mut platform: Option<&'static [u8]> = None;
    if cf.basic.kind == ARCH_KIND_INTEL {
        if cf.usable_p(f::AVX512CD) {
            if cf.usable_p(f::AVX512ER) {
                if cf.usable_p(f::AVX512PF) {
                    platform = Some(b"xeon_phi\0");
                }
            } else if cf.usable_p(f::AVX512BW)
                && cf.usable_p(f::AVX512DQ)
                && cf.usable_p(f::AVX512VL)
            {
                hwcap |= HWCAP_X86_AVX512_1;
            }
        }
        if platform.is_none()
            && cf.usable_p(f::AVX2)
            && cf.usable_p(f::FMA)
            && cf.usable_p(f::BMI1)
            && cf.usable_p(f::BMI2)
            && cf.usable_p(f::LZCNT)
            && cf.usable_p(f::MOVBE)
            && cf.usable_p(f::POPCNT)
        {
            platform = Some(b"haswell\0");
        }
    }

    // _dl_runtime_resolve / _dl_tlsdesc_dynamic variants (MINIMUM_X86_ISA_LEVEL
    // is the baseline, so only xsave_state_size decides between fxsave and
    // xsave*).
    let xsave_state = if cf.xsave_state_size != 0 {
        if cf.usable_p(f::XSAVEC) {
            XsaveState::Xsavec
        } else {
            XsaveState::Xsave
        }
    } else {
        XsaveState::Fxsave
    };

    // TUNABLE_GET (plt_rewrite, ..., set_plt_rewrite).
    let plt_rewrite_tunable = int32_tunable(2, tunables.plt_rewrite);
    let plt_rewrite = if plt_rewrite_tunable.initialized && plt_rewrite_tunable.value != 0 {
        if plt_rewrite_tunable.value > 1 && cf.cpu_p(f::APX_F) {
            PltRewrite::Jmpabs
        } else {
            PltRewrite::Jmp
        }
    } else {
        PltRewrite::None
    };

    CpuInit {
        features: cf,
        hwcap,
        platform,
        minsigstacksize: minsig,
        tlsdesc_state_size,
        xsave_state,
        plt_rewrite,
        x86_data_cache_size: tun.data,
        x86_shared_cache_size: tun.shared,
        x86_non_temporal_threshold: tun.non_temporal,
        x86_memset_non_temporal_threshold: tun.memset_non_temporal,
        x86_rep_movsb_threshold: tun.rep_movsb,
        x86_rep_stosb_threshold: tun.rep_stosb,
        prefer_map_32bit_exec,
        plt_rewrite_tunable,
    }
}

/// `get_common_indices`: leaf 1 (only if `with_family`), leaves 7/0, 7/1, 0xd/1,
/// 0x14, 0x19, then `dl_check_minsigstacksize`. Returns (family, model,
/// extended_model, stepping), zeros when `with_family` is false. Unchanged
/// from 2.36.
fn get_common_indices<C: CpuidSource>(
    cpu: &mut C,
    cf: &mut CpuFeatures,
    with_family: bool,
    minsig: &mut usize,
) -> (u32, u32, u32, u32) {
    let mut out = (0, 0, 0, 0);
    if with_family {
        let r = cpu.cpuid(1, 0);
        cf.set_leaf(CPUID_INDEX_1, r);
        let eax = r.eax;
        let mut family = (eax >> 8) & 0x0f;
        let mut model = (eax >> 4) & 0x0f;
        let extended_model = (eax >> 12) & 0xf0;
        let stepping = eax & 0x0f;
        if family == 0x0f {
            family = family.wrapping_add((eax >> 20) & 0xff);
            model = model.wrapping_add(extended_model);
        }
        out = (family, model, extended_model, stepping);
    }

    let max = cf.basic.max_cpuid;
    if max >= 7 {
        cf.set_leaf(CPUID_INDEX_7, cpu.cpuid(7, 0));
        cf.set_leaf(CPUID_INDEX_7_ECX_1, cpu.cpuid(7, 1));
    }
    if max >= 0xd {
        cf.set_leaf(CPUID_INDEX_D_ECX_1, cpu.cpuid(0xd, 1));
    }
    if max >= 0x14 {
        cf.set_leaf(CPUID_INDEX_14_ECX_0, cpu.cpuid(0x14, 0));
    }
    if max >= 0x19 {
        cf.set_leaf(CPUID_INDEX_19, cpu.cpuid(0x19, 0));
    }

    check_minsigstacksize(cpu, cf, minsig);
    out
}

/// `dl_check_minsigstacksize` (Linux/x86 version, unchanged from 2.36):
/// emulate AT_MINSIGSTKSZ from the XSAVE area size when the kernel did not
/// supply it.
fn check_minsigstacksize<C: CpuidSource>(cpu: &mut C, cf: &CpuFeatures, minsig: &mut usize) {
    if *minsig != 0 {
        return;
    }
    if cf.basic.max_cpuid >= 0xd && cf.cpu_p(f::OSXSAVE) {
        // sizeof (struct rt_sigframe) + 8-byte return address in the kernel,
        // +15 to align the stack, rounded to 16, +48 to align the XSAVE buffer
        // to 64, + the XSAVE size, + FP_XSTATE_MAGIC2 (4 bytes). All in
        // `unsigned int`.
        let mut size: u32 = 440 + 8;
        size += 15;
        size = align_up_u32(size, 16);
        size += 64 - 16;
        let ebx = cpu.cpuid(0xd, 0).ebx;
        size = size.wrapping_add(ebx);
        size = size.wrapping_add(4);
        *minsig = size as usize;
    } else {
        *minsig = MINSIGSTKSZ;
    }
}

/// `get_extended_indices`: leaves 0x80000001, 0x80000007, 0x80000008.
fn get_extended_indices<C: CpuidSource>(cpu: &mut C, cf: &mut CpuFeatures) {
    let max_ext = cpu.cpuid(0x8000_0000, 0).eax;
    if max_ext >= 0x8000_0001 {
        cf.set_leaf(CPUID_INDEX_80000001, cpu.cpuid(0x8000_0001, 0));
    }
    if max_ext >= 0x8000_0007 {
        cf.set_leaf(CPUID_INDEX_80000007, cpu.cpuid(0x8000_0007, 0));
    }
    if max_ext >= 0x8000_0008 {
        cf.set_leaf(CPUID_INDEX_80000008, cpu.cpuid(0x8000_0008, 0));
    }
}

/// `ALIGN_UP` on `unsigned int`.
fn align_up_u32(v: u32, a: u32) -> u32 {
    v.wrapping_add(a).wrapping_sub(1) & a.wrapping_neg()
}

/// XCR0 state-component bits.
const XMM_STATE: u32 = 1 << 1;
const YMM_STATE: u32 = 1 << 2;
const OPMASK_STATE: u32 = 1 << 5;
const ZMM0_15_STATE: u32 = 1 << 6;
const ZMM16_31_STATE: u32 = 1 << 7;
const XTILECFG_STATE: u32 = 1 << 17;
const XTILEDATA_STATE: u32 = 1 << 18;
const APX_STATE: u32 = 1 << 19;

/// `TLSDESC_CALL_REGISTER_SAVE_AREA` (sysdeps/x86/sysdep.h): `STATE_SAVE_OFFSET`
/// (7 saved GPRs + 8) + 24 for RDI, RSI, RBX. 2.36 used `STATE_SAVE_OFFSET`
/// (64).
const TLSDESC_CALL_REGISTER_SAVE_AREA: u32 = 8 * 7 + 8 + 24;
/// `X86_XSTATE_TILECFG_ID`, `X86_XSTATE_TILEDATA_ID`, `X86_XSTATE_MAX_ID`
/// (= `X86_XSTATE_APX_F_ID`).
const X86_XSTATE_TILECFG_ID: usize = 17;
const X86_XSTATE_TILEDATA_ID: usize = 18;
const X86_XSTATE_MAX_ID: usize = 19;
/// `FULL_STATE_SAVE_MASK`: SSE, AVX, MPX bound registers, opmask, ZMM, APX
/// (`STATE_SAVE_MASK`) and the AMX tile config/data.
const FULL_STATE_SAVE_MASK: u32 = (1 << 1)
    | (1 << 2)
    | (1 << 3)
    | (1 << 5)
    | (1 << 6)
    | (1 << 7)
    | (1 << 19)
    | (1 << 17)
    | (1 << 18);

/// `update_active`: derive the usable bits from CPUID, XCR0 and AT_HWCAP2, and
/// compute `xsave_state_size` / `_dl_x86_features_tlsdesc_state_size` /
/// `isa_1`.
fn update_active<C: CpuidSource>(
    cpu: &mut C,
    cf: &mut CpuFeatures,
    at_hwcap2: u64,
    tlsdesc_state_size: &mut u64,
) {
    // Usable without OS support: copy from CPUID.
    for feature in [
        f::SSE3,
        f::PCLMULQDQ,
        f::SSSE3,
        f::CMPXCHG16B,
        f::SSE4_1,
        f::SSE4_2,
        f::MOVBE,
        f::POPCNT,
        f::AES,
        f::OSXSAVE,
        f::TSC,
        f::CX8,
        f::CMOV,
        f::CLFSH,
        f::MMX,
        f::FXSR,
        f::SSE,
        f::SSE2,
        f::HTT,
        f::BMI1,
        f::HLE,
        f::BMI2,
        f::ERMS,
        f::RDSEED,
        f::ADX,
        f::CLFLUSHOPT,
        f::CLWB,
        f::SHA,
        f::PREFETCHWT1,
        f::OSPKE,
        f::WAITPKG,
        f::GFNI,
        f::RDPID,
        f::RDRAND,
        f::CLDEMOTE,
        f::MOVDIRI,
        f::MOVDIR64B,
        f::FSRM,
        f::RTM_ALWAYS_ABORT,
        f::SERIALIZE,
        f::TSXLDTRK,
        f::LAHF64_SAHF64,
        f::LZCNT,
        f::SSE4A,
        f::PREFETCHW,
        f::TBM,
        f::RDTSCP,
        f::WBNOINVD,
        f::RAO_INT,
        f::CMPCCXADD,
        f::FZLRM,
        f::FSRS,
        f::FSRCS,
        f::PREFETCHI,
        f::PTWRITE,
    ] {
        cf.set_active(feature);
    }

    if !cf.cpu_p(f::RTM_ALWAYS_ABORT) {
        cf.set_active(f::RTM);
    }
    // CET is not enabled in Debian's build (and `#if CET_ENABLED && 0` in 2.41
    // anyway): IBT/SHSTK do not become active here.

    const OS_XMM: u32 = 1;
    const OS_YMM: u32 = 2;
    const OS_ZMM: u32 = 4;
    let mut os_vector_size = OS_XMM;

    if cf.cpu_p(f::OSXSAVE) {
        cf.set_active(f::AVX10);
        let xcrlow = cpu.xgetbv(0) as u32;
        if xcrlow & (YMM_STATE | XMM_STATE) == (YMM_STATE | XMM_STATE) {
            if cf.cpu_p(f::AVX) {
                os_vector_size |= OS_YMM;
                cf.set(f::AVX);
                if cf.cpu_p(f::AVX2) {
                    cf.set(f::AVX2);
                    // 256-bit unaligned loads are fast on Intel/AMD with AVX2.
                    cf.preferred[0] |= preferred::AVX_FAST_UNALIGNED_LOAD;
                }
                for feature in [
                    f::AVX_IFMA,
                    f::AVX_NE_CONVERT,
                    f::AVX_VNNI,
                    f::AVX_VNNI_INT8,
                    f::FMA,
                    f::VAES,
                    f::VPCLMULQDQ,
                    f::XOP,
                    f::F16C,
                ] {
                    cf.set_active(feature);
                }
            }

            let zmm = OPMASK_STATE | ZMM0_15_STATE | ZMM16_31_STATE;
            if xcrlow & zmm == zmm {
                os_vector_size |= OS_ZMM;
                if cf.cpu_p(f::AVX512F) {
                    cf.set(f::AVX512F);
                    for feature in [
                        f::AVX512CD,
                        f::AVX512ER,
                        f::AVX512PF,
                        f::AVX512VL,
                        f::AVX512DQ,
                        f::AVX512BW,
                        f::AVX512_4FMAPS,
                        f::AVX512_4VNNIW,
                        f::AVX512_BITALG,
                        f::AVX512_IFMA,
                        f::AVX512_VBMI,
                        f::AVX512_VBMI2,
                        f::AVX512_VNNI,
                        f::AVX512_VPOPCNTDQ,
                        f::AVX512_VP2INTERSECT,
                        f::AVX512_BF16,
                        f::AVX512_FP16,
                    ] {
                        cf.set_active(feature);
                    }
                }
            }
        }

        // AVX10: leaf 0x24 (stored raw) and the vector lengths the OS enabled.
        if cf.cpu_p(f::AVX10) && cf.basic.max_cpuid >= 0x24 {
            cf.set_leaf(CPUID_INDEX_24_ECX_0, cpu.cpuid(0x24, 0));
            if os_vector_size & OS_XMM != 0 {
                cf.set_active(f::AVX10_XMM);
            }
            if os_vector_size & OS_YMM != 0 {
                cf.set_active(f::AVX10_YMM);
            }
            if os_vector_size & OS_ZMM != 0 {
                cf.set_active(f::AVX10_ZMM);
            }
        }

        if xcrlow & (XTILECFG_STATE | XTILEDATA_STATE) == (XTILECFG_STATE | XTILEDATA_STATE) {
            for feature in [
                f::AMX_BF16,
                f::AMX_TILE,
                f::AMX_INT8,
                f::AMX_FP16,
                f::AMX_COMPLEX,
            ] {
                cf.set_active(feature);
            }
        }

        // APX is usable only if the kernel enabled the APX state.
        if xcrlow & APX_STATE != 0 {
            cf.set_active(f::APX_F);
        }

        // Usable only when OSXSAVE is enabled (XSAVE itself unconditionally).
        cf.set(f::XSAVE);
        cf.set_active(f::XSAVEOPT);
        cf.set_active(f::XSAVEC);
        cf.set_active(f::XGETBV_ECX_1);
        cf.set_active(f::XFD);

        // xsave_state_size for _dl_runtime_resolve: XSAVE area + saved integer
        // registers, 64-byte aligned; the compacted (XSAVEC) size without the
        // AMX tile state if available. The TLS descriptor trampolines keep the
        // AMX state (tlsdesc_state_size).
        if cf.basic.max_cpuid >= 0xd {
            let ebx = cpu.cpuid(0xd, 0).ebx;
            if ebx != 0 {
                // On AMX capable processors, EBX always includes the AMX states.
                let full = align_up_u32(ebx.wrapping_add(TLSDESC_CALL_REGISTER_SAVE_AREA), 64);
                cf.xsave_state_size = u64::from(full);
                cf.xsave_state_full_size = full;
                *tlsdesc_state_size = u64::from(full);

                if cf.cpu_p(f::XSAVEC) {
                    let (offsets, sizes) = xsavec_layout(cpu);
                    let size = offsets[X86_XSTATE_MAX_ID].wrapping_add(sizes[X86_XSTATE_MAX_ID]);
                    if size != 0 {
                        let mut size =
                            align_up_u32(size.wrapping_add(TLSDESC_CALL_REGISTER_SAVE_AREA), 64);
                        *tlsdesc_state_size = u64::from(size);
                        // Exclude the AMX space, from the start of TILECFG to
                        // the end of TILEDATA (zero without AMX).
                        size = size.wrapping_sub(
                            offsets[X86_XSTATE_TILEDATA_ID + 1]
                                .wrapping_sub(offsets[X86_XSTATE_TILECFG_ID]),
                        );
                        cf.xsave_state_size = u64::from(size);
                        cf.set(f::XSAVEC);
                    }
                }
            }
        }
    }

    if cf.cpu_p(f::OSPKE) {
        cf.set(f::PKU);
    }

    // Key Locker.
    if cf.cpu_p(f::AESKLE) {
        cf.set(f::AESKLE);
        cf.set_active(f::KL);
        cf.set_active(f::WIDE_KL);
    }

    // dl_check_hwcap2: the kernel allows user-space FSGSBASE.
    const HWCAP2_FSGSBASE: u64 = 1 << 1;
    if at_hwcap2 & HWCAP2_FSGSBASE != 0 {
        cf.set_active(f::FSGSBASE);
    }

    cf.isa_1 = isa_level(cf);
}

/// `xstate_comp_offsets` / `xstate_comp_sizes` of `update_active`: the
/// compacted XSAVE layout of the `FULL_STATE_SAVE_MASK` components 0..=19.
fn xsavec_layout<C: CpuidSource>(
    cpu: &mut C,
) -> ([u32; X86_XSTATE_MAX_ID + 1], [u32; X86_XSTATE_MAX_ID + 1]) {
    let mut offsets = [0u32; X86_XSTATE_MAX_ID + 1];
    let mut sizes = [0u32; X86_XSTATE_MAX_ID + 1];
    // Legacy region (x87 160 bytes, SSE 256 bytes) and XSAVE header: component 2
    // starts at 576.
    offsets[1] = 160;
    offsets[2] = 576;
    sizes[0] = 160;
    sizes[1] = 256;
    for i in 2..=X86_XSTATE_MAX_ID {
        let ecx = if FULL_STATE_SAVE_MASK & (1 << i) != 0 {
            let r = cpu.cpuid(0xd, i as u32);
            sizes[i] = r.eax;
            r.ecx
        } else {
            sizes[i] = 0;
            0
        };
        if i > 2 {
            let mut o = offsets[i - 1].wrapping_add(sizes[i - 1]);
            if ecx & (1 << 1) != 0 {
                o = align_up_u32(o, 64);
            }
            offsets[i] = o;
        }
    }
    (offsets, sizes)
}

/// `get_isa_level` (sysdeps/x86/get-isa-level.h, unchanged from 2.36).
pub fn isa_level(cf: &CpuFeatures) -> u32 {
    let all = |list: &[Feat]| list.iter().all(|&x| cf.usable_p(x));
    let mut level = 0;
    if all(&[f::CMOV, f::CX8, f::FXSR, f::MMX, f::SSE, f::SSE2]) && cf.cpu_p(f::FPU) {
        level = ISA_1_BASELINE;
        if all(&[
            f::CMPXCHG16B,
            f::LAHF64_SAHF64,
            f::POPCNT,
            f::SSE3,
            f::SSSE3,
            f::SSE4_1,
            f::SSE4_2,
        ]) {
            level |= ISA_1_V2;
            if all(&[
                f::AVX,
                f::AVX2,
                f::BMI1,
                f::BMI2,
                f::F16C,
                f::FMA,
                f::LZCNT,
                f::MOVBE,
            ]) {
                level |= ISA_1_V3;
                if all(&[
                    f::AVX512F,
                    f::AVX512BW,
                    f::AVX512CD,
                    f::AVX512DQ,
                    f::AVX512VL,
                ]) {
                    level |= ISA_1_V4;
                }
            }
        }
    }
    level
}

// ---------------------------------------------------------------------------
// glibc.cpu.hwcaps (sysdeps/x86/cpu-tunables.c, TUNABLE_CALLBACK (set_hwcaps))
// ---------------------------------------------------------------------------

/// Features that `-NAME` disables (`CHECK_GLIBC_IFUNC_CPU_OFF`); `-XSAVEC` is
/// handled separately because it also restores the full XSAVE size.
const HWCAPS_CPU_OFF: &[(&[u8], Feat)] = &[
    (b"AVX", f::AVX),
    (b"CX8", f::CX8),
    (b"FMA", f::FMA),
    (b"HTT", f::HTT),
    (b"IBT", f::IBT),
    (b"RTM", f::RTM),
    (b"AVX2", f::AVX2),
    (b"BMI1", f::BMI1),
    (b"BMI2", f::BMI2),
    (b"CMOV", f::CMOV),
    (b"ERMS", f::ERMS),
    (b"FMA4", f::FMA4),
    (b"SSE2", f::SSE2),
    (b"LZCNT", f::LZCNT),
    (b"MOVBE", f::MOVBE),
    (b"SSSE3", f::SSSE3),
    (b"XSAVE", f::XSAVE),
    (b"POPCNT", f::POPCNT),
    (b"SSE4_1", f::SSE4_1),
    (b"SSE4_2", f::SSE4_2),
    (b"AVX512F", f::AVX512F),
    (b"OSXSAVE", f::OSXSAVE),
    (b"AVX512CD", f::AVX512CD),
    (b"AVX512BW", f::AVX512BW),
    (b"AVX512DQ", f::AVX512DQ),
    (b"AVX512ER", f::AVX512ER),
    (b"AVX512PF", f::AVX512PF),
    (b"AVX512VL", f::AVX512VL),
];

/// Features that `NAME` makes usable if CPUID has them and `-NAME` disables
/// (`CHECK_GLIBC_IFUNC_CPU_BOTH`). 2.36 only had `-SHSTK`.
const HWCAPS_CPU_BOTH: &[(&[u8], Feat)] = &[(b"SHSTK", f::SHSTK)];

/// Preferred bits that only `-NAME` clears (`CHECK_GLIBC_IFUNC_PREFERRED_OFF`).
const HWCAPS_PREFERRED_OFF: &[(&[u8], u32)] =
    &[(b"I586", preferred::I586), (b"I686", preferred::I686)];

/// Preferred bits that `NAME` sets and `-NAME` clears
/// (`CHECK_GLIBC_IFUNC_PREFERRED_BOTH`).
const HWCAPS_PREFERRED_BOTH: &[(&[u8], u32)] = &[
    (b"Slow_BSF", preferred::SLOW_BSF),
    (b"Prefer_ERMS", preferred::PREFER_ERMS),
    (b"Prefer_FSRM", preferred::PREFER_FSRM),
    (b"Avoid_STOSB", preferred::AVOID_STOSB),
    (b"Fast_Rep_String", preferred::FAST_REP_STRING),
    (b"Fast_Copy_Backward", preferred::FAST_COPY_BACKWARD),
    (b"Fast_Unaligned_Load", preferred::FAST_UNALIGNED_LOAD),
    (b"Fast_Unaligned_Copy", preferred::FAST_UNALIGNED_COPY),
    (
        b"Avoid_Non_Temporal_Memset",
        preferred::AVOID_NON_TEMPORAL_MEMSET,
    ),
];

/// Preferred bits that `NAME` sets only if feature NEED is usable, and `-NAME`
/// clears (`CHECK_GLIBC_IFUNC_PREFERRED_NEED_BOTH`).
const HWCAPS_PREFERRED_NEED: &[(&[u8], u32, Feat)] = &[
    (b"Slow_SSE4_2", preferred::SLOW_SSE4_2, f::SSE4_2),
    (b"Prefer_No_AVX512", preferred::PREFER_NO_AVX512, f::AVX512F),
    (
        b"Prefer_No_VZEROUPPER",
        preferred::PREFER_NO_VZEROUPPER,
        f::AVX,
    ),
    (
        b"AVX_Fast_Unaligned_Load",
        preferred::AVX_FAST_UNALIGNED_LOAD,
        f::AVX,
    ),
    (
        b"MathVec_Prefer_No_AVX512",
        preferred::MATHVEC_PREFER_NO_AVX512,
        f::AVX512F,
    ),
    (
        b"Prefer_PMINUB_for_stringop",
        preferred::PREFER_PMINUB_FOR_STRINGOP,
        f::SSE2,
    ),
];

/// Apply a `glibc.cpu.hwcaps` value: comma-separated names, `-NAME` disables.
/// Names are case-sensitive; unknown names and empty items are ignored.
/// `tunable_str_comma_next` walks the value by its length (2.36's version ran
/// past the terminating NUL), which amounts to splitting at every comma; its
/// length-switch + `memcmp` is exact name equality, and the names of one
/// length group are distinct, so only the order of the items matters.
fn apply_hwcaps_tunable(cf: &mut CpuFeatures, value: &[u8], tlsdesc_state_size: &mut u64) {
    for (disable, name) in super::cpu_features::hwcaps_items(value) {
        apply_hwcaps_token(cf, disable, name, tlsdesc_state_size);
    }
}

fn apply_hwcaps_token(
    cf: &mut CpuFeatures,
    disable: bool,
    name: &[u8],
    tlsdesc_state_size: &mut u64,
) {
    for (n, feature) in HWCAPS_CPU_BOTH {
        if name == *n {
            if disable {
                cf.unset(*feature);
            } else {
                cf.set_active(*feature);
            }
            return;
        }
    }
    if disable {
        for (n, feature) in HWCAPS_CPU_OFF {
            if name == *n {
                cf.unset(*feature);
                return;
            }
        }
        if name == b"XSAVEC" {
            // Fall back to the full XSAVE state size, for _dl_runtime_resolve
            // and the TLS descriptors.
            cf.xsave_state_size = u64::from(cf.xsave_state_full_size);
            *tlsdesc_state_size = u64::from(cf.xsave_state_full_size);
            cf.unset(f::XSAVEC);
            return;
        }
        for (n, bit) in HWCAPS_PREFERRED_OFF {
            if name == *n {
                cf.preferred[0] &= !*bit;
                return;
            }
        }
    }
    for (n, bit) in HWCAPS_PREFERRED_BOTH {
        if name == *n {
            if disable {
                cf.preferred[0] &= !*bit;
            } else {
                cf.preferred[0] |= *bit;
            }
            return;
        }
    }
    for (n, bit, need) in HWCAPS_PREFERRED_NEED {
        if name == *n {
            if disable {
                cf.preferred[0] &= !*bit;
            } else if cf.usable_p(*need) {
                cf.preferred[0] |= *bit;
            }
            return;
        }
    }
}

// ---------------------------------------------------------------------------
// Cache information (sysdeps/x86/dl-cacheinfo.h)
// ---------------------------------------------------------------------------

// `_SC_LEVEL*` names relative to `_SC_LEVEL1_ICACHE_SIZE` (glibc's `M(name)`);
// always in the order SIZE, ASSOC, LINESIZE per cache.
const L1I_SIZE: u32 = 0;
const L1I_ASSOC: u32 = 1;
const L1I_LINESIZE: u32 = 2;
const L1D_SIZE: u32 = 3;
const L1D_ASSOC: u32 = 4;
const L1D_LINESIZE: u32 = 5;
const L2_SIZE: u32 = 6;
const L2_ASSOC: u32 = 7;
const L2_LINESIZE: u32 = 8;
const L3_SIZE: u32 = 9;
const L3_ASSOC: u32 = 10;
const L3_LINESIZE: u32 = 11;
const L4_SIZE: u32 = 12;

/// CPUID leaf 2 descriptors: (descriptor, associativity, line size, cache
/// (relative `_SC_` name of its SIZE), size). Sorted by descriptor (binary
/// search, like glibc's `bsearch`). `intel_02_known`, unchanged from 2.36.
static INTEL_02_KNOWN: [(u8, u8, u8, u8, u32); 68] = [
    (0x06, 4, 32, L1I_SIZE as u8, 8192),
    (0x08, 4, 32, L1I_SIZE as u8, 16384),
    (0x09, 4, 32, L1I_SIZE as u8, 32768),
    (0x0a, 2, 32, L1D_SIZE as u8, 8192),
    (0x0c, 4, 32, L1D_SIZE as u8, 16384),
    (0x0d, 4, 64, L1D_SIZE as u8, 16384),
    (0x0e, 6, 64, L1D_SIZE as u8, 24576),
    (0x21, 8, 64, L2_SIZE as u8, 262144),
    (0x22, 4, 64, L3_SIZE as u8, 524288),
    (0x23, 8, 64, L3_SIZE as u8, 1048576),
    (0x25, 8, 64, L3_SIZE as u8, 2097152),
    (0x29, 8, 64, L3_SIZE as u8, 4194304),
    (0x2c, 8, 64, L1D_SIZE as u8, 32768),
    (0x30, 8, 64, L1I_SIZE as u8, 32768),
    (0x39, 4, 64, L2_SIZE as u8, 131072),
    (0x3a, 6, 64, L2_SIZE as u8, 196608),
    (0x3b, 2, 64, L2_SIZE as u8, 131072),
    (0x3c, 4, 64, L2_SIZE as u8, 262144),
    (0x3d, 6, 64, L2_SIZE as u8, 393216),
    (0x3e, 4, 64, L2_SIZE as u8, 524288),
    (0x3f, 2, 64, L2_SIZE as u8, 262144),
    (0x41, 4, 32, L2_SIZE as u8, 131072),
    (0x42, 4, 32, L2_SIZE as u8, 262144),
    (0x43, 4, 32, L2_SIZE as u8, 524288),
    (0x44, 4, 32, L2_SIZE as u8, 1048576),
    (0x45, 4, 32, L2_SIZE as u8, 2097152),
    (0x46, 4, 64, L3_SIZE as u8, 4194304),
    (0x47, 8, 64, L3_SIZE as u8, 8388608),
    (0x48, 12, 64, L2_SIZE as u8, 3145728),
    (0x49, 16, 64, L2_SIZE as u8, 4194304),
    (0x4a, 12, 64, L3_SIZE as u8, 6291456),
    (0x4b, 16, 64, L3_SIZE as u8, 8388608),
    (0x4c, 12, 64, L3_SIZE as u8, 12582912),
    (0x4d, 16, 64, L3_SIZE as u8, 16777216),
    (0x4e, 24, 64, L2_SIZE as u8, 6291456),
    (0x60, 8, 64, L1D_SIZE as u8, 16384),
    (0x66, 4, 64, L1D_SIZE as u8, 8192),
    (0x67, 4, 64, L1D_SIZE as u8, 16384),
    (0x68, 4, 64, L1D_SIZE as u8, 32768),
    (0x78, 8, 64, L2_SIZE as u8, 1048576),
    (0x79, 8, 64, L2_SIZE as u8, 131072),
    (0x7a, 8, 64, L2_SIZE as u8, 262144),
    (0x7b, 8, 64, L2_SIZE as u8, 524288),
    (0x7c, 8, 64, L2_SIZE as u8, 1048576),
    (0x7d, 8, 64, L2_SIZE as u8, 2097152),
    (0x7f, 2, 64, L2_SIZE as u8, 524288),
    (0x80, 8, 64, L2_SIZE as u8, 524288),
    (0x82, 8, 32, L2_SIZE as u8, 262144),
    (0x83, 8, 32, L2_SIZE as u8, 524288),
    (0x84, 8, 32, L2_SIZE as u8, 1048576),
    (0x85, 8, 32, L2_SIZE as u8, 2097152),
    (0x86, 4, 64, L2_SIZE as u8, 524288),
    (0x87, 8, 64, L2_SIZE as u8, 1048576),
    (0xd0, 4, 64, L3_SIZE as u8, 524288),
    (0xd1, 4, 64, L3_SIZE as u8, 1048576),
    (0xd2, 4, 64, L3_SIZE as u8, 2097152),
    (0xd6, 8, 64, L3_SIZE as u8, 1048576),
    (0xd7, 8, 64, L3_SIZE as u8, 2097152),
    (0xd8, 8, 64, L3_SIZE as u8, 4194304),
    (0xdc, 12, 64, L3_SIZE as u8, 2097152),
    (0xdd, 12, 64, L3_SIZE as u8, 4194304),
    (0xde, 12, 64, L3_SIZE as u8, 8388608),
    (0xe2, 16, 64, L3_SIZE as u8, 2097152),
    (0xe3, 16, 64, L3_SIZE as u8, 4194304),
    (0xe4, 16, 64, L3_SIZE as u8, 8388608),
    (0xea, 24, 64, L3_SIZE as u8, 12582912),
    (0xeb, 24, 64, L3_SIZE as u8, 18874368),
    (0xec, 24, 64, L3_SIZE as u8, 25165824),
];

/// Debian 2.41-12+deb13u5's `struct intel_cpuid_cache` (276 bytes in glibc):
/// CPUID leaf 2 and the first 16 subleaves of leaf 4, local to
/// `dl_init_cacheinfo`'s Intel branch. `handle_intel` loads leaf 2 once;
/// `intel_check_word`'s leaf 4 walk appends the subleaves it executes (only in
/// order, only up to 16); `get_common_cache_info` reads the cached prefix and
/// executes the rest without storing it.
struct IntelCpuidCache {
    leaf2_valid: bool,
    /// glibc's `leaf4_valid`: the number of cached subleaves.
    leaf4_valid: u8,
    leaf2: CpuidRegisters,
    leaf4: [CpuidRegisters; 16],
}

impl IntelCpuidCache {
    fn new() -> Self {
        IntelCpuidCache {
            leaf2_valid: false,
            leaf4_valid: 0,
            leaf2: CpuidRegisters::default(),
            leaf4: [CpuidRegisters::default(); 16],
        }
    }

    /// Leaf 4 subleaf `round` for `intel_check_word`: cached, or executed and
    /// appended if it is the next one and there is room.
    fn leaf4_fill<C: CpuidSource>(&mut self, cpu: &mut C, round: u32) -> CpuidRegisters {
        let count = u32::from(self.leaf4_valid);
        if round < count {
            if let Some(r) = self.leaf4.get(round as usize) {
                return *r;
            }
        }
        let r = cpu.cpuid(4, round);
        if round == count {
            if let Some(slot) = self.leaf4.get_mut(round as usize) {
                *slot = r;
                self.leaf4_valid = self.leaf4_valid.wrapping_add(1);
            }
        }
        r
    }

    /// Leaf 4 subleaf `i` for `get_common_cache_info`: cached or executed.
    fn leaf4_read<C: CpuidSource>(&self, cpu: &mut C, i: u32) -> CpuidRegisters {
        if i < u32::from(self.leaf4_valid) {
            if let Some(r) = self.leaf4.get(i as usize) {
                return *r;
            }
        }
        cpu.cpuid(4, i)
    }
}

/// Size / associativity / line size from a deterministic cache parameters
/// entry (CPUID leaf 4), all in `unsigned int` arithmetic like glibc.
fn leaf4_value(offset: u32, ebx: u32, ecx: u32) -> i64 {
    let ways = (ebx >> 22).wrapping_add(1);
    let partitions = ((ebx >> 12) & 0x3ff).wrapping_add(1);
    let line = (ebx & 0xfff).wrapping_add(1);
    let value = match offset {
        0 => ways
            .wrapping_mul(partitions)
            .wrapping_mul(line)
            .wrapping_mul(ecx.wrapping_add(1)),
        1 => ways,
        _ => line,
    };
    i64::from(value)
}

/// Whether a leaf 4 entry of `level`/`ty` describes the cache `folded`.
fn leaf4_matches(level: u32, ty: u32, folded: u32, with_l4: bool) -> bool {
    const DATA: u32 = 1;
    const INST: u32 = 2;
    (level == 1 && ty == DATA && folded == L1D_SIZE)
        || (level == 1 && ty == INST && folded == L1I_SIZE)
        || (level == 2 && folded == L2_SIZE)
        || (level == 3 && folded == L3_SIZE)
        || (with_l4 && level == 4 && folded == L4_SIZE)
}

/// `intel_check_word`: decode one register of CPUID leaf 2.
fn intel_check_word<C: CpuidSource>(
    cpu: &mut C,
    cf: &CpuFeatures,
    cache: &mut IntelCpuidCache,
    mut name: u32,
    mut value: u32,
    has_level_2: &mut bool,
    no_level_2_or_3: &mut bool,
) -> i64 {
    if value & 0x8000_0000 != 0 {
        // The register value is reserved.
        return 0;
    }
    let mut folded = (name / 3) * 3;

    while value != 0 {
        let byte = value & 0xff;
        if byte == 0x40 {
            *no_level_2_or_3 = true;
            if folded == L3_SIZE {
                break;
            }
        } else if byte == 0xff {
            // Leaf 4 has all the information.
            let mut round = 0u32;
            while round < MAX_SUBLEAF_ROUNDS {
                let r = cache.leaf4_fill(cpu, round);
                let ty = r.eax & 0x1f;
                if ty == 0 {
                    break;
                }
                let level = (r.eax >> 5) & 0x7;
                if leaf4_matches(level, ty, folded, true) {
                    return leaf4_value(name.wrapping_sub(folded), r.ebx, r.ecx);
                }
                round += 1;
            }
            // No other cache information anywhere else.
            return -1;
        } else {
            if byte == 0x49 && folded == L3_SIZE {
                // Descriptor 0x49 is the L3 on family 15 model 6, the L2
                // elsewhere: pretend the caller asked for the L2.
                if cf.basic.family == 15 && cf.basic.model == 6 {
                    name = L2_SIZE + (name - L3_SIZE);
                    folded = L2_SIZE;
                }
            }
            if let Ok(i) = INTEL_02_KNOWN.binary_search_by_key(&(byte as u8), |e| e.0) {
                if let Some(&(_, assoc, linesize, rel, size)) = INTEL_02_KNOWN.get(i) {
                    if u32::from(rel) == folded {
                        return match name.wrapping_sub(folded) {
                            0 => i64::from(size),
                            1 => i64::from(assoc),
                            _ => i64::from(linesize),
                        };
                    }
                    if u32::from(rel) == L2_SIZE {
                        *has_level_2 = true;
                    }
                }
            }
        }
        value >>= 8;
    }
    0
}

/// `handle_intel`: one `_SC_` cache value from CPUID leaf 2 (or leaf 4).
fn handle_intel<C: CpuidSource>(
    cpu: &mut C,
    cf: &CpuFeatures,
    cache: &mut IntelCpuidCache,
    name: u32,
) -> i64 {
    let maxidx = cf.basic.max_cpuid as u32;
    if maxidx < 2 {
        return -1;
    }
    let mut no_level_2_or_3 = false;
    let mut has_level_2 = false;
    if !cache.leaf2_valid {
        cache.leaf2 = cpu.cpuid(2, 0);
        cache.leaf2_valid = true;
    }
    let r = cache.leaf2;

    // The low byte of EAX should be 1 (and is ignored); otherwise use leaf 4.
    if r.eax & 0xff != 1 {
        return intel_check_word(
            cpu,
            cf,
            cache,
            name,
            0xff,
            &mut has_level_2,
            &mut no_level_2_or_3,
        );
    }
    for reg in [r.eax & 0xffff_ff00, r.ebx, r.ecx, r.edx] {
        let result = intel_check_word(
            cpu,
            cf,
            cache,
            name,
            reg,
            &mut has_level_2,
            &mut no_level_2_or_3,
        );
        if result != 0 {
            return result;
        }
    }
    if (L2_SIZE..=L3_LINESIZE).contains(&name) && no_level_2_or_3 {
        return -1;
    }
    0
}

/// AMD associativity encoding of CPUID 0x80000006 ECX/EDX bits 15:12.
fn amd_assoc(code: u32, size: u32, line: u32) -> u32 {
    match code {
        0 | 1 | 2 | 4 => code,
        6 => 8,
        8 => 16,
        10 => 32,
        11 => 48,
        12 => 64,
        13 => 96,
        14 => 128,
        // Fully associative: size / line size (glibc would trap on line 0).
        15 => size.checked_div(line).unwrap_or(0),
        _ => 0,
    }
}

/// Subleaf of CPUID 0x8000001D (and Hygon's) that describes the cache of
/// `name`: 0 L1D, 1 L1I, 2 L2, 3 L3.
fn leaf_8000001d_subleaf(name: u32) -> u32 {
    if name >= L3_SIZE {
        3
    } else if name >= L2_SIZE {
        2
    } else if name >= L1D_SIZE {
        0
    } else {
        1
    }
}

/// A value from a CPUID 0x8000001D entry (`handle_amd`, `handle_hygon`). The
/// size deliberately omits the partitions field, as glibc does; `unsigned int`
/// arithmetic.
fn leaf_8000001d_value(name: u32, ebx: u32, ecx: u32) -> i64 {
    let ways = ((ebx >> 22) & 0x3ff).wrapping_add(1);
    let line = (ebx & 0xfff).wrapping_add(1);
    let v = match name {
        L1I_ASSOC | L1D_ASSOC | L2_ASSOC | L3_ASSOC => ways,
        L1I_LINESIZE | L1D_LINESIZE | L2_LINESIZE | L3_LINESIZE => line,
        L1I_SIZE | L1D_SIZE | L2_SIZE | L3_SIZE => {
            ways.wrapping_mul(line).wrapping_mul(ecx.wrapping_add(1))
        }
        // `__builtin_unreachable ()` in glibc.
        _ => return -1,
    };
    i64::from(v)
}

/// `handle_amd`: one `_SC_` cache value from CPUID 0x8000001D, or (before
/// Bulldozer, or with a hypervisor's all-zero 0x8000001D) 0x80000005/6; the
/// legacy L3 size is per CCX (Zen) or per thread.
fn handle_amd<C: CpuidSource>(cpu: &mut C, cf: &CpuFeatures, mut name: u32) -> i64 {
    // No level 4 cache (yet).
    if name > L3_LINESIZE {
        return 0;
    }
    let max_cpuid = cpu.cpuid(0x8000_0000, 0).eax;

    if max_cpuid >= 0x8000_001d {
        let r = cpu.cpuid(0x8000_001d, leaf_8000001d_subleaf(name));
        if r.ecx != 0 {
            return leaf_8000001d_value(name, r.ebx, r.ecx);
        }
    }

    // Legacy cache computation.
    let leaf = 0x8000_0005 + u32::from(name >= L2_SIZE);
    if max_cpuid < leaf {
        return 0;
    }
    let r = cpu.cpuid(leaf, 0);
    let mut ecx = r.ecx;
    let edx = r.edx;
    if name < L1D_SIZE {
        // L1 instruction cache: same encoding as the data cache, in EDX.
        name += L1D_SIZE - L1I_SIZE;
        ecx = edx;
    }
    let v: u32 = match name {
        L1D_SIZE => (ecx >> 14) & 0x3fc00,
        L1D_ASSOC => {
            let a = ecx >> 16;
            if a & 0xff == 0xff {
                // Fully associative.
                (a << 2) & 0x3fc00
            } else {
                a & 0xff
            }
        }
        L1D_LINESIZE => ecx & 0xff,
        L2_SIZE => {
            if ecx & 0xf000 == 0 {
                0
            } else {
                (ecx >> 6) & 0x3ff_fc00
            }
        }
        L2_ASSOC => amd_assoc((ecx >> 12) & 0xf, (ecx >> 6) & 0x3ff_fc00, ecx & 0xff),
        L2_LINESIZE => {
            if ecx & 0xf000 == 0 {
                0
            } else {
                ecx & 0xff
            }
        }
        L3_SIZE => {
            if edx & 0xf000 == 0 {
                return 0;
            }
            let total_l3_cache = i64::from((edx & 0x3ffc_0000) << 1);
            // Number of logical threads sharing the L3: from the APIC ID
            // width field (0x80000008 ECX[7:0] + 1), else from leaf 1.
            let mut threads = 0u32;
            if max_cpuid >= 0x8000_0008 {
                threads = (cpu.cpuid(0x8000_0008, 0).ecx & 0xff).wrapping_add(1);
            }
            if threads == 0 {
                let l1 = cpu.cpuid(1, 0);
                if l1.edx & (1 << 28) != 0 {
                    threads = (l1.ebx >> 16) & 0xff;
                }
            }
            let l3_cache_per_thread = if threads > 0 {
                total_l3_cache / i64::from(threads)
            } else {
                0
            };
            if cf.basic.family >= 0x17 {
                // Zen: the L3 of one CCX (0x8000001D subleaf 3).
                let eax = cpu.cpuid(0x8000_001d, 0x3).eax;
                let threads_per_ccx = ((eax >> 14) & 0xfff).wrapping_add(1);
                return l3_cache_per_thread.wrapping_mul(i64::from(threads_per_ccx));
            }
            return l3_cache_per_thread;
        }
        L3_ASSOC => amd_assoc((edx >> 12) & 0xf, (edx & 0x3ffc_0000) << 1, edx & 0xff),
        L3_LINESIZE => {
            if edx & 0xf000 == 0 {
                0
            } else {
                edx & 0xff
            }
        }
        // Not reachable (`__builtin_unreachable` in glibc).
        _ => return -1,
    };
    i64::from(v)
}

/// `handle_hygon`: one `_SC_` cache value from CPUID 0x8000001D (no checks).
fn handle_hygon<C: CpuidSource>(cpu: &mut C, name: u32) -> i64 {
    let r = cpu.cpuid(0x8000_001d, leaf_8000001d_subleaf(name));
    leaf_8000001d_value(name, r.ebx, r.ecx)
}

/// `handle_zhaoxin`: one `_SC_` cache value from CPUID leaf 4.
fn handle_zhaoxin<C: CpuidSource>(cpu: &mut C, name: u32) -> i64 {
    let folded = (name / 3) * 3;
    let mut round = 0u32;
    while round < MAX_SUBLEAF_ROUNDS {
        let r = cpu.cpuid(4, round);
        let ty = r.eax & 0x1f;
        if ty == 0 {
            break;
        }
        let level = (r.eax >> 5) & 0x7;
        if leaf4_matches(level, ty, folded, false) {
            return leaf4_value(name.wrapping_sub(folded), r.ebx, r.ecx);
        }
        round += 1;
    }
    0
}

/// x86 `bsr` of a positive value (the callers guarantee > 0).
fn bsr(v: i32) -> i32 {
    31 - (v as u32).leading_zeros() as i32
}

/// `get_common_cache_info` (Intel with the CPUID cache, Zhaoxin without):
/// number of threads sharing the highest cache level, per-thread share,
/// non-inclusive cache adjustment. Unchanged from 2.36 except for the cache.
fn get_common_cache_info<C: CpuidSource>(
    cpu: &mut C,
    cf: &CpuFeatures,
    cache: Option<&IntelCpuidCache>,
    shared_ptr: &mut i64,
    shared_per_thread_ptr: &mut i64,
    threads_ptr: &mut u32,
    core: i64,
) {
    let max_cpuid = cf.basic.max_cpuid;
    let family = cf.basic.family;
    let model = cf.basic.model;
    let mut shared = *shared_ptr;
    let mut shared_per_thread = *shared_per_thread_ptr;
    let mut threads = *threads_ptr;
    let mut inclusive_cache = true;
    let support_count_mask = !(cf.basic.kind == ARCH_KIND_ZHAOXIN && family == 6);

    // Try L3 first, L2 otherwise.
    let mut level = 3;
    let mut threads_l2: i32;
    let mut threads_l3: i32;
    if shared <= 0 {
        level = 2;
        shared = core;
        shared_per_thread = core;
        threads_l2 = 0;
        threads_l3 = -1;
    } else {
        threads_l2 = 0;
        threads_l3 = 0;
    }

    // HTT clear means a single logical processor.
    if cf.cpu_p(f::HTT) {
        // glibc's `intel_bug_no_cache_info` label.
        let mut no_cache_info = max_cpuid < 4;
        if !no_cache_info {
            // Walk leaf 4 until the L2 and (if wanted) L3 entries were seen.
            let mut i = 0u32;
            let mut check: i32 = 0x1 | (i32::from(threads_l3 == 0) << 1);
            loop {
                let r = match cache {
                    Some(c) => c.leaf4_read(cpu, i),
                    None => cpu.cpuid(4, i),
                };
                i = i.wrapping_add(1);
                // Some Pentium D fail to enumerate: give up on leaf 4.
                if cf.basic.kind == ARCH_KIND_INTEL && r.eax & 0x1f == 0 {
                    no_cache_info = true;
                    break;
                }
                match (r.eax >> 5) & 0x7 {
                    // Maximum number of logical processors sharing L2.
                    2 if check & 0x1 != 0 => {
                        threads_l2 = ((r.eax >> 14) & 0x3ff) as i32;
                        check &= !0x1;
                    }
                    // Same for L3, and whether L3 includes L2.
                    3 if check & 0x2 != 0 => {
                        threads_l3 = ((r.eax >> 14) & 0x3ff) as i32;
                        inclusive_cache = r.edx & 0x2 != 0;
                        check &= !0x2;
                    }
                    _ => {}
                }
                if check == 0 || i >= MAX_SUBLEAF_ROUNDS {
                    break;
                }
            }
        }

        if !no_cache_info {
            // With leaf 11, the leaf 4 counts are numbers of addressable IDs:
            // apply the count mask of the logical processors per core/package.
            if max_cpuid >= 11 && support_count_mask {
                let mut i = 0u32;
                // Count SMT only if there is an L3; always count cores if not.
                let mut count: i32 = i32::from(threads_l2 > 0 && level == 3)
                    | (i32::from(threads_l3 > 0 || (threads_l2 > 0 && level == 2)) << 1);
                while count != 0 && i < MAX_SUBLEAF_ROUNDS {
                    let r = cpu.cpuid(11, i);
                    i += 1;
                    let shipped = (r.ebx & 0xff) as i32;
                    let ty = r.ecx & 0xff00;
                    if shipped == 0 || ty == 0 {
                        break;
                    } else if ty == 0x100 {
                        // SMT level.
                        if count & 0x1 != 0 {
                            let mask = !((-1i32).wrapping_shl((bsr(threads_l2) + 1) as u32));
                            threads_l2 = (shipped - 1) & mask;
                            count &= !0x1;
                        }
                    } else if ty == 0x200 {
                        // Core level.
                        if count & 0x2 != 0 {
                            let threads_core = if level == 2 { threads_l2 } else { threads_l3 };
                            let mask = !((-1i32).wrapping_shl((bsr(threads_core) + 1) as u32));
                            let threads_core = (shipped - 1) & mask;
                            if level == 2 {
                                threads_l2 = threads_core;
                            } else {
                                threads_l3 = threads_core;
                            }
                            count &= !0x2;
                        }
                    }
                }
            }
            if threads_l2 > 0 {
                threads_l2 += 1;
            }
            if threads_l3 > 0 {
                threads_l3 += 1;
            }
            if level == 2 {
                if threads_l2 != 0 {
                    threads = threads_l2 as u32;
                    if cf.basic.kind == ARCH_KIND_INTEL && threads > 2 && family == 6 {
                        // Silvermont has its L2 shared by 2 cores.
                        if matches!(model, 0x37 | 0x4a | 0x4d | 0x5a | 0x5d) {
                            threads = 2;
                        }
                    }
                }
            } else if threads_l3 != 0 {
                threads = threads_l3 as u32;
            }
        } else {
            // Assume all logical threads share the highest cache level.
            threads = (cf.leaf1().ebx >> 16) & 0xff;
        }

        // Per-thread size of the highest cache level.
        if shared_per_thread > 0 && threads > 0 {
            shared_per_thread /= i64::from(threads);
        }
    }

    // Non-inclusive L2 and L3 caches.
    if !inclusive_cache {
        let core_per_thread = if threads_l2 > 0 {
            core.checked_div(i64::from(threads_l2)).unwrap_or(core)
        } else {
            core
        };
        shared_per_thread = shared_per_thread.wrapping_add(core_per_thread);
        shared = shared.wrapping_add(core);
    }

    *shared_ptr = shared;
    *shared_per_thread_ptr = shared_per_thread;
    *threads_ptr = threads;
}

/// The twelve `_SC_` values of `dl_init_cacheinfo`, in its call order.
struct CacheLevels {
    l1i_size: u64,
    l1i_linesize: u64,
    l1d_size: u64,
    l1d_assoc: u64,
    l1d_linesize: u64,
    l2_size: u64,
    l2_assoc: u64,
    l2_linesize: u64,
    l3_size: u64,
    l3_assoc: u64,
    l3_linesize: u64,
    l4_size: u64,
}

/// `dl_init_cacheinfo`: cache sizes and the memcpy/memset thresholds, then the
/// `TUNABLE_SET_WITH_BOUNDS` write-back.
fn init_cacheinfo<C: CpuidSource>(cpu: &mut C, cf: &mut CpuFeatures, tun: &mut CacheTunables) {
    let mut data: i64 = -1;
    let mut shared: i64 = -1;
    let mut shared_per_thread: i64 = -1;
    let mut threads: u32 = 0;
    // `unsigned long` initialized with -1.
    let mut lv = CacheLevels {
        l1i_size: u64::MAX,
        l1i_linesize: u64::MAX,
        l1d_size: u64::MAX,
        l1d_assoc: u64::MAX,
        l1d_linesize: u64::MAX,
        l2_size: u64::MAX,
        l2_assoc: u64::MAX,
        l2_linesize: u64::MAX,
        l3_size: u64::MAX,
        l3_assoc: u64::MAX,
        l3_linesize: u64::MAX,
        l4_size: u64::MAX,
    };

    let kind = cf.basic.kind;
    if kind == ARCH_KIND_INTEL {
        let ro: &CpuFeatures = cf;
        let mut cache = IntelCpuidCache::new();
        let mut h = |name| handle_intel(cpu, ro, &mut cache, name);
        data = h(L1D_SIZE);
        shared = h(L3_SIZE);
        shared_per_thread = shared;
        lv.l1i_size = h(L1I_SIZE) as u64;
        lv.l1i_linesize = h(L1I_LINESIZE) as u64;
        lv.l1d_size = data as u64;
        lv.l1d_assoc = h(L1D_ASSOC) as u64;
        lv.l1d_linesize = h(L1D_LINESIZE) as u64;
        lv.l2_size = h(L2_SIZE) as u64;
        lv.l2_assoc = h(L2_ASSOC) as u64;
        lv.l2_linesize = h(L2_LINESIZE) as u64;
        lv.l3_size = shared as u64;
        lv.l3_assoc = h(L3_ASSOC) as u64;
        lv.l3_linesize = h(L3_LINESIZE) as u64;
        lv.l4_size = h(L4_SIZE) as u64;

        get_common_cache_info(
            cpu,
            ro,
            Some(&cache),
            &mut shared,
            &mut shared_per_thread,
            &mut threads,
            lv.l2_size as i64,
        );
    } else if kind == ARCH_KIND_ZHAOXIN {
        let mut h = |name| handle_zhaoxin(cpu, name);
        data = h(L1D_SIZE);
        shared = h(L3_SIZE);
        shared_per_thread = shared;
        lv.l1i_size = h(L1I_SIZE) as u64;
        lv.l1i_linesize = h(L1I_LINESIZE) as u64;
        lv.l1d_size = data as u64;
        lv.l1d_assoc = h(L1D_ASSOC) as u64;
        lv.l1d_linesize = h(L1D_LINESIZE) as u64;
        lv.l2_size = h(L2_SIZE) as u64;
        lv.l2_assoc = h(L2_ASSOC) as u64;
        lv.l2_linesize = h(L2_LINESIZE) as u64;
        lv.l3_size = shared as u64;
        lv.l3_assoc = h(L3_ASSOC) as u64;
        lv.l3_linesize = h(L3_LINESIZE) as u64;

        get_common_cache_info(
            cpu,
            cf,
            None,
            &mut shared,
            &mut shared_per_thread,
            &mut threads,
            lv.l2_size as i64,
        );
    } else if kind == ARCH_KIND_AMD {
        let ro: &CpuFeatures = cf;
        let mut h = |name| handle_amd(cpu, ro, name);
        data = h(L1D_SIZE);
        shared = h(L3_SIZE);
        lv.l1i_size = h(L1I_SIZE) as u64;
        lv.l1i_linesize = h(L1I_LINESIZE) as u64;
        lv.l1d_size = data as u64;
        lv.l1d_assoc = h(L1D_ASSOC) as u64;
        lv.l1d_linesize = h(L1D_LINESIZE) as u64;
        lv.l2_size = h(L2_SIZE) as u64;
        lv.l2_assoc = h(L2_ASSOC) as u64;
        lv.l2_linesize = h(L2_LINESIZE) as u64;
        lv.l3_size = shared as u64;
        lv.l3_assoc = h(L3_ASSOC) as u64;
        lv.l3_linesize = h(L3_LINESIZE) as u64;
        lv.l4_size = h(L4_SIZE) as u64;

        if shared <= 0 {
            // No shared L3 cache: all we have is the L2.
            shared = lv.l2_size as i64;
        } else if cf.basic.family < 0x17 {
            // Exclusive L2 and L3 caches.
            shared = shared.wrapping_add(lv.l2_size as i64);
        }
        shared_per_thread = shared;
    } else if kind == ARCH_KIND_HYGON {
        let mut h = |name| handle_hygon(cpu, name);
        data = h(L1D_SIZE);
        shared = h(L3_SIZE);
        shared_per_thread = shared;
        lv.l1i_size = h(L1I_SIZE) as u64;
        lv.l1i_linesize = h(L1I_LINESIZE) as u64;
        lv.l1d_size = data as u64;
        lv.l1d_assoc = h(L1D_ASSOC) as u64;
        lv.l1d_linesize = h(L1D_LINESIZE) as u64;
        lv.l2_size = h(L2_SIZE) as u64;
        lv.l2_assoc = h(L2_ASSOC) as u64;
        lv.l2_linesize = h(L2_LINESIZE) as u64;
        lv.l3_size = shared as u64;
        lv.l3_assoc = h(L3_ASSOC) as u64;
        lv.l3_linesize = h(L3_LINESIZE) as u64;
    }

    cf.level1_icache_size = lv.l1i_size;
    cf.level1_icache_linesize = lv.l1i_linesize;
    cf.level1_dcache_size = lv.l1d_size;
    cf.level1_dcache_assoc = lv.l1d_assoc;
    cf.level1_dcache_linesize = lv.l1d_linesize;
    cf.level2_cache_size = lv.l2_size;
    cf.level2_cache_assoc = lv.l2_assoc;
    cf.level2_cache_linesize = lv.l2_linesize;
    cf.level3_cache_size = lv.l3_size;
    cf.level3_cache_assoc = lv.l3_assoc;
    cf.level3_cache_linesize = lv.l3_linesize;
    cf.level4_cache_size = lv.l4_size;

    let mut divisor = cf.cachesize_non_temporal_divisor;
    if divisor == 0 {
        divisor = 4;
    }

    // Non-temporal threshold: shared / divisor (an `unsigned long` division:
    // a negative `shared` becomes huge), at least 3/4 of the per-thread share
    // (signed arithmetic); only that bound without ERMS (except on Zhaoxin);
    // below 0x4040 it means broken cache info and becomes 64 MiB; at most
    // SIZE_MAX >> 4.
    let mut non_temporal_threshold = (shared as u64) / divisor;
    let non_temporal_threshold_lowbound = (shared_per_thread.wrapping_mul(3) / 4) as u64;
    if non_temporal_threshold < non_temporal_threshold_lowbound {
        non_temporal_threshold = non_temporal_threshold_lowbound;
    }
    if !cf.usable_p(f::ERMS) && kind != ARCH_KIND_ZHAOXIN {
        non_temporal_threshold = non_temporal_threshold_lowbound;
    }
    let maximum_non_temporal_threshold = u64::MAX >> 4;
    let minimum_non_temporal_threshold = 0x4040u64;
    if non_temporal_threshold < minimum_non_temporal_threshold {
        non_temporal_threshold = 64 * 1024 * 1024;
    } else if non_temporal_threshold > maximum_non_temporal_threshold {
        non_temporal_threshold = maximum_non_temporal_threshold;
    }

    // REP MOVSB threshold: 4096 * (VEC_SIZE / 16) for 32/64-byte vectors,
    // 2048 for 16-byte ones; must exceed VEC_SIZE * 8. 2112 with FSRM; the
    // non-temporal threshold on AMD (REP MOVSB is often slower there).
    let (mut rep_movsb_threshold, minimum_rep_movsb_threshold): (u64, u64) =
        if cf.usable_p(f::AVX512F) && !cf.preferred_p(preferred::PREFER_NO_AVX512) {
            (4096 * (64 / 16), 64 * 8)
        } else if cf.preferred_p(preferred::AVX_FAST_UNALIGNED_LOAD) {
            (4096 * (32 / 16), 32 * 8)
        } else {
            // 2048 * (16 / 16), 16 * 8
            (2048, 128)
        };
    if cf.usable_p(f::FSRM) {
        rep_movsb_threshold = 2112;
    }
    if kind == ARCH_KIND_AMD {
        rep_movsb_threshold = non_temporal_threshold;
    }

    // Tunables (TUNABLE_GET returns the value as `long int`; the comparisons
    // with the `unsigned long` bounds are unsigned).
    let tunable_size = tun.data.value as i64;
    if tunable_size != 0 {
        data = tunable_size;
    }
    let tunable_size = tun.shared.value as i64;
    if tunable_size != 0 {
        shared = tunable_size;
    }

    // Non-temporal memset unless the CPU prefers to avoid it; from the
    // computed threshold, before the x86_non_temporal_threshold tunable.
    let mut memset_non_temporal_threshold = u64::MAX;
    if !cf.preferred_p(preferred::AVOID_NON_TEMPORAL_MEMSET) {
        memset_non_temporal_threshold = non_temporal_threshold;
    }

    let tunable_size = tun.non_temporal.value;
    if tunable_size > minimum_non_temporal_threshold
        && tunable_size <= maximum_non_temporal_threshold
    {
        non_temporal_threshold = tunable_size;
    }
    let tunable_size = tun.memset_non_temporal.value;
    if tunable_size > minimum_non_temporal_threshold
        && tunable_size <= maximum_non_temporal_threshold
    {
        memset_non_temporal_threshold = tunable_size;
    }
    let tunable_size = tun.rep_movsb.value;
    if tunable_size > minimum_rep_movsb_threshold {
        rep_movsb_threshold = tunable_size;
    }
    // Default 2048, minimum 1, fixed; SIZE_MAX (vector loop) on AMD unless the
    // user set it.
    let mut rep_stosb_threshold = tun.rep_stosb.value;
    if kind == ARCH_KIND_AMD && !tun.rep_stosb.initialized {
        rep_stosb_threshold = u64::MAX;
    }

    tun.memset_non_temporal.update(
        memset_non_temporal_threshold,
        Some(minimum_non_temporal_threshold),
        Some(u64::MAX),
    );
    // Without ERMS, memset's non-temporal path is reached through the stosb
    // threshold: read back the final x86_memset_non_temporal_threshold.
    if cf.preferred_p(preferred::AVOID_STOSB) {
        rep_stosb_threshold = tun.memset_non_temporal.value;
    }
    tun.rep_stosb
        .update(rep_stosb_threshold, Some(1), Some(u64::MAX));
    tun.data.update(data as u64, Some(0), Some(u64::MAX));
    tun.shared.update(shared as u64, Some(0), Some(u64::MAX));
    tun.non_temporal.update(
        non_temporal_threshold,
        Some(minimum_non_temporal_threshold),
        Some(maximum_non_temporal_threshold),
    );
    tun.rep_movsb.update(
        rep_movsb_threshold,
        Some(minimum_rep_movsb_threshold),
        Some(u64::MAX),
    );

    // The upper bound of ERMS is the non-temporal threshold on all CPUs (2.36:
    // the L2 size on AMD).
    let rep_movsb_stop_threshold = non_temporal_threshold;

    cf.data_cache_size = data as u64;
    cf.shared_cache_size = shared as u64;
    cf.non_temporal_threshold = non_temporal_threshold;
    cf.memset_non_temporal_threshold = memset_non_temporal_threshold;
    cf.rep_movsb_threshold = rep_movsb_threshold;
    cf.rep_stosb_threshold = rep_stosb_threshold;
    cf.rep_movsb_stop_threshold = rep_movsb_stop_threshold;
}

// ---------------------------------------------------------------------------
// Comparison with glibc 2.41's own ld.so
// ---------------------------------------------------------------------------

/// Name of the `struct cpu_features` field at byte `offset` (for diffs).
pub fn field_name(offset: usize) -> alloc::string::String {
    use alloc::format;
    const IDX: [&str; CPUID_INDEX_MAX] = [
        "CPUID_INDEX_1",
        "CPUID_INDEX_7",
        "CPUID_INDEX_80000001",
        "CPUID_INDEX_D_ECX_1",
        "CPUID_INDEX_80000007",
        "CPUID_INDEX_80000008",
        "CPUID_INDEX_7_ECX_1",
        "CPUID_INDEX_19",
        "CPUID_INDEX_14_ECX_0",
        "CPUID_INDEX_24_ECX_0",
    ];
    const REGS: [&str; 4] = ["eax", "ebx", "ecx", "edx"];
    const BASIC: [&str; 5] = ["kind", "max_cpuid", "family", "model", "stepping"];
    const TAIL: [&str; 23] = [
        "data_cache_size",
        "shared_cache_size",
        "non_temporal_threshold",
        "memset_non_temporal_threshold",
        "rep_movsb_threshold",
        "rep_movsb_stop_threshold",
        "rep_stosb_threshold",
        "level1_icache_size",
        "level1_icache_linesize",
        "level1_dcache_size",
        "level1_dcache_assoc",
        "level1_dcache_linesize",
        "level2_cache_size",
        "level2_cache_assoc",
        "level2_cache_linesize",
        "level3_cache_size",
        "level3_cache_assoc",
        "level3_cache_linesize",
        "level4_cache_size",
        "cachesize_non_temporal_divisor",
        "",
        "",
        "",
    ];
    match offset {
        0..=19 => format!("basic.{}", BASIC.get(offset / 4).unwrap_or(&"?")),
        20..=339 => {
            let i = (offset - 20) / 32;
            let part = if (offset - 20) % 32 < 16 {
                "cpuid"
            } else {
                "active"
            };
            let reg = REGS.get(((offset - 20) % 16) / 4).unwrap_or(&"?");
            format!("features[{}].{part}.{reg}", IDX.get(i).unwrap_or(&"?"))
        }
        340..=343 => "preferred[0]".into(),
        344..=347 => "isa_1".into(),
        348..=351 => "hole@348".into(),
        352..=359 => "xsave_state_size".into(),
        360..=363 => "xsave_state_full_size".into(),
        364..=367 => "hole@364".into(),
        368..=527 => alloc::string::String::from(*TAIL.get((offset - 368) / 8).unwrap_or(&"?")),
        _ => "?".into(),
    }
}

/// The tunable lines of [`dump_hex`], in 2.41's `tunable_id_t` order.
fn tunable_lines(init: &CpuInit) -> [(&'static str, TunableValue); 8] {
    [
        ("plt_rewrite", init.plt_rewrite_tunable),
        ("prefer_map_32bit_exec", init.prefer_map_32bit_exec),
        ("x86_data_cache_size", init.x86_data_cache_size),
        (
            "x86_memset_non_temporal_threshold",
            init.x86_memset_non_temporal_threshold,
        ),
        (
            "x86_non_temporal_threshold",
            init.x86_non_temporal_threshold,
        ),
        ("x86_rep_movsb_threshold", init.x86_rep_movsb_threshold),
        ("x86_rep_stosb_threshold", init.x86_rep_stosb_threshold),
        ("x86_shared_cache_size", init.x86_shared_cache_size),
    ]
}

/// Everything [`init_cpu_features`] computed, one item per line, numbers in hex
/// without `0x`:
///
/// ```text
/// features <528 bytes as 1056 hex digits>
/// hwcap 2
/// minsig d30
/// platform -            (or haswell / xeon_phi: GLRO(dl_platform) replaced)
/// tlsdesc_state_size a00
/// xsave_state xsavec    (fxsave / xsave / xsavec)
/// plt_rewrite 0         (the GL(dl_x86_feature_control) value, probe passed)
/// tunable NAME VALUE MIN MAX INITIALIZED   (8 lines, tunable_id_t order)
/// ```
///
/// The first four lines, and the tunable values, have the format of
/// tests/programs/cpu_features_dump.c (which prints them from the running
/// ld.so's `_rtld_global_ro`); see [`diff_against_reference`].
pub fn dump_hex(init: &CpuInit) -> alloc::string::String {
    use core::fmt::Write;
    let mut s = alloc::string::String::with_capacity(2 * CPU_FEATURES_SIZE + 600);
    s.push_str("features ");
    for b in init.features.as_bytes() {
        let _ = write!(s, "{b:02x}");
    }
    let platform = match init.platform {
        Some(p) => core::str::from_utf8(p.strip_suffix(b"\0").unwrap_or(p)).unwrap_or("?"),
        None => "-",
    };
    let xsave = match init.xsave_state {
        XsaveState::Fxsave => "fxsave",
        XsaveState::Xsave => "xsave",
        XsaveState::Xsavec => "xsavec",
    };
    let _ = write!(
        s,
        "\nhwcap {:x}\nminsig {:x}\nplatform {platform}\ntlsdesc_state_size {:x}\n\
         xsave_state {xsave}\nplt_rewrite {:x}\n",
        init.hwcap, init.minsigstacksize, init.tlsdesc_state_size, init.plt_rewrite as u32
    );
    for (name, t) in tunable_lines(init) {
        let _ = writeln!(
            s,
            "tunable {name} {:x} {:x} {:x} {}",
            t.value,
            t.min,
            t.max,
            u8::from(t.initialized)
        );
    }
    s
}

/// `AT_MINSIGSTKSZ` and `AT_HWCAP2` as recorded by cpu_features_dump.c
/// (`auxv_minsigstksz`, `auxv_hwcap2` lines), i.e. the inputs to pass to
/// [`init_cpu_features`] to reproduce a reference dump.
pub fn reference_auxv(reference: &str) -> (Option<usize>, u64) {
    let mut minsig = None;
    let mut hwcap2 = 0;
    for line in reference.lines() {
        let mut w = line.split_whitespace();
        match (w.next(), w.next().map(|v| u64::from_str_radix(v, 16))) {
            (Some("auxv_minsigstksz"), Some(Ok(v))) if v != 0 => minsig = Some(v as usize),
            (Some("auxv_hwcap2"), Some(Ok(v))) => hwcap2 = v,
            _ => {}
        }
    }
    (minsig, hwcap2)
}

/// Compare `init` with a reference: the output of tests/programs/
/// cpu_features_dump.c run under 2.41's or 2.43's ld.so (`features`, `hwcap`, `minsig`,
/// `platform`, `NAME VALUE` lines for the tunables, with the tunable
/// `plt_rewrite` named `plt_rewrite_tunable`, and optionally
/// `feature_control` (the raw `_rtld_global + 2740` word; 2.43: `+ 1972`) and
/// `runtime_resolve` (`+OFFSET` in the Debian 13 or Debian sid 2.43-7
/// ld.so)), or text in
/// [`dump_hex`]'s format. Other lines (`auxv_*`, `hwcap2`, ...) are ignored. `mask_apic_id` ignores leaf 1 EBX bits 31:24 (the APIC ID of
/// whichever CPU executed CPUID). Returns one message per difference; empty
/// means equal.
pub fn diff_against_reference(
    init: &CpuInit,
    reference: &str,
    mask_apic_id: bool,
) -> alloc::vec::Vec<alloc::string::String> {
    use alloc::format;
    use alloc::string::String;
    let ours = dump_hex(init);
    let mut bad = alloc::vec::Vec::new();
    let mut ours_map: alloc::vec::Vec<(&str, &str)> = alloc::vec::Vec::new();
    for line in ours.lines() {
        if let Some(rest) = line.strip_prefix("tunable ") {
            // "tunable NAME VALUE MIN MAX INIT": key "tunable NAME".
            let name_end = rest.find(' ').unwrap_or(rest.len());
            ours_map.push((&line[..8 + name_end], &rest[name_end..]));
        } else if let Some((k, v)) = line.split_once(' ') {
            ours_map.push((k, v));
        }
    }
    let find = |k: &str| ours_map.iter().find(|e| e.0 == k).map(|e| e.1.trim());
    let mut compared = 0;
    for line in reference.lines() {
        let line = line.trim();
        let (key, val) = if let Some(rest) = line.strip_prefix("tunable ") {
            let name_end = rest.find(' ').unwrap_or(rest.len());
            (&line[..8 + name_end], rest[name_end..].trim())
        } else {
            match line.split_once(' ') {
                Some((k, v)) => (k, v.trim()),
                None => continue,
            }
        };
        if key == "features" {
            compared += 1;
            let theirs: alloc::vec::Vec<u8> = (0..val.len() / 2)
                .filter_map(|i| val.get(2 * i..2 * i + 2))
                .filter_map(|h| u8::from_str_radix(h, 16).ok())
                .collect();
            if theirs.len() != CPU_FEATURES_SIZE {
                bad.push(format!("features: reference has {} bytes", theirs.len()));
                continue;
            }
            let mine = init.features.as_bytes();
            let mut last_field = String::new();
            for (off, (a, b)) in theirs.iter().zip(mine.iter()).enumerate() {
                if mask_apic_id && off == 20 + 4 + 3 {
                    continue;
                }
                if a != b {
                    let name = field_name(off);
                    if name != last_field {
                        bad.push(format!(
                            "features+{off} ({name}): glibc {a:02x}, ours {b:02x} (first differing byte)"
                        ));
                        last_field = name;
                    }
                }
            }
            continue;
        }
        // Raw words cpu_features_dump.c can print: GL(dl_x86_feature_control)
        // (plt_rewrite in bits 4..5) and the resolver pointers as offsets in
        // the Debian 13 ld.so (build-id f8cba873...) or the Debian sid 2.43-7
        // one (0a8e9e67...).
        let derived;
        let (key, val) = match key {
            "feature_control" => match u32::from_str_radix(val, 16) {
                Ok(v) => {
                    derived = format!("{:x}", (v >> 4) & 3);
                    ("plt_rewrite", derived.as_str())
                }
                Err(_) => (key, val),
            },
            "runtime_resolve" => {
                // _dl_runtime_resolve_{fxsave,xsave,xsavec} in the Debian 13
                // (2.41) and Debian sid 2.43-7 ld.so; the two sets do not
                // overlap.
                let v = match val {
                    "+132c0" | "+13ca0" => "fxsave",
                    "+13340" | "+13d20" => "xsave",
                    "+13410" | "+13df0" => "xsavec",
                    _ => val,
                };
                ("xsave_state", v)
            }
            _ => (key, val),
        };
        // The tunables as cpu_features_dump.c names them.
        let tkey;
        let key = match key {
            "plt_rewrite_tunable" => "tunable plt_rewrite",
            "prefer_map_32bit_exec"
            | "x86_data_cache_size"
            | "x86_memset_non_temporal_threshold"
            | "x86_non_temporal_threshold"
            | "x86_rep_movsb_threshold"
            | "x86_rep_stosb_threshold"
            | "x86_shared_cache_size" => {
                tkey = format!("tunable {key}");
                tkey.as_str()
            }
            k => k,
        };
        let Some(mine) = find(key) else { continue };
        compared += 1;
        // A bare value is compared with the first word of ours (the value).
        let equal = if key.starts_with("tunable ") && !val.contains(' ') {
            mine.split_whitespace().next() == Some(val)
        } else {
            mine == val
        };
        if !equal {
            bad.push(format!("{key}: glibc `{val}`, ours `{mine}`"));
        }
    }
    if compared == 0 {
        bad.push("reference has no comparable lines".into());
    }
    bad
}

#[cfg(test)]
pub(crate) mod tests {
    //! Also used by the 2.31 module's tests ([`FakeCpu`], [`fake_cpu`],
    //! [`strtoul`], [`PROFILES`]).
    extern crate std;

    use super::*;
    use std::format;
    use std::string::{String, ToString};
    use std::vec::Vec;

    #[test]
    fn layout_is_glibc_2_41() {
        assert_eq!(size_of::<CpuFeatures>(), 528);
        assert_eq!(CpuFeatures::zeroed().as_bytes(), &[0u8; 528]);
        let mut cf = CpuFeatures::zeroed();
        cf.cachesize_non_temporal_divisor = 0x0102_0304;
        assert_eq!(&cf.as_bytes()[520..524], &[4, 3, 2, 1]);
        assert_eq!(CpuFeatures::from_bytes(cf.as_bytes()), cf);
        assert_eq!(field_name(520), "cachesize_non_temporal_divisor");
        assert_eq!(field_name(392), "memset_non_temporal_threshold");
        assert_eq!(
            field_name(20 + 32 * 9 + 4),
            "features[CPUID_INDEX_24_ECX_0].cpuid.ebx"
        );
    }

    /// A CPUID table standing in for a CPU; missing leaves read as zeros.
    pub(crate) struct FakeCpu {
        pub(crate) leaves: Vec<(u32, u32, CpuidRegisters)>,
        pub(crate) xcr0: u64,
        /// CPUID executions so far.
        pub(crate) calls: usize,
    }

    impl CpuidSource for FakeCpu {
        fn cpuid(&mut self, leaf: u32, subleaf: u32) -> CpuidRegisters {
            self.calls += 1;
            self.leaves
                .iter()
                .find(|e| e.0 == leaf && e.1 == subleaf)
                .map(|e| e.2)
                .unwrap_or_default()
        }
        fn xgetbv(&mut self, _xcr: u32) -> u64 {
            self.xcr0
        }
    }

    fn hex_u64(s: &str) -> u64 {
        u64::from_str_radix(s, 16).expect("hex number")
    }

    /// `_dl_strtoul` for the well-formed values the tests use.
    pub(crate) fn strtoul(s: &str) -> u64 {
        if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
            u64::from_str_radix(h, 16).expect("hex")
        } else if s.len() > 1 && s.starts_with('0') {
            u64::from_str_radix(&s[1..], 8).expect("octal")
        } else {
            s.parse().expect("decimal")
        }
    }

    /// Minimal 2.41 `GLIBC_TUNABLES` reader for the glibc.cpu.* tunables (the
    /// last occurrence wins), plus the `LD_PREFER_MAP_32BIT_EXEC` alias, which
    /// glibc applies only when `GLIBC_TUNABLES` did not initialize the tunable.
    fn parse_tunables<'a>(value: &'a str, alias: Option<&str>) -> CpuTunables<'a> {
        let mut t = CpuTunables::default();
        for item in value.split(':') {
            let Some((name, v)) = item.split_once('=') else {
                continue;
            };
            let num = || Some(strtoul(v));
            match name {
                "glibc.cpu.hwcaps" => t.hwcaps = Some(v.as_bytes()),
                "glibc.cpu.x86_non_temporal_threshold" => t.x86_non_temporal_threshold = num(),
                "glibc.cpu.x86_memset_non_temporal_threshold" => {
                    t.x86_memset_non_temporal_threshold = num()
                }
                "glibc.cpu.x86_rep_movsb_threshold" => t.x86_rep_movsb_threshold = num(),
                "glibc.cpu.x86_rep_stosb_threshold" => t.x86_rep_stosb_threshold = num(),
                "glibc.cpu.x86_data_cache_size" => t.x86_data_cache_size = num(),
                "glibc.cpu.x86_shared_cache_size" => t.x86_shared_cache_size = num(),
                "glibc.cpu.prefer_map_32bit_exec" => t.prefer_map_32bit_exec = num(),
                "glibc.cpu.plt_rewrite" => t.plt_rewrite = num(),
                _ => {}
            }
        }
        if let Some(a) = alias {
            let set_by_tunables =
                matches!(t.prefer_map_32bit_exec, Some(v) if (0..=1).contains(&(v as i32)));
            if !set_by_tunables {
                t.prefer_map_32bit_exec = Some(strtoul(a));
            }
        }
        t
    }

    /// The CPU of a profile: its "cpuid LEAF SUB EAX EBX ECX EDX" and "xcr0"
    /// lines (numbers hex); other lines are ignored.
    pub(crate) fn fake_cpu(text: &str) -> FakeCpu {
        let mut cpu = FakeCpu {
            leaves: Vec::new(),
            xcr0: 0,
            calls: 0,
        };
        for line in text.lines() {
            let w: Vec<&str> = line.split_whitespace().collect();
            match w.as_slice() {
                ["cpuid", l, s, a, b, c, d] => cpu.leaves.push((
                    hex_u64(l) as u32,
                    hex_u64(s) as u32,
                    CpuidRegisters {
                        eax: hex_u64(a) as u32,
                        ebx: hex_u64(b) as u32,
                        ecx: hex_u64(c) as u32,
                        edx: hex_u64(d) as u32,
                    },
                )),
                ["xcr0", v] => cpu.xcr0 = hex_u64(v),
                _ => {}
            }
        }
        cpu
    }

    /// Parse a profile ("cpuid LEAF SUB EAX EBX ECX EDX", "xcr0", "minsig",
    /// "hwcap2", "tunables GLIBC_TUNABLES-VALUE", "env NAME=VALUE"; numbers
    /// hex).
    fn parse_profile(text: &'static str) -> (FakeCpu, Option<usize>, u64, CpuTunables<'static>) {
        let cpu = fake_cpu(text);
        let mut minsig = None;
        let mut hwcap2 = 0;
        let mut tunables = "";
        let mut alias = None;
        for line in text.lines() {
            let line = line.trim();
            let w: Vec<&'static str> = line.split_whitespace().collect();
            match w.as_slice() {
                ["cpuid", _, _, _, _, _, _] | ["xcr0", _] => {}
                ["minsig", v] => minsig = Some(hex_u64(v) as usize),
                ["hwcap2", v] => hwcap2 = hex_u64(v),
                ["tunables", v] => tunables = v,
                ["env", v] => match v.split_once('=') {
                    Some(("LD_PREFER_MAP_32BIT_EXEC", a)) => alias = Some(a),
                    _ => panic!("unknown env {v}"),
                },
                [] => {}
                other => panic!("bad profile line {other:?}"),
            }
        }
        (cpu, minsig, hwcap2, parse_tunables(tunables, alias))
    }

    /// Run `profile` through `release`'s logic and compare the result with
    /// `expected` (a `PROFILES`-style expectation). One message per
    /// difference.
    fn profile_mismatches(release: Release, profile: &'static str, expected: &str) -> Vec<String> {
        let (mut cpu, minsig, hwcap2, tunables) = parse_profile(profile);
        let ours = init_cpu_features_with(&mut cpu, release, minsig, hwcap2, &tunables);

        // The expected `features` lines list the non-zero 32-bit words as
        // `byte_offset=hex`; rebuild the full dump text from them.
        let mut bytes = [0u8; CPU_FEATURES_SIZE];
        let mut reference = String::new();
        let mut bad = Vec::new();
        for line in expected.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if let Some(n) = line.strip_prefix("cpuid_calls ") {
                // As many CPUID executions as glibc: the Intel CPUID cache
                // (Debian 2.41-12+deb13u5 and 2.43-3 onwards; it changes
                // nothing else on a deterministic CPU) is mirrored exactly.
                if n.parse::<usize>() != Ok(cpu.calls) {
                    bad.push(format!("CPUID executions: glibc {n}, ours {}", cpu.calls));
                }
                continue;
            }
            let Some(words) = line.strip_prefix("features ") else {
                reference.push_str(line);
                reference.push('\n');
                continue;
            };
            for word in words.split_whitespace() {
                let (off, val) = word.split_once('=').expect("offset=value");
                let off: usize = off.parse().expect("offset");
                let val = hex_u64(val) as u32;
                bytes[off..off + 4].copy_from_slice(&val.to_le_bytes());
            }
        }
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let reference = format!("features {hex}\n{reference}");

        bad.extend(diff_against_reference(&ours, &reference, false));
        if dump_hex(&ours) != reference {
            bad.push("dump text differs".to_string());
        }
        bad
    }

    /// Every vendor path against glibc 2.41's own ld.so on the same CPUID
    /// tables: Intel leaf 2 and leaf 4 decoding (with the deb13u5 CPUID cache,
    /// also past its 16 entries), the microarch tuning switch (divisors,
    /// Avoid_Non_Temporal_Memset, family 18/19), TSX, Xeon Phi, AMX/AVX10/APX,
    /// XSAVEC sizes; AMD 0x8000001D and legacy (per-CCX/per-thread L3), Hygon,
    /// both Zhaoxin vendor strings incl. Yongfeng/Shijidadao; other vendors;
    /// the tunables (memset threshold, rep_stosb, prefer_map_32bit_exec and
    /// its alias, plt_rewrite) and hwcaps. The 2.36 module's profiles are all
    /// included.
    #[test]
    fn matches_glibc_2_41_ld_so_on_synthetic_cpus() {
        let mut failures = Vec::new();
        for &(name, profile, expected) in PROFILES {
            let bad = profile_mismatches(Release::V2_41, profile, expected);
            if !bad.is_empty() {
                failures.push(format!("[{name}]\n    {}", bad.join("\n    ")));
            }
        }
        assert!(
            failures.is_empty(),
            "mismatches vs glibc 2.41's ld.so:\n{}",
            failures.join("\n")
        );
    }

    /// The same profiles against glibc 2.43's ld.so (Debian sid 2.43-7):
    /// [`EXPECTED_2_43`] gives its verdict on every profile of [`PROFILES`],
    /// in the same order.
    #[test]
    fn matches_glibc_2_43_ld_so_on_synthetic_cpus() {
        assert_eq!(
            PROFILES.iter().map(|p| p.0).collect::<Vec<_>>(),
            EXPECTED_2_43.iter().map(|e| e.0).collect::<Vec<_>>(),
            "EXPECTED_2_43 must list every profile of PROFILES, in order"
        );
        let mut failures = Vec::new();
        for (&(name, profile, expected_2_41), &(_, expected_2_43)) in
            PROFILES.iter().zip(EXPECTED_2_43)
        {
            let bad = match expected_2_43 {
                None => profile_mismatches(Release::V2_43, profile, expected_2_41),
                Some(expected) => {
                    // A `Some` is a real 2.41 -> 2.43 difference: the 2.41
                    // expectation must not also fit 2.43.
                    let mut bad = profile_mismatches(Release::V2_43, profile, expected);
                    if profile_mismatches(Release::V2_43, profile, expected_2_41).is_empty() {
                        bad.push("2.43's expectation is listed but equals 2.41's".to_string());
                    }
                    bad
                }
            };
            if !bad.is_empty() {
                failures.push(format!("[{name}]\n    {}", bad.join("\n    ")));
            }
        }
        assert!(
            failures.is_empty(),
            "mismatches vs glibc 2.43's ld.so:\n{}",
            failures.join("\n")
        );
    }

    /// The facade the 2.43 adapter uses is the 2.41 module but for the release
    /// switch and `ro`.
    #[test]
    fn v2_43_facade() {
        assert_eq!(v2_43::RELEASE, Release::V2_43);
        assert_eq!(v2_43::CPU_FEATURES_SIZE, CPU_FEATURES_SIZE);
        assert_eq!(v2_43::RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET, 112);
        assert_eq!(v2_43::tunable_id::X86_SHSTK, tunable_id::X86_SHSTK);
        assert_eq!(
            (
                v2_43::ro::DL_X86_TLSDESC_DYNAMIC,
                v2_43::ro::DL_X86_64_RUNTIME_RESOLVE
            ),
            (
                ro::DL_X86_TLSDESC_DYNAMIC - 32,
                ro::DL_X86_64_RUNTIME_RESOLVE - 32
            )
        );
        assert_eq!(v2_43::ro::DL_HWCAP2, ro::DL_HWCAP2 - 32);
        // On this machine's CPU the two releases differ at most in the
        // Hygon-only preferred bits. (Built through the facade's names, as
        // the 2.43 adapter does.)
        let t = v2_43::CpuTunables {
            hwcaps: None,
            ..Default::default()
        };
        let a = init_cpu_features(None, 0, &t);
        let b: v2_43::CpuInit = v2_43::init_cpu_features(None, 0, &t);
        if a.features.basic.kind != ARCH_KIND_HYGON {
            assert_eq!(a, b);
        }
    }

    // The comparison with glibc 2.41's own ld.so on this machine's CPU is
    // tests/releases.rs `cpu_features_are_those_of_2_41s_own_ld_so`: the
    // same dump program (tests/programs/cpu_features_dump.c) run under
    // Debian 13's ld.so and under dryad in a Debian 13 chroot. (For 2.43 the
    // same program takes `p:runtime_resolve:648 g:feature_control:1972`.)

    /// (name, CPUID profile, glibc's result). Generated by running the
    /// `__tunables_init` and `_dl_x86_init_cpu_features` code of the Debian
    /// 13 ld.so itself (2.41-12+deb13u5, build-id f8cba873...) on each profile
    /// with `cpu_features_dump --emulate LDSO PROFILE`
    /// (tests/programs/cpu_features_dump.c): the ld.so file mapped as data,
    /// its RELR/RELA relocations applied, every CPUID/XGETBV instruction
    /// replaced by INT3 and answered from the profile in a SIGTRAP handler,
    /// the results read back from its `_rtld_global_ro`, `_rtld_global` and
    /// `tunable_list`. (In pass-through mode the same emulation reproduces the
    /// live ld.so's 528 bytes.) The profile text is the program's input as
    /// is; in its output, `features` is rewritten here as the non-zero 32-bit
    /// words, `byte_offset=hex`. `cpuid_calls` counts the CPUID instructions
    /// that ld.so code executed. The CPUID tables of the 2.36 module's
    /// profiles are all included (its `hwcaps`/`tunable` lines become one
    /// `tunables` line).
    pub(crate) const PROFILES: &[(&str, &str, &str)] = &[
        (
            "amd_excavator",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 660f51 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 129 0 0\n\
             cpuid d 0 7 3c0 3c0 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 210961 28100800\n\
             cpuid 80000005 0 0 0 20040140 60030140\n\
             cpuid 80000006 0 0 0 4008140 0\n\
             cpuid 80000008 0 3030 0 4003 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=2 4=d 8=15 12=65 16=1 20=660f51 24=40800 28=7ed8320b 32=178bfbff 44=7ed83203\n\
             features 48=17888110 56=129 72=128 92=210961 96=28100800 108=210961 112=8000000 116=1 132=1 180=3030\n\
             features 188=4003 340=400ca 344=7 352=440 360=440 368=8000 376=100000 384=c0000 392=c0000 400=c0000\n\
             features 408=c0000 416=c0000 424=18000 432=40 440=8000 448=4 456=40 464=100000 472=10 480=40\n\
             features 520=4\n\
             hwcap 2\n\
             minsig 5c4\n\
             platform -\n\
             tlsdesc_state_size 440\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold c0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold c0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold c0000 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold c0000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 100000 0 ffffffffffffffff 1\n\
             cpuid_calls 44\n\
            ",
        ),
        (
            "amd_excavator_no_xsave",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 660f51 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 129 0 0\n\
             cpuid d 0 7 3c0 3c0 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 210961 28100800\n\
             cpuid 80000005 0 0 0 20040140 60030140\n\
             cpuid 80000006 0 0 0 4008140 0\n\
             cpuid 80000008 0 3030 0 4003 0\n\
             xcr0 7\n\
             tunables glibc.cpu.hwcaps=-XSAVE\n\
            ",
            "\
             features 0=2 4=d 8=15 12=65 16=1 20=660f51 24=40800 28=7ed8320b 32=178bfbff 44=4ad82203\n\
             features 48=17888110 56=129 72=108 92=210961 96=28100800 108=200161 112=8000000 116=1 132=1 180=3030\n\
             features 188=4003 340=400ca 344=7 360=440 368=8000 376=100000 384=c0000 392=c0000 400=c0000 408=c0000\n\
             features 416=c0000 424=18000 432=40 440=8000 448=4 456=40 464=100000 472=10 480=40 520=4\n\
             hwcap 2\n\
             minsig 5c4\n\
             platform -\n\
             tlsdesc_state_size 440\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold c0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold c0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold c0000 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold c0000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 100000 0 ffffffffffffffff 1\n\
             cpuid_calls 44\n\
            ",
        ),
        (
            "amd_excavator_no_ymm",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 660f51 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 129 0 0\n\
             cpuid d 0 7 3c0 3c0 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 210961 28100800\n\
             cpuid 80000005 0 0 0 20040140 60030140\n\
             cpuid 80000006 0 0 0 4008140 0\n\
             cpuid 80000008 0 3030 0 4003 0\n\
             xcr0 3\n\
            ",
            "\
             features 0=2 4=d 8=15 12=65 16=1 20=660f51 24=40800 28=7ed8320b 32=178bfbff 44=4ed82203\n\
             features 48=17888110 56=129 72=108 92=210961 96=28100800 108=200161 112=8000000 116=1 132=1 180=3030\n\
             features 188=4003 340=400ca 344=3 352=440 360=440 368=8000 376=100000 384=c0000 392=c0000 400=c0000\n\
             features 408=c0000 416=c0000 424=18000 432=40 440=8000 448=4 456=40 464=100000 472=10 480=40\n\
             features 520=4\n\
             hwcap 2\n\
             minsig 5c4\n\
             platform -\n\
             tlsdesc_state_size 440\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold c0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold c0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold c0000 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold c0000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 100000 0 ffffffffffffffff 1\n\
             cpuid_calls 44\n\
            ",
        ),
        (
            "amd_k10_legacy_ht_threads",
            "\
             cpuid 0 0 5 68747541 444d4163 69746e65\n\
             cpuid 1 0 100f42 40800 802009 178bfbff\n\
             cpuid 80000000 0 80000006 0 0 0\n\
             cpuid 80000001 0 100f42 10000137 37ff 2fd3fbff\n\
             cpuid 80000005 0 ff30ff10 ff30ff20 40020140 40020140\n\
             cpuid 80000006 0 0 42004200 2006140 1809140\n\
            ",
            "\
             features 0=2 4=5 8=10 12=4 16=2 20=100f42 24=40800 28=802009 32=178bfbff 44=802001\n\
             features 48=17888110 84=100f42 88=10000137 92=37ff 96=2fd3fbff 108=161 112=8000000 340=400c0 344=1 368=10000\n\
             features 376=c80000 384=960000 392=960000 400=960000 408=960000 416=960000 424=10000 432=40 440=10000 448=2\n\
             features 456=40 464=80000 472=8 480=40 488=c00000 504=40 520=4\n\
             hwcap 2\n\
             minsig 800\n\
             platform -\n\
             tlsdesc_state_size 0\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 10000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 960000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 960000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 960000 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 960000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size c80000 0 ffffffffffffffff 1\n\
             cpuid_calls 27\n\
            ",
        ),
        (
            "amd_odd_assoc",
            "\
             cpuid 0 0 10 68747541 444d4163 69746e65\n\
             cpuid 1 0 830f10 100800 7ff8320b 178bfbff\n\
             cpuid 7 0 0 219c01a9 400000 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000020 0 0 0\n\
             cpuid 80000001 0 0 0 c001e7 2e500800\n\
             cpuid 80000005 0 0 0 20ff0140 20080140\n\
             cpuid 80000006 0 0 0 200d140 80c040\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 1201 700f 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 3 1c163 3c0003f 3fff 1\n\
             xcr0 7\n\
            ",
            "\
             features 0=2 4=10 8=17 12=31 20=830f10 24=100800 28=7ff8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=219c01a9 60=400000 72=218c0128 76=400000 92=c001e7 96=2e500800 108=161 112=8000000 116=f 132=7\n\
             features 160=100 180=3030 184=1201 188=700f 200=200 340=402c0 344=7 352=3c0 360=3c0 368=8000\n\
             features 376=1000000 384=c00000 392=c00000 400=c00000 408=c00000 416=c00000 424=8000 432=40 440=8000 448=8\n\
             features 456=40 464=80000 472=60 480=40 488=1000000 496=10 504=40 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold c00000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold c00000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold c00000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold c00000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1000000 0 ffffffffffffffff 1\n\
             cpuid_calls 46\n\
            ",
        ),
        (
            "amd_odd_assoc2",
            "\
             cpuid 0 0 10 68747541 444d4163 69746e65\n\
             cpuid 1 0 830f10 100800 7ff8320b 178bfbff\n\
             cpuid 7 0 0 219c01a9 400000 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000020 0 0 0\n\
             cpuid 80000001 0 0 0 c001e7 2e500800\n\
             cpuid 80000005 0 0 0 20020140 20ff0140\n\
             cpuid 80000006 0 0 0 200e140 80b040\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 1201 700f 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 3 1c163 3c0003f 3fff 1\n\
             xcr0 7\n\
            ",
            "\
             features 0=2 4=10 8=17 12=31 20=830f10 24=100800 28=7ff8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=219c01a9 60=400000 72=218c0128 76=400000 92=c001e7 96=2e500800 108=161 112=8000000 116=f 132=7\n\
             features 160=100 180=3030 184=1201 188=700f 200=200 340=402c0 344=7 352=3c0 360=3c0 368=8000\n\
             features 376=1000000 384=c00000 392=c00000 400=c00000 408=c00000 416=c00000 424=8000 432=40 440=8000 448=8\n\
             features 456=40 464=80000 472=80 480=40 488=1000000 496=10 504=40 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold c00000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold c00000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold c00000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold c00000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1000000 0 ffffffffffffffff 1\n\
             cpuid_calls 46\n\
            ",
        ),
        (
            "amd_piledriver_l3",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 600f20 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 129 0 0\n\
             cpuid d 0 7 3c0 3c0 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 210961 28100800\n\
             cpuid 80000005 0 0 0 20040140 60030140\n\
             cpuid 80000006 0 0 0 400f140 40a040\n\
             cpuid 80000008 0 3030 0 4003 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=2 4=d 8=15 12=2 20=600f20 24=40800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=129 72=128 92=210961 96=28100800 108=210961 112=8000000 116=1 132=1 180=3030 188=4003\n\
             features 340=402c0 344=7 352=440 360=440 368=8000 376=300000 384=240000 392=240000 400=240000 408=240000\n\
             features 416=240000 424=18000 432=40 440=8000 448=4 456=40 464=100000 472=4000 480=40 488=200000\n\
             features 496=20 504=40 520=4\n\
             hwcap 2\n\
             minsig 5c4\n\
             platform -\n\
             tlsdesc_state_size 440\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 240000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 240000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 240000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 240000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 300000 0 ffffffffffffffff 1\n\
             cpuid_calls 45\n\
            ",
        ),
        (
            "amd_zen2",
            "\
             cpuid 0 0 10 68747541 444d4163 69746e65\n\
             cpuid 1 0 830f10 100800 7ff8320b 178bfbff\n\
             cpuid 7 0 0 219c01a9 400000 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000020 0 0 0\n\
             cpuid 80000001 0 0 0 c001e7 2e500800\n\
             cpuid 80000005 0 0 0 20080140 20080140\n\
             cpuid 80000006 0 0 0 2006140 808040\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 1201 700f 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 3 1c163 3c0003f 3fff 1\n\
             xcr0 7\n\
            ",
            "\
             features 0=2 4=10 8=17 12=31 20=830f10 24=100800 28=7ff8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=219c01a9 60=400000 72=218c0128 76=400000 92=c001e7 96=2e500800 108=161 112=8000000 116=f 132=7\n\
             features 160=100 180=3030 184=1201 188=700f 200=200 340=402c0 344=7 352=3c0 360=3c0 368=8000\n\
             features 376=1000000 384=c00000 392=c00000 400=c00000 408=c00000 416=c00000 424=8000 432=40 440=8000 448=8\n\
             features 456=40 464=80000 472=8 480=40 488=1000000 496=10 504=40 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold c00000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold c00000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold c00000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold c00000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1000000 0 ffffffffffffffff 1\n\
             cpuid_calls 46\n\
            ",
        ),
        (
            "amd_zen2_no_l3",
            "\
             cpuid 0 0 10 68747541 444d4163 69746e65\n\
             cpuid 1 0 870f10 100800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 219c91a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000020 0 0 0\n\
             cpuid 80000001 0 870f10 0 75c237ff 2fd3fbff\n\
             cpuid 80000008 0 3030 10 f 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 3ff 2\n\
             xcr0 7\n\
            ",
            "\
             features 0=2 4=10 8=17 12=71 20=870f10 24=100800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=219c91a9 72=218c0128 84=870f10 92=75c237ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7 180=3030\n\
             features 184=10 188=f 340=402c0 344=7 352=3c0 360=3c0 368=8000 376=80000 384=60000 392=60000\n\
             features 400=60000 408=60000 416=60000 424=8000 432=40 440=8000 448=8 456=40 464=80000 472=8\n\
             features 480=40 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 60000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 60000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 60000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 60000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 80000 0 ffffffffffffffff 1\n\
             cpuid_calls 44\n\
            ",
        ),
        (
            "amd_zen2_tunables",
            "\
             cpuid 0 0 10 68747541 444d4163 69746e65\n\
             cpuid 1 0 830f10 100800 7ff8320b 178bfbff\n\
             cpuid 7 0 0 219c01a9 400000 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000020 0 0 0\n\
             cpuid 80000001 0 0 0 c001e7 2e500800\n\
             cpuid 80000005 0 0 0 20080140 20080140\n\
             cpuid 80000006 0 0 0 2006140 808040\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 1201 700f 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 3 1c163 3c0003f 3fff 1\n\
             xcr0 7\n\
             tunables glibc.cpu.hwcaps=Prefer_No_VZEROUPPER,-SSE4_1,Slow_SSE4_2,-SSE4_2,Slow_SSE4_2:glibc.cpu.x86_rep_stosb_threshold=0x10:glibc.cpu.x86_rep_movsb_threshold=0x80:glibc.cpu.x86_non_temporal_threshold=0x100000\n\
            ",
            "\
             features 0=2 4=10 8=17 12=31 20=830f10 24=100800 28=7ff8320b 32=178bfbff 44=7ec03203 48=17888110\n\
             features 56=219c01a9 60=400000 72=218c0128 76=400000 92=c001e7 96=2e500800 108=161 112=8000000 116=f 132=7\n\
             features 160=100 180=3030 184=1201 188=700f 200=200 340=40bc0 344=7 352=3c0 360=3c0 368=8000\n\
             features 376=1000000 384=100000 392=c00000 400=c00000 408=100000 416=c00000 424=8000 432=40 440=8000 448=8\n\
             features 456=40 464=80000 472=8 480=40 488=1000000 496=10 504=40 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold c00000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 100000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold c00000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold c00000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1000000 0 ffffffffffffffff 1\n\
             cpuid_calls 46\n\
            ",
        ),
        (
            "amd_zen4_8000001d",
            "\
             cpuid 0 0 10 68747541 444d4163 69746e65\n\
             cpuid 1 0 a10f11 10800 fed83203 178bfbff\n\
             cpuid 7 0 1 f1bf97a9 405fce 10\n\
             cpuid 7 1 20 0 0 0\n\
             cpuid d 0 2e7 980 988 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 340 0 0\n\
             cpuid d 6 200 380 0 0\n\
             cpuid d 7 400 580 0 0\n\
             cpuid d 9 8 980 0 0\n\
             cpuid 80000000 0 80000028 68747541 444d4163 69746e65\n\
             cpuid 80000001 0 a10f11 40000000 75c237ff 2fd3fbff\n\
             cpuid 80000005 0 ff48ff40 ff48ff40 20080140 20080140\n\
             cpuid 80000006 0 5c002200 6c004200 4006140 2009140\n\
             cpuid 80000008 0 3030 791ef257 1 10000\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 7ff 2\n\
             cpuid 8000001d 3 3c163 3c0003f 7fff 1\n\
             xcr0 2e7\n\
            ",
            "\
             features 0=2 4=10 8=19 12=11 16=1 20=a10f11 24=10800 28=fed83203 32=178bfbff 44=7ed83203\n\
             features 48=17888110 52=1 56=f1bf97a9 60=405fce 64=10 72=f1af0328 76=405f42 80=10 84=a10f11 88=40000000\n\
             features 92=75c237ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7 180=3030 184=791ef257 188=1 192=10000\n\
             features 200=200 212=20 228=20 340=2c0 344=f 352=a00 360=a00 368=8000 376=2000000 384=1800000\n\
             features 392=1800000 400=1800000 408=1800000 416=ffffffff 420=ffffffff 424=8000 432=40 440=8000 448=8 456=40\n\
             features 464=100000 472=8 480=40 488=2000000 496=10 504=40 520=4\n\
             hwcap 2\n\
             minsig b84\n\
             platform -\n\
             tlsdesc_state_size a00\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1800000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1800000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 1800000 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold ffffffffffffffff 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 41\n\
            ",
        ),
        (
            "amd_zen4_8000001d_tunables",
            "\
             cpuid 0 0 10 68747541 444d4163 69746e65\n\
             cpuid 1 0 a10f11 10800 fed83203 178bfbff\n\
             cpuid 7 0 1 f1bf97a9 405fce 10\n\
             cpuid 7 1 20 0 0 0\n\
             cpuid d 0 2e7 980 988 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 340 0 0\n\
             cpuid d 6 200 380 0 0\n\
             cpuid d 7 400 580 0 0\n\
             cpuid d 9 8 980 0 0\n\
             cpuid 80000000 0 80000028 68747541 444d4163 69746e65\n\
             cpuid 80000001 0 a10f11 40000000 75c237ff 2fd3fbff\n\
             cpuid 80000008 0 3030 791ef257 1 10000\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 7ff 2\n\
             cpuid 8000001d 3 3c163 3c0003f 7fff 1\n\
             xcr0 2e7\n\
             tunables glibc.cpu.x86_rep_stosb_threshold=0x800:glibc.cpu.x86_memset_non_temporal_threshold=0x10000:glibc.cpu.hwcaps=-ERMS,Avoid_STOSB\n\
            ",
            "\
             features 0=2 4=10 8=19 12=11 16=1 20=a10f11 24=10800 28=fed83203 32=178bfbff 44=7ed83203\n\
             features 48=17888110 52=1 56=f1bf97a9 60=405fce 64=10 72=f1af0128 76=405f42 80=10 84=a10f11 88=40000000\n\
             features 92=75c237ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7 180=3030 184=791ef257 188=1 192=10000\n\
             features 200=200 212=20 228=20 340=402c0 344=f 352=a00 360=a00 368=8000 376=2000000 384=1800000\n\
             features 392=10000 400=1800000 408=1800000 416=800 424=8000 432=40 440=8000 448=8 456=40 464=100000\n\
             features 472=8 480=40 488=2000000 496=10 504=40 520=4\n\
             hwcap 2\n\
             minsig b84\n\
             platform -\n\
             tlsdesc_state_size a00\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 10000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1800000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 1800000 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 41\n\
            ",
        ),
        (
            "amd_zen_hv_zero_8000001d",
            "\
             cpuid 0 0 10 68747541 444d4163 69746e65\n\
             cpuid 1 0 a00f11 3f0800 fed83203 178bfbff\n\
             cpuid 7 0 0 219c91a9 40069c 10\n\
             cpuid d 0 207 340 988 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 980 0 0\n\
             cpuid 80000000 0 80000021 0 0 0\n\
             cpuid 80000001 0 a00f11 40000000 75c237ff 2fd3fbff\n\
             cpuid 80000005 0 ff40ff40 ff40ff40 20080140 20080140\n\
             cpuid 80000006 0 48002200 68004200 2006140 4009140\n\
             cpuid 80000008 0 3030 791ef257 3f 10000\n\
             xcr0 207\n\
            ",
            "\
             features 0=2 4=10 8=19 12=1 16=1 20=a00f11 24=3f0800 28=fed83203 32=178bfbff 44=7ed83203\n\
             features 48=17888110 56=219c91a9 60=40069c 64=10 72=218c0128 76=400618 80=10 84=a00f11 88=40000000 92=75c237ff\n\
             features 96=2fd3fbff 108=161 112=8000000 116=f 132=7 180=3030 184=791ef257 188=3f 192=10000 200=200\n\
             features 340=402c0 344=7 352=3c0 360=3c0 368=8000 376=200000 384=180000 392=180000 400=180000 408=180000\n\
             features 416=180000 424=8000 432=40 440=8000 448=8 456=40 464=80000 472=8 480=40 488=200000\n\
             features 504=40 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 180000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 180000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 180000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 180000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 200000 0 ffffffffffffffff 1\n\
             cpuid_calls 54\n\
            ",
        ),
        (
            "hygon_c86_8000001d",
            "\
             cpuid 0 0 d 6f677948 656e6975 6e65476e\n\
             cpuid 1 0 900f22 800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001f 0 0 0\n\
             cpuid 80000001 0 900f22 0 35c233ff 2fd3fbff\n\
             cpuid 80000005 0 ff40ff40 ff40ff40 20080140 40040140\n\
             cpuid 80000006 0 26006400 66006400 2006140 1009140\n\
             cpuid 80000008 0 3030 1007 7 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 3ff 2\n\
             cpuid 8000001d 3 3c163 3c0003f 1fff 1\n\
             xcr0 7\n\
             tunables glibc.cpu.hwcaps=-AVX2\n\
            ",
            "\
             features 0=4 4=d 8=18 12=2 16=2 20=900f22 24=800 28=7ed8320b 32=178bfbff 44=7ed83203\n\
             features 48=17888110 56=209c01a9 72=208c0108 84=900f22 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
             features 180=3030 184=1007 188=7 340=402c0 344=7 352=3c0 360=3c0 368=8000 376=800000 384=600000\n\
             features 392=600000 400=2000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
             features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "hygon_dhyana",
            "\
             cpuid 0 0 d 6f677948 656e6975 6e65476e\n\
             cpuid 1 0 900f11 200800 7ed83203 178bfbff\n\
             cpuid 7 0 0 329 0 0\n\
             cpuid d 0 7 3c0 3c0 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 210961 28100800\n\
             cpuid 80000005 0 0 0 20040140 60030140\n\
             cpuid 80000006 0 0 0 2006140 40f040\n\
             cpuid 80000008 0 3030 0 0 0\n\
             cpuid 8000001d 3 3c163 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=4 4=d 8=18 12=1 16=1 20=900f11 24=200800 28=7ed83203 32=178bfbff 44=7ed83203\n\
             features 48=17888110 56=329 72=328 92=210961 96=28100800 108=200961 112=8000000 116=1 132=1 180=3030\n\
             features 340=2c0 344=7 352=440 360=440 368=1 376=1 384=4000000 392=4000000 400=2000 408=4000000\n\
             features 416=800 424=1 432=1 440=1 448=1 456=1 464=1 472=1 480=1 488=1\n\
             features 496=1 504=1 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 5c4\n\
             platform -\n\
             tlsdesc_state_size 440\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 1 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 4000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 4000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1 0 ffffffffffffffff 1\n\
             cpuid_calls 22\n\
            ",
        ),
        (
            "hygon_model13_ext_model_avx2",
            "\
             cpuid 0 0 d 6f677948 656e6975 6e65476e\n\
             cpuid 1 0 910f31 800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001f 0 0 0\n\
             cpuid 80000001 0 910f31 0 35c233ff 2fd3fbff\n\
             cpuid 80000005 0 ff40ff40 ff40ff40 20080140 40040140\n\
             cpuid 80000006 0 26006400 66006400 2006140 1009140\n\
             cpuid 80000008 0 3030 1007 7 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 3ff 2\n\
             cpuid 8000001d 3 3c163 3c0003f 1fff 1\n\
             xcr0 7\n\
            ",
            "\
             features 0=4 4=d 8=18 12=13 16=1 20=910f31 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=209c01a9 72=208c0128 84=910f31 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
             features 180=3030 184=1007 188=7 340=402c0 344=7 352=3c0 360=3c0 368=8000 376=800000 384=600000\n\
             features 392=600000 400=2000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
             features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "hygon_model17_ext_model_avx512",
            "\
             cpuid 0 0 d 6f677948 656e6975 6e65476e\n\
             cpuid 1 0 910f71 800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 f09f01a9 0 0\n\
             cpuid d 0 e7 980 980 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 2 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 8000001f 0 0 0\n\
             cpuid 80000001 0 910f71 0 35c233ff 2fd3fbff\n\
             cpuid 80000005 0 ff40ff40 ff40ff40 20080140 40040140\n\
             cpuid 80000006 0 26006400 66006400 2006140 1009140\n\
             cpuid 80000008 0 3030 1007 7 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 3ff 2\n\
             cpuid 8000001d 3 3c163 3c0003f 1fff 1\n\
             xcr0 e7\n\
            ",
            "\
             features 0=4 4=d 8=18 12=17 16=1 20=910f71 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=f09f01a9 72=f08f0128 84=910f71 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
             features 180=3030 184=1007 188=7 340=402c0 344=f 352=a00 360=a00 368=8000 376=800000 384=600000\n\
             features 392=600000 400=4000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
             features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig b84\n\
             platform -\n\
             tlsdesc_state_size a00\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 4000 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "hygon_model2_avx2",
            "\
             cpuid 0 0 d 6f677948 656e6975 6e65476e\n\
             cpuid 1 0 900f22 800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001f 0 0 0\n\
             cpuid 80000001 0 900f22 0 35c233ff 2fd3fbff\n\
             cpuid 80000005 0 ff40ff40 ff40ff40 20080140 40040140\n\
             cpuid 80000006 0 26006400 66006400 2006140 1009140\n\
             cpuid 80000008 0 3030 1007 7 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 3ff 2\n\
             cpuid 8000001d 3 3c163 3c0003f 1fff 1\n\
             xcr0 7\n\
            ",
            "\
             features 0=4 4=d 8=18 12=2 16=2 20=900f22 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=209c01a9 72=208c0128 84=900f22 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
             features 180=3030 184=1007 188=7 340=402c0 344=7 352=3c0 360=3c0 368=8000 376=800000 384=600000\n\
             features 392=600000 400=2000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
             features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "hygon_model2_hwcaps_avx_fast_unaligned_load",
            "\
             cpuid 0 0 d 6f677948 656e6975 6e65476e\n\
             cpuid 1 0 900f22 800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001f 0 0 0\n\
             cpuid 80000001 0 900f22 0 35c233ff 2fd3fbff\n\
             cpuid 80000005 0 ff40ff40 ff40ff40 20080140 40040140\n\
             cpuid 80000006 0 26006400 66006400 2006140 1009140\n\
             cpuid 80000008 0 3030 1007 7 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 3ff 2\n\
             cpuid 8000001d 3 3c163 3c0003f 1fff 1\n\
             xcr0 7\n\
             tunables glibc.cpu.hwcaps=AVX_Fast_Unaligned_Load\n\
            ",
            "\
             features 0=4 4=d 8=18 12=2 16=2 20=900f22 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=209c01a9 72=208c0128 84=900f22 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
             features 180=3030 184=1007 188=7 340=402c0 344=7 352=3c0 360=3c0 368=8000 376=800000 384=600000\n\
             features 392=600000 400=2000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
             features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "hygon_model4_avx2",
            "\
             cpuid 0 0 d 6f677948 656e6975 6e65476e\n\
             cpuid 1 0 900f41 800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001f 0 0 0\n\
             cpuid 80000001 0 900f41 0 35c233ff 2fd3fbff\n\
             cpuid 80000005 0 ff40ff40 ff40ff40 20080140 40040140\n\
             cpuid 80000006 0 26006400 66006400 2006140 1009140\n\
             cpuid 80000008 0 3030 1007 7 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 3ff 2\n\
             cpuid 8000001d 3 3c163 3c0003f 1fff 1\n\
             xcr0 7\n\
            ",
            "\
             features 0=4 4=d 8=18 12=4 16=1 20=900f41 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=209c01a9 72=208c0128 84=900f41 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
             features 180=3030 184=1007 188=7 340=402c0 344=7 352=3c0 360=3c0 368=8000 376=800000 384=600000\n\
             features 392=600000 400=2000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
             features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "hygon_model7_avx2",
            "\
             cpuid 0 0 d 6f677948 656e6975 6e65476e\n\
             cpuid 1 0 900f71 800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001f 0 0 0\n\
             cpuid 80000001 0 900f71 0 35c233ff 2fd3fbff\n\
             cpuid 80000005 0 ff40ff40 ff40ff40 20080140 40040140\n\
             cpuid 80000006 0 26006400 66006400 2006140 1009140\n\
             cpuid 80000008 0 3030 1007 7 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 3ff 2\n\
             cpuid 8000001d 3 3c163 3c0003f 1fff 1\n\
             xcr0 7\n\
            ",
            "\
             features 0=4 4=d 8=18 12=7 16=1 20=900f71 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=209c01a9 72=208c0128 84=900f71 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
             features 180=3030 184=1007 188=7 340=402c0 344=7 352=3c0 360=3c0 368=8000 376=800000 384=600000\n\
             features 392=600000 400=2000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
             features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "hygon_model7_avx512",
            "\
             cpuid 0 0 d 6f677948 656e6975 6e65476e\n\
             cpuid 1 0 900f71 800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 f09f01a9 0 0\n\
             cpuid d 0 e7 980 980 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 2 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 8000001f 0 0 0\n\
             cpuid 80000001 0 900f71 0 35c233ff 2fd3fbff\n\
             cpuid 80000005 0 ff40ff40 ff40ff40 20080140 40040140\n\
             cpuid 80000006 0 26006400 66006400 2006140 1009140\n\
             cpuid 80000008 0 3030 1007 7 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 3ff 2\n\
             cpuid 8000001d 3 3c163 3c0003f 1fff 1\n\
             xcr0 e7\n\
            ",
            "\
             features 0=4 4=d 8=18 12=7 16=1 20=900f71 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=f09f01a9 72=f08f0128 84=900f71 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
             features 180=3030 184=1007 188=7 340=402c0 344=f 352=a00 360=a00 368=8000 376=800000 384=600000\n\
             features 392=600000 400=4000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
             features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig b84\n\
             platform -\n\
             tlsdesc_state_size a00\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 4000 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "hygon_model7_avx512_hwcaps_no_prefer_no_avx512",
            "\
             cpuid 0 0 d 6f677948 656e6975 6e65476e\n\
             cpuid 1 0 900f71 800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 f09f01a9 0 0\n\
             cpuid d 0 e7 980 980 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 2 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 8000001f 0 0 0\n\
             cpuid 80000001 0 900f71 0 35c233ff 2fd3fbff\n\
             cpuid 80000005 0 ff40ff40 ff40ff40 20080140 40040140\n\
             cpuid 80000006 0 26006400 66006400 2006140 1009140\n\
             cpuid 80000008 0 3030 1007 7 0\n\
             cpuid 8000001d 0 4121 1c0003f 3f 0\n\
             cpuid 8000001d 1 4122 1c0003f 3f 0\n\
             cpuid 8000001d 2 4143 1c0003f 3ff 2\n\
             cpuid 8000001d 3 3c163 3c0003f 1fff 1\n\
             xcr0 e7\n\
             tunables glibc.cpu.hwcaps=-Prefer_No_AVX512\n\
            ",
            "\
             features 0=4 4=d 8=18 12=7 16=1 20=900f71 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=f09f01a9 72=f08f0128 84=900f71 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
             features 180=3030 184=1007 188=7 340=402c0 344=f 352=a00 360=a00 368=8000 376=800000 384=600000\n\
             features 392=600000 400=4000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
             features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig b84\n\
             platform -\n\
             tlsdesc_state_size a00\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 4000 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "intel_alderlake_no_erms_avoid_stosb",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 90675 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0da9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             tunables glibc.cpu.x86_memset_non_temporal_threshold=0x123456\n\
            ",
            "\
             features 0=1 4=20 8=6 12=97 16=5 20=90675 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0da9 60=1ac007b0 64=351cc10 72=218c0128 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=502f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1b0000 392=123456 400=840 408=1b0000 416=123456 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 123456 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1b0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 123456 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_atom_slow_bsf",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 20661 100800 7edab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 240003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 0 9c0fb9 0 400\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 1f 440 440 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=1 4=16 8=6 12=26 16=1 20=20661 24=100800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=9c0fb9 64=400 72=8c0b38 92=121 96=2c100800 108=121 112=8000000 116=f 132=7\n\
             features 340=2ac4 344=7 352=400 360=4c0 368=c000 376=1f40000 384=7d0000 392=7d0000 400=2000 408=7d0000\n\
             features 416=800 424=8000 432=40 440=c000 448=c 456=40 464=140000 472=a 480=40 488=1e00000\n\
             features 496=c 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 644\n\
             platform haswell\n\
             tlsdesc_state_size 400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 7d0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 7d0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1f40000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_avx10_maxleaf_23",
            "\
             cpuid 0 0 23 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 a06d1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc01c143 3c0003f 7ff 0\n\
             cpuid 4 3 fc1fc163 380003f dfff 4\n\
             cpuid 7 0 2 f3bf9fbb fa417ffe ffd54430\n\
             cpuid 7 1 4e01cb8 0 0 284130\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 e02e7 2b80 2b80 0\n\
             cpuid d 1 1f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 2 0\n\
             cpuid d 13 80 3c0 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             cpuid 24 0 0 70002 0 0\n\
             xcr0 e02e7\n\
             tunables glibc.cpu.plt_rewrite=2:glibc.cpu.hwcaps=-APX_F,-AMX_TILE\n\
            ",
            "\
             features 0=1 4=23 8=6 12=ad 16=1 20=a06d1 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=f3bf9fbb 60=fa417ffe 64=ffd54430 72=f1af0b38 76=1a405f7a 80=3c14010 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=1f 132=17 180=3027 184=200 200=200 212=4e01cb8 224=284130 228=a01cb8\n\
             features 240=284130 244=7 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=10af9\n\
             features 344=f 352=a80 360=2c00 368=c000 376=3680000 384=1b40000 392=1b40000 400=840 408=1b40000 416=800\n\
             features 424=8000 432=40 440=c000 448=c 456=40 464=200000 472=10 480=40 488=3480000 496=f\n\
             features 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig 2d84\n\
             platform haswell\n\
             tlsdesc_state_size 2ac0\n\
             xsave_state xsavec\n\
             plt_rewrite 2\n\
             tunable plt_rewrite 2 0 2 1\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1b40000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1b40000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 3680000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_avx10_no_zmm_state",
            "\
             cpuid 0 0 24 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 a06d1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc01c143 3c0003f 7ff 0\n\
             cpuid 4 3 fc1fc163 380003f dfff 4\n\
             cpuid 7 0 2 f3bf9fbb fa417ffe ffd54430\n\
             cpuid 7 1 4e01cb8 0 0 284130\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 e02e7 2b80 2b80 0\n\
             cpuid d 1 1f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 2 0\n\
             cpuid d 13 80 3c0 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             cpuid 24 0 0 70002 0 0\n\
             xcr0 80007\n\
             tunables glibc.cpu.plt_rewrite=1\n\
            ",
            "\
             features 0=1 4=24 8=6 12=ad 16=1 20=a06d1 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=f3bf9fbb 60=fa417ffe 64=ffd54430 72=218c0b38 76=1a400738 80=14010 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=1f 132=17 180=3027 184=200 200=200 212=4e01cb8 224=284130 228=801c98\n\
             features 240=284030 244=7 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 312=70002\n\
             features 328=30000 340=10af9 344=7 352=a80 360=2c00 368=c000 376=3680000 384=1b40000 392=1b40000 400=840\n\
             features 408=1b40000 416=800 424=8000 432=40 440=c000 448=c 456=40 464=200000 472=10 480=40\n\
             features 488=3480000 496=f 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d84\n\
             platform haswell\n\
             tlsdesc_state_size 2ac0\n\
             xsave_state xsavec\n\
             plt_rewrite 1\n\
             tunable plt_rewrite 1 0 2 1\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1b40000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1b40000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 3680000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "intel_cannonlake",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 60663 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 f3bf9fbb fa417ffe ffd54430\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 1f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Avoid_Non_Temporal_Memset\n\
            ",
            "\
             features 0=1 4=20 8=6 12=66 16=3 20=60663 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=f3bf9fbb 60=fa417ffe 64=ffd54430 72=f1af0b38 76=1a405f7a 80=814010 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=1f 132=17 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=10af9 344=f 352=a00\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=ffffffff 396=ffffffff 400=840 408=1000000 416=800 424=8000\n\
             features 432=40 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40\n\
             features 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size a00\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_cascadelake",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 3400800 7ffab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 7c004121 1c0003f 3f 0\n\
             cpuid 4 1 7c004122 1c0003f 3f 0\n\
             cpuid 4 2 7c004143 3c0003f 3ff 0\n\
             cpuid 4 3 7c0fc163 280003f 9fff 4\n\
             cpuid 7 0 0 d39f4fb9 18 ac000400\n\
             cpuid b 0 1 2 100 3\n\
             cpuid b 1 6 28 201 3\n\
             cpuid d 0 2ff a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 2 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid 14 0 1 f 7 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 302e 0 0 0\n\
             xcr0 e7\n\
            ",
            "\
             features 0=1 4=16 8=6 12=55 16=7 20=50657 24=3400800 28=7ffab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=d39f4fb9 60=18 64=ac000400 72=d18f0b38 76=18 92=121 96=2c100800 108=121 112=8000000\n\
             features 116=f 132=7 160=100 180=302e 276=1 280=f 284=7 340=22af9 344=f 352=a40\n\
             features 360=b00 368=8000 376=1c80000 384=e40000 392=ffffffff 396=ffffffff 400=2000 408=e40000 416=800 424=8000\n\
             features 432=40 440=8000 448=8 456=40 464=100000 472=10 480=40 488=1b80000 496=b 504=40\n\
             features 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig c8c\n\
             platform haswell\n\
             tlsdesc_state_size a40\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold e40000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1c80000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_cometlake_memset_tunable",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 a0655 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             tunables glibc.cpu.x86_memset_non_temporal_threshold=0x100000:glibc.cpu.x86_non_temporal_threshold=0x200000\n\
            ",
            "\
             features 0=1 4=20 8=6 12=a5 16=5 20=a0655 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=200000 392=100000 400=840 408=200000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 100000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 200000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_core2_leaf2",
            "\
             cpuid 0 0 d 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 10676 20800 c082201 178bfbff\n\
             cpuid 2 0 5b0b101 5657f0 0 2cb43049\n\
             cpuid 4 0 4000121 1c0003f 3f 0\n\
             cpuid 4 1 4000122 1c0003f 3f 0\n\
             cpuid 4 2 4004143 3c0003f fff 0\n\
             cpuid d 0 3 240 240 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 1 20100800\n\
             cpuid 80000008 0 3024 0 0 0\n\
             xcr0 3\n\
            ",
            "\
             features 0=1 4=d 8=6 12=17 16=6 20=10676 24=20800 28=c082201 32=178bfbff 44=c082201\n\
             features 48=17888110 92=1 96=20100800 108=1 180=3024 340=420c0 344=1 352=2c0 360=2c0 368=8000\n\
             features 376=400000 384=180000 392=180000 400=800 408=180000 416=180000 424=8000 432=40 440=8000 448=8\n\
             features 456=40 464=400000 472=10 480=40 520=4\n\
             hwcap 2\n\
             minsig 444\n\
             platform -\n\
             tlsdesc_state_size 2c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 180000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 180000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 180000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 400000 0 ffffffffffffffff 1\n\
             cpuid_calls 16\n\
            ",
        ),
        (
            "intel_diamondrapids_family19",
            "\
             cpuid 0 0 24 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 400f10 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc01c143 3c0003f 7ff 0\n\
             cpuid 4 3 fc1fc163 380003f dfff 4\n\
             cpuid 7 0 2 f3bf9fbb fa417ffe ffd54430\n\
             cpuid 7 1 4e01cb8 0 0 284130\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 e02e7 2b80 2b80 0\n\
             cpuid d 1 1f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 2 0\n\
             cpuid d 13 80 3c0 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             cpuid 24 0 0 70002 0 0\n\
             xcr0 e02e7\n\
             hwcap2 3\n\
            ",
            "\
             features 0=1 4=24 8=13 12=1 20=400f10 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203 48=17888110\n\
             features 52=2 56=f3bf9fbb 60=fa417ffe 64=ffd54430 72=f1af0b39 76=1a405f7a 80=3c14010 92=121 96=2c100800 108=121\n\
             features 112=8000000 116=1f 132=17 180=3027 184=200 200=200 212=4e01cb8 224=284130 228=a01cb8 240=284130\n\
             features 244=7 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 312=70002 328=70000\n\
             features 340=10af9 344=f 352=a80 360=2c00 368=c000 376=3680000 384=1b40000 392=1b40000 400=840 408=1b40000\n\
             features 416=800 424=8000 432=40 440=c000 448=c 456=40 464=200000 472=10 480=40 488=3480000\n\
             features 496=f 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig 2d84\n\
             platform haswell\n\
             tlsdesc_state_size 2ac0\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1b40000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1b40000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 3680000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "intel_family18_model2_default",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 300f20 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 400c90 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
            ",
            "\
             features 0=1 4=20 8=12 12=2 20=300f20 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203 48=17888110\n\
             features 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800 108=121\n\
             features 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=400c90 228=c90 244=7 248=15\n\
             features 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0 360=2b80\n\
             features 368=c000 376=2000000 384=800000 392=800000 400=840 408=800000 416=800 424=8000 432=40 440=c000\n\
             features 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff 516=ffffffff\n\
             features 520=4\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 800000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 800000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_fsgsbase_hwcap2",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806c1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             hwcap2 2\n\
            ",
            "\
             features 0=1 4=20 8=6 12=8c 16=1 20=806c1 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0329 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_graniterapids_avx10_apx",
            "\
             cpuid 0 0 24 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 a06d1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc01c143 3c0003f 7ff 0\n\
             cpuid 4 3 fc1fc163 380003f dfff 4\n\
             cpuid 7 0 2 f3bf9fbb fa417ffe ffd54430\n\
             cpuid 7 1 4e01cb8 0 0 284130\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 e02e7 2b80 2b80 0\n\
             cpuid d 1 1f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 2 0\n\
             cpuid d 13 80 3c0 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             cpuid 24 0 0 70002 0 0\n\
             xcr0 e02e7\n\
             hwcap2 2\n\
             tunables glibc.cpu.plt_rewrite=2\n\
            ",
            "\
             features 0=1 4=24 8=6 12=ad 16=1 20=a06d1 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=f3bf9fbb 60=fa417ffe 64=ffd54430 72=f1af0b39 76=1a405f7a 80=3c14010 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=1f 132=17 180=3027 184=200 200=200 212=4e01cb8 224=284130 228=a01cb8\n\
             features 240=284130 244=7 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 312=70002\n\
             features 328=70000 340=10af9 344=f 352=a80 360=2c00 368=c000 376=3680000 384=1b40000 392=1b40000 400=840\n\
             features 408=1b40000 416=800 424=8000 432=40 440=c000 448=c 456=40 464=200000 472=10 480=40\n\
             features 488=3480000 496=f 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig 2d84\n\
             platform haswell\n\
             tlsdesc_state_size 2ac0\n\
             xsave_state xsavec\n\
             plt_rewrite 2\n\
             tunable plt_rewrite 2 0 2 1\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1b40000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1b40000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 3680000 0 ffffffffffffffff 1\n\
             cpuid_calls 30\n\
            ",
        ),
        (
            "intel_haswell",
            "\
             cpuid 0 0 d 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306c3 100800 7edab223 bfeffbff\n\
             cpuid 2 0 76036301 f0b5ff 0 c10000\n\
             cpuid 4 0 1c004121 1c0003f 3f 0\n\
             cpuid 4 1 1c004122 1c0003f 3f 0\n\
             cpuid 4 2 1c004143 1c0003f 1ff 0\n\
             cpuid 4 3 1c03c163 3c0003f 1fff 6\n\
             cpuid 7 0 0 2fb9 0 400\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=1 4=d 8=6 12=3c 16=3 20=306c3 24=100800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=2fb9 64=400 72=338 92=121 96=2c100800 108=121 112=8000000 116=1 132=1\n\
             features 180=3027 340=22f9 344=7 352=3c0 360=3c0 368=8000 376=800000 384=100000 392=100000 400=2000\n\
             features 408=100000 416=800 424=8000 432=40 440=8000 448=8 456=40 464=40000 472=8 480=40\n\
             features 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=8\n\
             hwcap 2\n\
             minsig 544\n\
             platform haswell\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 100000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 100000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 19\n\
            ",
        ),
        (
            "intel_haswell_div8_no_avx_os",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306c3 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 0 27ab 0 0\n\
             cpuid 7 1 0 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 3\n\
            ",
            "\
             features 0=1 4=20 8=6 12=3c 16=3 20=306c3 24=100800 28=7ffafbff 32=bfebfbff 44=4ed82203\n\
             features 48=17888110 56=27ab 72=308 92=121 96=2c100800 108=121 112=8000000 116=1 132=1 180=3027\n\
             features 184=200 200=200 244=7 248=15 252=3 264=5 276=1 280=1f 284=7 296=10\n\
             features 340=20f9 344=3 352=3c0 360=3c0 368=c000 376=2000000 384=400000 392=400000 400=800 408=400000\n\
             features 416=800 424=8000 432=40 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000\n\
             features 496=c 504=40 512=ffffffff 516=ffffffff 520=8\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 400000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 400000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 21\n\
            ",
        ),
        (
            "intel_haswell_emul_minsig_noxsave",
            "\
             cpuid 0 0 d 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306c3 100800 7edab223 bfeffbff\n\
             cpuid 2 0 76036301 f0b5ff 0 c10000\n\
             cpuid 4 0 1c004121 1c0003f 3f 0\n\
             cpuid 4 1 1c004122 1c0003f 3f 0\n\
             cpuid 4 2 1c004143 1c0003f 1ff 0\n\
             cpuid 4 3 1c03c163 3c0003f 1fff 6\n\
             cpuid 7 0 0 2fb9 0 400\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
             tunables glibc.cpu.hwcaps=-XSAVE,-FMA,,-,junk\n\
            ",
            "\
             features 0=1 4=d 8=6 12=3c 16=3 20=306c3 24=100800 28=7edab223 32=bfeffbff 44=4ad82203\n\
             features 48=17888110 56=2fb9 64=400 72=318 92=121 96=2c100800 108=121 112=8000000 116=1 132=1\n\
             features 180=3027 340=22f9 344=7 360=3c0 368=8000 376=800000 384=100000 392=100000 400=2000 408=100000\n\
             features 416=800 424=8000 432=40 440=8000 448=8 456=40 464=40000 472=8 480=40 488=800000\n\
             features 496=10 504=40 512=ffffffff 516=ffffffff 520=8\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 100000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 100000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 19\n\
            ",
        ),
        (
            "intel_haswell_ep_s2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306f2 100800 7edab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 240003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 0 9c0fb9 0 400\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 1f 440 440 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=1 4=16 8=6 12=3f 16=2 20=306f2 24=100800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=9c0fb9 64=400 72=8c0338 92=121 96=2c100800 108=121 112=8000000 116=f 132=7\n\
             features 340=22f9 344=7 352=400 360=4c0 368=c000 376=1f40000 384=3e8000 392=3e8000 400=2000 408=3e8000\n\
             features 416=800 424=8000 432=40 440=c000 448=c 456=40 464=140000 472=a 480=40 488=1e00000\n\
             features 496=c 504=40 512=ffffffff 516=ffffffff 520=8\n\
             hwcap 2\n\
             minsig 644\n\
             platform haswell\n\
             tlsdesc_state_size 400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 3e8000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 3e8000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1f40000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_haswell_os_no_ymm",
            "\
             cpuid 0 0 d 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306c3 100800 7edab223 bfeffbff\n\
             cpuid 2 0 76036301 f0b5ff 0 c10000\n\
             cpuid 4 0 1c004121 1c0003f 3f 0\n\
             cpuid 4 1 1c004122 1c0003f 3f 0\n\
             cpuid 4 2 1c004143 1c0003f 1ff 0\n\
             cpuid 4 3 1c03c163 3c0003f 1fff 6\n\
             cpuid 7 0 0 2fb9 0 400\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 3\n\
            ",
            "\
             features 0=1 4=d 8=6 12=3c 16=3 20=306c3 24=100800 28=7edab223 32=bfeffbff 44=4ed82203\n\
             features 48=17888110 56=2fb9 64=400 72=318 92=121 96=2c100800 108=121 112=8000000 116=1 132=1\n\
             features 180=3027 340=20f9 344=3 352=3c0 360=3c0 368=8000 376=800000 384=100000 392=100000 400=800\n\
             features 408=100000 416=800 424=8000 432=40 440=8000 448=8 456=40 464=40000 472=8 480=40\n\
             features 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=8\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 100000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 100000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
             cpuid_calls 19\n\
            ",
        ),
        (
            "intel_hwcaps_empty_items",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806c1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             tunables glibc.cpu.hwcaps=-AVX2,,-,junk,-FMA,Fast_Copy_Backward,-SSE4_2,Slow_SSE4_2\n\
            ",
            "\
             features 0=1 4=20 8=6 12=8c 16=1 20=806c1 24=100800 28=7ffafbff 32=bfebfbff 44=7ec82203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0308 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102fb 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform -\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_hwcaps_empty_value",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806c1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             tunables glibc.cpu.hwcaps=\n\
            ",
            "\
             features 0=1 4=20 8=6 12=8c 16=1 20=806c1 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_hwcaps_osxsave_off",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806c1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             tunables glibc.cpu.hwcaps=-OSXSAVE\n\
            ",
            "\
             features 0=1 4=20 8=6 12=8c 16=1 20=806c1 24=100800 28=7ffafbff 32=bfebfbff 44=42d82203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0308 76=1ac00138 80=14810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 180=3027 184=200 200=200 212=401c10 228=1c00 244=7 248=15\n\
             features 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 360=2b80 368=c000\n\
             features 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40 440=c000 448=c\n\
             features 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform -\n\
             tlsdesc_state_size 2400\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_hybrid_amx",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 90672 100800 7edab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 240003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 60207 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
            ",
            "\
             features 0=1 4=20 8=6 12=97 16=2 20=90672 24=100800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=1f40000 384=fa0000 392=fa0000 400=840 408=fa0000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=140000 472=a 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold fa0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold fa0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1f40000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_hybrid_no_amx_state",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 90672 100800 7edab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 240003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 60207 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 207\n\
             minsig 2000\n\
            ",
            "\
             features 0=1 4=20 8=6 12=97 16=2 20=90672 24=100800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=14810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=1f40000 384=fa0000 392=fa0000 400=840 408=fa0000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=140000 472=a 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2000\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold fa0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold fa0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1f40000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_icelake_memset_at_min",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 706e5 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             tunables glibc.cpu.x86_memset_non_temporal_threshold=0x4040:glibc.cpu.x86_rep_stosb_threshold=0\n\
            ",
            "\
             features 0=1 4=20 8=6 12=7e 16=5 20=706e5 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_kabylake",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806ea 100800 7edab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 240003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 0 9c0fb9 0 400\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 1f 440 440 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             xcr0 1f\n\
            ",
            "\
             features 0=1 4=16 8=6 12=8e 16=a 20=806ea 24=100800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=9c0fb9 64=400 72=8c0328 80=800 92=121 96=2c100800 108=121 112=8000000 116=f\n\
             features 132=7 340=22f9 344=7 352=400 360=4c0 368=c000 376=1f40000 384=fa0000 392=fa0000 400=2000\n\
             features 408=fa0000 416=800 424=8000 432=40 440=c000 448=c 456=40 464=140000 472=a 480=40\n\
             features 488=1e00000 496=c 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 644\n\
             platform haswell\n\
             tlsdesc_state_size 400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold fa0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold fa0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1f40000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_knights_mill_default",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50671 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 f3bf9fbb fa417ffe ffd54430\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 1f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 e7\n\
            ",
            "\
             features 0=1 4=20 8=6 12=57 16=1 20=50671 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=f3bf9fbb 60=fa417ffe 64=ffd54430 72=f1af0b38 76=1a405f7a 80=814010 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=1f 132=17 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=10bf8 344=f 352=a00\n\
             features 360=2b80 368=c000 376=2000000 384=800000 392=800000 400=840 408=800000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=4\n\
             hwcap 6\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size a00\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 800000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 800000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_knl",
            "\
             cpuid 0 0 d 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50671 1000800 7edab223 bfeffbff\n\
             cpuid 2 0 ffff01 0 0 0\n\
             cpuid 4 0 fc00c121 1c0003f 3f 0\n\
             cpuid 4 1 fc00c122 1c0003f 3f 0\n\
             cpuid 4 2 fc01c143 3c0003f 3ff 0\n\
             cpuid 7 0 0 1c0d07a9 0 0\n\
             cpuid b 0 2 4 100 0\n\
             cpuid b 1 8 100 201 0\n\
             cpuid d 0 e7 a80 a80 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             xcr0 e7\n\
            ",
            "\
             features 0=1 4=d 8=6 12=57 16=1 20=50671 24=1000800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=1c0d07a9 72=1c0d0328 92=121 96=2c100800 108=121 112=8000000 116=1 132=1 340=bf8\n\
             features 344=7 352=b00 360=b00 368=8000 376=100000 384=40000 392=40000 400=4000 408=40000 416=800\n\
             features 424=8000 432=40 440=8000 448=8 456=40 464=100000 472=10 480=40 488=ffffffff 492=ffffffff\n\
             features 496=ffffffff 500=ffffffff 504=ffffffff 508=ffffffff 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig c84\n\
             platform xeon_phi\n\
             tlsdesc_state_size b00\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 40000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 40000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 4000 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 100000 0 ffffffffffffffff 1\n\
             cpuid_calls 18\n\
            ",
        ),
        (
            "intel_lakefield_div2",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806a1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
            ",
            "\
             features 0=1 4=20 8=6 12=8a 16=1 20=806a1 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_leaf2_0x40_then_l3",
            "\
             cpuid 0 0 d 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 10676 20800 c082201 178bfbff\n\
             cpuid 2 0 5b0b101 5657f0 0 22402c30\n\
             cpuid 4 0 4000121 1c0003f 3f 0\n\
             cpuid 4 1 4000122 1c0003f 3f 0\n\
             cpuid 4 2 4004143 3c0003f fff 0\n\
             cpuid d 0 3 240 240 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 1 20100800\n\
             cpuid 80000008 0 3024 0 0 0\n\
             xcr0 3\n\
            ",
            "\
             features 0=1 4=d 8=6 12=17 16=6 20=10676 24=20800 28=c082201 32=178bfbff 44=c082201\n\
             features 48=17888110 92=1 96=20100800 108=1 180=3024 340=420c0 344=1 352=2c0 360=2c0 368=8000\n\
             features 376=ffffffff 380=ffffffff 384=4000000 392=4000000 400=800 408=4000000 416=4000000 424=8000 432=40 440=8000\n\
             features 448=8 456=40 464=ffffffff 468=ffffffff 472=ffffffff 476=ffffffff 480=ffffffff 484=ffffffff 488=ffffffff 492=ffffffff\n\
             features 496=ffffffff 500=ffffffff 504=ffffffff 508=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 444\n\
             platform -\n\
             tlsdesc_state_size 2c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 4000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 4000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 4000000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size ffffffffffffffff 0 ffffffffffffffff 1\n\
             cpuid_calls 16\n\
            ",
        ),
        (
            "intel_leaf2_not_1",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806ea 100800 7edab223 bfeffbff\n\
             cpuid 2 0 feff02 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 240003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 0 9c0fb9 0 400\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 1f 440 440 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             xcr0 1f\n\
            ",
            "\
             features 0=1 4=16 8=6 12=8e 16=a 20=806ea 24=100800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=9c0fb9 64=400 72=8c0328 80=800 92=121 96=2c100800 108=121 112=8000000 116=f\n\
             features 132=7 340=22f9 344=7 352=400 360=4c0 368=c000 376=1f40000 384=fa0000 392=fa0000 400=2000\n\
             features 408=fa0000 416=800 424=8000 432=40 440=c000 448=c 456=40 464=140000 472=a 480=40\n\
             features 488=1e00000 496=c 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 644\n\
             platform haswell\n\
             tlsdesc_state_size 400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold fa0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold fa0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1f40000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_leaf4_beyond_cache",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 906ea 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 ff01 0 0 0\n\
             cpuid 4 0 fc0041a3 1c0003f 3f 0\n\
             cpuid 4 1 fc0041c3 1c0003f 3f 0\n\
             cpuid 4 2 fc0041e3 1c0003f 3f 0\n\
             cpuid 4 3 fc0041a3 1c0003f 3f 0\n\
             cpuid 4 4 fc0041c3 1c0003f 3f 0\n\
             cpuid 4 5 fc0041e3 1c0003f 3f 0\n\
             cpuid 4 6 fc0041a3 1c0003f 3f 0\n\
             cpuid 4 7 fc0041c3 1c0003f 3f 0\n\
             cpuid 4 8 fc0041e3 1c0003f 3f 0\n\
             cpuid 4 9 fc0041a3 1c0003f 3f 0\n\
             cpuid 4 a fc0041c3 1c0003f 3f 0\n\
             cpuid 4 b fc0041e3 1c0003f 3f 0\n\
             cpuid 4 c fc0041a3 1c0003f 3f 0\n\
             cpuid 4 d fc0041c3 1c0003f 3f 0\n\
             cpuid 4 e fc0041e3 1c0003f 3f 0\n\
             cpuid 4 f fc0041a3 1c0003f 3f 0\n\
             cpuid 4 10 fc004143 3c0003f 7ff 0\n\
             cpuid 4 11 fc07c163 2c0003f 9fff 4\n\
             cpuid 4 12 fc004121 2c0003f 3f 0\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
            ",
            "\
             features 0=1 4=20 8=6 12=9e 16=a 20=906ea 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=ffffffff 428=ffffffff\n\
             features 432=ffffffff 436=ffffffff 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c\n\
             features 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 72\n\
            ",
        ),
        (
            "intel_leaf4_beyond_cache_l1",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 906ea 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc0041a3 1c0003f 3f 0\n\
             cpuid 4 1 fc0041c3 1c0003f 3f 0\n\
             cpuid 4 2 fc0041e3 1c0003f 3f 0\n\
             cpuid 4 3 fc0041a3 1c0003f 3f 0\n\
             cpuid 4 4 fc0041c3 1c0003f 3f 0\n\
             cpuid 4 5 fc0041e3 1c0003f 3f 0\n\
             cpuid 4 6 fc0041a3 1c0003f 3f 0\n\
             cpuid 4 7 fc0041c3 1c0003f 3f 0\n\
             cpuid 4 8 fc0041e3 1c0003f 3f 0\n\
             cpuid 4 9 fc0041a3 1c0003f 3f 0\n\
             cpuid 4 a fc0041c3 1c0003f 3f 0\n\
             cpuid 4 b fc0041e3 1c0003f 3f 0\n\
             cpuid 4 c fc0041a3 1c0003f 3f 0\n\
             cpuid 4 d fc0041c3 1c0003f 3f 0\n\
             cpuid 4 e fc0041e3 1c0003f 3f 0\n\
             cpuid 4 f fc004121 2c0003f 3f 0\n\
             cpuid 4 10 fc004122 1c0003f 3f 0\n\
             cpuid 4 11 fc004143 3c0003f 7ff 0\n\
             cpuid 4 12 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
            ",
            "\
             features 0=1 4=20 8=6 12=9e 16=a 20=906ea 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 64\n\
            ",
        ),
        (
            "intel_leaf4_l4_edram",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 4 4 fc07c183 3c0003f 1fff 0\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
            ",
            "\
             features 0=1 4=20 8=6 12=4f 16=1 20=406f1 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=400000 392=400000 400=840 408=400000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=800000\n\
             features 520=8\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 400000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 400000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_max_leaf_1",
            "\
             cpuid 0 0 1 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 10676 20800 c082201 178bfbff\n\
             cpuid 2 0 5b0b101 5657f0 0 2cb43049\n\
             cpuid 4 0 4000121 1c0003f 3f 0\n\
             cpuid 4 1 4000122 1c0003f 3f 0\n\
             cpuid 4 2 4004143 3c0003f fff 0\n\
             cpuid d 0 3 240 240 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 1 20100800\n\
             cpuid 80000008 0 3024 0 0 0\n\
            ",
            "\
             features 0=1 4=1 8=6 12=17 16=6 20=10676 24=20800 28=c082201 32=178bfbff 44=c082201\n\
             features 48=17888110 92=1 96=20100800 108=1 180=3024 340=420c0 344=1 368=ffffffff 372=ffffffff 376=ffffffff\n\
             features 380=ffffffff 384=4000000 392=4000000 400=800 408=4000000 416=4000000 424=ffffffff 428=ffffffff 432=ffffffff 436=ffffffff\n\
             features 440=ffffffff 444=ffffffff 448=ffffffff 452=ffffffff 456=ffffffff 460=ffffffff 464=ffffffff 468=ffffffff 472=ffffffff 476=ffffffff\n\
             features 480=ffffffff 484=ffffffff 488=ffffffff 492=ffffffff 496=ffffffff 500=ffffffff 504=ffffffff 508=ffffffff 512=ffffffff 516=ffffffff\n\
             features 520=4\n\
             hwcap 2\n\
             minsig 800\n\
             platform -\n\
             tlsdesc_state_size 0\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size ffffffffffffffff 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 4000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 4000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 4000000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size ffffffffffffffff 0 ffffffffffffffff 1\n\
             cpuid_calls 6\n\
            ",
        ),
        (
            "intel_max_leaf_19",
            "\
             cpuid 0 0 19 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 90672 100800 7edab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 240003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 60207 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
            ",
            "\
             features 0=1 4=19 8=6 12=97 16=2 20=90672 24=100800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=1f40000 384=fa0000 392=fa0000 400=840 408=fa0000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=140000 472=a 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold fa0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold fa0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1f40000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_merom_no_cache_info",
            "\
             cpuid 0 0 d 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 6fb 40800 82201 178bfbff\n\
             cpuid 2 0 5b0b101 5657f0 d0 2cb4304e\n\
             cpuid 4 0 4000121 1c0003f 3f 0\n\
             cpuid 4 1 4000122 1c0003f 3f 0\n\
             cpuid 4 2 4004143 3c0003f fff 0\n\
             cpuid d 0 3 240 240 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 1 20100800\n\
             cpuid 80000008 0 3024 0 0 0\n\
            ",
            "\
             features 0=1 4=d 8=6 12=f 16=b 20=6fb 24=40800 28=82201 32=178bfbff 44=82201\n\
             features 48=17888110 92=1 96=20100800 108=1 180=3024 340=420c0 344=1 368=8000 376=80000 384=18000\n\
             features 392=18000 400=800 408=18000 416=18000 424=8000 432=40 440=8000 448=8 456=40 464=600000\n\
             features 472=18 480=40 488=80000 496=4 504=40 520=4\n\
             hwcap 2\n\
             minsig 800\n\
             platform -\n\
             tlsdesc_state_size 0\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 18000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 18000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 18000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 80000 0 ffffffffffffffff 1\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_nehalem_model",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 106e5 100800 7edab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 240003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 0 9c0fb9 0 400\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 1f 440 440 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=1 4=16 8=6 12=1e 16=5 20=106e5 24=100800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=9c0fb9 64=400 72=8c0b38 92=121 96=2c100800 108=121 112=8000000 116=f 132=7\n\
             features 340=2af9 344=7 352=400 360=4c0 368=c000 376=1f40000 384=3e8000 392=3e8000 400=2000 408=3e8000\n\
             features 416=800 424=8000 432=40 440=c000 448=c 456=40 464=140000 472=a 480=40 488=1e00000\n\
             features 496=c 504=40 512=ffffffff 516=ffffffff 520=8\n\
             hwcap 2\n\
             minsig 644\n\
             platform haswell\n\
             tlsdesc_state_size 400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 3e8000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 3e8000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1f40000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_no_erms_hwcaps_stosb",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 90675 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0da9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             tunables glibc.cpu.hwcaps=-Avoid_STOSB,Avoid_Non_Temporal_Memset,-Prefer_No_AVX512,Prefer_FSRM\n\
            ",
            "\
             features 0=1 4=20 8=6 12=97 16=5 20=90675 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0da9 60=1ac007b0 64=351cc10 72=218c0128 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=382f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1b0000 392=1b0000 400=840 408=1b0000 416=1b0000 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1b0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1b0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 1b0000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_novalake_family18",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 300f10 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 400c90 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
            ",
            "\
             features 0=1 4=20 8=12 12=1 20=300f10 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203 48=17888110\n\
             features 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800 108=121\n\
             features 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=400c90 228=c90 244=7 248=15\n\
             features 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0 360=2b80\n\
             features 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40 440=c000\n\
             features 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff 516=ffffffff\n\
             features 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_p4_f15m6",
            "\
             cpuid 0 0 2 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 f65 20800 2009 178bfbff\n\
             cpuid 2 0 605b5101 0 0 407049\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 1 20100000\n\
            ",
            "\
             features 0=1 4=2 8=f 12=6 16=5 20=f65 24=20800 28=2009 32=178bfbff 44=2001\n\
             features 48=17888110 92=1 96=20100000 108=1 340=420c0 344=1 368=4000 376=400000 384=180000 392=180000\n\
             features 400=800 408=180000 416=180000 440=4000 448=8 456=40 464=400000 472=10 480=40 488=400000\n\
             features 496=10 504=40 520=4\n\
             hwcap 2\n\
             minsig 800\n\
             platform -\n\
             tlsdesc_state_size 0\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 4000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 180000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 180000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 180000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 400000 0 ffffffffffffffff 1\n\
             cpuid_calls 7\n\
            ",
        ),
        (
            "intel_prefer_map32_bad_tunable_alias",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806c1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             tunables glibc.cpu.prefer_map_32bit_exec=2:glibc.cpu.plt_rewrite=3\n\
             env LD_PREFER_MAP_32BIT_EXEC=1\n\
            ",
            "\
             features 0=1 4=20 8=6 12=8c 16=1 20=806c1 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=106f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 1 0 1 1\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_prefer_map32_env_alias",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806c1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             env LD_PREFER_MAP_32BIT_EXEC=1\n\
            ",
            "\
             features 0=1 4=20 8=6 12=8c 16=1 20=806c1 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=106f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 1 0 1 1\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_prefer_map32_tunable_beats_alias",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806c1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             tunables glibc.cpu.prefer_map_32bit_exec=0\n\
             env LD_PREFER_MAP_32BIT_EXEC=1\n\
            ",
            "\
             features 0=1 4=20 8=6 12=8c 16=1 20=806c1 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 1\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_saltwell_slow_bsf",
            "\
             cpuid 0 0 a 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 30661 100800 40e3bd bfebfbff\n\
             cpuid 2 0 4fba5901 0 0 eb0c0ec\n\
             cpuid 4 0 4000121 140003f 3f 1\n\
             cpuid 4 1 4000122 1c0003f 3f 1\n\
             cpuid 4 2 4004143 1c0003f 3ff 1\n\
             cpuid 7 0 0 0 0 0\n\
             cpuid 7 1 0 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 0\n\
            ",
            "\
             features 0=1 4=a 8=6 12=36 16=1 20=30661 24=100800 28=40e3bd 32=bfebfbff 44=402201\n\
             features 48=17888110 92=121 96=2c100800 108=121 112=8000000 180=3027 184=200 200=200 340=420c4 344=1\n\
             features 368=6000 376=1800000 384=120000 392=120000 400=800 408=120000 416=120000 440=6000 448=6 456=40\n\
             features 488=1800000 496=18 504=40 520=4\n\
             hwcap 2\n\
             minsig 800\n\
             platform -\n\
             tlsdesc_state_size 0\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 6000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 120000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 120000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 120000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1800000 0 ffffffffffffffff 1\n\
             cpuid_calls 13\n\
            ",
        ),
        (
            "intel_sandybridge_div8",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 206a7 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 0 0 0 0\n\
             cpuid 7 1 0 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=1 4=20 8=6 12=2a 16=7 20=206a7 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 92=121 96=2c100800 108=121 112=8000000 116=1 132=1 180=3027 184=200 200=200\n\
             features 244=7 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=420f9 344=3\n\
             features 352=3c0 360=3c0 368=c000 376=2000000 384=1b0000 392=1b0000 400=800 408=1b0000 416=1b0000 424=8000\n\
             features 432=40 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40\n\
             features 512=ffffffff 516=ffffffff 520=8\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1b0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1b0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 1b0000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 21\n\
            ",
        ),
        (
            "intel_sapphirerapids",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806f8 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc01c143 3c0003f 7ff 0\n\
             cpuid 4 3 fc1fc163 380003f dfff 4\n\
             cpuid 7 0 2 f3bf9fbb fa417ffe ffd54430\n\
             cpuid 7 1 1c30 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 1f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 2 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
            ",
            "\
             features 0=1 4=20 8=6 12=8f 16=8 20=806f8 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=f3bf9fbb 60=fa417ffe 64=ffd54430 72=f1af0b38 76=1a405f7a 80=3c14010 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=1f 132=17 180=3027 184=200 200=200 212=1c30 228=1c30 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=10af9 344=f 352=a00\n\
             features 360=2b80 368=c000 376=3680000 384=1b40000 392=1b40000 400=840 408=1b40000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=3480000 496=f 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2a40\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1b40000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1b40000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 3680000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_sapphirerapids_noxsavec",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806f8 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc01c143 3c0003f 7ff 0\n\
             cpuid 4 3 fc1fc163 380003f dfff 4\n\
             cpuid 7 0 2 f3bf9fbb fa417ffe ffd54430\n\
             cpuid 7 1 1c30 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 1f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 2 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             tunables glibc.cpu.hwcaps=-XSAVEC\n\
            ",
            "\
             features 0=1 4=20 8=6 12=8f 16=8 20=806f8 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=f3bf9fbb 60=fa417ffe 64=ffd54430 72=f1af0b38 76=1a405f7a 80=3c14010 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=1f 132=15 180=3027 184=200 200=200 212=1c30 228=1c30 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=10af9 344=f 352=2b80\n\
             features 360=2b80 368=c000 376=3680000 384=1b40000 392=1b40000 400=840 408=1b40000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=3480000 496=f 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2b80\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1b40000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1b40000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 3680000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_shstk_enable_prefer_map32",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806c1 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c9fbb 400780 100410\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
             tunables glibc.cpu.hwcaps=SHSTK,-IBT:glibc.cpu.prefer_map_32bit_exec=1\n\
            ",
            "\
             features 0=1 4=20 8=6 12=8c 16=1 20=806c1 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c9fbb 60=400780 64=100410 72=218c0b38 76=400780 80=10 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=10ef9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=1000000 400=840 408=1000000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 1 0 1 1\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1000000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_sierraforest_default",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 a06f3 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 239c0fa9 1ac007b0 351cc10\n\
             cpuid 7 1 400c90 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid d 11 40 ac0 2 0\n\
             cpuid d 12 2000 b00 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 602e7\n\
            ",
            "\
             features 0=1 4=20 8=6 12=af 16=3 20=a06f3 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=400c90 228=c90 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=102f9 344=7 352=3c0\n\
             features 360=2b80 368=c000 376=2000000 384=800000 392=800000 400=840 408=800000 416=800 424=8000 432=40\n\
             features 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff\n\
             features 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size 2400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 800000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 800000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_silvermont",
            "\
             cpuid 0 0 b 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406d8 80800 42d82203 178bfbff\n\
             cpuid 2 0 61b3a001 0 0 fff8040\n\
             cpuid 4 0 1c000121 140003f 3f 0\n\
             cpuid 4 1 1c000122 1c0003f 3f 0\n\
             cpuid 4 2 1c01c143 3c0003f 3ff 0\n\
             cpuid b 0 0 1 100 0\n\
             cpuid b 1 3 8 201 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 101 28100800\n\
            ",
            "\
             features 0=1 4=b 8=6 12=4d 16=8 20=406d8 24=80800 28=42d82203 32=178bfbff 44=42d82203\n\
             features 48=17888110 92=101 96=28100800 108=101 112=8000000 340=421f8 344=3 368=6000 376=80000 384=30000\n\
             features 392=30000 400=800 408=30000 416=30000 424=8000 432=40 440=6000 448=6 456=40 464=80000\n\
             features 472=8 480=40 488=ffffffff 492=ffffffff 496=ffffffff 500=ffffffff 504=ffffffff 508=ffffffff 512=ffffffff 516=ffffffff\n\
             features 520=4\n\
             hwcap 2\n\
             minsig 800\n\
             platform -\n\
             tlsdesc_state_size 0\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 6000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 30000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 30000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 30000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 80000 0 ffffffffffffffff 1\n\
             cpuid_calls 15\n\
            ",
        ),
        (
            "intel_skx",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50654 3400800 7ffab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 7c004121 1c0003f 3f 0\n\
             cpuid 4 1 7c004122 1c0003f 3f 0\n\
             cpuid 4 2 7c004143 3c0003f 3ff 0\n\
             cpuid 4 3 7c0fc163 280003f 9fff 4\n\
             cpuid 7 0 0 d39f4fb9 18 ac000400\n\
             cpuid b 0 1 2 100 3\n\
             cpuid b 1 6 28 201 3\n\
             cpuid d 0 2ff a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 2 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid 14 0 1 f 7 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 302e 0 0 0\n\
             xcr0 2ff\n\
            ",
            "\
             features 0=1 4=16 8=6 12=55 16=4 20=50654 24=3400800 28=7ffab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=d39f4fb9 60=18 64=ac000400 72=d18f0328 76=18 80=800 92=121 96=2c100800 108=121\n\
             features 112=8000000 116=f 132=7 160=100 180=302e 276=1 280=f 284=7 340=222f9 344=f\n\
             features 352=a40 360=b00 368=8000 376=1c80000 384=e40000 392=ffffffff 396=ffffffff 400=2000 408=e40000 416=800\n\
             features 424=8000 432=40 440=8000 448=8 456=40 464=100000 472=10 480=40 488=1b80000 496=b\n\
             features 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig c8c\n\
             platform haswell\n\
             tlsdesc_state_size a40\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold e40000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1c80000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_skx_no_avx512",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50654 3400800 7ffab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 7c004121 1c0003f 3f 0\n\
             cpuid 4 1 7c004122 1c0003f 3f 0\n\
             cpuid 4 2 7c004143 3c0003f 3ff 0\n\
             cpuid 4 3 7c0fc163 280003f 9fff 4\n\
             cpuid 7 0 0 d39f4fb9 18 ac000400\n\
             cpuid b 0 1 2 100 3\n\
             cpuid b 1 6 28 201 3\n\
             cpuid d 0 2ff a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 2 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid 14 0 1 f 7 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 302e 0 0 0\n\
             xcr0 2ff\n\
             tunables glibc.cpu.hwcaps=-AVX512F,-AVX2,-Prefer_No_AVX512,-ERMS\n\
            ",
            "\
             features 0=1 4=16 8=6 12=55 16=4 20=50654 24=3400800 28=7ffab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=d39f4fb9 60=18 64=ac000400 72=d18e0108 76=18 80=800 92=121 96=2c100800 108=121\n\
             features 112=8000000 116=f 132=7 160=100 180=302e 276=1 280=f 284=7 340=202f9 344=f\n\
             features 352=a40 360=b00 368=8000 376=1c80000 384=e40000 392=ffffffff 396=ffffffff 400=2000 408=e40000 416=800\n\
             features 424=8000 432=40 440=8000 448=8 456=40 464=100000 472=10 480=40 488=1b80000 496=b\n\
             features 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig c8c\n\
             platform -\n\
             tlsdesc_state_size a40\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold e40000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1c80000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_skx_no_erms",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50654 3400800 7ffab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 7c004121 1c0003f 3f 0\n\
             cpuid 4 1 7c004122 1c0003f 3f 0\n\
             cpuid 4 2 7c004143 3c0003f 3ff 0\n\
             cpuid 4 3 7c0fc163 280003f 9fff 4\n\
             cpuid 7 0 0 d39f4db9 18 ac000400\n\
             cpuid b 0 1 2 100 3\n\
             cpuid b 1 6 28 201 3\n\
             cpuid d 0 2ff a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 2 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid 14 0 1 f 7 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 302e 0 0 0\n\
             xcr0 2ff\n\
            ",
            "\
             features 0=1 4=16 8=6 12=55 16=4 20=50654 24=3400800 28=7ffab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=d39f4db9 60=18 64=ac000400 72=d18f0128 76=18 80=800 92=121 96=2c100800 108=121\n\
             features 112=8000000 116=f 132=7 160=100 180=302e 276=1 280=f 284=7 340=622f9 344=f\n\
             features 352=a40 360=b00 368=8000 376=1c80000 384=e4000 392=ffffffff 396=ffffffff 400=2000 408=e4000 416=ffffffff\n\
             features 420=ffffffff 424=8000 432=40 440=8000 448=8 456=40 464=100000 472=10 480=40 488=1b80000\n\
             features 496=b 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig c8c\n\
             platform haswell\n\
             tlsdesc_state_size a40\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold e4000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold ffffffffffffffff 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1c80000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_skx_s4_avoid_nt_memset",
            "\
             cpuid 0 0 20 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50654 100800 7ffafbff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 2 f3bf9fbb fa417ffe ffd54430\n\
             cpuid 7 1 401c10 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid d 0 602e7 2b00 2b00 0\n\
             cpuid d 1 1f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 2e7\n\
            ",
            "\
             features 0=1 4=20 8=6 12=55 16=4 20=50654 24=100800 28=7ffafbff 32=bfebfbff 44=7ed83203\n\
             features 48=17888110 52=2 56=f3bf9fbb 60=fa417ffe 64=ffd54430 72=f1af0328 76=1a405f7a 80=814810 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=1f 132=17 180=3027 184=200 200=200 212=401c10 228=1c10 244=7\n\
             features 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 340=302f9 344=f 352=a00\n\
             features 360=2b80 368=c000 376=2000000 384=1000000 392=ffffffff 396=ffffffff 400=840 408=1000000 416=800 424=8000\n\
             features 432=40 440=c000 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40\n\
             features 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig 2d04\n\
             platform haswell\n\
             tlsdesc_state_size a00\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1000000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 200 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 29\n\
            ",
        ),
        (
            "intel_skx_tunables",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50654 3400800 7ffab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 7c004121 1c0003f 3f 0\n\
             cpuid 4 1 7c004122 1c0003f 3f 0\n\
             cpuid 4 2 7c004143 3c0003f 3ff 0\n\
             cpuid 4 3 7c0fc163 280003f 9fff 4\n\
             cpuid 7 0 0 d39f4fb9 18 ac000400\n\
             cpuid b 0 1 2 100 3\n\
             cpuid b 1 6 28 201 3\n\
             cpuid d 0 2ff a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 2 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid 14 0 1 f 7 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 302e 0 0 0\n\
             xcr0 2ff\n\
             minsig 1000\n\
             tunables glibc.cpu.hwcaps=-XSAVEC,Prefer_No_AVX512,-AVX512VL,MathVec_Prefer_No_AVX512,-Slow_BSF,Slow_BSF:glibc.cpu.x86_rep_movsb_threshold=0x1000:glibc.cpu.x86_non_temporal_threshold=0x4041:glibc.cpu.x86_shared_cache_size=0x100000:glibc.cpu.x86_data_cache_size=0x4000\n\
            ",
            "\
             features 0=1 4=16 8=6 12=55 16=4 20=50654 24=3400800 28=7ffab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=d39f4fb9 60=18 64=ac000400 72=518f0328 76=18 80=800 92=121 96=2c100800 108=121\n\
             features 112=8000000 116=f 132=5 160=100 180=302e 276=1 280=f 284=7 340=262fd 344=f\n\
             features 352=b00 360=b00 368=4000 376=100000 384=4041 392=ffffffff 396=ffffffff 400=1000 408=4041 416=800\n\
             features 424=8000 432=40 440=8000 448=8 456=40 464=100000 472=10 480=40 488=1b80000 496=b\n\
             features 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 1000\n\
             platform haswell\n\
             tlsdesc_state_size b00\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 4000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 4041 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 1000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 100000 0 ffffffffffffffff 1\n\
             cpuid_calls 27\n\
            ",
        ),
        (
            "intel_skylake_client_5e",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 506e3 100800 7edab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 240003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 0 9c0fb9 0 400\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 1f 440 440 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             xcr0 1f\n\
            ",
            "\
             features 0=1 4=16 8=6 12=5e 16=3 20=506e3 24=100800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=9c0fb9 64=400 72=8c0328 80=800 92=121 96=2c100800 108=121 112=8000000 116=f\n\
             features 132=7 340=22f9 344=7 352=400 360=4c0 368=c000 376=1f40000 384=fa0000 392=fa0000 400=2000\n\
             features 408=fa0000 416=800 424=8000 432=40 440=c000 448=c 456=40 464=140000 472=a 480=40\n\
             features 488=1e00000 496=c 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 644\n\
             platform haswell\n\
             tlsdesc_state_size 400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold fa0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold fa0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1f40000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_tremont",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 90661 100800 7edab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 240003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 0 9c0fb9 0 400\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 1f 440 440 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=1 4=16 8=6 12=96 16=1 20=90661 24=100800 28=7edab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=9c0fb9 64=400 72=8c0b38 92=121 96=2c100800 108=121 112=8000000 116=f 132=7\n\
             features 340=2bf9 344=7 352=400 360=4c0 368=c000 376=1f40000 384=7d0000 392=7d0000 400=2000 408=7d0000\n\
             features 416=800 424=8000 432=40 440=c000 448=c 456=40 464=140000 472=a 480=40 488=1e00000\n\
             features 496=c 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 644\n\
             platform haswell\n\
             tlsdesc_state_size 400\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 7d0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 7d0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1f40000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "intel_westmere_modern_no_avx",
            "\
             cpuid 0 0 b 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 206c2 100800 43faebff bfebfbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 fc004121 2c0003f 3f 0\n\
             cpuid 4 1 fc004122 1c0003f 3f 0\n\
             cpuid 4 2 fc004143 3c0003f 7ff 0\n\
             cpuid 4 3 fc07c163 2c0003f 9fff 4\n\
             cpuid 7 0 0 0 0 0\n\
             cpuid 7 1 0 0 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 7 18 201 0\n\
             cpuid 14 0 1 1f 7 0\n\
             cpuid 19 0 7 15 3 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3027 200 0 0\n\
             xcr0 0\n\
            ",
            "\
             features 0=1 4=b 8=6 12=2c 16=2 20=206c2 24=100800 28=43faebff 32=bfebfbff 44=42d82203\n\
             features 48=17888110 92=121 96=2c100800 108=121 112=8000000 180=3027 184=200 200=200 340=420f9 344=3\n\
             features 368=c000 376=2000000 384=1b0000 392=1b0000 400=800 408=1b0000 416=1b0000 424=8000 432=40 440=c000\n\
             features 448=c 456=40 464=200000 472=10 480=40 488=1e00000 496=c 504=40 512=ffffffff 516=ffffffff\n\
             features 520=8\n\
             hwcap 2\n\
             minsig 800\n\
             platform -\n\
             tlsdesc_state_size 0\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size c000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold 1b0000 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 1b0000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 1b0000 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 2000000 0 ffffffffffffffff 1\n\
             cpuid_calls 16\n\
            ",
        ),
        (
            "intel_xsavec_align",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50654 3400800 7ffab223 bfeffbff\n\
             cpuid 2 0 feff01 f0 0 0\n\
             cpuid 4 0 7c004121 1c0003f 3f 0\n\
             cpuid 4 1 7c004122 1c0003f 3f 0\n\
             cpuid 4 2 7c004143 3c0003f 3ff 0\n\
             cpuid 4 3 7c0fc163 280003f 9fff 4\n\
             cpuid 7 0 0 d39f4fb9 18 ac000400\n\
             cpuid b 0 1 2 100 3\n\
             cpuid b 1 6 28 201 3\n\
             cpuid d 0 2ff a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 48 3c0 0 0\n\
             cpuid d 4 40 400 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 208 480 2 0\n\
             cpuid d 7 3e8 680 0 0\n\
             cpuid d 9 8 a80 0 0\n\
             cpuid 14 0 1 f 7 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 302e 0 0 0\n\
             xcr0 2ff\n\
            ",
            "\
             features 0=1 4=16 8=6 12=55 16=4 20=50654 24=3400800 28=7ffab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=d39f4fb9 60=18 64=ac000400 72=d18f0328 76=18 80=800 92=121 96=2c100800 108=121\n\
             features 112=8000000 116=f 132=7 160=100 180=302e 276=1 280=f 284=7 340=222f9 344=f\n\
             features 352=a80 360=b00 368=8000 376=1c80000 384=e40000 392=ffffffff 396=ffffffff 400=2000 408=e40000 416=800\n\
             features 424=8000 432=40 440=8000 448=8 456=40 464=100000 472=10 480=40 488=1b80000 496=b\n\
             features 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 6\n\
             minsig c8c\n\
             platform haswell\n\
             tlsdesc_state_size a80\n\
             xsave_state xsavec\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold e40000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1c80000 0 ffffffffffffffff 1\n\
             cpuid_calls 28\n\
            ",
        ),
        (
            "other_vendor",
            "\
             cpuid 0 0 d 20414956 20414956 20414956\n\
             cpuid 1 0 6f1 20800 7ed83203 178bfbff\n\
             cpuid 7 0 0 329 0 10\n\
             cpuid d 0 7 340 340 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 21 20100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=5 4=d 56=329 64=10 72=308 80=10 340=20000 368=ffffffff 372=ffffffff 376=ffffffff\n\
             features 380=ffffffff 384=ffffffff 388=fffffff 392=ffffffff 396=ffffffff 400=840 408=ffffffff 412=fffffff 416=800 424=ffffffff\n\
             features 428=ffffffff 432=ffffffff 436=ffffffff 440=ffffffff 444=ffffffff 448=ffffffff 452=ffffffff 456=ffffffff 460=ffffffff 464=ffffffff\n\
             features 468=ffffffff 472=ffffffff 476=ffffffff 480=ffffffff 484=ffffffff 488=ffffffff 492=ffffffff 496=ffffffff 500=ffffffff 504=ffffffff\n\
             features 508=ffffffff 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 800\n\
             platform -\n\
             tlsdesc_state_size 0\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size ffffffffffffffff 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold fffffffffffffff 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size ffffffffffffffff 0 ffffffffffffffff 1\n\
             cpuid_calls 4\n\
            ",
        ),
        (
            "other_vendor_negative_shared",
            "\
             cpuid 0 0 d 20202020 20202020 20202020\n\
             cpuid 7 0 0 209 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             xcr0 7\n\
             tunables glibc.cpu.x86_non_temporal_threshold=0x4041:glibc.cpu.hwcaps=Avoid_Non_Temporal_Memset,-Avoid_STOSB\n\
            ",
            "\
             features 0=5 4=d 56=209 72=208 116=1 340=20000 368=ffffffff 372=ffffffff 376=ffffffff 380=ffffffff\n\
             features 384=4041 392=ffffffff 396=ffffffff 400=800 408=4041 416=800 424=ffffffff 428=ffffffff 432=ffffffff 436=ffffffff\n\
             features 440=ffffffff 444=ffffffff 448=ffffffff 452=ffffffff 456=ffffffff 460=ffffffff 464=ffffffff 468=ffffffff 472=ffffffff 476=ffffffff\n\
             features 480=ffffffff 484=ffffffff 488=ffffffff 492=ffffffff 496=ffffffff 500=ffffffff 504=ffffffff 508=ffffffff 512=ffffffff 516=ffffffff\n\
             features 520=4\n\
             hwcap 2\n\
             minsig 800\n\
             platform -\n\
             tlsdesc_state_size 0\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size ffffffffffffffff 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 4041 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size ffffffffffffffff 0 ffffffffffffffff 1\n\
             cpuid_calls 4\n\
            ",
        ),
        (
            "other_vendor_tunables",
            "\
             cpuid 0 0 d 20414956 20414956 20414956\n\
             cpuid 1 0 6f1 20800 7ed83203 178bfbff\n\
             cpuid 7 0 0 329 0 10\n\
             cpuid d 0 7 340 340 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 21 20100800\n\
             xcr0 7\n\
             tunables glibc.cpu.hwcaps=Prefer_No_VZEROUPPER,Slow_SSE4_2,Fast_Rep_String:glibc.cpu.x86_data_cache_size=0x8000:glibc.cpu.x86_shared_cache_size=0x100000\n\
            ",
            "\
             features 0=5 4=d 56=329 64=10 72=308 80=10 340=20001 368=8000 376=100000 384=ffffffff\n\
             features 388=fffffff 392=ffffffff 396=ffffffff 400=840 408=ffffffff 412=fffffff 416=800 424=ffffffff 428=ffffffff 432=ffffffff\n\
             features 436=ffffffff 440=ffffffff 444=ffffffff 448=ffffffff 452=ffffffff 456=ffffffff 460=ffffffff 464=ffffffff 468=ffffffff 472=ffffffff\n\
             features 476=ffffffff 480=ffffffff 484=ffffffff 488=ffffffff 492=ffffffff 496=ffffffff 500=ffffffff 504=ffffffff 508=ffffffff 512=ffffffff\n\
             features 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 800\n\
             platform -\n\
             tlsdesc_state_size 0\n\
             xsave_state fxsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold fffffffffffffff 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 840 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 100000 0 ffffffffffffffff 1\n\
             cpuid_calls 4\n\
            ",
        ),
        (
            "zhaoxin_centaur_f6m0f",
            "\
             cpuid 0 0 d 746e6543 736c7561 48727561\n\
             cpuid 1 0 6f2 80800 7ed83203 178bfbff\n\
             cpuid 4 0 1c000121 1c0003f 3f 0\n\
             cpuid 4 1 1c000122 1c0003f 3f 0\n\
             cpuid 4 2 1c004143 3c0003f fff 0\n\
             cpuid 4 3 1c03c163 3c0003f 3fff 0\n\
             cpuid 7 0 0 329 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 28100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=3 4=d 8=6 12=f 20=6f2 24=80800 28=7ed83203 32=178bfbff 44=6ed83203 48=17888110\n\
             features 56=329 72=308 92=121 96=28100800 108=121 112=8000000 116=1 132=1 340=201c0 344=7\n\
             features 352=3c0 360=3c0 368=8000 376=1400000 384=500000 392=ffffffff 396=ffffffff 400=800 408=500000 416=800\n\
             features 424=8000 432=40 440=8000 448=8 456=40 464=400000 472=10 480=40 488=1000000 496=10\n\
             features 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 500000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1400000 0 ffffffffffffffff 1\n\
             cpuid_calls 43\n\
            ",
        ),
        (
            "zhaoxin_centaur_no_erms",
            "\
             cpuid 0 0 d 746e6543 736c7561 48727561\n\
             cpuid 1 0 6f2 80800 7ed83203 178bfbff\n\
             cpuid 4 0 1c000121 1c0003f 3f 0\n\
             cpuid 4 1 1c000122 1c0003f 3f 0\n\
             cpuid 4 2 1c004143 3c0003f fff 0\n\
             cpuid 4 3 1c03c163 3c0003f 3fff 0\n\
             cpuid 7 0 0 129 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 28100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=3 4=d 8=6 12=f 20=6f2 24=80800 28=7ed83203 32=178bfbff 44=6ed83203 48=17888110\n\
             features 56=129 72=108 92=121 96=28100800 108=121 112=8000000 116=1 132=1 340=601c0 344=7\n\
             features 352=3c0 360=3c0 368=8000 376=1400000 384=500000 392=ffffffff 396=ffffffff 400=800 408=500000 416=ffffffff\n\
             features 420=ffffffff 424=8000 432=40 440=8000 448=8 456=40 464=400000 472=10 480=40 488=1000000\n\
             features 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 500000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold ffffffffffffffff 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1400000 0 ffffffffffffffff 1\n\
             cpuid_calls 43\n\
            ",
        ),
        (
            "zhaoxin_centaur_no_l3",
            "\
             cpuid 0 0 d 746e6543 736c7561 48727561\n\
             cpuid 1 0 6f2 80800 7ed83203 178bfbff\n\
             cpuid 4 0 1c000121 1c0003f 3f 0\n\
             cpuid 4 1 1c000122 1c0003f 3f 0\n\
             cpuid 4 2 1c004143 3c0003f fff 0\n\
             cpuid 4 3 0 0 0 0\n\
             cpuid 7 0 0 329 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 28100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=3 4=d 8=6 12=f 20=6f2 24=80800 28=7ed83203 32=178bfbff 44=6ed83203 48=17888110\n\
             features 56=329 72=308 92=121 96=28100800 108=121 112=8000000 116=1 132=1 340=201c0 344=7\n\
             features 352=3c0 360=3c0 368=8000 376=400000 384=180000 392=ffffffff 396=ffffffff 400=800 408=180000 416=800\n\
             features 424=8000 432=40 440=8000 448=8 456=40 464=400000 472=10 480=40 512=ffffffff 516=ffffffff\n\
             features 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 180000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 400000 0 ffffffffffffffff 1\n\
             cpuid_calls 42\n\
            ",
        ),
        (
            "zhaoxin_f7_other",
            "\
             cpuid 0 0 d 68532020 20206961 68676e61\n\
             cpuid 1 0 507b0 80800 7ed83203 178bfbff\n\
             cpuid 4 0 1c000121 1c0003f 3f 0\n\
             cpuid 4 1 1c000122 1c0003f 3f 0\n\
             cpuid 4 2 1c004143 3c0003f fff 0\n\
             cpuid 4 3 1c03c163 3c0003f 3fff 0\n\
             cpuid 7 0 0 329 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 28100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=3 4=d 8=7 12=5b 20=507b0 24=80800 28=7ed83203 32=178bfbff 44=7ed83203 48=17888110\n\
             features 56=329 72=328 92=121 96=28100800 108=121 112=8000000 116=1 132=1 340=208c8 344=7\n\
             features 352=3c0 360=3c0 368=8000 376=1400000 384=a00000 392=ffffffff 396=ffffffff 400=800 408=a00000 416=800\n\
             features 424=8000 432=40 440=8000 448=8 456=40 464=400000 472=10 480=40 488=1000000 496=10\n\
             features 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold a00000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1400000 0 ffffffffffffffff 1\n\
             cpuid_calls 45\n\
            ",
        ),
        (
            "zhaoxin_f7m1b",
            "\
             cpuid 0 0 d 68532020 20206961 68676e61\n\
             cpuid 1 0 107b0 80800 7ed83203 178bfbff\n\
             cpuid 4 0 1c000121 1c0003f 3f 0\n\
             cpuid 4 1 1c000122 1c0003f 3f 0\n\
             cpuid 4 2 1c004143 3c0003f fff 0\n\
             cpuid 4 3 1c03c163 3c0003f 3fff 0\n\
             cpuid 7 0 0 329 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 28100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=3 4=d 8=7 12=1b 20=107b0 24=80800 28=7ed83203 32=178bfbff 44=6ed83203 48=17888110\n\
             features 56=329 72=308 92=121 96=28100800 108=121 112=8000000 116=1 132=1 340=201c0 344=7\n\
             features 352=3c0 360=3c0 368=8000 376=1400000 384=500000 392=ffffffff 396=ffffffff 400=800 408=500000 416=800\n\
             features 424=8000 432=40 440=8000 448=8 456=40 464=400000 472=10 480=40 488=1000000 496=10\n\
             features 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 500000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1400000 0 ffffffffffffffff 1\n\
             cpuid_calls 45\n\
            ",
        ),
        (
            "zhaoxin_shanghai_f7m3b",
            "\
             cpuid 0 0 d 68532020 20206961 68676e61\n\
             cpuid 1 0 307b2 80800 7ed83203 178bfbff\n\
             cpuid 4 0 1c000121 1c0003f 3f 0\n\
             cpuid 4 1 1c000122 1c0003f 3f 0\n\
             cpuid 4 2 1c004143 3c0003f fff 0\n\
             cpuid 4 3 1c03c163 3c0003f 3fff 0\n\
             cpuid 7 0 0 329 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 28100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=3 4=d 8=7 12=3b 20=307b2 24=80800 28=7ed83203 32=178bfbff 44=6ed83203 48=17888110\n\
             features 56=329 72=308 92=121 96=28100800 108=121 112=8000000 116=1 132=1 340=200c0 344=7\n\
             features 352=3c0 360=3c0 368=8000 376=1400000 384=500000 392=ffffffff 396=ffffffff 400=800 408=500000 416=800\n\
             features 424=8000 432=40 440=8000 448=8 456=40 464=400000 472=10 480=40 488=1000000 496=10\n\
             features 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 500000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1400000 0 ffffffffffffffff 1\n\
             cpuid_calls 45\n\
            ",
        ),
        (
            "zhaoxin_shanghai_no_erms",
            "\
             cpuid 0 0 d 68532020 20206961 68676e61\n\
             cpuid 1 0 307b2 80800 7ed83203 178bfbff\n\
             cpuid 4 0 1c000121 1c0003f 3f 0\n\
             cpuid 4 1 1c000122 1c0003f 3f 0\n\
             cpuid 4 2 1c004143 3c0003f fff 0\n\
             cpuid 4 3 1c03c163 3c0003f 3fff 0\n\
             cpuid 7 0 0 129 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 28100800\n\
             xcr0 7\n\
            ",
            "\
             features 0=3 4=d 8=7 12=3b 20=307b2 24=80800 28=7ed83203 32=178bfbff 44=6ed83203 48=17888110\n\
             features 56=129 72=108 92=121 96=28100800 108=121 112=8000000 116=1 132=1 340=600c0 344=7\n\
             features 352=3c0 360=3c0 368=8000 376=1400000 384=500000 392=ffffffff 396=ffffffff 400=800 408=500000 416=ffffffff\n\
             features 420=ffffffff 424=8000 432=40 440=8000 448=8 456=40 464=400000 472=10 480=40 488=1000000\n\
             features 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 500000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold ffffffffffffffff 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1400000 0 ffffffffffffffff 1\n\
             cpuid_calls 45\n\
            ",
        ),
        (
            "zhaoxin_shijidadao_6b_no_erms",
            "\
             cpuid 0 0 d 68532020 20206961 68676e61\n\
             cpuid 1 0 607b0 800 7ef8320b bfebfbff\n\
             cpuid 4 0 1c004121 1c0003f 3f 0\n\
             cpuid 4 1 1c004122 1c0003f 3f 0\n\
             cpuid 4 2 1c00c143 3c0003f 3ff 0\n\
             cpuid 4 3 1c03c163 3c0003f 3fff 2\n\
             cpuid 7 0 0 219c01a9 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3028 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=3 4=d 8=7 12=6b 20=607b0 24=800 28=7ef8320b 32=bfebfbff 44=7ed83203 48=17888110\n\
             features 56=219c01a9 72=218c0128 92=121 96=2c100800 108=121 112=8000000 116=1 132=1 180=3028 340=608c8\n\
             features 344=7 352=3c0 360=3c0 368=8000 376=1000000 384=400000 392=ffffffff 396=ffffffff 400=800 408=400000\n\
             features 416=ffffffff 420=ffffffff 424=8000 432=40 440=8000 448=8 456=40 464=100000 472=10 480=40\n\
             features 488=1000000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 400000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold ffffffffffffffff 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1000000 0 ffffffffffffffff 1\n\
             cpuid_calls 45\n\
            ",
        ),
        (
            "zhaoxin_yongfeng_5b",
            "\
             cpuid 0 0 d 746e6543 736c7561 48727561\n\
             cpuid 1 0 507b0 800 7ef8320b bfebfbff\n\
             cpuid 4 0 1c004121 1c0003f 3f 0\n\
             cpuid 4 1 1c004122 1c0003f 3f 0\n\
             cpuid 4 2 1c00c143 3c0003f 3ff 0\n\
             cpuid 4 3 1c03c163 3c0003f 3fff 2\n\
             cpuid 7 0 0 219c03a9 0 0\n\
             cpuid b 0 1 2 100 0\n\
             cpuid b 1 4 8 201 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000008 0 3028 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=3 4=d 8=7 12=5b 20=507b0 24=800 28=7ef8320b 32=bfebfbff 44=7ed83203 48=17888110\n\
             features 56=219c03a9 72=218c0328 92=121 96=2c100800 108=121 112=8000000 116=1 132=1 180=3028 340=208c8\n\
             features 344=7 352=3c0 360=3c0 368=8000 376=1000000 384=800000 392=ffffffff 396=ffffffff 400=800 408=800000\n\
             features 416=800 424=8000 432=40 440=8000 448=8 456=40 464=100000 472=10 480=40 488=1000000\n\
             features 496=10 504=40 512=ffffffff 516=ffffffff 520=2\n\
             hwcap 2\n\
             minsig 544\n\
             platform -\n\
             tlsdesc_state_size 3c0\n\
             xsave_state xsave\n\
             plt_rewrite 0\n\
             tunable plt_rewrite 0 0 2 0\n\
             tunable prefer_map_32bit_exec 0 0 1 0\n\
             tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
             tunable x86_memset_non_temporal_threshold ffffffffffffffff 4040 ffffffffffffffff 1\n\
             tunable x86_non_temporal_threshold 800000 4040 fffffffffffffff 1\n\
             tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
             tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
             tunable x86_shared_cache_size 1000000 0 ffffffffffffffff 1\n\
             cpuid_calls 45\n\
            ",
        ),
    ];

    /// What glibc 2.43's ld.so (Debian sid 2.43-7, build-id 0a8e9e67...)
    /// computes on each profile of [`PROFILES`], generated the same way with
    /// `cpu_features_dump --emulate LDSO PROFILE` against that ld.so. `None`:
    /// its output was identical to the 2.41 expectation in `PROFILES`
    /// (every line, `cpuid_calls` included); `Some`: its output, which
    /// differs. The differences are all Hygon (see
    /// `Release::hygon_model_tuning`): model < 4 (Dhyana / C86 1-3) loses
    /// AVX_Fast_Unaligned_Load and with it the 32-byte `rep movsb`
    /// threshold, model 7 gains Prefer_No_AVX512 and with it loses the
    /// 64-byte one; extended-model 0x13 / 0x17 and model 4 are unchanged,
    /// and `glibc.cpu.hwcaps` still overrides both bits afterwards (but not
    /// the thresholds, computed before).
    const EXPECTED_2_43: &[(&str, Option<&str>)] = &[
        ("amd_excavator", None),
        ("amd_excavator_no_xsave", None),
        ("amd_excavator_no_ymm", None),
        ("amd_k10_legacy_ht_threads", None),
        ("amd_odd_assoc", None),
        ("amd_odd_assoc2", None),
        ("amd_piledriver_l3", None),
        ("amd_zen2", None),
        ("amd_zen2_no_l3", None),
        ("amd_zen2_tunables", None),
        ("amd_zen4_8000001d", None),
        ("amd_zen4_8000001d_tunables", None),
        ("amd_zen_hv_zero_8000001d", None),
        (
            "hygon_c86_8000001d",
            Some(
                "\
                 features 0=4 4=d 8=18 12=2 16=2 20=900f22 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
                 features 56=209c01a9 72=208c0108 84=900f22 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
                 features 180=3030 184=1007 188=7 340=400c0 344=7 352=3c0 360=3c0 368=8000 376=800000 384=600000\n\
                 features 392=600000 400=800 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
                 features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
                 hwcap 2\n\
                 minsig 544\n\
                 platform -\n\
                 tlsdesc_state_size 3c0\n\
                 xsave_state xsavec\n\
                 plt_rewrite 0\n\
                 tunable plt_rewrite 0 0 2 0\n\
                 tunable prefer_map_32bit_exec 0 0 1 0\n\
                 tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
                 tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
                 tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
                 tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
                 tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
                 tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
                 cpuid_calls 30\n\
                ",
            ),
        ),
        (
            "hygon_dhyana",
            Some(
                "\
                 features 0=4 4=d 8=18 12=1 16=1 20=900f11 24=200800 28=7ed83203 32=178bfbff 44=7ed83203 48=17888110\n\
                 features 56=329 72=328 92=210961 96=28100800 108=200961 112=8000000 116=1 132=1 180=3030 340=c0\n\
                 features 344=7 352=440 360=440 368=1 376=1 384=4000000 392=4000000 400=800 408=4000000 416=800 424=1\n\
                 features 432=1 440=1 448=1 456=1 464=1 472=1 480=1 488=1 496=1 504=1 512=ffffffff 516=ffffffff 520=4\n\
                 hwcap 2\n\
                 minsig 5c4\n\
                 platform -\n\
                 tlsdesc_state_size 440\n\
                 xsave_state xsave\n\
                 plt_rewrite 0\n\
                 tunable plt_rewrite 0 0 2 0\n\
                 tunable prefer_map_32bit_exec 0 0 1 0\n\
                 tunable x86_data_cache_size 1 0 ffffffffffffffff 1\n\
                 tunable x86_memset_non_temporal_threshold 4000000 4040 ffffffffffffffff 1\n\
                 tunable x86_non_temporal_threshold 4000000 4040 fffffffffffffff 1\n\
                 tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
                 tunable x86_rep_stosb_threshold 800 1 ffffffffffffffff 1\n\
                 tunable x86_shared_cache_size 1 0 ffffffffffffffff 1\n\
                 cpuid_calls 22\n\
                ",
            ),
        ),
        ("hygon_model13_ext_model_avx2", None),
        ("hygon_model17_ext_model_avx512", None),
        (
            "hygon_model2_avx2",
            Some(
                "\
                 features 0=4 4=d 8=18 12=2 16=2 20=900f22 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
                 features 56=209c01a9 72=208c0128 84=900f22 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
                 features 180=3030 184=1007 188=7 340=400c0 344=7 352=3c0 360=3c0 368=8000 376=800000 384=600000\n\
                 features 392=600000 400=800 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
                 features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
                 hwcap 2\n\
                 minsig 544\n\
                 platform -\n\
                 tlsdesc_state_size 3c0\n\
                 xsave_state xsavec\n\
                 plt_rewrite 0\n\
                 tunable plt_rewrite 0 0 2 0\n\
                 tunable prefer_map_32bit_exec 0 0 1 0\n\
                 tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
                 tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
                 tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
                 tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
                 tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
                 tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
                 cpuid_calls 30\n\
                ",
            ),
        ),
        (
            "hygon_model2_hwcaps_avx_fast_unaligned_load",
            Some(
                "\
                 features 0=4 4=d 8=18 12=2 16=2 20=900f22 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
                 features 56=209c01a9 72=208c0128 84=900f22 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
                 features 180=3030 184=1007 188=7 340=402c0 344=7 352=3c0 360=3c0 368=8000 376=800000 384=600000\n\
                 features 392=600000 400=800 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
                 features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
                 hwcap 2\n\
                 minsig 544\n\
                 platform -\n\
                 tlsdesc_state_size 3c0\n\
                 xsave_state xsavec\n\
                 plt_rewrite 0\n\
                 tunable plt_rewrite 0 0 2 0\n\
                 tunable prefer_map_32bit_exec 0 0 1 0\n\
                 tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
                 tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
                 tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
                 tunable x86_rep_movsb_threshold 800 80 ffffffffffffffff 1\n\
                 tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
                 tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
                 cpuid_calls 30\n\
                ",
            ),
        ),
        ("hygon_model4_avx2", None),
        (
            "hygon_model7_avx2",
            Some(
                "\
                 features 0=4 4=d 8=18 12=7 16=1 20=900f71 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
                 features 56=209c01a9 72=208c0128 84=900f71 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
                 features 180=3030 184=1007 188=7 340=422c0 344=7 352=3c0 360=3c0 368=8000 376=800000 384=600000\n\
                 features 392=600000 400=2000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
                 features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
                 hwcap 2\n\
                 minsig 544\n\
                 platform -\n\
                 tlsdesc_state_size 3c0\n\
                 xsave_state xsavec\n\
                 plt_rewrite 0\n\
                 tunable plt_rewrite 0 0 2 0\n\
                 tunable prefer_map_32bit_exec 0 0 1 0\n\
                 tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
                 tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
                 tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
                 tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
                 tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
                 tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
                 cpuid_calls 30\n\
                ",
            ),
        ),
        (
            "hygon_model7_avx512",
            Some(
                "\
                 features 0=4 4=d 8=18 12=7 16=1 20=900f71 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
                 features 56=f09f01a9 72=f08f0128 84=900f71 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
                 features 180=3030 184=1007 188=7 340=422c0 344=f 352=a00 360=a00 368=8000 376=800000 384=600000\n\
                 features 392=600000 400=2000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
                 features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
                 hwcap 2\n\
                 minsig b84\n\
                 platform -\n\
                 tlsdesc_state_size a00\n\
                 xsave_state xsavec\n\
                 plt_rewrite 0\n\
                 tunable plt_rewrite 0 0 2 0\n\
                 tunable prefer_map_32bit_exec 0 0 1 0\n\
                 tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
                 tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
                 tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
                 tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
                 tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
                 tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
                 cpuid_calls 30\n\
                ",
            ),
        ),
        (
            "hygon_model7_avx512_hwcaps_no_prefer_no_avx512",
            Some(
                "\
                 features 0=4 4=d 8=18 12=7 16=1 20=900f71 24=800 28=7ed8320b 32=178bfbff 44=7ed83203 48=17888110\n\
                 features 56=f09f01a9 72=f08f0128 84=900f71 92=35c233ff 96=2fd3fbff 108=161 112=8000000 116=f 132=7\n\
                 features 180=3030 184=1007 188=7 340=402c0 344=f 352=a00 360=a00 368=8000 376=800000 384=600000\n\
                 features 392=600000 400=2000 408=600000 416=600000 424=8000 432=40 440=8000 448=8 456=40 464=80000\n\
                 features 472=8 480=40 488=800000 496=10 504=40 512=ffffffff 516=ffffffff 520=4\n\
                 hwcap 2\n\
                 minsig b84\n\
                 platform -\n\
                 tlsdesc_state_size a00\n\
                 xsave_state xsavec\n\
                 plt_rewrite 0\n\
                 tunable plt_rewrite 0 0 2 0\n\
                 tunable prefer_map_32bit_exec 0 0 1 0\n\
                 tunable x86_data_cache_size 8000 0 ffffffffffffffff 1\n\
                 tunable x86_memset_non_temporal_threshold 600000 4040 ffffffffffffffff 1\n\
                 tunable x86_non_temporal_threshold 600000 4040 fffffffffffffff 1\n\
                 tunable x86_rep_movsb_threshold 2000 100 ffffffffffffffff 1\n\
                 tunable x86_rep_stosb_threshold 600000 1 ffffffffffffffff 1\n\
                 tunable x86_shared_cache_size 800000 0 ffffffffffffffff 1\n\
                 cpuid_calls 30\n\
                ",
            ),
        ),
        ("intel_alderlake_no_erms_avoid_stosb", None),
        ("intel_atom_slow_bsf", None),
        ("intel_avx10_maxleaf_23", None),
        ("intel_avx10_no_zmm_state", None),
        ("intel_cannonlake", None),
        ("intel_cascadelake", None),
        ("intel_cometlake_memset_tunable", None),
        ("intel_core2_leaf2", None),
        ("intel_diamondrapids_family19", None),
        ("intel_family18_model2_default", None),
        ("intel_fsgsbase_hwcap2", None),
        ("intel_graniterapids_avx10_apx", None),
        ("intel_haswell", None),
        ("intel_haswell_div8_no_avx_os", None),
        ("intel_haswell_emul_minsig_noxsave", None),
        ("intel_haswell_ep_s2", None),
        ("intel_haswell_os_no_ymm", None),
        ("intel_hwcaps_empty_items", None),
        ("intel_hwcaps_empty_value", None),
        ("intel_hwcaps_osxsave_off", None),
        ("intel_hybrid_amx", None),
        ("intel_hybrid_no_amx_state", None),
        ("intel_icelake_memset_at_min", None),
        ("intel_kabylake", None),
        ("intel_knights_mill_default", None),
        ("intel_knl", None),
        ("intel_lakefield_div2", None),
        ("intel_leaf2_0x40_then_l3", None),
        ("intel_leaf2_not_1", None),
        ("intel_leaf4_beyond_cache", None),
        ("intel_leaf4_beyond_cache_l1", None),
        ("intel_leaf4_l4_edram", None),
        ("intel_max_leaf_1", None),
        ("intel_max_leaf_19", None),
        ("intel_merom_no_cache_info", None),
        ("intel_nehalem_model", None),
        ("intel_no_erms_hwcaps_stosb", None),
        ("intel_novalake_family18", None),
        ("intel_p4_f15m6", None),
        ("intel_prefer_map32_bad_tunable_alias", None),
        ("intel_prefer_map32_env_alias", None),
        ("intel_prefer_map32_tunable_beats_alias", None),
        ("intel_saltwell_slow_bsf", None),
        ("intel_sandybridge_div8", None),
        ("intel_sapphirerapids", None),
        ("intel_sapphirerapids_noxsavec", None),
        ("intel_shstk_enable_prefer_map32", None),
        ("intel_sierraforest_default", None),
        ("intel_silvermont", None),
        ("intel_skx", None),
        ("intel_skx_no_avx512", None),
        ("intel_skx_no_erms", None),
        ("intel_skx_s4_avoid_nt_memset", None),
        ("intel_skx_tunables", None),
        ("intel_skylake_client_5e", None),
        ("intel_tremont", None),
        ("intel_westmere_modern_no_avx", None),
        ("intel_xsavec_align", None),
        ("other_vendor", None),
        ("other_vendor_negative_shared", None),
        ("other_vendor_tunables", None),
        ("zhaoxin_centaur_f6m0f", None),
        ("zhaoxin_centaur_no_erms", None),
        ("zhaoxin_centaur_no_l3", None),
        ("zhaoxin_f7_other", None),
        ("zhaoxin_f7m1b", None),
        ("zhaoxin_shanghai_f7m3b", None),
        ("zhaoxin_shanghai_no_erms", None),
        ("zhaoxin_shijidadao_6b_no_erms", None),
        ("zhaoxin_yongfeng_5b", None),
    ];
}
