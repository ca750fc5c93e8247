//! The CPU-chosen subdirectories glibc's library search tries in every
//! directory of a search path, before the directory itself, and what its
//! `/etc/ld.so.cache` lookup accepts: `_dl_important_hwcaps`
//! (elf/dl-hwcaps.c), `_dl_hwcaps_subdirs_active`
//! (sysdeps/x86_64/dl-hwcaps-subdirs.c) and `search_cache`
//! (elf/dl-cache.c) of each release. Which parts a release has is its
//! [`Scheme`] (in its `specific.rs`); the CPU facts come from its own
//! `init_cpu_features`, after its tunables (`glibc.cpu.hwcaps` narrows the
//! usable features, and so the ISA level).
//!
//! * **glibc-hwcaps** (2.33 and later): `glibc-hwcaps/NAME/` for the names
//!   of `--glibc-hwcaps-prepend` (in order, all of them), then those of
//!   `x86-64-v4:x86-64-v3:x86-64-v2` the CPU's ISA level reaches, kept only
//!   if `--glibc-hwcaps-mask` names them exactly (no pattern: glibc's
//!   `_dl_hwcaps_contains` compares whole names).
//! * **legacy hwcaps** (2.36 and earlier): every subset of the strings
//!   `tls`, the platform (`AT_PLATFORM`, or the `haswell`/`xeon_phi` that
//!   `init_cpu_features` puts there on Intel CPUs) and the names of the set
//!   bits of `GLRO(dl_hwcap) & glibc.cpu.hwcap_mask` (`x86_64`,
//!   `avx512_1`), in glibc's power-set order, biggest first, each subset's
//!   strings in reverse order (`tls/x86_64/x86_64/`).
//!
//! Both end with the directory itself (the empty suffix).

use crate::ldcache::HwcapsConfig;
use crate::search::Hwcaps;
use alloc::vec::Vec;

/// What a release's library search has.
#[derive(Clone, Copy, Debug)]
pub struct Scheme {
    /// `glibc-hwcaps/` subdirectories and cache entries (2.33+), and the
    /// `--glibc-hwcaps-prepend`/`--glibc-hwcaps-mask` options.
    pub glibc_hwcaps: bool,
    /// The legacy hwcap subdirectories and cache entries (up to 2.36).
    pub legacy: bool,
    /// `LD_DEBUG=libs` says why a candidate file was passed over (`(no
    /// such file)`, `(incompatible ELF class)`, ...: glibc 2.42 on).
    pub candidate_reasons: bool,
}

/// What the release's CPU probe found.
#[derive(Clone, Copy, Debug)]
pub struct CpuFacts<'a> {
    /// `get_isa_level`: the `GNU_PROPERTY_X86_ISA_1_*` bits (0 where the
    /// release has no ISA levels).
    pub isa_1: u32,
    /// `GLRO(dl_hwcap)` after `init_cpu_features`.
    pub hwcap: u64,
    /// `glibc.cpu.hwcap_mask` (`LD_HWCAP_MASK`).
    pub hwcap_mask: u64,
    /// `GLRO(dl_platform)`, without NUL; None if the kernel gave none.
    pub platform: Option<&'a [u8]>,
}

/// The built-in subdirectories (`_dl_hwcaps_subdirs`), best first, each
/// with the ISA level it needs.
const SUBDIRS: [(&[u8], u32); 3] = [
    (b"x86-64-v4", crate::ldcache::ISA_1_V4),
    (b"x86-64-v3", crate::ldcache::ISA_1_V3),
    (b"x86-64-v2", crate::ldcache::ISA_1_V2),
];

/// `_dl_hwcap_string`: bit n of `dl_hwcap` (sysdeps/x86/dl-procinfo.c).
const HWCAP_NAMES: [&[u8]; 3] = [b"sse2", b"x86_64", b"avx512_1"];

/// The items of a colon-separated list, empty ones skipped
/// (`_dl_hwcaps_split`).
fn split(list: &[u8]) -> impl Iterator<Item = &[u8]> {
    list.split(|&c| c == b':').filter(|s| !s.is_empty())
}

/// The glibc-hwcaps names in priority order: the prepended ones, then the
/// active built-in ones the mask lets through (`compute_priorities`).
pub fn glibc_hwcaps_names<'a>(prepend: Option<&'a [u8]>, mask: Option<&[u8]>, isa_1: u32) -> Vec<&'a [u8]> {
    let mut out: Vec<&'a [u8]> = prepend.map(|p| split(p).collect()).unwrap_or_default();
    // `_dl_hwcaps_subdirs_active`: the levels are tested from v2 up, and
    // the first one missing ends the list.
    let mut reached = 0;
    for (_, level) in SUBDIRS.iter().rev() {
        if isa_1 & level == 0 {
            break;
        }
        reached += 1;
    }
    for (name, _) in &SUBDIRS[SUBDIRS.len() - reached..] {
        if mask.is_none_or(|m| split(m).any(|item| item == *name)) {
            out.push(name);
        }
    }
    out
}

