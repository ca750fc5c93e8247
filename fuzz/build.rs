//! The dryad library defines the symbols of glibc's ld.so that libc
//! imports (`_rtld_global`, `__tls_get_addr`, `_dl_argv`, ...). Linked into
//! an ordinary program they would be exported and libc.so.6 would bind to
//! them instead of to the real ld.so, and the program would crash before
//! main. Keep every symbol of the static libraries (the dryad rlib
//! among them) out of the dynamic symbol table.
fn main() {
    println!("cargo:rustc-link-arg-bins=-Wl,--exclude-libs,ALL");
    println!("cargo:rerun-if-changed=build.rs");
}
