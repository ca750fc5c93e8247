//! `ld.so --list-diagnostics` (glibc 2.33 on): the values the dynamic
//! linker started from, one `key=value` line each, as glibc's
//! `_dl_print_diagnostics` (elf/dl-diagnostics.c) prints them: `dl_*`
//! (hwcaps, page size, platform), `dso.*`, the environment (names only
//! for variables not on glibc's list), `path.*`, `version.*`, the auxiliary
//! vector and `uname` (sysdeps/unix/sysv/linux/dl-diagnostics-kernel.c),
//! then `x86.cpu_features.*` (sysdeps/x86/dl-diagnostics-cpu.c). Every
//! value is dryad's own: the CPU part is the `struct cpu_features` the
//! adapter computed for the release, as libc will see it.
//!
//! Done for 2.36, 2.41 and 2.43; the common part is one printer, told by
//! a [`Release`] ([`V2_36`], [`V2_41`], [`V2_43`]) what that release's
//! ld.so prints differently:
//!
//! * 2.36: `dl_hwcap_important` and `dl_string_platform`, string-valued
//!   auxiliary vector entries under `a_val`, `dl_profile_output`
//!   `/var/tmp` (`/var/profile` in secure mode); its `cpu_features`
//!   fields ([`print_cpu_2_36`]).
//! * 2.41 (glibc 2.40 removed `dl_hwcap_important` and
//!   `dl_string_platform` and added `dl_hwcap3`, `dl_hwcap4`; 2.39 named
//!   the string entries `a_val_string`): `dl_profile_output` `/var/tmp`
//!   in either mode; the 2.41 `cpu_features` fields
//!   (`memset_non_temporal_threshold`, `cachesize_non_temporal_divisor`,
//!   the three new preferred bits, and `tlsdesc_state_full_size`, which
//!   Debian's 2.41 has from the release branch) and then the raw CPUID
//!   dump of every processor ([`print_cpu_2_41`], ../diagnostics_cpuid.rs).
//! * 2.43: 2.41's, but `dl_profile_output` has no default (`0x0` unless
//!   `LD_PROFILE_OUTPUT` sets it).
//!
//! 2.31 has no `--list-diagnostics`: its ld.so, and dryad for it, take
//! the option for the program's name.

use crate::startup::InitialStack;
use crate::sys::FdWriter;
use core::fmt::Write;

const AT_NULL: usize = 0;
const AT_PAGESZ: usize = 6;
const AT_PLATFORM: usize = 15;
const AT_HWCAP2: usize = 26;
const AT_BASE_PLATFORM: usize = 24;
const AT_EXECFN: usize = 31;
const AT_HWCAP3: usize = 29;
const AT_HWCAP4: usize = 30;

