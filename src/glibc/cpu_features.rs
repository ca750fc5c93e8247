//! x86-64 CPU feature detection that produces glibc 2.36's `struct cpu_features`.
//!
//! glibc's `libc.so.6`, `libm.so.6` and `libmvec.so.1` read `struct cpu_features`
//! (`GLRO(dl_x86_cpu_features)`, 480 bytes at offset 112 of `_rtld_global_ro`) from
//! their IFUNC resolvers, from `__x86_cacheinfo_ifunc` (memcpy/memset thresholds),
//! from `sysconf(_SC_LEVEL*_CACHE_*)` and from `__x86_get_cpuid_feature_leaf`
//! (public `<sys/platform/x86.h>` ABI). In glibc only the dynamic linker fills it.
//! This module computes the same bytes from CPUID/XGETBV so that the resolvers pick
//! the same implementations under dryad as under glibc's own `ld.so`.
//!
//! Use: call [`init_cpu_features`] once, after the auxv and `GLIBC_TUNABLES` are
//! parsed and before any object is relocated (IFUNC resolvers read the result).
//! Then store `features` at `_rtld_global_ro + 112` (see
//! [`CpuFeatures::as_bytes`]), `hwcap` in `_dl_hwcap` (RO+96), `platform` (if
//! `Some`) in `_dl_platform`/`_dl_platformlen`, `minsigstacksize` in
//! `_dl_minsigstacksize` (RO+32), and the five [`TunableValue`]s in the
//! tunables table that `__tunable_get_val` reports.
//!
//! The logic was written after reading the **Debian-patched** glibc source
//! `glibc_2.36-9+deb12u14` (`apt-get source`; `debian/patches/git-updates.diff`
//! applied). That patch changes `sysdeps/x86/dl-cacheinfo.h` relative to upstream
//! 2.36 with backports from glibc 2.37/2.38: CPUID leaf 2 whose low byte is not 1
//! is ignored in favour of leaf 4, `intel_check_word` returns -1 after walking
//! leaf 4, a per-thread L3 share (`shared_per_thread`) is tracked, and the
//! non-temporal threshold is 1/4 of the shared cache bounded below by 3/4 of the
//! per-thread share and clamped to `[0x4040, SIZE_MAX >> 4]`. Parts, and the glibc
//! function each one mirrors:
//!
//! * [`init_cpu_features_with`]: `init_cpu_features` (sysdeps/x86/cpu-features.c),
//!   including `get_common_indices`, `get_extended_indices`, the per-vendor
//!   `preferred` tweaks, the post-tunables XSAVE/AVX clean-up and the
//!   `GLRO(dl_hwcap)` / `GLRO(dl_platform)` assignment.
//! * `update_active`: `update_active` (cpu-features.c): CPUID bits to "active"
//!   (usable) bits, XCR0 checks, `xsave_state_size`.
//! * `isa_level`: `get_isa_level` (sysdeps/x86/get-isa-level.h).
//! * `check_minsigstacksize`: `dl_check_minsigstacksize`
//!   (sysdeps/unix/sysv/linux/x86/dl-minsigstacksize.h).
//! * `init_cacheinfo`: `dl_init_cacheinfo`, `handle_intel`, `intel_check_word`,
//!   `handle_amd`, `handle_zhaoxin`, `get_common_cache_info`
//!   (sysdeps/x86/dl-cacheinfo.h), including the `TUNABLE_SET_WITH_BOUNDS`
//!   write-back of the five `glibc.cpu.x86_*` tunables.
//! * `apply_hwcaps_tunable`: `TUNABLE_CALLBACK (set_hwcaps)`
//!   (sysdeps/x86/cpu-tunables.c), the `glibc.cpu.hwcaps` string.
//! * [`TunableValue::update`]: `do_tunable_update_val` (elf/dl-tunables.c) for
//!   the unsigned (`SIZE_T`/`UINT_64`) tunables.
//!
//! Build configuration of Debian's ld.so that this code assumes: `HAVE_TUNABLES`,
//! `SHARED`, `__x86_64__`, `HAS_CPUID`, CET **not** enabled (no IBT/SHSTK
//! activation), and no x86-64-v2/v3/v4 baseline check (Debian builds for the
//! baseline ISA, so `_dl_x86_init_cpu_features` never calls `_dl_fatal_printf`).
//!
//! Deliberate differences from glibc, all only reachable with inputs that real
//! CPUs and sane environments do not produce:
//!
//! * glibc loops forever over CPUID leaves 4 and 11 if the CPU never reports the
//!   terminating entry; here those loops stop after [`MAX_SUBLEAF_ROUNDS`].
//! * `handle_amd` divides by the cache line size when the associativity field is
//!   15 ("fully associative"); a zero line size would raise SIGFPE in glibc, here
//!   the associativity becomes 0.
//! * glibc's `set_hwcaps` keeps scanning past the NUL that ends the
//!   `glibc.cpu.hwcaps` value (into the rest of `GLIBC_TUNABLES` and the following
//!   environment strings) until it meets an empty token; this code stops at the
//!   end of the value. A difference needs a later token that is exactly a feature
//!   name, such as an environment string `X=1,-AVX2`.

use core::arch::x86_64::{__cpuid_count, _xgetbv};
use core::mem::{offset_of, size_of};

// ---------------------------------------------------------------------------
// Layout (sysdeps/x86/include/cpu-features.h, sysdeps/x86/bits/platform/x86.h)
// ---------------------------------------------------------------------------

/// `CPUID_INDEX_1`: leaf 1.
pub const CPUID_INDEX_1: usize = 0;
/// `CPUID_INDEX_7`: leaf 7, subleaf 0.
pub const CPUID_INDEX_7: usize = 1;
/// `CPUID_INDEX_80000001`: leaf 0x80000001.
pub const CPUID_INDEX_80000001: usize = 2;
/// `CPUID_INDEX_D_ECX_1`: leaf 0xd, subleaf 1.
pub const CPUID_INDEX_D_ECX_1: usize = 3;
/// `CPUID_INDEX_80000007`: leaf 0x80000007.
pub const CPUID_INDEX_80000007: usize = 4;
/// `CPUID_INDEX_80000008`: leaf 0x80000008.
pub const CPUID_INDEX_80000008: usize = 5;
/// `CPUID_INDEX_7_ECX_1`: leaf 7, subleaf 1.
pub const CPUID_INDEX_7_ECX_1: usize = 6;
/// `CPUID_INDEX_19`: leaf 0x19.
pub const CPUID_INDEX_19: usize = 7;
/// `CPUID_INDEX_14_ECX_0`: leaf 0x14, subleaf 0.
pub const CPUID_INDEX_14_ECX_0: usize = 8;
/// `CPUID_INDEX_MAX`.
pub const CPUID_INDEX_MAX: usize = 9;

/// `enum cpu_features_kind` values stored in [`CpuFeaturesBasic::kind`].
pub const ARCH_KIND_UNKNOWN: u32 = 0;
/// "GenuineIntel".
pub const ARCH_KIND_INTEL: u32 = 1;
/// "AuthenticAMD" or "HygonGenuine".
pub const ARCH_KIND_AMD: u32 = 2;
/// "CentaurHauls" or "  Shanghai  ".
pub const ARCH_KIND_ZHAOXIN: u32 = 3;
/// Any other vendor.
pub const ARCH_KIND_OTHER: u32 = 4;

/// Bits of `preferred[0]` (cpu-features-preferred_feature_index_1.def order).
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
    pub const PREFER_NO_VZEROUPPER: u32 = 1 << 10;
    pub const PREFER_ERMS: u32 = 1 << 11;
    pub const PREFER_NO_AVX512: u32 = 1 << 12;
    pub const MATHVEC_PREFER_NO_AVX512: u32 = 1 << 13;
    pub const PREFER_FSRM: u32 = 1 << 14;
    pub const AVOID_SHORT_DISTANCE_REP_MOVSB: u32 = 1 << 15;
}

/// `GNU_PROPERTY_X86_ISA_1_*` bits stored in [`CpuFeatures::isa_1`].
pub const ISA_1_BASELINE: u32 = 1 << 0;
/// x86-64-v2.
pub const ISA_1_V2: u32 = 1 << 1;
/// x86-64-v3.
pub const ISA_1_V3: u32 = 1 << 2;
/// x86-64-v4.
pub const ISA_1_V4: u32 = 1 << 3;

/// `HWCAP_X86_64` (sysdeps/x86/dl-hwcap.h).
pub const HWCAP_X86_64: u64 = 1 << 1;
/// `HWCAP_X86_AVX512_1`.
pub const HWCAP_X86_AVX512_1: u64 = 1 << 2;
/// `HWCAP_IMPORTANT` on x86-64; also the default of `glibc.cpu.hwcap_mask`.
pub const HWCAP_IMPORTANT: u64 = HWCAP_X86_64 | HWCAP_X86_AVX512_1;

/// `MINSIGSTKSZ` of sysdeps/unix/sysv/linux/bits/sigstack.h, the fallback of
/// `dl_check_minsigstacksize`.
pub const MINSIGSTKSZ: usize = 2048;

/// Upper bound on the subleaves walked by the CPUID leaf 4 / leaf 11 loops (glibc
/// has none and would hang on a CPU that never reports a terminating entry).
pub const MAX_SUBLEAF_ROUNDS: u32 = 1024;

/// `struct cpuid_registers` (16 bytes).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CpuidRegisters {
    pub eax: u32,
    pub ebx: u32,
    pub ecx: u32,
    pub edx: u32,
}

/// `struct cpuid_feature_internal` (32 bytes): raw CPUID words, then the
/// "active" (usable) words.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CpuidFeatureInternal {
    pub cpuid: CpuidRegisters,
    pub active: CpuidRegisters,
}

/// `struct cpu_features_basic` (20 bytes).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CpuFeaturesBasic {
    /// `enum cpu_features_kind` (`ARCH_KIND_*`).
    pub kind: u32,
    /// `int max_cpuid`: EAX of CPUID leaf 0.
    pub max_cpuid: i32,
    pub family: u32,
    pub model: u32,
    pub stepping: u32,
}

/// glibc 2.36 `struct cpu_features` (480 bytes, x86-64). The two alignment holes
/// of the C struct are explicit (always zero) fields, so the struct has no
/// implicit padding and [`CpuFeatures::as_bytes`] is well defined.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CpuFeatures {
    pub basic: CpuFeaturesBasic,
    pub features: [CpuidFeatureInternal; CPUID_INDEX_MAX],
    pub preferred: [u32; 1],
    pub isa_1: u32,
    hole_316: u32,
    pub xsave_state_size: u64,
    pub xsave_state_full_size: u32,
    hole_332: u32,
    pub data_cache_size: u64,
    pub shared_cache_size: u64,
    pub non_temporal_threshold: u64,
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
}

/// Size of `struct cpu_features`.
pub const CPU_FEATURES_SIZE: usize = 480;
/// Offset of `_dl_x86_cpu_features` in `struct rtld_global_ro`.
pub const RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET: usize = 112;

// Layout checks against the pahole dump of glibc 2.36 (Debian 2.36-9+deb12u14).
const _: () = {
    assert!(size_of::<CpuidRegisters>() == 16);
    assert!(size_of::<CpuidFeatureInternal>() == 32);
    assert!(offset_of!(CpuidFeatureInternal, active) == 16);
    assert!(size_of::<CpuFeaturesBasic>() == 20);
    assert!(offset_of!(CpuFeaturesBasic, max_cpuid) == 4);
    assert!(offset_of!(CpuFeaturesBasic, family) == 8);
    assert!(offset_of!(CpuFeaturesBasic, model) == 12);
    assert!(offset_of!(CpuFeaturesBasic, stepping) == 16);
    assert!(size_of::<CpuFeatures>() == CPU_FEATURES_SIZE);
    assert!(core::mem::align_of::<CpuFeatures>() == 8);
    assert!(offset_of!(CpuFeatures, basic) == 0);
    assert!(offset_of!(CpuFeatures, features) == 20);
    assert!(offset_of!(CpuFeatures, preferred) == 308);
    assert!(offset_of!(CpuFeatures, isa_1) == 312);
    assert!(offset_of!(CpuFeatures, hole_316) == 316);
    assert!(offset_of!(CpuFeatures, xsave_state_size) == 320);
    assert!(offset_of!(CpuFeatures, xsave_state_full_size) == 328);
    assert!(offset_of!(CpuFeatures, hole_332) == 332);
    assert!(offset_of!(CpuFeatures, data_cache_size) == 336);
    assert!(offset_of!(CpuFeatures, shared_cache_size) == 344);
    assert!(offset_of!(CpuFeatures, non_temporal_threshold) == 352);
    assert!(offset_of!(CpuFeatures, rep_movsb_threshold) == 360);
    assert!(offset_of!(CpuFeatures, rep_movsb_stop_threshold) == 368);
    assert!(offset_of!(CpuFeatures, rep_stosb_threshold) == 376);
    assert!(offset_of!(CpuFeatures, level1_icache_size) == 384);
    assert!(offset_of!(CpuFeatures, level1_icache_linesize) == 392);
    assert!(offset_of!(CpuFeatures, level1_dcache_size) == 400);
    assert!(offset_of!(CpuFeatures, level1_dcache_assoc) == 408);
    assert!(offset_of!(CpuFeatures, level1_dcache_linesize) == 416);
    assert!(offset_of!(CpuFeatures, level2_cache_size) == 424);
    assert!(offset_of!(CpuFeatures, level2_cache_assoc) == 432);
    assert!(offset_of!(CpuFeatures, level2_cache_linesize) == 440);
    assert!(offset_of!(CpuFeatures, level3_cache_size) == 448);
    assert!(offset_of!(CpuFeatures, level3_cache_assoc) == 456);
    assert!(offset_of!(CpuFeatures, level3_cache_linesize) == 464);
    assert!(offset_of!(CpuFeatures, level4_cache_size) == 472);
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
            hole_316: 0,
            xsave_state_size: 0,
            xsave_state_full_size: 0,
            hole_332: 0,
            data_cache_size: 0,
            shared_cache_size: 0,
            non_temporal_threshold: 0,
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
        }
    }

    /// The 480 bytes exactly as glibc lays them out at `_rtld_global_ro + 112`.
    pub fn as_bytes(&self) -> &[u8; CPU_FEATURES_SIZE] {
        // SAFETY: `CpuFeatures` is `repr(C)`, exactly CPU_FEATURES_SIZE bytes
        // (const-asserted above) and consists only of integer fields with the two
        // alignment holes made explicit, so every byte is initialized; `u8` has
        // alignment 1 and the returned borrow has the lifetime of `self`.
        unsafe { &*(self as *const CpuFeatures as *const [u8; CPU_FEATURES_SIZE]) }
    }

    /// Whether CPUID reported the feature (`CPU_FEATURE_CPU_P`).
    fn cpu_p(&self, f: Feat) -> bool {
        match self.features.get(f.index) {
            Some(e) => e.cpuid.get(f.reg) & f.bit != 0,
            None => false,
        }
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
}

