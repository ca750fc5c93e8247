//! The profiling trampoline (arch/x86_64/profile.S, glibc's
//! `_dl_runtime_profile`: GOT[2] when LD_AUDIT modules have
//! la_pltenter/la_pltexit) on its own, without dryad: tests/profile-tramp
//! links it into a C harness that stands in for dryad's
//! dryad_profile_fixup and dryad_profile_exit and simulates PLT calls
//! through both entries (see tests/profile-tramp/harness.c for what is
//! checked). harness-ymm runs a copy whose AVX-512 path is disabled, so
//! that the ymm path is tested on AVX-512 machines too.

mod common;
use common::*;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

/// Builds the harnesses once per test binary; returns their directory.
fn harnesses() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let out = root().join("target/profile-tramp");
        let status = Command::new("make")
            .arg("-s")
            .arg("-C")
            .arg(root().join("tests/profile-tramp"))
            .arg(format!("OUT={}", out.display()))
            .arg("all")
            .status()
            .expect("run make for tests/profile-tramp");
        assert!(status.success(), "building tests/profile-tramp failed");
        out
    })
}

fn run_harness(name: &str) {
    let r = run(&mut Command::new(harnesses().join(name)));
    assert_eq!(r.signal, None, "{name} crashed:\n{}{}", r.stdout, r.stderr);
    assert_eq!(r.status, Some(0), "{name} failed:\n{}{}", r.stdout, r.stderr);
    assert!(!r.stdout.contains("FAIL"), "{}", r.stdout);
    assert!(r.stdout.lines().any(|l| l == "ok all"), "{}", r.stdout);
    // Every group through both entries (one where the CPU has no XSAVE).
    for group in ["ok args", "ok 4 stack arguments", "ok 5 stack arguments", "ok return registers", "ok c-abi"] {
        assert!(r.stdout.lines().any(|l| l.starts_with(group) && l.ends_with("(fxsave)")), "{group} (fxsave) missing:\n{}", r.stdout);
        if !r.stdout.contains("no XSAVE") {
            assert!(r.stdout.lines().any(|l| l.starts_with(group) && l.ends_with("(xsave)")), "{group} (xsave) missing:\n{}", r.stdout);
        }
    }
}

#[test]
fn profile_trampoline_harness() {
    run_harness("harness");
}

#[test]
fn profile_trampoline_harness_ymm_path() {
    run_harness("harness-ymm");
}

/// gdb unwinds through the trampoline, from the target it called and
/// from pltexit: the next frame is the caller, with its %rbx, %r12 and
/// stack pointer (the CFI).
#[test]
fn gdb_unwinds_through_the_profile_trampoline() {
    let harness = harnesses().join("harness");
    let frame2 = ["frame 1", "frame 2", "p/x $rbx", "p/x $r12", "p $sp == (void *)(*(struct ctx **)&probe_ctx)->rsp_before"];
    let mut args: Vec<&str> = vec!["-nx", "-batch", "-ex", "break tgt_stack", "-ex", "run"];
    for c in frame2 {
        args.extend(["-ex", c]);
    }
    args.extend(["-ex", "delete", "-ex", "break exit_impl", "-ex", "continue"]);
    for c in frame2 {
        args.extend(["-ex", c]);
    }
    args.extend(["-ex", "kill"]);
    let r = run(Command::new("gdb").args(&args).arg(&harness));
    let out = &r.stdout;
    assert!(out.contains("Breakpoint 1, tgt_stack") && out.contains("Breakpoint 2, exit_impl"), "gdb did not stop:\n{out}{}", r.stderr);
    let lines: Vec<&str> = out.lines().collect();
    let count = |pred: &dyn Fn(&str) -> bool| lines.iter().filter(|l| pred(l)).count();
    assert_eq!(count(&|l| l.starts_with("#1 ") && l.contains(" in dryad_runtime_profile_")), 2, "frame 1 is not the trampoline:\n{out}");
    assert_eq!(count(&|l| l.starts_with("#2 ") && l.contains(" in call_probe ")), 2, "frame 2 is not the caller:\n{out}");
    // The caller's sentinels (harness.c fill_ctx: callee_in[0] and [2]).
    assert_eq!(count(&|l| l.ends_with("= 0xc0ffee0000010101")), 2, "the caller's %rbx:\n{out}");
    assert_eq!(count(&|l| l.ends_with("= 0xc0ffee0000030303")), 2, "the caller's %r12:\n{out}");
    assert_eq!(count(&|l| l.starts_with('$') && l.ends_with("= 1")), 2, "the caller's %rsp:\n{out}");
}
