//! Link line for `dryad.so.1`.
//!
//! The binary target is a `no_std`, `no_main` Rust program, but what we want
//! out of the linker is not an executable: it is a shared object (ET_DYN)
//! with no PT_INTERP and no DT_NEEDED, whose entry point is the assembly stub
//! `_start` (arch/x86_64/start.S) and whose exported symbols and versions come
//! from linker-scripts/dryad.map. The kernel can run such a file directly
//! (`./dryad.so.1 prog`), and it can be any program's PT_INTERP.

fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let map = format!("{dir}/linker-scripts/dryad.map");
    // The functions startup runs first, packed at the start of the code
    // (an INSERT script: it adds to the linker's default script).
    let order = format!("{dir}/linker-scripts/startup-order.ld");
    for arg in [
        "-nostartfiles",
        "-nostdlib",
        "-nodefaultlibs",
        "-static-libgcc",
        "-shared",
        "-Wl,-e,_start",
        "-Wl,-soname,ld-linux-x86-64.so.2",
        &format!("-Wl,--version-script={map}"),
        &format!("-Wl,-T,{order}"),
        "-Wl,-z,relro",
        "-Wl,-z,now",
        "-Wl,-z,noexecstack",
        "-Wl,-z,separate-code",
        // Segments aligned to 64 KiB, the kernel's fault-around window: run
        // directly, dryad is then loaded 64 KiB-aligned, and the startup
        // code (linker-scripts/startup-order.ld) spans as few windows as
        // its size allows, which is what becomes resident (issue 11).
        "-Wl,-z,max-page-size=0x10000",
        "-Wl,-z,pack-relative-relocs",
        "-Wl,--hash-style=both",
        "-Wl,--no-undefined",
        "-Wl,--gc-sections",
        "-Wl,--eh-frame-hdr",
        "-Wl,--build-id",
        // Keep `strlen` (src/cmem.rs) though dryad calls none: valgrind
        // finds the dynamic linker by its soname and must redirect that
        // function of it before the program runs, or it refuses to start.
        "-Wl,--undefined=strlen",
    ] {
        println!("cargo:rustc-link-arg-bins={arg}");
    }
    println!("cargo:rerun-if-changed=linker-scripts/dryad.map");
    println!("cargo:rerun-if-changed=linker-scripts/startup-order.ld");
    println!("cargo:rerun-if-changed=arch/x86_64/start.S");
    println!("cargo:rerun-if-changed=arch/x86_64/varargs.S");
    println!("cargo:rerun-if-changed=arch/x86_64/trampoline.S");
    println!("cargo:rerun-if-changed=arch/x86_64/tls.S");
    println!("cargo:rerun-if-changed=arch/x86_64/tlsdesc.S");
    println!("cargo:rerun-if-changed=arch/x86_64/macros.S");
    println!("cargo:rerun-if-changed=build.rs");
}
