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
