//! Issue 2, point 2: dryad.so.1 has the ELF properties a dynamic linker
//! needs (checked with readelf on the built binary).

mod common;
use common::*;

fn readelf(args: &[&str]) -> String {
    let r = run(std::process::Command::new("readelf").args(args).arg(dryad()));
    assert_eq!(r.status, Some(0), "readelf failed: {}", r.stderr);
    r.stdout
}

#[test]
fn is_a_self_contained_shared_object() {
    let header = readelf(&["-hW"]);
    assert!(header.contains("DYN (Shared object file)"), "{header}");
    let phdrs = readelf(&["-lW"]);
    assert!(!phdrs.contains("INTERP"), "no PT_INTERP:\n{phdrs}");
    for line in phdrs.lines().filter(|l| l.trim_start().starts_with("LOAD")) {
        let flags: String = line.split_whitespace().skip(6).take_while(|f| !f.starts_with("0x")).collect();
        assert!(!(flags.contains('W') && flags.contains('E')), "writable and executable segment: {line}");
    }
    assert!(phdrs.contains("GNU_RELRO") && phdrs.contains("GNU_STACK"), "{phdrs}");
    let stack = phdrs.lines().find(|l| l.contains("GNU_STACK")).unwrap();
    assert!(!stack.contains("RWE"), "non-executable stack: {stack}");

    let dynamic = readelf(&["-dW"]);
    assert!(!dynamic.contains("(NEEDED)"), "no DT_NEEDED:\n{dynamic}");
    assert!(!dynamic.contains("TEXTREL"), "no TEXTREL:\n{dynamic}");
    assert!(dynamic.contains("Library soname: [ld-linux-x86-64.so.2]"), "{dynamic}");
    assert!(dynamic.contains("(RELR)"), "relative relocations are packed (RELR):\n{dynamic}");
}

#[test]
fn entry_is_the_assembly_start() {
    let header = readelf(&["-hW"]);
    let entry = header.lines().find(|l| l.contains("Entry point address")).unwrap();
    let entry = entry.split_whitespace().last().unwrap().trim_start_matches("0x");
    // The symbol table ships in the separate debug file (issue 13).
    let debug = format!("{}.debug", dryad().display());
    let r = run(std::process::Command::new("readelf").args(["-sW", &debug]));
    assert_eq!(r.status, Some(0), "readelf failed: {}", r.stderr);
    let syms = r.stdout;
    let start = syms
        .lines()
        .find(|l| l.split_whitespace().last() == Some("_start"))
        .expect("_start in the symbol table");
    let value = start.split_whitespace().nth(1).unwrap().trim_start_matches('0');
    assert_eq!(value, entry.trim_start_matches('0'), "entry point is _start");
}

#[test]
fn exports_only_the_version_script() {
    let dynsyms = readelf(&["--dyn-syms", "-W"]);
    let defined: Vec<&str> = dynsyms
        .lines()
        .filter(|l| l.contains("GLOBAL") || l.contains("WEAK"))
        .filter(|l| !l.contains(" UND "))
        .filter_map(|l| l.split_whitespace().last())
        .collect();
    let script = std::fs::read_to_string(root().join("linker-scripts/dryad.map")).unwrap();
    for sym in &defined {
        let name = sym.split('@').next().unwrap();
        // A hidden version (name@V) is assigned by .symver in the code and
        // named in a comment of the script.
        let listed = script.contains(&format!("{name};")) || (!sym.contains("@@") && script.contains(&format!("{name}@")));
        assert!(listed, "{sym} is exported but not in the version script");
    }
    assert!(defined.contains(&"_r_debug@@GLIBC_2.2.5"), "{defined:?}");
    assert!(defined.contains(&"_dl_debug_state@@GLIBC_PRIVATE"), "{defined:?}");
    assert!(!dynsyms.contains(" UND ") || dynsyms.lines().filter(|l| l.contains(" UND ")).count() == 1, "no undefined symbols:\n{dynsyms}");
    let versions = readelf(&["-VW"]);
    for v in ["GLIBC_2.2.5", "GLIBC_2.3", "GLIBC_2.4", "GLIBC_2.34", "GLIBC_2.35", "GLIBC_PRIVATE"] {
        assert!(versions.contains(&format!("Name: {v}")), "version node {v} missing:\n{versions}");
    }
}