/// What the common part prints differently per release.
pub struct Release {
    /// `version.version`.
    pub version: &'static str,
    /// `dl_hwcap_important` (`HWCAP_IMPORTANT`, removed in 2.40).
    pub hwcap_important: bool,
    /// `dl_hwcap3` and `dl_hwcap4` (AT_HWCAP3/4, added in 2.40).
    pub hwcap3_and_4: bool,
    /// `dl_string_platform` (`_dl_string_platform`, removed in 2.40).
    pub string_platform: bool,
    /// `GLRO(dl_profile_output)` unless `LD_PROFILE_OUTPUT` sets it (a
    /// non-empty value, outside secure mode): outside and in secure mode.
    pub profile_output: [Option<&'static [u8]>; 2],
    /// The key of a string-valued auxiliary vector entry (`AT_EXECFN`,
    /// `AT_PLATFORM`, `AT_BASE_PLATFORM`): `a_val`, from 2.39 on
    /// `a_val_string`.
    pub auxv_string_key: &'static str,
}

pub const V2_36: Release = Release {
    version: "2.36",
    hwcap_important: true,
    hwcap3_and_4: false,
    string_platform: true,
    profile_output: [Some(b"/var/tmp"), Some(b"/var/profile")],
    auxv_string_key: "a_val",
};

pub const V2_41: Release = Release {
    version: "2.41",
    hwcap_important: false,
    hwcap3_and_4: true,
    string_platform: false,
    // The initialiser of _rtld_global_ro; secure mode no longer changes it.
    profile_output: [Some(b"/var/tmp"), Some(b"/var/tmp")],
    auxv_string_key: "a_val_string",
};

/// 2.43 dropped the `/var/tmp` default (LD_PROFILE is ignored without
/// LD_PROFILE_OUTPUT, glibc bug 33797).
pub const V2_43: Release = Release { version: "2.43", profile_output: [None, None], ..V2_41 };

/// glibc's `print_quoted_char`, quirk included: a byte outside ' '..'~'
/// (those from 0x80 are negative `char`s, shifted arithmetically) is
/// written as a backslash and three digits, the middle one a copy of the
/// first (glibc shifts by 6 twice).
fn quoted_char(out: &mut FdWriter, c: u8) {
    let ch = c as i8 as i32;
    if ch < b' ' as i32 || ch > b'~' as i32 {
        let hi = b'0' + ((ch >> 6) & 7) as u8;
        let _ = out.write_bytes(&[b'\\', hi, hi, b'0' + (ch & 7) as u8]);
    } else {
        if c == b'\\' || c == b'"' {
            out.write_bytes(b"\\");
        }
        out.write_bytes(&[c]);
    }
}

fn quoted(out: &mut FdWriter, s: &[u8]) {
    out.write_bytes(b"\"");
    for &c in s {
        quoted_char(out, c);
    }
    out.write_bytes(b"\"");
}

fn string(out: &mut FdWriter, label: &str, s: Option<&[u8]>) {
    let _ = write!(out, "{label}=");
    match s {
        Some(s) => quoted(out, s),
        None => out.write_bytes(b"0x0"),
    }
    out.write_bytes(b"\n");
}

fn value(out: &mut FdWriter, label: &str, v: u64) {
    let _ = write!(out, "{label}=0x{v:x}\n");
}

/// glibc's `unfiltered_envvar`: the variables whose values are printed
/// (the others show their names only).
fn unfiltered(var: &[u8]) -> bool {
    const NAMES: &[&[u8]] = &[
        b"DATEMSK", b"GCONV_PATH", b"GETCONF_DIR", b"GLIBC_TUNABLES", b"GMON_OUTPUT_PREFIX", b"HESIOD_CONFIG",
        b"HES_DOMAIN", b"HOSTALIASES", b"I18NPATH", b"IFS", b"LANG", b"LOCALDOMAIN", b"LOCPATH", b"MSGVERB",
        b"NIS_DEFAULTS", b"NIS_GROUP", b"NIS_PATH", b"NLSPATH", b"PATH", b"POSIXLY_CORRECT", b"RESOLV_HOST_CONF",
        b"RES_OPTIONS", b"SEV_LEVEL", b"TMPDIR", b"TZ", b"TZDIR",
    ];
    let Some(eq) = var.iter().position(|&b| b == b'=') else { return true };
    let name = &var[..eq];
    (name.len() >= 3 && name[0] == b'L' && (name[1] == b'C' || name[1] == b'D') && name[2] == b'_')
        || var.starts_with(b"MALLOC_")
        || NAMES.contains(&name)
}

/// The auxiliary vector, as the kernel gave it.
fn auxv(stack: &InitialStack) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut p = stack.auxv;
    core::iter::from_fn(move || {
        // SAFETY: the auxiliary vector is a list of pairs ending in AT_NULL.
        let [kind, val] = unsafe { *p };
        if kind == AT_NULL {
            return None;
        }
        // SAFETY: not past the terminating AT_NULL pair.
        p = unsafe { p.add(1) };
        Some((kind, val))
    })
}

/// `GLRO(dl_profile_output)` as `process_envvars` leaves it: the last
/// non-empty `LD_PROFILE_OUTPUT` (not read in secure mode), else the
/// release's default.
fn profile_output<'a>(stack: &'a InitialStack, release: &Release) -> Option<&'a [u8]> {
    let secure = stack.aux(crate::startup::at::SECURE).unwrap_or(0) != 0;
    let set = stack.env().filter_map(|v| v.strip_prefix(b"LD_PROFILE_OUTPUT=")).filter(|v| !v.is_empty()).last();
    match set {
        Some(v) if !secure => Some(v),
        _ => release.profile_output[secure as usize],
    }
}

