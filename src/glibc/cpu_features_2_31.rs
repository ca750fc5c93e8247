//! x86-64 CPU feature detection that produces glibc 2.31's `struct
//! cpu_features`, as Debian 11's ld.so computes it.
//!
//! The glibc 2.31 counterpart of [`super::cpu_features`] (2.36) and
//! [`super::cpu_features_2_41`] (2.41, 2.43): compute
//! `GLRO(dl_x86_cpu_features)` (168 bytes at `_rtld_global_ro + 104`),
//! `GLRO(dl_hwcap)` and `GLRO(dl_platform)` exactly as that release's
//! `ld.so` does, so that libc's, libm's and libpthread's IFUNC resolvers and
//! libc's cache-size constructor see the same bytes.
//!
//! 2.31 predates glibc 2.33's cpu_features rework, and the division of
//! labour differs from the later releases:
//!
//! * **ld.so** (`init_cpu_features`, inlined into `_dl_sysdep_start` through
//!   `dl_platform_init`, right after `__tunables_init`) stores the raw CPUID
//!   words of six leaves in `cpuid[]` (only RTM/HLE are ever cleared, and
//!   `RTM_ALWAYS_ABORT` set, by the TSX rules), the derived "usable" bits
//!   in `feature[FEATURE_INDEX_1]` and the preferences in
//!   `feature[FEATURE_INDEX_2]` (there is no `active[]` copy and no
//!   `isa_1`), `basic`, the XSAVE/XSAVEC state sizes for
//!   `_dl_runtime_resolve`, and the *user's* values of three tunables:
//!   `data_cache_size`, `shared_cache_size`, `non_temporal_threshold` are
//!   `TUNABLE_GET (x86_data_cache_size)` etc., 0 unless set. It computes no
//!   cache size, reads no CPUID leaf 2/4/0x8000001D, and writes no tunable
//!   back (no `TUNABLE_SET*` in 2.31's x86 code). It reads nothing from the
//!   auxiliary vector (no `AT_MINSIGSTKSZ`/`GLRO(dl_minsigstacksize)`,
//!   which 2.31 does not have, no `GLRO(dl_hwcap2)`).
//! * **libc** computes the cache parameters itself: `init_cacheinfo`
//!   (sysdeps/x86/cacheinfo.c, an `__attribute__((constructor))` of
//!   libc.so.6) executes CPUID leaves 2, 4, 11, 0x80000000+ on its own and
//!   reads from this struct only `basic` (kind, max_cpuid, family, model),
//!   `cpuid[COMMON_CPUID_INDEX_1].ebx`, the HTT and ERMS bits and the three
//!   tunable copies, to set `__x86_{data,shared}_cache_size{,_half}`,
//!   `__x86_raw_*` and `__x86_shared_non_temporal_threshold`;
//!   `sysconf (_SC_LEVEL*_CACHE_*)` (`__cache_sysconf`) likewise.
//!
//! Use: call [`init_cpu_features`] once, after the auxv and `GLIBC_TUNABLES`
//! are parsed and before any object is relocated. Then, in 2.31's
//! `_rtld_global_ro`:
//!
//! * `features` ([`CpuFeatures::as_bytes`], [`CPU_FEATURES_SIZE`] = 168
//!   bytes) at [`RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET`] (`+104`);
//! * `hwcap` in `_dl_hwcap` (`+88`), overwritten, not or-ed;
//! * `platform`, if `Some`, in `_dl_platform` (`+8`), and its length in
//!   `_dl_platformlen` (`+16`, set by `_dl_sysdep_start` right after);
//!   `None` keeps `AT_PLATFORM`.
//!
//! [`CpuInit::minsigstacksize`] is always 0: 2.31 has no
//! `_dl_minsigstacksize` (new in 2.34); the field exists so that the shared
//! handshake can treat every release alike. No tunable is written back.
//!
//! One more writer of the struct in 2.31's ld.so, folded in here:
//! `process_envvars` (elf/rtld.c, in `dl_main`, after `init_cpu_features`)
//! sets `Prefer_MAP_32BIT_EXEC` when the environment has
//! `LD_PREFER_MAP_32BIT_EXEC=<anything>` and the process is not AT_SECURE
//! (sysdeps/unix/sysv/linux/x86_64/64/dl-librecon.h) — see
//! [`CpuTunables::ld_prefer_map_32bit_exec`]. That bit makes 2.31's `mmap`,
//! libc's as well as ld.so's own, add `MAP_32BIT` to `PROT_EXEC` mappings
//! (sysdeps/unix/sysv/linux/x86_64/64/mmap_internal.h). Nothing reads the
//! struct between the two writes, so applying both here is equivalent.
//!
//! ld.so also exports `__get_cpu_features@@GLIBC_PRIVATE` (`lea
//! _rtld_global_ro+104(%rip), %rax; ret`: the address of this struct).
//! Inside glibc 2.31 the `__get_cpu_features ()` of cpu-features.h is a
//! macro for `&GLRO(dl_x86_cpu_features)`, so libc, libm, libmvec and
//! libpthread reach the struct through `_rtld_global_ro` and none of
//! Debian 11's libraries imports the function (checked with readelf over
//! every shared object of the bullseye chroots); it is for code outside
//! glibc.
//!
//! Readers of the struct in Debian 11's glibc, for the record: the IFUNC
//! resolvers (string, memory, wide-char and math functions, libmvec),
//! `init_cacheinfo`/`__cache_sysconf` (above), libpthread's elision setup
//! (the RTM bit, which the TSX rules may have cleared), `mmap`
//! (`Prefer_MAP_32BIT_EXEC`), and in ld.so `elf_machine_runtime_setup`
//! (`xsave_state_size` and `XSAVEC_Usable` pick `_dl_runtime_resolve_*`)
//! and the `_dl_runtime_resolve_xsave*` trampolines (`xsave_state_size`).
//!
//! The logic was written after reading Debian's glibc `2.31-13+deb11u11`
//! source (`apt-get source`, patches applied by dpkg-source), whose
//! debian/patches/git-updates.diff brings three CPU-related changes from
//! later upstream releases into sysdeps/x86/cpu-features.{c,h} and
//! cpu-tunables.c: `RTM_ALWAYS_ABORT` (CPUID.7:EDX[11]) clears RTM; the
//! extended TSX-disable list (models 0x55 stepping <= 5, 0x8e/0x9e stepping
//! <= 0xc, 0x4e, 0x5e: HLE and RTM cleared, `RTM_ALWAYS_ABORT` set); and
//! the `Prefer_AVX2_STRCMP` preference (bit 16 of `feature[1]`, also a
//! `glibc.cpu.hwcaps` name), with `Prefer_No_VZEROUPPER` when RTM is
//! present (upstream 2.33/2.34 backports). (Its cacheinfo.c changes, the
//! per-thread L3 share and the new non-temporal threshold, are libc's.)
//! Every path was checked against the Debian 11 `ld-2.31.so` binary itself
//! (build-id `1b3277a419c3fa42b199e5a170ea215b32689793`) on synthetic CPUID
//! tables (see the tests). Parts, and the glibc code each mirrors:
//!
//! * [`init_cpu_features_with`]: `init_cpu_features`
//!   (sysdeps/x86/cpu-features.c): vendor branches (Intel, AMD and Hygon,
//!   other: 2.31 has no Zhaoxin branch, "CentaurHauls"/"  Shanghai  " are
//!   `arch_kind_other`), the family-6 preference and TSX switches, AMD
//!   Excavator, i586/i686, the tunables, `GLRO(dl_hwcap)`/`dl_platform`.
//! * `get_common_indices` (with its XGETBV "usable" logic and the
//!   XSAVE/XSAVEC state sizes) and `get_extended_indices`
//!   (cpu-features.c).
//! * `apply_hwcaps`: `TUNABLE_CALLBACK (set_hwcaps)`
//!   (sysdeps/x86/cpu-tunables.c), 2.31's names (`AVX2_Usable`,
//!   `Prefer_No_VZEROUPPER`, ...).
//!
//! Build configuration assumed (checked in the binary): `HAVE_TUNABLES`,
//! `SHARED`, `__x86_64__` (so `HAS_CPUID`), CET not enabled (no
//! `--enable-cet` in debian/rules.d, no `x86_ibt`/`x86_shstk` callbacks or
//! `_dl_cet_*` in its symbols).
//!
//! Deliberate difference from glibc, only reachable with odd environments:
//! glibc's `set_hwcaps` does not stop at the NUL that ends the
//! `glibc.cpu.hwcaps` value (`do { ... p += len + 1; } while (*p != '\0')`)
//! and goes on reading comma-separated items from whatever follows it in
//! memory — the rest of `GLIBC_TUNABLES` (2.31's parser NUL-terminates each
//! value in the environment string itself) and the following environment
//! strings — until it meets an empty string. This code stops at the end of
//! the value (as the 2.36 module does). A difference needs a later item that
//! is exactly a feature name, such as an environment string `X=1,-AVX2_Usable`.

use core::mem::{offset_of, size_of};

use super::cpu_features::f;
use super::cpu_features::{hwcaps_items, Feat, Reg};
pub use super::cpu_features::{
    CpuFeaturesBasic, CpuidRegisters, CpuidSource, HostCpu, HWCAP_X86_64, HWCAP_X86_AVX512_1,
};

// ---------------------------------------------------------------------------
// Layout (sysdeps/x86/cpu-features.h of 2.31)
// ---------------------------------------------------------------------------

/// `COMMON_CPUID_INDEX_1`: leaf 1.
pub const COMMON_CPUID_INDEX_1: usize = 0;
/// `COMMON_CPUID_INDEX_7`: leaf 7, subleaf 0.
pub const COMMON_CPUID_INDEX_7: usize = 1;
/// `COMMON_CPUID_INDEX_80000001`.
pub const COMMON_CPUID_INDEX_80000001: usize = 2;
/// `COMMON_CPUID_INDEX_D_ECX_1`: leaf 0xd, subleaf 1.
pub const COMMON_CPUID_INDEX_D_ECX_1: usize = 3;
/// `COMMON_CPUID_INDEX_80000007`.
pub const COMMON_CPUID_INDEX_80000007: usize = 4;
/// `COMMON_CPUID_INDEX_80000008`.
pub const COMMON_CPUID_INDEX_80000008: usize = 5;
/// `COMMON_CPUID_INDEX_MAX`.
pub const COMMON_CPUID_INDEX_MAX: usize = 6;

/// `FEATURE_INDEX_1`: the `feature[]` word of the "usable" bits ([`usable`]).
pub const FEATURE_INDEX_1: usize = 0;
/// `FEATURE_INDEX_2`: the `feature[]` word of the preferences ([`preferred`]).
pub const FEATURE_INDEX_2: usize = 1;
/// `FEATURE_INDEX_MAX`.
pub const FEATURE_INDEX_MAX: usize = 2;

// The 2.36 module's feature constants (`f::*`) index the same six leaves.
const _: () = {
    use super::cpu_features as c;
    assert!(c::CPUID_INDEX_1 == COMMON_CPUID_INDEX_1);
    assert!(c::CPUID_INDEX_7 == COMMON_CPUID_INDEX_7);
    assert!(c::CPUID_INDEX_80000001 == COMMON_CPUID_INDEX_80000001);
    assert!(c::CPUID_INDEX_D_ECX_1 == COMMON_CPUID_INDEX_D_ECX_1);
    assert!(c::CPUID_INDEX_80000007 == COMMON_CPUID_INDEX_80000007);
    assert!(c::CPUID_INDEX_80000008 == COMMON_CPUID_INDEX_80000008);
};

/// `enum cpu_features_kind` values stored in [`CpuFeaturesBasic::kind`].
pub const ARCH_KIND_UNKNOWN: u32 = 0;
/// "GenuineIntel".
pub const ARCH_KIND_INTEL: u32 = 1;
/// "AuthenticAMD" or "HygonGenuine".
pub const ARCH_KIND_AMD: u32 = 2;
/// Any other vendor (2.31 has no Zhaoxin kind).
pub const ARCH_KIND_OTHER: u32 = 3;

/// Bits of `feature[FEATURE_INDEX_1]` (`bit_arch_*_Usable`).
pub mod usable {
    pub const AVX: u32 = 1 << 0;
    pub const AVX2: u32 = 1 << 1;
    pub const AVX512F: u32 = 1 << 2;
    pub const AVX512CD: u32 = 1 << 3;
    pub const AVX512ER: u32 = 1 << 4;
    pub const AVX512PF: u32 = 1 << 5;
    pub const AVX512VL: u32 = 1 << 6;
    pub const AVX512DQ: u32 = 1 << 7;
    pub const AVX512BW: u32 = 1 << 8;
    pub const AVX512_4FMAPS: u32 = 1 << 9;
    pub const AVX512_4VNNIW: u32 = 1 << 10;
    pub const AVX512_BITALG: u32 = 1 << 11;
    pub const AVX512_IFMA: u32 = 1 << 12;
    pub const AVX512_VBMI: u32 = 1 << 13;
    pub const AVX512_VBMI2: u32 = 1 << 14;
    pub const AVX512_VNNI: u32 = 1 << 15;
    pub const AVX512_VPOPCNTDQ: u32 = 1 << 16;
    pub const FMA: u32 = 1 << 17;
    pub const FMA4: u32 = 1 << 18;
    pub const VAES: u32 = 1 << 19;
    pub const VPCLMULQDQ: u32 = 1 << 20;
    pub const XOP: u32 = 1 << 21;
    pub const XSAVEC: u32 = 1 << 22;
}

/// Bits of `feature[FEATURE_INDEX_2]` (`bit_arch_*`, Debian's order).
pub mod preferred {
    pub const I586: u32 = 1 << 0;
    pub const I686: u32 = 1 << 1;
    pub const FAST_REP_STRING: u32 = 1 << 2;
    pub const FAST_COPY_BACKWARD: u32 = 1 << 3;
    pub const FAST_UNALIGNED_LOAD: u32 = 1 << 4;
    pub const FAST_UNALIGNED_COPY: u32 = 1 << 5;
    pub const SLOW_BSF: u32 = 1 << 6;
    pub const SLOW_SSE4_2: u32 = 1 << 7;
    pub const AVX_FAST_UNALIGNED_LOAD: u32 = 1 << 8;
    pub const PREFER_MAP_32BIT_EXEC: u32 = 1 << 9;
    pub const PREFER_PMINUB_FOR_STRINGOP: u32 = 1 << 10;
    pub const PREFER_NO_VZEROUPPER: u32 = 1 << 11;
    pub const PREFER_ERMS: u32 = 1 << 12;
    pub const PREFER_FSRM: u32 = 1 << 13;
    pub const PREFER_NO_AVX512: u32 = 1 << 14;
    pub const MATHVEC_PREFER_NO_AVX512: u32 = 1 << 15;
    /// Debian backport (not in upstream 2.31).
    pub const PREFER_AVX2_STRCMP: u32 = 1 << 16;
}