/// The legacy subdirectories, in glibc's order, without the directory
/// itself: for strings t[0..n] (hwcap names by bit, the platform, `tls`),
/// entry r of the 2^n holds t[k] iff bit k of r is clear, strings from the
/// highest k down.
pub fn legacy_subdirs(masked_hwcap: u64, platform: Option<&[u8]>) -> Vec<Vec<u8>> {
    let mut strings: Vec<&[u8]> = Vec::new();
    for (bit, name) in HWCAP_NAMES.iter().enumerate() {
        if masked_hwcap & (1 << bit) != 0 {
            strings.push(name);
        }
    }
    strings.extend(platform);
    strings.push(b"tls");
    let n = strings.len();
    let mut out = Vec::with_capacity(1 << n);
    for r in 0..(1usize << n) - 1 {
        let mut s = Vec::new();
        for k in (0..n).rev() {
            if r & (1 << k) == 0 {
                s.extend_from_slice(strings[k]);
                s.push(b'/');
            }
        }
        out.push(s);
    }
    out
}

/// The search's subdirectories and cache inputs for a release's scheme,
/// its CPU facts and the options.
pub fn build(scheme: Scheme, cpu: &CpuFacts, prepend: Option<&'static [u8]>, mask: Option<&[u8]>) -> Hwcaps {
    let names: &'static [&'static [u8]] = if scheme.glibc_hwcaps {
        alloc::boxed::Box::leak(glibc_hwcaps_names(prepend, mask, cpu.isa_1).into_boxed_slice())
    } else {
        &[]
    };
    let mut subdirs: Vec<Vec<u8>> = Vec::new();
    for name in names {
        let mut s = b"glibc-hwcaps/".to_vec();
        s.extend_from_slice(name);
        s.push(b'/');
        subdirs.push(s);
    }
    let masked = cpu.hwcap & cpu.hwcap_mask;
    if scheme.legacy {
        subdirs.extend(legacy_subdirs(masked, cpu.platform));
    }
    subdirs.push(Vec::new());
    let platform: &'static [u8] = match cpu.platform {
        Some(b"haswell") => b"haswell",
        Some(b"xeon_phi") => b"xeon_phi",
        Some(_) | None => b"x86_64",
    };
    Hwcaps {
        subdirs,
        reasons: scheme.candidate_reasons,
        cache: HwcapsConfig { glibc_hwcaps: names, isa_1: cpu.isa_1, hwcap: masked, platform, legacy_hwcaps: scheme.legacy },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_order_is_glibcs() {
        // An AMD x86-64 CPU under 2.36: dl_hwcap = HWCAP_X86_64, platform
        // "x86_64" (ld.so --help: "x86_64 (AT_PLATFORM)", "tls", "x86_64").
        let got = legacy_subdirs(2, Some(b"x86_64"));
        let want: [&[u8]; 7] =
            [b"tls/x86_64/x86_64/", b"tls/x86_64/", b"tls/x86_64/", b"tls/", b"x86_64/x86_64/", b"x86_64/", b"x86_64/"];
        assert_eq!(got, want);
        assert_eq!(legacy_subdirs(0, None), [b"tls/".to_vec()]);
    }

    #[test]
    fn names_prepend_mask_and_levels() {
        use crate::ldcache::{ISA_1_BASELINE as B, ISA_1_V2 as V2, ISA_1_V3 as V3, ISA_1_V4 as V4};
        let all = B | V2 | V3 | V4;
        assert_eq!(glibc_hwcaps_names(None, None, all), [&b"x86-64-v4"[..], b"x86-64-v3", b"x86-64-v2"]);
        assert_eq!(glibc_hwcaps_names(None, None, B | V2), [&b"x86-64-v2"[..]]);
        // v4 without v3 is no level at all above v2.
        assert_eq!(glibc_hwcaps_names(None, None, B | V2 | V4), [&b"x86-64-v2"[..]]);
        assert_eq!(glibc_hwcaps_names(None, None, B), [] as [&[u8]; 0]);
        assert_eq!(glibc_hwcaps_names(Some(b"::mine:x86-64-v2"), Some(b"x86-64-v3:"), all), [&b"mine"[..], b"x86-64-v2", b"x86-64-v3"]);
        assert_eq!(glibc_hwcaps_names(None, Some(b"*"), all), [] as [&[u8]; 0], "no wildcard");
        assert_eq!(glibc_hwcaps_names(None, Some(b""), all), [] as [&[u8]; 0]);
    }
}
