//! Issue 11 (peak RSS): the functions a program's startup runs sit
//! together at the start of dryad's code (linker-scripts/startup-order.ld),
//! so that the kernel's fault-around maps few 64 KiB windows of it. A
//! function that startup runs but the script does not place lands among
//! the cold code and can cost a window of RSS on every program: this test
//! traces startup (tools/startup-order.py --check, under valgrind) and
//! fails naming such functions.

mod common;

use std::process::Command;

#[test]
fn every_startup_function_is_placed_by_the_linker_script() {
    let out = Command::new("python3")
        .arg(common::root().join("tools/startup-order.py"))
        .arg("--check")
        .arg(common::dryad())
        .output()
        .expect("run tools/startup-order.py");
    let text = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}{err}");
    // It traced something: the count it prints is the functions run.
    let n: usize = text
        .split_whitespace()
        .nth(1)
        .and_then(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("unexpected output: {text}{err}"));
    assert!(n >= 50, "only {n} functions traced: {text}");
    assert!(text.contains(", 0 not placed"), "{text}");
}
