//! Issue 2, errors: each bad input gives the same one-line message and
//! exit status as the system ld.so (both invoked directly on the same
//! program, so argv[0] is the same), never a crash.

mod common;
use common::*;
use std::path::Path;

/// Runs `args` under the system ld.so and under dryad and asserts equal
/// stderr and status (and no signal).
fn same_error(args: &[&str], env: &[(&str, &str)]) -> Run {
    let expected = run(&mut cmd(SYSTEM_LDSO, args, env));
    let got = run(&mut cmd(dryad(), args, env));
    assert_eq!(got.signal, None, "dryad crashed on {args:?}: {}", got.stderr);
    assert_eq!(got.stderr, expected.stderr, "stderr differs for {args:?}");
    assert_eq!(got.status, expected.status, "status differs for {args:?}");
    got
}

/// A directory `name` under the fixtures holding a broken `libbase.so`.
fn bad_lib_dir(name: &str, make: impl FnOnce(&Path)) -> String {
    let dir = fixtures().join("bad").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    make(&dir.join("libbase.so"));
    format!("bad/{name}")
}

fn patched_copy(at: &Path, patch: impl FnOnce(&mut Vec<u8>)) {
    let mut bytes = std::fs::read(fixtures().join("lib/libbase.so")).unwrap();
    patch(&mut bytes);
    std::fs::write(at, bytes).unwrap();
}

#[test]
fn missing_library() {
    let r = same_error(&["./missing"], &[]);
    assert_eq!(
        r.stderr,
        "./missing: error while loading shared libraries: libnothere.so: cannot open shared object file: No such file or directory\n"
    );
    assert_eq!(r.status, Some(127));
    // Started by the kernel through PT_INTERP: the same message, with the
    // program's argv[0].
    let got = run(&mut cmd("./missing.dryad", &[], &[]));
    assert_eq!(got.status, Some(127));
    assert!(got.stderr.starts_with("./missing.dryad: error while loading shared libraries: libnothere.so:"), "{}", got.stderr);
}

#[test]
fn undefined_symbol() {
    let r = same_error(&["./undef"], &[]);
    assert_eq!(r.stderr, "./undef: symbol lookup error: ./undef: undefined symbol: vanished_fn\n");
    assert!(r.stdout.is_empty(), "main must not run");
}

#[test]
fn wrong_class_is_skipped_and_reported() {
    let dir = bad_lib_dir("class32", |p| patched_copy(p, |b| b[4] = 1));
    let r = same_error(&["./hello"], &[("LD_LIBRARY_PATH", &dir)]);
    assert!(r.stderr.contains("libbase.so: wrong ELF class: ELFCLASS32"), "{}", r.stderr);
    // ...and the search goes on past it.
    let ok = run(&mut cmd(dryad(), &["./hello"], &[("LD_LIBRARY_PATH", &format!("{dir}:lib"))]));
    assert_eq!(ok.status, Some(0), "{}", ok.stderr);
}

#[test]
fn wrong_machine_is_skipped() {
    let dir = bad_lib_dir("aarch64", |p| patched_copy(p, |b| b[18] = 183));
    let r = same_error(&["./hello"], &[("LD_LIBRARY_PATH", &dir)]);
    assert!(r.stderr.contains("libbase.so: cannot open shared object file: No such file or directory"), "{}", r.stderr);
    let ok = run(&mut cmd(dryad(), &["./hello"], &[("LD_LIBRARY_PATH", &format!("{dir}:lib"))]));
    assert_eq!(ok.status, Some(0), "{}", ok.stderr);
}

#[test]
fn malformed_candidates_stop_the_search() {
    // Like glibc, a candidate that is not a valid object is an error, even
    // if a good copy comes later in the path.
    let short = bad_lib_dir("short", |p| std::fs::write(p, b"\x7fELF\x02\x01").unwrap());
    let r = same_error(&["./hello"], &[("LD_LIBRARY_PATH", &format!("{short}:lib"))]);
    assert!(r.stderr.ends_with("libbase.so: file too short\n"), "{}", r.stderr);

    let text = bad_lib_dir("text", |p| std::fs::write(p, [b'#'; 200]).unwrap());
    let r = same_error(&["./hello"], &[("LD_LIBRARY_PATH", &format!("{text}:lib"))]);
    assert!(r.stderr.ends_with("libbase.so: invalid ELF header\n"), "{}", r.stderr);

    let dir = bad_lib_dir("dir", |p| std::fs::create_dir(p).unwrap());
    let r = same_error(&["./hello"], &[("LD_LIBRARY_PATH", &format!("{dir}:lib"))]);
    assert!(r.stderr.ends_with("libbase.so: cannot read file data: Error 21\n"), "{}", r.stderr);

    let exe = bad_lib_dir("exe", |p| patched_copy(p, |b| b[16] = 1 /* ET_REL */));
    let r = same_error(&["./hello"], &[("LD_LIBRARY_PATH", &exe)]);
    assert!(r.stderr.ends_with("libbase.so: only ET_DYN and ET_EXEC can be loaded\n"), "{}", r.stderr);
}

