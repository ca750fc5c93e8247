//! Issue 5: mapping hygiene, read from /proc/PID/maps of a program that
//! dryad started and that is now waiting on stdin:
//!
//! - no mapping is writable and executable (the stack excepted, when the
//!   program asks for an executable one with PT_GNU_STACK);
//! - every object's PT_GNU_RELRO is read-only after startup, dryad's own
//!   included;
//! - PT_GNU_STACK is honoured: a non-executable stack unless the program
//!   asks for one;
//! - dryad's own writable memory after startup is its .data/.bss only.
//!
//! The programs: tests/malformed/hyprog.c (libc-free, needs libmal.so;
//! built by tests/malformed/Makefile), and /bin/sh for a glibc program.
//!
//! Issue 14: source hygiene of the parsers of untrusted bytes: every value
//! read from an object's bytes (its file, or its mapped segments) and from
//! the ld.so.cache goes through scroll's `Pread` (`elf::LE`), never through
//! a hand-written pointer read or byte shuffle
//! (`untrusted_bytes_are_read_only_through_scroll`).

mod common;
use common::{dryad, malformed_corpus, SYSTEM_LDSO};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

fn corpus() -> &'static Path {
    malformed_corpus()
}

#[derive(Debug, Clone)]
struct Mapping {
    start: u64,
    end: u64,
    perms: String,
    offset: u64,
    path: String,
}

impl Mapping {
    fn writable(&self) -> bool {
        self.perms.as_bytes()[1] == b'w'
    }
    fn executable(&self) -> bool {
        self.perms.as_bytes()[2] == b'x'
    }
}

fn parse_maps(text: &str) -> Vec<Mapping> {
    text.lines()
        .map(|l| {
            let mut f = l.split_whitespace();
            let (range, perms, offset) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
            let _dev = f.next();
            let _inode = f.next();
            let path = f.collect::<Vec<_>>().join(" ");
            let (s, e) = range.split_once('-').unwrap();
            Mapping {
                start: u64::from_str_radix(s, 16).unwrap(),
                end: u64::from_str_radix(e, 16).unwrap(),
                perms: perms.into(),
                offset: u64::from_str_radix(offset, 16).unwrap(),
                path,
            }
        })
        .collect()
}

/// Starts `argv` with stdin a pipe, waits for its first line ("ready"),
/// reads its maps, lets it finish. Returns the first line and the maps.
fn maps_of_running(argv: &[&str], llp: Option<&str>) -> (String, Vec<Mapping>) {
    let mut c = Command::new(argv[0]);
    c.args(&argv[1..]).current_dir(corpus()).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, _) in std::env::vars() {
        if k.starts_with("LD_") {
            c.env_remove(k);
        }
    }
    if let Some(p) = llp {
        c.env("LD_LIBRARY_PATH", p);
    }
    let mut child = c.spawn().unwrap_or_else(|e| panic!("spawn {argv:?}: {e}"));
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let maps = std::fs::read_to_string(format!("/proc/{}/maps", child.id())).unwrap_or_default();
    let mut stdin = child.stdin.take().unwrap();
    let _ = stdin.write_all(b"x\n");
    drop(stdin);
    let st = child.wait().unwrap();
    let mut err = String::new();
    let _ = std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err);
    assert!(line.starts_with("ready"), "{argv:?} did not start: {line:?} {err}");
    assert!(st.success(), "{argv:?} failed: {st:?} {err}");
    (line, parse_maps(&maps))
}

/// (p_type, p_flags, p_offset, p_vaddr, p_memsz) of each program header.
fn phdrs(path: &str) -> (u16, Vec<(u32, u32, u64, u64, u64)>) {
    let b = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let u16_at = |o: usize| u16::from_le_bytes(b[o..o + 2].try_into().unwrap());
    let u32_at = |o: usize| u32::from_le_bytes(b[o..o + 4].try_into().unwrap());
    let u64_at = |o: usize| u64::from_le_bytes(b[o..o + 8].try_into().unwrap());
    let (e_type, phoff, phnum) = (u16_at(16), u64_at(32) as usize, u16_at(56) as usize);
    let v = (0..phnum)
        .map(|i| {
            let o = phoff + 56 * i;
            (u32_at(o), u32_at(o + 4), u64_at(o + 8), u64_at(o + 16), u64_at(o + 40))
        })
        .collect();
    (e_type, v)
}

