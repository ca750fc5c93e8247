//! Issue 8: threaded programs run as often as it takes to catch a race.
//! Each program is run once under the system ld.so for the expected
//! output, then RUNS times in each of four ways — dryad invoked directly
//! and as PT_INTERP (patchelf), lazily and with LD_BIND_NOW — and every
//! run must print exactly that and exit the same way.
//!
//! The three programs make their first `malloc` in several new threads at
//! once. Before the fix, dryad gave new threads DTVs from its own heap, so
//! libc's malloc was first initialised in one of those threads rather
//! than in `pthread_create`'s caller as under glibc, and about 1% of runs
//! aborted at a thread's exit with "malloc assertion failure in
//! __malloc_arena_thread_freeres: a->attached_threads > 0"
//! (docs/06-tls-and-the-libc-handshake.md, "A new thread's TLS").

mod common;
use common::*;

/// Runs per way; the 2,000-run figures are in the closing note.
const RUNS: usize = 200;

fn hammer(prog: &str, args: &[&str]) {
    let path = format!("./programs/{prog}");
    let expected = run(&mut cmd(&path, args, &[]));
    assert_eq!(expected.signal, None, "{prog} under the system ld.so: {}", expected.stderr);
    assert_eq!(expected.status, Some(0), "{prog} under the system ld.so: {}", expected.stderr);
    let patched = patched(&format!("programs/{prog}"));
    let dryad = dryad();
    let dryad = dryad.to_str().unwrap();
    let direct: Vec<&str> = ["60", dryad, path.as_str()].into_iter().chain(args.iter().copied()).collect();
    let interp_path = format!("./{patched}");
    let interp: Vec<&str> = ["60", interp_path.as_str()].into_iter().chain(args.iter().copied()).collect();
    for (how, argv) in [("direct", &direct), ("PT_INTERP", &interp)] {
        for env in [&[][..], &[("LD_BIND_NOW", "1")][..]] {
            let mut failures = Vec::new();
            for _ in 0..RUNS {
                let got = run(&mut cmd("timeout", argv, env));
                if got.stdout != expected.stdout || got.status != expected.status || got.signal.is_some() {
                    failures.push(got);
                }
            }
            assert!(
                failures.is_empty(),
                "{prog} under dryad ({how}, {env:?}): {} of {RUNS} runs differ from the system ld.so; first:\n{:?}",
                failures.len(),
                failures[0]
            );
        }
    }
}

#[test]
fn first_malloc_in_six_new_threads() {
    hammer("threads_arena", &[]);
}

#[test]
fn tls_keys_barrier_condvar_and_cancellation() {
    hammer("threads_mix", &[]);
}

#[test]
fn dlopen_storm_beside_thread_creation() {
    hammer("threads_dlstorm", &["programs"]);
}
