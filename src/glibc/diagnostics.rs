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
//! Done for 2.36; 2.41 and 2.43 print more (`dl_hwcap3`, `dl_hwcap4`,
//! `a_val_string`, new `cpu_features` fields and a raw CPUID dump of
//! every processor, `x86.processor[...]`) and are not done yet.

use crate::startup::InitialStack;
use crate::sys::FdWriter;
use core::fmt::Write;

const AT_NULL: usize = 0;
const AT_PAGESZ: usize = 6;
const AT_PLATFORM: usize = 15;
const AT_HWCAP2: usize = 26;
const AT_BASE_PLATFORM: usize = 24;
const AT_EXECFN: usize = 31;

/// What the common part prints differently per release.
pub struct Release {
    /// `version.version`.
    pub version: &'static str,
}

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
    // HWCAP_IMPORTANT on x86-64: HWCAP_X86_64 | HWCAP_X86_AVX512_1.
    value(o, "dl_hwcap_important", 0x6);
    value(o, "dl_hwcap2", stack.aux(AT_HWCAP2).unwrap_or(0) as u64);
    string(o, "dl_hwcaps_subdirs", Some(b"x86-64-v4:x86-64-v3:x86-64-v2"));
    value(o, "dl_hwcaps_subdirs_active", hwcaps_active(isa_1));
    value(o, "dl_pagesize", stack.aux(AT_PAGESZ).unwrap_or(4096) as u64);
    string(o, "dl_platform", platform);
    let secure = stack.aux(crate::startup::at::SECURE).unwrap_or(0) != 0;
    let profile_output = stack
        .env()
        .find_map(|v| v.strip_prefix(b"LD_PROFILE_OUTPUT="))
        .filter(|v| !v.is_empty() && !secure)
        .unwrap_or(if secure { b"/var/profile" } else { b"/var/tmp" });
    string(o, "dl_profile_output", Some(profile_output));
    // _dl_string_platform: "haswell" and "xeon_phi" (entries 2 and 3 of
    // dl_x86_platforms) are platforms 48 + 2 and 48 + 3; any other is -1.
    let string_platform = match platform {
        Some(b"haswell") => 50,
        Some(b"xeon_phi") => 51,
        _ => u64::MAX,
    };
    value(o, "dl_string_platform", string_platform);
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
        let _ = write!(o, "auxv[0x{i:x}].a_type=0x{kind:x}\nauxv[0x{i:x}].a_val=");
        if matches!(kind, AT_EXECFN | AT_PLATFORM | AT_BASE_PLATFORM) && val != 0 {
            quoted(o, aux_string(val));
        } else {
            let _ = write!(o, "0x{val:x}");
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

/// 2.36's `x86.cpu_features` lines (`struct cpu_features` of that release
/// and its 16 preferred bits, in the order of its
/// cpu-features-preferred_feature_index_1.def).
pub fn print_cpu_2_36(o: &mut FdWriter, f: &super::cpu_features::CpuFeatures) {
    const PREFERRED: &[&str] = &[
        "Fast_Rep_String", "Fast_Copy_Backward", "Slow_BSF", "Fast_Unaligned_Load", "Prefer_PMINUB_for_stringop",
        "Fast_Unaligned_Copy", "I586", "I686", "Slow_SSE4_2", "AVX_Fast_Unaligned_Load", "Prefer_No_VZEROUPPER",
        "Prefer_ERMS", "Prefer_No_AVX512", "MathVec_Prefer_No_AVX512", "Prefer_FSRM", "Avoid_Short_Distance_REP_MOVSB",
    ];
    let v = |o: &mut FdWriter, label: &str, x: u64| {
        let _ = write!(o, "x86.cpu_features.");
        value(o, label, x);
    };
    v(o, "basic.kind", f.basic.kind as u64);
    v(o, "basic.max_cpuid", f.basic.max_cpuid as u32 as u64);
    v(o, "basic.family", f.basic.family as u64);
    v(o, "basic.model", f.basic.model as u64);
    v(o, "basic.stepping", f.basic.stepping as u64);
    for (i, e) in f.features.iter().enumerate() {
        for (kind, r) in [("cpuid", &e.cpuid), ("active", &e.active)] {
            for (k, reg) in [r.eax, r.ebx, r.ecx, r.edx].iter().enumerate() {
                let _ = write!(o, "x86.cpu_features.features[0x{i:x}].{kind}[0x{k:x}]=0x{reg:x}\n");
            }
        }
    }
    for (bit, name) in PREFERRED.iter().enumerate() {
        let _ = write!(o, "x86.cpu_features.preferred.{name}=0x{:x}\n", (f.preferred[0] >> bit) & 1);
    }
    v(o, "isa_1", f.isa_1 as u64);
    v(o, "xsave_state_size", f.xsave_state_size);
    v(o, "xsave_state_full_size", f.xsave_state_full_size as u64);
    v(o, "data_cache_size", f.data_cache_size);
    v(o, "shared_cache_size", f.shared_cache_size);
    v(o, "non_temporal_threshold", f.non_temporal_threshold);
    v(o, "rep_movsb_threshold", f.rep_movsb_threshold);
    v(o, "rep_movsb_stop_threshold", f.rep_movsb_stop_threshold);
    v(o, "rep_stosb_threshold", f.rep_stosb_threshold);
    v(o, "level1_icache_size", f.level1_icache_size);
    v(o, "level1_icache_linesize", f.level1_icache_linesize);
    v(o, "level1_dcache_size", f.level1_dcache_size);
    v(o, "level1_dcache_assoc", f.level1_dcache_assoc);
    v(o, "level1_dcache_linesize", f.level1_dcache_linesize);
    v(o, "level2_cache_size", f.level2_cache_size);
    v(o, "level2_cache_assoc", f.level2_cache_assoc);
    v(o, "level2_cache_linesize", f.level2_cache_linesize);
    v(o, "level3_cache_size", f.level3_cache_size);
    v(o, "level3_cache_assoc", f.level3_cache_assoc);
    v(o, "level3_cache_linesize", f.level3_cache_linesize);
    v(o, "level4_cache_size", f.level4_cache_size);
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
