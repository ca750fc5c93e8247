//! dlopen through libc (dlopen/dlsym/dlerror/dlclose): dependencies and
//! constructors, RTLD_LAZY vs RTLD_NOW (issue 4: an object with an
//! undefined function opens lazily but not with RTLD_NOW), RTLD_GLOBAL,
//! RTLD_NOLOAD, dlopen(NULL), and glibc's dlerror texts.

mod common;
use common::*;

#[test]
fn dlopen_like_glibc() {
    // Both run directly so both compute $ORIGIN the same way.
    let expected = run(&mut cmd(SYSTEM_LDSO, &["./programs/dlo"], &[]));
    let got = run(&mut cmd(dryad(), &["./programs/dlo"], &[]));
    assert_same_output(&expected, &got, "dlo (direct)");
    let kernel = run(&mut cmd("./programs/dlo", &[], &[]));
    let patched = patched("programs/dlo");
    let mut interp = run(&mut cmd(format!("./{patched}"), &[], &[]));
    // dlerror names the program by argv[0], which is the patched copy's.
    interp.stdout = interp.stdout.replace("./programs/dlo.patched:", "./programs/dlo:");
    assert_same_output(&kernel, &interp, "dlo (PT_INTERP)");
    for line in [
        "dloa_value() = 42",
        "dlopen(libdlundef.so, 0x2) -> ",
        "undefined symbol: missing_fn",
        "dlopen(libdlundef.so, 0x1) -> ok",
        "user_fn() = 100",
        "libnothere.so: cannot open shared object file: No such file or directory",
        "fini dloa",
    ] {
        assert!(got.stdout.contains(line), "{line:?} missing:\n{}", got.stdout);
    }
}

#[test]
fn python_imports_extension_modules() {
    // ctypes, ssl and json's accelerator are shared objects python dlopens
    // (with libffi, libssl and libcrypto behind them).
    let script = "import json, ctypes, ssl, hashlib\nprint(json.dumps({'k': [1, 2]}), ctypes.sizeof(ctypes.c_long), hashlib.sha256(b'x').hexdigest()[:12], ssl.OPENSSL_VERSION.split()[0])";
    let expected = run(&mut cmd("/usr/bin/python3", &["-c", script], &[]));
    assert_eq!(expected.status, Some(0), "{}", expected.stderr);
    let got = run(&mut cmd(dryad(), &["/usr/bin/python3", "-c", script], &[]));
    assert_same_output(&expected, &got, "python3 with extension modules");
}

#[test]
fn dlopen_objects_with_thread_local_storage() {
    // Dynamic TLS: a module id after dlopen, blocks allocated per thread on
    // first use (also in a thread created before the dlopen), alignment
    // and .tbss honoured, and libstdc++ loaded into a C program.
    let expected = run(&mut cmd(SYSTEM_LDSO, &["./programs/tlsdl"], &[]));
    let got = run(&mut cmd(dryad(), &["./programs/tlsdl"], &[]));
    assert_same_output(&expected, &got, "tlsdl");
    for line in ["early thread: 6 7 zero=1 align=1", "late thread: 6 7 zero=1 align=1", "main again: 8 9", "dl_iterate_phdr: libtlsdyn tls=not yet", "__cxa_get_globals: thread-local block"] {
        assert!(got.stdout.contains(line), "{line:?} missing:\n{}", got.stdout);
    }
}

#[test]
fn dlopen_handles_modes_and_late_global_scope() {
    let expected = run(&mut cmd(SYSTEM_LDSO, &["./programs/dlhandle"], &[]));
    let got = run(&mut cmd(dryad(), &["./programs/dlhandle"], &[]));
    assert_same_output(&expected, &got, "dlhandle");
    for line in ["libc handle getpid works", "invalid mode for dlopen(): Invalid argument", "user_fn() = 100"] {
        assert!(got.stdout.contains(line), "{line:?} missing:\n{}", got.stdout);
    }
}

