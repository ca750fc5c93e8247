//! Issue 11: the scope-wide symbol index gives the object-by-object walk's
//! answer for every lookup.
//!
//! `DRYAD_SYMBOL_INDEX=check` builds the index whatever the program's size
//! and resolves every symbolic relocation (and every lazy binding) both
//! ways, stopping with status 127 at the first different answer; after
//! startup relocation it reports how many lookups agreed. Real programs
//! (python3 importing C extensions, perl with XS modules, a C++ program, a
//! synthetic program of 100 libraries with C and C++-style names) and a
//! fixture for the cases where the answer is subtle (a weak definition
//! before a strong one, LD_DYNAMIC_WEAK, LD_PRELOAD interposition, a
//! protected function, a COPY relocation, a dlopen'ed object's local scope,
//! the global scope grown by RTLD_GLOBAL) run that way, eagerly and lazily,
//! and must also print what they print under glibc's ld.so.

mod common;
use common::*;
use std::path::{Path, PathBuf};

/// `argv` under glibc's ld.so and under dryad with `env` plus
/// DRYAD_SYMBOL_INDEX=`mode`: same stdout, stderr and status; returns
/// glibc's run and the lookups a check run compared.
fn same_as_glibc(dir: &Path, argv: &[&str], env: &[(&str, &str)], mode: &str) -> (Run, usize) {
    let report = (mode == "check").then_some(("dryad: symbol index check: ", "index and walk agree"));
    same_as_glibc_with(dir, argv, env, ("DRYAD_SYMBOL_INDEX", mode), report)
}

#[test]
fn the_subtle_cases_bind_as_under_glibc_with_and_without_the_index() {
    let dir = fixtures().join("programs");
    let cases: &[(&[(&str, &str)], &[&str])] = &[
        (&[], &["pick: weak pick of libsymw", "interposed: interposed of libsymw", "dl_dep: dep_fn of libsymdep", "dl_late: late_fn of libsymlate"]),
        (&[("LD_BIND_NOW", "1")], &["pick: weak pick of libsymw", "undefined symbol: late_fn"]),
        (&[("LD_DYNAMIC_WEAK", "1")], &["pick: strong pick of libsyms"]),
        (&[("LD_PRELOAD", "libsympre.so")], &["interposed: interposed of libsympre"]),
        (&[("LD_DYNAMIC_WEAK", ""), ("LD_PRELOAD", "libsympre.so"), ("LD_BIND_NOW", "1")], &["pick: strong pick of libsyms", "interposed: interposed of libsympre"]),
    ];
    for (env, needles) in cases {
        for mode in ["off", "on", "auto", "check"] {
            let (out, n) = same_as_glibc(&dir, &["./symres"], env, mode);
            // The fixture tests what it means to (glibc agrees with it).
            for needle in *needles {
                assert!(out.stdout.contains(needle), "{env:?}: glibc's output lacks {needle:?}:\n{}", out.stdout);
            }
            for common in ["prot_fn from libsymw: protected prot_fn of libsymw", "first_of_two from libsyms: first_of_two of libsymw", "shared_data: 7 8 9 10"] {
                assert!(out.stdout.contains(common), "{env:?}: glibc's output lacks {common:?}:\n{}", out.stdout);
            }
            if mode == "check" {
                assert!(n >= 20, "{env:?}: only {n} lookups compared");
            }
        }
    }
}

#[test]
fn every_lookup_of_real_programs_agrees_with_the_walk() {
    let cxx = fixtures().join("programs/cxx");
    let mut programs: Vec<(PathBuf, Vec<String>, usize)> = vec![
        (
            "/usr/bin/python3".into(),
            vec!["/usr/bin/python3".into(), "-c".into(), "import json, decimal, ssl, sqlite3, ctypes, hashlib, zlib; print(json.dumps([1, 2]))".into()],
            500,
        ),
        ("/usr/bin/perl".into(), vec!["/usr/bin/perl".into(), "-MPOSIX".into(), "-MList::Util=sum".into(), "-e".into(), "print sum(1..10), floor(2.5), \"\\n\"".into()], 300),
        (cxx.clone(), vec![cxx.to_str().unwrap().into()], 300),
    ];
    for p in synthetic(100, 100) {
        // Each library's exports and the previous library's PLT calls.
        programs.push((p.clone(), vec![p.to_str().unwrap().into()], 100 * 100));
    }
    for (prog, argv, min) in &programs {
        let dir = prog.parent().unwrap();
        let argv: Vec<&str> = argv.iter().map(|s| s.as_str()).collect();
        for env in [&[("LD_BIND_NOW", "1")][..], &[]] {
            let (_, n) = same_as_glibc(dir, &argv, env, "check");
            let wanted = if env.is_empty() { 1 } else { *min };
            assert!(n >= wanted, "{}: {env:?}: only {n} lookups compared", prog.display());
        }
        // And the program's answer with the index alone.
        same_as_glibc(dir, &argv, &[("LD_BIND_NOW", "1")], "on");
    }
}
