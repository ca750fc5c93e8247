//! The `ld_cache` target: one input is one `/etc/ld.so.cache` image.
//!
//! `LdCache::parse` gets the bytes; if it accepts them, names are looked
//! up (a fixed list, the keys of the cache's own entries, and
//! NUL-separated strings found in the input) under several CPU and
//! release descriptions (`HwcapsConfig`: baseline, x86-64-v2, v4 with
//! glibc-hwcaps names taken from the input, no legacy hwcaps, the
//! `haswell`/`xeon_phi` platforms, every hwcap bit).
//!
//! Checked, besides "no panic": an answer is a slice of the input, has no
//! NUL and is followed by one (a C string of the file), and is the path of
//! an entry `entries()` lists; and when `has_hwcap_entries(name)` is
//! false, every configuration gives the baseline answer (dryad relies on
//! that to skip computing one). For the fixed names also: a second parse
//! of the bytes answers the same; a name's answer ignores whatever follows
//! a NUL in it; `lookup` is `lookup_with(BASELINE)` and
//! `lookup_with_hwcaps(name, [])`.

use dryad::glibc::hwcaps::glibc_hwcaps_names;
use dryad::ldcache::{HwcapsConfig, LdCache, HWCAP_X86_64, HWCAP_X86_AVX512_1, ISA_1_BASELINE, ISA_1_V2, ISA_1_V3, ISA_1_V4};
use std::collections::HashSet;

/// Names every input is asked for.
const FIXED: &[&[u8]] = &[
    b"libc.so.6",
    b"libm.so.6",
    b"libz.so.1",
    b"libstdc++.so.6",
    b"ld-linux-x86-64.so.2",
    b"libgcc_s.so.1",
    b"lib",
    b"",
];
/// At most this many of the cache's keys, and of the input's strings.
const MAX_KEYS: usize = 8;
const MAX_STRINGS: usize = 6;

/// NUL-separated strings of 1 to 80 bytes from the input, at most
/// `MAX_STRINGS` of them, spread over the whole input.
fn strings(data: &[u8]) -> Vec<&[u8]> {
    let all: Vec<&[u8]> = data.split(|&c| c == 0).filter(|s| !s.is_empty() && s.len() <= 80).collect();
    let step = all.len().div_ceil(MAX_STRINGS).max(1);
    all.into_iter().step_by(step).take(MAX_STRINGS).collect()
}

fn within(data: &[u8], s: &[u8]) -> bool {
    let (start, end) = (data.as_ptr() as usize, data.as_ptr() as usize + data.len());
    let p = s.as_ptr() as usize;
    p >= start && p + s.len() <= end
}

/// A path the cache answered with: inside the input, NUL-free, followed
/// by the NUL that ends it in the file.
fn check_path(data: &[u8], path: &[u8]) {
    assert!(within(data, path), "a path outside the cache image");
    assert!(!path.contains(&0), "a path with a NUL");
    let end = path.as_ptr() as usize + path.len() - data.as_ptr() as usize;
    assert_eq!(data.get(end), Some(&0), "a path not ended by a NUL of the file");
}

pub fn exercise(data: &[u8]) {
    let Some(cache) = LdCache::parse(data) else { return };
    let again = LdCache::parse(data).expect("parse is deterministic");

    // Every usable entry: both strings checked; the set of paths an
    // answer may be.
    let mut paths: HashSet<(usize, usize)> = HashSet::new();
    let mut keys: Vec<&[u8]> = Vec::new();
    for (key, path) in cache.entries() {
        check_path(data, key);
        check_path(data, path);
        paths.insert((path.as_ptr() as usize, path.len()));
        if keys.len() < MAX_KEYS && !keys.contains(&key) {
            keys.push(key);
        }
    }
    assert_eq!(again.entries().count(), cache.entries().count());

    let found = strings(data);
    // glibc-hwcaps names: two of the input's strings around the built-in
    // ones, as --glibc-hwcaps-prepend would put them first.
    let mut prepend: Vec<u8> = Vec::new();
    for s in found.iter().take(2) {
        prepend.extend_from_slice(s);
        prepend.push(b':');
    }
    let all_levels = ISA_1_BASELINE | ISA_1_V2 | ISA_1_V3 | ISA_1_V4;
    let names_v4 = glibc_hwcaps_names(Some(&prepend), None, all_levels);
    let names_v2 = glibc_hwcaps_names(None, None, ISA_1_BASELINE | ISA_1_V2);
    let names_mask = glibc_hwcaps_names(Some(&prepend), Some(b"x86-64-v3"), all_levels);
    let configs = [
        HwcapsConfig::BASELINE,
        HwcapsConfig { glibc_hwcaps: &names_v2, isa_1: ISA_1_BASELINE | ISA_1_V2, ..HwcapsConfig::BASELINE },
        HwcapsConfig { glibc_hwcaps: &names_v4, isa_1: all_levels, ..HwcapsConfig::BASELINE },
        HwcapsConfig { glibc_hwcaps: &names_mask, isa_1: all_levels, legacy_hwcaps: false, ..HwcapsConfig::BASELINE },
        HwcapsConfig {
            glibc_hwcaps: &names_v4,
            isa_1: all_levels,
            hwcap: HWCAP_X86_64 | HWCAP_X86_AVX512_1,
            platform: b"haswell",
            legacy_hwcaps: true,
        },
        HwcapsConfig { glibc_hwcaps: &[], isa_1: u32::MAX, hwcap: u64::MAX, platform: b"xeon_phi", legacy_hwcaps: true },
        HwcapsConfig { glibc_hwcaps: &names_v4, isa_1: 0, hwcap: 0, platform: b"", legacy_hwcaps: false },
    ];

    // The answers to the same questions are asked of a second parse of
    // the bytes, and the identities checked, for the fixed names only: the
    // fuzzer's time goes into the lookups themselves.
    let mut with_nul = Vec::new();
    for (i, name) in FIXED.iter().chain(keys.iter()).chain(found.iter()).enumerate() {
        let base = cache.lookup(name);
        if let Some(p) = base {
            check_path(data, p);
            assert!(paths.contains(&(p.as_ptr() as usize, p.len())), "an answer that is no entry's path");
        }
        if i < FIXED.len() {
            assert_eq!(cache.lookup_with(name, &HwcapsConfig::BASELINE), base, "lookup is lookup_with(BASELINE)");
            assert_eq!(cache.lookup_with_hwcaps(name, &[]), base, "no glibc-hwcaps names is the baseline");
            assert_eq!(again.lookup(name), base, "lookups are deterministic");
            assert_eq!(again.lookup_with(name, &configs[2]), cache.lookup_with(name, &configs[2]), "lookups are deterministic");
            with_nul.clear();
            with_nul.extend_from_slice(name);
            with_nul.extend_from_slice(b"\0libc.so.6");
            assert_eq!(cache.lookup(&with_nul), base, "a name ends at its NUL");
        }

        let plain = !cache.has_hwcap_entries(name);
        for cfg in &configs[1..] {
            let got = cache.lookup_with(name, cfg);
            if let Some(p) = got {
                check_path(data, p);
                assert!(paths.contains(&(p.as_ptr() as usize, p.len())), "an answer that is no entry's path");
            }
            if plain {
                assert_eq!(got, base, "no hwcap entries, yet the configuration changed the answer");
            }
        }
    }
}