/// `x86-64-v4:x86-64-v3:x86-64-v2` and which of them the CPU can run
/// (`_dl_hwcaps_subdirs_active`): levels are tested from v2 up, and the
/// mask has a bit for each one passed, from the highest bit down.
/// `isa_1` is `get_isa_level` of the features as they are after the
/// tunables (not `cpu_features->isa_1`, computed before them).
fn hwcaps_active(isa_1: u32) -> u64 {
    // GNU_PROPERTY_X86_ISA_1_V2, V3, V4.
    let active = [1u32 << 1, 1 << 2, 1 << 3].iter().take_while(|&&b| isa_1 & b != 0).count() as u32;
    let mask = 7u64;
    mask ^ (mask >> active)
}

/// The common part, up to `uname`; `cpu` prints the release's
/// `x86.cpu_features` lines; `isa_1`: see [`hwcaps_active`]. `platform`: `GLRO(dl_platform)` (AT_PLATFORM,
/// or what `init_cpu_features` chose), `hwcap`: `GLRO(dl_hwcap)`.
pub fn print(stack: &InitialStack, release: &Release, hwcap: u64, platform: Option<&[u8]>, isa_1: u32, cpu: &dyn Fn(&mut FdWriter)) -> ! {
    let mut out = FdWriter::new(1);
    let o = &mut out;
    let aux_string = |v: usize| -> &'static [u8] {
        // SAFETY: AT_PLATFORM, AT_BASE_PLATFORM and AT_EXECFN point to
        // NUL-terminated strings the kernel put on the initial stack.
        unsafe { crate::startup::cstr(v as *const u8) }
    };
    string(o, "dl_dst_lib", Some(b"lib/x86_64-linux-gnu"));
    value(o, "dl_hwcap", hwcap);
    if release.hwcap_important {
        // HWCAP_IMPORTANT on x86-64: HWCAP_X86_64 | HWCAP_X86_AVX512_1.
        value(o, "dl_hwcap_important", 0x6);
    }
    value(o, "dl_hwcap2", stack.aux(AT_HWCAP2).unwrap_or(0) as u64);
    if release.hwcap3_and_4 {
        value(o, "dl_hwcap3", stack.aux(AT_HWCAP3).unwrap_or(0) as u64);
        value(o, "dl_hwcap4", stack.aux(AT_HWCAP4).unwrap_or(0) as u64);
    }
    string(o, "dl_hwcaps_subdirs", Some(b"x86-64-v4:x86-64-v3:x86-64-v2"));
    value(o, "dl_hwcaps_subdirs_active", hwcaps_active(isa_1));
    value(o, "dl_pagesize", stack.aux(AT_PAGESZ).unwrap_or(4096) as u64);
    string(o, "dl_platform", platform);
    string(o, "dl_profile_output", profile_output(stack, release));
    if release.string_platform {
        // _dl_string_platform: "haswell" and "xeon_phi" (entries 2 and 3 of
        // dl_x86_platforms) are platforms 48 + 2 and 48 + 3; any other is -1.
        let string_platform = match platform {
            Some(b"haswell") => 50,
            Some(b"xeon_phi") => 51,
            _ => u64::MAX,
        };
        value(o, "dl_string_platform", string_platform);
    }
    string(o, "dso.ld", Some(b"ld-linux-x86-64.so.2"));
    string(o, "dso.libc", Some(b"libc.so.6"));
    for (i, var) in stack.env().enumerate() {
        if unfiltered(var) {
            let _ = write!(o, "env[0x{i:x}]=");
            quoted(o, var);
        } else {
            let _ = write!(o, "env_filtered[0x{i:x}]=");
            quoted(o, &var[..var.iter().position(|&b| b == b'=').unwrap_or(var.len())]);
        }
        o.write_bytes(b"\n");
    }
    string(o, "path.prefix", Some(b"/usr"));
    string(o, "path.rtld", Some(b"/lib64/ld-linux-x86-64.so.2"));
    string(o, "path.sysconfdir", Some(b"/etc"));
    for (i, d) in crate::search::DEFAULT_DIRS.iter().enumerate() {
        // glibc's SYSTEM_DIRS entries end in a slash.
        let mut dir = d.to_vec();
        dir.push(b'/');
        let _ = write!(o, "path.system_dirs[0x{i:x}]=");
        quoted(o, &dir);
        o.write_bytes(b"\n");
    }
    string(o, "version.release", Some(b"stable"));
    string(o, "version.version", Some(release.version.as_bytes()));
    for (i, (kind, val)) in auxv(stack).enumerate() {
        let _ = write!(o, "auxv[0x{i:x}].a_type=0x{kind:x}\n");
        if matches!(kind, AT_EXECFN | AT_PLATFORM | AT_BASE_PLATFORM) && val != 0 {
            let _ = write!(o, "auxv[0x{i:x}].{}=", release.auxv_string_key);
            quoted(o, aux_string(val));
        } else {
            let _ = write!(o, "auxv[0x{i:x}].a_val=0x{val:x}");
        }
        o.write_bytes(b"\n");
    }
    if let Some(uts) = crate::sys::uname() {
        for (field, v) in ["sysname", "nodename", "release", "version", "machine", "domainname"].iter().zip(uts.iter()) {
            let _ = write!(o, "uname.");
            string(o, field, Some(v));
        }
    }
    cpu(o);
    drop(out);
    crate::sys::exit(0)
}

