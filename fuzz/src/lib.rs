//! The fuzz targets' code, shared by the libFuzzer binaries
//! (fuzz_targets/) and the replay tool (src/bin/replay.rs):
//!
//! * `load_object` ([`exercise`], below): one input is one ELF file;
//! * `ld_cache` ([`ld_cache::exercise`]): one input is one ld.so.cache;
//! * `search_config` ([`search_config::exercise`]): one input is an
//!   environment, run through the configuration and the search paths.
//!
//! What one `load_object` input goes through: the same code path as a
//! library dryad loads, on a file whose bytes are the input.
//!
//! The input is written to a memfd and handed to `load::read_headers` and
//! `load::map_file` (header and program-header checks, the real mmap of
//! every segment, `DynamicInfo::parse`, `SymbolTable::new` with its hash
//! tables and versions). If the object loads, everything dryad later reads
//! from it is walked: DT_NEEDED/SONAME/RPATH strings, every symbol with its
//! name and version, a hash lookup of each name through `lookup.rs` (GNU
//! or SysV chains, Bloom filter, version matching), the relocation tables
//! and the symbols they name, the RELR bitmaps, the init/fini arrays and
//! the TLS block. Then the object becomes the whole global scope of a
//! namespace and every PLT slot is checked as the lazy resolver checks it
//! at a first call (`lazy::checked_slot`, `reloc::plt_definition`: the
//! relocation, its slot, the symbol, its name and version, the lookup, the
//! definition's address), without running a resolver or writing a slot.
//! Then the object is unmapped, so the process can run millions of inputs.

use dryad::config::Config;
use dryad::elf::Pread;
use dryad::load;
use dryad::lookup::{lookup_in_object, RefClass};
use dryad::namespace::Namespace;
use dryad::object::{Object, ObjectKind};
use dryad::symbols::SymbolName;
use std::sync::OnceLock;

pub mod ld_cache;
pub mod search_config;

/// The targets by name, as the replay tool and the Makefile name them.
pub const TARGETS: &[(&str, fn(&[u8]))] =
    &[("load_object", exercise), ("ld_cache", ld_cache::exercise), ("search_config", search_config::exercise)];

/// At most this many symbols are walked per input (a corrupt table can
/// claim millions).
const MAX_SYMBOLS: usize = 2048;
/// At most this many relocations are walked per table.
const MAX_RELOCS: usize = 4096;

fn memfd() -> i32 {
    static FD: OnceLock<i32> = OnceLock::new();
    *FD.get_or_init(|| {
        // SAFETY: a NUL-terminated name and valid flags.
        let fd = unsafe { libc::memfd_create(c"dryad-fuzz".as_ptr(), libc::MFD_CLOEXEC) };
        assert!(fd >= 0, "memfd_create failed");
        fd
    })
}

/// Makes the memfd hold exactly `data`.
fn put(data: &[u8]) {
    let fd = memfd();
    // SAFETY: plain system calls on our own descriptor and buffer.
    unsafe {
        assert_eq!(libc::ftruncate(fd, 0), 0);
        let mut done = 0;
        while done < data.len() {
            let n = libc::pwrite(fd, data[done..].as_ptr().cast(), data.len() - done, done as libc::off_t);
            assert!(n > 0, "pwrite to the memfd failed");
            done += n as usize;
        }
    }
}

/// Runs one input. Never panics on a bad input: a panic, abort or signal
/// here is a bug in dryad.
pub fn exercise(data: &[u8]) {
    put(data);
    let fd = memfd();
    let name: &[u8] = b"fuzz/libinput.so";
    let Ok(file) = load::read_headers(fd, name) else { return };
    // Half the inputs load as the program (entry point checked), half as
    // a library.
    let kind = if data.len() % 2 == 0 { ObjectKind::Main } else { ObjectKind::Library };
    let Ok(obj) = load::map_file(fd, file, name, kind) else { return };
    walk(&obj);
    let (start, end) = (obj.map_start, obj.map_end);
    lazy_slots(obj);
    // SAFETY: `start..end` is the object's reservation, nothing refers to
    // it any more (an unpublished object has no libc handle to free).
    unsafe {
        libc::munmap(start as *mut libc::c_void, end - start);
    }
}

