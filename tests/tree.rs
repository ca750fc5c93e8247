//! Issue 13: `--list --tree` (also `--tree` alone), dryad's own option: the
//! dependency tree, each object under the object whose DT_NEEDED brought it
//! in, with the file it resolved to, repeats marked; for a library not
//! found, every file the search tried and why it was not taken. Nothing of
//! the program or its libraries runs: no relocation (so no IFUNC
//! resolver), no initialiser.

mod common;
use common::*;

fn tree(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut argv = vec!["--list", "--tree"];
    argv.extend(args);
    run(&mut cmd(dryad(), &argv, env))
}

#[test]
fn a_program_s_tree_in_dt_needed_order() {
    let r = tree(&["/usr/bin/python3"], &[]);
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[0], "/usr/bin/python3");
    // python3's own DT_NEEDED, in order, one level in.
    let needed: Vec<String> = {
        let out = std::process::Command::new("readelf").args(["-d", "/usr/bin/python3"]).output().unwrap();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.contains("(NEEDED)"))
            .map(|l| l.split('[').nth(1).unwrap().trim_end_matches(']').to_string())
            .collect()
    };
    let top: Vec<&str> = lines.iter().filter(|l| l.starts_with("    ") && !l.starts_with("        ")).map(|l| l.trim_start().split(' ').next().unwrap()).collect();
    assert_eq!(top, needed, "{}", r.stdout);
    // libc is expanded once, then marked; the dynamic linker is named.
    assert_eq!(r.stdout.matches("libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6\n").count(), 1, "{}", r.stdout);
    assert!(r.stdout.contains("libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (listed above)\n"), "{}", r.stdout);
    assert!(r.stdout.contains("ld-linux-x86-64.so.2 => ") && r.stdout.contains(" (the dynamic linker)\n"), "{}", r.stdout);
}

#[test]
fn a_shared_library_works_as_the_argument() {
    let r = tree(&["/lib/x86_64-linux-gnu/libssl.so.3"], &[]);
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    assert!(r.stdout.starts_with("/lib/x86_64-linux-gnu/libssl.so.3\n    libcrypto.so.3 => /lib/x86_64-linux-gnu/libcrypto.so.3\n"), "{}", r.stdout);
}

#[test]
fn nothing_of_the_program_runs() {
    // initorder's libraries and the program print from their constructors.
    let r = tree(&["./programs/initorder"], &[]);
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    assert!(!r.stdout.contains("init "), "{}", r.stdout);
    assert!(r.stdout.contains("    libinitfirst.so => "), "{}", r.stdout);
}

#[test]
fn every_candidate_for_a_missing_library_and_why_it_was_rejected() {
    // `missing` needs libnothere.so (RUNPATH $ORIGIN/lib). Three copies of a
    // real 64-bit library, spoiled three ways, in LD_LIBRARY_PATH order: an
    // ELFCLASS32 one and another machine's are skipped (the search goes
    // on), a file that is no ELF at all ends the search, as in glibc.
    let dir = root().join("target/tree-test");
    let _ = std::fs::remove_dir_all(&dir);
    let good = std::fs::read(fixtures().join("lib/libbase.so")).unwrap();
    let mut variants: Vec<(&str, Vec<u8>)> = Vec::new();
    let mut class32 = good.clone();
    class32[4] = 1;
    variants.push(("a", class32));
    let mut machine = good.clone();
    machine[18] = 0x28; // EM_ARM
    variants.push(("b", machine));
    variants.push(("c", b"not an ELF file at all, but long enough to be read as a header by the loader..".repeat(2)));
    for (sub, bytes) in &variants {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("libnothere.so"), bytes).unwrap();
    }
    let path = ["a", "b", "empty", "c"].map(|s| dir.join(s).to_str().unwrap().to_string()).join(":");
    let r = tree(&["./missing"], &[("LD_LIBRARY_PATH", &path)]);
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    let d = dir.to_str().unwrap();
    let expected = format!(
        "./missing\n    libnothere.so => not found\n        tried {d}/a/libnothere.so: wrong ELF class: ELFCLASS32\n        tried {d}/b/libnothere.so: ELF file machine does not match\n        tried {d}/empty/libnothere.so: No such file or directory\n        tried {d}/c/libnothere.so: invalid ELF header\n"
    );
    assert_eq!(r.stdout, expected);
}