#[derive(Clone, Copy)]
pub(crate) enum Reg {
    Eax,
    Ebx,
    Ecx,
    Edx,
}

impl CpuidRegisters {
    fn get(&self, r: Reg) -> u32 {
        match r {
            Reg::Eax => self.eax,
            Reg::Ebx => self.ebx,
            Reg::Ecx => self.ecx,
            Reg::Edx => self.edx,
        }
    }

    fn get_mut(&mut self, r: Reg) -> &mut u32 {
        match r {
            Reg::Eax => &mut self.eax,
            Reg::Ebx => &mut self.ebx,
            Reg::Ecx => &mut self.ecx,
            Reg::Edx => &mut self.edx,
        }
    }
}

/// One feature bit: `index_cpu_X`, `reg_X`, `bit_cpu_X`. The indices of
/// leaves 1, 7, 0x80000001, 0xd/1, 0x80000007 and 0x80000008 (0..5) are
/// also glibc 2.31's `COMMON_CPUID_INDEX_*`, so [`super::cpu_features_2_31`]
/// uses these constants for its `cpuid[]` array.
#[derive(Clone, Copy)]
pub(crate) struct Feat {
    pub(crate) index: usize,
    pub(crate) reg: Reg,
    /// The mask (`1 << bit`).
    pub(crate) bit: u32,
}

const fn feat(index: usize, reg: Reg, bit: u32) -> Feat {
    Feat {
        index,
        reg,
        bit: 1u32 << bit,
    }
}

/// The feature bits the initialization code touches (names as in glibc).
pub(crate) mod f {
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
    pub const AVX_VNNI: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 4);
    pub const AVX512_BF16: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 5);
    pub const FZLRM: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 10);
    pub const FSRS: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 11);
    pub const FSRCS: Feat = feat(CPUID_INDEX_7_ECX_1, Eax, 12);
    // Leaf 0x19 EBX.
    pub const AESKLE: Feat = feat(CPUID_INDEX_19, Ebx, 0);
    pub const WIDE_KL: Feat = feat(CPUID_INDEX_19, Ebx, 2);
    // Leaf 0x14 subleaf 0 EBX.
    pub const PTWRITE: Feat = feat(CPUID_INDEX_14_ECX_0, Ebx, 4);
}

// ---------------------------------------------------------------------------
// CPUID source
// ---------------------------------------------------------------------------

/// Where CPUID and XGETBV values come from. [`HostCpu`] executes the
/// instructions; tests substitute tables to exercise other vendors' paths.
pub trait CpuidSource {
    /// CPUID with EAX=`leaf`, ECX=`subleaf`. glibc uses `__cpuid` (ECX
    /// unspecified) for leaves whose output does not depend on ECX; those calls
    /// pass 0 here.
    fn cpuid(&mut self, leaf: u32, subleaf: u32) -> CpuidRegisters;
    /// XGETBV with ECX=`xcr`. Only called after CPUID reported OSXSAVE.
    fn xgetbv(&mut self, xcr: u32) -> u64;
}

/// The CPU this code runs on.
#[derive(Clone, Copy, Debug, Default)]
pub struct HostCpu;

impl CpuidSource for HostCpu {
    fn cpuid(&mut self, leaf: u32, subleaf: u32) -> CpuidRegisters {
        // `__cpuid_count` is a safe fn in recent toolchains and an unsafe one in
        // older ones; hence the allow.
        #[allow(unused_unsafe)]
        // SAFETY: CPUID exists on every x86-64 processor and only writes
        // EAX/EBX/ECX/EDX, which the intrinsic declares as outputs.
        let r = unsafe { __cpuid_count(leaf, subleaf) };
        CpuidRegisters {
            eax: r.eax,
            ebx: r.ebx,
            ecx: r.ecx,
            edx: r.edx,
        }
    }

    fn xgetbv(&mut self, xcr: u32) -> u64 {
        // Re-check OSXSAVE here so that this safe method can never fault.
        if self.cpuid(1, 0).ecx & (1 << 27) == 0 {
            return 0;
        }
        // SAFETY: CPUID.1:ECX.OSXSAVE[bit 27] = 1 means the OS set CR4.OSXSAVE,
        // so XGETBV is enabled; XCR0 (ECX = 0) always exists then and other XCR
        // numbers are only requested by callers that checked XGETBV_ECX_1.
        // The intrinsic is `#[target_feature(enable = "xsave")]`, which the check
        // above establishes at run time.
        unsafe { _xgetbv(xcr) }
    }
}

// ---------------------------------------------------------------------------
// Tunables
// ---------------------------------------------------------------------------

/// The `glibc.cpu.*` tunables that `init_cpu_features` reads. `None` means "not
/// set by the user" (the tunable keeps its default). Numeric values are the
/// numbers after `_dl_strtoul`; values outside the tunable's range are dropped
/// here exactly as the tunables parser would (`do_tunable_update_val`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CpuTunables<'a> {
    /// `glibc.cpu.hwcaps`: the value string without the terminating NUL (a NUL
    /// inside ends it), e.g. `b"-AVX2,Prefer_No_VZEROUPPER"`.
    pub hwcaps: Option<&'a [u8]>,
    /// `glibc.cpu.x86_non_temporal_threshold` (SIZE_T, 0..SIZE_MAX, default 0).
    pub x86_non_temporal_threshold: Option<u64>,
    /// `glibc.cpu.x86_rep_movsb_threshold` (SIZE_T, 1..SIZE_MAX, default 0).
    pub x86_rep_movsb_threshold: Option<u64>,
    /// `glibc.cpu.x86_rep_stosb_threshold` (SIZE_T, 1..SIZE_MAX, default 2048).
    pub x86_rep_stosb_threshold: Option<u64>,
    /// `glibc.cpu.x86_data_cache_size` (SIZE_T, default 0 = ignored).
    pub x86_data_cache_size: Option<u64>,
    /// `glibc.cpu.x86_shared_cache_size` (SIZE_T, default 0 = ignored).
    pub x86_shared_cache_size: Option<u64>,
    /// `glibc.cpu.hwcap_mask` (UINT_64, default `HWCAP_IMPORTANT` = 6). It does
    /// not influence `struct cpu_features`; it is only passed through to
    /// [`CpuInit::hwcap_mask`] (glibc uses it for the legacy hwcap subdirectory
    /// search and `ld.so.cache` filtering).
    pub hwcap_mask: Option<u64>,
}

/// State of one unsigned tunable (`tunable_t`'s `val`, `type.min`, `type.max`,
/// `initialized`), as `__tunable_get_val` and `--list-tunables` later see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TunableValue {
    pub value: u64,
    pub min: u64,
    pub max: u64,
    /// Set by the user or written back by `TUNABLE_SET_WITH_BOUNDS`; glibc's
    /// `__tunable_get_val` calls its callback only when this is true.
    pub initialized: bool,
}

impl TunableValue {
    /// A tunable in its build-time default state.
    pub const fn new(default: u64, min: u64, max: u64) -> Self {
        TunableValue {
            value: default,
            min,
            max,
            initialized: false,
        }
    }

    /// Mirrors `do_tunable_update_val` (elf/dl-tunables.c) for unsigned
    /// tunables: bounds may only narrow, inconsistent bounds are ignored, and an
    /// out-of-bounds value leaves the tunable unchanged.
    pub fn update(&mut self, val: u64, min: Option<u64>, max: Option<u64>) {
        let mut lo = min.unwrap_or(self.min);
        let mut hi = max.unwrap_or(self.max);
        if lo < self.min {
            lo = self.min;
        }
        if hi > self.max {
            hi = self.max;
        }
        if lo > hi {
            lo = self.min;
            hi = self.max;
        }
        if val < lo || hi < val {
            return;
        }
        self.value = val;
        self.min = lo;
        self.max = hi;
        self.initialized = true;
    }

    /// The tunable after the user's value (if any) went through the parser.
    fn with_user(mut self, user: Option<u64>) -> Self {
        if let Some(v) = user {
            self.update(v, None, None);
        }
        self
    }
}

// ---------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------

/// Everything ld.so's `init_cpu_features` produces.
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
    /// Value of `glibc.cpu.hwcap_mask` (pass-through, see [`CpuTunables`]).
    pub hwcap_mask: u64,
    /// `glibc.cpu.x86_data_cache_size` after `TUNABLE_SET_WITH_BOUNDS`.
    pub x86_data_cache_size: TunableValue,
    /// `glibc.cpu.x86_shared_cache_size` after `TUNABLE_SET_WITH_BOUNDS`.
    pub x86_shared_cache_size: TunableValue,
    /// `glibc.cpu.x86_non_temporal_threshold` after `TUNABLE_SET_WITH_BOUNDS`.
    pub x86_non_temporal_threshold: TunableValue,
    /// `glibc.cpu.x86_rep_movsb_threshold` after `TUNABLE_SET_WITH_BOUNDS`.
    pub x86_rep_movsb_threshold: TunableValue,
    /// `glibc.cpu.x86_rep_stosb_threshold` after `TUNABLE_SET_WITH_BOUNDS`.
    pub x86_rep_stosb_threshold: TunableValue,
}

/// Tunable state threaded through `init_cacheinfo`.
struct CacheTunables {
    data: TunableValue,
    shared: TunableValue,
    non_temporal: TunableValue,
    rep_movsb: TunableValue,
    rep_stosb: TunableValue,
}

// ---------------------------------------------------------------------------
// init_cpu_features
// ---------------------------------------------------------------------------

/// Compute glibc's CPU state on the running CPU. `at_minsigstksz` is the
/// `AT_MINSIGSTKSZ` auxv entry (`None` or `Some(0)` if absent).
pub fn init_cpu_features(at_minsigstksz: Option<usize>, tunables: &CpuTunables) -> CpuInit {
    init_cpu_features_with(&mut HostCpu, at_minsigstksz, tunables)
}

/// [`init_cpu_features`] with an explicit CPUID source. Mirrors glibc's
/// `init_cpu_features` (sysdeps/x86/cpu-features.c) step by step.
pub fn init_cpu_features_with<C: CpuidSource>(
    cpu: &mut C,
    at_minsigstksz: Option<usize>,
    tunables: &CpuTunables,
) -> CpuInit {
    let mut cf = CpuFeatures::zeroed();
    // _dl_parse_auxv: GLRO(dl_minsigstacksize) = AT_MINSIGSTKSZ, default
    // CONSTANT_MINSIGSTKSZ (0 on x86); 0 means "emulate".
    let mut minsig = at_minsigstksz.unwrap_or(0);

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
        update_active(cpu, &mut cf);

        if family == 0x06 {
            model = model.wrapping_add(ext_model);
            intel_family6_preferred(&mut cf, model);
            intel_family6_tsx(&mut cf, model, stepping);
        }

        // AVX512ER exists only on Xeon Phi: prefer no VZEROUPPER there. Elsewhere
        // avoid AVX512 unless AVX-VNNI shows the CPU does not downclock, and
        // avoid VZEROUPPER inside RTM regions.
        if cf.cpu_p(f::AVX512ER) {
            cf.preferred[0] |= preferred::PREFER_NO_VZEROUPPER;
        } else {
            if !cf.cpu_p(f::AVX_VNNI) {
                cf.preferred[0] |= preferred::PREFER_NO_AVX512;
            }
            if cf.usable_p(f::RTM) {
                cf.preferred[0] |= preferred::PREFER_NO_VZEROUPPER;
            }
        }
        if cf.cpu_p(f::FSRM) {
            cf.preferred[0] |= preferred::AVOID_SHORT_DISTANCE_REP_MOVSB;
        }
    } else if (ebx == 0x6874_7541 && ecx == 0x444d_4163 && edx == 0x6974_6e65)
        || (ebx == 0x6f67_7948 && ecx == 0x656e_6975 && edx == 0x6e65_476e)
    {
        // "AuthenticAMD" or "HygonGenuine"
        kind = ARCH_KIND_AMD;
        (family, model, _, stepping) = get_common_indices(cpu, &mut cf, true, &mut minsig);
        get_extended_indices(cpu, &mut cf);
        update_active(cpu, &mut cf);

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
        update_active(cpu, &mut cf);

        model = model.wrapping_add(ext_model);
        let no_avx = (family == 0x6 && (model == 0xf || model == 0x19))
            || (family == 0x7 && (model == 0x1b || model == 0x3b));
        if no_avx {
            cf.unset(f::AVX);
            cf.unset(f::AVX2);
            if !(family == 0x7 && model == 0x3b) {
                cf.preferred[0] |= preferred::SLOW_SSE4_2;
            }
            cf.preferred[0] &= !preferred::AVX_FAST_UNALIGNED_LOAD;
        }
    } else {
        kind = ARCH_KIND_OTHER;
        // get_common_indices (cpu_features, NULL, ...): leaf 1 is not read.
        get_common_indices(cpu, &mut cf, false, &mut minsig);
        update_active(cpu, &mut cf);
    }

    if cf.cpu_p(f::CX8) {
        cf.preferred[0] |= preferred::I586;
    }
    if cf.cpu_p(f::CMOV) {
        cf.preferred[0] |= preferred::I686;
    }

    cf.basic.kind = kind;
    cf.basic.family = family;
    cf.basic.model = model;
    cf.basic.stepping = stepping;

    let mut tun = CacheTunables {
        data: TunableValue::new(0, 0, u64::MAX).with_user(tunables.x86_data_cache_size),
        shared: TunableValue::new(0, 0, u64::MAX).with_user(tunables.x86_shared_cache_size),
        non_temporal: TunableValue::new(0, 0, u64::MAX)
            .with_user(tunables.x86_non_temporal_threshold),
        rep_movsb: TunableValue::new(0, 1, u64::MAX).with_user(tunables.x86_rep_movsb_threshold),
        rep_stosb: TunableValue::new(2048, 1, u64::MAX).with_user(tunables.x86_rep_stosb_threshold),
    };
    init_cacheinfo(cpu, &mut cf, &mut tun);

    // TUNABLE_GET (hwcaps, ..., set_hwcaps): the callback runs only if the user
    // set the tunable.
    if let Some(s) = tunables.hwcaps {
        apply_hwcaps_tunable(&mut cf, s);
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

    CpuInit {
        features: cf,
        hwcap,
        platform,
        minsigstacksize: minsig,
        hwcap_mask: tunables.hwcap_mask.unwrap_or(HWCAP_IMPORTANT),
        x86_data_cache_size: tun.data,
        x86_shared_cache_size: tun.shared,
        x86_non_temporal_threshold: tun.non_temporal,
        x86_rep_movsb_threshold: tun.rep_movsb,
        x86_rep_stosb_threshold: tun.rep_stosb,
    }
}

