//! Issue 2, point 8: gdb finds the loaded objects through `_r_debug`,
//! `_dl_debug_state` and the program's DT_DEBUG, as under glibc's ld.so.

mod common;
use common::*;

fn gdb_libraries(prog: &str) -> Vec<String> {
    let r = run(&mut cmd(
        "gdb",
        &["-nx", "-batch", "-ex", "break main", "-ex", "run", "-ex", "info sharedlibrary", prog],
        &[],
    ));
    assert_eq!(r.status, Some(0), "gdb failed: {}", r.stderr);
    assert!(r.stdout.contains("Breakpoint 1, main"), "gdb did not stop in main:\n{}{}", r.stdout, r.stderr);
    r.stdout
        .lines()
        .filter(|l| l.starts_with("0x"))
        .filter_map(|l| l.split_whitespace().last().map(str::to_string))
        .collect()
}

#[test]
fn gdb_lists_shared_libraries() {
    let expected: Vec<String> = gdb_libraries("./main-pie.libc")
        .into_iter()
        .filter(|l| !l.contains("libc.so.6") && !l.contains("ld-linux"))
        .collect();
    let got = gdb_libraries("./main-pie.dryad");
    let dryad = dryad().display().to_string();
    assert_eq!(got.first(), Some(&dryad), "gdb lists the interpreter first: {got:?}");
    assert_eq!(&got[1..], &expected[..], "same libraries in the same order");
    assert!(expected.iter().any(|l| l.ends_with("/libordd.so")));
}

#[test]
fn gdb_thread_debugging_works() {
    // libthread_db reads libc's and ld.so's thread structures (stack
    // lists, struct pthread) once the debugger hears RT_CONSISTENT: they
    // must be ready then, as under glibc.
    let patched = patched("programs/cprog");
    let r = run(&mut cmd("gdb", &["-nx", "-batch", "-ex", "set auto-load safe-path /", "-ex", "break main", "-ex", "run", "-ex", "info threads", &format!("./{patched}")], &[]));
    assert!(r.stdout.contains("Thread debugging using libthread_db enabled"), "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("Breakpoint 1, main"), "{}", r.stdout);
}
