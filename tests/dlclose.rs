//! Issue 12: `dlclose` unloads, as glibc's does. Each program runs under
//! glibc's ld.so and under dryad (run directly, and as the program's
//! interpreter through a patched copy); stdout and exit status must agree,
//! and where LD_DEBUG is compared, every line (addresses masked).

mod common;
use common::*;

/// A fresh copy of the reload plugin's two builds in a directory of its
/// own: `plugin.so` (v1) and `next.so` (v2), which the program renames
/// over the first.
fn reload_dir(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dryad-reload-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let programs = fixtures().join("programs");
    std::fs::copy(programs.join("libreload1.so"), dir.join("plugin.so")).unwrap();
    std::fs::copy(programs.join("libreload2.so"), dir.join("next.so")).unwrap();
    dir
}

/// stderr without pids, with hexadecimal numbers masked and dryad's path
/// written as glibc's ld.so's.
fn masked(s: &str) -> String {
    debug_masked(s, &[])
}

#[test]
fn a_rebuilt_plugin_runs_its_new_code_after_dlclose() {
    // Open, call, close; the file is replaced; open, call: the new code,
    // constructors and finalisers run, the object count goes back, a
    // second dlopen needs a second dlclose, RTLD_NODELETE keeps it.
    let mut outputs = Vec::new();
    for how in ["glibc", "direct", "interp"] {
        let dir = reload_dir(how);
        let (plugin, next) = (dir.join("plugin.so"), dir.join("next.so"));
        let r = run_as(how, "dlreload", &[plugin.to_str().unwrap(), next.to_str().unwrap()], &[]);
        let _ = std::fs::remove_dir_all(&dir);
        outputs.push((how, r));
    }
    let expected = &outputs[0].1;
    assert_eq!(expected.status, Some(0), "{}", expected.stderr);
    for line in [
        "round 0: v1, count 1 then 2, objects +1",
        "fini v1\ndlclose: 0\nafter the last dlclose: objects +0",
        "unloaded\ninit v2\nround 1: v2, count 1 then 2",
        "RTLD_NODELETE: dlclose 0, still loaded",
    ] {
        assert!(expected.stdout.contains(line), "glibc: {line:?} missing:\n{}", expected.stdout);
    }
    for (how, got) in &outputs[1..] {
        assert_same_output(expected, got, &format!("dlreload ({how})"));
    }
}

#[test]
fn relocation_dependencies_keep_objects_and_order_finalisers() {
    // libdlcb binds to libdlca through the global scope: a stays while b
    // is open, both go when b is closed (b's finaliser first), and a
    // lookup from the program makes a NODELETE. LD_DEBUG=all shows it all
    // with glibc's lines: relocation dependency, destroying, the NODELETE
    // marking, calling fini.
    let expected = run_as("glibc", "dlreldeps", &[], &[]);
    assert!(expected.stdout.contains("a closed, b open: loaded\nb_value 14\nfini b\nfini a\nb closed: gone\ndladdr of b's function after the close: nothing"), "{}", expected.stdout);
    assert!(expected.stdout.contains("after a lookup from the program: loaded"), "{}", expected.stdout);
    for how in ["direct", "interp"] {
        assert_same_output(&expected, &run_as(how, "dlreldeps", &[], &[]), &format!("dlreldeps ({how})"));
    }
    let expected = run_as("glibc", "dlreldeps", &[], &[("LD_DEBUG", "all")]);
    let got = run_as("direct", "dlreldeps", &[], &[("LD_DEBUG", "all")]);
    assert_same_output(&expected, &got, "dlreldeps with LD_DEBUG=all");
    let fixtures = std::fs::canonicalize(fixtures()).unwrap();
    let dir = |s: &str| masked(s).replace(&format!("{}/programs", fixtures.display()), "DIR");
    let (e, g) = (dir(&expected.stderr), dir(&got.stderr));
    for line in [
        "file=DIR/libdlca.so [0];  needed by DIR/libdlcb.so [0] (relocation dependency)",
        "file=DIR/libdlcb.so [0];  destroying link map\n\t\n\tfile=DIR/libdlca.so [0];  destroying link map",
        "marking DIR/libdlca.so [0] as NODELETE due to reference from main program",
    ] {
        assert!(e.contains(line), "glibc: {line:?} missing:\n{e}");
    }
    assert_eq!(g, e, "LD_DEBUG=all of dlreldeps");
}

#[test]
fn ten_thousand_cycles_with_thread_local_data_keep_memory_flat() {
    // A TLS plugin opened, called and closed 10,000 times: each cycle sees
    // fresh thread-local data, and the resident set grows by less than
    // 1 MiB after the first 100 cycles (module ids and blocks given back).
    let expected = run_as("glibc", "dlcycle", &["10000"], &[]);
    assert_eq!(expected.stdout, "10000 cycles, 0 wrong, resident set flat (under 1 MiB of growth)\n", "{}", expected.stderr);
    for how in ["direct", "interp"] {
        assert_same_output(&expected, &run_as(how, "dlcycle", &["10000"], &[]), &format!("dlcycle ({how})"));
    }
}

