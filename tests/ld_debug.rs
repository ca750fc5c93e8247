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

/// stderr of `prog args` with LD_DEBUG=`what`, with each linker invoked
/// directly (glibc's ld.so, then dryad), each line without its pid and
/// dryad's path written as glibc's; stdout and status must agree.
fn both_direct(what: &str, prog: &str, args: &[&str]) -> (String, String) {
    let argv: Vec<&str> = std::iter::once(prog).chain(args.iter().copied()).collect();
    let env = [("LD_DEBUG", what)];
    let expected = run_ldso(std::path::Path::new(SYSTEM_LDSO), fixtures(), &argv, &env);
    let got = run_ldso(&dryad(), fixtures(), &argv, &env);
    assert_eq!(got.status, expected.status, "{prog} with LD_DEBUG={what} (direct): {}", got.stderr);
    assert_eq!(got.stdout, expected.stdout);
    let strip = |s: &str| {
        s.lines()
            .map(|l| l.split_once(':').map_or(l, |(pid, rest)| if pid.trim().parse::<u32>().is_ok() { rest } else { l }))
            .map(|l| l.replace(dryad().to_str().unwrap(), SYSTEM_LDSO) + "\n")
            .collect::<String>()
    };
    (strip(&expected.stderr), strip(&got.stderr))
}

/// A line of LD_DEBUG output without the tab after its (stripped) pid.
fn body(l: &str) -> &str {
    l.strip_prefix('\t').unwrap_or(l)
}

/// The programs the symbols and statistics tests run: short, with lazy
/// bindings at run time (python3 and perl also bind at exit).
const PROGRAMS: &[(&str, &[&str])] = &[("/usr/bin/true", &[]), ("/usr/bin/ls", &["/"]), ("/usr/bin/python3.11", &["-c", "pass"]), ("/usr/bin/perl", &["-e", "1"])];

#[test]
fn symbols_shows_glibcs_object_by_object_walk() {
    // Every `symbol=NAME;  lookup in file=PATH [0]` line, in glibc's order:
    // the vDSO lookups, each relocation not answered by the lookup cache
    // (object by object, although dryad's symbol index would skip
    // objects), protected references, ld.so's own lookups (the program's
    // allocator, its re-relocation), lazy bindings during startup, at run
    // time and in finalisers. Both linkers invoked directly, and as the
    // program's interpreter.
    let lookups = |s: &str| s.lines().map(body).filter(|l| l.starts_with("symbol=")).map(|l| format!("{l}\n")).collect::<String>();
    for &(prog, args) in PROGRAMS {
        for (how, (expected, got)) in [("PT_INTERP", both("symbols", prog, args)), ("direct", both_direct("symbols", prog, args))] {
            assert!(lookups(&expected).contains("symbol=__vdso_clock_gettime;  lookup in file=linux-vdso.so.1 [0]"), "{expected}");
            assert!(lookups(&expected).lines().count() > 100, "{expected}");
            assert_eq!(lookups(&got), lookups(&expected), "LD_DEBUG=symbols {prog} ({how})");
        }
    }
}

#[test]
fn statistics_counts_are_glibcs_and_times_have_its_shape() {
    // glibc's print_statistics at the end of startup and _dl_fini's lines
    // at exit: the counts (lookups, the relocation cache's answers, the
    // relative relocations) must be the same; the cycle counts are
    // dryad's own, compared by their format only.
    fn shape(s: &str) -> Vec<String> {
        s.lines()
            .map(body)
            .filter(|l| !l.is_empty() && !l.contains("calling ") && !l.starts_with("initialize program") && !l.starts_with("transferring control"))
            .map(|l| {
                if let Some((label, rest)) = l.split_once(": ").filter(|(_, r)| r.ends_with(" cycles") || r.contains(" cycles (")) {
                    let (cycles, pct) = rest.split_once(" cycles").unwrap();
                    assert!(cycles.parse::<u64>().is_ok(), "{l}");
                    let pct_ok = pct.is_empty()
                        || pct.strip_prefix(" (").and_then(|p| p.strip_suffix("%)")).is_some_and(|p| {
                            let (a, b) = p.split_once('.').unwrap_or(("x", ""));
                            a.chars().all(|c| c.is_ascii_digit()) && a.len() <= 2 && b.len() == 1 && b.chars().all(|c| c.is_ascii_digit())
                        });
                    assert!(pct_ok, "{l}");
                    format!("{label}: N cycles{}", if pct.is_empty() { "" } else { " (P%)" })
                } else {
                    l.to_string()
                }
            })
            .collect()
    }
    for &(prog, args) in PROGRAMS {
        for (how, (expected, got)) in [("PT_INTERP", both("statistics", prog, args)), ("direct", both_direct("statistics", prog, args))] {
            assert!(expected.contains("number of relocations from cache: "), "{expected}");
            assert_eq!(shape(&got), shape(&expected), "LD_DEBUG=statistics {prog} ({how})\n{got}");
        }
    }
}