/// glibc 2.31 `struct cpu_features` (168 bytes, x86-64). The two alignment
/// holes of the C struct are explicit (always zero) fields, so the struct
/// has no implicit padding and [`CpuFeatures::as_bytes`] is well defined.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CpuFeatures {
    /// Raw CPUID output, `COMMON_CPUID_INDEX_*` order.
    pub cpuid: [CpuidRegisters; COMMON_CPUID_INDEX_MAX],
    /// [`usable`] bits, then [`preferred`] bits.
    pub feature: [u32; FEATURE_INDEX_MAX],
    pub basic: CpuFeaturesBasic,
    hole_124: u32,
    /// XSAVEC (compacted) or XSAVE state size plus the integer register save
    /// area, 64-aligned: what `_dl_runtime_resolve_xsave*` reserve.
    pub xsave_state_size: u64,
    /// The XSAVE (standard format) size, restored by `-XSAVEC_Usable`.
    pub xsave_state_full_size: u32,
    hole_140: u32,
    /// `glibc.cpu.x86_data_cache_size` (0 = unset).
    pub data_cache_size: u64,
    /// `glibc.cpu.x86_shared_cache_size` (0 = unset).
    pub shared_cache_size: u64,
    /// `glibc.cpu.x86_non_temporal_threshold` (0 = unset).
    pub non_temporal_threshold: u64,
}

/// Size of 2.31's `struct cpu_features`.
pub const CPU_FEATURES_SIZE: usize = 168;
/// Offset of `_dl_x86_cpu_features` in 2.31's `struct rtld_global_ro`.
pub const RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET: usize = 104;

// Layout checks against the pahole dump of Debian 11's ld.so
// (tools/glibc-layout/out/2.31.json).
const _: () = {
    assert!(size_of::<CpuidRegisters>() == 16);
    assert!(size_of::<CpuFeaturesBasic>() == 20);
    assert!(size_of::<CpuFeatures>() == CPU_FEATURES_SIZE);
    assert!(core::mem::align_of::<CpuFeatures>() == 8);
    assert!(offset_of!(CpuFeatures, cpuid) == 0);
    assert!(offset_of!(CpuFeatures, feature) == 96);
    assert!(offset_of!(CpuFeatures, basic) == 104);
    assert!(offset_of!(CpuFeatures, hole_124) == 124);
    assert!(offset_of!(CpuFeatures, xsave_state_size) == 128);
    assert!(offset_of!(CpuFeatures, xsave_state_full_size) == 136);
    assert!(offset_of!(CpuFeatures, hole_140) == 140);
    assert!(offset_of!(CpuFeatures, data_cache_size) == 144);
    assert!(offset_of!(CpuFeatures, shared_cache_size) == 152);
    assert!(offset_of!(CpuFeatures, non_temporal_threshold) == 160);
};

impl Default for CpuFeatures {
    fn default() -> Self {
        Self::zeroed()
    }
}

impl CpuFeatures {
    /// All-zero struct, as in glibc's `_rtld_global_ro` before
    /// `init_cpu_features` runs.
    pub const fn zeroed() -> Self {
        const R: CpuidRegisters = CpuidRegisters {
            eax: 0,
            ebx: 0,
            ecx: 0,
            edx: 0,
        };
        CpuFeatures {
            cpuid: [R; COMMON_CPUID_INDEX_MAX],
            feature: [0; FEATURE_INDEX_MAX],
            basic: CpuFeaturesBasic {
                kind: 0,
                max_cpuid: 0,
                family: 0,
                model: 0,
                stepping: 0,
            },
            hole_124: 0,
            xsave_state_size: 0,
            xsave_state_full_size: 0,
            hole_140: 0,
            data_cache_size: 0,
            shared_cache_size: 0,
            non_temporal_threshold: 0,
        }
    }

    /// The 168 bytes exactly as glibc lays them out at `_rtld_global_ro + 104`.
    pub fn as_bytes(&self) -> &[u8; CPU_FEATURES_SIZE] {
        // SAFETY: `CpuFeatures` is `repr(C)`, exactly CPU_FEATURES_SIZE bytes
        // (const-asserted above) and consists only of integer fields with the
        // two alignment holes made explicit, so every byte is initialized;
        // `u8` has alignment 1 and the borrow has the lifetime of `self`.
        unsafe { &*(self as *const CpuFeatures as *const [u8; CPU_FEATURES_SIZE]) }
    }

    /// The `cpuid[]` word that holds `f`.
    fn word(&mut self, f: Feat) -> &mut u32 {
        let r = &mut self.cpuid[f.index];
        match f.reg {
            Reg::Eax => &mut r.eax,
            Reg::Ebx => &mut r.ebx,
            Reg::Ecx => &mut r.ecx,
            Reg::Edx => &mut r.edx,
        }
    }

    /// `CPU_FEATURES_CPU_P`: whether the (possibly adjusted) CPUID word has
    /// the bit.
    fn cpu_p(&self, f: Feat) -> bool {
        let r = &self.cpuid[f.index];
        let w = match f.reg {
            Reg::Eax => r.eax,
            Reg::Ebx => r.ebx,
            Reg::Ecx => r.ecx,
            Reg::Edx => r.edx,
        };
        w & f.bit != 0
    }

    fn cpu_clear(&mut self, f: Feat) {
        *self.word(f) &= !f.bit;
    }

    fn cpu_set(&mut self, f: Feat) {
        *self.word(f) |= f.bit;
    }

    /// `CPU_FEATURES_ARCH_P (..., X_Usable)`.
    fn usable_p(&self, bit: u32) -> bool {
        self.feature[FEATURE_INDEX_1] & bit != 0
    }

    fn set_usable(&mut self, bit: u32) {
        self.feature[FEATURE_INDEX_1] |= bit;
    }

    #[cfg(test)]
    fn preferred_p(&self, bit: u32) -> bool {
        self.feature[FEATURE_INDEX_2] & bit != 0
    }

    fn prefer(&mut self, bit: u32) {
        self.feature[FEATURE_INDEX_2] |= bit;
    }
}

// ---------------------------------------------------------------------------
// Inputs and result
// ---------------------------------------------------------------------------

/// What 2.31's ld.so reads besides CPUID: the `glibc.cpu.*` tunables
/// `init_cpu_features` gets (`None`: not set by the user, the tunable keeps
/// its default), and the `LD_PREFER_MAP_32BIT_EXEC` environment variable.
///
/// For the parser (noted for the 2.31 adapter, not this module's job): in
/// 2.31 the three numeric tunables are SIZE_T with no bounds, so any
/// `_dl_strtoul` value is taken; all `glibc.cpu.*` tunables are SXID_ERASE
/// (ignored and removed from `GLIBC_TUNABLES` when AT_SECURE); the last
/// occurrence of a name wins; a value ends at the next `:`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CpuTunables<'a> {
    /// `glibc.cpu.hwcaps`: the value string (a NUL inside ends it), e.g.
    /// `b"-AVX2_Usable,Prefer_No_VZEROUPPER"`. `Some(b"")` is a no-op.
    pub hwcaps: Option<&'a [u8]>,
    /// `glibc.cpu.x86_non_temporal_threshold` (SIZE_T, default 0), copied
    /// to [`CpuFeatures::non_temporal_threshold`].
    pub x86_non_temporal_threshold: Option<u64>,
    /// `glibc.cpu.x86_data_cache_size` (SIZE_T, default 0), copied to
    /// [`CpuFeatures::data_cache_size`].
    pub x86_data_cache_size: Option<u64>,
    /// `glibc.cpu.x86_shared_cache_size` (SIZE_T, default 0), copied to
    /// [`CpuFeatures::shared_cache_size`].
    pub x86_shared_cache_size: Option<u64>,
    /// The environment has an `LD_PREFER_MAP_32BIT_EXEC=` entry (any value,
    /// even empty or `0`) and the process is not AT_SECURE: `dl_main`'s
    /// `process_envvars` then sets `Prefer_MAP_32BIT_EXEC`. Not a tunable
    /// in 2.31.
    pub ld_prefer_map_32bit_exec: bool,
}

/// Everything 2.31's ld.so computes for the CPU.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CpuInit {
    /// `GLRO(dl_x86_cpu_features)`.
    pub features: CpuFeatures,
    /// `GLRO(dl_hwcap)`: overwritten (not or-ed) by glibc: `HWCAP_X86_64`,
    /// plus `HWCAP_X86_AVX512_1` on Intel CPUs with usable AVX512F and
    /// AVX512CD/BW/DQ/VL but no AVX512ER.
    pub hwcap: u64,
    /// `Some` when glibc replaces `GLRO(dl_platform)` (Intel only:
    /// `b"haswell\0"` or `b"xeon_phi\0"`); `None` keeps `AT_PLATFORM`.
    pub platform: Option<&'static [u8]>,
    /// Always 0: 2.31 has no `GLRO(dl_minsigstacksize)` (see the module doc).
    pub minsigstacksize: usize,
}

// ---------------------------------------------------------------------------
// init_cpu_features
// ---------------------------------------------------------------------------

/// Compute glibc 2.31's CPU state on the running CPU.
pub fn init_cpu_features(tunables: &CpuTunables) -> CpuInit {
    init_cpu_features_with(&mut HostCpu, tunables)
}

const fn vendor(ebx: u32, ecx: u32, edx: u32) -> (u32, u32, u32) {
    (ebx, ecx, edx)
}

/// "GenuineIntel" (EBX, ECX, EDX of leaf 0).
const GENUINE_INTEL: (u32, u32, u32) = vendor(0x756e_6547, 0x6c65_746e, 0x4965_6e69);
/// "AuthenticAMD".
const AUTHENTIC_AMD: (u32, u32, u32) = vendor(0x6874_7541, 0x444d_4163, 0x6974_6e65);
/// "HygonGenuine".
const HYGON_GENUINE: (u32, u32, u32) = vendor(0x6f67_7948, 0x656e_6975, 0x6e65_476e);

/// [`init_cpu_features`] with CPUID/XGETBV from `cpu`.
pub fn init_cpu_features_with<C: CpuidSource>(cpu: &mut C, tunables: &CpuTunables) -> CpuInit {
    let mut cf = CpuFeatures::zeroed();
    let leaf0 = cpu.cpuid(0, 0);
    cf.basic.max_cpuid = leaf0.eax as i32;
    let id = (leaf0.ebx, leaf0.ecx, leaf0.edx);

    let (kind, family, model, stepping);
    if id == GENUINE_INTEL {
        kind = ARCH_KIND_INTEL;
        let l1 = get_common_indices(cpu, &mut cf, true);
        get_extended_indices(cpu, &mut cf);
        if cf.cpu_p(f::RTM_ALWAYS_ABORT) {
            cf.cpu_clear(f::RTM);
        }
        let mut m = l1.model;
        if l1.family == 6 {
            m += l1.extended_model;
            intel_family6_preferred(&mut cf, m);
            intel_family6_tsx(&mut cf, m, l1.stepping);
        }
        // AVX512ER is unique to Xeon Phi: there avoid VZEROUPPER; elsewhere
        // avoid AVX512 (frequency), and VZEROUPPER inside RTM regions.
        if cf.cpu_p(f::AVX512ER) {
            cf.prefer(preferred::PREFER_NO_VZEROUPPER);
        } else {
            cf.prefer(preferred::PREFER_NO_AVX512);
            if cf.cpu_p(f::RTM) {
                cf.prefer(preferred::PREFER_NO_VZEROUPPER);
            }
            if cf.usable_p(usable::AVX2) {
                cf.prefer(preferred::PREFER_AVX2_STRCMP);
            }
        }
        (family, model, stepping) = (l1.family, m, l1.stepping);
    } else if id == AUTHENTIC_AMD || id == HYGON_GENUINE {
        kind = ARCH_KIND_AMD;
        let l1 = get_common_indices(cpu, &mut cf, true);
        get_extended_indices(cpu, &mut cf);
        // FMA4 is in leaf 0x80000001 and needs AVX.
        if cf.usable_p(usable::AVX) && cf.cpu_p(f::FMA4) {
            cf.set_usable(usable::FMA4);
        }
        // Excavator.
        if l1.family == 0x15 && (0x60..=0x7f).contains(&l1.model) {
            cf.prefer(preferred::FAST_UNALIGNED_LOAD | preferred::FAST_COPY_BACKWARD);
            // Unaligned AVX loads are slower.
            cf.feature[FEATURE_INDEX_2] &= !preferred::AVX_FAST_UNALIGNED_LOAD;
        }
        (family, model, stepping) = (l1.family, l1.model, l1.stepping);
    } else {
        kind = ARCH_KIND_OTHER;
        // Without leaf 1 (glibc passes NULL for the family pointers, which
        // also skips the leaf 1 CPUID): no OSXSAVE, so no XGETBV.
        get_common_indices(cpu, &mut cf, false);
        (family, model, stepping) = (0, 0, 0);
    }

    if cf.cpu_p(f::CX8) {
        cf.prefer(preferred::I586);
    }
    if cf.cpu_p(f::CMOV) {
        cf.prefer(preferred::I686);
    }

    cf.basic.kind = kind;
    cf.basic.family = family;
    cf.basic.model = model;
    cf.basic.stepping = stepping;

    // TUNABLE_GET (hwcaps, ..., set_hwcaps): the callback runs only when
    // the tunable was set. Then the three SIZE_T tunables, set or not.
    if let Some(value) = tunables.hwcaps {
        apply_hwcaps(&mut cf, value);
    }
    cf.non_temporal_threshold = tunables.x86_non_temporal_threshold.unwrap_or(0);
    cf.data_cache_size = tunables.x86_data_cache_size.unwrap_or(0);
    cf.shared_cache_size = tunables.x86_shared_cache_size.unwrap_or(0);

    let mut hwcap = HWCAP_X86_64;
    let mut platform: Option<&'static [u8]> = None;
    if cf.basic.kind == ARCH_KIND_INTEL {
        if cf.usable_p(usable::AVX512F) && cf.cpu_p(f::AVX512CD) {
            if cf.cpu_p(f::AVX512ER) {
                if cf.cpu_p(f::AVX512PF) {
                    platform = Some(b"xeon_phi\0");
                }
            } else if cf.cpu_p(f::AVX512BW) && cf.cpu_p(f::AVX512DQ) && cf.cpu_p(f::AVX512VL) {
                hwcap |= HWCAP_X86_AVX512_1;
            }
        }
        if platform.is_none()
            && cf.usable_p(usable::AVX2)
            && cf.usable_p(usable::FMA)
            && cf.cpu_p(f::BMI1)
            && cf.cpu_p(f::BMI2)
            && cf.cpu_p(f::LZCNT)
            && cf.cpu_p(f::MOVBE)
            && cf.cpu_p(f::POPCNT)
        {
            platform = Some(b"haswell\0");
        }
    }

    // dl_main's process_envvars, later in glibc (see the module doc).
    if tunables.ld_prefer_map_32bit_exec {
        cf.prefer(preferred::PREFER_MAP_32BIT_EXEC);
    }

    CpuInit {
        features: cf,
        hwcap,
        platform,
        minsigstacksize: 0,
    }
}

