//! LD_AUDIT and `--audit` (issue 12): the rtld-audit interface, compared
//! call for call with glibc's ld.so. The module (tests/programs/
//! libauditmod.c) reports every call it gets on stderr, naming objects by
//! their base names, so both linkers' lines can be compared as they are.

mod common;
use common::*;

const MODULE: &str = "programs/libauditmod.so";

/// The first line where `got` and `want` differ, with its number (the
/// whole texts are too long to read in a failure).
fn first_difference(got: &str, want: &str) -> Option<String> {
    if got == want {
        return None;
    }
    let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
    let k = g.iter().zip(&w).position(|(a, b)| a != b).unwrap_or(g.len().min(w.len()));
    Some(format!("line {}: dryad {:?}, glibc {:?} ({} lines against {})", k + 1, g.get(k), w.get(k), g.len(), w.len()))
}

/// `prog args` under glibc and under dryad (run directly and as the
/// interpreter) with `env`: stdout, status and stderr (the module's
/// lines) the same. Returns glibc's run.
fn same_audit_lines(prog: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
    let expected = run_as("glibc", prog, args, env);
    assert_eq!(expected.signal, None, "{expected:?}");
    for how in ["direct", "interp"] {
        let got = run_as(how, prog, args, env);
        assert_same_output(&expected, &got, &format!("{prog} {how}"));
        assert_eq!(first_difference(&got.stderr, &expected.stderr), None, "{prog} ({how}): the audit module's lines differ");
    }
    expected
}

#[test]
fn every_audit_call_as_glibc_makes_it() {
    // auditprog: la_version; la_objopen of the program, ld.so and the
    // vDSO; la_objsearch of each name and candidate (with its LA_SER_*
    // code; one name rewritten, one vetoed); la_activity around the
    // loading at startup, at a dlopen and a dlclose, and at exit;
    // la_symbind64 for ld.so's own lookups, PLT slots bound now and at
    // lazy calls, and dlsym; la_pltenter/la_pltexit around two calls
    // (arguments and return values, integer and floating-point);
    // la_preinit; la_objclose at dlclose and at exit.
    let r = same_audit_lines("auditprog", &[], &[("LD_AUDIT", MODULE)]);
    assert_eq!(r.status, Some(7));
    for line in [
        "la_version 2\n",
        "la_objopen <program> 0\nla_objopen <ld.so> 0\nla_activity 1 (cookie <program>)\nla_objopen linux-vdso.so.1 0\n",
        "la_objsearch libaudplug.so 0x1\nla_objsearch libaudplug.so 0x4\nla_objopen libaudplug.so 0\n",
        "la_symbind64 calloc <program> -> libc.so.6 flags 0x8\n",
        "la_symbind64 _dl_catch_exception <ld.so> -> libc.so.6 flags 0x3\n",
        "la_preinit <program>\n",
        "la_pltenter plug_add <program> -> libaudplug.so (40, 2)\nla_pltexit plug_add <program> -> libaudplug.so = 42\n",
        "la_pltenter plug_scale <program> -> libaudplug.so (1.5, 4)\nla_pltexit plug_scale <program> -> libaudplug.so = 6\n",
        "la_objsearch libaudalias.so 0x1\nla_objsearch libaudext.so 0x4\n",
        "la_symbind64 plug_add <program> -> libaudext.so flags 0x8\n",
        "libaudext: fini\nla_objclose libaudext.so\nla_activity 2 (cookie <program>)\nla_activity 0 (cookie <program>)\n",
        "la_objsearch libvetoed.so 0x1\n",
        "la_activity 2 (cookie <program>)\nla_objclose <program>\n",
    ] {
        assert!(r.stderr.contains(line), "{line:?} missing:\n{}", r.stderr);
    }
    assert!(r.stdout.contains("add 42\nscale 6\ndlsym add 3\nvetoed refused\n"), "{}", r.stdout);
    // The program may name it itself (DT_AUDIT), after LD_AUDIT's.
    let dt = same_audit_lines("auditdt", &[], &[]);
    assert!(dt.stderr.starts_with("la_version 2\nla_objopen <program> 0\n"), "{}", dt.stderr);
    // `--audit` names the same module.
    let d = run(&mut cmd(dryad(), &["--audit", MODULE, "programs/auditprog"], &[]));
    let g = run(&mut cmd(SYSTEM_LDSO, &["--audit", MODULE, "programs/auditprog"], &[]));
    assert_same_output(&g, &d, "--audit");
    assert_eq!(first_difference(&d.stderr, &g.stderr), None, "--audit");
}

#[test]
fn real_programs_audited_as_under_glibc() {
    // Every la_* call made while ls, python3 (with C extension modules),
    // perl and a C++ program run: the same under both linkers.
    for argv in [
        &["/bin/ls", "-la", "/usr/lib/x86_64-linux-gnu/audit"][..],
        &["/usr/bin/python3", "-c", "import json, ctypes; print(json.dumps([ctypes.sizeof(ctypes.c_int)]))"],
        &["/usr/bin/perl", "-e", "use POSIX; print floor(2.5), qq(\\n)"],
    ] {
        let module = fixtures().join(MODULE);
        let env = [("LD_AUDIT", module.to_str().unwrap())];
        let g = run_ldso(std::path::Path::new(SYSTEM_LDSO), fixtures(), argv, &env);
        let d = run_ldso(&dryad(), fixtures(), argv, &env);
        assert_same_output(&g, &d, argv[0]);
        assert_eq!(first_difference(&d.stderr, &g.stderr), None, "{}: the audit module's lines differ", argv[0]);
        assert!(g.stderr.matches("la_symbind64").count() > 20, "{}", g.stderr);
    }
}

