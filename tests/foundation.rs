//! Issue 2: libc-free programs and libraries run under dryad exactly as
//! their libc-linked twins run under the system ld.so, in all three ways
//! dryad can be started.

mod common;
use common::*;

#[test]
fn pie_with_runpath_origin() {
    // Calls and data across libraries, weak undefined symbols, function
    // pointer identity, preinit/init/fini order (DFS sort, >8 init_array
    // entries, DT_INIT/DT_FINI), argv, exit status, $ORIGIN RUNPATH.
    let r = compare_with_glibc("main-pie", &["x", "two words"], &[]);
    assert!(r.stdout.contains("init_array[11]"), "the fixture prints all init_array entries");
    assert!(r.stdout.contains("fini ordd"), "finalisers ran:\n{}", r.stdout);
    assert_eq!(r.status, Some(3));
}

#[test]
fn non_pie_with_copy_relocations_and_rpath() {
    let r = compare_with_glibc("main-exec", &["a"], &[]);
    // The program's COPY of base_counter is what the library updates.
    assert!(r.stdout.contains("counter_after=107"));
}

#[test]
fn ld_library_path() {
    let lib = fixtures().join("lib");
    let lib = lib.to_str().unwrap();
    compare_with_glibc("main-llp", &[], &[("LD_LIBRARY_PATH", lib)]);
    // Relative element and ';' separator, as glibc accepts.
    compare_with_glibc("main-llp", &[], &[("LD_LIBRARY_PATH", "/nonexistent;lib")]);
}

#[test]
fn ld_preload_interposes() {
    let r = compare_with_glibc("main-pie", &[], &[("LD_PRELOAD", "lib/libpre.so")]);
    assert!(r.stdout.contains("who=preload"), "{}", r.stdout);
    assert!(r.stdout.contains("init pre"));
}

#[test]
fn direct_invocation_options() {
    // --library-path, --preload and --argv0 behave like the system ld.so's.
    let d = dryad();
    let expected = run(&mut cmd(SYSTEM_LDSO, &["--library-path", "lib", "--preload", "libpre.so", "./main-llp.libc"], &[]));
    let got = run(&mut cmd(&d, &["--library-path", "lib", "--preload", "libpre.so", "./main-llp"], &[]));
    assert_same_output(&expected, &got, "--library-path/--preload");
    assert!(got.stdout.contains("who=preload"));

    let expected = run(&mut cmd(SYSTEM_LDSO, &["--argv0", "renamed", "--library-path", "lib", "./hello.libc"], &[]));
    let mut got = run(&mut cmd(&d, &["--argv0", "renamed", "--library-path", "lib", "./hello"], &[]));
    // Only the libc-free build records its entry stack pointer.
    got.stdout = got.stdout.replace("entry_sp_aligned=1\n", "");
    assert_same_output(&expected, &got, "--argv0");
    assert!(got.stdout.contains("hello from renamed"), "{}", got.stdout);
}

#[test]
fn program_sees_its_own_auxv_when_started_directly() {
    // `dryad ./hello` must hand hello the argv/auxv the kernel would have:
    // argv[0] is the program, and AT_PHDR/AT_ENTRY describe it (the
    // program would crash or print garbage otherwise).
    let got = run(&mut cmd(dryad(), &["./hello", "a", "b"], &[("LD_LIBRARY_PATH", "lib")]));
    assert_eq!(got.stdout, "init base\nhello from ./hello\nsum=43\nauxv_ok=1\nentry_sp_aligned=1\nfini base\n", "stderr: {}", got.stderr);
    // An even number of dropped arguments (dryad and one option) too.
    let even = run(&mut cmd(dryad(), &["--inhibit-cache", "./hello", "a"], &[("LD_LIBRARY_PATH", "lib")]));
    assert!(even.stdout.contains("hello from ./hello\nsum=42\nauxv_ok=1\nentry_sp_aligned=1\n"), "{}", even.stdout);
    // The same check passes for the program the kernel started.
    let kernel = run(&mut cmd("./hello.libc", &[], &[("LD_LIBRARY_PATH", "lib")]));
    assert!(kernel.stdout.contains("auxv_ok=1"), "{}", kernel.stdout);
    assert_eq!(got.status, Some(0));
}

fn strip_addresses(s: &str) -> String {
    s.lines()
        .filter(|l| !l.contains("libc.so.6") && !l.contains("ld-linux") && !l.contains("dryad.so.1"))
        .map(|l| l.split(" (0x").next().unwrap_or(l).to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn trace_loaded_objects() {
    let env = [("LD_TRACE_LOADED_OBJECTS", "1")];
    let expected = run(&mut cmd("./main-pie.libc", &[], &env));
    let got = run(&mut cmd("./main-pie.dryad", &[], &env));
    assert_eq!(got.status, Some(0), "{}", got.stderr);
    assert_eq!(strip_addresses(&got.stdout), strip_addresses(&expected.stdout));
    assert!(got.stdout.contains("libmid.so => "), "{}", got.stdout);
    // dryad lists itself, under the interpreter path, like glibc's ld.so.
    assert!(got.stdout.contains(&format!("\t{} (0x", dryad().display())), "{}", got.stdout);
    // A missing library is listed as "not found" and tracing goes on.
    let got = run(&mut cmd("./missing.dryad", &[], &env));
    let expected = run(&mut cmd("./missing", &[], &env));
    assert_eq!(strip_addresses(&got.stdout), strip_addresses(&expected.stdout));
    assert!(got.stdout.contains("libnothere.so => not found"));
    assert_eq!(got.status, expected.status);
}

#[test]
fn dependency_on_ld_so_is_dryad_itself() {
    // libbase.so has DT_NEEDED ld-linux-x86-64.so.2: under dryad no second
    // dynamic linker may be mapped.
    let got = run(&mut cmd("./main-pie.dryad", &[], &[("LD_TRACE_LOADED_OBJECTS", "1")]));
    assert!(!got.stdout.contains("/lib64/ld-linux-x86-64.so.2"), "{}", got.stdout);
    let got = run(&mut cmd(dryad(), &["--library-path", "lib", "./hello"], &[("LD_DEBUG", "libs,files")]));
    assert_eq!(got.status, Some(0), "{}", got.stderr);
    assert!(got.stderr.contains("file=lib/libbase.so"), "LD_DEBUG shows the libraries it maps:\n{}", got.stderr);
    assert!(!got.stderr.contains("ld-linux"), "no search for or mapping of another ld.so:\n{}", got.stderr);
}

#[test]
fn no_arguments_help_and_version() {
    let d = dryad();
    let none = run(&mut cmd(&d, &[], &[]));
    assert_eq!(none.status, Some(1));
    assert!(none.stderr.contains("missing program name") && none.stderr.contains("Usage:"), "{}", none.stderr);
    let help = run(&mut cmd(&d, &["--help"], &[]));
    assert_eq!(help.status, Some(0));
    assert!(help.stdout.contains("Usage:") && help.stdout.contains("--library-path"));
    let version = run(&mut cmd(&d, &["--version"], &[]));
    assert_eq!(version.status, Some(0));
    assert!(version.stdout.starts_with("dryad "), "{}", version.stdout);
    let bad = run(&mut cmd(&d, &["--bogus"], &[]));
    assert_eq!(bad.status, Some(1));
    assert!(bad.stderr.contains("unrecognized option '--bogus'"));
}