const PT_LOAD: u32 = 1;
const PT_GNU_STACK: u32 = 0x6474e551;
const PT_GNU_RELRO: u32 = 0x6474e552;
const PAGE: u64 = 4096;

/// The load bias of the object mapped from `path`.
fn load_bias(maps: &[Mapping], path: &str) -> u64 {
    let (e_type, ph) = phdrs(path);
    if e_type == 2 {
        return 0; // ET_EXEC
    }
    let first = ph.iter().find(|p| p.0 == PT_LOAD).expect("a PT_LOAD");
    let m = maps.iter().filter(|m| m.path == path).min_by_key(|m| m.start).expect("mapped");
    assert_eq!(m.offset, first.2 & !(PAGE - 1), "{path}: lowest mapping is not the first PT_LOAD");
    m.start - (first.3 & !(PAGE - 1))
}

/// The objects in `maps`: every mapped regular file that is an ELF object.
fn objects(maps: &[Mapping]) -> Vec<String> {
    let mut v: Vec<String> = maps
        .iter()
        .filter(|m| m.path.starts_with('/') && !m.path.ends_with(" (deleted)"))
        .filter(|m| std::fs::read(&m.path).map(|b| b.starts_with(b"\x7fELF")).unwrap_or(false))
        .map(|m| m.path.clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Every page of every object's PT_GNU_RELRO (the end rounded down, as
/// the loaders protect it) lies in a mapping that is not writable.
fn assert_relro_read_only(maps: &[Mapping], what: &str) -> usize {
    let mut checked = 0;
    for path in objects(maps) {
        let (_, ph) = phdrs(&path);
        let Some(relro) = ph.iter().find(|p| p.0 == PT_GNU_RELRO) else { continue };
        let bias = load_bias(maps, &path);
        let start = (bias + relro.3) & !(PAGE - 1);
        let end = (bias + relro.3 + relro.4) & !(PAGE - 1);
        let mut page = start;
        while page < end {
            let m = maps.iter().find(|m| m.start <= page && page < m.end);
            let m = m.unwrap_or_else(|| panic!("{what}: RELRO page {page:#x} of {path} is not mapped"));
            assert!(!m.writable(), "{what}: RELRO page {page:#x} of {path} is writable after startup: {m:?}");
            page += PAGE;
        }
        checked += 1;
    }
    checked
}

/// No writable and executable mapping, except the stack when `exec_stack`.
fn assert_no_wx(maps: &[Mapping], exec_stack: bool, what: &str) {
    for m in maps {
        if m.writable() && m.executable() && !(exec_stack && m.path == "[stack]") {
            panic!("{what}: writable and executable mapping: {m:?}");
        }
    }
}

fn stack(maps: &[Mapping]) -> &Mapping {
    maps.iter().find(|m| m.path == "[stack]").expect("a [stack] mapping")
}

/// dryad's own writable pages after startup are its RW PT_LOAD minus its
/// RELRO: .data and .bss, nothing more.
fn assert_dryad_data_minimal(maps: &[Mapping], what: &str) {
    let me = dryad().canonicalize().unwrap().to_string_lossy().into_owned();
    let bias = load_bias(maps, &me);
    let (_, ph) = phdrs(&me);
    let relro = ph.iter().find(|p| p.0 == PT_GNU_RELRO).expect("dryad has PT_GNU_RELRO");
    let relro_end = (bias + relro.3 + relro.4) & !(PAGE - 1);
    let mut allowed = Vec::new();
    for p in ph.iter().filter(|p| p.0 == PT_LOAD && p.1 & 2 != 0) {
        let s = ((bias + p.3) & !(PAGE - 1)).max(relro_end);
        let e = (bias + p.3 + p.4).div_ceil(PAGE) * PAGE;
        allowed.push((s, e));
    }
    for m in maps.iter().filter(|m| m.path == me && m.writable()) {
        assert!(
            allowed.iter().any(|&(s, e)| m.start >= s && m.end <= e),
            "{what}: dryad's page range {:#x}-{:#x} is writable but not .data/.bss (allowed {allowed:x?})",
            m.start,
            m.end
        );
    }
}

#[test]
fn libc_free_program_run_directly() {
    let d = dryad();
    let d = d.to_str().unwrap();
    let (_, maps) = maps_of_running(&[d, "./base/hyprog"], Some("base"));
    assert_no_wx(&maps, false, "dryad ./hyprog");
    let n = assert_relro_read_only(&maps, "dryad ./hyprog");
    assert!(n >= 4, "RELRO checked in {n} objects (hyprog, libmal, libmaldep, dryad)");
    assert!(!stack(&maps).executable(), "the stack is executable: {:?}", stack(&maps));
    assert_dryad_data_minimal(&maps, "dryad ./hyprog");
}

#[test]
fn libc_free_program_with_dryad_as_pt_interp() {
    let (_, maps) = maps_of_running(&["./base/hyprog.dryad"], Some("base"));
    assert_no_wx(&maps, false, "./hyprog.dryad");
    let n = assert_relro_read_only(&maps, "./hyprog.dryad");
    assert!(n >= 4, "RELRO checked in {n} objects");
    assert!(!stack(&maps).executable());
    assert_dryad_data_minimal(&maps, "./hyprog.dryad");
}

#[test]
fn glibc_program() {
    let d = dryad();
    let d = d.to_str().unwrap();
    let argv = [d, "/bin/sh", "-c", "echo ready; read x"];
    let (_, maps) = maps_of_running(&argv, None);
    assert!(objects(&maps).iter().any(|p| p.contains("libc.so.6")), "libc is mapped");
    assert_no_wx(&maps, false, "dryad /bin/sh");
    let n = assert_relro_read_only(&maps, "dryad /bin/sh");
    assert!(n >= 3, "RELRO checked in {n} objects (sh, libc, dryad)");
    assert!(!stack(&maps).executable());
    assert_dryad_data_minimal(&maps, "dryad /bin/sh");
    // The same checks hold for glibc's own ld.so (the reference).
    let (_, maps) = maps_of_running(&[SYSTEM_LDSO, "/bin/sh", "-c", "echo ready; read x"], None);
    assert_no_wx(&maps, false, "ld.so /bin/sh");
    assert_relro_read_only(&maps, "ld.so /bin/sh");
}

/// A program that asks for an executable stack (PT_GNU_STACK with PF_X)
/// started by the kernel with dryad as PT_INTERP: the kernel made the
/// stack executable, and dryad leaves it so; nothing else is W+X.
#[test]
fn executable_stack_requested_by_the_program_pt_interp() {
    let (_, ph) = phdrs(corpus().join("base/hyprog-execstack.dryad").to_str().unwrap());
    assert!(ph.iter().any(|p| p.0 == PT_GNU_STACK && p.1 & 1 != 0), "the fixture asks for PF_X");
    let (_, maps) = maps_of_running(&["./base/hyprog-execstack.dryad"], Some("base"));
    assert!(stack(&maps).executable(), "PT_GNU_STACK PF_X not honoured: {:?}", stack(&maps));
    assert_no_wx(&maps, true, "./hyprog-execstack.dryad");
    assert_relro_read_only(&maps, "./hyprog-execstack.dryad");
}

/// The same program run as `dryad.so.1 ./hyprog-execstack`: the kernel
/// only saw dryad's own PT_GNU_STACK (not executable), so the linker must
/// make the stack executable, as glibc's ld.so does
/// (`_dl_make_stack_executable`).
#[test]
fn executable_stack_requested_by_the_program_run_directly() {
    let (_, glibc) = maps_of_running(&[SYSTEM_LDSO, "./base/hyprog-execstack"], Some("base"));
    assert!(stack(&glibc).executable(), "glibc's ld.so makes the stack executable");
    let d = dryad();
    let (_, maps) = maps_of_running(&[d.to_str().unwrap(), "./base/hyprog-execstack"], Some("base"));
    assert!(stack(&maps).executable(), "PT_GNU_STACK PF_X not honoured: {:?}", stack(&maps));
    assert_no_wx(&maps, true, "dryad ./hyprog-execstack");
}

/// The code of `src/<file>` without comments and without its
/// `#[cfg(test)]` module (unit tests may build bytes by hand).
fn code_of(file: &str) -> String {
    let path = common::root().join("src").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = text.split("\n#[cfg(test)]\nmod ").next().unwrap();
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The parsers of untrusted bytes read every value with scroll's `Pread`
/// (`bytes.pread_with::<T>(off, elf::LE)`, `elf::read_at`, `elf::records`,
/// `MappedImage::read`), which checks that the value lies inside the slice:
/// no hand-written unaligned read, no integer assembled from bytes by hand,
/// no cast of a byte buffer to an ELF record, no "plain old data" trait
/// that makes such a cast look safe. `src/elf.rs` keeps exactly one
/// `unsafe`: `MappedImage::slice`, the slice of a mapped segment that all
/// reads of mapped memory start from. What stays raw elsewhere is not
/// parsing: relocation writes in `reloc.rs` (`Places`), the kernel's
/// AT_RANDOM bytes in `rtld.rs`, glibc's `cpu_features` in `src/glibc/`.
#[test]
fn untrusted_bytes_are_read_only_through_scroll() {
    // The ELF views, the headers of files, symbol and hash tables and
    // versions, init/fini tables, the ld.so.cache, libc's version string.
    let parsers = ["elf.rs", "load.rs", "symbols.rs", "object.rs", "ldcache.rs", "glibc/release.rs"];
    let hand_reads = ["read_unaligned", "from_le_bytes", "from_ne_bytes", "from_be_bytes", "transmute"];
    let mut found = Vec::new();
    for file in parsers {
        let code = code_of(file);
        for pattern in hand_reads {
            if code.contains(pattern) {
                found.push(format!("src/{file}: {pattern}"));
            }
        }
    }
    // The relocation tables are parsed in reloc.rs, whose raw reads and
    // writes are of the places being relocated.
    if code_of("reloc.rs").contains("from_le_bytes") {
        found.push("src/reloc.rs: from_le_bytes".into());
    }
    // No byte buffer cast to an ELF record anywhere outside the glibc
    // module (whose link maps point at program headers as glibc's do).
    let records = ["Header", "ProgramHeader", "Dyn", "Sym", "Rela"];
    for entry in std::fs::read_dir(common::root().join("src")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if !name.ends_with(".rs") {
            continue;
        }
        let code = code_of(&name);
        for r in records {
            for cast in [format!("as *const {r}"), format!("as *mut {r}")] {
                let whole = |(i, _): &(usize, &str)| !code[i + cast.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_');
                if code.match_indices(&cast).any(|m| whole(&m)) {
                    found.push(format!("src/{name}: {cast}"));
                }
            }
        }
        for pod in ["read_pod", "trait Pod", "impl Pod"] {
            if code.contains(pod) {
                found.push(format!("src/{name}: {pod}"));
            }
        }
    }
    // Reading straight into a vector of records needs `set_len`.
    if code_of("load.rs").contains("set_len") {
        found.push("src/load.rs: set_len".into());
    }
    for file in ["symbols.rs", "ldcache.rs"] {
        if code_of(file).contains("unsafe") {
            found.push(format!("src/{file}: unsafe"));
        }
    }
    let elf = code_of("elf.rs");
    let n = elf.matches("unsafe").count();
    let slice_only = elf.matches("unsafe { core::slice::from_raw_parts(addr as *const u8, len) }").count() == 1;
    if n != 1 || !slice_only {
        found.push(format!("src/elf.rs: {n} unsafe, expected exactly one (MappedImage::slice)"));
    }
    assert!(found.is_empty(), "hand-written reads of untrusted bytes (use scroll's Pread, elf::LE):\n  {}", found.join("\n  "));
}