/// The `x86.cpu_features` lines every release begins with: `basic`, the
/// raw and active CPUID words of each index, and the preferred bits by
/// the names of the release's cpu-features-preferred_feature_index_1.def.
fn cpu_head(o: &mut FdWriter, basic: &super::cpu_features::CpuFeaturesBasic, features: &[super::cpu_features::CpuidFeatureInternal], preferred: u32, names: &[&str]) {
    cpu_values(
        o,
        &[
            ("basic.kind", basic.kind as u64),
            ("basic.max_cpuid", basic.max_cpuid as u32 as u64),
            ("basic.family", basic.family as u64),
            ("basic.model", basic.model as u64),
            ("basic.stepping", basic.stepping as u64),
        ],
    );
    for (i, e) in features.iter().enumerate() {
        for (kind, r) in [("cpuid", &e.cpuid), ("active", &e.active)] {
            for (k, reg) in [r.eax, r.ebx, r.ecx, r.edx].iter().enumerate() {
                let _ = write!(o, "x86.cpu_features.features[0x{i:x}].{kind}[0x{k:x}]=0x{reg:x}\n");
            }
        }
    }
    for (bit, name) in names.iter().enumerate() {
        let _ = write!(o, "x86.cpu_features.preferred.{name}=0x{:x}\n", (preferred >> bit) & 1);
    }
}

/// `x86.cpu_features.LABEL=VALUE` lines.
fn cpu_values(o: &mut FdWriter, values: &[(&str, u64)]) {
    for &(label, v) in values {
        let _ = write!(o, "x86.cpu_features.");
        value(o, label, v);
    }
}

/// 2.36's `x86.cpu_features` lines (`struct cpu_features` of that release
/// and its 16 preferred bits).
pub fn print_cpu_2_36(o: &mut FdWriter, f: &super::cpu_features::CpuFeatures) {
    const PREFERRED: &[&str] = &[
        "Fast_Rep_String", "Fast_Copy_Backward", "Slow_BSF", "Fast_Unaligned_Load", "Prefer_PMINUB_for_stringop",
        "Fast_Unaligned_Copy", "I586", "I686", "Slow_SSE4_2", "AVX_Fast_Unaligned_Load", "Prefer_No_VZEROUPPER",
        "Prefer_ERMS", "Prefer_No_AVX512", "MathVec_Prefer_No_AVX512", "Prefer_FSRM", "Avoid_Short_Distance_REP_MOVSB",
    ];
    cpu_head(o, &f.basic, &f.features, f.preferred[0], PREFERRED);
    cpu_values(
        o,
        &[
            ("isa_1", f.isa_1 as u64),
            ("xsave_state_size", f.xsave_state_size),
            ("xsave_state_full_size", f.xsave_state_full_size as u64),
            ("data_cache_size", f.data_cache_size),
            ("shared_cache_size", f.shared_cache_size),
            ("non_temporal_threshold", f.non_temporal_threshold),
            ("rep_movsb_threshold", f.rep_movsb_threshold),
            ("rep_movsb_stop_threshold", f.rep_movsb_stop_threshold),
            ("rep_stosb_threshold", f.rep_stosb_threshold),
            ("level1_icache_size", f.level1_icache_size),
            ("level1_icache_linesize", f.level1_icache_linesize),
            ("level1_dcache_size", f.level1_dcache_size),
            ("level1_dcache_assoc", f.level1_dcache_assoc),
            ("level1_dcache_linesize", f.level1_dcache_linesize),
            ("level2_cache_size", f.level2_cache_size),
            ("level2_cache_assoc", f.level2_cache_assoc),
            ("level2_cache_linesize", f.level2_cache_linesize),
            ("level3_cache_size", f.level3_cache_size),
            ("level3_cache_assoc", f.level3_cache_assoc),
            ("level3_cache_linesize", f.level3_cache_linesize),
            ("level4_cache_size", f.level4_cache_size),
        ],
    );
}