#[test]
fn modules_that_cannot_be_used_are_reported_as_glibc_reports_them() {
    // A module that does not exist, one without la_version (libm), one
    // whose la_version says 0 (LD_DEBUG=files tells why) or asks for a
    // newer version: each is reported (or not) in glibc's words, and the
    // program runs unaudited. pids are masked.
    let libm = "/lib/x86_64-linux-gnu/libm.so.6";
    // More modules than the namespaces left beside glibc.rtld.nns's (4, so
    // 12): glibc refuses them all, before loading any, and stops.
    let thirteen = vec![MODULE; 13].join(":");
    let g = run_as("glibc", "cprog", &[], &[("LD_AUDIT", &thirteen)]);
    assert_eq!((g.status, g.stderr.as_str()), (Some(127), "Failed loading 13 audit modules, 12 are supported.\n"), "{g:?}");
    for how in ["direct", "interp"] {
        let d = run_as(how, "cprog", &[], &[("LD_AUDIT", &thirteen)]);
        assert_eq!((d.status, &d.stdout, &d.stderr), (g.status, &g.stdout, &g.stderr), "13 modules ({how})");
    }
    let cases: [(&str, &[(&str, &str)]); 4] = [
        ("libnosuch.so", &[]),
        (libm, &[]),
        (MODULE, &[("AUDIT_VERSION", "0"), ("LD_DEBUG", "files")]),
        (MODULE, &[("AUDIT_VERSION", "7")]),
    ];
    for (module, extra) in cases {
        let mut env: Vec<(&str, &str)> = vec![("LD_AUDIT", module)];
        env.extend_from_slice(extra);
        let g = run_as("glibc", "cprog", &[], &env);
        let lines = |r: &Run| -> Vec<String> {
            r.stderr
                .lines()
                .map(|l| l.split_once(":\t").map_or(l.to_string(), |(_, rest)| rest.to_string()))
                .filter(|l| l.contains("audit") || l.starts_with("la_version"))
                .map(|l| debug_masked(&l, &[]))
                .collect()
        };
        let want = lines(&g);
        assert!(!want.is_empty(), "{module}: glibc said nothing: {g:?}");
        for how in ["direct", "interp"] {
            let d = run_as(how, "cprog", &[], &env);
            assert_same_output(&g, &d, &format!("{module} {how}"));
            assert_eq!(lines(&d), want, "{module} ({how})");
        }
    }
}

/// sotruss's output with addresses masked.
fn masked_trace(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out + rest
}

#[test]
fn sotruss_traces_as_under_glibc() {
    // glibc's sotruss (its audit module, sotruss-lib.so, traces every PLT
    // call and return of the program through la_pltenter/la_pltexit):
    // the same calls, arguments and return values (addresses masked),
    // with dryad run directly and as the program's interpreter. /bin/true
    // makes no PLT call: nothing is traced by either.
    let sotruss = |argv: &[&str]| run(&mut cmd("sotruss", argv, &[]));
    let g = sotruss(&["-e", SYSTEM_LDSO, "/bin/echo", "hi"]);
    assert_eq!(g.status, Some(0), "{g:?}");
    assert!(g.stderr.contains("echo -> libc.so.6      : fclose - 0x0"), "{}", g.stderr);
    let d = sotruss(&["-e", dryad().to_str().unwrap(), "/bin/echo", "hi"]);
    assert_same_output(&g, &d, "sotruss (direct)");
    assert_eq!(first_difference(&masked_trace(&d.stderr), &masked_trace(&g.stderr)), None, "sotruss (direct)");
    // A copy of echo whose PT_INTERP is dryad, under its own name, beside
    // an unpatched copy at a path as long (echo looks at its path).
    let copy = |sub: &str, patch: bool| {
        let dir = root().join("target/patched/sotruss").join(sub);
        std::fs::create_dir_all(&dir).unwrap();
        let tmp = dir.join(format!("echo.tmp{}", std::process::id()));
        std::fs::copy("/bin/echo", &tmp).unwrap();
        if patch {
            let ok = std::process::Command::new("patchelf").arg("--set-interpreter").arg(dryad()).arg(&tmp).status().unwrap();
            assert!(ok.success());
        }
        let echo = dir.join("echo");
        std::fs::rename(&tmp, &echo).unwrap();
        echo.to_str().unwrap().to_string()
    };
    let (patched, plain) = (copy("d", true), copy("g", false));
    let i = sotruss(&["-e", &patched, "hi"]);
    let k = sotruss(&["-e", &plain, "hi"]);
    assert_same_output(&k, &i, "sotruss (PT_INTERP)");
    assert_eq!(first_difference(&masked_trace(&i.stderr), &masked_trace(&k.stderr)), None, "sotruss (PT_INTERP)");
    for ldso in [SYSTEM_LDSO, dryad().to_str().unwrap()] {
        let t = sotruss(&[ldso, "/bin/true"]);
        assert_eq!((t.status, t.stdout.as_str(), t.stderr.as_str()), (Some(0), "", ""), "{ldso}: {t:?}");
    }
}
