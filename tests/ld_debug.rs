//! Issue 13: LD_DEBUG categories with glibc's line formats, compared with
//! glibc's ld.so on the same programs. The program runs with dryad as its
//! PT_INTERP (a patched copy), so both linkers name themselves
//! /lib64/ld-linux-x86-64.so.2 and the program by the same path; only the
//! pid prefix and the patched path are masked.

mod common;
use common::*;

/// stderr of `prog args` with LD_DEBUG=`what`, under glibc's ld.so and
/// under dryad, each line without its pid.
fn both(what: &str, prog: &str, args: &[&str]) -> (String, String) {
    let patched = patched_system_program(prog);
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

#[test]
fn help_as_glibc_prints_it() {
    let expected = run(&mut cmd("/usr/bin/true", &[], &[("LD_DEBUG", "help")]));
    assert!(expected.stdout.contains("LD_DEBUG_OUTPUT"), "{}", expected.stdout);
    let got = run(&mut cmd(patched_system_program("/usr/bin/true"), &[], &[("LD_DEBUG", "help")]));
    assert_same_output(&expected, &got, "LD_DEBUG=help");
}

#[test]
fn ld_debug_output_names_the_file_the_lines_go_to() {
    // NAME.PID, appended to; nothing on stderr.
    let dir = root().join("target/ld-debug/out");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let read = |prefix: &str| {
        let files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix)).collect();
        assert_eq!(files.len(), 1, "{prefix}: {files:?}");
        let pid = files[0].extension().unwrap().to_str().unwrap().to_string();
        assert!(pid.parse::<u32>().is_ok(), "{files:?}");
        std::fs::read_to_string(&files[0]).unwrap().replace(&pid, "PID")
    };
    let glibc_out = dir.join("glibc");
    let r = run(&mut cmd("/usr/bin/true", &[], &[("LD_DEBUG", "libs"), ("LD_DEBUG_OUTPUT", glibc_out.to_str().unwrap())]));
    assert_eq!((r.status, r.stderr.as_str()), (Some(0), ""));
    let ours_out = dir.join("dryad");
    let r = run(&mut cmd(patched_system_program("/usr/bin/true"), &[], &[("LD_DEBUG", "libs"), ("LD_DEBUG_OUTPUT", ours_out.to_str().unwrap())]));
    assert_eq!((r.status, r.stderr.as_str()), (Some(0), ""));
    let (expected, got) = (read("glibc."), read("dryad."));
    assert!(expected.contains("find library=libc.so.6 [0]; searching"), "{expected}");
    assert!(got.contains("find library=libc.so.6 [0]; searching"), "{got}");
    // The search lines themselves are compared where dryad's match
    // glibc's (docs ch. 5 lists how its search-path lines differ).
    let first = |s: &str| s.lines().find(|l| l.contains("find library=")).map(str::to_string);
    assert_eq!(first(&got), first(&expected));
}