/// Family 6 preferences, by model (extended model included).
fn intel_family6_preferred(cf: &mut CpuFeatures, model: u32) {
    const SILVERMONT_LIKE: u32 = preferred::FAST_UNALIGNED_LOAD
        | preferred::FAST_UNALIGNED_COPY
        | preferred::PREFER_PMINUB_FOR_STRINGOP
        | preferred::SLOW_SSE4_2;
    const CORE_I7: u32 = preferred::FAST_REP_STRING
        | preferred::FAST_UNALIGNED_LOAD
        | preferred::FAST_UNALIGNED_COPY
        | preferred::PREFER_PMINUB_FOR_STRINGOP;
    match model {
        // Atom: BSF is slow.
        0x1c | 0x26 => cf.prefer(preferred::SLOW_BSF),
        // Knights Landing, Goldmont (Plus), Airmont, Silvermont.
        0x57 | 0x5c | 0x5f | 0x4c | 0x37 | 0x4a | 0x4d | 0x5a | 0x5d => cf.prefer(SILVERMONT_LIKE),
        // Nehalem/Westmere (Core i3/i5/i7).
        0x1a | 0x1e | 0x1f | 0x25 | 0x2c | 0x2e | 0x2f => cf.prefer(CORE_I7),
        // Unknown models are taken for Core i3/i5/i7 if they have AVX.
        _ => {
            if cf.cpu_p(f::AVX) {
                cf.prefer(CORE_I7);
            }
        }
    }
}

/// Family 6 TSX rules: Debian's backported list (HLE and RTM off,
/// `RTM_ALWAYS_ABORT` on), then the Haswell rule (RTM off).
fn intel_family6_tsx(cf: &mut CpuFeatures, model: u32, stepping: u32) {
    let disable_tsx = match model {
        0x55 => stepping <= 5,
        0x8e | 0x9e => stepping <= 0xc,
        0x4e | 0x5e => true,
        _ => false,
    };
    if disable_tsx {
        cf.cpu_clear(f::HLE);
        cf.cpu_clear(f::RTM);
        cf.cpu_set(f::RTM_ALWAYS_ABORT);
        return;
    }
    // Haswell, except Xeon E7 v3 with stepping >= 4.
    let haswell = match model {
        0x3f => stepping < 4,
        0x3c | 0x45 | 0x46 => true,
        _ => false,
    };
    if haswell {
        cf.cpu_clear(f::RTM);
    }
}

/// What `get_common_indices` returns through its pointers.
struct Leaf1 {
    family: u32,
    model: u32,
    extended_model: u32,
    stepping: u32,
}

/// `XMM_state`, `YMM_state`, `Opmask_state`, `ZMM0_15_state`,
/// `ZMM16_31_state` (XCR0 bits).
const XMM_STATE: u32 = 1 << 1;
const YMM_STATE: u32 = 1 << 2;
const OPMASK_STATE: u32 = 1 << 5;
const ZMM0_15_STATE: u32 = 1 << 6;
const ZMM16_31_STATE: u32 = 1 << 7;

/// `STATE_SAVE_OFFSET` (sysdeps/x86/sysdep.h): the integer registers
/// `_dl_runtime_resolve` saves below the XSAVE area.
const STATE_SAVE_OFFSET: u32 = 8 * 7 + 8;
/// `STATE_SAVE_MASK`: the components the XSAVEC size covers (SSE, AVX,
/// MPX BNDREGS, AVX-512 opmask and ZMM).
const STATE_SAVE_MASK: u32 = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 6) | (1 << 7);

/// 2.31's `ALIGN_UP` on `unsigned int`.
fn align_up_u32(v: u32, a: u32) -> u32 {
    v.wrapping_add(a - 1) & a.wrapping_neg()
}

/// `get_common_indices`: leaf 1 (when `with_leaf1`; glibc's `family !=
/// NULL`), leaf 7 and leaf 0xd subleaf 1 (when `max_cpuid` reaches them),
/// then with OSXSAVE the XCR0-dependent "usable" bits and the XSAVE state
/// sizes.
fn get_common_indices<C: CpuidSource>(
    cpu: &mut C,
    cf: &mut CpuFeatures,
    with_leaf1: bool,
) -> Leaf1 {
    let mut l1 = Leaf1 {
        family: 0,
        model: 0,
        extended_model: 0,
        stepping: 0,
    };
    if with_leaf1 {
        let r = cpu.cpuid(1, 0);
        cf.cpuid[COMMON_CPUID_INDEX_1] = r;
        let eax = r.eax;
        l1.family = (eax >> 8) & 0x0f;
        l1.model = (eax >> 4) & 0x0f;
        l1.extended_model = (eax >> 12) & 0xf0;
        l1.stepping = eax & 0x0f;
        if l1.family == 0x0f {
            l1.family += (eax >> 20) & 0xff;
            l1.model += l1.extended_model;
        }
    }
    let max_cpuid = cf.basic.max_cpuid;
    if max_cpuid >= 7 {
        cf.cpuid[COMMON_CPUID_INDEX_7] = cpu.cpuid(7, 0);
    }
    if max_cpuid >= 0xd {
        cf.cpuid[COMMON_CPUID_INDEX_D_ECX_1] = cpu.cpuid(0xd, 1);
    }

    if !cf.cpu_p(f::OSXSAVE) {
        return l1;
    }
    let xcr0 = cpu.xgetbv(0) as u32;
    if xcr0 & (YMM_STATE | XMM_STATE) == YMM_STATE | XMM_STATE {
        if cf.cpu_p(f::AVX) {
            cf.set_usable(usable::AVX);
            if cf.cpu_p(f::AVX2) {
                cf.set_usable(usable::AVX2);
                // Unaligned 256-bit loads are fast on Intel/AMD with AVX2.
                cf.prefer(preferred::AVX_FAST_UNALIGNED_LOAD);
            }
            for (feature, bit) in [
                (f::FMA, usable::FMA),
                (f::VAES, usable::VAES),
                (f::VPCLMULQDQ, usable::VPCLMULQDQ),
                (f::XOP, usable::XOP),
            ] {
                if cf.cpu_p(feature) {
                    cf.set_usable(bit);
                }
            }
        }
        let zmm = OPMASK_STATE | ZMM0_15_STATE | ZMM16_31_STATE;
        if xcr0 & zmm == zmm && cf.cpu_p(f::AVX512F) {
            cf.set_usable(usable::AVX512F);
            for (feature, bit) in [
                (f::AVX512CD, usable::AVX512CD),
                (f::AVX512ER, usable::AVX512ER),
                (f::AVX512PF, usable::AVX512PF),
                (f::AVX512VL, usable::AVX512VL),
                (f::AVX512DQ, usable::AVX512DQ),
                (f::AVX512BW, usable::AVX512BW),
                (f::AVX512_4FMAPS, usable::AVX512_4FMAPS),
                (f::AVX512_4VNNIW, usable::AVX512_4VNNIW),
                (f::AVX512_BITALG, usable::AVX512_BITALG),
                (f::AVX512_IFMA, usable::AVX512_IFMA),
                (f::AVX512_VBMI, usable::AVX512_VBMI),
                (f::AVX512_VBMI2, usable::AVX512_VBMI2),
                (f::AVX512_VNNI, usable::AVX512_VNNI),
                (f::AVX512_VPOPCNTDQ, usable::AVX512_VPOPCNTDQ),
            ] {
                if cf.cpu_p(feature) {
                    cf.set_usable(bit);
                }
            }
        }
    }

    // For _dl_runtime_resolve: the XSAVE area plus the integer registers,
    // 64-aligned; the compacted (XSAVEC) size of STATE_SAVE_MASK if the CPU
    // has XSAVEC.
    if max_cpuid >= 0xd {
        let d0 = cpu.cpuid(0xd, 0);
        if d0.ebx != 0 {
            let full = align_up_u32(d0.ebx.wrapping_add(STATE_SAVE_OFFSET), 64);
            cf.xsave_state_size = u64::from(full);
            cf.xsave_state_full_size = full;
            if cf.cpu_p(f::XSAVEC) {
                let size = xsavec_compacted_size(cpu);
                if size != 0 {
                    cf.xsave_state_size =
                        u64::from(align_up_u32(size.wrapping_add(STATE_SAVE_OFFSET), 64));
                    cf.set_usable(usable::XSAVEC);
                }
            }
        }
    }
    l1
}

/// The compacted size of the `STATE_SAVE_MASK` components: x87 (160 bytes)
/// and SSE (256) at their fixed places, the others from leaf 0xd subleaf
/// `i` (EAX size, ECX bit 1 "64-byte aligned"), each after the previous
/// one; glibc runs the offsets up to component 31.
fn xsavec_compacted_size<C: CpuidSource>(cpu: &mut C) -> u32 {
    let mut prev_offset = 576u32; // component 2's offset
    let mut prev_size = 0u32;
    for i in 2..32u32 {
        let (size, ecx) = if STATE_SAVE_MASK & (1 << i) != 0 {
            let r = cpu.cpuid(0xd, i);
            (r.eax, r.ecx)
        } else {
            (0, 0)
        };
        if i > 2 {
            let mut offset = prev_offset.wrapping_add(prev_size);
            if ecx & (1 << 1) != 0 {
                offset = align_up_u32(offset, 64);
            }
            prev_offset = offset;
        }
        prev_size = size;
    }
    prev_offset.wrapping_add(prev_size)
}

/// `get_extended_indices`: leaves 0x80000001, 0x80000007 and 0x80000008 as
/// far as leaf 0x80000000 reports them.
fn get_extended_indices<C: CpuidSource>(cpu: &mut C, cf: &mut CpuFeatures) {
    let max = cpu.cpuid(0x8000_0000, 0).eax;
    for (leaf, index) in [
        (0x8000_0001, COMMON_CPUID_INDEX_80000001),
        (0x8000_0007, COMMON_CPUID_INDEX_80000007),
        (0x8000_0008, COMMON_CPUID_INDEX_80000008),
    ] {
        if max >= leaf {
            cf.cpuid[index] = cpu.cpuid(leaf, 0);
        }
    }
}

// ---------------------------------------------------------------------------
// glibc.cpu.hwcaps (sysdeps/x86/cpu-tunables.c, TUNABLE_CALLBACK (set_hwcaps))
// ---------------------------------------------------------------------------

/// CPUID bits that `-NAME` clears in `cpuid[]` (`CHECK_GLIBC_IFUNC_CPU_OFF`).
/// 2.31 has no separate "active" copy, and the usable bits were derived
/// before the tunable is applied: `-AVX2` clears the CPUID bit (which
/// `HAS_CPU_FEATURE (AVX2)` reads) but leaves `AVX2_Usable`.
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

/// `feature[]` bits that only `-NAME` clears (`CHECK_GLIBC_IFUNC_ARCH_OFF`):
/// (name, index, bit). `XSAVEC_Usable` is handled apart.
const HWCAPS_ARCH_OFF: &[(&[u8], usize, u32)] = &[
    (b"I586", FEATURE_INDEX_2, preferred::I586),
    (b"I686", FEATURE_INDEX_2, preferred::I686),
    (b"AVX_Usable", FEATURE_INDEX_1, usable::AVX),
    (b"FMA_Usable", FEATURE_INDEX_1, usable::FMA),
    (b"AVX2_Usable", FEATURE_INDEX_1, usable::AVX2),
    (b"FMA4_Usable", FEATURE_INDEX_1, usable::FMA4),
    (b"AVX512F_Usable", FEATURE_INDEX_1, usable::AVX512F),
    (b"AVX512DQ_Usable", FEATURE_INDEX_1, usable::AVX512DQ),
];

/// Preferences that `NAME` sets and `-NAME` clears
/// (`CHECK_GLIBC_IFUNC_ARCH_BOTH`).
const HWCAPS_PREFERRED_BOTH: &[(&[u8], u32)] = &[
    (b"Slow_BSF", preferred::SLOW_BSF),
    (b"Prefer_ERMS", preferred::PREFER_ERMS),
    (b"Prefer_FSRM", preferred::PREFER_FSRM),
    (b"Fast_Rep_String", preferred::FAST_REP_STRING),
    (b"Fast_Copy_Backward", preferred::FAST_COPY_BACKWARD),
    (b"Fast_Unaligned_Load", preferred::FAST_UNALIGNED_LOAD),
    (b"Fast_Unaligned_Copy", preferred::FAST_UNALIGNED_COPY),
    (b"Prefer_MAP_32BIT_EXEC", preferred::PREFER_MAP_32BIT_EXEC),
];

/// What a preference needs before `NAME` may set it.
#[derive(Clone, Copy)]
enum Need {
    /// `CHECK_GLIBC_IFUNC_ARCH_NEED_ARCH_BOTH`: a usable bit.
    Usable(u32),
    /// `CHECK_GLIBC_IFUNC_ARCH_NEED_CPU_BOTH`: a CPUID bit.
    Cpu(Feat),
}

