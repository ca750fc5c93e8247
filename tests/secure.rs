//! Secure mode (AT_SECURE, set-user-ID programs): LD_LIBRARY_PATH,
//! LD_PRELOAD and the other "unsecure" variables are ignored and removed
//! from the environment the program (and its children) see, as glibc does.

mod common;
use common::*;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

/// A set-user-ID-nobody copy of /usr/bin/env: run by root, the kernel
/// starts it with AT_SECURE = 1.
fn setuid_env(interp: Option<&std::path::Path>) -> std::path::PathBuf {
    let dir = root().join("target/secure");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let dst = dir.join(if interp.is_some() { "env.dryad" } else { "env.glibc" });
    let _ = std::fs::remove_file(&dst);
    std::fs::copy("/usr/bin/env", &dst).unwrap();
    if let Some(i) = interp {
        assert!(Command::new("patchelf").arg("--set-interpreter").arg(i).arg(&dst).status().unwrap().success());
    }
    assert!(Command::new("chown").arg("nobody").arg(&dst).status().unwrap().success());
    std::fs::set_permissions(&dst, std::fs::Permissions::from_mode(0o4755)).unwrap();
    dst
}

#[test]
fn unsecure_variables_are_removed_for_setuid_programs() {
    let is_root = run(Command::new("id").arg("-u")).stdout.trim() == "0";
    assert!(is_root, "this test needs root (CI runs as root) to create a set-user-ID program");
    // dryad must be reachable by `nobody` for the kernel to load it.
    let vars = [("LD_PRELOAD", "/nonexistent/evil.so"), ("LD_LIBRARY_PATH", "/tmp/evil"), ("GCONV_PATH", "/tmp/x"), ("KEEP_ME", "1")];
    let run_env = |p: &std::path::Path| {
        let mut c = Command::new(p);
        c.env_clear().envs(vars.iter().copied());
        run(&mut c)
    };
    let expected = run_env(&setuid_env(None));
    let got = run_env(&setuid_env(Some(&dryad())));
    assert_eq!(expected.stdout, "KEEP_ME=1\n", "glibc's behaviour: {}", expected.stderr);
    assert_same_output(&expected, &got, "setuid env under dryad");
    assert!(got.stderr.is_empty(), "LD_PRELOAD must be ignored silently: {}", got.stderr);
}

