//! Issue 11: relocation on worker threads gives the serial result, word
//! for word, and the serial path's errors.
//!
//! `DRYAD_RELOC_THREADS=check` relocates the program serially, records
//! every word of every object's writable memory, restores it, relocates
//! again with worker threads and compares every word (status 127 at the
//! first difference), then reports how many words it compared. Real
//! programs (python3 importing C extensions, perl, a C++ program, the
//! synthetic programs of 100 libraries with C and C++-style names, a
//! program whose libc functions are IFUNCs bound through the PLT) run
//! that way, lazily and eagerly, and with a fixed number of threads, and
//! must print what they print under glibc's ld.so. A synthetic program
//! with two libraries that lack symbols their users need fails with
//! glibc's message, whatever the number of threads.

mod common;
use common::*;
use std::path::{Path, PathBuf};

const REPORT: &str = "dryad: parallel relocation check: ";

/// `argv` under glibc's ld.so and under dryad with `env` plus
/// DRYAD_RELOC_THREADS=`threads`: same stdout, stderr and status. For a
/// check run, returns the words compared.
fn same_as_glibc(dir: &Path, argv: &[&str], env: &[(&str, &str)], threads: &str) -> usize {
    let report = (threads == "check").then_some((REPORT, "identical, serial and with"));
    same_as_glibc_with(dir, argv, env, ("DRYAD_RELOC_THREADS", threads), report).1
}

#[test]
fn every_relocated_word_is_the_serial_one() {
    let cxx = fixtures().join("programs/cxx");
    let ifunc = fixtures().join("programs/ifuncplt");
    let mut programs: Vec<(PathBuf, Vec<String>)> = vec![
        ("/usr/bin/python3".into(), vec!["/usr/bin/python3".into(), "-c".into(), "import json, decimal, ssl, sqlite3, ctypes, hashlib; print(json.dumps([1, 2]))".into()]),
        ("/usr/bin/perl".into(), vec!["/usr/bin/perl".into(), "-MPOSIX".into(), "-e".into(), "print floor(2.5), \"\\n\"".into()]),
        (cxx.clone(), vec![cxx.to_str().unwrap().into()]),
        (ifunc.clone(), vec![ifunc.to_str().unwrap().into()]),
    ];
    for p in synthetic(100, 100) {
        programs.push((p.clone(), vec![p.to_str().unwrap().into()]));
    }
    for (prog, argv) in &programs {
        let dir = prog.parent().unwrap();
        let argv: Vec<&str> = argv.iter().map(|s| s.as_str()).collect();
        for env in [&[][..], &[("LD_BIND_NOW", "1")]] {
            let words = same_as_glibc(dir, &argv, env, "check");
            assert!(words > 1000, "{}: only {words} words compared", prog.display());
            same_as_glibc(dir, &argv, env, "4");
        }
    }
}

#[test]
fn the_first_error_in_relocation_order_is_reported_whatever_the_threads() {
    // A copy of a 40-library synthetic program in which two libraries are
    // replaced by ones that keep their place in the dependency chain but
    // export nothing: the library after each calls its `bK_entry`
    // through an unbound PLT slot (an error with LD_BIND_NOW).
    let full = synthetic(40, 100);
    let dir = root().join("target/parallel-reloc-broken");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let src = full[0].parent().unwrap();
    for e in std::fs::read_dir(src).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        if name.ends_with(".so") || name == "prog-n40" {
            std::fs::copy(&p, dir.join(&name)).unwrap();
        }
    }
    std::fs::write(dir.join("empty.c"), "int nothing_exported_here;\n").unwrap();
    for k in [12, 30] {
        let r = run(std::process::Command::new("gcc")
            .args(["-shared", "-fPIC", "-o", &format!("libb{k}.so"), "empty.c", &format!("-Wl,-soname,libb{k}.so"), "-L.", "-Wl,--no-as-needed"])
            .arg(format!("-lb{}", k - 1))
            .arg("-Wl,-rpath,$ORIGIN")
            .current_dir(&dir));
        assert_eq!(r.status, Some(0), "gcc: {}", r.stderr);
    }
    let expected = run_ldso(Path::new(SYSTEM_LDSO), &dir, &["./prog-n40"], &[("LD_BIND_NOW", "1")]);
    assert_eq!(expected.status, Some(127), "glibc: {}", expected.stderr);
    assert!(expected.stderr.contains("undefined symbol"), "glibc: {}", expected.stderr);
    for threads in ["1", "2", "4", "8"] {
        same_as_glibc(&dir, &["./prog-n40"], &[("LD_BIND_NOW", "1")], threads);
    }
}