/// Preferences that `NAME` sets only if NEED holds, and `-NAME` clears.
const HWCAPS_PREFERRED_NEED: &[(&[u8], u32, Need)] = &[
    (b"Slow_SSE4_2", preferred::SLOW_SSE4_2, Need::Cpu(f::SSE4_2)),
    (
        b"Prefer_No_AVX512",
        preferred::PREFER_NO_AVX512,
        Need::Usable(usable::AVX512F),
    ),
    (
        b"Prefer_AVX2_STRCMP",
        preferred::PREFER_AVX2_STRCMP,
        Need::Usable(usable::AVX2),
    ),
    (
        b"Prefer_No_VZEROUPPER",
        preferred::PREFER_NO_VZEROUPPER,
        Need::Usable(usable::AVX),
    ),
    (
        b"AVX_Fast_Unaligned_Load",
        preferred::AVX_FAST_UNALIGNED_LOAD,
        Need::Usable(usable::AVX),
    ),
    (
        b"MathVec_Prefer_No_AVX512",
        preferred::MATHVEC_PREFER_NO_AVX512,
        Need::Usable(usable::AVX512F),
    ),
    (
        b"Prefer_PMINUB_for_stringop",
        preferred::PREFER_PMINUB_FOR_STRINGOP,
        Need::Cpu(f::SSE2),
    ),
];

/// Apply a `glibc.cpu.hwcaps` value: comma-separated names, `-NAME`
/// disables; case-sensitive, unknown names ignored, items in order. glibc's
/// switch on the name length + `memcmp` is exact name equality (the names
/// of one length are distinct), with one quirk kept here: every disabled
/// name of 13 characters, whatever it is, first resets `xsave_state_size`
/// to the full XSAVE size (the statement precedes the `XSAVEC_Usable`
/// comparison in that `case`).
fn apply_hwcaps(cf: &mut CpuFeatures, value: &[u8]) {
    for (disable, name) in hwcaps_items(value) {
        apply_hwcaps_item(cf, disable, name);
    }
}

fn apply_hwcaps_item(cf: &mut CpuFeatures, disable: bool, name: &[u8]) {
    if disable {
        if name.len() == 13 {
            cf.xsave_state_size = u64::from(cf.xsave_state_full_size);
            if name == b"XSAVEC_Usable" {
                cf.feature[FEATURE_INDEX_1] &= !usable::XSAVEC;
            }
            return;
        }
        for &(n, feature) in HWCAPS_CPU_OFF {
            if name == n {
                cf.cpu_clear(feature);
                return;
            }
        }
        for &(n, index, bit) in HWCAPS_ARCH_OFF {
            if name == n {
                cf.feature[index] &= !bit;
                return;
            }
        }
    }
    for &(n, bit) in HWCAPS_PREFERRED_BOTH {
        if name == n {
            if disable {
                cf.feature[FEATURE_INDEX_2] &= !bit;
            } else {
                cf.prefer(bit);
            }
            return;
        }
    }
    for &(n, bit, need) in HWCAPS_PREFERRED_NEED {
        if name == n {
            let met = match need {
                Need::Usable(u) => cf.usable_p(u),
                Need::Cpu(c) => cf.cpu_p(c),
            };
            if disable {
                cf.feature[FEATURE_INDEX_2] &= !bit;
            } else if met {
                cf.prefer(bit);
            }
            return;
        }
    }
}

// ---------------------------------------------------------------------------
// Comparison with glibc 2.31's own ld.so
// ---------------------------------------------------------------------------

/// Name of the `struct cpu_features` field at byte `offset` (for diffs).
pub fn field_name(offset: usize) -> alloc::string::String {
    use alloc::format;
    const IDX: [&str; COMMON_CPUID_INDEX_MAX] = [
        "COMMON_CPUID_INDEX_1",
        "COMMON_CPUID_INDEX_7",
        "COMMON_CPUID_INDEX_80000001",
        "COMMON_CPUID_INDEX_D_ECX_1",
        "COMMON_CPUID_INDEX_80000007",
        "COMMON_CPUID_INDEX_80000008",
    ];
    const REGS: [&str; 4] = ["eax", "ebx", "ecx", "edx"];
    const BASIC: [&str; 5] = ["kind", "max_cpuid", "family", "model", "stepping"];
    match offset {
        0..=95 => format!("cpuid[{}].{}", IDX[offset / 16], REGS[(offset % 16) / 4]),
        96..=99 => "feature[FEATURE_INDEX_1]".into(),
        100..=103 => "feature[FEATURE_INDEX_2]".into(),
        104..=123 => format!("basic.{}", BASIC[(offset - 104) / 4]),
        124..=127 => "hole@124".into(),
        128..=135 => "xsave_state_size".into(),
        136..=139 => "xsave_state_full_size".into(),
        140..=143 => "hole@140".into(),
        144..=151 => "data_cache_size".into(),
        152..=159 => "shared_cache_size".into(),
        160..=167 => "non_temporal_threshold".into(),
        _ => "?".into(),
    }
}

/// Everything [`init_cpu_features`] computed, in the format of
/// `cpu_features_dump --emulate` on Debian 11's ld.so (without its
/// `cpuid_calls` line), numbers in hex without `0x`:
///
/// ```text
/// features <168 bytes as 336 hex digits>
/// hwcap 2
/// platform -            (or haswell / xeon_phi: GLRO(dl_platform) replaced)
/// ```
///
/// The lines are also those cpu_features_dump.c prints from the running
/// ld.so (`cpu_features_dump 104 168`, apart from its `auxv_*` lines).
pub fn dump_hex(init: &CpuInit) -> alloc::string::String {
    use core::fmt::Write;
    let mut s = alloc::string::String::with_capacity(2 * CPU_FEATURES_SIZE + 40);
    s.push_str("features ");
    for b in init.features.as_bytes() {
        let _ = write!(s, "{b:02x}");
    }
    let platform = match init.platform {
        Some(p) => core::str::from_utf8(p.strip_suffix(b"\0").unwrap_or(p)).unwrap_or("?"),
        None => "-",
    };
    let _ = write!(s, "\nhwcap {:x}\nplatform {platform}\n", init.hwcap);
    s
}