fn walk(obj: &Object) {
    let image = &obj.image;
    let d = &obj.dynamic;
    let mut sink = 0usize;
    for n in obj.needed_names().flatten() {
        sink = sink.wrapping_add(n.len());
    }
    for off in [d.soname, d.rpath, d.runpath].into_iter().flatten() {
        sink = sink.wrapping_add(obj.string(off).map_or(0, |s| s.len()));
    }

    let t = &obj.symbols;
    for i in 0..t.count.min(MAX_SYMBOLS) {
        let Some(sym) = t.sym(image, i) else { continue };
        let version = t.version_index(image, i).and_then(|v| t.version(v)).copied();
        if let Some(name) = t.name(image, &sym) {
            let key = SymbolName::new(name);
            for class in [RefClass::Normal, RefClass::Plt] {
                if let Some((idx, s)) = lookup_in_object(obj, &key, version.as_ref(), class, false) {
                    sink = sink.wrapping_add(idx ^ s.st_value as usize);
                }
            }
            sink = sink.wrapping_add(lookup_in_object(obj, &key, None, RefClass::Normal, true).map_or(0, |(i, _)| i));
        }
        let _ = t.sym_addr(i);
    }
    for name in [&b"malloc"[..], b"mal_get", b"_init", b""] {
        sink = sink.wrapping_add(lookup_in_object(obj, &SymbolName::new(name), None, RefClass::Normal, false).map_or(0, |(i, _)| i));
    }
    for v in t.versions.iter().flatten() {
        sink = sink.wrapping_add(v.name.len() ^ v.file.map_or(0, |f| f.len()));
    }

    // Relocations: what reloc.rs reads before it writes anything.
    for table in [d.rela, d.jmprel] {
        let Some(bytes) = image.slice(table.addr, table.size) else { continue };
        for r in bytes.chunks_exact(24).take(MAX_RELOCS) {
            let Ok(r) = r.pread_with::<dryad::elf::Rela>(0, dryad::elf::LE) else { continue };
            let symidx = (r.r_info >> 32) as usize;
            if let Some(sym) = t.sym(image, symidx) {
                sink = sink.wrapping_add(t.name(image, &sym).map_or(0, |n| n.len()));
                sink = sink.wrapping_add(t.version_index(image, symidx).unwrap_or(0) as usize);
            }
        }
    }
    if let Some(relr) = image.slice(d.relr.addr, d.relr.size) {
        sink = sink.wrapping_add(relr.chunks_exact(8).take(MAX_RELOCS).filter(|c| c[0] & 1 == 0).count());
    }
    for table in [d.init_array, d.fini_array, d.preinit_array] {
        if let Some(bytes) = image.slice(table.addr, table.size) {
            sink = sink.wrapping_add(bytes.chunks_exact(8).count());
        }
    }
    if let Some(tls) = obj.tls {
        // What tls::init_blocks copies into every thread's block.
        if tls.filesz > 0 {
            sink = sink.wrapping_add(image.slice(tls.image, tls.filesz).map_or(0, |s| s.len()));
        }
    }
    std::hint::black_box(sink);
}

/// What a first call through each PLT slot of `obj` reads, checked as the
/// lazy resolver checks it (`dryad_lazy_fixup` minus the resolver call and
/// the store into the slot), with the object as the whole global scope.
/// Indices past DT_JMPREL are tried too.
fn lazy_slots(obj: Object) {
    let kind = obj.kind;
    // Namespace::new takes dryad's own object too: an empty one.
    let none = Object::new(ObjectKind::Dryad, b"", 0, Vec::new(), 0, Vec::new(), 0, Default::default(), Default::default(), 0);
    let mut ns = Namespace::new(Config::default(), b"fuzz", obj, none);
    ns.objects[0].kind = kind;
    let n = ns.objects[0].dynamic.jmprel.size / 24;
    let mut sink = 0usize;
    for index in (0..n.min(MAX_RELOCS)).chain([n, usize::MAX / 24, usize::MAX]) {
        let Ok((slot, r)) = dryad::lazy::checked_slot(&ns, 0, index) else { continue };
        sink ^= slot;
        if let Ok(Some(def)) = dryad::reloc::plt_definition(&ns, 0, &r) {
            sink ^= def.address(&ns.objects);
        }
    }
    std::hint::black_box(sink);
}