#[test]
fn dlopen_refuses_executables_and_nodlopen_objects() {
    // glibc refuses a PIE as a library (DF_1_PIE) and, in dlopen only, an
    // object marked DF_1_NOOPEN, also as a dependency of the one opened.
    let args = ["./programs/dlrefuse", "/bin/true", "libnoopen.so", "libneedsnoopen.so", "libdlob.so"];
    let expected = run(&mut cmd(SYSTEM_LDSO, &args, &[]));
    let got = run(&mut cmd(dryad(), &args, &[]));
    assert_same_output(&expected, &got, "dlrefuse (direct)");
    for line in [
        "dlopen(/bin/true): /bin/true: cannot dynamically load position-independent executable",
        "dlopen(libnoopen.so): ",
        "libnoopen.so: shared object cannot be dlopen()ed",
        "dlopen(libneedsnoopen.so): libnoopen.so: shared object cannot be dlopen()ed",
        "dlopen(libdlob.so): ok",
    ] {
        assert!(got.stdout.contains(line), "{line:?} missing:\n{}", got.stdout);
    }
}

#[test]
fn a_position_independent_executable_is_no_library() {
    // A PIE found as a DT_NEEDED library stops the start, with glibc's
    // message and status; a DF_1_NOOPEN library is loaded at startup.
    let dir = std::env::temp_dir().join(format!("dryad-pie-lib-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy("/bin/true", dir.join("libc.so.6")).unwrap();
    let dir = dir.to_str().unwrap();
    let expected = run(&mut cmd(SYSTEM_LDSO, &["--library-path", dir, "/bin/true"], &[]));
    let got = run(&mut cmd(dryad(), &["--library-path", dir, "/bin/true"], &[]));
    assert_same_output(&expected, &got, "a PIE as libc.so.6");
    assert_eq!(got.status, Some(127));
    assert_eq!(got.stderr, expected.stderr);
    assert!(got.stderr.contains("libc.so.6: cannot dynamically load position-independent executable"), "{}", got.stderr);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_concurrent_dlopen_returns_after_the_constructors() {
    // tests/programs/dlconcurrent.c: thread A opens libslowinit.so, whose
    // constructor sleeps 200 ms (and calls dlsym); thread B opens it 50 ms
    // later. As under glibc (its load lock is held across initialisers),
    // B's dlopen returns only once the constructor has finished; then the
    // three opens need three closes.
    for _ in 0..3 {
        let r = same_three_ways("dlconcurrent", &[], &[]);
        assert_eq!(r.stdout, "first: initialised\nsecond: initialised\nstill loaded: yes\nafter three closes: unloaded\n");
    }
}

#[test]
fn rtld_deepbind_puts_the_objects_own_tree_first() {
    // tests/programs/dldeep.c: the program exports shared_fn,
    // shared_data and own_fn; four copies of a plugin whose dependency
    // defines them too. Opened plainly, the plugin's references bind to
    // the program (the global scope comes first); with RTLD_DEEPBIND, to
    // its own tree, lazily or not, RTLD_GLOBAL or not; the program's own
    // lookups are unchanged.
    let r = same_three_ways("dldeep", &[], &[]);
    assert!(r.stdout.contains("libdeep1.so (lazy): shared_fn: the program, shared_data: the program, own_fn: the program"), "{}", r.stdout);
    assert!(r.stdout.contains("libdeep2.so (lazy, deepbind): shared_fn: the plugin's dependency, shared_data: the plugin's dependency, own_fn: the plugin"), "{}", r.stdout);
    assert!(r.stdout.contains("dlsym(RTLD_DEFAULT, shared_fn): the program"), "{}", r.stdout);
}

#[test]
fn dlinfo_dladdr1_and_rtld_next_as_glibc_answers_them() {
    // tests/programs/dlinfo.c: RTLD_NEXT from a library that wraps `puts`
    // and from the program (glibc searches the caller's loader's list
    // from the object after the caller on); every dlinfo request, an
    // unknown one; dladdr1 with RTLD_DL_SYMENT and RTLD_DL_LINKMAP;
    // dlopen(NULL), and a dlopen of the program's own path, which glibc
    // refuses (a PIE is not found by its file and cannot be loaded).
    let program = fixtures().join("programs/dlinfo");
    let r = same_three_ways("dlinfo", &[program.to_str().unwrap()], &[]);
    assert!(r.stdout.contains("libnext.so's RTLD_NEXT who_defines: nobody after libnext.so"), "{}", r.stdout);
    assert!(r.stdout.contains("cannot dynamically load position-independent executable"), "{}", r.stdout);
    assert!(r.stdout.contains("bad request: -1 unsupported dlinfo request"), "{}", r.stdout);
}

#[test]
fn dlopen_beside_a_dl_iterate_phdr_callback_that_binds_lazily() {
    // tests/programs/dlphdr.c under LD_BIND_NOT (every PLT call of the
    // callback goes through the lazy resolver): dlopen and dlclose take
    // libc's dl_load_write_lock before the namespace lock, so they never
    // wait for a callback while holding what it needs. Run under
    // `timeout`: a deadlock ends as status 124, not as a hung test.
    let env = [("LD_BIND_NOT", "1")];
    let timeout = std::path::Path::new("/usr/bin/timeout");
    let want = "2000 dlopen/dlclose cycles beside dl_iterate_phdr: done (it ran)\n";
    let glibc = run_ldso(timeout, &fixtures(), &["60", SYSTEM_LDSO, "programs/dlphdr"], &env);
    assert_eq!((glibc.status, glibc.stdout.as_str()), (Some(0), want), "glibc: {}", glibc.stderr);
    let dryad = dryad();
    let direct = run_ldso(timeout, &fixtures(), &["60", dryad.to_str().unwrap(), "programs/dlphdr"], &env);
    assert_eq!((direct.status, direct.stdout.as_str()), (Some(0), want), "dryad: {}", direct.stderr);
}

#[test]
fn an_earlier_dlopens_object_searches_a_later_tree_it_joins() {
    // tests/programs/dlscope.c: libscopeb.so, loaded by a dlopen of
    // libscopea.so, is part of a later dlopen's tree (libscopec.so's),
    // whose list becomes one more scope of it (glibc's update_scopes):
    // its lazily bound call and its dlsym(RTLD_DEFAULT) then find
    // only_in_c, which only libscopec.so defines; LD_DEBUG=scopes shows
    // that scope ("scope 2") as glibc does.
    let r = same_three_ways("dlscope", &[], &[]);
    assert_eq!(
        r.stdout,
        "before C: not found\nafter C: libscopec.so's only_in_c\nB's lazy call: libscopec.so's only_in_c\n\
         after closing C: libscopec.so's only_in_c\ndone\n"
    );
    let env = [("LD_DEBUG", "scopes")];
    let glibc = run_as("glibc", "dlscope", &[], &env);
    let direct = run_as("direct", "dlscope", &[], &env);
    assert!(glibc.stderr.contains(" scope 2: "), "{}", glibc.stderr);
    let mask = |s: &str| debug_masked(s, &[]);
    assert_eq!(mask(&direct.stderr), mask(&glibc.stderr));
}

#[test]
fn dlmopen_gives_a_library_a_namespace_and_a_libc_of_its_own() {
    // tests/programs/dlmopen.c: libmprint.so in a new namespace, with its
    // own libc (printf, stdout, errno, malloc, getenv of the environment
    // it was given), printing through it; the same library in the base
    // namespace as another copy; dlmopen of the namespace again and of
    // LM_ID_BASE; a dlopen from inside the namespace staying there;
    // dl_iterate_phdr there (glibc's map of ld.so in that namespace
    // included); glibc's errors; a lazily bound namespace; a closed
    // namespace given out again; finalisers namespace by namespace.
    let env = [("DLMOPEN_TEST", "here")];
    let r = same_three_ways("dlmopen", &[], &env);
    for line in [
        "hello from namespace 1 (constructed 1, counter 1)",
        "its stdout: another copy",
        "its errno: another copy",
        "its getenv(DLMOPEN_TEST): here",
        "dl_iterate_phdr in its namespace: libmprint.so libc.so.6 <ld.so>",
        "base copy: namespace 0, another object",
        "dlopen from inside namespace 1: namespace 1",
        "dlopen from the namespace: libnosuch.so: cannot open shared object file: No such file or directory\ndlopen of a missing library from inside: NULL",
        "dlmopen(9): libmprint.so: invalid target namespace in dlmopen(): Invalid argument",
        "hello from a lazy namespace (constructed 1, counter 1)",
        "after closing namespace 1: new namespace 1",
        // What a debugger reads (glibc 2.35's r_debug_extended chain).
        "_r_debug after two namespaces: version 2",
        " list 2: libmprint.so libc.so.6 <ld.so>",
        "_r_debug after closing namespace 1: version 2\n list 0: <program> linux-vdso.so.1 libc.so.6 <ld.so> libmprint.so libmdep.so\n list 1:\n",
    ] {
        assert!(r.stdout.contains(line), "{line:?} missing:\n{}", r.stdout);
    }
    // glibc's LD_DEBUG lines, namespace numbers included (pids and
    // addresses masked; ld.so's name too: glibc names its map in another
    // namespace by the path it found it at).
    let mask = |s: &str| debug_masked(s, &["/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"]);
    // The static TLS surplus bounds the libc copies as glibc's does: with
    // room for none beyond the optional part and that part zero, the third
    // namespace's libc finds no static block (the same error, status 1).
    let tight = [("DLMOPEN_TEST", "here"), ("GLIBC_TUNABLES", "glibc.rtld.nns=1:glibc.rtld.optional_static_tls=0")];
    let glibc = run_as("glibc", "dlmopen", &[], &tight);
    assert!(glibc.stdout.contains("libc.so.6: cannot allocate memory in static TLS block"), "{glibc:?}");
    for how in ["direct", "interp"] {
        assert_same_output(&glibc, &run_as(how, "dlmopen", &[], &tight), &format!("dlmopen with a tight surplus ({how})"));
    }
    let env = [("DLMOPEN_TEST", "here"), ("LD_DEBUG", "files,scopes,bindings,versions,symbols")];
    let glibc = run_as("glibc", "dlmopen", &[], &env);
    let direct = run_as("direct", "dlmopen", &[], &env);
    assert!(glibc.stderr.contains("calling fini: /lib/x86_64-linux-gnu/libc.so.6 [2]"), "{}", glibc.stderr);
    assert_eq!(mask(&direct.stderr), mask(&glibc.stderr));
}

#[test]
fn a_cxx_library_in_a_dlmopen_namespace_throws_catches_and_starts_threads() {
    // tests/programs/dlmcxx.c: libmcxx.so with its own libc, libstdc++
    // and libgcc_s in a new namespace, twice: exceptions caught inside
    // it, threads started by it. The first namespace is not given back at
    // its dlclose: libstdc++ and libmcxx.so define STB_GNU_UNIQUE symbols
    // that get bound, which makes them NODELETE ("marking ... as NODELETE
    // due to unique symbol"), so the second round gets namespace 2, under
    // glibc as under dryad.
    let r = same_three_ways("dlmcxx", &[], &[]);
    let round = "plugin: caught 5, last 'odd 9', thread sums 1 2 3 4\n";
    assert_eq!(r.stdout, format!("{round}round 0 in namespace 1: 5 caught\n{round}round 1 in namespace 2: 5 caught\n"));
}

#[test]
fn filters_put_their_filtees_first() {
    // tests/programs/filters.c: a DT_FILTER library, a DT_AUXILIARY one
    // whose first filtee does not exist, a dlopen'ed filter and one whose
    // filtee is missing (refused with glibc's error). The filtees'
    // definitions win; names only a filter defines stay its own.
    let r = same_three_ways("filters", &["noload"], &[]);
    assert_eq!(
        r.stdout,
        "filt_fn: libfiltee\nfilt_own: the filter's own libfilter\naux_fn: libauxee\ndlsym(libauxfilter.so, aux_fn): libauxee\n\
         dlsym(libdlfilter.so, filt_fn): libdlfiltee\ndlsym(libdlfilter.so, filt_own): the filter's own libdlfilter\n\
         dlopen libmissingfilter.so: libnosuch.so: cannot open shared object file: No such file or directory\n"
    );
    // glibc's LD_DEBUG lines, line for line (pids and addresses masked):
    // "load auxiliary object=" for both kinds, where each filtee is
    // searched for (again, for a loaded filter opened for the first time),
    // and the l_next chain with each filtee moved before its filter,
    // which sets the finaliser order.
    let mask = |s: &str| debug_masked(s, &[]);
    let env = [("LD_DEBUG", "files,libs")];
    let glibc = run_as("glibc", "filters", &["noload"], &env);
    let direct = run_as("direct", "filters", &["noload"], &env);
    assert!(glibc.stderr.contains("load auxiliary object=libnosuch.so"), "{}", glibc.stderr);
    assert_eq!(mask(&direct.stderr), mask(&glibc.stderr));
}