/// Compare `init` with a reference in [`dump_hex`]'s format (the output of
/// tests/programs/cpu_features_dump.c under 2.31's ld.so; other lines are
/// ignored). `mask_apic_id` ignores leaf 1 EBX bits 31:24 (the APIC ID of
/// whichever CPU executed CPUID). One message per difference; empty means
/// equal.
pub fn diff_against_reference(
    init: &CpuInit,
    reference: &str,
    mask_apic_id: bool,
) -> alloc::vec::Vec<alloc::string::String> {
    use alloc::format;
    use alloc::string::String;
    let ours = dump_hex(init);
    let mut bad = alloc::vec::Vec::new();
    let mut compared = 0;
    for line in reference.lines() {
        let Some((key, val)) = line.trim().split_once(' ') else {
            continue;
        };
        let val = val.trim();
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
            let mut last_field = String::new();
            for (off, (a, b)) in theirs.iter().zip(init.features.as_bytes()).enumerate() {
                if mask_apic_id && off == 4 + 3 {
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
        let Some(mine) = ours
            .lines()
            .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix(' ')))
        else {
            continue;
        };
        compared += 1;
        if mine != val {
            bad.push(format!("{key}: glibc `{val}`, ours `{mine}`"));
        }
    }
    if compared == 0 {
        bad.push("reference has no comparable lines".into());
    }
    bad
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::super::cpu_features_2_41::tests::{fake_cpu, strtoul, FakeCpu, PROFILES};
    use super::*;
    use std::format;
    use std::string::String;
    use std::vec::Vec;

    #[test]
    fn layout_is_glibc_2_31() {
        assert_eq!(CpuFeatures::zeroed().as_bytes(), &[0u8; 168]);
        let mut cf = CpuFeatures::zeroed();
        cf.non_temporal_threshold = 0x0102_0304_0506_0708;
        cf.basic.kind = 3;
        assert_eq!(&cf.as_bytes()[160..168], &[8, 7, 6, 5, 4, 3, 2, 1]);
        assert_eq!(cf.as_bytes()[104], 3);
        assert_eq!(
            field_name(4 * 16 + 4),
            "cpuid[COMMON_CPUID_INDEX_80000007].ebx"
        );
        assert_eq!(field_name(100), "feature[FEATURE_INDEX_2]");
        assert_eq!(field_name(116), "basic.model");
    }

    /// 2.31's `GLIBC_TUNABLES` reader for the tunables `init_cpu_features`
    /// reads (others, e.g. 2.41's, are unknown to 2.31 and ignored; the last
    /// occurrence wins).
    fn parse_tunables(value: &str) -> CpuTunables<'_> {
        let mut t = CpuTunables::default();
        for item in value.split(':') {
            let Some((name, v)) = item.split_once('=') else {
                continue;
            };
            match name {
                "glibc.cpu.hwcaps" => t.hwcaps = Some(v.as_bytes()),
                "glibc.cpu.x86_non_temporal_threshold" => {
                    t.x86_non_temporal_threshold = Some(strtoul(v))
                }
                "glibc.cpu.x86_data_cache_size" => t.x86_data_cache_size = Some(strtoul(v)),
                "glibc.cpu.x86_shared_cache_size" => t.x86_shared_cache_size = Some(strtoul(v)),
                _ => {}
            }
        }
        t
    }

    /// A profile's CPU and tunables. Its `minsig`, `hwcap2` and `env` lines
    /// are not inputs of 2.31's `init_cpu_features` (the emulation runs
    /// `_dl_sysdep_start`, not `dl_main`, so `LD_PREFER_MAP_32BIT_EXEC`
    /// has no effect there either).
    fn parse_profile(text: &str) -> (FakeCpu, CpuTunables<'_>) {
        let cpu = fake_cpu(text);
        let tunables = text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("tunables "))
            .last()
            .unwrap_or("");
        (cpu, parse_tunables(tunables))
    }

    /// Run `profile` through the logic and compare with `expected` (the
    /// emulation's output with `features` as non-zero 32-bit words,
    /// `byte_offset=hex`). One message per difference.
    fn profile_mismatches(profile: &str, expected: &str) -> Vec<String> {
        let (mut cpu, tunables) = parse_profile(profile);
        let ours = init_cpu_features_with(&mut cpu, &tunables);
        let mut bytes = [0u8; CPU_FEATURES_SIZE];
        let mut rest = String::new();
        let mut bad = Vec::new();
        for line in expected.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if let Some(n) = line.strip_prefix("cpuid_calls ") {
                if n.parse::<usize>() != Ok(cpu.calls) {
                    bad.push(format!("CPUID executions: glibc {n}, ours {}", cpu.calls));
                }
            } else if let Some(words) = line.strip_prefix("features ") {
                for word in words.split_whitespace() {
                    let (off, val) = word.split_once('=').expect("offset=value");
                    let off: usize = off.parse().expect("offset");
                    let val = u32::from_str_radix(val, 16).expect("hex");
                    bytes[off..off + 4].copy_from_slice(&val.to_le_bytes());
                }
            } else {
                rest.push_str(line);
                rest.push('\n');
            }
        }
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let reference = format!("features {hex}\n{rest}");
        bad.extend(diff_against_reference(&ours, &reference, false));
        if dump_hex(&ours) != reference {
            bad.push(format!(
                "dump text differs:\nglibc {reference}ours  {}",
                dump_hex(&ours)
            ));
        }
        bad
    }

    /// Every profile of the 2.41 module ([`PROFILES`]: both Intel leaf
    /// decodings, the microarch models, TSX, Xeon Phi, AMX/AVX10/APX, XSAVEC
    /// sizes, AMD, Hygon, Zhaoxin, other vendors, no-XSAVE and no-YMM
    /// variants; their 2.41 tunables mostly name things 2.31 does not have)
    /// and the 2.31-specific ones ([`PROFILES_2_31`]: the family-6 preference
    /// and TSX models with steppings, RTM_ALWAYS_ABORT, Excavator and FMA4,
    /// i586/i686, XSAVEC component sizes, hwcap/platform, every name of
    /// 2.31's `glibc.cpu.hwcaps`, the three copied tunables) against Debian
    /// 11's ld.so on the same CPUID tables.
    #[test]
    fn matches_glibc_2_31_ld_so_on_synthetic_cpus() {
        assert_eq!(
            PROFILES.iter().map(|p| p.0).collect::<Vec<_>>(),
            EXPECTED_2_31.iter().map(|e| e.0).collect::<Vec<_>>(),
            "EXPECTED_2_31 must list every profile of the 2.41 module's PROFILES, in order"
        );
        let mut failures = Vec::new();
        let all = PROFILES
            .iter()
            .zip(EXPECTED_2_31)
            .map(|(&(name, profile, _), &(_, expected))| (name, profile, expected))
            .chain(PROFILES_2_31.iter().copied());
        let mut n = 0;
        for (name, profile, expected) in all {
            n += 1;
            let bad = profile_mismatches(profile, expected);
            if !bad.is_empty() {
                failures.push(format!("[{name}]\n    {}", bad.join("\n    ")));
            }
        }
        assert!(n > 150, "{n} profiles");
        assert!(
            failures.is_empty(),
            "mismatches vs glibc 2.31's ld.so:\n{}",
            failures.join("\n")
        );
    }

    /// `LD_PREFER_MAP_32BIT_EXEC` (process_envvars, not in the emulated
    /// code) sets the preference, after and regardless of
    /// `-Prefer_MAP_32BIT_EXEC` in the tunable. The live Debian 11 ld.so
    /// does so with `LD_PREFER_MAP_32BIT_EXEC=1` and with an empty value,
    /// also under `glibc.cpu.hwcaps=-Prefer_MAP_32BIT_EXEC` (such dumps can
    /// be fed to `matches_glibc_2_31_ld_so_on_this_cpu`).
    #[test]
    fn ld_prefer_map_32bit_exec() {
        let (mut cpu, mut t) = parse_profile(PROFILES_2_31[0].1);
        let plain = init_cpu_features_with(&mut cpu, &t);
        assert!(!plain.features.preferred_p(preferred::PREFER_MAP_32BIT_EXEC));
        t.hwcaps = Some(b"-Prefer_MAP_32BIT_EXEC");
        t.ld_prefer_map_32bit_exec = true;
        let with = init_cpu_features_with(&mut cpu, &t);
        let mut expected = plain.features;
        expected.feature[FEATURE_INDEX_2] |= preferred::PREFER_MAP_32BIT_EXEC;
        assert_eq!(with.features, expected);
    }

    /// The host CPU: the module runs and gives a plausible answer (the
    /// comparison with Debian 11's ld.so on this machine is done with
    /// tests/programs/cpu_features_dump.c in the bullseye chroot).
    #[test]
    fn host_cpu() {
        let init = init_cpu_features(&CpuTunables::default());
        assert!(matches!(
            init.features.basic.kind,
            ARCH_KIND_INTEL | ARCH_KIND_AMD | ARCH_KIND_OTHER
        ));
        assert_eq!(init.hwcap & HWCAP_X86_64, HWCAP_X86_64);
        assert_eq!(init.minsigstacksize, 0);
        assert!(
            init.features.preferred_p(preferred::I686)
                || init.features.basic.kind == ARCH_KIND_OTHER
        );
    }

    /// This machine's CPU against Debian 11's ld.so, from dumps made in a
    /// bullseye chroot: each file named by `CPU_FEATURES_2_31_REFERENCES`
    /// (colon-separated) holds the output of `taskset -c 0
    /// cpu_features_dump 104 168` run under that ld.so, preceded by the
    /// environment it ran with as `tunables VALUE` (GLIBC_TUNABLES) and
    /// `env NAME=VALUE` lines. Run pinned as well: `taskset -c 0 cargo
    /// test --lib cpu_features_2_31 -- --ignored`.
    #[test]
    #[ignore = "needs reference dumps from Debian 11's ld.so (CPU_FEATURES_2_31_REFERENCES)"]
    fn matches_glibc_2_31_ld_so_on_this_cpu() {
        let list =
            std::env::var("CPU_FEATURES_2_31_REFERENCES").expect("CPU_FEATURES_2_31_REFERENCES");
        let mut failures = Vec::new();
        for path in list.split(':') {
            let text = std::fs::read_to_string(path).expect(path);
            let mut t = parse_tunables(
                text.lines()
                    .filter_map(|l| l.strip_prefix("tunables "))
                    .last()
                    .unwrap_or(""),
            );
            t.ld_prefer_map_32bit_exec = text
                .lines()
                .any(|l| l.starts_with("env LD_PREFER_MAP_32BIT_EXEC="));
            let ours = init_cpu_features(&t);
            let bad = diff_against_reference(&ours, &text, false);
            if !bad.is_empty() {
                failures.push(format!("[{path}]\n    {}", bad.join("\n    ")));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    // EXPECTED_2_31 and PROFILES_2_31 follow.
    // ---- generated by gen231.py: do not edit by hand ----
    /// glibc 2.31's verdict (Debian 11, 2.31-13+deb11u11, ld.so build-id
    /// 1b3277a4...) on every profile of the 2.41 module's `PROFILES`, in
    /// order: `cpu_features_dump --emulate` (tests/programs/
    /// cpu_features_dump.c) runs that ld.so's own `_dl_sysdep_start`
    /// (`__tunables_init`, the inlined `init_cpu_features`, the platform
    /// length) with CPUID/XGETBV answered from the profile; `features`
    /// lists the non-zero 32-bit words as `byte_offset=hex`,
    /// `cpuid_calls` the CPUID instructions executed. Generated, with
    /// [`PROFILES_2_31`], by the profile tooling's gen231.py.
    const EXPECTED_2_31: &[(&str, &str)] = &[
        (
            "amd_excavator",
            "\
             features 0=660f51 4=40800 8=7ed8320b 12=178bfbff 20=129 40=210961 44=28100800 48=1 80=3030 88=4003\n\
             features 96=60003 100=1b 104=2 108=d 112=15 116=65 120=1 128=400 136=400\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_excavator_no_xsave",
            "\
             features 0=660f51 4=40800 8=7ed8320b 12=178bfbff 20=129 40=210961 44=28100800 48=1 80=3030 88=4003\n\
             features 96=60003 100=1b 104=2 108=d 112=15 116=65 120=1 128=400 136=400\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_excavator_no_ymm",
            "\
             features 0=660f51 4=40800 8=7ed8320b 12=178bfbff 20=129 40=210961 44=28100800 48=1 80=3030 88=4003\n\
             features 100=1b 104=2 108=d 112=15 116=65 120=1 128=400 136=400\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_k10_legacy_ht_threads",
            "\
             features 0=100f42 4=40800 8=802009 12=178bfbff 32=100f42 36=10000137 40=37ff 44=2fd3fbff 100=3 104=2\n\
             features 108=5 112=10 116=4 120=2\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 4\n\
            ",
        ),
        (
            "amd_odd_assoc",
            "\
             features 0=830f10 4=100800 8=7ff8320b 12=178bfbff 20=219c01a9 24=400000 40=c001e7 44=2e500800 48=f\n\
             features 76=100 80=3030 84=1201 88=700f 96=420003 100=103 104=2 108=10 112=17 116=31 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "amd_odd_assoc2",
            "\
             features 0=830f10 4=100800 8=7ff8320b 12=178bfbff 20=219c01a9 24=400000 40=c001e7 44=2e500800 48=f\n\
             features 76=100 80=3030 84=1201 88=700f 96=420003 100=103 104=2 108=10 112=17 116=31 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "amd_piledriver_l3",
            "\
             features 0=600f20 4=40800 8=7ed8320b 12=178bfbff 20=129 40=210961 44=28100800 48=1 80=3030 88=4003\n\
             features 96=60003 100=103 104=2 108=d 112=15 116=2 128=400 136=400\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_zen2",
            "\
             features 0=830f10 4=100800 8=7ff8320b 12=178bfbff 20=219c01a9 24=400000 40=c001e7 44=2e500800 48=f\n\
             features 76=100 80=3030 84=1201 88=700f 96=420003 100=103 104=2 108=10 112=17 116=31 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "amd_zen2_no_l3",
            "\
             features 0=870f10 4=100800 8=7ed8320b 12=178bfbff 20=219c91a9 32=870f10 40=75c237ff 44=2fd3fbff 48=f\n\
             features 80=3030 84=10 88=f 96=420003 100=103 104=2 108=10 112=17 116=71 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "amd_zen2_tunables",
            "\
             features 0=830f10 4=100800 8=7fe0320b 12=178bfbff 20=219c01a9 24=400000 40=c001e7 44=2e500800 48=f\n\
             features 76=100 80=3030 84=1201 88=700f 96=420003 100=983 104=2 108=10 112=17 116=31 128=380 136=380\n\
             features 160=100000\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "amd_zen4_8000001d",
            "\
             features 0=a10f11 4=10800 8=fed83203 12=178bfbff 16=1 20=f1bf97a9 24=405fce 28=10 32=a10f11\n\
             features 36=40000000 40=75c237ff 44=2fd3fbff 48=f 80=3030 84=791ef257 88=1 92=10000 96=5bf9cf\n\
             features 100=103 104=2 108=10 112=19 116=11 120=1 128=9c0 136=9c0\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "amd_zen4_8000001d_tunables",
            "\
             features 0=a10f11 4=10800 8=fed83203 12=178bfbff 16=1 20=f1bf95a9 24=405fce 28=10 32=a10f11\n\
             features 36=40000000 40=75c237ff 44=2fd3fbff 48=f 80=3030 84=791ef257 88=1 92=10000 96=5bf9cf\n\
             features 100=103 104=2 108=10 112=19 116=11 120=1 128=9c0 136=9c0\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "amd_zen_hv_zero_8000001d",
            "\
             features 0=a00f11 4=3f0800 8=fed83203 12=178bfbff 20=219c91a9 24=40069c 28=10 32=a00f11 36=40000000\n\
             features 40=75c237ff 44=2fd3fbff 48=f 80=3030 84=791ef257 88=3f 92=10000 96=5a0003 100=103 104=2\n\
             features 108=10 112=19 116=1 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hygon_c86_8000001d",
            "\
             features 0=900f22 4=800 8=7ed8320b 12=178bfbff 20=209c0189 32=900f22 40=35c233ff 44=2fd3fbff 48=f\n\
             features 80=3030 84=1007 88=7 96=420003 100=103 104=2 108=d 112=18 116=2 120=2 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hygon_dhyana",
            "\
             features 0=900f11 4=200800 8=7ed83203 12=178bfbff 20=329 40=210961 44=28100800 48=1 80=3030 96=60003\n\
             features 100=103 104=2 108=d 112=18 116=1 120=1 128=400 136=400\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "hygon_model13_ext_model_avx2",
            "\
             features 0=910f31 4=800 8=7ed8320b 12=178bfbff 20=209c01a9 32=910f31 40=35c233ff 44=2fd3fbff 48=f\n\
             features 80=3030 84=1007 88=7 96=420003 100=103 104=2 108=d 112=18 116=13 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hygon_model17_ext_model_avx512",
            "\
             features 0=910f71 4=800 8=7ed8320b 12=178bfbff 20=f09f01a9 32=910f71 40=35c233ff 44=2fd3fbff 48=f\n\
             features 80=3030 84=1007 88=7 96=4201cf 100=103 104=2 108=d 112=18 116=17 120=1 128=9c0 136=9c0\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hygon_model2_avx2",
            "\
             features 0=900f22 4=800 8=7ed8320b 12=178bfbff 20=209c01a9 32=900f22 40=35c233ff 44=2fd3fbff 48=f\n\
             features 80=3030 84=1007 88=7 96=420003 100=103 104=2 108=d 112=18 116=2 120=2 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hygon_model2_hwcaps_avx_fast_unaligned_load",
            "\
             features 0=900f22 4=800 8=7ed8320b 12=178bfbff 20=209c01a9 32=900f22 40=35c233ff 44=2fd3fbff 48=f\n\
             features 80=3030 84=1007 88=7 96=420003 100=103 104=2 108=d 112=18 116=2 120=2 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hygon_model4_avx2",
            "\
             features 0=900f41 4=800 8=7ed8320b 12=178bfbff 20=209c01a9 32=900f41 40=35c233ff 44=2fd3fbff 48=f\n\
             features 80=3030 84=1007 88=7 96=420003 100=103 104=2 108=d 112=18 116=4 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hygon_model7_avx2",
            "\
             features 0=900f71 4=800 8=7ed8320b 12=178bfbff 20=209c01a9 32=900f71 40=35c233ff 44=2fd3fbff 48=f\n\
             features 80=3030 84=1007 88=7 96=420003 100=103 104=2 108=d 112=18 116=7 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hygon_model7_avx512",
            "\
             features 0=900f71 4=800 8=7ed8320b 12=178bfbff 20=f09f01a9 32=900f71 40=35c233ff 44=2fd3fbff 48=f\n\
             features 80=3030 84=1007 88=7 96=4201cf 100=103 104=2 108=d 112=18 116=7 120=1 128=9c0 136=9c0\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hygon_model7_avx512_hwcaps_no_prefer_no_avx512",
            "\
             features 0=900f71 4=800 8=7ed8320b 12=178bfbff 20=f09f01a9 32=900f71 40=35c233ff 44=2fd3fbff 48=f\n\
             features 80=3030 84=1007 88=7 96=4201cf 100=103 104=2 108=d 112=18 116=7 120=1 128=9c0 136=9c0\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_alderlake_no_erms_avoid_stosb",
            "\
             features 0=90675 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c05a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=97 120=5 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_atom_slow_bsf",
            "\
             features 0=20661 4=100800 8=7edab223 12=bfeffbff 20=9c0fb9 28=400 40=121 44=2c100800 48=f 96=420003\n\
             features 100=14943 104=1 108=16 112=6 116=26 120=1 128=3c0 136=480\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_avx10_maxleaf_23",
            "\
             features 0=a06d1 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=f3bf9fbb 24=fa417ffe 28=ffd54430 40=121\n\
             features 44=2c100800 48=1f 80=3027 84=200 96=5bf9cf 100=14d37 104=1 108=23 112=6 116=ad 120=1\n\
             features 128=9c0 136=2bc0\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_avx10_no_zmm_state",
            "\
             features 0=a06d1 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=f3bf9fbb 24=fa417ffe 28=ffd54430 40=121\n\
             features 44=2c100800 48=1f 80=3027 84=200 96=5a0003 100=14d37 104=1 108=24 112=6 116=ad 120=1\n\
             features 128=9c0 136=2bc0\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_cannonlake",
            "\
             features 0=60663 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=f3bf9fbb 24=fa417ffe 28=ffd54430 40=121\n\
             features 44=2c100800 48=1f 80=3027 84=200 96=5bf9cf 100=14d37 104=1 108=20 112=6 116=66 120=3\n\
             features 128=9c0 136=2b40\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_cascadelake",
            "\
             features 0=50657 4=3400800 8=7ffab223 12=bfeffbff 20=d39f4fb9 24=18 28=ac000400 40=121 44=2c100800\n\
             features 48=f 76=100 80=302e 96=4201cf 100=14d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_cometlake_memset_tunable",
            "\
             features 0=a0655 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=a5 120=5 128=380\n\
             features 136=2b40 160=200000\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_core2_leaf2",
            "\
             features 0=10676 4=20800 8=c082201 12=178bfbff 40=1 44=20100800 80=3024 100=4003 104=1 108=d 112=6\n\
             features 116=17 120=6 128=280 136=280\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_diamondrapids_family19",
            "\
             features 0=400f10 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=f3bf9fbb 24=fa417ffe 28=ffd54430 40=121\n\
             features 44=2c100800 48=1f 80=3027 84=200 96=5bf9cf 100=14903 104=1 108=24 112=13 116=1 128=9c0\n\
             features 136=2bc0\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_family18_model2_default",
            "\
             features 0=300f20 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14103 104=1 108=20 112=12 116=2 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_fsgsbase_hwcap2",
            "\
             features 0=806c1 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=8c 120=1 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_graniterapids_avx10_apx",
            "\
             features 0=a06d1 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=f3bf9fbb 24=fa417ffe 28=ffd54430 40=121\n\
             features 44=2c100800 48=1f 80=3027 84=200 96=5bf9cf 100=14d37 104=1 108=24 112=6 116=ad 120=1\n\
             features 128=9c0 136=2bc0\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_haswell",
            "\
             features 0=306c3 4=100800 8=7edab223 12=bfeffbff 20=27b9 28=400 40=121 44=2c100800 48=1 80=3027\n\
             features 96=20003 100=14537 104=1 108=d 112=6 116=3c 120=3 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_haswell_div8_no_avx_os",
            "\
             features 0=306c3 4=100800 8=7ffafbff 12=bfebfbff 20=27ab 40=121 44=2c100800 48=1 80=3027 84=200\n\
             features 100=4437 104=1 108=20 112=6 116=3c 120=3 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_haswell_emul_minsig_noxsave",
            "\
             features 0=306c3 4=100800 8=7edaa223 12=bfeffbff 20=27b9 28=400 40=121 44=2c100800 48=1 80=3027\n\
             features 96=20003 100=14537 104=1 108=d 112=6 116=3c 120=3 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_haswell_ep_s2",
            "\
             features 0=306f2 4=100800 8=7edab223 12=bfeffbff 20=9c07b9 28=400 40=121 44=2c100800 48=f 96=420003\n\
             features 100=14537 104=1 108=16 112=6 116=3f 120=2 128=3c0 136=480\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_haswell_os_no_ymm",
            "\
             features 0=306c3 4=100800 8=7edab223 12=bfeffbff 20=27b9 28=400 40=121 44=2c100800 48=1 80=3027\n\
             features 100=4437 104=1 108=d 112=6 116=3c 120=3 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_hwcaps_empty_items",
            "\
             features 0=806c1 4=100800 8=7feaebff 12=bfebfbff 16=2 20=239c0789 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=1453f 104=1 108=20 112=6 116=8c 120=1 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_hwcaps_empty_value",
            "\
             features 0=806c1 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=8c 120=1 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_hwcaps_osxsave_off",
            "\
             features 0=806c1 4=100800 8=77fafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=8c 120=1 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_hybrid_amx",
            "\
             features 0=90672 4=100800 8=7edab223 12=bfeffbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=97 120=2 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_hybrid_no_amx_state",
            "\
             features 0=90672 4=100800 8=7edab223 12=bfeffbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=97 120=2 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_icelake_memset_at_min",
            "\
             features 0=706e5 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=7e 120=5 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_kabylake",
            "\
             features 0=806ea 4=100800 8=7edab223 12=bfeffbff 20=9c07a9 28=c00 40=121 44=2c100800 48=f 96=420003\n\
             features 100=14537 104=1 108=16 112=6 116=8e 120=a 128=3c0 136=480\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_knights_mill_default",
            "\
             features 0=50671 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=f3bf9fbb 24=fa417ffe 28=ffd54430 40=121\n\
             features 44=2c100800 48=1f 80=3027 84=200 96=5bf9cf 100=14db3 104=1 108=20 112=6 116=57 120=1\n\
             features 128=9c0 136=2b40\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_knl",
            "\
             features 0=50671 4=1000800 8=7edab223 12=bfeffbff 20=1c0d07a9 40=121 44=2c100800 48=1 96=2003f\n\
             features 100=db3 104=1 108=d 112=6 116=57 120=1 128=ac0 136=ac0\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_lakefield_div2",
            "\
             features 0=806a1 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=8a 120=1 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_leaf2_0x40_then_l3",
            "\
             features 0=10676 4=20800 8=c082201 12=178bfbff 40=1 44=20100800 80=3024 100=4003 104=1 108=d 112=6\n\
             features 116=17 120=6 128=280 136=280\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_leaf2_not_1",
            "\
             features 0=806ea 4=100800 8=7edab223 12=bfeffbff 20=9c07a9 28=c00 40=121 44=2c100800 48=f 96=420003\n\
             features 100=14537 104=1 108=16 112=6 116=8e 120=a 128=3c0 136=480\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_leaf4_beyond_cache",
            "\
             features 0=906ea 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=9e 120=a 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_leaf4_beyond_cache_l1",
            "\
             features 0=906ea 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=9e 120=a 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_leaf4_l4_edram",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=4f 120=1 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_max_leaf_1",
            "\
             features 0=10676 4=20800 8=c082201 12=178bfbff 40=1 44=20100800 80=3024 100=4003 104=1 108=1 112=6\n\
             features 116=17 120=6\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 6\n\
            ",
        ),
        (
            "intel_max_leaf_19",
            "\
             features 0=90672 4=100800 8=7edab223 12=bfeffbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=19 112=6 116=97 120=2 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_merom_no_cache_info",
            "\
             features 0=6fb 4=40800 8=82201 12=178bfbff 40=1 44=20100800 80=3024 100=4003 104=1 108=d 112=6 116=f\n\
             features 120=b\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 8\n\
            ",
        ),
        (
            "intel_nehalem_model",
            "\
             features 0=106e5 4=100800 8=7edab223 12=bfeffbff 20=9c0fb9 28=400 40=121 44=2c100800 48=f 96=420003\n\
             features 100=14d37 104=1 108=16 112=6 116=1e 120=5 128=3c0 136=480\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_no_erms_hwcaps_stosb",
            "\
             features 0=90675 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c05a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=12537 104=1 108=20 112=6 116=97 120=5 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_novalake_family18",
            "\
             features 0=300f10 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14103 104=1 108=20 112=12 116=1 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_p4_f15m6",
            "\
             features 0=f65 4=20800 8=2009 12=178bfbff 40=1 44=20100000 100=4003 104=1 108=2 112=f 116=6 120=5\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 6\n\
            ",
        ),
        (
            "intel_prefer_map32_bad_tunable_alias",
            "\
             features 0=806c1 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=8c 120=1 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_prefer_map32_env_alias",
            "\
             features 0=806c1 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=8c 120=1 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_prefer_map32_tunable_beats_alias",
            "\
             features 0=806c1 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=8c 120=1 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_saltwell_slow_bsf",
            "\
             features 0=30661 4=100800 8=40e3bd 12=bfebfbff 40=121 44=2c100800 80=3027 84=200 100=4003 104=1\n\
             features 108=a 112=6 116=36 120=1\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 7\n\
            ",
        ),
        (
            "intel_sandybridge_div8",
            "\
             features 0=206a7 4=100800 8=7ffafbff 12=bfebfbff 40=121 44=2c100800 48=1 80=3027 84=200 96=20001\n\
             features 100=4437 104=1 108=20 112=6 116=2a 120=7 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_sapphirerapids",
            "\
             features 0=806f8 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=f3bf9fbb 24=fa417ffe 28=ffd54430 40=121\n\
             features 44=2c100800 48=1f 80=3027 84=200 96=5bf9cf 100=14d37 104=1 108=20 112=6 116=8f 120=8\n\
             features 128=9c0 136=2b40\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_sapphirerapids_noxsavec",
            "\
             features 0=806f8 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=f3bf9fbb 24=fa417ffe 28=ffd54430 40=121\n\
             features 44=2c100800 48=1f 80=3027 84=200 96=5bf9cf 100=14d37 104=1 108=20 112=6 116=8f 120=8\n\
             features 128=9c0 136=2b40\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_shstk_enable_prefer_map32",
            "\
             features 0=806c1 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c9fbb 24=400780 28=410 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14d37 104=1 108=20 112=6 116=8c 120=1 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_sierraforest_default",
            "\
             features 0=a06f3 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=239c07a9 24=1ac007b0 28=351cc10 40=121\n\
             features 44=2c100800 48=f 80=3027 84=200 96=5a0003 100=14537 104=1 108=20 112=6 116=af 120=3 128=380\n\
             features 136=2b40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_silvermont",
            "\
             features 0=406d8 4=80800 8=42d82203 12=178bfbff 40=101 44=28100800 100=44b3 104=1 108=b 112=6 116=4d\n\
             features 120=8\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 7\n\
            ",
        ),
        (
            "intel_skx",
            "\
             features 0=50654 4=3400800 8=7ffab223 12=bfeffbff 20=d39f47a9 24=18 28=ac000c00 40=121 44=2c100800\n\
             features 48=f 76=100 80=302e 96=4201cf 100=14537 104=1 108=16 112=6 116=55 120=4 128=a00 136=b00\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_skx_no_avx512",
            "\
             features 0=50654 4=3400800 8=7ffab223 12=bfeffbff 20=d39e4589 24=18 28=ac000c00 40=121 44=2c100800\n\
             features 48=f 76=100 80=302e 96=4201cf 100=10537 104=1 108=16 112=6 116=55 120=4 128=a00 136=b00\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_skx_no_erms",
            "\
             features 0=50654 4=3400800 8=7ffab223 12=bfeffbff 20=d39f45a9 24=18 28=ac000c00 40=121 44=2c100800\n\
             features 48=f 76=100 80=302e 96=4201cf 100=14537 104=1 108=16 112=6 116=55 120=4 128=a00 136=b00\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_skx_s4_avoid_nt_memset",
            "\
             features 0=50654 4=100800 8=7ffafbff 12=bfebfbff 16=2 20=f3bf97ab 24=fa417ffe 28=ffd54c30 40=121\n\
             features 44=2c100800 48=1f 80=3027 84=200 96=5bf9cf 100=14537 104=1 108=20 112=6 116=55 120=4\n\
             features 128=9c0 136=2b40\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_skx_tunables",
            "\
             features 0=50654 4=3400800 8=7ffab223 12=bfeffbff 20=539f47a9 24=18 28=ac000c00 40=121 44=2c100800\n\
             features 48=f 76=100 80=302e 96=4201cf 100=1c577 104=1 108=16 112=6 116=55 120=4 128=a00 136=b00\n\
             features 144=4000 152=100000 160=4041\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_skylake_client_5e",
            "\
             features 0=506e3 4=100800 8=7edab223 12=bfeffbff 20=9c07a9 28=c00 40=121 44=2c100800 48=f 96=420003\n\
             features 100=14537 104=1 108=16 112=6 116=5e 120=3 128=3c0 136=480\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_tremont",
            "\
             features 0=90661 4=100800 8=7edab223 12=bfeffbff 20=9c0fb9 28=400 40=121 44=2c100800 48=f 96=420003\n\
             features 100=14d37 104=1 108=16 112=6 116=96 120=1 128=3c0 136=480\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_westmere_modern_no_avx",
            "\
             features 0=206c2 4=100800 8=43faebff 12=bfebfbff 40=121 44=2c100800 80=3027 84=200 100=4437 104=1\n\
             features 108=b 112=6 116=2c 120=2\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 7\n\
            ",
        ),
        (
            "intel_xsavec_align",
            "\
             features 0=50654 4=3400800 8=7ffab223 12=bfeffbff 20=d39f47a9 24=18 28=ac000c00 40=121 44=2c100800\n\
             features 48=f 76=100 80=302e 96=4201cf 100=14537 104=1 108=16 112=6 116=55 120=4 128=a40 136=b00\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "other_vendor",
            "\
             features 20=329 28=10 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "other_vendor_negative_shared",
            "\
             features 20=209 48=1 104=3 108=d 160=4041\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "other_vendor_tunables",
            "\
             features 20=329 28=10 100=4 104=3 108=d 144=8000 152=100000\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "zhaoxin_centaur_f6m0f",
            "\
             features 20=329 48=1 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "zhaoxin_centaur_no_erms",
            "\
             features 20=129 48=1 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "zhaoxin_centaur_no_l3",
            "\
             features 20=329 48=1 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "zhaoxin_f7_other",
            "\
             features 20=329 48=1 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "zhaoxin_f7m1b",
            "\
             features 20=329 48=1 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "zhaoxin_shanghai_f7m3b",
            "\
             features 20=329 48=1 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "zhaoxin_shanghai_no_erms",
            "\
             features 20=129 48=1 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "zhaoxin_shijidadao_6b_no_erms",
            "\
             features 20=219c01a9 48=1 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "zhaoxin_yongfeng_5b",
            "\
             features 20=219c03a9 48=1 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
    ];

    /// Profiles for 2.31's own paths (profile text as given to
    /// `cpu_features_dump --emulate`, then the Debian 11 ld.so's result,
    /// as in [`EXPECTED_2_31`]).
    const PROFILES_2_31: &[(&str, &str, &str)] = &[
        (
            "intel_f6_model_1c",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 106c1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=106c1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14943 104=1 108=16 112=6 116=1c 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_26",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 20661 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=20661 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14943 104=1 108=16 112=6 116=26 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_57",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50671 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=50671 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14db3 104=1 108=16 112=6 116=57 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_5c",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 506c1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=506c1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14db3 104=1 108=16 112=6 116=5c 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_5f",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 506f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=506f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14db3 104=1 108=16 112=6 116=5f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_4c",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406c1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406c1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14db3 104=1 108=16 112=6 116=4c 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_37",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 30671 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=30671 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14db3 104=1 108=16 112=6 116=37 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_4a",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406a1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406a1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14db3 104=1 108=16 112=6 116=4a 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_4d",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406d1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406d1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14db3 104=1 108=16 112=6 116=4d 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_5a",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 506a1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=506a1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14db3 104=1 108=16 112=6 116=5a 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_5d",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 506d1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=506d1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14db3 104=1 108=16 112=6 116=5d 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_1a",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 106a1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=106a1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=1a 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_1e",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 106e1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=106e1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=1e 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_1f",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 106f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=106f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=1f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_25",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 20651 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=20651 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=25 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_2c",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 206c1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=206c1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=2c 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_2e",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 206e1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=206e1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=2e 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_2f",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 206f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=206f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=2f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_3a",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306a1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=306a1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=3a 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_6a",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 606a1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=606a1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=6a 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_8f",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=806f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=8f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_f6_model_17_no_avx",
            "\
             cpuid 0 0 a 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 10676 100800 408e3fd bfebfbff\n\
             cpuid 7 0 0 0 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 0\n\
            ",
            "\
             features 0=10676 4=100800 8=408e3fd 12=bfebfbff 40=121 44=2c100800 76=100 80=3027 100=4003 104=1\n\
             features 108=a 112=6 116=17 120=6\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 7\n\
            ",
        ),
        (
            "intel_f6_model_3a_no_avx",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306a9 100800 6ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=306a9 4=100800 8=6ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 100=4803 104=1 108=16 112=6 116=3a 120=9 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_55_s4",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50654 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=50654 4=100800 8=7ffafbff 12=bfebfbff 20=29c67af 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=55 120=4 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_55_s5",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50655 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=50655 4=100800 8=7ffafbff 12=bfebfbff 20=29c67af 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=55 120=5 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_55_s6",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50656 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=50656 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=55 120=6 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_55_s7",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=55 120=7 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_8e_sa",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806ea 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=806ea 4=100800 8=7ffafbff 12=bfebfbff 20=29c67af 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=8e 120=a 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_8e_sb",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806eb 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=806eb 4=100800 8=7ffafbff 12=bfebfbff 20=29c67af 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=8e 120=b 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_8e_sc",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806ec 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=806ec 4=100800 8=7ffafbff 12=bfebfbff 20=29c67af 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=8e 120=c 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_8e_sd",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806ed 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=806ed 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=8e 120=d 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_9e_s9",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 906e9 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=906e9 4=100800 8=7ffafbff 12=bfebfbff 20=29c67af 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=9e 120=9 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_9e_sc",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 906ec 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=906ec 4=100800 8=7ffafbff 12=bfebfbff 20=29c67af 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=9e 120=c 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_9e_sd",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 906ed 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=906ed 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=9e 120=d 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_4e_s3",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406e3 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406e3 4=100800 8=7ffafbff 12=bfebfbff 20=29c67af 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=4e 120=3 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_5e_s3",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 506e3 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=506e3 4=100800 8=7ffafbff 12=bfebfbff 20=29c67af 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=5e 120=3 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_3f_s2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306f2 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=306f2 4=100800 8=7ffafbff 12=bfebfbff 20=29c67bf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14537 104=1 108=16 112=6 116=3f 120=2 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_3f_s3",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306f3 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=306f3 4=100800 8=7ffafbff 12=bfebfbff 20=29c67bf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14537 104=1 108=16 112=6 116=3f 120=3 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_3f_s4",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306f4 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=306f4 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=3f 120=4 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_3c_s3",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306c3 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=306c3 4=100800 8=7ffafbff 12=bfebfbff 20=29c67bf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14537 104=1 108=16 112=6 116=3c 120=3 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_45_s1",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 40651 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=40651 4=100800 8=7ffafbff 12=bfebfbff 20=29c67bf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14537 104=1 108=16 112=6 116=45 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_46_s1",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 40661 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=40661 4=100800 8=7ffafbff 12=bfebfbff 20=29c67bf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14537 104=1 108=16 112=6 116=46 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_tsx_8e_s9_no_hle_rtm",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806e9 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c67af 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=806e9 4=100800 8=7ffafbff 12=bfebfbff 20=29c67af 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=8e 120=9 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_rtm_always_abort",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806c1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 800\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=806c1 4=100800 8=7ffafbff 12=bfebfbff 20=29c67bf 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=8c 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_rtm_always_abort_haswell",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 306c3 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 800\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=306c3 4=100800 8=7ffafbff 12=bfebfbff 20=29c67bf 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=3c 120=3 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_rtm_always_abort_5e",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 506e3 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 800\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=506e3 4=100800 8=7ffafbff 12=bfebfbff 20=29c67af 28=800 40=121 44=2c100800 48=1 76=100\n\
             features 80=3027 96=20003 100=14537 104=1 108=16 112=6 116=5e 120=3 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_no_rtm_no_prefer_vzeroupper",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 806c1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c67bf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=806c1 4=100800 8=7ffafbff 12=bfebfbff 20=29c67bf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14537 104=1 108=16 112=6 116=8c 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_family15_ext_model",
            "\
             cpuid 0 0 6 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 40f62 100800 e59d bfebfbff\n\
             cpuid 7 0 0 0 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 0\n\
            ",
            "\
             features 0=40f62 4=100800 8=e59d 12=bfebfbff 40=121 44=2c100800 76=100 80=3027 100=4003 104=1 108=6\n\
             features 112=f 116=46 120=2\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 6\n\
            ",
        ),
        (
            "intel_family16",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 100f11 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=100f11 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14903 104=1 108=16 112=10 116=1 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_skx_avx512_hwcap",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 d19f4fbf 18 ac000400\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=d19f4fbf 24=18 28=ac000400 40=121 44=2c100800\n\
             features 48=f 76=100 80=3027 96=4201cf 100=14d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_icx_avx512_all",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 606a6 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 d1bf4fbf 40417f5e bc040412\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
            ",
            "\
             features 0=606a6 4=100800 8=7ffafbff 12=bfebfbff 20=d1bf4fbf 24=40417f5e 28=bc040412 40=121\n\
             features 44=2c100800 48=f 76=100 80=3027 96=5bf9cf 100=14d37 104=1 108=16 112=6 116=6a 120=6 128=a00\n\
             features 136=b00\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_skx_no_zmm_state",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 d19f4fbf 0 0\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=d19f4fbf 40=121 44=2c100800 48=f 76=100 80=3027\n\
             features 96=420003 100=14d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_skx_opmask_only",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 d19f4fbf 0 0\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 27\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=d19f4fbf 40=121 44=2c100800 48=f 76=100 80=3027\n\
             features 96=420003 100=14d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_skx_no_vl",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 519f4fbf 0 0\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=519f4fbf 40=121 44=2c100800 48=f 76=100 80=3027\n\
             features 96=42018f 100=14d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_skx_no_cd",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 c19f4fbf 0 0\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=c19f4fbf 40=121 44=2c100800 48=f 76=100 80=3027\n\
             features 96=4201c7 100=14d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_knl_xeon_phi",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50671 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 1d9d4fbf 0 c\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 e7\n\
            ",
            "\
             features 0=50671 4=100800 8=7ffafbff 12=bfebfbff 20=1d9d4fbf 28=c 40=121 44=2c100800 48=f 76=100\n\
             features 80=3027 96=42063f 100=db3 104=1 108=16 112=6 116=57 120=1 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_knl_no_pf",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50671 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 199d4fbf 0 0\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 e7\n\
            ",
            "\
             features 0=50671 4=100800 8=7ffafbff 12=bfebfbff 20=199d4fbf 40=121 44=2c100800 48=f 76=100 80=3027\n\
             features 96=42001f 100=db3 104=1 108=16 112=6 116=57 120=1 128=a00 136=b00\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_knm_er_no_zmm",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 80650 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 1d9d4fbf 0 0\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=80650 4=100800 8=7ffafbff 12=bfebfbff 20=1d9d4fbf 40=121 44=2c100800 48=f 76=100 80=3027\n\
             features 96=420003 100=d37 104=1 108=16 112=6 116=85 128=a00 136=b00\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_haswell_platform_no_bmi1",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fb7 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fb7 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_haswell_platform_no_bmi2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6ebf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6ebf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_haswell_platform_no_movbe",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7fbafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7fbafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_haswell_platform_no_popcnt",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7f7afbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7f7afbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_haswell_platform_no_fma",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffaebff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffaebff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=3 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_haswell_platform_no_lzcnt",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 101 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=101 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_ymm_not_enabled",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 3\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 100=4c37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_no_osxsave",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 77fafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=77fafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 100=4c37 104=1 108=16 112=6 116=4f 120=1\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 8\n\
            ",
        ),
        (
            "intel_osxsave_max_leaf_c",
            "\
             cpuid 0 0 c 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=c 112=6 116=4f 120=1\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 7\n\
            ",
        ),
        (
            "intel_osxsave_max_leaf_6",
            "\
             cpuid 0 0 6 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 40=121 44=2c100800 76=100 80=3027 96=20001 100=4437\n\
             features 104=1 108=6 112=6 116=4f 120=1\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 6\n\
            ",
        ),
        (
            "intel_max_leaf_1",
            "\
             cpuid 0 0 1 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 106a5 100800 98e3bd bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=106a5 4=100800 8=98e3bd 12=bfebfbff 40=121 44=2c100800 76=100 80=3027 100=4437 104=1\n\
             features 108=1 112=6 116=1a 120=5\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 6\n\
            ",
        ),
        (
            "intel_no_extended_leaves",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000000 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 48=1 96=20003 100=14d37 104=1 108=16\n\
             features 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 6\n\
            ",
        ),
        (
            "intel_extended_to_80000001",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000001 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 96=20003\n\
             features 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 7\n\
            ",
        ),
        (
            "intel_extended_to_80000007",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000007 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 96=20003\n\
             features 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 8\n\
            ",
        ),
        (
            "intel_xsave_no_xsavec",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_xsavec_aligned_components",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50654 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 d19f4fbf 0 0\n\
             cpuid d 0 2ff a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 2 0\n\
             cpuid d 4 40 400 2 0\n\
             cpuid d 5 40 440 2 0\n\
             cpuid d 6 200 480 2 0\n\
             cpuid d 7 400 680 2 0\n\
             cpuid d 9 8 a80 2 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2ff\n\
            ",
            "\
             features 0=50654 4=100800 8=7ffafbff 12=bfebfbff 20=d19f47af 28=800 40=121 44=2c100800 48=f 76=100\n\
             features 80=3027 96=4201cf 100=14537 104=1 108=16 112=6 116=55 120=4 128=a00 136=b00\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_xsavec_odd_sizes",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 344 344 0\n\
             cpuid d 1 2 0 0 0\n\
             cpuid d 2 104 240 2 0\n\
             cpuid d 3 13 3c0 2 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=2 76=100 80=3027\n\
             features 96=420003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=400 136=3c0\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_xsavec_zero_sizes",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 2 0 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=2 76=100 80=3027\n\
             features 96=420003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=280 136=380\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "intel_xsave_ebx_zero",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 0 340 0\n\
             cpuid d 1 2 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=2 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=4f 120=1\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "intel_xsave_huge_ebx",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 ffffffe0 340 0\n\
             cpuid d 1 0 0 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=40 136=40\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_f15_model_5f",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 650ff1 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=650ff1 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=2fd3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=60003 100=103 104=2 108=d 112=15 116=5f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_f15_model_60",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 660f01 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=660f01 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=2fd3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=60003 100=1b 104=2 108=d 112=15 116=60 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_f15_model_65",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 660f51 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=660f51 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=2fd3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=60003 100=1b 104=2 108=d 112=15 116=65 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_f15_model_7f",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 670ff1 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=670ff1 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=2fd3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=60003 100=1b 104=2 108=d 112=15 116=7f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_f15_model_80",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 680f01 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=680f01 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=2fd3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=60003 100=103 104=2 108=d 112=15 116=80 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_f15_excavator_no_ymm",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 660f01 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 3\n\
            ",
            "\
             features 0=660f01 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=2fd3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 100=1b 104=2 108=d 112=15 116=60 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_f15_excavator_avx2",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 660f51 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=660f51 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=2fd3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=60003 100=1b 104=2 108=d 112=15 116=65 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_f15_fma4_no_avx",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 600f20 40800 6ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=600f20 4=40800 8=6ed8320b 12=178bfbff 20=209c01a9 40=2fd3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 100=3 104=2 108=d 112=15 116=2 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_f15_no_fma4",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 600f20 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2ed3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=600f20 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=2ed3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=20003 100=103 104=2 108=d 112=15 116=2 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_f10_no_xsave",
            "\
             cpuid 0 0 5 68747541 444d4163 69746e65\n\
             cpuid 1 0 100f42 40800 802009 178bfbff\n\
             cpuid 7 0 0 0 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 0\n\
            ",
            "\
             features 0=100f42 4=40800 8=802009 12=178bfbff 40=2fd3fb 44=2fd3fbff 76=100 80=3030 88=4007 100=3\n\
             features 104=2 108=5 112=10 116=4 120=2\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 6\n\
            ",
        ),
        (
            "amd_f17_zen",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 800f11 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 35c233ff 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=800f11 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=35c233ff 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=20003 100=103 104=2 108=d 112=17 116=1 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "amd_f19_zen4_avx512",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 a60f12 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 f1bf97a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 2e7\n\
            ",
            "\
             features 0=a60f12 4=40800 8=7ed8320b 12=178bfbff 20=f1bf97a9 40=2fd3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=611cf 100=103 104=2 108=d 112=19 116=61 120=2 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "hygon_f18",
            "\
             cpuid 0 0 d 6f677948 656e6975 6e65476e\n\
             cpuid 1 0 900f01 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 35c233ff 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
            ",
            "\
             features 0=900f01 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=35c233ff 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=20003 100=103 104=2 108=d 112=18 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "other_centaur",
            "\
             cpuid 0 0 d 746e6543 736c7561 48727561\n\
             cpuid 1 0 6fe 20800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 329 0 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 20=329 48=1 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "other_shanghai",
            "\
             cpuid 0 0 d 68532020 20206961 68676e61\n\
             cpuid 1 0 7b1 20800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 329 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 20=329 104=3 108=d\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
        (
            "other_max_leaf_6",
            "\
             cpuid 0 0 6 20202020 20202020 20202020\n\
             cpuid 1 0 6f1 20800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 329 0 0\n\
             xcr0 7\n\
            ",
            "\
             features 104=3 108=6\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 1\n\
            ",
        ),
        (
            "other_max_leaf_negative",
            "\
             cpuid 0 0 80000004 20202020 20202020 20202020\n\
             cpuid 7 0 0 329 0 0\n\
             cpuid d 1 1 0 0 0\n\
            ",
            "\
             features 104=3 108=80000004\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 1\n\
            ",
        ),
        (
            "unknown_zero_leaf0",
            "\
             cpuid 1 0 6f1 20800 7ed8320b 178bfbff\n\
            ",
            "\
             features 104=3\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 1\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX\n\
            ",
            "\
             features 0=50657 4=100800 8=6ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_CX8",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-CX8\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfaff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_CX8",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=CX8\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_FMA",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-FMA\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffaebff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_FMA",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=FMA\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_HTT",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-HTT\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=afebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_HTT",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=HTT\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_IBT",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-IBT\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 40=121 44=2c100800 48=f 76=100\n\
             features 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_IBT",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=IBT\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_RTM",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-RTM\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f47bf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_RTM",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=RTM\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX2\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4f9f 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX2\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_BMI1",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-BMI1\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fb7 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_BMI1",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=BMI1\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_BMI2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-BMI2\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4ebf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_BMI2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=BMI2\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_CMOV",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-CMOV\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfeb7bff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_CMOV",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=CMOV\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_ERMS",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-ERMS\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4dbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_ERMS",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=ERMS\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_FMA4",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-FMA4\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_FMA4",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=FMA4\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_SSE2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-SSE2\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bbebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_SSE2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=SSE2\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_I586",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-I586\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d36 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_I586",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=I586\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_I686",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-I686\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d35 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_I686",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=I686\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_LZCNT",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-LZCNT\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=101 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_LZCNT",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=LZCNT\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_MOVBE",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-MOVBE\n\
            ",
            "\
             features 0=50657 4=100800 8=7fbafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_MOVBE",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=MOVBE\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_SHSTK",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-SHSTK\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_SHSTK",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=SHSTK\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_SSSE3",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-SSSE3\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffaf9ff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_SSSE3",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=SSSE3\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_POPCNT",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-POPCNT\n\
            ",
            "\
             features 0=50657 4=100800 8=7f7afbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_POPCNT",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=POPCNT\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_SSE4_1",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-SSE4_1\n\
            ",
            "\
             features 0=50657 4=100800 8=7ff2fbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_SSE4_1",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=SSE4_1\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_SSE4_2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-SSE4_2\n\
            ",
            "\
             features 0=50657 4=100800 8=7feafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_SSE4_2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=SSE4_2\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX512F",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX512F\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9e4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX512F",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX512F\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_OSXSAVE",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-OSXSAVE\n\
            ",
            "\
             features 0=50657 4=100800 8=77fafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_OSXSAVE",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=OSXSAVE\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX512CD",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX512CD\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=cd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX512CD",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX512CD\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX512BW",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX512BW\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=9d9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX512BW",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX512BW\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX512DQ",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX512DQ\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9d4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX512DQ",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX512DQ\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX512ER",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX512ER\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=d59f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 6\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX512ER",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX512ER\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX512PF",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX512PF\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=d99f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX512PF",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX512PF\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX512VL",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX512VL\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=5d9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX512VL",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX512VL\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Slow_BSF",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Slow_BSF\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Slow_BSF",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Slow_BSF\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d77 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201fe 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_FMA_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-FMA_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4001ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_FMA_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=FMA_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX2_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX2_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201fd 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX2_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX2_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_FMA4_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-FMA4_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_FMA4_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=FMA4_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Prefer_ERMS",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Prefer_ERMS\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Prefer_ERMS",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Prefer_ERMS\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=1d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Slow_SSE4_2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Slow_SSE4_2\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Slow_SSE4_2",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Slow_SSE4_2\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=db7 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Prefer_FSRM",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Prefer_FSRM\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Prefer_FSRM",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Prefer_FSRM\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=2d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_XSAVEC_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-XSAVEC_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=b00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_XSAVEC_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=XSAVEC_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX512F_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX512F_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201fb 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX512F_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX512F_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX512DQ_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX512DQ_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=42017f 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX512DQ_Usable",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX512DQ_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Fast_Rep_String",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Fast_Rep_String\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d33 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Fast_Rep_String",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Fast_Rep_String\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Prefer_No_AVX512",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Prefer_No_AVX512\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Prefer_No_AVX512",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Prefer_No_AVX512\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=4d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Fast_Copy_Backward",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Fast_Copy_Backward\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Fast_Copy_Backward",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Fast_Copy_Backward\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d3f 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Prefer_AVX2_STRCMP",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Prefer_AVX2_STRCMP\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Prefer_AVX2_STRCMP",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Prefer_AVX2_STRCMP\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=10d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Fast_Unaligned_Load",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Fast_Unaligned_Load\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d27 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Fast_Unaligned_Load",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Fast_Unaligned_Load\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Fast_Unaligned_Copy",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Fast_Unaligned_Copy\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d17 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Fast_Unaligned_Copy",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Fast_Unaligned_Copy\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Prefer_No_VZEROUPPER",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Prefer_No_VZEROUPPER\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=537 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Prefer_No_VZEROUPPER",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Prefer_No_VZEROUPPER\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Prefer_MAP_32BIT_EXEC",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Prefer_MAP_32BIT_EXEC\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Prefer_MAP_32BIT_EXEC",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Prefer_MAP_32BIT_EXEC\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=f37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_AVX_Fast_Unaligned_Load",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX_Fast_Unaligned_Load\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=c37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_AVX_Fast_Unaligned_Load",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=AVX_Fast_Unaligned_Load\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_MathVec_Prefer_No_AVX512",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-MathVec_Prefer_No_AVX512\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_MathVec_Prefer_No_AVX512",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=MathVec_Prefer_No_AVX512\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=8d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_Prefer_PMINUB_for_stringop",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Prefer_PMINUB_for_stringop\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=937 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_on_Prefer_PMINUB_for_stringop",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=Prefer_PMINUB_for_stringop\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_basic_on_all",
            "\
             cpuid 0 0 a 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 6f6 100800 e3bd bfebfbff\n\
             cpuid 7 0 0 0 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 0\n\
             tunables glibc.cpu.hwcaps=AVX,CX8,FMA,HTT,IBT,RTM,AVX2,BMI1,BMI2,CMOV,ERMS,FMA4,SSE2,I586,I686,LZCNT,MOVBE,SHSTK,SSSE3,POPCNT,SSE4_1,SSE4_2,AVX512F,OSXSAVE,AVX512CD,AVX512BW,AVX512DQ,AVX512ER,AVX512PF,AVX512VL,Slow_BSF,AVX_Usable,FMA_Usable,AVX2_Usable,FMA4_Usable,Prefer_ERMS,Slow_SSE4_2,Prefer_FSRM,XSAVEC_Usable,AVX512F_Usable,AVX512DQ_Usable,Fast_Rep_String,Prefer_No_AVX512,Fast_Copy_Backward,Prefer_AVX2_STRCMP,Fast_Unaligned_Load,Fast_Unaligned_Copy,Prefer_No_VZEROUPPER,Prefer_MAP_32BIT_EXEC,AVX_Fast_Unaligned_Load,MathVec_Prefer_No_AVX512,Prefer_PMINUB_for_stringop\n\
            ",
            "\
             features 0=6f6 4=100800 8=e3bd 12=bfebfbff 40=121 44=2c100800 76=100 80=3027 100=767f 104=1 108=a\n\
             features 112=6 116=f 120=6\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 7\n\
            ",
        ),
        (
            "hwcaps_basic_off_all",
            "\
             cpuid 0 0 a 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 6f6 100800 e3bd bfebfbff\n\
             cpuid 7 0 0 0 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 0\n\
             tunables glibc.cpu.hwcaps=-AVX,-CX8,-FMA,-HTT,-IBT,-RTM,-AVX2,-BMI1,-BMI2,-CMOV,-ERMS,-FMA4,-SSE2,-I586,-I686,-LZCNT,-MOVBE,-SHSTK,-SSSE3,-POPCNT,-SSE4_1,-SSE4_2,-AVX512F,-OSXSAVE,-AVX512CD,-AVX512BW,-AVX512DQ,-AVX512ER,-AVX512PF,-AVX512VL,-Slow_BSF,-AVX_Usable,-FMA_Usable,-AVX2_Usable,-FMA4_Usable,-Prefer_ERMS,-Slow_SSE4_2,-Prefer_FSRM,-XSAVEC_Usable,-AVX512F_Usable,-AVX512DQ_Usable,-Fast_Rep_String,-Prefer_No_AVX512,-Fast_Copy_Backward,-Prefer_AVX2_STRCMP,-Fast_Unaligned_Load,-Fast_Unaligned_Copy,-Prefer_No_VZEROUPPER,-Prefer_MAP_32BIT_EXEC,-AVX_Fast_Unaligned_Load,-MathVec_Prefer_No_AVX512,-Prefer_PMINUB_for_stringop\n\
            ",
            "\
             features 0=6f6 4=100800 8=e1bd 12=abeb7aff 40=101 44=2c100800 76=100 80=3027 104=1 108=a 112=6 116=f\n\
             features 120=6\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 7\n\
            ",
        ),
        (
            "hwcaps_full_off_all",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX,-CX8,-FMA,-HTT,-IBT,-RTM,-AVX2,-BMI1,-BMI2,-CMOV,-ERMS,-FMA4,-SSE2,-I586,-I686,-LZCNT,-MOVBE,-SHSTK,-SSSE3,-POPCNT,-SSE4_1,-SSE4_2,-AVX512F,-OSXSAVE,-AVX512CD,-AVX512BW,-AVX512DQ,-AVX512ER,-AVX512PF,-AVX512VL,-Slow_BSF,-AVX_Usable,-FMA_Usable,-AVX2_Usable,-FMA4_Usable,-Prefer_ERMS,-Slow_SSE4_2,-Prefer_FSRM,-XSAVEC_Usable,-AVX512F_Usable,-AVX512DQ_Usable,-Fast_Rep_String,-Prefer_No_AVX512,-Fast_Copy_Backward,-Prefer_AVX2_STRCMP,-Fast_Unaligned_Load,-Fast_Unaligned_Copy,-Prefer_No_VZEROUPPER,-Prefer_MAP_32BIT_EXEC,-AVX_Fast_Unaligned_Load,-MathVec_Prefer_No_AVX512,-Prefer_PMINUB_for_stringop\n\
            ",
            "\
             features 0=50657 4=100800 8=6722e9ff 12=abeb7aff 20=19c4497 40=101 44=2c100800 48=f 76=100 80=3027\n\
             features 96=178 104=1 108=16 112=6 116=55 120=7 128=b00 136=b00\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_full_off_then_on",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-Prefer_No_AVX512,-Slow_BSF,Slow_BSF,Prefer_No_AVX512,-AVX2_Usable,Prefer_AVX2_STRCMP\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201fd 100=4d77 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_13_char_quirk",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-ABCDEFGHIJKLM\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=b00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_13_char_enable_no_quirk",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=ABCDEFGHIJKLM\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_xsavec_then_13",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 344 344 0\n\
             cpuid d 1 2 0 0 0\n\
             cpuid d 2 104 240 2 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
             tunables glibc.cpu.hwcaps=-Prefer_ERMS_X\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=2 76=100 80=3027\n\
             features 96=420003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=3c0 136=3c0\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_empty_items",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=,,-AVX2_Usable,,-,Prefer_ERMS,\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201fd 100=1d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_empty_value",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_case_sensitive",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-avx2_usable,prefer_erms,-AVX2_USABLE\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_2_41_names",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX512F,-XSAVEC,-AVX2,Prefer_No_VZEROUPPER,Avoid_STOSB\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9e4f9f 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_last_occurrence",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.hwcaps=-AVX2_Usable:glibc.cpu.hwcaps=-FMA_Usable\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4001ff 100=d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_platform_xeon_phi_off",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50671 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 1d9d4fbf 0 0\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 e7\n\
             tunables glibc.cpu.hwcaps=-AVX512PF\n\
            ",
            "\
             features 0=50671 4=100800 8=7ffafbff 12=bfebfbff 20=199d4fbf 40=121 44=2c100800 48=f 76=100 80=3027\n\
             features 96=42003f 100=db3 104=1 108=16 112=6 116=57 120=1 128=a00 136=b00\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "hwcaps_platform_haswell_off",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
             tunables glibc.cpu.hwcaps=-BMI2\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6ebf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "hwcaps_basic_haswell_amd",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 660f01 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
             tunables glibc.cpu.hwcaps=-AVX_Usable,Prefer_No_VZEROUPPER,AVX_Fast_Unaligned_Load,Fast_Rep_String\n\
            ",
            "\
             features 0=660f01 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=2fd3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=60002 100=1f 104=2 108=d 112=15 116=60 120=1 128=380 136=380\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "tunables_cache_sizes",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
             tunables glibc.cpu.x86_data_cache_size=0x8000:glibc.cpu.x86_shared_cache_size=0x100000:glibc.cpu.x86_non_temporal_threshold=0xc0000\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380 144=8000 152=100000\n\
             features 160=c0000\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "tunables_cache_sizes_decimal_octal",
            "\
             cpuid 0 0 d 68747541 444d4163 69746e65\n\
             cpuid 1 0 800f11 40800 7ed8320b 178bfbff\n\
             cpuid 7 0 0 209c01a9 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 8000001e 0 0 0\n\
             cpuid 80000001 0 0 0 2fd3fb 2fd3fbff\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3030 0 4007 0\n\
             xcr0 7\n\
             tunables glibc.cpu.x86_data_cache_size=32768:glibc.cpu.x86_shared_cache_size=04000000:glibc.cpu.x86_non_temporal_threshold=0\n\
            ",
            "\
             features 0=800f11 4=40800 8=7ed8320b 12=178bfbff 20=209c01a9 40=2fd3fb 44=2fd3fbff 48=1 76=100\n\
             features 80=3030 88=4007 96=60003 100=103 104=2 108=d 112=17 116=1 120=1 128=380 136=380 144=8000\n\
             features 152=100000\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "tunables_cache_sizes_max",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 406f1 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 29c6fbf 0 0\n\
             cpuid d 0 7 340 340 0\n\
             cpuid d 1 1 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 7\n\
             tunables glibc.cpu.x86_data_cache_size=0xffffffffffffffff:glibc.cpu.x86_non_temporal_threshold=0x7fffffffffffffff\n\
            ",
            "\
             features 0=406f1 4=100800 8=7ffafbff 12=bfebfbff 20=29c6fbf 40=121 44=2c100800 48=1 76=100 80=3027\n\
             features 96=20003 100=14d37 104=1 108=16 112=6 116=4f 120=1 128=380 136=380 144=ffffffff\n\
             features 148=ffffffff 160=ffffffff 164=7fffffff\n\
             hwcap 2\n\
             platform haswell\n\
             cpuid_calls 9\n\
            ",
        ),
        (
            "tunables_cache_sizes_with_hwcaps",
            "\
             cpuid 0 0 16 756e6547 6c65746e 49656e69\n\
             cpuid 1 0 50657 100800 7ffafbff bfebfbff\n\
             cpuid 7 0 0 dd9f4fbf 80 100000\n\
             cpuid d 0 2e7 a88 a88 0\n\
             cpuid d 1 f 0 0 0\n\
             cpuid d 2 100 240 0 0\n\
             cpuid d 3 40 3c0 0 0\n\
             cpuid d 5 40 440 0 0\n\
             cpuid d 6 200 480 0 0\n\
             cpuid d 7 400 680 0 0\n\
             cpuid 80000000 0 80000008 0 0 0\n\
             cpuid 80000001 0 0 0 121 2c100800\n\
             cpuid 80000007 0 0 0 0 100\n\
             cpuid 80000008 0 3027 0 0 0\n\
             xcr0 2e7\n\
             tunables glibc.cpu.x86_shared_cache_size=0x200000:glibc.cpu.x86_data_cache_size=0x1000:glibc.cpu.hwcaps=-Prefer_No_AVX512,MathVec_Prefer_No_AVX512\n\
            ",
            "\
             features 0=50657 4=100800 8=7ffafbff 12=bfebfbff 20=dd9f4fbf 24=80 28=100000 40=121 44=2c100800 48=f\n\
             features 76=100 80=3027 96=4201ff 100=8d37 104=1 108=16 112=6 116=55 120=7 128=a00 136=b00 144=1000\n\
             features 152=200000\n\
             hwcap 2\n\
             platform xeon_phi\n\
             cpuid_calls 14\n\
            ",
        ),
        (
            "tunables_other_vendor",
            "\
             cpuid 0 0 d 20414956 20414956 20414956\n\
             cpuid 1 0 6f1 20800 7ed83203 178bfbff\n\
             cpuid 7 0 0 329 0 10\n\
             xcr0 7\n\
             tunables glibc.cpu.x86_shared_cache_size=0x300000:glibc.cpu.hwcaps=Prefer_ERMS,-CX8\n\
            ",
            "\
             features 20=329 28=10 100=1000 104=3 108=d 152=300000\n\
             hwcap 2\n\
             platform -\n\
             cpuid_calls 3\n\
            ",
        ),
    ];
    // ---- end of generated block ----
}
