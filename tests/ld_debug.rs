//! Issue 13: LD_DEBUG categories with glibc's line formats, compared with
//! glibc's ld.so on the same programs. The program runs with dryad as its
//! PT_INTERP (a patched copy), so both linkers name themselves
//! /lib64/ld-linux-x86-64.so.2 and the program by the same path; only the
//! pid prefix and the patched path are masked.

mod common;
use common::*;
use std::path::PathBuf;
use std::process::Command;

/// A patched copy of a system program (interpreter: dryad).
fn patched_copy(path: &str) -> PathBuf {
    let dir = root().join("target/ld-debug");
    std::fs::create_dir_all(&dir).unwrap();
    let name = path.rsplit('/').next().unwrap();
    let dst = dir.join(name);
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!("{name}.{}.{n}", std::process::id()));
    std::fs::copy(path, &tmp).unwrap();
    let ok = Command::new("patchelf").arg("--set-interpreter").arg(dryad()).arg(&tmp).status().unwrap();
    assert!(ok.success());
    std::fs::rename(&tmp, &dst).unwrap();
    dst
}

/// stderr of `prog args` with LD_DEBUG=`what`, under glibc's ld.so and
/// under dryad, each line without its pid.
fn both(what: &str, prog: &str, args: &[&str]) -> (String, String) {
    let patched = patched_copy(prog);
    let strip = |s: &str, me: &str| {
        s.lines()
            .map(|l| l.split_once(':').map_or(l, |(pid, rest)| if pid.trim().parse::<u32>().is_ok() { rest } else { l }))
            .map(|l| l.replace(me, prog).replace(dryad().to_str().unwrap(), "/lib64/ld-linux-x86-64.so.2") + "\n")
            .collect::<String>()
    };
    let expected = run(&mut cmd(prog, args, &[("LD_DEBUG", what)]));
    let got = run(&mut cmd(&patched, args, &[("LD_DEBUG", what)]));
    assert_eq!(got.status, expected.status, "{prog} with LD_DEBUG={what}: {}", got.stderr);
    assert_eq!(got.stdout, expected.stdout);
    (strip(&expected.stderr, prog), strip(&got.stderr, patched.to_str().unwrap()))
}

#[test]
fn versions_are_checked_and_reported_in_glibcs_order() {
    for (prog, args) in [("/usr/bin/true", &[][..]), ("/usr/bin/python3.11", &["-S", "-c", "1"][..]), ("/usr/bin/perl", &["-e", "1"][..])] {
        let (expected, got) = both("versions", prog, args);
        let checks = |s: &str| s.lines().filter(|l| l.contains("checking for version")).map(|l| format!("{l}\n")).collect::<String>();
        assert!(checks(&expected).contains("in file /lib64/ld-linux-x86-64.so.2 [0] required by file /lib/x86_64-linux-gnu/libc.so.6 [0]"), "{expected}");
        assert_eq!(checks(&got), checks(&expected), "LD_DEBUG=versions {prog}");
    }
}

#[test]
fn initial_scopes_as_glibc_shows_them() {
    for (prog, args) in [("/usr/bin/true", &[][..]), ("/usr/bin/python3.11", &["-S", "-c", "1"][..])] {
        let (expected, got) = both("scopes", prog, args);
        assert!(expected.contains("Initial object scopes"), "{expected}");
        assert_eq!(got, expected, "LD_DEBUG=scopes {prog}");
    }
}

#[test]
fn every_category_but_scopes_and_statistics_shows_the_initialiser_calls() {
    // glibc's DL_DEBUG_IMPCALLS: "calling init"/"calling fini" (ld.so's)
    // and "initialize program"/"transferring control" (libc's). glibc's
    // own ld.so has an initialiser, dryad has none: its line is left out.
    let calls = |s: &str| {
        s.lines()
            .filter(|l| (l.contains("calling init: ") || l.contains("calling fini: ") || l.contains("initialize program: ") || l.contains("transferring control: ")) && !l.contains("calling init: /lib64/ld-linux-x86-64.so.2"))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    };
    for what in ["libs", "reloc", "versions", "symbols", "bindings", "scopes"] {
        let (expected, got) = both(what, "/usr/bin/true", &[]);
        assert_eq!(calls(&got), calls(&expected), "LD_DEBUG={what}");
        assert_eq!(calls(&expected).is_empty(), what == "scopes", "LD_DEBUG={what}: {expected}");
    }
}