/// Intel family 6 `preferred` tweaks (first `switch (model)` in
/// `init_cpu_features`).
fn intel_family6_preferred(cf: &mut CpuFeatures, model: u32) {
    use preferred::*;
    match model {
        // Atom: BSF is slow.
        0x1c | 0x26 => cf.preferred[0] |= SLOW_BSF,
        // Knights Landing, Goldmont (Plus), Airmont, Silvermont.
        0x57 | 0x7a | 0x5c | 0x5f | 0x4c | 0x5a | 0x75 | 0x37 | 0x4a | 0x4d | 0x5d => {
            cf.preferred[0] |=
                FAST_UNALIGNED_LOAD | FAST_UNALIGNED_COPY | PREFER_PMINUB_FOR_STRINGOP | SLOW_SSE4_2
        }
        // Tremont.
        0x86 | 0x96 | 0x9c => {
            cf.preferred[0] |= FAST_REP_STRING
                | FAST_UNALIGNED_LOAD
                | FAST_UNALIGNED_COPY
                | PREFER_PMINUB_FOR_STRINGOP
                | SLOW_SSE4_2
        }
        // Nehalem/Westmere (and, through the default case, any other model
        // with AVX): fast rep string, unaligned load/copy, pminub.
        0x1a | 0x1e | 0x1f | 0x25 | 0x2c | 0x2e | 0x2f => {
            cf.preferred[0] |= FAST_REP_STRING
                | FAST_UNALIGNED_LOAD
                | FAST_UNALIGNED_COPY
                | PREFER_PMINUB_FOR_STRINGOP
        }
        _ => {
            if cf.cpu_p(f::AVX) {
                cf.preferred[0] |= FAST_REP_STRING
                    | FAST_UNALIGNED_LOAD
                    | FAST_UNALIGNED_COPY
                    | PREFER_PMINUB_FOR_STRINGOP
            }
        }
    }
}

/// Intel family 6 TSX quirks (second `switch (model)` in `init_cpu_features`).
fn intel_family6_tsx(cf: &mut CpuFeatures, model: u32, stepping: u32) {
    let disable_tsx = match model {
        0x55 => stepping <= 5,
        0x8e | 0x9e => stepping <= 0xc,
        0x4e | 0x5e => true,
        _ => false,
    };
    if disable_tsx {
        cf.unset(f::HLE);
        cf.unset(f::RTM);
        cf.set(f::RTM_ALWAYS_ABORT);
        return;
    }
    // Haswell (except Xeon E7 v3 stepping >= 4): RTM off.
    let haswell_rtm_off = match model {
        0x3f => stepping < 4,
        0x3c | 0x45 | 0x46 => true,
        _ => false,
    };
    if haswell_rtm_off {
        cf.unset(f::RTM);
    }
}

/// `get_common_indices`: leaf 1 (only if `with_family`), leaves 7, 0xd/1,
/// 0x14, 0x19, then `dl_check_minsigstacksize`. Returns (family, model,
/// extended_model, stepping), zeros when `with_family` is false.
fn get_common_indices<C: CpuidSource>(
    cpu: &mut C,
    cf: &mut CpuFeatures,
    with_family: bool,
    minsig: &mut usize,
) -> (u32, u32, u32, u32) {
    let mut out = (0, 0, 0, 0);
    if with_family {
        let r = cpu.cpuid(1, 0);
        cf.features[CPUID_INDEX_1].cpuid = r;
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
        cf.features[CPUID_INDEX_7].cpuid = cpu.cpuid(7, 0);
        cf.features[CPUID_INDEX_7_ECX_1].cpuid = cpu.cpuid(7, 1);
    }
    if max >= 0xd {
        cf.features[CPUID_INDEX_D_ECX_1].cpuid = cpu.cpuid(0xd, 1);
    }
    if max >= 0x14 {
        cf.features[CPUID_INDEX_14_ECX_0].cpuid = cpu.cpuid(0x14, 0);
    }
    if max >= 0x19 {
        cf.features[CPUID_INDEX_19].cpuid = cpu.cpuid(0x19, 0);
    }

    check_minsigstacksize(cpu, cf, minsig);
    out
}

/// `dl_check_minsigstacksize` (Linux/x86 version): emulate AT_MINSIGSTKSZ from
/// the XSAVE area size when the kernel did not supply it.
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
        cf.features[CPUID_INDEX_80000001].cpuid = cpu.cpuid(0x8000_0001, 0);
    }
    if max_ext >= 0x8000_0007 {
        cf.features[CPUID_INDEX_80000007].cpuid = cpu.cpuid(0x8000_0007, 0);
    }
    if max_ext >= 0x8000_0008 {
        cf.features[CPUID_INDEX_80000008].cpuid = cpu.cpuid(0x8000_0008, 0);
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

/// `STATE_SAVE_OFFSET` (sysdeps/x86/sysdep.h): 7 saved GPRs + 8.
const STATE_SAVE_OFFSET: u32 = 8 * 7 + 8;
/// `STATE_SAVE_MASK`: SSE, AVX, MPX bound registers, opmask, ZMM.
const STATE_SAVE_MASK: u32 = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 6) | (1 << 7);