#[test]
fn ldd_u_lists_the_unused_direct_dependencies() {
    // `ldd -u` is LD_TRACE_LOADED_OBJECTS=1 LD_DEBUG=unused with the
    // dynamic linker run directly on the program: Debian's own ldd script,
    // once as it is and once with its RTLDLIST naming dryad.
    let script = std::fs::read_to_string("/usr/bin/ldd").expect("ldd");
    let line = script.lines().find(|l| l.starts_with("RTLDLIST=")).expect("RTLDLIST in ldd");
    let ours = root().join("target/ld-debug/ldd");
    std::fs::create_dir_all(ours.parent().unwrap()).unwrap();
    std::fs::write(&ours, script.replace(line, &format!("RTLDLIST=\"{}\"", dryad().display()))).unwrap();
    for prog in ["./programs/unused", "/usr/bin/ls", "/usr/bin/python3.11"] {
        let expected = run(&mut cmd("sh", &["/usr/bin/ldd", "-u", prog], &[]));
        let got = run(&mut cmd("sh", &[ours.to_str().unwrap(), "-u", prog], &[]));
        assert_same_output(&expected, &got, &format!("ldd -u {prog}"));
        if prog.ends_with("unused") {
            assert_eq!(expected.status, Some(1));
            assert!(expected.stdout.starts_with("Unused direct dependencies:\n") && expected.stdout.contains("liblazy.so\n") && expected.stdout.contains("libtlsdata.so\n") && !expected.stdout.contains("libm"), "{}", expected.stdout);
        }
    }
}

#[test]
fn list_diagnostics_has_glibcs_keys_in_order_and_its_values() {
    // Every line the same but for the values that legitimately differ
    // between two linkers started one after the other: in the auxiliary
    // vector, the vDSO's address (AT_SYSINFO_EHDR, ASLR), the linker's
    // program headers (AT_PHDR; AT_PHNUM: its file has one more), its
    // entry (AT_ENTRY), the random bytes' address (AT_RANDOM) and the
    // file run (AT_EXECFN). The keys and their order must be glibc's. The
    // environment is fixed, with values to quote and names to filter.
    let env = [("LANG", "caf\u{e9}\u{1}\"\\"), ("HOME", "/root"), ("LD_LIBRARY_PATH", "/nonexistent"), ("GLIBC_TUNABLES", "glibc.cpu.hwcaps=-AVX2")];
    let list = |ldso: &std::path::Path| {
        // On one CPU: CPUID leaf 1 reports the APIC id of the CPU it ran on.
        let mut c = std::process::Command::new("taskset");
        c.args(["-c", "0"]).arg(ldso).arg("--list-diagnostics").env_clear().envs(env);
        let r = run(&mut c);
        assert_eq!((r.status, r.stderr.as_str()), (Some(0), ""), "{}", ldso.display());
        r.stdout
    };
    let (expected, got) = (list(std::path::Path::new(SYSTEM_LDSO)), list(&dryad()));
    assert!(expected.contains("x86.cpu_features.level4_cache_size="), "{expected}");
    const DIFFERENT: &[&str] = &["0x21", "0x3", "0x5", "0x9", "0x19", "0x1f"];
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    let keys = |v: &[&str]| v.iter().map(|l| l.split_once('=').map_or(*l, |(k, _)| k).to_string()).collect::<Vec<_>>();
    assert_eq!(keys(&g), keys(&e), "--list-diagnostics keys");
    let mut a_type = "";
    for (le, lg) in e.iter().zip(&g) {
        let (key, value) = le.split_once('=').unwrap();
        if key.ends_with(".a_type") {
            a_type = value;
        }
        if key.ends_with(".a_val") && DIFFERENT.contains(&a_type) {
            continue;
        }
        assert_eq!(lg, le, "--list-diagnostics");
    }
}

#[test]
fn unknown_categories_warned_of_as_glibc_does() {
    let (expected, got) = both("bogus,libs:x y", "/usr/bin/true", &[]);
    assert!(expected.contains("warning: debug option `bogus' unknown; try LD_DEBUG=help\n"), "{expected}");
    assert!(expected.contains("find library=libc.so.6"), "the other categories still count: {expected}");
    assert_eq!(got, expected, "LD_DEBUG with unknown categories");
}