#[test]
fn a_pending_thread_local_destructor_keeps_its_plugin() {
    // glibc keeps an object whose thread_local destructor is pending (libc
    // counts them in its link map): still loaded after dlclose, until the
    // thread exits; then the last dlclose unloads it.
    // The plugin in C++ (thread_local) and as a Rust cdylib (thread_local!).
    for plugin in ["libtlsdtor.so", "libtlsdtor_rs.so"] {
        let expected = run_as("glibc", "dltlsdtor", &[plugin], &[]);
        assert!(expected.stdout.contains("closed while a destructor is pending: loaded"), "{plugin}: {}", expected.stdout);
        assert!(expected.stdout.ends_with("after one more dlclose: unloaded\n"), "{plugin}: {}", expected.stdout);
        for how in ["direct", "interp"] {
            assert_same_output(&expected, &run_as(how, "dltlsdtor", &[plugin], &[]), &format!("dltlsdtor {plugin} ({how})"));
        }
    }
}

#[test]
fn ld_debug_files_follows_every_open_and_close() {
    // The reload program under LD_DEBUG=files: opening and closing counts,
    // destroying link map, NODELETE activated, and the finalisers of what
    // stays at exit.
    let mut runs = Vec::new();
    for how in ["glibc", "direct"] {
        let dir = reload_dir(&format!("files-{how}"));
        let (plugin, next) = (dir.join("plugin.so"), dir.join("next.so"));
        let r = run_as(how, "dlreload", &[plugin.to_str().unwrap(), next.to_str().unwrap()], &[("LD_DEBUG", "files")]);
        let _ = std::fs::remove_dir_all(&dir);
        runs.push(r);
    }
    assert_same_output(&runs[0], &runs[1], "dlreload with LD_DEBUG=files");
    let dir_masked = |s: &str, tag: &str| {
        let dir = std::env::temp_dir().join(format!("dryad-reload-files-{tag}-{}", std::process::id()));
        masked(s).replace(dir.to_str().unwrap(), "DIR")
    };
    let (e, g) = (dir_masked(&runs[0].stderr, "glibc"), dir_masked(&runs[1].stderr, "direct"));
    for line in ["closing file=DIR/plugin.so; direct_opencount=1", "file=DIR/plugin.so [0];  destroying link map", "activating NODELETE for DIR/plugin.so [0]"] {
        assert!(e.contains(line), "glibc: {line:?} missing:\n{e}");
    }
    assert_eq!(g, e, "LD_DEBUG=files of dlreload");
}

#[test]
fn a_binding_beyond_the_direct_dependencies_is_a_relocation_dependency() {
    // tests/programs/dltrans.c: libtransb.so (a dependency of the opened
    // libtransa.so) binds to libtransd.so, which only its dependency
    // libtransc.so needs. glibc looks in its direct dependencies only, so
    // the binding is recorded ("relocation dependency"); the opened object
    // itself counts its whole tree. Output and LD_DEBUG=files as glibc's.
    let env = [("LD_DEBUG", "files")];
    let expected = run_as("glibc", "dltrans", &[], &env);
    assert_eq!(expected.stdout, "trans_a() = 4\nafter dlclose: libtransd.so unloaded\n", "{}", expected.stderr);
    assert!(expected.stderr.contains("libtransd.so [0];  needed by"), "{}", expected.stderr);
    let direct = run_as("direct", "dltrans", &[], &env);
    assert_eq!(direct.stdout, expected.stdout);
    assert_eq!(masked(&direct.stderr), masked(&expected.stderr), "LD_DEBUG=files of dltrans");
    assert_same_output(&run_as("glibc", "dltrans", &[], &[]), &run_as("interp", "dltrans", &[], &[]), "dltrans (interp)");
}

#[test]
fn a_gnu_unique_symbol_has_one_instance_and_keeps_its_definer() {
    // STB_GNU_UNIQUE (C++ inline static data): two plugins opened
    // RTLD_LOCAL share the first one's instance, dlsym through the second
    // finds it, and the first is NODELETE ("due to unique symbol").
    let expected = run_as("glibc", "dluniq", &[], &[]);
    assert_eq!(
        expected.stdout,
        "one instance: yes\ndlsym through the second plugin: the first's\nfirst plugin after dlclose: loaded\nsecond plugin after dlclose: gone\n",
        "{}",
        expected.stderr
    );
    for how in ["direct", "interp"] {
        assert_same_output(&expected, &run_as(how, "dluniq", &[], &[]), &format!("dluniq ({how})"));
    }
    let expected = run_as("glibc", "dluniq", &[], &[("LD_DEBUG", "bindings")]);
    let got = run_as("direct", "dluniq", &[], &[("LD_DEBUG", "bindings")]);
    let unique = |s: &str| masked(s).lines().filter(|l| l.contains("unique symbol") || l.contains("Counter5value")).map(|l| format!("{l}\n")).collect::<String>();
    assert!(unique(&expected.stderr).contains("as NODELETE due to unique symbol"), "{}", expected.stderr);
    assert_eq!(unique(&got.stderr), unique(&expected.stderr), "LD_DEBUG=bindings of dluniq");
}
