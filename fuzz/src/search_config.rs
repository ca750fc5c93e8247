//! The `search_config` target: one input is an environment, entries
//! separated by NUL or newline bytes (`KEY=VALUE`; an entry without '='
//! is kept too, as the kernel would pass it).
//!
//! The environment goes through what dryad reads of it at startup:
//! `Config::from_env` in normal and in secure mode, `parse_debug` on every
//! `LD_DEBUG` value, and `tunables::init` (GLIBC_TUNABLES and the old
//! aliases; in secure mode too). Then the search-path code runs on the
//! resulting library path and on the values of `RPATH`, `RUNPATH`,
//! `ORIGIN` (the object's directory), `PLATFORM`, `GLIBC_HWCAPS_PREPEND`
//! and `GLIBC_HWCAPS_MASK` entries, names the harness gives meaning to:
//! `split_path`, `path_element` and `expand_dst` without an origin and
//! with several, `join`, `origin_of`, `rpath_inhibited`, and the
//! CPU-chosen subdirectories (`glibc_hwcaps_names`, `legacy_subdirs`).
//!
//! What is checked is what glibc does too: secure mode never keeps
//! LD_LIBRARY_PATH, LD_DEBUG_OUTPUT, LD_DYNAMIC_WEAK, a preload with a '/'
//! or an LD_DEBUG category, nor any tunable; the last LD_LIBRARY_PATH and
//! the last LD_PRELOAD win;
//! a tunable is its default unless set, and a set one is within its
//! bounds; a tunable whose last GLIBC_TUNABLES item is a plain decimal in
//! range has that value; a list splits into one more element than it has
//! separators (';' only for LD_LIBRARY_PATH); an expanded element is never
//! longer than its text plus, per '$', the longest expansion; without a
//! '$' nothing changes; `$ORIGIN` without an origin drops the element and
//! nothing else does; a stored element ends in exactly one '/'; and an
//! inhibit list names each of its items.

use dryad::config::{debug, split_list, Config};
use dryad::glibc::hwcaps::{glibc_hwcaps_names, legacy_subdirs};
use dryad::glibc::tunables::{self, TunableType, TABLE_2_36};
use dryad::search::{self, DST_LIB, DST_PLATFORM};

/// Origins tried besides "none" and the input's.
const ORIGINS: &[&[u8]] = &[b"/", b"/opt/app/bin", b"/a/very/long/directory/name/of/an/installed/application/lib64"];

/// The environment's entries: split on NUL and newline, empty ones
/// dropped (the kernel's block has none).
fn entries(data: &[u8]) -> Vec<&[u8]> {
    data.split(|&c| c == 0 || c == b'\n').filter(|s| !s.is_empty()).collect()
}

/// The value of the last `name=` entry.
fn last<'a>(env: &[&'a [u8]], name: &[u8]) -> Option<&'a [u8]> {
    env.iter().rev().find_map(|e| e.strip_prefix(name).and_then(|r| r.strip_prefix(b"=")))
}

/// Tunables whose value is a string: dryad copies each one it is given
/// and never frees it (tunables live as long as the process), so the
/// harness leaves them out of GLIBC_TUNABLES to keep its memory flat.
fn is_string_tunable(name: &[u8]) -> bool {
    TABLE_2_36.iter().any(|t| t.ty == TunableType::Str && t.name.as_bytes() == name)
}

/// The entry with the GLIBC_TUNABLES items naming string tunables taken
/// out.
fn without_string_tunables(entry: &[u8]) -> Vec<u8> {
    let Some(list) = entry.strip_prefix(b"GLIBC_TUNABLES=") else { return entry.to_vec() };
    let mut out = b"GLIBC_TUNABLES=".to_vec();
    for (i, item) in list.split(|&c| c == b':').enumerate() {
        let name = item.split(|&c| c == b'=').next().unwrap_or(item);
        if item.contains(&b'=') && is_string_tunable(name) {
            continue;
        }
        if i > 0 {
            out.push(b':');
        }
        out.extend_from_slice(item);
    }
    out
}

