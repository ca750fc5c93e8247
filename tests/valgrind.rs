//! Issue 13: valgrind runs programs under dryad as under glibc's ld.so.
//!
//! valgrind finds the dynamic linker by its soname (ld-linux-x86-64.so.2)
//! and must redirect its `strlen` before the program runs, or it refuses
//! to start ("a must-be-redirected function ... was not found"); dryad
//! keeps that function (build.rs). Then each tool is run on the same
//! programs with glibc's ld.so and with dryad in three ways — invoked
//! directly (`valgrind ./dryad.so.1 PROG`), as the PT_INTERP of a patched
//! copy, and bind-mounted over the system's ld.so in a private mount
//! namespace — and must give the same output and status, with
//! `--error-exitcode=9`: an error valgrind attributes anywhere (dryad's
//! allocator, its TLS, its trampolines) changes the status.

mod common;
use common::*;
use std::process::Command;

fn valgrind(tool: &str) -> Command {
    let mut c = Command::new("valgrind");
    c.args(["-q", "--error-exitcode=9", &format!("--tool={tool}")]);
    if tool == "callgrind" {
        c.arg("--callgrind-out-file=/dev/null");
    }
    for (k, _) in std::env::vars() {
        if k.starts_with("LD_") {
            c.env_remove(k);
        }
    }
    c
}

/// `prog args` under `tool`: glibc's ld.so, then dryad three ways.
fn same_under(tool: &str, prog: &str, args: &[&str]) {
    let expected = run(valgrind(tool).arg(prog).args(args));
    assert_eq!(expected.signal, None, "{prog} under {tool} with glibc's ld.so: {}", expected.stderr);
    assert_eq!(expected.status, Some(0), "{prog} under {tool} with glibc's ld.so: {}", expected.stderr);
    let direct = run(valgrind(tool).arg(dryad()).arg(prog).args(args));
    let patched = run(valgrind(tool).arg(patched_system_program(prog)).args(args));
    // The system's ld.so replaced by dryad for this process tree only.
    let ldso = "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2";
    let mut system = Command::new("unshare");
    system.args(["-m", "sh", "-c", "mount --bind \"$1\" \"$2\" && shift 2 && exec \"$@\"", "sh"]).arg(dryad()).arg(ldso);
    system.arg("valgrind").args(valgrind(tool).get_args()).arg(prog).args(args);
    let system = run(&mut system);
    for (how, got) in [("direct", direct), ("PT_INTERP", patched), ("system ld.so", system)] {
        assert_same_output(&expected, &got, &format!("{prog} {args:?} under valgrind --tool={tool} ({how})"));
        assert_eq!(got.stderr, expected.stderr, "{prog} {args:?} under {tool} ({how}): valgrind's messages differ");
    }
}

#[test]
fn memcheck_finds_nothing_under_dryad() {
    same_under("memcheck", "/usr/bin/echo", &["hi"]);
    same_under("memcheck", "/usr/bin/ls", &["/"]);
    same_under("memcheck", "/usr/bin/python3", &["-c", "import ctypes, ssl; print(6*7)"]);
    let cxx = fixtures().join("programs/cxx");
    same_under("memcheck", cxx.to_str().unwrap(), &[]);
}

#[test]
fn callgrind_and_helgrind_run_under_dryad() {
    let threads = fixtures().join("programs/threads_mix");
    for tool in ["callgrind", "helgrind"] {
        same_under(tool, "/usr/bin/echo", &["hi"]);
        same_under(tool, threads.to_str().unwrap(), &[]);
    }
}
