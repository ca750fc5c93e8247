//! Issue 9: dryad against glibc releases other than the host's, each in a
//! Debian chroot built once under target/chroots/ (tests/chroot/
//! make-chroot.sh), with that release's own ld.so as the reference.
//!
//! Debian 13 (trixie) ships glibc 2.41, which dryad does not support yet:
//! every way of starting a program there must end in the one-line refusal
//! naming the release found and the releases supported, with exit status
//! 127 — never a crash or a run with the wrong structures — while the
//! chroot's own ld.so runs the same commands.

mod common;
use common::*;

/// What the Debian 13 chroot is built with (debootstrap minbase plus).
const TRIXIE_PACKAGES: &str = "python3,perl,gawk,xz-utils,zstd,file,sqlite3,openssl,libstdc++6";

const REFUSAL: &str = "error while loading shared libraries: /lib/x86_64-linux-gnu/libc.so.6: glibc 2.41 is not supported by dryad, which supports glibc 2.36\n";

#[test]
fn trixie_glibc_2_41_is_refused_clearly_in_every_mode() {
    let dir = chroot("trixie", TRIXIE_PACKAGES);
    let reference = in_chroot(&dir, &["/bin/sh", "-c", "echo hi | /bin/cat"]);
    assert_eq!((reference.stdout.as_str(), reference.status), ("hi\n", Some(0)), "the chroot's own ld.so: {}", reference.stderr);

    // Run directly.
    let direct = in_chroot(&dir, &["/dryad.so.1", "/bin/echo", "hi"]);
    // As PT_INTERP of a patched copy.
    let patched = dir.join("tmp/echo.dryad");
    std::fs::copy(dir.join("bin/echo"), &patched).unwrap();
    let ok = std::process::Command::new("patchelf").arg("--set-interpreter").arg("/dryad.so.1").arg(&patched).status().unwrap();
    assert!(ok.success());
    let interp = in_chroot(&dir, &["/tmp/echo.dryad", "hi"]);
    // As the system ld.so of the whole chroot: the shell itself is refused.
    let system = in_chroot_as_system_ldso(&dir, &["/bin/sh", "-c", "echo hi | /bin/cat"]);
    for (how, r, prog) in [("direct", &direct, "/bin/echo"), ("PT_INTERP", &interp, "/tmp/echo.dryad"), ("system ld.so", &system, "/bin/sh")] {
        assert_eq!(r.signal, None, "{how}: {r:?}");
        assert_eq!(r.status, Some(127), "{how}: {r:?}");
        assert_eq!(r.stdout, "", "{how}");
        assert_eq!(r.stderr, format!("{prog}: {REFUSAL}"), "{how}");
    }
}
