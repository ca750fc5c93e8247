//! Issue 3: unmodified Debian programs linked against glibc 2.36 run
//! under dryad with the same stdout and exit status as under the system
//! ld.so, both when dryad is invoked directly and when it is the
//! program's PT_INTERP (a copy patched with patchelf).

mod common;
use common::*;
use std::path::PathBuf;
use std::process::Command;

fn scratch() -> PathBuf {
    let d = root().join("target/real-programs");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs `sh -c SCRIPT` where `$RUN` is how the program is started:
/// nothing (system ld.so), `dryad.so.1` (direct), or the patched copy.
fn check(program: &str, args: &[&str], stdin: Option<&str>) {
    let run_with = |prefix: Vec<String>| {
        let mut c = Command::new(&prefix[0]);
        c.args(&prefix[1..]).args(args).current_dir(scratch());
        for (k, _) in std::env::vars() {
            if k.starts_with("LD_") {
                c.env_remove(k);
            }
        }
        if let Some(input) = stdin {
            let path = scratch().join("stdin.txt");
            std::fs::write(&path, input).unwrap();
            c.stdin(std::fs::File::open(path).unwrap());
        }
        run(&mut c)
    };
    let expected = run_with(vec![program.to_string()]);
    assert_eq!(expected.signal, None);
    let direct = run_with(vec![dryad().display().to_string(), program.to_string()]);
    assert_same_output(&expected, &direct, &format!("{program} {args:?} (dryad direct)"));
    let patched = run_with(vec![patched_system_program(program).display().to_string()]);
    assert_same_output(&expected, &patched, &format!("{program} {args:?} (PT_INTERP = dryad)"));
    assert!(direct.stderr.is_empty() || direct.stderr == expected.stderr, "stderr differs: {}", direct.stderr);
}

#[test]
fn true_false_echo() {
    check("/bin/true", &[], None);
    check("/bin/false", &[], None);
    check("/bin/echo", &["hello", "world"], None);
}

#[test]
fn coreutils() {
    let data = root().join("README.md");
    let data = data.to_str().unwrap();
    check("/bin/cat", &[data], None);
    check("/bin/ls", &["-la", "/usr/share/doc/libc6"], None);
    check("/usr/bin/sort", &["-r", data], None);
    check("/usr/bin/sha256sum", &[data], None);
    check("/bin/date", &["-u", "-d", "@0"], None);
}

#[test]
fn shells() {
    check("/bin/dash", &["-c", "x=6; echo dash $((x*7)); for i in a b; do echo $i; done; exit 3"], None);
    check("/bin/bash", &["-c", "declare -A m=([k]=v); echo ${m[k]} $((2**40)); printf '%05.1f\\n' 3.14159; exit 4"], None);
}

#[test]
fn text_tools() {
    let input = "alpha 1\nbeta 22\ngamma 333\n";
    check("/bin/sed", &["-E", "s/([a-z]+) ([0-9]+)/\\2=\\1/"], Some(input));
    check("/bin/grep", &["-n", "-E", "b.t|gam"], Some(input));
}

#[test]
fn tar_with_gzip() {
    // tar starts gzip by name through PATH: put dryad-interpreted copies of
    // both first in PATH, so every process of the pipeline runs on dryad.
    let bin = scratch().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    for prog in ["/bin/tar", "/bin/gzip"] {
        let name = prog.rsplit('/').next().unwrap();
        std::fs::copy(patched_system_program(prog), bin.join(name)).unwrap();
    }
    let src = root().join("src");
    let script = format!("tar czf - -C {} . | tar tzf - | sort", src.display());
    let expected = run(Command::new("/bin/sh").arg("-c").arg(&script));
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let got = run(Command::new("/bin/sh").arg("-c").arg(format!("type tar gzip >&2; {script}")).env("PATH", &path));
    assert_same_output(&expected, &got, "tar | gzip");
    assert!(got.stderr.contains(&format!("gzip is {}", bin.join("gzip").display())), "{}", got.stderr);
    assert!(got.stdout.contains("./rtld.rs"));
}

#[test]
fn threaded_compressors() {
    // Big enough that xz -T4 and zstd -T2 really start worker threads.
    let input = scratch().join("big.bin");
    if !input.exists() {
        let mut data = Vec::with_capacity(24 << 20);
        let mut x: u64 = 0x243F6A8885A308D3;
        while data.len() < (24 << 20) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            data.extend_from_slice(format!("{:016x} line\n", x % 100000).as_bytes());
        }
        std::fs::write(&input, data).unwrap();
    }
    let input = input.to_str().unwrap().to_string();
    for (prog, args) in [("/usr/bin/xz", vec!["-T4", "-1", "-c", &input]), ("/usr/bin/zstd", vec!["-q", "-T2", "-c", &input])] {
        if !std::path::Path::new(prog).exists() {
            panic!("{prog} is missing: .ci/run installs xz-utils and zstd");
        }
        let expected = run(Command::new(prog).args(&args));
        let got = run(Command::new(dryad()).arg(prog).args(&args));
        assert_eq!(got.signal, None, "{prog}: {}", got.stderr);
        assert_eq!(got.status, expected.status, "{prog}: {}", got.stderr);
        assert!(got.stdout.len() > 1000 && got.stdout == expected.stdout, "{prog}: compressed output differs");
    }
}