/// 2.41's and 2.43's `x86.cpu_features` lines (their `struct
/// cpu_features`, its 19 preferred bits, and ld.so's
/// `_dl_x86_features_tlsdesc_state_size` after the XSAVE sizes), then the
/// CPUID dump of every processor (../diagnostics_cpuid.rs).
pub fn print_cpu_2_41(o: &mut FdWriter, cpu: &super::cpu_features_2_41::CpuInit) {
    const PREFERRED: &[&str] = &[
        "Fast_Rep_String", "Fast_Copy_Backward", "Slow_BSF", "Fast_Unaligned_Load", "Prefer_PMINUB_for_stringop",
        "Fast_Unaligned_Copy", "I586", "I686", "Slow_SSE4_2", "AVX_Fast_Unaligned_Load", "Prefer_MAP_32BIT_EXEC",
        "Prefer_No_VZEROUPPER", "Prefer_ERMS", "Prefer_No_AVX512", "MathVec_Prefer_No_AVX512", "Prefer_FSRM",
        "Avoid_Short_Distance_REP_MOVSB", "Avoid_Non_Temporal_Memset", "Avoid_STOSB",
    ];
    let f = &cpu.features;
    cpu_head(o, &f.basic, &f.features, f.preferred[0], PREFERRED);
    cpu_values(
        o,
        &[
            ("isa_1", f.isa_1 as u64),
            ("xsave_state_size", f.xsave_state_size),
            ("xsave_state_full_size", f.xsave_state_full_size as u64),
            ("tlsdesc_state_full_size", cpu.tlsdesc_state_size),
            ("data_cache_size", f.data_cache_size),
            ("shared_cache_size", f.shared_cache_size),
            ("non_temporal_threshold", f.non_temporal_threshold),
            ("memset_non_temporal_threshold", f.memset_non_temporal_threshold),
            ("rep_movsb_threshold", f.rep_movsb_threshold),
            ("rep_movsb_stop_threshold", f.rep_movsb_stop_threshold),
            ("rep_stosb_threshold", f.rep_stosb_threshold),
            ("level1_icache_size", f.level1_icache_size),
            ("level1_icache_linesize", f.level1_icache_linesize),
            ("level1_dcache_size", f.level1_dcache_size),
            ("level1_dcache_assoc", f.level1_dcache_assoc),
            ("level1_dcache_linesize", f.level1_dcache_linesize),
            ("level2_cache_size", f.level2_cache_size),
            ("level2_cache_assoc", f.level2_cache_assoc),
            ("level2_cache_linesize", f.level2_cache_linesize),
            ("level3_cache_size", f.level3_cache_size),
            ("level3_cache_assoc", f.level3_cache_assoc),
            ("level3_cache_linesize", f.level3_cache_linesize),
            ("level4_cache_size", f.level4_cache_size),
            ("cachesize_non_temporal_divisor", f.cachesize_non_temporal_divisor),
        ],
    );
    super::diagnostics_cpuid::print(o, f.cpuid_reports_osxsave());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_filter_as_glibc() {
        assert!(unfiltered(b"LANG=C") && unfiltered(b"LD_LIBRARY_PATH=/x") && unfiltered(b"LC_ALL=C") && unfiltered(b"MALLOC_ARENA_MAX=1"));
        assert!(unfiltered(b"malformed"));
        assert!(!unfiltered(b"HOME=/root") && !unfiltered(b"LANGUAGE=en") && !unfiltered(b"L_X=1"));
    }

    #[test]
    fn hwcaps_mask_counts_levels_from_v2() {
        assert_eq!(hwcaps_active(0b1111), 7);
        assert_eq!(hwcaps_active(0b0111), 6);
        assert_eq!(hwcaps_active(0b0011), 4);
        assert_eq!(hwcaps_active(0b0001), 0);
        assert_eq!(hwcaps_active(0b1001), 0);
    }
}
