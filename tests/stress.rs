//! Issue 14, item 4: stress, each run bounded by `timeout` (a hang is a
//! failure, status 124). Each program runs once under glibc's ld.so for
//! the expected output and peak RSS, then RUNS times under dryad invoked
//! directly and as PT_INTERP (patchelf); every run must print the same,
//! exit the same way, and end with a peak RSS (VmHWM, which each program
//! prints on stderr) within a sane bound of glibc's.
//!
//! - tests/programs/stress_fork.c: fork() from a thread while four
//!   threads loop dlopen/dlsym/call/dlclose; each child dlopens and calls
//!   a plugin and exits through exit(). Before dryad's fork handlers
//!   (`rtld::fork_prepare`), a child forked while a looper held the
//!   namespace lock spun for ever in its first lazy binding or dlopen
//!   (the run hit the 60 s timeout); before the `dlopen_name` copies, each
//!   dlopen leaked its name (VmHWM 40 to 70 MB instead of 2).
//! - tests/programs/stress_threads.c: 1,000 threads in batches of 50,
//!   each checking its static and dynamic (dlopen'ed plugin) `__thread`
//!   data.
//! - tests/programs/stress_dlstorm.c: 64 threads looping dlopen/dlsym/
//!   call/dlclose over five plugins with `__thread` data while two more
//!   create and join threads that use `__thread`.
//! - tests/programs/stress_dlloop.c: 40,000 failing dlopens and 40,000
//!   dlopen/dlclose of a plugin already open, on one thread: dryad's peak
//!   RSS was 11 MB against glibc's 1.6 (a failure's error strings, left
//!   behind by the longjmp that reports it, and heap blocks that grew in
//!   place and were freed into a larger size class); now 1.8.

mod common;
use common::*;

/// Runs per way.
const RUNS: usize = 3;
/// Seconds before `timeout` ends a run that hangs.
const TIMEOUT: &str = "60";

/// Takes the program's "VmHWM: N kB" line out of `run.stderr` and returns N.
fn peak_rss(run: &mut Run, what: &str) -> u64 {
    let line = take_report(run, "VmHWM:", what);
    line["VmHWM:".len()..].trim().trim_end_matches("kB").trim().parse().unwrap_or_else(|_| panic!("{what}: {line}"))
}

fn stress(prog: &str, summary: &str) {
    let path = format!("./programs/{prog}");
    let args = [path.as_str(), "programs"];
    let mut expected = run(&mut cmd("timeout", &[&[TIMEOUT][..], &args[..]].concat(), &[]));
    assert_eq!(expected.signal, None, "{prog} under the system ld.so: {}", expected.stderr);
    assert_eq!(expected.status, Some(0), "{prog} under the system ld.so: {}\n{}", expected.stdout, expected.stderr);
    let glibc_rss = peak_rss(&mut expected, &format!("{prog} under glibc"));
    assert!(expected.stdout.contains(summary), "{prog} under glibc: {}", expected.stdout);
    assert_eq!(expected.stderr, "", "{prog} under glibc");

    let patched = patched(&format!("programs/{prog}"));
    let dryad = dryad();
    let interp = format!("./{patched}");
    let direct = [TIMEOUT, dryad.to_str().unwrap(), args[0], args[1]];
    let as_interp = [TIMEOUT, interp.as_str(), args[1]];
    // dryad's peak may exceed glibc's by its own heap and image (a few
    // hundred KiB); a leak per dlopen or per thread goes far beyond.
    let bound = glibc_rss * 3 / 2 + 2048;
    for (how, argv) in [("direct", &direct[..]), ("PT_INTERP", &as_interp[..])] {
        for i in 0..RUNS {
            let mut got = run(&mut cmd("timeout", argv, &[]));
            let what = format!("{prog} under dryad ({how}), run {i} of {RUNS}");
            assert_ne!(got.status, Some(124), "{what}: hung (ended by timeout); stdout:\n{}", got.stdout);
            assert_same_output(&expected, &got, &what);
            let rss = peak_rss(&mut got, &what);
            assert_eq!(got.stderr, "", "{what}");
            assert!(rss <= bound, "{what}: peak RSS {rss} kB, glibc's {glibc_rss} kB (bound {bound} kB)");
        }
    }
}

#[test]
fn fork_from_a_thread_during_dlopen_loops() {
    stress("stress_fork", "forks=40 children ok=40, loopers' bad rounds=0");
}

#[test]
fn a_thousand_threads_check_static_and_dynamic_tls() {
    stress("stress_threads", "threads=1000 ok=1000, main thread's data untouched=1");
}

#[test]
fn sixty_four_threads_in_dlopen_loops_beside_thread_creation() {
    stress("stress_dlstorm", "loopers=64 rounds=24 bad=0 short threads ok=200/200");
}

#[test]
fn dlopen_in_a_loop_does_not_grow_the_process() {
    stress("stress_dlloop", "rounds=40000 failed as expected=40000 called=40000");
}