/// `data`'s bytes with a `'static` lifetime, as dryad's configuration
/// takes the environment block (which lives as long as the process).
///
/// # Safety
/// Nothing made from the result may outlive `data`.
unsafe fn forever(data: &[u8]) -> &'static [u8] {
    // SAFETY: the caller keeps every reference made from the result
    // within `data`'s lifetime.
    unsafe { core::slice::from_raw_parts(data.as_ptr(), data.len()) }
}

/// A plain decimal: digits only, no leading zero (which would make it
/// octal), short enough not to overflow.
fn plain_decimal(s: &[u8]) -> Option<u64> {
    if s.is_empty() || s.len() > 18 || !s.iter().all(u8::is_ascii_digit) || (s.len() > 1 && s[0] == b'0') {
        return None;
    }
    core::str::from_utf8(s).ok()?.parse().ok()
}

pub fn exercise(data: &[u8]) {
    let raw = entries(data);
    let owned: Vec<Vec<u8>> = raw.iter().map(|e| without_string_tunables(e)).collect();
    // SAFETY: `owned` outlives everything below: the configurations are
    // dropped at the end of this function, and the tunables keep no
    // pointer into the environment for numeric values (string tunables
    // were taken out above; none has an environment alias).
    let env: Vec<&'static [u8]> = owned.iter().map(|e| unsafe { forever(e) }).collect();

    config(&env);
    tunables_init(&env);
    search_paths(&env);
}