/// `update_active`: derive the usable bits from CPUID and XCR0, and compute
/// `xsave_state_size` / `isa_1`.
fn update_active<C: CpuidSource>(cpu: &mut C, cf: &mut CpuFeatures) {
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
        f::FZLRM,
        f::FSRS,
        f::FSRCS,
        f::PTWRITE,
    ] {
        cf.set_active(feature);
    }

    if !cf.cpu_p(f::RTM_ALWAYS_ABORT) {
        cf.set_active(f::RTM);
    }
    // CET is not enabled in Debian's build: IBT/SHSTK never become active.

    if cf.cpu_p(f::OSXSAVE) {
        let xcrlow = cpu.xgetbv(0) as u32;
        if xcrlow & (YMM_STATE | XMM_STATE) == (YMM_STATE | XMM_STATE) {
            if cf.cpu_p(f::AVX) {
                cf.set(f::AVX);
                if cf.cpu_p(f::AVX2) {
                    cf.set(f::AVX2);
                    // 256-bit unaligned loads are fast on Intel/AMD with AVX2.
                    cf.preferred[0] |= preferred::AVX_FAST_UNALIGNED_LOAD;
                }
                for feature in [f::AVX_VNNI, f::FMA, f::VAES, f::VPCLMULQDQ, f::XOP, f::F16C] {
                    cf.set_active(feature);
                }
            }

            let zmm = OPMASK_STATE | ZMM0_15_STATE | ZMM16_31_STATE;
            if xcrlow & zmm == zmm && cf.cpu_p(f::AVX512F) {
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

        if xcrlow & (XTILECFG_STATE | XTILEDATA_STATE) == (XTILECFG_STATE | XTILEDATA_STATE) {
            cf.set_active(f::AMX_BF16);
            cf.set_active(f::AMX_TILE);
            cf.set_active(f::AMX_INT8);
        }

        // Usable only when OSXSAVE is enabled (XSAVE itself unconditionally).
        cf.set(f::XSAVE);
        cf.set_active(f::XSAVEOPT);
        cf.set_active(f::XSAVEC);
        cf.set_active(f::XGETBV_ECX_1);
        cf.set_active(f::XFD);

        // xsave_state_size for _dl_runtime_resolve: XSAVE area + saved integer
        // registers, 64-byte aligned; the compacted (XSAVEC) size if available.
        if cf.basic.max_cpuid >= 0xd {
            let ebx = cpu.cpuid(0xd, 0).ebx;
            if ebx != 0 {
                let full = align_up_u32(ebx.wrapping_add(STATE_SAVE_OFFSET), 64);
                cf.xsave_state_size = u64::from(full);
                cf.xsave_state_full_size = full;

                if cf.cpu_p(f::XSAVEC) {
                    let size = xsavec_compacted_size(cpu);
                    if size != 0 {
                        cf.xsave_state_size =
                            u64::from(align_up_u32(size.wrapping_add(STATE_SAVE_OFFSET), 64));
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

    cf.isa_1 = isa_level(cf);
}

/// Size of the compacted XSAVE area for the `STATE_SAVE_MASK` components, as the
/// `xstate_comp_offsets`/`xstate_comp_sizes` computation in `update_active`.
fn xsavec_compacted_size<C: CpuidSource>(cpu: &mut C) -> u32 {
    // Legacy region (x87 160 bytes, SSE 256 bytes) and XSAVE header: component 2
    // starts at 576.
    let mut prev_offset: u32 = 576; // xstate_comp_offsets[2]
    let mut prev_size: u32 = 0; // xstate_comp_sizes[2], set below
    for i in 2u32..32 {
        let (size, ecx) = if STATE_SAVE_MASK & (1 << i) != 0 {
            let r = cpu.cpuid(0xd, i);
            (r.eax, r.ecx)
        } else {
            (0, 0)
        };
        let offset = if i > 2 {
            let mut o = prev_offset.wrapping_add(prev_size);
            if ecx & (1 << 1) != 0 {
                o = align_up_u32(o, 64);
            }
            o
        } else {
            576
        };
        prev_offset = offset;
        prev_size = size;
    }
    prev_offset.wrapping_add(prev_size)
}

/// `get_isa_level` (sysdeps/x86/get-isa-level.h).
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
    (b"SHSTK", f::SHSTK),
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

/// Preferred bits that only `-NAME` clears (`CHECK_GLIBC_IFUNC_PREFERRED_OFF`).
const HWCAPS_PREFERRED_OFF: &[(&[u8], u32)] =
    &[(b"I586", preferred::I586), (b"I686", preferred::I686)];

/// Preferred bits that `NAME` sets and `-NAME` clears
/// (`CHECK_GLIBC_IFUNC_PREFERRED_BOTH`).
const HWCAPS_PREFERRED_BOTH: &[(&[u8], u32)] = &[
    (b"Slow_BSF", preferred::SLOW_BSF),
    (b"Prefer_ERMS", preferred::PREFER_ERMS),
    (b"Prefer_FSRM", preferred::PREFER_FSRM),
    (b"Fast_Rep_String", preferred::FAST_REP_STRING),
    (b"Fast_Copy_Backward", preferred::FAST_COPY_BACKWARD),
    (b"Fast_Unaligned_Load", preferred::FAST_UNALIGNED_LOAD),
    (b"Fast_Unaligned_Copy", preferred::FAST_UNALIGNED_COPY),
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
/// Names are case-sensitive; unknown names are ignored. glibc's
/// length-switch + `memcmp` is equivalent to exact name equality, and the
/// names within one length group are distinct, so the order of the tables only
/// matters through the sequential processing of the tokens.
fn apply_hwcaps_tunable(cf: &mut CpuFeatures, value: &[u8]) {
    for (disable, name) in hwcaps_items(value) {
        apply_hwcaps_token(cf, disable, name);
    }
}

/// The items of a `glibc.cpu.hwcaps` value, in order, as `(disable, name)`:
/// the value up to its first NUL (if any) split at every comma, a leading
/// `-` meaning "disable" and not part of the name. Empty items are yielded
/// (as an empty name, or `(true, b"")` for a lone `-`); no release's name
/// tables match them. Every release's `set_hwcaps` (2.31, 2.36, 2.41, 2.43)
/// walks the value this way, apart from where it stops (see each module).
pub(crate) fn hwcaps_items(value: &[u8]) -> impl Iterator<Item = (bool, &[u8])> {
    // A NUL ends the C string.
    let end = value.iter().position(|&b| b == 0).unwrap_or(value.len());
    value[..end]
        .split(|&b| b == b',')
        .map(|token| match token.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, token),
        })
}

fn apply_hwcaps_token(cf: &mut CpuFeatures, disable: bool, name: &[u8]) {
    if disable {
        for (n, feature) in HWCAPS_CPU_OFF {
            if name == *n {
                cf.unset(*feature);
                return;
            }
        }
        if name == b"XSAVEC" {
            // Fall back to the full XSAVE state size.
            cf.xsave_state_size = u64::from(cf.xsave_state_full_size);
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
/// search, like glibc's `bsearch`). This is `intel_02_known`.
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
                let r = cpu.cpuid(4, round);
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
fn handle_intel<C: CpuidSource>(cpu: &mut C, cf: &CpuFeatures, name: u32) -> i64 {
    let maxidx = cf.basic.max_cpuid as u32;
    if maxidx < 2 {
        return -1;
    }
    let mut no_level_2_or_3 = false;
    let mut has_level_2 = false;
    let r = cpu.cpuid(2, 0);

    // The low byte of EAX should be 1 (and is ignored); otherwise use leaf 4.
    if r.eax & 0xff != 1 {
        return intel_check_word(cpu, cf, name, 0xff, &mut has_level_2, &mut no_level_2_or_3);
    }
    for reg in [r.eax & 0xffff_ff00, r.ebx, r.ecx, r.edx] {
        let result = intel_check_word(cpu, cf, name, reg, &mut has_level_2, &mut no_level_2_or_3);
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

/// `handle_amd`: one `_SC_` cache value from CPUID 0x80000005/0x80000006.
fn handle_amd<C: CpuidSource>(cpu: &mut C, mut name: u32) -> i64 {
    let max_ext = cpu.cpuid(0x8000_0000, 0).eax;
    // No level 4 cache.
    if name > L3_LINESIZE {
        return 0;
    }
    let leaf = 0x8000_0005 + u32::from(name >= L2_SIZE);
    if max_ext < leaf {
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
                0
            } else {
                (edx & 0x3ffc_0000) << 1
            }
        }
        L3_ASSOC => amd_assoc((edx >> 12) & 0xf, (edx & 0x3ffc_0000) << 1, edx & 0xff),
        L3_LINESIZE => {
            if edx & 0xf000 == 0 {
                0
            } else {
                edx & 0xff
            }
        }
        // Not reachable (glibc asserts); glibc's fall-through value is -1.
        _ => return -1,
    };
    i64::from(v)
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

/// `get_common_cache_info` (Intel and Zhaoxin): number of threads sharing the
/// highest cache level, per-thread share, non-inclusive cache adjustment.
fn get_common_cache_info<C: CpuidSource>(
    cpu: &mut C,
    cf: &CpuFeatures,
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
                let r = cpu.cpuid(4, i);
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

/// `dl_init_cacheinfo`: cache sizes and the memcpy/memset thresholds, then the
/// `TUNABLE_SET_WITH_BOUNDS` write-back.
fn init_cacheinfo<C: CpuidSource>(cpu: &mut C, cf: &mut CpuFeatures, tun: &mut CacheTunables) {
    let mut data: i64 = -1;
    let mut shared: i64 = -1;
    let mut shared_per_thread: i64 = -1;
    let mut core: i64 = -1;
    let mut threads: u32 = 0;
    // `unsigned long` initialized with -1.
    let mut l1i_size = u64::MAX;
    let mut l1i_linesize = u64::MAX;
    let mut l1d_size = u64::MAX;
    let mut l1d_assoc = u64::MAX;
    let mut l1d_linesize = u64::MAX;
    let mut l2_size = u64::MAX;
    let mut l2_assoc = u64::MAX;
    let mut l2_linesize = u64::MAX;
    let mut l3_size = u64::MAX;
    let mut l3_assoc = u64::MAX;
    let mut l3_linesize = u64::MAX;
    let mut l4_size = u64::MAX;

    let kind = cf.basic.kind;
    if kind == ARCH_KIND_INTEL {
        let ro: &CpuFeatures = cf;
        data = handle_intel(cpu, ro, L1D_SIZE);
        core = handle_intel(cpu, ro, L2_SIZE);
        shared = handle_intel(cpu, ro, L3_SIZE);
        shared_per_thread = shared;

        l1i_size = handle_intel(cpu, ro, L1I_SIZE) as u64;
        l1i_linesize = handle_intel(cpu, ro, L1I_LINESIZE) as u64;
        l1d_size = data as u64;
        l1d_assoc = handle_intel(cpu, ro, L1D_ASSOC) as u64;
        l1d_linesize = handle_intel(cpu, ro, L1D_LINESIZE) as u64;
        l2_size = core as u64;
        l2_assoc = handle_intel(cpu, ro, L2_ASSOC) as u64;
        l2_linesize = handle_intel(cpu, ro, L2_LINESIZE) as u64;
        l3_size = shared as u64;
        l3_assoc = handle_intel(cpu, ro, L3_ASSOC) as u64;
        l3_linesize = handle_intel(cpu, ro, L3_LINESIZE) as u64;
        l4_size = handle_intel(cpu, ro, L4_SIZE) as u64;

        get_common_cache_info(
            cpu,
            ro,
            &mut shared,
            &mut shared_per_thread,
            &mut threads,
            core,
        );
    } else if kind == ARCH_KIND_ZHAOXIN {
        data = handle_zhaoxin(cpu, L1D_SIZE);
        core = handle_zhaoxin(cpu, L2_SIZE);
        shared = handle_zhaoxin(cpu, L3_SIZE);
        shared_per_thread = shared;

        l1i_size = handle_zhaoxin(cpu, L1I_SIZE) as u64;
        l1i_linesize = handle_zhaoxin(cpu, L1I_LINESIZE) as u64;
        l1d_size = data as u64;
        l1d_assoc = handle_zhaoxin(cpu, L1D_ASSOC) as u64;
        l1d_linesize = handle_zhaoxin(cpu, L1D_LINESIZE) as u64;
        l2_size = core as u64;
        l2_assoc = handle_zhaoxin(cpu, L2_ASSOC) as u64;
        l2_linesize = handle_zhaoxin(cpu, L2_LINESIZE) as u64;
        l3_size = shared as u64;
        l3_assoc = handle_zhaoxin(cpu, L3_ASSOC) as u64;
        l3_linesize = handle_zhaoxin(cpu, L3_LINESIZE) as u64;

        get_common_cache_info(
            cpu,
            cf,
            &mut shared,
            &mut shared_per_thread,
            &mut threads,
            core,
        );
    } else if kind == ARCH_KIND_AMD {
        data = handle_amd(cpu, L1D_SIZE);
        core = handle_amd(cpu, L2_SIZE);
        shared = handle_amd(cpu, L3_SIZE);
        shared_per_thread = shared;

        l1i_size = handle_amd(cpu, L1I_SIZE) as u64;
        l1i_linesize = handle_amd(cpu, L1I_LINESIZE) as u64;
        l1d_size = data as u64;
        l1d_assoc = handle_amd(cpu, L1D_ASSOC) as u64;
        l1d_linesize = handle_amd(cpu, L1D_LINESIZE) as u64;
        l2_size = core as u64;
        l2_assoc = handle_amd(cpu, L2_ASSOC) as u64;
        l2_linesize = handle_amd(cpu, L2_LINESIZE) as u64;
        l3_size = shared as u64;
        l3_assoc = handle_amd(cpu, L3_ASSOC) as u64;
        l3_linesize = handle_amd(cpu, L3_LINESIZE) as u64;

        // `int max_cpuid_ex`, compared with an `unsigned int` constant.
        let max_cpuid_ex = cpu.cpuid(0x8000_0000, 0).eax;

        if shared <= 0 {
            // No shared L3: all we have is the L2.
            shared = core;
            shared_per_thread = core;
        } else {
            // Number of logical threads sharing the L3.
            if max_cpuid_ex >= 0x8000_0008 {
                // Width of the APIC ID.
                let ecx = cpu.cpuid(0x8000_0008, 0).ecx;
                threads = 1u32 << ((ecx >> 12) & 0x0f);
            }
            if threads == 0 || cf.basic.family >= 0x17 {
                // Logical processor count from leaf 1.
                let r = cpu.cpuid(1, 0);
                if r.edx & (1 << 28) != 0 {
                    threads = (r.ebx >> 16) & 0xff;
                }
            }
            // Cap the highest cache level to the number of threads.
            if threads > 0 {
                shared_per_thread /= i64::from(threads);
            }
            if cf.basic.family >= 0x17 {
                // Zen: L3 per CCX, from the threads sharing the L3 (0x8000001D
                // subleaf 3).
                let eax = cpu.cpuid(0x8000_001d, 0x3).eax;
                let threads_per_ccx = ((eax >> 14) & 0xfff) + 1;
                shared_per_thread = shared_per_thread.wrapping_mul(i64::from(threads_per_ccx));
            } else {
                // Exclusive L2 and L3 caches.
                shared = shared.wrapping_add(core);
                shared_per_thread = shared_per_thread.wrapping_add(core);
            }
        }
    }

    cf.level1_icache_size = l1i_size;
    cf.level1_icache_linesize = l1i_linesize;
    cf.level1_dcache_size = l1d_size;
    cf.level1_dcache_assoc = l1d_assoc;
    cf.level1_dcache_linesize = l1d_linesize;
    cf.level2_cache_size = l2_size;
    cf.level2_cache_assoc = l2_assoc;
    cf.level2_cache_linesize = l2_linesize;
    cf.level3_cache_size = l3_size;
    cf.level3_cache_assoc = l3_assoc;
    cf.level3_cache_linesize = l3_linesize;
    cf.level4_cache_size = l4_size;

    // Non-temporal threshold (Debian backport of the glibc 2.38 formula):
    // 1/4 of the shared cache, at least 3/4 of the per-thread share; only the
    // per-thread bound without ERMS; clamped to [0x4040, SIZE_MAX >> 4].
    let mut non_temporal_threshold = (shared / 4) as u64;
    let non_temporal_threshold_lowbound = (shared_per_thread.wrapping_mul(3) / 4) as u64;
    if non_temporal_threshold < non_temporal_threshold_lowbound {
        non_temporal_threshold = non_temporal_threshold_lowbound;
    }
    if !cf.usable_p(f::ERMS) {
        non_temporal_threshold = non_temporal_threshold_lowbound;
    }
    let maximum_non_temporal_threshold = u64::MAX >> 4;
    let minimum_non_temporal_threshold = 0x4040u64;
    if non_temporal_threshold < minimum_non_temporal_threshold {
        non_temporal_threshold = minimum_non_temporal_threshold;
    } else if non_temporal_threshold > maximum_non_temporal_threshold {
        non_temporal_threshold = maximum_non_temporal_threshold;
    }

    // REP MOVSB threshold: 4096 * (VEC_SIZE / 16) for 32/64-byte vectors,
    // 2048 for 16-byte ones; must exceed VEC_SIZE * 8. 2112 with FSRM.
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

    // Tunables (TUNABLE_GET returns the value as `long int`).
    let tunable_size = tun.data.value as i64;
    if tunable_size != 0 {
        data = tunable_size;
    }
    let tunable_size = tun.shared.value as i64;
    if tunable_size != 0 {
        shared = tunable_size;
    }
    let tunable_size = tun.non_temporal.value;
    if tunable_size > minimum_non_temporal_threshold
        && tunable_size <= maximum_non_temporal_threshold
    {
        non_temporal_threshold = tunable_size;
    }
    let tunable_size = tun.rep_movsb.value;
    if tunable_size > minimum_rep_movsb_threshold {
        rep_movsb_threshold = tunable_size;
    }
    // Default 2048, minimum 1, fixed.
    let rep_stosb_threshold = tun.rep_stosb.value;

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
    tun.rep_stosb
        .update(rep_stosb_threshold, Some(1), Some(u64::MAX));

    // ERMS is slow above the L2 size on AMD Zen 3: stop REP MOVSB there;
    // elsewhere at the non-temporal threshold.
    let rep_movsb_stop_threshold = if kind == ARCH_KIND_AMD {
        core as u64
    } else {
        non_temporal_threshold
    };

    cf.data_cache_size = data as u64;
    cf.shared_cache_size = shared as u64;
    cf.non_temporal_threshold = non_temporal_threshold;
    cf.rep_movsb_threshold = rep_movsb_threshold;
    cf.rep_stosb_threshold = rep_stosb_threshold;
    cf.rep_movsb_stop_threshold = rep_movsb_stop_threshold;
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use std::ffi::CStr;
    use std::format;
    use std::os::raw::{c_char, c_ulong, c_void};
    use std::string::{String, ToString};
    use std::vec::Vec;

    extern "C" {
        fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
        fn getauxval(ty: c_ulong) -> c_ulong;
    }

    const AT_PLATFORM: c_ulong = 15;
    const AT_MINSIGSTKSZ: c_ulong = 51;

    // Offsets in glibc 2.36's `struct rtld_global_ro` (x86-64).
    const RO_DL_PLATFORM: usize = 8;
    const RO_DL_MINSIGSTACKSIZE: usize = 32;
    const RO_DL_HWCAP: usize = 96;

    // `tunable_id_t` values of this ld.so build (docs/glibc-2.36.md §7.1).
    const TUNABLE_ID_DATA_CACHE_SIZE: u32 = 29;
    const TUNABLE_ID_SHARED_CACHE_SIZE: u32 = 4;
    const TUNABLE_ID_NON_TEMPORAL_THRESHOLD: u32 = 16;
    const TUNABLE_ID_REP_MOVSB_THRESHOLD: u32 = 10;
    const TUNABLE_ID_REP_STOSB_THRESHOLD: u32 = 15;
    const TUNABLE_ID_HWCAP_MASK: u32 = 20;

    type TunableGetVal = unsafe extern "C" fn(u32, *mut c_void, *mut c_void);

    /// What glibc's ld.so computed for the current process.
    #[derive(Debug)]
    struct GlibcState {
        features: CpuFeatures,
        hwcap: u64,
        minsigstacksize: usize,
        platform: String,
        /// data, shared, non_temporal, rep_movsb, rep_stosb, hwcap_mask.
        tunables: [u64; 6],
    }

    fn sym(name: &CStr) -> *mut c_void {
        // SAFETY: RTLD_DEFAULT (NULL) lookup of a NUL-terminated name; dlsym is
        // thread-safe and only reads the loaded objects' symbol tables.
        unsafe { dlsym(core::ptr::null_mut(), name.as_ptr()) }
    }

    fn at_minsigstksz() -> Option<usize> {
        // SAFETY: getauxval has no preconditions.
        let v = unsafe { getauxval(AT_MINSIGSTKSZ) } as usize;
        if v == 0 {
            None
        } else {
            Some(v)
        }
    }

    fn at_platform() -> String {
        // SAFETY: getauxval has no preconditions.
        let p = unsafe { getauxval(AT_PLATFORM) } as *const c_char;
        if p.is_null() {
            return String::new();
        }
        // SAFETY: AT_PLATFORM points to a NUL-terminated string the kernel put on
        // the initial stack; it lives as long as the process.
        unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
    }

    impl GlibcState {
        fn from_this_process() -> GlibcState {
            let ro = sym(c"_rtld_global_ro") as *const u8;
            assert!(
                !ro.is_null(),
                "dlsym(_rtld_global_ro) failed: not running under glibc's ld.so?"
            );
            // SAFETY: `_rtld_global_ro` is glibc 2.36's 896-byte `struct
            // rtld_global_ro`; the offsets read below lie inside it and are
            // read unaligned-tolerant. CpuFeatures accepts any bit pattern.
            let (features, hwcap, minsig, platform_ptr) = unsafe {
                (
                    core::ptr::read_unaligned(
                        ro.add(RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET) as *const CpuFeatures
                    ),
                    core::ptr::read_unaligned(ro.add(RO_DL_HWCAP) as *const u64),
                    core::ptr::read_unaligned(ro.add(RO_DL_MINSIGSTACKSIZE) as *const usize),
                    core::ptr::read_unaligned(ro.add(RO_DL_PLATFORM) as *const *const c_char),
                )
            };
            let platform = if platform_ptr.is_null() {
                String::new()
            } else {
                // SAFETY: GLRO(dl_platform) is NULL or a NUL-terminated string
                // (AT_PLATFORM or a string literal in ld.so).
                unsafe { CStr::from_ptr(platform_ptr) }
                    .to_string_lossy()
                    .into_owned()
            };

            let get = sym(c"__tunable_get_val");
            assert!(!get.is_null(), "dlsym(__tunable_get_val) failed");
            // SAFETY: `__tunable_get_val(tunable_id_t, void *, tunable_callback_t)`
            // is ld.so's exported function with this C signature.
            let get: TunableGetVal = unsafe { core::mem::transmute(get) };
            let mut tunables = [0u64; 6];
            for (slot, id) in tunables.iter_mut().zip([
                TUNABLE_ID_DATA_CACHE_SIZE,
                TUNABLE_ID_SHARED_CACHE_SIZE,
                TUNABLE_ID_NON_TEMPORAL_THRESHOLD,
                TUNABLE_ID_REP_MOVSB_THRESHOLD,
                TUNABLE_ID_REP_STOSB_THRESHOLD,
                TUNABLE_ID_HWCAP_MASK,
            ]) {
                let mut v: u64 = 0;
                // SAFETY: all six are SIZE_T/UINT_64 tunables, so glibc writes 8
                // bytes to `v`; no callback is passed.
                unsafe { get(id, &mut v as *mut u64 as *mut c_void, core::ptr::null_mut()) };
                *slot = v;
            }
            GlibcState {
                features,
                hwcap,
                minsigstacksize: minsig,
                platform,
                tunables,
            }
        }

        fn to_line(&self) -> String {
            let hex: String = self
                .features
                .as_bytes()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let t: Vec<String> = self.tunables.iter().map(|v| format!("{v:x}")).collect();
            format!(
                "DRYAD_CPUFEAT_DUMP {hex} {:x} {:x} {} {}",
                self.hwcap,
                self.minsigstacksize,
                if self.platform.is_empty() {
                    "-"
                } else {
                    &self.platform
                },
                t.join(",")
            )
        }

        fn from_line(line: &str) -> GlibcState {
            let mut it = line.split_whitespace();
            assert_eq!(it.next(), Some("DRYAD_CPUFEAT_DUMP"));
            let hex = it.next().expect("hex");
            assert_eq!(hex.len(), 2 * CPU_FEATURES_SIZE);
            let mut bytes = [0u8; CPU_FEATURES_SIZE];
            for (i, b) in bytes.iter_mut().enumerate() {
                *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).expect("hex byte");
            }
            // SAFETY: CpuFeatures is plain integers, any 480 bytes are valid.
            let features: CpuFeatures =
                unsafe { core::ptr::read_unaligned(bytes.as_ptr() as *const CpuFeatures) };
            let hwcap = u64::from_str_radix(it.next().expect("hwcap"), 16).expect("hwcap");
            let minsig = usize::from_str_radix(it.next().expect("minsig"), 16).expect("minsig");
            let platform = match it.next().expect("platform") {
                "-" => String::new(),
                p => p.to_string(),
            };
            let mut tunables = [0u64; 6];
            for (slot, v) in tunables
                .iter_mut()
                .zip(it.next().expect("tunables").split(','))
            {
                *slot = u64::from_str_radix(v, 16).expect("tunable");
            }
            GlibcState {
                features,
                hwcap,
                minsigstacksize: minsig,
                platform,
                tunables,
            }
        }
    }

    /// `_dl_strtoul` for the well-formed values the tests use.
    fn strtoul(s: &str) -> u64 {
        if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
            u64::from_str_radix(h, 16).expect("hex")
        } else if s.len() > 1 && s.starts_with('0') {
            u64::from_str_radix(&s[1..], 8).expect("octal")
        } else {
            s.parse().expect("decimal")
        }
    }

    /// Minimal `GLIBC_TUNABLES` reader for the glibc.cpu.* tunables.
    fn parse_tunables(env: &str) -> CpuTunables<'_> {
        let mut t = CpuTunables::default();
        for item in env.split(':') {
            let Some((name, value)) = item.split_once('=') else {
                continue;
            };
            match name {
                "glibc.cpu.hwcaps" => t.hwcaps = Some(value.as_bytes()),
                "glibc.cpu.x86_non_temporal_threshold" => {
                    t.x86_non_temporal_threshold = Some(strtoul(value))
                }
                "glibc.cpu.x86_rep_movsb_threshold" => {
                    t.x86_rep_movsb_threshold = Some(strtoul(value))
                }
                "glibc.cpu.x86_rep_stosb_threshold" => {
                    t.x86_rep_stosb_threshold = Some(strtoul(value))
                }
                "glibc.cpu.x86_data_cache_size" => t.x86_data_cache_size = Some(strtoul(value)),
                "glibc.cpu.x86_shared_cache_size" => t.x86_shared_cache_size = Some(strtoul(value)),
                "glibc.cpu.hwcap_mask" => t.hwcap_mask = Some(strtoul(value)),
                _ => {}
            }
        }
        t
    }

    /// Leaf 1 EBX bits 31:24 are the initial APIC ID of the CPU that executed
    /// CPUID, which differs between the CPU ld.so ran on and ours.
    const LEAF1_EBX_APIC_MASK: u32 = 0x00ff_ffff;

    /// Field-by-field differences between glibc's struct and ours, with readable
    /// names; `leaf1_ebx_mask` hides the APIC ID when the two came from CPUID
    /// executed on different CPUs.
    fn diff_features(g: &CpuFeatures, o: &CpuFeatures, leaf1_ebx_mask: u32, bad: &mut Vec<String>) {
        let mut chk = |name: String, gv: u64, ov: u64| {
            if gv != ov {
                bad.push(format!("{name}: glibc {gv:#x}, ours {ov:#x}"));
            }
        };
        chk(
            "basic.kind".into(),
            g.basic.kind.into(),
            o.basic.kind.into(),
        );
        chk(
            "basic.max_cpuid".into(),
            g.basic.max_cpuid as u64,
            o.basic.max_cpuid as u64,
        );
        chk(
            "basic.family".into(),
            g.basic.family.into(),
            o.basic.family.into(),
        );
        chk(
            "basic.model".into(),
            g.basic.model.into(),
            o.basic.model.into(),
        );
        chk(
            "basic.stepping".into(),
            g.basic.stepping.into(),
            o.basic.stepping.into(),
        );
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
        ];
        for (i, idx) in IDX.iter().enumerate() {
            for (part, gr, or) in [
                ("cpuid", g.features[i].cpuid, o.features[i].cpuid),
                ("active", g.features[i].active, o.features[i].active),
            ] {
                let mask_ebx = if i == CPUID_INDEX_1 && part == "cpuid" {
                    leaf1_ebx_mask
                } else {
                    !0
                };
                chk(
                    format!("features[{idx}].{part}.eax"),
                    gr.eax.into(),
                    or.eax.into(),
                );
                chk(
                    format!("features[{idx}].{part}.ebx"),
                    (gr.ebx & mask_ebx).into(),
                    (or.ebx & mask_ebx).into(),
                );
                chk(
                    format!("features[{idx}].{part}.ecx"),
                    gr.ecx.into(),
                    or.ecx.into(),
                );
                chk(
                    format!("features[{idx}].{part}.edx"),
                    gr.edx.into(),
                    or.edx.into(),
                );
            }
        }
        chk(
            "preferred[0]".into(),
            g.preferred[0].into(),
            o.preferred[0].into(),
        );
        chk("isa_1".into(), g.isa_1.into(), o.isa_1.into());
        chk("hole@316".into(), g.hole_316.into(), o.hole_316.into());
        chk(
            "xsave_state_size".into(),
            g.xsave_state_size,
            o.xsave_state_size,
        );
        chk(
            "xsave_state_full_size".into(),
            g.xsave_state_full_size.into(),
            o.xsave_state_full_size.into(),
        );
        chk("hole@332".into(), g.hole_332.into(), o.hole_332.into());
        for (name, gv, ov) in [
            ("data_cache_size", g.data_cache_size, o.data_cache_size),
            (
                "shared_cache_size",
                g.shared_cache_size,
                o.shared_cache_size,
            ),
            (
                "non_temporal_threshold",
                g.non_temporal_threshold,
                o.non_temporal_threshold,
            ),
            (
                "rep_movsb_threshold",
                g.rep_movsb_threshold,
                o.rep_movsb_threshold,
            ),
            (
                "rep_movsb_stop_threshold",
                g.rep_movsb_stop_threshold,
                o.rep_movsb_stop_threshold,
            ),
            (
                "rep_stosb_threshold",
                g.rep_stosb_threshold,
                o.rep_stosb_threshold,
            ),
            (
                "level1_icache_size",
                g.level1_icache_size,
                o.level1_icache_size,
            ),
            (
                "level1_icache_linesize",
                g.level1_icache_linesize,
                o.level1_icache_linesize,
            ),
            (
                "level1_dcache_size",
                g.level1_dcache_size,
                o.level1_dcache_size,
            ),
            (
                "level1_dcache_assoc",
                g.level1_dcache_assoc,
                o.level1_dcache_assoc,
            ),
            (
                "level1_dcache_linesize",
                g.level1_dcache_linesize,
                o.level1_dcache_linesize,
            ),
            (
                "level2_cache_size",
                g.level2_cache_size,
                o.level2_cache_size,
            ),
            (
                "level2_cache_assoc",
                g.level2_cache_assoc,
                o.level2_cache_assoc,
            ),
            (
                "level2_cache_linesize",
                g.level2_cache_linesize,
                o.level2_cache_linesize,
            ),
            (
                "level3_cache_size",
                g.level3_cache_size,
                o.level3_cache_size,
            ),
            (
                "level3_cache_assoc",
                g.level3_cache_assoc,
                o.level3_cache_assoc,
            ),
            (
                "level3_cache_linesize",
                g.level3_cache_linesize,
                o.level3_cache_linesize,
            ),
            (
                "level4_cache_size",
                g.level4_cache_size,
                o.level4_cache_size,
            ),
        ] {
            chk(name.into(), gv, ov);
        }
        // Whole-struct byte comparison as a backstop.
        let mut gb = *g;
        let mut ob = *o;
        gb.features[CPUID_INDEX_1].cpuid.ebx &= leaf1_ebx_mask;
        ob.features[CPUID_INDEX_1].cpuid.ebx &= leaf1_ebx_mask;
        if gb.as_bytes() != ob.as_bytes() {
            bad.push("480-byte images differ".into());
        }
    }

    fn compare(what: &str, glibc: &GlibcState, ours: &CpuInit) {
        let mut bad: Vec<String> = Vec::new();
        diff_features(
            &glibc.features,
            &ours.features,
            LEAF1_EBX_APIC_MASK,
            &mut bad,
        );
        let mut chk = |name: String, gv: u64, ov: u64| {
            if gv != ov {
                bad.push(format!("{name}: glibc {gv:#x}, ours {ov:#x}"));
            }
        };
        chk("GLRO(dl_hwcap)".into(), glibc.hwcap, ours.hwcap);
        chk(
            "GLRO(dl_minsigstacksize)".into(),
            glibc.minsigstacksize as u64,
            ours.minsigstacksize as u64,
        );
        for (name, gv, ov) in [
            (
                "tunable x86_data_cache_size",
                glibc.tunables[0],
                ours.x86_data_cache_size.value,
            ),
            (
                "tunable x86_shared_cache_size",
                glibc.tunables[1],
                ours.x86_shared_cache_size.value,
            ),
            (
                "tunable x86_non_temporal_threshold",
                glibc.tunables[2],
                ours.x86_non_temporal_threshold.value,
            ),
            (
                "tunable x86_rep_movsb_threshold",
                glibc.tunables[3],
                ours.x86_rep_movsb_threshold.value,
            ),
            (
                "tunable x86_rep_stosb_threshold",
                glibc.tunables[4],
                ours.x86_rep_stosb_threshold.value,
            ),
            ("tunable hwcap_mask", glibc.tunables[5], ours.hwcap_mask),
        ] {
            chk(name.into(), gv, ov);
        }
        let our_platform = match ours.platform {
            Some(p) => String::from_utf8_lossy(p.strip_suffix(b"\0").unwrap_or(p)).into_owned(),
            None => at_platform(),
        };
        if glibc.platform != our_platform {
            bad.push(format!(
                "GLRO(dl_platform): glibc {:?}, ours {:?}",
                glibc.platform, our_platform
            ));
        }

        assert!(
            bad.is_empty(),
            "[{what}] mismatches vs glibc's ld.so:\n  {}",
            bad.join("\n  ")
        );
    }

    #[test]
    fn layout_matches_glibc() {
        assert_eq!(size_of::<CpuFeatures>(), 480);
        assert_eq!(CpuFeatures::zeroed().as_bytes(), &[0u8; 480]);
    }

    /// A CPUID table standing in for a CPU; missing leaves read as zeros.
    struct FakeCpu {
        leaves: Vec<(u32, u32, CpuidRegisters)>,
        xcr0: u64,
    }

    impl CpuidSource for FakeCpu {
        fn cpuid(&mut self, leaf: u32, subleaf: u32) -> CpuidRegisters {
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

    /// Parse a profile ("cpuid LEAF SUB EAX EBX ECX EDX", "xcr0", "minsig",
    /// "hwcaps", "tunable NAME VALUE"; all numbers hex).
    fn parse_profile(text: &'static str) -> (FakeCpu, Option<usize>, CpuTunables<'static>) {
        let mut cpu = FakeCpu {
            leaves: Vec::new(),
            xcr0: 0,
        };
        let mut minsig = None;
        let mut t = CpuTunables::default();
        for line in text.lines() {
            let w: Vec<&'static str> = line.split_whitespace().collect();
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
                ["minsig", v] => minsig = Some(hex_u64(v) as usize),
                ["hwcaps", v] => t.hwcaps = Some(v.as_bytes()),
                ["tunable", name, v] => {
                    let v = Some(hex_u64(v));
                    match *name {
                        "x86_data_cache_size" => t.x86_data_cache_size = v,
                        "x86_shared_cache_size" => t.x86_shared_cache_size = v,
                        "x86_non_temporal_threshold" => t.x86_non_temporal_threshold = v,
                        "x86_rep_movsb_threshold" => t.x86_rep_movsb_threshold = v,
                        "x86_rep_stosb_threshold" => t.x86_rep_stosb_threshold = v,
                        other => panic!("unknown tunable {other}"),
                    }
                }
                [] => {}
                other => panic!("bad profile line {other:?}"),
            }
        }
        (cpu, minsig, t)
    }

    /// Every vendor path (Intel leaf 2 and leaf 4 decoding, family/model quirks,
    /// TSX, Xeon Phi, hybrid/AMX/Key Locker; AMD Zen, pre-Zen and Hygon; both
    /// Zhaoxin vendor strings; other vendors; tunables and hwcaps) against the
    /// results of glibc's own code on the same CPUID tables.
    #[test]
    fn matches_glibc_code_on_synthetic_cpus() {
        let mut failures = Vec::new();
        for &(name, profile, expected) in PROFILES {
            let (mut cpu, minsig, tunables) = parse_profile(profile);
            let ours = init_cpu_features_with(&mut cpu, minsig, &tunables);

            let mut bytes = [0u8; CPU_FEATURES_SIZE];
            let mut lines = Vec::new();
            for line in expected.lines() {
                let Some(words) = line.strip_prefix("features ") else {
                    lines.push(line);
                    continue;
                };
                for word in words.split_whitespace() {
                    let (off, val) = word.split_once('=').expect("offset=value");
                    let off: usize = off.parse().expect("offset");
                    let val = hex_u64(val) as u32;
                    bytes[off..off + 4].copy_from_slice(&val.to_le_bytes());
                }
            }
            // SAFETY: CpuFeatures is plain integers; any 480 bytes are valid.
            let glibc: CpuFeatures =
                unsafe { core::ptr::read_unaligned(bytes.as_ptr() as *const CpuFeatures) };

            let mut bad = Vec::new();
            diff_features(&glibc, &ours.features, !0, &mut bad);
            let platform = match ours.platform {
                Some(p) => String::from_utf8_lossy(p.strip_suffix(b"\0").unwrap_or(p)).into_owned(),
                None => "-".to_string(),
            };
            let tv = |t: &TunableValue| {
                format!(
                    "tunable {:x} {:x} {:x} {}",
                    t.value,
                    t.min,
                    t.max,
                    u8::from(t.initialized)
                )
            };
            let ours_lines = [
                format!("hwcap {:x}", ours.hwcap),
                format!("platform {platform}"),
                format!("minsig {:x}", ours.minsigstacksize),
                tv(&ours.x86_data_cache_size),
                tv(&ours.x86_shared_cache_size),
                tv(&ours.x86_non_temporal_threshold),
                tv(&ours.x86_rep_movsb_threshold),
                tv(&ours.x86_rep_stosb_threshold),
            ];
            assert_eq!(lines.len(), ours_lines.len(), "{name}: expected lines");
            for (g, o) in lines.iter().zip(ours_lines.iter()) {
                if g != o {
                    bad.push(format!("glibc `{g}`, ours `{o}`"));
                }
            }
            if !bad.is_empty() {
                failures.push(format!("[{name}]\n    {}", bad.join("\n    ")));
            }
        }
        assert!(
            failures.is_empty(),
            "mismatches vs glibc's code:\n{}",
            failures.join("\n")
        );
    }

    /// (name, CPUID profile, glibc's result; `features` lists the non-zero 32-bit
    /// words of the struct as `byte_offset=hex`). Generated by compiling the Debian
    /// glibc 2.36-9+deb12u14 `sysdeps/x86/cpu-features.c`, `dl-cacheinfo.h` and
    /// `cpu-tunables.c` unmodified except for a fake `__cpuid`/`__cpuid_count`/
    /// `xgetbv` and stub tunables/GLRO, then running it on each profile.
    const PROFILES: &[(&str, &str, &str)] = &[
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
             features 48=17888110 56=129 72=128 92=210961 96=28100800 108=210961 112=8000000 116=1 132=1\n\
             features 180=3030 188=4003 308=ca 312=7 320=400 328=400 336=8000 344=100000 352=c0000 360=800\n\
             features 368=100000 376=800 384=18000 392=40 400=8000 408=4 416=40 424=100000 432=10 440=40\n\
             features 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 5c4\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 100000 0 ffffffffffffffff 1\n\
             tunable c0000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             hwcaps -XSAVE\n\
            ",
            "\
             features 0=2 4=d 8=15 12=65 16=1 20=660f51 24=40800 28=7ed8320b 32=178bfbff 44=4ad82203\n\
             features 48=17888110 56=129 72=108 92=210961 96=28100800 108=200161 112=8000000 116=1 132=1\n\
             features 180=3030 188=4003 308=ca 312=7 328=400 336=8000 344=100000 352=c0000 360=800 368=100000\n\
             features 376=800 384=18000 392=40 400=8000 408=4 416=40 424=100000 432=10 440=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 5c4\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 100000 0 ffffffffffffffff 1\n\
             tunable c0000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=129 72=108 92=210961 96=28100800 108=200161 112=8000000 116=1 132=1\n\
             features 180=3030 188=4003 308=ca 312=3 320=400 328=400 336=8000 344=100000 352=c0000 360=800\n\
             features 368=100000 376=800 384=18000 392=40 400=8000 408=4 416=40 424=100000 432=10 440=40\n\
             features 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 5c4\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 100000 0 ffffffffffffffff 1\n\
             tunable c0000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 56=219c01a9 60=400000 72=218c0128 76=400000 92=c001e7 96=2e500800 108=161 112=8000000\n\
             features 116=f 132=7 160=100 180=3030 184=1201 188=700f 200=200 308=2c0 312=7 320=380 328=380\n\
             features 336=8000 344=1000000 352=600000 360=2000 368=80000 376=800 384=8000 392=40 400=8000\n\
             features 408=8000 416=40 424=80000 432=60 440=40 448=1000000 456=40 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1000000 0 ffffffffffffffff 1\n\
             tunable 600000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 56=219c01a9 60=400000 72=218c0128 76=400000 92=c001e7 96=2e500800 108=161 112=8000000\n\
             features 116=f 132=7 160=100 180=3030 184=1201 188=700f 200=200 308=2c0 312=7 320=380 328=380\n\
             features 336=8000 344=1000000 352=600000 360=2000 368=80000 376=800 384=8000 392=40 400=8000\n\
             features 408=2 416=40 424=80000 432=80 440=40 448=1000000 456=30 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1000000 0 ffffffffffffffff 1\n\
             tunable 600000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 56=129 72=128 92=210961 96=28100800 108=210961 112=8000000 116=1 132=1 180=3030\n\
             features 188=4003 308=2c0 312=7 320=400 328=400 336=8000 344=900000 352=120000 360=2000\n\
             features 368=100000 376=800 384=18000 392=40 400=8000 408=4 416=40 424=100000 432=4000 440=40\n\
             features 448=800000 456=20 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 5c4\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 900000 0 ffffffffffffffff 1\n\
             tunable 120000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 56=219c01a9 60=400000 72=218c0128 76=400000 92=c001e7 96=2e500800 108=161 112=8000000\n\
             features 116=f 132=7 160=100 180=3030 184=1201 188=700f 200=200 308=2c0 312=7 320=380 328=380\n\
             features 336=8000 344=1000000 352=600000 360=2000 368=80000 376=800 384=8000 392=40 400=8000\n\
             features 408=8 416=40 424=80000 432=8 440=40 448=1000000 456=10 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1000000 0 ffffffffffffffff 1\n\
             tunable 600000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             hwcaps Prefer_No_VZEROUPPER,-SSE4_1,Slow_SSE4_2,-SSE4_2,Slow_SSE4_2\n\
             tunable x86_rep_stosb_threshold 10\n\
             tunable x86_rep_movsb_threshold 80\n\
             tunable x86_non_temporal_threshold 100000\n\
            ",
            "\
             features 0=2 4=10 8=17 12=31 20=830f10 24=100800 28=7ff8320b 32=178bfbff 44=7ec03203 48=17888110\n\
             features 56=219c01a9 60=400000 72=218c0128 76=400000 92=c001e7 96=2e500800 108=161 112=8000000\n\
             features 116=f 132=7 160=100 180=3030 184=1201 188=700f 200=200 308=7c0 312=7 320=380 328=380\n\
             features 336=8000 344=1000000 352=100000 360=2000 368=80000 376=10 384=8000 392=40 400=8000\n\
             features 408=8 416=40 424=80000 432=8 440=40 448=1000000 456=10 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1000000 0 ffffffffffffffff 1\n\
             tunable 100000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 10 1 ffffffffffffffff 1\n\
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
             features 0=2 4=d 8=18 12=1 16=1 20=900f11 24=200800 28=7ed83203 32=178bfbff 44=7ed83203\n\
             features 48=17888110 56=329 72=328 92=210961 96=28100800 108=210961 112=8000000 116=1 132=1\n\
             features 180=3030 308=2c0 312=7 320=400 328=400 336=8000 344=800000 352=300000 360=2000\n\
             features 368=80000 376=800 384=18000 392=40 400=8000 408=4 416=40 424=80000 432=8 440=40\n\
             features 448=800000 456=20000 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 5c4\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 800000 0 ffffffffffffffff 1\n\
             tunable 300000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=9c0fb9 64=400 72=8c0b38 92=121 96=2c100800 108=121 112=8000000 116=f\n\
             features 132=7 308=16c4 312=7 320=3c0 328=480 336=c000 344=1f40000 352=7d0000 360=2000\n\
             features 368=7d0000 376=800 384=8000 392=40 400=c000 408=c 416=40 424=140000 432=a 440=40\n\
             features 448=1e00000 456=c 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 644\n\
             tunable c000 0 ffffffffffffffff 1\n\
             tunable 1f40000 0 ffffffffffffffff 1\n\
             tunable 7d0000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=d39f4fb9 60=18 64=ac000400 72=d18f0b38 76=18 92=121 96=2c100800 108=121\n\
             features 112=8000000 116=f 132=7 160=100 180=302e 276=1 280=f 284=7 308=16f9 312=f 320=a00\n\
             features 328=b00 336=8000 344=1c80000 352=720000 360=2000 368=720000 376=800 384=8000 392=40\n\
             features 400=8000 408=8 416=40 424=100000 432=10 440=40 448=1b80000 456=b 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 6\n\
             platform haswell\n\
             minsig c8c\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1c80000 0 ffffffffffffffff 1\n\
             tunable 720000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 0=1 4=d 8=6 12=17 16=6 20=10676 24=20800 28=c082201 32=178bfbff 44=c082201 48=17888110\n\
             features 92=1 96=20100800 108=1 180=3024 308=10c0 312=1 320=280 328=280 336=8000 344=400000\n\
             features 352=180000 360=800 368=180000 376=800 384=8000 392=40 400=8000 408=8 416=40 424=400000\n\
             features 432=10 440=40\n\
             hwcap 2\n\
             platform -\n\
             minsig 444\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 400000 0 ffffffffffffffff 1\n\
             tunable 180000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 180=3027 308=12f9 312=7 320=380 328=380 336=8000 344=800000 352=200000 360=2000\n\
             features 368=200000 376=800 384=8000 392=40 400=8000 408=8 416=40 424=40000 432=8 440=40\n\
             features 448=800000 456=10 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 800000 0 ffffffffffffffff 1\n\
             tunable 200000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             hwcaps -XSAVE,-FMA,,-,junk\n\
            ",
            "\
             features 0=1 4=d 8=6 12=3c 16=3 20=306c3 24=100800 28=7edab223 32=bfeffbff 44=4ad82203\n\
             features 48=17888110 56=2fb9 64=400 72=318 92=121 96=2c100800 108=121 112=8000000 116=1 132=1\n\
             features 180=3027 308=12f9 312=7 328=380 336=8000 344=800000 352=200000 360=2000 368=200000\n\
             features 376=800 384=8000 392=40 400=8000 408=8 416=40 424=40000 432=8 440=40 448=800000 456=10\n\
             features 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 800000 0 ffffffffffffffff 1\n\
             tunable 200000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=9c0fb9 64=400 72=8c0338 92=121 96=2c100800 108=121 112=8000000 116=f\n\
             features 132=7 308=12f9 312=7 320=3c0 328=480 336=c000 344=1f40000 352=7d0000 360=2000\n\
             features 368=7d0000 376=800 384=8000 392=40 400=c000 408=c 416=40 424=140000 432=a 440=40\n\
             features 448=1e00000 456=c 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 644\n\
             tunable c000 0 ffffffffffffffff 1\n\
             tunable 1f40000 0 ffffffffffffffff 1\n\
             tunable 7d0000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 180=3027 308=10f9 312=3 320=380 328=380 336=8000 344=800000 352=200000 360=800\n\
             features 368=200000 376=800 384=8000 392=40 400=8000 408=8 416=40 424=40000 432=8 440=40\n\
             features 448=800000 456=10 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 800000 0 ffffffffffffffff 1\n\
             tunable 200000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810\n\
             features 92=121 96=2c100800 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10\n\
             features 228=1c10 244=7 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 308=82f9 312=7 320=380\n\
             features 328=2b40 336=c000 344=1f40000 352=7d0000 360=840 368=7d0000 376=800 384=8000 392=40\n\
             features 400=c000 408=c 416=40 424=140000 432=a 440=40 448=1e00000 456=c 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 2d04\n\
             tunable c000 0 ffffffffffffffff 1\n\
             tunable 1f40000 0 ffffffffffffffff 1\n\
             tunable 7d0000 4040 fffffffffffffff 1\n\
             tunable 840 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=14810\n\
             features 92=121 96=2c100800 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10\n\
             features 228=1c10 244=7 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 308=82f9 312=7 320=380\n\
             features 328=2b40 336=c000 344=1f40000 352=7d0000 360=840 368=7d0000 376=800 384=8000 392=40\n\
             features 400=c000 408=c 416=40 424=140000 432=a 440=40 448=1e00000 456=c 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 2000\n\
             tunable c000 0 ffffffffffffffff 1\n\
             tunable 1f40000 0 ffffffffffffffff 1\n\
             tunable 7d0000 4040 fffffffffffffff 1\n\
             tunable 840 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=9c0fb9 64=400 72=8c0328 80=800 92=121 96=2c100800 108=121 112=8000000\n\
             features 116=f 132=7 308=12f9 312=7 320=3c0 328=480 336=c000 344=1f40000 352=7d0000 360=2000\n\
             features 368=7d0000 376=800 384=8000 392=40 400=c000 408=c 416=40 424=140000 432=a 440=40\n\
             features 448=1e00000 456=c 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 644\n\
             tunable c000 0 ffffffffffffffff 1\n\
             tunable 1f40000 0 ffffffffffffffff 1\n\
             tunable 7d0000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=1c0d07a9 72=1c0d0328 92=121 96=2c100800 108=121 112=8000000 116=1 132=1\n\
             features 308=7f8 312=7 320=ac0 328=ac0 336=8000 344=100000 352=40000 360=4000 368=40000 376=800\n\
             features 384=8000 392=40 400=8000 408=8 416=40 424=100000 432=10 440=40 448=ffffffff\n\
             features 452=ffffffff 456=ffffffff 460=ffffffff 464=ffffffff 468=ffffffff 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform xeon_phi\n\
             minsig c84\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 100000 0 ffffffffffffffff 1\n\
             tunable 40000 4040 fffffffffffffff 1\n\
             tunable 4000 200 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 0=1 4=d 8=6 12=17 16=6 20=10676 24=20800 28=c082201 32=178bfbff 44=c082201 48=17888110\n\
             features 92=1 96=20100800 108=1 180=3024 308=10c0 312=1 320=280 328=280 336=8000 344=ffffffff\n\
             features 348=ffffffff 352=4040 360=800 368=4040 376=800 384=8000 392=40 400=8000 408=8 416=40\n\
             features 424=ffffffff 428=ffffffff 432=ffffffff 436=ffffffff 440=ffffffff 444=ffffffff\n\
             features 448=ffffffff 452=ffffffff 456=ffffffff 460=ffffffff 464=ffffffff 468=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 444\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable ffffffffffffffff 0 ffffffffffffffff 1\n\
             tunable 4040 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=9c0fb9 64=400 72=8c0328 80=800 92=121 96=2c100800 108=121 112=8000000\n\
             features 116=f 132=7 308=12f9 312=7 320=3c0 328=480 336=c000 344=1f40000 352=7d0000 360=2000\n\
             features 368=7d0000 376=800 384=8000 392=40 400=c000 408=c 416=40 424=140000 432=a 440=40\n\
             features 448=1e00000 456=c 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 644\n\
             tunable c000 0 ffffffffffffffff 1\n\
             tunable 1f40000 0 ffffffffffffffff 1\n\
             tunable 7d0000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 0=1 4=1 8=6 12=17 16=6 20=10676 24=20800 28=c082201 32=178bfbff 44=c082201 48=17888110\n\
             features 92=1 96=20100800 108=1 180=3024 308=10c0 312=1 336=ffffffff 340=ffffffff 344=ffffffff\n\
             features 348=ffffffff 352=4040 360=800 368=4040 376=800 384=ffffffff 388=ffffffff 392=ffffffff\n\
             features 396=ffffffff 400=ffffffff 404=ffffffff 408=ffffffff 412=ffffffff 416=ffffffff\n\
             features 420=ffffffff 424=ffffffff 428=ffffffff 432=ffffffff 436=ffffffff 440=ffffffff\n\
             features 444=ffffffff 448=ffffffff 452=ffffffff 456=ffffffff 460=ffffffff 464=ffffffff\n\
             features 468=ffffffff 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 800\n\
             tunable ffffffffffffffff 0 ffffffffffffffff 1\n\
             tunable ffffffffffffffff 0 ffffffffffffffff 1\n\
             tunable 4040 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 52=2 56=239c0fa9 60=1ac007b0 64=351cc10 72=218c0328 76=1ac00738 80=3414810\n\
             features 92=121 96=2c100800 108=121 112=8000000 116=f 132=7 180=3027 184=200 200=200 212=401c10\n\
             features 228=1c10 244=7 248=15 252=3 264=5 276=1 280=1f 284=7 296=10 308=82f9 312=7 320=380\n\
             features 328=2b40 336=c000 344=1f40000 352=7d0000 360=840 368=7d0000 376=800 384=8000 392=40\n\
             features 400=c000 408=c 416=40 424=140000 432=a 440=40 448=1e00000 456=c 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 2d04\n\
             tunable c000 0 ffffffffffffffff 1\n\
             tunable 1f40000 0 ffffffffffffffff 1\n\
             tunable 7d0000 4040 fffffffffffffff 1\n\
             tunable 840 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 0=1 4=d 8=6 12=f 16=b 20=6fb 24=40800 28=82201 32=178bfbff 44=82201 48=17888110 92=1\n\
             features 96=20100800 108=1 180=3024 308=10c0 312=1 336=8000 344=80000 352=18000 360=800\n\
             features 368=18000 376=800 384=8000 392=40 400=8000 408=8 416=40 424=600000 432=18 440=40\n\
             features 448=80000 456=4 464=40\n\
             hwcap 2\n\
             platform -\n\
             minsig 800\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 80000 0 ffffffffffffffff 1\n\
             tunable 18000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=9c0fb9 64=400 72=8c0b38 92=121 96=2c100800 108=121 112=8000000 116=f\n\
             features 132=7 308=16f9 312=7 320=3c0 328=480 336=c000 344=1f40000 352=7d0000 360=2000\n\
             features 368=7d0000 376=800 384=8000 392=40 400=c000 408=c 416=40 424=140000 432=a 440=40\n\
             features 448=1e00000 456=c 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 644\n\
             tunable c000 0 ffffffffffffffff 1\n\
             tunable 1f40000 0 ffffffffffffffff 1\n\
             tunable 7d0000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 0=1 4=2 8=f 12=6 16=5 20=f65 24=20800 28=2009 32=178bfbff 44=2001 48=17888110 92=1\n\
             features 96=20100000 108=1 308=10c0 312=1 336=4000 344=400000 352=180000 360=800 368=180000\n\
             features 376=800 400=4000 408=8 416=40 424=400000 432=10 440=40 448=400000 456=10 464=40\n\
             hwcap 2\n\
             platform -\n\
             minsig 800\n\
             tunable 4000 0 ffffffffffffffff 1\n\
             tunable 400000 0 ffffffffffffffff 1\n\
             tunable 180000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 92=101 96=28100800 108=101 112=8000000 308=11f8 312=3 336=6000 344=80000\n\
             features 352=30000 360=800 368=30000 376=800 384=8000 392=40 400=6000 408=6 416=40 424=80000\n\
             features 432=8 440=40 448=ffffffff 452=ffffffff 456=ffffffff 460=ffffffff 464=ffffffff\n\
             features 468=ffffffff 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 800\n\
             tunable 6000 0 ffffffffffffffff 1\n\
             tunable 80000 0 ffffffffffffffff 1\n\
             tunable 30000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=d39f4fb9 60=18 64=ac000400 72=d18f0328 76=18 80=800 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 160=100 180=302e 276=1 280=f 284=7 308=12f9 312=f\n\
             features 320=a00 328=b00 336=8000 344=1c80000 352=720000 360=2000 368=720000 376=800 384=8000\n\
             features 392=40 400=8000 408=8 416=40 424=100000 432=10 440=40 448=1b80000 456=b 464=40\n\
             features 472=ffffffff 476=ffffffff\n\
             hwcap 6\n\
             platform haswell\n\
             minsig c8c\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1c80000 0 ffffffffffffffff 1\n\
             tunable 720000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             hwcaps -AVX512F,-AVX2,-Prefer_No_AVX512,-ERMS\n\
            ",
            "\
             features 0=1 4=16 8=6 12=55 16=4 20=50654 24=3400800 28=7ffab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=d39f4fb9 60=18 64=ac000400 72=d18e0108 76=18 80=800 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 160=100 180=302e 276=1 280=f 284=7 308=2f9 312=f\n\
             features 320=a00 328=b00 336=8000 344=1c80000 352=720000 360=2000 368=720000 376=800 384=8000\n\
             features 392=40 400=8000 408=8 416=40 424=100000 432=10 440=40 448=1b80000 456=b 464=40\n\
             features 472=ffffffff 476=ffffffff\n\
             hwcap 6\n\
             platform -\n\
             minsig c8c\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1c80000 0 ffffffffffffffff 1\n\
             tunable 720000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=d39f4db9 60=18 64=ac000400 72=d18f0128 76=18 80=800 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 160=100 180=302e 276=1 280=f 284=7 308=12f9 312=f\n\
             features 320=a00 328=b00 336=8000 344=1c80000 352=e4000 360=2000 368=e4000 376=800 384=8000\n\
             features 392=40 400=8000 408=8 416=40 424=100000 432=10 440=40 448=1b80000 456=b 464=40\n\
             features 472=ffffffff 476=ffffffff\n\
             hwcap 6\n\
             platform haswell\n\
             minsig c8c\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1c80000 0 ffffffffffffffff 1\n\
             tunable e4000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             hwcaps -XSAVEC,Prefer_No_AVX512,-AVX512VL,MathVec_Prefer_No_AVX512,-Slow_BSF,Slow_BSF\n\
             tunable x86_rep_movsb_threshold 1000\n\
             tunable x86_non_temporal_threshold 4041\n\
             tunable x86_shared_cache_size 100000\n\
             tunable x86_data_cache_size 4000\n\
            ",
            "\
             features 0=1 4=16 8=6 12=55 16=4 20=50654 24=3400800 28=7ffab223 32=bfeffbff 44=7ed83203\n\
             features 48=17888110 56=d39f4fb9 60=18 64=ac000400 72=518f0328 76=18 80=800 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=5 160=100 180=302e 276=1 280=f 284=7 308=32fd 312=f\n\
             features 320=b00 328=b00 336=4000 344=100000 352=4041 360=1000 368=4041 376=800 384=8000 392=40\n\
             features 400=8000 408=8 416=40 424=100000 432=10 440=40 448=1b80000 456=b 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 1000\n\
             tunable 4000 0 ffffffffffffffff 1\n\
             tunable 100000 0 ffffffffffffffff 1\n\
             tunable 4041 4040 fffffffffffffff 1\n\
             tunable 1000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=9c0fb9 64=400 72=8c0328 80=800 92=121 96=2c100800 108=121 112=8000000\n\
             features 116=f 132=7 308=12f9 312=7 320=3c0 328=480 336=c000 344=1f40000 352=7d0000 360=2000\n\
             features 368=7d0000 376=800 384=8000 392=40 400=c000 408=c 416=40 424=140000 432=a 440=40\n\
             features 448=1e00000 456=c 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 644\n\
             tunable c000 0 ffffffffffffffff 1\n\
             tunable 1f40000 0 ffffffffffffffff 1\n\
             tunable 7d0000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=9c0fb9 64=400 72=8c0b38 92=121 96=2c100800 108=121 112=8000000 116=f\n\
             features 132=7 308=17f9 312=7 320=3c0 328=480 336=c000 344=1f40000 352=7d0000 360=2000\n\
             features 368=7d0000 376=800 384=8000 392=40 400=c000 408=c 416=40 424=140000 432=a 440=40\n\
             features 448=1e00000 456=c 464=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform haswell\n\
             minsig 644\n\
             tunable c000 0 ffffffffffffffff 1\n\
             tunable 1f40000 0 ffffffffffffffff 1\n\
             tunable 7d0000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 48=17888110 56=d39f4fb9 60=18 64=ac000400 72=d18f0328 76=18 80=800 92=121 96=2c100800\n\
             features 108=121 112=8000000 116=f 132=7 160=100 180=302e 276=1 280=f 284=7 308=12f9 312=f\n\
             features 320=a40 328=b00 336=8000 344=1c80000 352=720000 360=2000 368=720000 376=800 384=8000\n\
             features 392=40 400=8000 408=8 416=40 424=100000 432=10 440=40 448=1b80000 456=b 464=40\n\
             features 472=ffffffff 476=ffffffff\n\
             hwcap 6\n\
             platform haswell\n\
             minsig c8c\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1c80000 0 ffffffffffffffff 1\n\
             tunable 720000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 0=4 4=d 56=329 64=10 72=308 80=10 336=ffffffff 340=ffffffff 344=ffffffff 348=ffffffff\n\
             features 352=4040 360=840 368=4040 376=800 384=ffffffff 388=ffffffff 392=ffffffff 396=ffffffff\n\
             features 400=ffffffff 404=ffffffff 408=ffffffff 412=ffffffff 416=ffffffff 420=ffffffff\n\
             features 424=ffffffff 428=ffffffff 432=ffffffff 436=ffffffff 440=ffffffff 444=ffffffff\n\
             features 448=ffffffff 452=ffffffff 456=ffffffff 460=ffffffff 464=ffffffff 468=ffffffff\n\
             features 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 800\n\
             tunable ffffffffffffffff 0 ffffffffffffffff 1\n\
             tunable ffffffffffffffff 0 ffffffffffffffff 1\n\
             tunable 4040 4040 fffffffffffffff 1\n\
             tunable 840 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             hwcaps Prefer_No_VZEROUPPER,Slow_SSE4_2,Fast_Rep_String\n\
             tunable x86_data_cache_size 8000\n\
             tunable x86_shared_cache_size 100000\n\
            ",
            "\
             features 0=4 4=d 56=329 64=10 72=308 80=10 308=1 336=8000 344=100000 352=4040 360=840 368=4040\n\
             features 376=800 384=ffffffff 388=ffffffff 392=ffffffff 396=ffffffff 400=ffffffff 404=ffffffff\n\
             features 408=ffffffff 412=ffffffff 416=ffffffff 420=ffffffff 424=ffffffff 428=ffffffff\n\
             features 432=ffffffff 436=ffffffff 440=ffffffff 444=ffffffff 448=ffffffff 452=ffffffff\n\
             features 456=ffffffff 460=ffffffff 464=ffffffff 468=ffffffff 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 800\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 100000 0 ffffffffffffffff 1\n\
             tunable 4040 4040 fffffffffffffff 1\n\
             tunable 840 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 0=3 4=d 8=6 12=f 20=6f2 24=80800 28=7ed83203 32=178bfbff 44=6ed83203 48=17888110 56=329\n\
             features 72=308 92=121 96=28100800 108=121 112=8000000 116=1 132=1 308=1c0 312=7 320=380 328=380\n\
             features 336=8000 344=1400000 352=500000 360=800 368=500000 376=800 384=8000 392=40 400=8000\n\
             features 408=8 416=40 424=400000 432=10 440=40 448=1000000 456=10 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1400000 0 ffffffffffffffff 1\n\
             tunable 500000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 0=3 4=d 8=6 12=f 20=6f2 24=80800 28=7ed83203 32=178bfbff 44=6ed83203 48=17888110 56=129\n\
             features 72=108 92=121 96=28100800 108=121 112=8000000 116=1 132=1 308=1c0 312=7 320=380 328=380\n\
             features 336=8000 344=1400000 352=240000 360=800 368=240000 376=800 384=8000 392=40 400=8000\n\
             features 408=8 416=40 424=400000 432=10 440=40 448=1000000 456=10 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1400000 0 ffffffffffffffff 1\n\
             tunable 240000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 0=3 4=d 8=6 12=f 20=6f2 24=80800 28=7ed83203 32=178bfbff 44=6ed83203 48=17888110 56=329\n\
             features 72=308 92=121 96=28100800 108=121 112=8000000 116=1 132=1 308=1c0 312=7 320=380 328=380\n\
             features 336=8000 344=400000 352=180000 360=800 368=180000 376=800 384=8000 392=40 400=8000\n\
             features 408=8 416=40 424=400000 432=10 440=40 472=ffffffff 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 400000 0 ffffffffffffffff 1\n\
             tunable 180000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 56=329 72=328 92=121 96=28100800 108=121 112=8000000 116=1 132=1 308=2c0 312=7 320=380\n\
             features 328=380 336=8000 344=1400000 352=500000 360=2000 368=500000 376=800 384=8000 392=40\n\
             features 400=8000 408=8 416=40 424=400000 432=10 440=40 448=1000000 456=10 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1400000 0 ffffffffffffffff 1\n\
             tunable 500000 4040 fffffffffffffff 1\n\
             tunable 2000 100 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 56=329 72=308 92=121 96=28100800 108=121 112=8000000 116=1 132=1 308=1c0 312=7 320=380\n\
             features 328=380 336=8000 344=1400000 352=500000 360=800 368=500000 376=800 384=8000 392=40\n\
             features 400=8000 408=8 416=40 424=400000 432=10 440=40 448=1000000 456=10 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1400000 0 ffffffffffffffff 1\n\
             tunable 500000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 56=329 72=308 92=121 96=28100800 108=121 112=8000000 116=1 132=1 308=c0 312=7 320=380\n\
             features 328=380 336=8000 344=1400000 352=500000 360=800 368=500000 376=800 384=8000 392=40\n\
             features 400=8000 408=8 416=40 424=400000 432=10 440=40 448=1000000 456=10 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1400000 0 ffffffffffffffff 1\n\
             tunable 500000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
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
             features 56=129 72=108 92=121 96=28100800 108=121 112=8000000 116=1 132=1 308=c0 312=7 320=380\n\
             features 328=380 336=8000 344=1400000 352=300000 360=800 368=300000 376=800 384=8000 392=40\n\
             features 400=8000 408=8 416=40 424=400000 432=10 440=40 448=1000000 456=10 464=40 472=ffffffff\n\
             features 476=ffffffff\n\
             hwcap 2\n\
             platform -\n\
             minsig 544\n\
             tunable 8000 0 ffffffffffffffff 1\n\
             tunable 1400000 0 ffffffffffffffff 1\n\
             tunable 300000 4040 fffffffffffffff 1\n\
             tunable 800 80 ffffffffffffffff 1\n\
             tunable 800 1 ffffffffffffffff 1\n\
            ",
        ),
    ];

    /// Our struct for this machine equals the one glibc's ld.so put into
    /// `_rtld_global_ro` of this very process.
    #[test]
    fn matches_glibc_ld_so_in_this_process() {
        let glibc = GlibcState::from_this_process();
        let env = std::env::var("GLIBC_TUNABLES").unwrap_or_default();
        let ours = init_cpu_features(at_minsigstksz(), &parse_tunables(&env));
        compare("this process", &glibc, &ours);
        // Emulated minsigstacksize (kernel without AT_MINSIGSTKSZ): plausible.
        let emulated = init_cpu_features(None, &CpuTunables::default());
        assert!(emulated.minsigstacksize >= MINSIGSTKSZ);
    }

    const CHILD_ENV: &str = "DRYAD_CPUFEAT_CHILD";

    /// Helper run in a child process by `matches_glibc_ld_so_with_tunables`:
    /// prints glibc's state. Does nothing in a normal test run.
    #[test]
    fn child_dump_glibc_state() {
        if std::env::var_os(CHILD_ENV).is_none() {
            return;
        }
        std::println!("{}", GlibcState::from_this_process().to_line());
    }

    /// GLIBC_TUNABLES values exercising the hwcaps callback and every numeric
    /// tunable, with whether they change anything on a CPU like this test
    /// machine's (AMD Zen with AVX2, ERMS, FSRM, XSAVEC; no AVX512).
    const TUNABLE_CASES: &[(&str, bool)] = &[
        // Old-style name: matches nothing in 2.36, a no-op.
        ("glibc.cpu.hwcaps=-AVX2_Usable", false),
        (
            "glibc.cpu.hwcaps=-AVX2,-ERMS,-BMI2,-LZCNT,-POPCNT,-SSE4_2,Slow_SSE4_2,Slow_BSF,\
             Prefer_ERMS,-I586",
            true,
        ),
        (
            "glibc.cpu.x86_rep_movsb_threshold=4096:glibc.cpu.x86_rep_stosb_threshold=1000:\
             glibc.cpu.x86_non_temporal_threshold=0x100000:glibc.cpu.x86_data_cache_size=65536:\
             glibc.cpu.x86_shared_cache_size=0x2000000:glibc.cpu.hwcap_mask=0",
            true,
        ),
        // Values glibc ignores: movsb not above the minimum, nt at the minimum,
        // stosb 0 (below the tunable's min 1), nt above SIZE_MAX >> 4.
        (
            "glibc.cpu.x86_rep_movsb_threshold=16:glibc.cpu.x86_non_temporal_threshold=0x4040:\
             glibc.cpu.x86_rep_stosb_threshold=0",
            false,
        ),
        ("glibc.cpu.x86_non_temporal_threshold=0x7fffffffffffffff", false),
        (
            "glibc.cpu.hwcaps=-XSAVEC,Prefer_No_VZEROUPPER,-AVX_Fast_Unaligned_Load,\
             Fast_Copy_Backward,-Fast_Unaligned_Load,Fast_Unaligned_Copy,Prefer_FSRM,\
             Fast_Rep_String,-I686",
            true,
        ),
        (
            "glibc.cpu.hwcaps=Prefer_No_AVX512,MathVec_Prefer_No_AVX512,AVX_Fast_Unaligned_Load,\
             -Prefer_PMINUB_for_stringop,Prefer_PMINUB_for_stringop,-CMOV,-CX8,-SSE2,-HTT,-RTM,-FMA4",
            true,
        ),
        ("glibc.cpu.hwcaps=-XSAVE", true),
        ("glibc.cpu.hwcaps=-XSAVE,-XSAVEC", true),
        ("glibc.cpu.hwcaps=-OSXSAVE,-AVX512F,-AVX512VL,-SSSE3,-MOVBE,-BMI1,-FMA,-AVX,,-,unknown", true),
    ];

    /// Same comparison with GLIBC_TUNABLES set: glibc's values come from a child
    /// process (this test binary, filtered to `child_dump_glibc_state`) started
    /// with that environment.
    #[test]
    fn matches_glibc_ld_so_with_tunables() {
        let exe = std::env::current_exe().expect("current_exe");
        let baseline = init_cpu_features(at_minsigstksz(), &CpuTunables::default());
        for &(tunables, changes) in TUNABLE_CASES {
            let out = std::process::Command::new(&exe)
                .args(["child_dump_glibc_state", "--nocapture", "--test-threads=1"])
                .env_clear()
                .env(CHILD_ENV, "1")
                .env("GLIBC_TUNABLES", tunables)
                .output()
                .expect("spawn child");
            let stdout = String::from_utf8_lossy(&out.stdout);
            // The harness prints "test ... " on the same line before the dump.
            let line = stdout
                .lines()
                .find_map(|l| l.find("DRYAD_CPUFEAT_DUMP ").map(|i| &l[i..]))
                .unwrap_or_else(|| {
                    panic!(
                        "child printed no dump for {tunables:?}: status {:?}\nstdout:\n{stdout}\nstderr:\n{}",
                        out.status,
                        String::from_utf8_lossy(&out.stderr)
                    )
                });
            let glibc = GlibcState::from_line(line);
            let ours = init_cpu_features(at_minsigstksz(), &parse_tunables(tunables));
            compare(tunables, &glibc, &ours);
            // Guard against a child that silently ignored GLIBC_TUNABLES (then
            // "glibc == ours" would prove nothing for the tunables path).
            let masked = |c: &CpuInit| {
                let mut f = c.features;
                f.features[CPUID_INDEX_1].cpuid.ebx &= LEAF1_EBX_APIC_MASK;
                f
            };
            let differs = masked(&ours) != masked(&baseline)
                || ours.hwcap_mask != baseline.hwcap_mask
                || ours.x86_data_cache_size.value != baseline.x86_data_cache_size.value
                || ours.x86_shared_cache_size.value != baseline.x86_shared_cache_size.value
                || ours.x86_non_temporal_threshold.value
                    != baseline.x86_non_temporal_threshold.value
                || ours.x86_rep_movsb_threshold.value != baseline.x86_rep_movsb_threshold.value
                || ours.x86_rep_stosb_threshold.value != baseline.x86_rep_stosb_threshold.value;
            if baseline.features.basic.kind == ARCH_KIND_AMD {
                assert_eq!(
                    differs, changes,
                    "{tunables:?}: expected changes = {changes}"
                );
            }
        }
    }
}