#[test]
fn bad_program_on_the_command_line() {
    let r = same_error(&["/nonexistent/program"], &[]);
    assert!(r.stderr.contains("cannot open shared object file: No such file or directory"));
    std::fs::write(fixtures().join("notelf.txt"), [b'x'; 100]).unwrap();
    let r = same_error(&["./notelf.txt"], &[]);
    assert!(r.stderr.ends_with("./notelf.txt: invalid ELF header\n"), "{}", r.stderr);
    std::fs::write(fixtures().join("tiny"), b"\x7fELF").unwrap();
    same_error(&["./tiny"], &[]);
}

#[test]
fn missing_symbol_version() {
    // The library has no version V1 at all: glibc's version check reports
    // it before relocation and exits with status 1.
    let r = same_error(&["./vers"], &[("LD_LIBRARY_PATH", "vers-libs/v2only")]);
    assert_eq!(r.stderr, "./vers: vers-libs/v2only/libvers.so: version `V1' not found (required by ./vers)\n");
    assert_eq!(r.status, Some(1));
    // V1 exists but vfn is not in it: a symbol lookup error naming both.
    let r = same_error(&["./vers"], &[("LD_LIBRARY_PATH", "vers-libs/moved")]);
    assert_eq!(r.stderr, "./vers: symbol lookup error: ./vers: undefined symbol: vfn, version V1\n");
    let ok = run(&mut cmd(dryad(), &["./vers"], &[("LD_LIBRARY_PATH", "vers-libs/v1")]));
    assert_eq!((ok.stdout.as_str(), ok.status), ("vfn=41\n", Some(0)));
}

#[test]
fn refuses_a_libc_of_another_glibc_release() {
    // glibc's private ld.so interface changes between releases: a libc.so.6
    // claiming GLIBC_2.37 must be refused clearly, not run with the 2.36
    // structures.
    let dir = fixtures().join("bad/libc237");
    std::fs::create_dir_all(&dir).unwrap();
    let mut data = std::fs::read("/lib/x86_64-linux-gnu/libc.so.6").unwrap();
    let at = data.windows(11).position(|w| w == b"GLIBC_2.36\0").expect("version string");
    data[at..at + 10].copy_from_slice(b"GLIBC_2.37");
    std::fs::write(dir.join("libc.so.6"), data).unwrap();
    let r = run(&mut cmd(dryad(), &["/bin/echo", "hi"], &[("LD_LIBRARY_PATH", dir.to_str().unwrap())]));
    assert_eq!(r.status, Some(127));
    assert!(r.stderr.ends_with(&format!("libc.so.6: glibc 2.37 is not supported by dryad, which supports {SUPPORTED_RELEASES}\n")), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn names_the_release_by_its_version_string() {
    // The release comes from the string gnu_get_libc_version returns, not
    // only from the newest GLIBC_2.N node (a release that adds no symbol
    // has no node of its own): a libc whose string says 2.99 is 2.99.
    let dir = fixtures().join("bad/libc299");
    std::fs::create_dir_all(&dir).unwrap();
    let mut data = std::fs::read("/lib/x86_64-linux-gnu/libc.so.6").unwrap();
    // "NPTL 2.36": gnu_get_libc_version returns its tail (tail merging).
    let at = data.windows(10).position(|w| w == b"NPTL 2.36\0").expect("version string") + 5;
    data[at..at + 4].copy_from_slice(b"2.99");
    std::fs::write(dir.join("libc.so.6"), data).unwrap();
    let r = run(&mut cmd(dryad(), &["/bin/echo", "hi"], &[("LD_LIBRARY_PATH", dir.to_str().unwrap())]));
    assert_eq!(r.status, Some(127));
    assert!(r.stderr.ends_with(&format!("libc.so.6: glibc 2.99 is not supported by dryad, which supports {SUPPORTED_RELEASES}\n")), "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn verify_option_exit_codes() {
    // --verify answers with its status only: 0 dynamic with an
    // interpreter, 1 unusable (missing, not ELF), 2 no interpreter.
    let spie = fixtures().join("static-pie");
    if !spie.exists() {
        let src = fixtures().join("static-pie.c");
        std::fs::write(&src, "int main(void) { return 0; }\n").unwrap();
        let ok = std::process::Command::new("gcc").args(["-static-pie", "-o"]).arg(&spie).arg(&src).status().unwrap();
        assert!(ok.success(), "gcc -static-pie (needs libc6-dev)");
    }
    for prog in ["/bin/ls", "/etc/passwd", "/nonexistent", spie.to_str().unwrap()] {
        let r = same_error(&["--verify", prog], &[]);
        assert!(r.stdout.is_empty() && r.stderr.is_empty(), "--verify is silent");
    }
    assert_eq!(run(&mut cmd(dryad(), &["--verify", spie.to_str().unwrap()], &[])).status, Some(2));
}