/// `target/secure/origin-TAG-LDSO/`: a set-user-ID-nobody copy of
/// `secprog` with RUNPATH `prog_runpath` (`@` stands for the directory
/// itself) and interpreter `interp` (None: glibc's), and `libseca.so`
/// beside it; with `lib_runpath`, that `libseca.so` also needs
/// `libsecb.so`, which only `sub/` has, and has that RUNPATH. Runs it
/// with an empty environment; directory and ld.so names are masked in
/// stderr.
fn origin_case(tag: &str, interp: Option<&std::path::Path>, prog_runpath: &str, lib_runpath: Option<&str>) -> Run {
    let dir = root().join("target/secure").join(format!("origin-{tag}-{}", if interp.is_some() { "dryad" } else { "glibc" }));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    for d in [&dir, &dir.join("sub")] {
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let programs = fixtures().join("programs");
    let prog = dir.join("secprog");
    std::fs::copy(programs.join("secprog"), &prog).unwrap();
    let abs = dir.to_str().unwrap().to_string();
    let patch = |file: &std::path::Path, args: &[&str]| {
        assert!(Command::new("patchelf").args(args).arg(file).status().unwrap().success(), "patchelf {args:?}");
    };
    patch(&prog, &["--set-rpath", &prog_runpath.replace('@', &abs)]);
    if let Some(i) = interp {
        patch(&prog, &["--set-interpreter", i.to_str().unwrap()]);
    }
    match lib_runpath {
        // The program finds libseca.so, which needs libsecb.so from
        // `lib_runpath`; only sub/ has it.
        Some(rp) => {
            let lib = dir.join("libseca.so");
            std::fs::copy(programs.join("libseca.so"), &lib).unwrap();
            patch(&lib, &["--add-needed", "libsecb.so"]);
            patch(&lib, &["--set-rpath", rp]);
            std::fs::copy(programs.join("libsecb.so"), dir.join("sub/libsecb.so")).unwrap();
        }
        None => {
            std::fs::copy(programs.join("libseca.so"), dir.join("libseca.so")).unwrap();
        }
    }
    assert!(Command::new("chown").arg("nobody").arg(&prog).status().unwrap().success());
    std::fs::set_permissions(&prog, std::fs::Permissions::from_mode(0o4755)).unwrap();
    let mut c = Command::new(&prog);
    c.env_clear();
    let mut r = run(&mut c);
    r.stderr = r.stderr.replace(&abs, "DIR").replace(dryad().to_str().unwrap(), "LDSO").replace("/lib64/ld-linux-x86-64.so.2", "LDSO");
    r
}

#[test]
fn origin_in_secure_mode_follows_glibcs_rules() {
    // glibc's _dl_dst_substitute with __libc_enable_secure: the program's
    // own $ORIGIN must expand into a trusted (system) directory, so a
    // set-user-ID program in target/ does not find its library through
    // it; a library's $ORIGIN is not checked, but must be the element's
    // first part ("/$ORIGIN/sub" is dropped, though it names the same
    // directory). Each case under glibc's ld.so, then dryad as the
    // interpreter: same output, messages and status.
    let is_root = run(Command::new("id").arg("-u")).stdout.trim() == "0";
    assert!(is_root, "this test needs root (CI runs as root) to create a set-user-ID program");
    let cases: [(&str, &str, Option<&str>, &str); 5] = [
        ("prog", "$ORIGIN", None, "cannot open shared object file"),
        ("abs", "@", None, "found libseca"),
        ("lib", "@", Some("$ORIGIN/sub"), "found libseca"),
        ("libnotfirst", "@", Some("/$ORIGIN/sub"), "libsecb.so: cannot open shared object file"),
        // What dlinfo(RTLD_DI_SERINFO) reports follows the same rules: the
        // program's $ORIGIN elements are dropped (not trusted), the plain
        // directory stays.
        ("serinfo", "@:$ORIGIN/sub:/x/$ORIGIN", None, "search: DIR\n"),
    ];
    for (tag, prog_rp, lib_rp, want) in cases {
        let expected = origin_case(tag, None, prog_rp, lib_rp);
        assert!(expected.stdout.contains(want) || expected.stderr.contains(want), "glibc, {tag}: {expected:?}");
        let got = origin_case(tag, Some(&dryad()), prog_rp, lib_rp);
        assert_same_output(&expected, &got, &format!("secure $ORIGIN, {tag}"));
        assert_eq!(got.stderr, expected.stderr, "secure $ORIGIN, {tag}: messages");
    }
}

#[test]
fn a_secure_preload_must_be_set_user_id() {
    // glibc loads an LD_PRELOAD name in secure mode with __RTLD_SECURE:
    // no cache lookup, and a file found in a directory (here the
    // program's RUNPATH) only if it is set-user-ID. `libsecb.so`
    // interposes `sec_who` when it is preloaded. Not set-user-ID: glibc's
    // "cannot be preloaded" line and the program's own library; set-user-
    // ID: preloaded. `libz.so.1`, in the cache and the system directories
    // but not set-user-ID: refused too.
    let is_root = run(Command::new("id").arg("-u")).stdout.trim() == "0";
    assert!(is_root, "this test needs root (CI runs as root) to create a set-user-ID program");
    for (preload, suid, want) in [("libsecb.so", false, "found libseca"), ("libsecb.so", true, "found libsecb"), ("libz.so.1", false, "found libseca")] {
        let mut outs = Vec::new();
        for interp in [None, Some(dryad())] {
            let tag = format!("preload-{}-{suid}", preload.replace('.', "_"));
            // Build the case (no run yet: the preload goes in first).
            let _ = origin_case(&tag, interp.as_deref(), "@", None);
            let dir = root().join("target/secure").join(format!("origin-{tag}-{}", if interp.is_some() { "dryad" } else { "glibc" }));
            let lib = dir.join("libsecb.so");
            std::fs::copy(fixtures().join("programs/libsecb.so"), &lib).unwrap();
            std::fs::set_permissions(&lib, std::fs::Permissions::from_mode(if suid { 0o4755 } else { 0o755 })).unwrap();
            let mut c = Command::new(dir.join("secprog"));
            c.env_clear().env("LD_PRELOAD", preload);
            let r = run(&mut c);
            assert!(r.stdout.contains(want), "{} {preload} suid={suid}: {r:?}", if interp.is_some() { "dryad" } else { "glibc" });
            outs.push(r);
        }
        assert_same_output(&outs[0], &outs[1], &format!("secure preload {preload} suid={suid}"));
        assert_eq!(outs[1].stderr, outs[0].stderr, "secure preload {preload} suid={suid}: messages");
    }
}

#[test]
fn a_secure_audit_module_must_be_set_user_id() {
    // LD_AUDIT in secure mode (glibc's __RTLD_SECURE, as for preloads): a
    // name with a slash is dropped; a bare one is found in a directory
    // (the program's RUNPATH) only if the file is set-user-ID, and never
    // through the cache. The module's own dependencies (its libc) are not
    // held to that. glibc's ld.so, then dryad as the interpreter: same
    // output, messages (the module's lines among them) and status.
    let is_root = run(Command::new("id").arg("-u")).stdout.trim() == "0";
    assert!(is_root, "this test needs root (CI runs as root) to create a set-user-ID program");
    let module = fixtures().join("programs/libauditmod.so");
    for (audit, suid, want) in [("libauditmod.so", false, "cannot be loaded as audit interface"), ("libauditmod.so", true, "la_version 2"), ("./libauditmod.so", true, "")] {
        let mut outs = Vec::new();
        for interp in [None, Some(dryad())] {
            let tag = format!("audit-{}-{suid}", audit.replace(['.', '/'], "_"));
            let _ = origin_case(&tag, interp.as_deref(), "@", None);
            let dir = root().join("target/secure").join(format!("origin-{tag}-{}", if interp.is_some() { "dryad" } else { "glibc" }));
            let lib = dir.join("libauditmod.so");
            std::fs::copy(&module, &lib).unwrap();
            std::fs::set_permissions(&lib, std::fs::Permissions::from_mode(if suid { 0o4755 } else { 0o755 })).unwrap();
            let mut c = Command::new(dir.join("secprog"));
            c.env_clear().env("LD_AUDIT", audit).current_dir(&dir);
            let mut r = run(&mut c);
            r.stderr = r.stderr.replace(dir.to_str().unwrap(), "DIR");
            assert!(r.stdout.contains("found libseca"), "{audit} suid={suid}: {r:?}");
            assert!(r.stderr.contains(want) && (!want.is_empty() || r.stderr.is_empty()), "{} {audit} suid={suid}: {r:?}", if interp.is_some() { "dryad" } else { "glibc" });
            outs.push(r);
        }
        assert_same_output(&outs[0], &outs[1], &format!("secure audit {audit} suid={suid}"));
        assert_eq!(outs[1].stderr, outs[0].stderr, "secure audit {audit} suid={suid}: messages");
    }
}