/// Every successful lookup's `binding file` line, in glibc's order: the
/// relocations', lazy bindings', and those glibc's ld.so makes for itself
/// (the vDSO's functions, the program's allocator, its own references).
#[test]
fn bindings_as_glibc_prints_them() {
    for (prog, args) in [("/usr/bin/true", &[][..]), ("/usr/bin/ls", &["-la", "/usr"][..]), ("/usr/bin/perl", &["-e", "1"][..])] {
        let (expected, got) = both("bindings", prog, args);
        assert!(expected.contains("binding file linux-vdso.so.1 [0] to linux-vdso.so.1 [0]: normal symbol `__vdso_clock_gettime' [LINUX_2.6]"), "{expected}");
        assert!(expected.contains("normal symbol `calloc' [GLIBC_2.2.5]"), "{expected}");
        assert_eq!(got, expected, "LD_DEBUG=bindings {prog}");
    }
}

#[test]
fn reloc_as_glibc_prints_it() {
    // One `relocation processing` line per object in glibc's order (lazy or
    // not), the dynamic linker's own second relocation among them (glibc's
    // ld.so relocates itself again against the global scope), and the
    // initialiser calls.
    for (prog, args) in PROGRAMS {
        let (expected, got) = both("reloc", prog, args);
        assert!(expected.contains("relocation processing: /lib64/ld-linux-x86-64.so.2\n"), "{expected}");
        assert_eq!(got, expected, "LD_DEBUG=reloc {prog}");
    }
}

#[test]
fn files_and_libs_as_glibc_prints_them_run_directly() {
    // Run directly, glibc's ld.so maps the program as it maps a library:
    // `files` shows its link map first. `--library-path` is named as such
    // in `libs` (glibc 2.33 on), and splits on ';' as LD_LIBRARY_PATH does.
    let (expected, got) = both_direct("files", "/usr/bin/true", &[]);
    assert!(expected.contains("file=/usr/bin/true [0];  generating link map"), "{expected}");
    assert_eq!(mask_hex(&got), mask_hex(&expected), "LD_DEBUG=files, run directly");
    let dir = std::env::temp_dir().join(format!("dryad-llp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = format!("{};/nonexistent-dryad", dir.display());
    let (expected, got) = both_direct("libs", "--library-path", &[&list, "/usr/bin/true"]);
    assert!(expected.contains("/nonexistent-dryad\t\t(--library-path)"), "{expected}");
    assert_eq!(got, expected, "LD_DEBUG=libs with --library-path");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn all_as_glibc_prints_it_run_directly() {
    // Every line of LD_DEBUG=all in glibc's order, addresses masked.
    for (prog, args) in [("/usr/bin/true", &[][..]), ("/usr/bin/python3.11", &["-c", "pass"][..])] {
        let (expected, got) = both_direct("all", prog, args);
        assert!(expected.contains("relocation processing: /lib64/ld-linux-x86-64.so.2"), "{expected}");
        assert_eq!(mask_hex(&got), mask_hex(&expected), "LD_DEBUG=all {prog}, run directly");
    }
}

#[test]
fn a_missing_version_is_reported_where_it_is_checked() {
    // glibc reports a missing version as soon as its check fails, then
    // checks the rest: the error lines come between the `checking for
    // version` lines. A copy of true requires GLIBC_2.99 instead of
    // GLIBC_2.34 (the name changed, the hash kept: no definition matches).
    let mut data = std::fs::read("/usr/bin/true").unwrap();
    let at = data.windows(11).position(|w| w == b"GLIBC_2.34\0").expect("true requires GLIBC_2.34");
    data[at..at + 10].copy_from_slice(b"GLIBC_2.99");
    let prog = std::env::temp_dir().join(format!("dryad-true-2.99-{}", std::process::id()));
    std::fs::write(&prog, data).unwrap();
    let prog = prog.to_str().unwrap();
    let (expected, got) = both_direct("versions", prog, &[]);
    assert!(expected.contains("version `GLIBC_2.99' not found"), "{expected}");
    let after = expected.split("not found").nth(2).unwrap_or("");
    assert!(after.contains("checking for version"), "the check goes on after the error: {expected}");
    assert_eq!(got, expected, "LD_DEBUG=versions with a missing version");
    let _ = std::fs::remove_file(prog);
}