#[test]
fn interpreters() {
    check("/usr/bin/python3", &["-S", "-c", "import math; print(2**100, math.factorial(20), 1/3)"], None);
    check("/usr/bin/perl", &["-e", "my %h=(a=>1,b=>2); print join(',', map {\"$_=$h{$_}\"} sort keys %h), qq(\\n); printf(qq(%.3f\\n), atan2(1,1)*4)"], None);
}

#[test]
fn list_as_glibcs_ld_so_prints_it_for_programs_and_shared_libraries() {
    // `ld.so --list` names the dynamic linker by the path it was started
    // as, and as `PT_INTERP => that path` for a program whose interpreter
    // is another path; a shared library (e_entry 0, no PT_INTERP) is
    // listed too. glibc's ld.so is started by its /usr/lib path so that
    // both kinds of line appear; each linker's own path and the load
    // addresses are masked.
    let glibc_ldso = "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2";
    let ours = dryad();
    let ours = ours.to_str().unwrap();
    let mask = |s: &str, me: &str| {
        s.lines()
            .map(|l| {
                let l = l.replace(me, "LDSO");
                match l.rfind(" (0x") {
                    Some(i) => format!("{}\n", &l[..i]),
                    None => format!("{l}\n"),
                }
            })
            .collect::<String>()
    };
    for target in ["/usr/bin/ls", "/usr/bin/python3", "/lib/x86_64-linux-gnu/libssl.so.3"] {
        let expected = run(&mut cmd(glibc_ldso, &["--list", target], &[]));
        assert_eq!(expected.status, Some(0), "{target}: {}", expected.stderr);
        let got = run(&mut cmd(ours, &["--list", target], &[]));
        assert_eq!(got.status, expected.status, "{target}: {}", got.stderr);
        assert_eq!(mask(&got.stdout, ours), mask(&expected.stdout, glibc_ldso), "--list {target}");
    }
}

#[test]
fn list_tunables_as_glibcs_ld_so() {
    // Values and bounds after the CPU probe narrowed the cpu tunables, with
    // and without tunables set.
    for env in [&[][..], &[("GLIBC_TUNABLES", "glibc.malloc.check=2:glibc.cpu.x86_rep_movsb_threshold=4096:glibc.cpu.hwcaps=-AVX2")][..]] {
        let expected = run(&mut cmd("/lib64/ld-linux-x86-64.so.2", &["--list-tunables"], env));
        assert!(expected.stdout.contains("glibc.cpu.x86_rep_movsb_threshold: "), "{}", expected.stdout);
        let got = run(&mut cmd(dryad(), &["--list-tunables"], env));
        assert_same_output(&expected, &got, &format!("--list-tunables with {env:?}"));
    }
}