fn config(env: &[&'static [u8]]) {
    let open = Config::from_env(env.iter().copied(), false);
    let secure = Config::from_env(env.iter().copied(), true);
    assert!(!open.secure && secure.secure);

    // Secure mode keeps none of what could load other code or write files.
    assert_eq!(secure.library_path, None, "secure mode kept LD_LIBRARY_PATH");
    assert_eq!(secure.debug_output, None, "secure mode kept LD_DEBUG_OUTPUT");
    assert!(!secure.dynamic_weak, "secure mode kept LD_DYNAMIC_WEAK");
    assert_eq!(secure.debug, 0, "secure mode kept an LD_DEBUG category");
    assert!(secure.preload.iter().all(|p| !p.contains(&b'/')), "secure mode kept a preload with a '/'");
    let open_filtered: Vec<&[u8]> = open.preload.iter().copied().filter(|p| !p.contains(&b'/')).collect();
    assert_eq!(secure.preload, open_filtered, "secure mode's preloads are the others without a '/'");
    assert_eq!(secure.trace, open.trace);

    // The last LD_LIBRARY_PATH wins, and the last LD_PRELOAD: its items
    // split on ' ' and ':', empty ones dropped.
    assert_eq!(open.library_path, last(env, b"LD_LIBRARY_PATH"));
    let preload: Vec<&[u8]> = last(env, b"LD_PRELOAD").map(|l| split_list(l, b" :").collect()).unwrap_or_default();
    assert_eq!(open.preload, preload, "the preloads are the last LD_PRELOAD's");
    if let Some(out) = open.debug_output {
        assert!(!out.is_empty());
    }

    // LD_DEBUG: only known bits; `unused` binds now; `all` sets all.
    let known = debug::ALL | debug::STATISTICS | debug::UNUSED;
    assert_eq!(open.debug & !known, 0, "an LD_DEBUG bit no category has");
    for value in env.iter().filter_map(|e| e.strip_prefix(b"LD_DEBUG=")) {
        let mut c = Config::default();
        c.parse_debug(value);
        assert_eq!(c.debug & !known, 0);
        assert_eq!(c.debug & open.debug, c.debug, "from_env dropped a category of a value");
        if c.debug & debug::UNUSED != 0 {
            assert!(c.bind_now, "LD_DEBUG=unused without binding now");
        }
        let items: Vec<&[u8]> = split_list(value, b" ,:").collect();
        if items.contains(&&b"all"[..]) {
            assert_eq!(c.debug & debug::ALL, debug::ALL);
        }
        assert_eq!(c.debug_help, items.contains(&&b"help"[..]));
        assert!(c.debug_pending.len() <= items.len());
        for (item, _) in &c.debug_pending {
            assert!(!item.is_empty() && items.contains(item));
        }
    }
}

fn tunables_init(env: &[&'static [u8]]) {
    tunables::init(env.iter().copied(), true);
    for t in TABLE_2_36.iter() {
        assert!(!tunables::is_set(t.name), "secure mode set {}", t.name);
        assert_eq!(tunables::get(t.name), t.default);
    }

    tunables::init(env.iter().copied(), false);
    let state: Vec<(u64, bool)> = TABLE_2_36.iter().map(|t| (tunables::get(t.name), tunables::is_set(t.name))).collect();
    for (t, &(v, set)) in TABLE_2_36.iter().zip(&state) {
        match (t.ty, set) {
            (TunableType::Str, _) => assert!(!set, "{} set, yet no item names it", t.name),
            (_, true) => assert!(t.min <= v && v <= t.max, "{} = {v} out of its bounds", t.name),
            (_, false) => assert_eq!(v, t.default, "{} changed without being set", t.name),
        }
    }
    // A second run over the same environment ends in the same state.
    tunables::init(env.iter().copied(), false);
    let again: Vec<(u64, bool)> = TABLE_2_36.iter().map(|t| (tunables::get(t.name), tunables::is_set(t.name))).collect();
    assert_eq!(state, again, "tunables::init is not deterministic");

    // With one GLIBC_TUNABLES entry and no alias, a tunable whose last item
    // is a plain decimal within bounds has that value.
    let lists: Vec<&[u8]> = env.iter().filter_map(|e| e.strip_prefix(b"GLIBC_TUNABLES=")).collect();
    let aliased = env.iter().any(|e| TABLE_2_36.iter().any(|t| t.env_alias.is_some_and(|a| e.starts_with(a.as_bytes()))));
    if let ([list], false) = (&lists[..], aliased) {
        for (t, &(v, set)) in TABLE_2_36.iter().zip(&state) {
            if t.ty == TunableType::Str {
                continue;
            }
            let last_item = list.split(|&c| c == b':').rev().find_map(|item| {
                let eq = item.iter().position(|&c| c == b'=')?;
                (&item[..eq] == t.name.as_bytes()).then(|| &item[eq + 1..])
            });
            if let Some(n) = last_item.and_then(plain_decimal).filter(|n| t.min <= *n && *n <= t.max) {
                assert!(set && v == n, "{}: last item {n}, value {v} (set {set})", t.name);
            }
        }
    }
}

/// The most one `$` token adds when it expands.
fn dst_growth(origin: Option<&[u8]>) -> usize {
    DST_LIB.len().max(DST_PLATFORM.len()).max(origin.map_or(0, |o| o.len()))
}

fn names_origin(s: &[u8]) -> bool {
    s.windows(7).any(|w| w == b"$ORIGIN") || s.windows(9).any(|w| w == b"${ORIGIN}")
}

fn search_paths(env: &[&'static [u8]]) {
    let open = Config::from_env(env.iter().copied(), false);
    let input_origin = last(env, b"ORIGIN");
    let mut lists: Vec<(&[u8], &'static str)> = Vec::new();
    if let Some(lp) = open.library_path {
        lists.push((lp, open.library_path_source()));
    }
    for (name, what) in [(&b"RPATH"[..], "RPATH"), (b"RUNPATH", "RUNPATH")] {
        for value in env.iter().filter_map(|e| e.strip_prefix(name).and_then(|r| r.strip_prefix(b"="))) {
            lists.push((value, what));
        }
    }

    let mut origins: Vec<Option<&[u8]>> = vec![None];
    origins.extend(ORIGINS.iter().map(|o| Some(*o)));
    origins.extend(input_origin.map(Some));

    for &(list, what) in &lists {
        let elements: Vec<&[u8]> = search::split_path(list, what).collect();
        let semicolons = what == "LD_LIBRARY_PATH" || what == "--library-path";
        let seps = list.iter().filter(|&&c| c == b':' || (semicolons && c == b';')).count();
        assert_eq!(elements.len(), seps + 1, "{what}: elements and separators");
        assert_eq!(elements.iter().map(|e| e.len()).sum::<usize>() + seps, list.len());

        for e in elements.iter().take(64) {
            assert!(!e.contains(&b':') && (!semicolons || !e.contains(&b';')));
            let dollars = e.iter().filter(|&&c| c == b'$').count();
            let plain = search::path_element(e, None);
            for &origin in &origins {
                let bound = e.len() + dollars * dst_growth(origin);
                let x = search::expand_dst(e, origin);
                match &x {
                    Some(x) => {
                        assert!(x.len() <= bound, "{what}: {} bytes expanded to {}", e.len(), x.len());
                        if dollars == 0 {
                            assert_eq!(x.as_slice(), *e, "an expansion without a '$'");
                        }
                    }
                    None => assert!(origin.is_none() && names_origin(e), "an element dropped with no $ORIGIN in it"),
                }
                let d = search::path_element(e, origin);
                if e.is_empty() {
                    assert_eq!(d.as_deref(), Some(&b""[..]), "the empty element is the current directory");
                    continue;
                }
                if let Some(d) = &d {
                    assert!(d.ends_with(b"/") && (d.len() == 1 || !d.ends_with(b"//")), "a stored element not ending in one '/'");
                    assert!(d.len() <= bound + 1);
                    assert_eq!(search::join(d, b"libx.so"), [&d[..], b"libx.so"].concat());
                } else {
                    // Dropped: $ORIGIN unknown, or empty after expansion
                    // (only an empty origin can expand to nothing).
                    assert!(x.is_none() || x.as_deref() == Some(&b""[..]));
                }
                if !names_origin(e) {
                    assert_eq!(d, plain, "the origin changed an element without $ORIGIN");
                }
            }
            let j = search::join(e, b"libc.so.6");
            assert!(j.ends_with(b"libc.so.6") && j.len() <= e.len() + 1 + 9);
        }

        // --inhibit-rpath: every item but a last empty one names itself.
        let items: Vec<&[u8]> = list.split(|&c| c == b':').collect();
        for (i, item) in items.iter().enumerate().take(32) {
            if i + 1 < items.len() || !item.is_empty() {
                assert!(search::rpath_inhibited(list, item), "an inhibit list not naming its own item");
            }
        }
    }

    if let Some(o) = input_origin {
        if o.starts_with(b"/") {
            let dir = search::origin_of(o).expect("an absolute path has an origin");
            assert!(o.starts_with(&dir) && dir.starts_with(b"/"), "the origin of an absolute path is a prefix of it");
        } else {
            let _ = search::origin_of(o);
        }
        assert!(search::basename(o).len() <= o.len() && !search::basename(o).contains(&b'/'));
    }

    // The CPU-chosen subdirectories.
    let prepend = last(env, b"GLIBC_HWCAPS_PREPEND");
    let mask = last(env, b"GLIBC_HWCAPS_MASK");
    let given: Vec<&[u8]> = prepend.map(|p| split_list(p, b":").collect()).unwrap_or_default();
    for isa in [0, 1, 3, 7, 15, 11] {
        let names = glibc_hwcaps_names(prepend, mask, isa);
        assert!(names.len() <= given.len() + 3);
        assert_eq!(&names[..given.len()], &given[..], "the prepended names come first, in order");
        for n in &names[given.len()..] {
            assert!(n.starts_with(b"x86-64-v"));
            if let Some(m) = mask {
                assert!(split_list(m, b":").any(|i| i == *n), "a built-in name the mask does not name");
            }
        }
    }
    let platform = last(env, b"PLATFORM");
    for masked in [0u64, 2, 7, u64::MAX] {
        let subdirs = legacy_subdirs(masked, platform);
        let n = (masked & 7).count_ones() as usize + usize::from(platform.is_some()) + 1;
        assert_eq!(subdirs.len(), (1 << n) - 1);
        assert!(subdirs.iter().all(|s| s.ends_with(b"/")));
    }
}
