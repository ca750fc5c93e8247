//! Issue 12: initial-exec TLS in dlopen'ed objects. glibc gives such a
//! module a block in the static TLS surplus (`_dl_try_allocate_static_tls`)
//! and copies its image into every running thread's block; dryad must do
//! the same, with glibc's sizing: the same programs under glibc's ld.so
//! and under dryad (run directly, and as the interpreter) print the same.

mod common;
use common::*;

#[test]
fn initial_exec_plugins_in_running_threads() {
    // tests/programs/dlietls.c: eight threads running at dlopen and two
    // created after it see initialised blocks of their own; an initial-
    // exec reference places another plugin's module (initialised in the
    // running threads at once); a module a thread already used
    // dynamically, and 1 MiB of initial-exec TLS, are refused with
    // glibc's message; 1,000 close/open cycles reuse the surplus.
    let r = same_three_ways("dlietls", &["1000"], &[]);
    assert!(r.stdout.contains("thread 7 (running at dlopen): initialised, own copy, ieref right"), "{}", r.stdout);
    assert!(r.stdout.contains("libtlsgd2.so: cannot allocate memory in static TLS block"), "{}", r.stdout);
    assert!(r.stdout.contains("libiebig.so: cannot allocate memory in static TLS block"), "{}", r.stdout);
    assert!(r.stdout.contains("1000 close/open cycles, 0 wrong"), "{}", r.stdout);
}

#[test]
fn the_surplus_follows_the_optional_static_tls_tunable() {
    // glibc.rtld.optional_static_tls enlarges the surplus: 1 MiB of
    // initial-exec TLS then fits (and the rest behaves as before).
    let env = [("GLIBC_TUNABLES", "glibc.rtld.optional_static_tls=2000000")];
    let r = same_three_ways("dlietls", &["100"], &env);
    assert!(r.stdout.contains("dlopen libiebig.so: loaded, big_get 1"), "{}", r.stdout);
}

#[test]
fn the_surplus_runs_out_where_glibcs_does() {
    // glibc's surplus is (nns - 1) * 144 + nns * 144 + optional + 144 on
    // 2.36; with nns=1 and a small optional part the plugins stop fitting
    // one after the other. On this machine's 2.36, libietls.so (0x230
    // bytes, 64-aligned) fits from optional_static_tls=210 on, and then
    // libtlsgd.so's 0xd8 bytes from 466 on: each pair of values straddles
    // a boundary that glibc's arithmetic (alignment relative to the end of
    // the free space included) puts there, and dryad must put it at the
    // same place. A refused dlopen names the module and exits 1.
    for optional in ["0", "208", "210", "464", "466"] {
        let tunables = format!("glibc.rtld.optional_static_tls={optional}:glibc.rtld.nns=1");
        let env = [("GLIBC_TUNABLES", tunables.as_str())];
        let expected = run_as("glibc", "dlietls", &["10"], &env);
        assert_eq!(expected.signal, None);
        for how in ["direct", "interp"] {
            assert_same_output(&expected, &run_as(how, "dlietls", &["10"], &env), &format!("dlietls with {tunables} ({how})"));
        }
        if optional == "0" {
            assert!(expected.stdout.contains("libietls.so: cannot allocate memory in static TLS block"), "{}", expected.stdout);
        }
    }
}
