//! Issue 14: `_dl_find_object` and `_dl_find_dso_for_object` are
//! async-signal-safe. tests/programs/sigunwind.c opens 128 copies of a
//! plugin, pass after pass, on one thread, while SIGUSR1 interrupts that
//! thread (inside dlopen, the plugin's first call and dlclose) and two
//! threads that unwind their own stacks; the handler unwinds
//! (`_Unwind_Backtrace`, so `_dl_find_object` per frame) and, on the
//! unwinding threads, calls `dladdr` (`_dl_find_dso_for_object`).
//!
//! With the table behind a spin read/write lock (before this test), every
//! run hung: a handler that interrupted the opener while it held the lock
//! for writing spun for ever (the `timeout` below ended it with 124).
//!
//! The program's output does not depend on timing; each run must print
//! what it prints under the system ld.so and exit the same way, under
//! dryad invoked directly and as PT_INTERP, lazily and with LD_BIND_NOW.

mod common;
use common::*;

/// Runs per way (each takes a fraction of a second).
const RUNS: usize = 25;
/// Seconds before `timeout` ends a run that hangs.
const TIMEOUT: &str = "20";

#[test]
fn unwinding_and_dladdr_from_signal_handlers_during_dlopen() {
    let copies = std::fs::read_to_string(fixtures().join("programs/sigplug/copies")).expect("the plugin copies (tests/fixtures/Makefile)");
    let copies = copies.trim();
    let args = ["programs/sigplug", copies];
    let expected = run(&mut cmd("timeout", &[TIMEOUT, "./programs/sigunwind", args[0], args[1]], &[]));
    assert_eq!(expected.signal, None, "sigunwind under the system ld.so: {}", expected.stderr);
    assert_eq!(expected.status, Some(0), "sigunwind under the system ld.so: {}\n{}", expected.stdout, expected.stderr);
    assert!(expected.stdout.contains(&format!("opened each of {copies} plugins")), "{}", expected.stdout);

    let patched = patched("programs/sigunwind");
    let dryad = dryad();
    let dryad = dryad.to_str().unwrap();
    let interp = format!("./{patched}");
    let direct = [TIMEOUT, dryad, "./programs/sigunwind", args[0], args[1]];
    let as_interp = [TIMEOUT, interp.as_str(), args[0], args[1]];
    for (how, argv) in [("direct", &direct[..]), ("PT_INTERP", &as_interp[..])] {
        for env in [&[][..], &[("LD_BIND_NOW", "1")][..]] {
            for i in 0..RUNS {
                let got = run(&mut cmd("timeout", argv, env));
                assert!(
                    got.stdout == expected.stdout && got.status == expected.status && got.signal.is_none(),
                    "sigunwind under dryad ({how}, {env:?}), run {i} of {RUNS}, differs from the system ld.so \
                     (status 124: it hung):\n{got:?}\nexpected:\n{expected:?}"
                );
            }
        }
    }
}
