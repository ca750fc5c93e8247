//! Issue 3, point 1: every symbol that libc.so.6, libm.so.6, libstdc++
//! and libgcc_s import and the system ld.so defines is defined by
//! dryad.so.1 with the same version (and data objects with the same size,
//! since programs COPY-relocate them).

mod common;
use common::*;
use std::collections::BTreeMap;
use std::process::Command;

/// (name, version) -> (type, size) of the defined dynamic symbols of `lib`.
fn defined(lib: &str) -> BTreeMap<(String, String), (String, u64)> {
    let out = run(Command::new("readelf").args(["--dyn-syms", "-W"]).arg(lib));
    let mut m = BTreeMap::new();
    for line in out.stdout.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 8 || f[6] == "UND" || !f[0].ends_with(':') {
            continue;
        }
        let Some((name, ver)) = f[7].split_once('@') else { continue };
        // "@@V" is the default version, "@V" a hidden one: keep the
        // difference in the type column so it is compared too.
        let hidden = !ver.starts_with('@');
        let ty = if hidden { format!("{} (hidden)", f[3]) } else { f[3].to_string() };
        m.insert((name.to_string(), ver.trim_start_matches('@').to_string()), (ty, f[2].parse().unwrap_or(0)));
    }
    m
}

/// (name, version) of the undefined versioned symbols of `lib`.
fn imports(lib: &str) -> Vec<(String, String)> {
    let out = run(Command::new("readelf").args(["--dyn-syms", "-W"]).arg(lib));
    out.stdout
        .lines()
        .filter(|l| l.contains(" UND "))
        .filter_map(|l| l.split_whitespace().nth(7))
        .filter_map(|s| s.split_once('@'))
        .map(|(n, v)| (n.to_string(), v.split(' ').next().unwrap_or(v).to_string()))
        .collect()
}

/// Data objects have glibc's sizes, except the private state whose layout
/// is per release (`_rtld_global`, `_rtld_global_ro`): one block large
/// enough for every supported release's struct (libc reaches them through
/// the GOT, never by copy relocation).
fn assert_size<T: PartialOrd + std::fmt::Debug>(name: &str, ours: &T, system: &T) {
    if name == "_rtld_global" || name == "_rtld_global_ro" {
        assert!(ours >= system, "{name}: {ours:?} bytes, the system's has {system:?}");
    } else {
        assert_eq!(ours, system, "size of {name}");
    }
}

#[test]
fn defines_what_glibc_objects_import_from_ld_so() {
    let system = defined(SYSTEM_LDSO);
    let ours = defined(dryad().to_str().unwrap());
    let mut checked = 0;
    for lib in [
        "/lib/x86_64-linux-gnu/libc.so.6",
        "/lib/x86_64-linux-gnu/libm.so.6",
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/lib/x86_64-linux-gnu/libgcc_s.so.1",
    ] {
        for key in imports(lib) {
            let Some((ty, size)) = system.get(&key) else { continue };
            let Some((our_ty, our_size)) = ours.get(&key) else {
                panic!("{lib} imports {}@{} from ld.so; dryad does not define it", key.0, key.1);
            };
            assert_eq!(our_ty, ty, "type (and default/hidden version) of {}@{}", key.0, key.1);
            if ty == "OBJECT" {
                assert_size(&key.0, our_size, size);
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} imports checked");
}

#[test]
fn exports_every_symbol_of_glibcs_ld_so_with_the_same_version() {
    // Not only what libc imports: every symbol glibc's ld.so exports, with
    // the same version, default or hidden.
    let system = defined(SYSTEM_LDSO);
    let ours = defined(dryad().to_str().unwrap());
    for (key, (ty, _)) in &system {
        let got = ours.get(key).map(|(t, _)| t.as_str());
        assert_eq!(got, Some(ty.as_str()), "{}@{}", key.0, key.1);
    }
}

#[test]
fn exported_data_objects_have_glibc_sizes() {
    let system = defined(SYSTEM_LDSO);
    let ours = defined(dryad().to_str().unwrap());
    for ((name, ver), (ty, size)) in &system {
        if ty != "OBJECT" {
            continue;
        }
        let got = ours.get(&(name.clone(), ver.clone())).unwrap_or_else(|| panic!("{name}@{ver} missing"));
        assert_eq!(&got.0, ty, "{name}@{ver}");
        assert_size(name, &got.1, size);
    }
}

/// The ld.so of Debian release `suite` (glibc `glibc`), read as a file,
/// never run by this test, and the libraries of that release: every
/// symbol it exports, dryad exports with the same version and
/// default/hidden status, and every symbol libc, libm, libstdc++ and
/// libgcc_s import from it, dryad defines.
fn exports_what_the_releases_ld_so_exports(suite: &str, packages: &str, glibc: &str, libs: &[&str], not_needed: &[&str]) {
    let dir = chroot(suite, packages);
    let lib = dir.join("usr/lib/x86_64-linux-gnu");
    let system = defined(lib.join("ld-linux-x86-64.so.2").to_str().unwrap());
    let ours = defined(dryad().to_str().unwrap());
    assert!(system.len() > 25, "{} symbols read", system.len());
    for (key, (ty, _)) in &system {
        if not_needed.contains(&key.0.as_str()) {
            assert!(!ours.contains_key(key), "{}@{} is listed as not needed", key.0, key.1);
            continue;
        }
        let got = ours.get(key).map(|(t, _)| t.as_str());
        assert_eq!(got, Some(ty.as_str()), "{}@{} (glibc {glibc})", key.0, key.1);
    }
    let mut checked = 0;
    for l in ["libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"].iter().chain(libs) {
        for key in imports(lib.join(l).to_str().unwrap()) {
            // (libc defines the not-needed ones too, and binds them first.)
            if system.contains_key(&key) && !not_needed.contains(&key.0.as_str()) {
                assert!(ours.contains_key(&key), "glibc {glibc}'s {l} imports {}@{} from ld.so; dryad does not define it", key.0, key.1);
                checked += 1;
            }
        }
    }
    assert!(checked >= 20, "only {checked} imports checked");
}

#[test]
fn exports_what_glibc_2_41s_ld_so_exports_and_its_libraries_import() {
    exports_what_the_releases_ld_so_exports("trixie", RELEASE_PACKAGES, "2.41", &[], &[]);
}

#[test]
fn exports_what_glibc_2_43s_ld_so_exports_and_its_libraries_import() {
    exports_what_the_releases_ld_so_exports("sid", RELEASE_PACKAGES, "2.43", &[], &[]);
}

#[test]
fn exports_what_glibc_2_31s_ld_so_exports_and_its_libraries_import() {
    // 2.31's thread and dl libraries are separate objects that import
    // from ld.so too. Its ld.so also exports its bootstrap malloc,
    // calloc, free and realloc, only so that libc's could interpose them
    // for ld.so's own later calls; nothing imports them from ld.so and
    // dryad never uses libc's allocator for its own data, so dryad does not
    // export them (a libc-free object must not bind its malloc to the
    // dynamic linker).
    exports_what_the_releases_ld_so_exports(
        "bullseye",
        BULLSEYE_PACKAGES,
        "2.31",
        &["libpthread.so.0", "libdl.so.2", "librt.so.1"],
        &["malloc", "calloc", "free", "realloc"],
    );
}
