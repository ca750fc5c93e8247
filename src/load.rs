//! Mapping an ELF file into memory (what the kernel does for the program,
//! dryad does for every library, and for the program when run directly).
//!
//! 1. Read the first page; check the ELF header and program headers.
//! 2. Reserve one contiguous range for all PT_LOAD segments (`PROT_NONE`),
//!    at any address for ET_DYN, at the linked address for ET_EXEC.
//! 3. Map each segment from the file over its part of the reservation with
//!    its own protection; zero the tail of the last file page and map
//!    anonymous pages for the rest of the bss.
//! 4. Read the dynamic section into a checked [`DynamicInfo`], build the
//!    symbol table view, and return an [`Object`].

use crate::elf::{check_header, records, DynamicInfo, Header, HeaderProblem, MappedImage, ProgramHeader, Region};
use crate::error::{LoadError, LoadResult};
use crate::object::{Object, ObjectKind, Segment};
use crate::symbols::SymbolTable;
use crate::sys::{self, Errno, FileStat};
use alloc::vec::Vec;
use goblin::elf::header::ET_EXEC;
use goblin::elf::program_header::{PF_R, PF_W, PF_X, PT_DYNAMIC, PT_GNU_RELRO, PT_LOAD, PT_PHDR, PT_TLS};

pub const PAGE: usize = 4096;
/// The largest PT_TLS block accepted (glibc has no limit but the memory it
/// can allocate; no real object comes near this).
const MAX_TLS_SIZE: u64 = 1 << 31;

fn page_down(x: usize) -> usize {
    x & !(PAGE - 1)
}
fn page_up(x: usize) -> Option<usize> {
    x.checked_add(PAGE - 1).map(page_down)
}

pub fn prot_of(flags: u32) -> i32 {
    let mut p = 0;
    if flags & PF_R != 0 {
        p |= libc::PROT_READ;
    }
    if flags & PF_W != 0 {
        p |= libc::PROT_WRITE;
    }
    if flags & PF_X != 0 {
        p |= libc::PROT_EXEC;
    }
    p
}

/// Why opening a candidate file failed: a mismatch (wrong class/machine)
/// lets the library search continue; anything else is final.
pub enum OpenError {
    Mismatch(HeaderProblem),
    Fatal(LoadError),
}

/// The checked headers of an ELF file that is open on `fd`.
pub struct ElfFile {
    pub header: Header,
    pub phdrs: Vec<ProgramHeader>,
    pub stat: FileStat,
}

/// Reads and checks the ELF and program headers of the file open on `fd`.
pub fn read_headers(fd: i32, name: &[u8]) -> Result<ElfFile, OpenError> {
    let fatal = |msg: &str| OpenError::Fatal(LoadError::new(name, msg));
    let stat = sys::fstat(fd).map_err(|e| OpenError::Fatal(LoadError::with_errno(name, "cannot stat shared object", e)))?;
    if stat.is_dir() {
        return Err(OpenError::Fatal(LoadError::with_errno(name, "cannot read file data", Errno::EISDIR)));
    }
    // glibc's first read: 832 bytes (not zero-filled: only the `n` bytes
    // read are looked at).
    let mut block = core::mem::MaybeUninit::<[u8; 832]>::uninit();
    // SAFETY: `block` is 832 writable bytes.
    let n = unsafe { sys::pread_raw(fd, block.as_mut_ptr() as *mut u8, 832, 0) }
        .map_err(|e| OpenError::Fatal(LoadError::with_errno(name, "cannot read file data", e)))?;
    // SAFETY: the first `n` bytes were just read.
    let first = unsafe { core::slice::from_raw_parts(block.as_ptr() as *const u8, n) };
    let header = match check_header(first) {
        Ok(h) => h,
        Err(p) if p.is_mismatch() => return Err(OpenError::Mismatch(p)),
        Err(p) => return Err(fatal(p.message())),
    };
    // e_phnum is 16 bits: at most 65535 headers (3.5 MiB), like glibc.
    let phnum = header.e_phnum as usize;
    let phoff = header.e_phoff;
    let phsize = phnum * core::mem::size_of::<ProgramHeader>();
    // glibc reads the headers with one pread and reports a short read as
    // "cannot read file data"; headers past the end of the file (or an
    // offset that wraps) are that short read.
    let short = || fatal("cannot read file data");
    let end = phoff.checked_add(phsize as u64).ok_or_else(short)?;
    if end > stat.size {
        return Err(short());
    }
    // Inside the block already read (as in glibc, which reads the headers
    // again only when they lie past its first 832 bytes), or read again.
    let again;
    let table = if end <= n as u64 {
        first.get(phoff as usize..end as usize).ok_or_else(short)?
    } else {
        let mut bytes = alloc::vec![0u8; phsize];
        let got = sys::pread(fd, &mut bytes, phoff).map_err(|e| OpenError::Fatal(LoadError::with_errno(name, "cannot read file data", e)))?;
        if got != phsize {
            return Err(short());
        }
        again = bytes;
        &again[..]
    };
    let phdrs: Vec<ProgramHeader> = records(table).collect();
    Ok(ElfFile { header, phdrs, stat })
}

/// Checks the PT_LOAD segments: sizes, alignment, order, file range.
///
/// glibc 2.36 checks only that `p_vaddr - p_offset` is a multiple of the
/// page size (the message is its own); the other checks are dryad's, for
/// objects glibc maps wrongly or crashes on (see docs/08-malformed-input.md):
/// a file size larger than the memory size (the kernel refuses it too),
/// file data past the end of the file (SIGBUS on first touch), addresses
/// that wrap or leave user space, and segments out of order or
/// overlapping (the mapping of one would replace another).
fn check_loads(phdrs: &[ProgramHeader], file_size: u64, name: &[u8]) -> LoadResult<()> {
    let bad = |msg: &str| LoadError::new(name, msg);
    let mut prev_end = 0usize;
    let mut any = false;
    for p in phdrs.iter().filter(|p| p.p_type == PT_LOAD) {
        if (p.p_vaddr.wrapping_sub(p.p_offset)) % PAGE as u64 != 0 {
            return Err(bad("ELF load command address/offset not page-aligned"));
        }
        if p.p_filesz > p.p_memsz {
            return Err(bad("ELF load command has file size larger than memory size"));
        }
        let end = p.p_offset.checked_add(p.p_filesz);
        if end.is_none_or(|e| e > file_size) {
            return Err(bad("ELF load command past end of file"));
        }
        let vend = p.p_vaddr.checked_add(p.p_memsz).filter(|&e| e < USER_END);
        let Some(vend) = vend else {
            // What glibc says when the mmap of such a segment fails.
            return Err(bad("failed to map segment from shared object"));
        };
        if any && page_down(p.p_vaddr as usize) < prev_end {
            return Err(bad("ELF load commands overlap or are not in ascending order"));
        }
        prev_end = page_up(vend as usize).unwrap_or(usize::MAX);
        any = true;
    }
    if !any {
        return Err(bad("object file has no loadable segments"));
    }
    Ok(())
}

/// One past the highest user-space address on x86-64 (4-level paging).
const USER_END: u64 = 1 << 47;

/// Maps the file open on `fd` and returns it as an object of `kind`.
pub fn map_file(fd: i32, file: ElfFile, path: &[u8], kind: ObjectKind) -> LoadResult<Object> {
    let ElfFile { header, phdrs, stat } = file;
    check_loads(&phdrs, stat.size, path)?;
    if !stat.is_regular() {
        return Err(LoadError::new(path, "not a regular file"));
    }
    let loads: Vec<&ProgramHeader> = phdrs.iter().filter(|p| p.p_type == PT_LOAD).collect();
    let Some(first) = loads.first() else {
        return Err(LoadError::new(path, "object file has no loadable segments"));
    };
    // check_loads: every segment ends below USER_END, so none of the sums
    // below overflows.
    let lo = page_down(first.p_vaddr as usize);
    let hi_exact = loads.iter().map(|p| (p.p_vaddr + p.p_memsz) as usize).max().unwrap_or(lo);
    let hi = page_up(hi_exact).ok_or_else(|| LoadError::new(path, "failed to map segment from shared object"))?;
    let span = hi - lo;
    let is_exec = header.e_type == ET_EXEC;
    // Like glibc 2.35+: only power-of-two p_align values count, and no
    // more than the span can usefully be honoured.
    let align = loads
        .iter()
        .map(|p| p.p_align as usize)
        .filter(|a| a.is_power_of_two())
        .max()
        .unwrap_or(PAGE)
        .clamp(PAGE, ((span as u64).next_power_of_two().min(USER_END) as usize).max(PAGE));

    // Reserve the whole range, aligned to the largest p_align (like glibc
    // 2.35+), so segments keep the alignment they were linked for. When no
    // alignment beyond the page is asked for, the reservation is the
    // first segment itself, mapped from the file over the whole span (one
    // system call fewer per object, as in glibc's `_dl_map_segments`); the
    // other segments are then mapped over the rest of it.
    // As glibc's `_dl_map_segments`, whose errors carry no errno: "failed
    // to map segment from shared object" when the address space is
    // exhausted (ENOMEM, `ulimit -v`) or refused (EPERM), with no reason.
    let map_err = |_: Errno| LoadError::new(path, "failed to map segment from shared object");
    let first_maps_span = first.p_filesz > 0 && align == PAGE;
    let (res_prot, res_flags, res_fd, res_off) = if first_maps_span {
        (prot_of(first.p_flags), libc::MAP_PRIVATE, fd, page_down(first.p_offset as usize) as u64)
    } else {
        (libc::PROT_NONE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
    };
    let base = if is_exec {
        if lo < PAGE {
            // Page zero: refused to ordinary users by vm.mmap_min_addr, but
            // root may map it, and no address in it may ever become a
            // Rust reference. Everyone gets what an ordinary user gets.
            return Err(map_err(Errno::EPERM));
        }
        // SAFETY: MAP_FIXED_NOREPLACE never replaces an existing mapping.
        let at = unsafe { sys::mmap(lo, span, res_prot, res_flags | libc::MAP_FIXED_NOREPLACE, res_fd, res_off) }.map_err(map_err)?;
        if at != lo {
            // A kernel without MAP_FIXED_NOREPLACE put it elsewhere.
            // SAFETY: the mapping just made, nothing else.
            let _ = unsafe { sys::munmap(at, span) };
            return Err(LoadError::new(path, "cannot map ET_EXEC object at its linked address"));
        }
        0
    } else if first_maps_span {
        // SAFETY: a fresh mapping at an address the kernel picks replaces
        // nothing.
        let start = unsafe { sys::mmap(0, span, res_prot, res_flags, res_fd, res_off) }.map_err(map_err)?;
        start.wrapping_sub(lo)
    } else {
        let extra = align - PAGE;
        // SAFETY: a fresh PROT_NONE reservation replaces nothing.
        let raw = unsafe {
            sys::mmap(0, span.checked_add(extra).ok_or(Errno::ENOMEM).map_err(map_err)?, libc::PROT_NONE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
        }
        .map_err(map_err)?;
        let start = raw.next_multiple_of(align);
        // Give back the slack before and after the aligned range.
        // SAFETY: these pages are ours and unused.
        unsafe {
            if start > raw {
                let _ = sys::munmap(raw, start - raw);
            }
            if raw + extra > start {
                let _ = sys::munmap(start + span, raw + extra - start);
            }
        }
        // May wrap (an ET_DYN linked at a high address loaded low):
        // every address below is computed as base + p_vaddr, which wraps
        // back into the reservation.
        start.wrapping_sub(lo)
    };

    let loads: Vec<ProgramHeader> = loads.into_iter().copied().collect();
    let result = seal_holes(&loads, base, first_maps_span, path)
        .and_then(|()| populate(fd, &loads, base, first_maps_span, path))
        .and_then(|segments| {
            let phdr_addr = find_phdr_addr(&phdrs, &header, base, &segments);
            finish(kind, path, base, phdrs, phdr_addr, segments, header.e_entry as usize)
        });
    let map_start = base.wrapping_add(lo);
    match result {
        Ok(mut obj) => {
            obj.file_id = Some((stat.dev, stat.ino));
            obj.map_start = map_start;
            // glibc's l_map_end: the end of the last segment's memory, not
            // rounded to a page.
            obj.map_end = base.wrapping_add(hi_exact);
            Ok(obj)
        }
        Err(e) => {
            // Leave nothing behind (glibc unmaps a failed object too): the
            // reservation covers every segment.
            // SAFETY: `map_start..+span` is the reservation made above, and
            // no view of the failed object survives.
            let _ = unsafe { sys::munmap(map_start, span) };
            Err(e)
        }
    }
}

/// Unmaps an object [`map_file`] mapped that was never added to a
/// namespace (nothing refers to it or into it).
pub fn unmap_unused(obj: Object) {
    let (start, len) = (obj.map_start, (obj.map_end - obj.map_start).next_multiple_of(PAGE));
    drop(obj);
    // SAFETY: `map_file` made this mapping for `obj` alone, which is gone;
    // the caller's contract: nothing else points into it.
    let _ = unsafe { sys::munmap(start, len) };
}

/// When the first segment was mapped over the whole span, the pages
/// between segments are still the file's, with the first segment's
/// protection: like glibc, make everything from the end of the first
/// segment to the start of the last inaccessible (one call, and only if
/// there is a gap), before the other segments are mapped over it.
fn seal_holes(loads: &[ProgramHeader], base: usize, first_maps_span: bool, path: &[u8]) -> LoadResult<()> {
    if !first_maps_span || loads.len() < 2 {
        return Ok(());
    }
    // check_loads: in ascending order, not overlapping, below USER_END.
    let covered: usize = loads
        .iter()
        .map(|p| page_up((p.p_vaddr + p.p_memsz) as usize).unwrap_or(usize::MAX) - page_down(p.p_vaddr as usize))
        .sum();
    let lo = page_down(loads[0].p_vaddr as usize);
    let hi = loads.iter().map(|p| page_up((p.p_vaddr + p.p_memsz) as usize).unwrap_or(usize::MAX)).max().unwrap_or(lo);
    if covered >= hi - lo {
        return Ok(());
    }
    let first_end = base.wrapping_add(page_up((loads[0].p_vaddr + loads[0].p_memsz) as usize).unwrap_or(usize::MAX));
    let last_start = base.wrapping_add(page_down(loads[loads.len() - 1].p_vaddr as usize));
    if last_start > first_end {
        // SAFETY: inside the reservation just made, which holds nothing else.
        unsafe { sys::mprotect(first_end, last_start - first_end, libc::PROT_NONE) }
            .map_err(|_| LoadError::new(path, "cannot change memory protections"))?;
    }
    Ok(())
}

/// Maps the PT_LOAD segments `loads` of the file on `fd` into the
/// reservation at load bias `base` (the first one is mapped already when
/// `first_mapped`); returns them as segments.
fn populate(fd: i32, loads: &[ProgramHeader], base: usize, first_mapped: bool, path: &[u8]) -> LoadResult<Vec<Segment>> {
    let map_err = |_: Errno| LoadError::new(path, "failed to map segment from shared object");
    let mut segments = Vec::with_capacity(loads.len());
    for (k, p) in loads.iter().enumerate() {
        let prot = prot_of(p.p_flags);
        // check_loads: p_vaddr + p_memsz < USER_END, and the reservation
        // covers [base + page_down(p_vaddr), base + page_up(end)).
        let vaddr = base.wrapping_add(p.p_vaddr as usize);
        let start = page_down(vaddr);
        let file_end = vaddr + p.p_filesz as usize;
        let mem_end = vaddr + p.p_memsz as usize;
        let mut anon_from = start;
        if p.p_filesz > 0 {
            let len = page_up(file_end).unwrap_or(file_end) - start;
            let off = page_down(p.p_offset as usize) as u64;
            if !(k == 0 && first_mapped) {
                // SAFETY: `start..start+len` lies in the reservation made above.
                unsafe { sys::mmap(start, len, prot, libc::MAP_PRIVATE | libc::MAP_FIXED, fd, off) }.map_err(map_err)?;
            }
            anon_from = page_up(file_end).unwrap_or(file_end);
            // Zero the rest of the last file page: it belongs to the bss.
            // (check_loads: file_end is inside the file, so that page is
            // backed and touching it cannot raise SIGBUS.)
            if mem_end > file_end && anon_from > file_end {
                let zero_end = anon_from.min(page_up(mem_end).unwrap_or(mem_end));
                let writable = prot & libc::PROT_WRITE != 0;
                // SAFETY: the page was just mapped by us; we make it writable
                // for the moment it takes to clear the tail.
                unsafe {
                    if !writable {
                        sys::mprotect(page_down(file_end), PAGE, prot | libc::PROT_WRITE)
                            .map_err(|_| LoadError::new(path, "cannot change memory protections"))?;
                    }
                    core::ptr::write_bytes(file_end as *mut u8, 0, zero_end - file_end);
                    if !writable {
                        sys::mprotect(page_down(file_end), PAGE, prot)
                            .map_err(|_| LoadError::new(path, "cannot change memory protections"))?;
                    }
                }
            }
        }
        let anon_end = page_up(mem_end).unwrap_or(mem_end);
        if anon_end > anon_from {
            // SAFETY: inside our reservation; fresh zero pages for the bss.
            unsafe {
                sys::mmap(anon_from, anon_end - anon_from, prot, libc::MAP_PRIVATE | libc::MAP_FIXED | libc::MAP_ANONYMOUS, -1, 0)
            }
            .map_err(|_| LoadError::new(path, "cannot map zero-fill pages"))?;
        }
        segments.push(Segment { start: vaddr, end: mem_end, prot });
    }
    Ok(segments)
}

/// Whether `[addr, addr+len)` lies inside one segment whose protection
/// includes `prot`.
pub fn inside(segments: &[Segment], addr: usize, len: usize, prot: i32) -> bool {
    segments
        .iter()
        .any(|s| s.prot & prot == prot && addr >= s.start && addr.checked_add(len).is_some_and(|e| e <= s.end))
}

/// Where the program headers are in memory: PT_PHDR, or the part of a
/// PT_LOAD that covers e_phoff; 0 if neither is inside a readable segment
/// (the program's libc reads them through AT_PHDR).
fn find_phdr_addr(phdrs: &[ProgramHeader], header: &Header, base: usize, segments: &[Segment]) -> usize {
    let size = phdrs.len() * core::mem::size_of::<ProgramHeader>();
    if let Some(p) = phdrs.iter().find(|p| p.p_type == PT_PHDR) {
        let at = base.wrapping_add(p.p_vaddr as usize);
        if inside(segments, at, size, libc::PROT_READ) {
            return at;
        }
    }
    let size = size as u64;
    for p in phdrs.iter().filter(|p| p.p_type == PT_LOAD) {
        // check_loads: p_offset + p_filesz does not overflow; read_headers:
        // neither does e_phoff + size.
        if p.p_offset <= header.e_phoff && header.e_phoff + size <= p.p_offset + p.p_filesz {
            let at = base.wrapping_add((p.p_vaddr + (header.e_phoff - p.p_offset)) as usize);
            if inside(segments, at, size as usize, libc::PROT_READ) {
                return at;
            }
        }
    }
    0
}

/// Builds the object for memory that is already mapped: read the dynamic
/// section and symbol table.
pub fn finish(
    kind: ObjectKind,
    path: &[u8],
    base: usize,
    phdrs: Vec<ProgramHeader>,
    phdr_addr: usize,
    segments: Vec<Segment>,
    entry: usize,
) -> LoadResult<Object> {
    let image = MappedImage {
        regions: segments
            .iter()
            .filter(|s| s.prot & libc::PROT_READ != 0)
            .map(|s| Region { start: s.start, end: s.end })
            .collect(),
    };
    let Some(dynp) = phdrs.iter().find(|p| p.p_type == PT_DYNAMIC) else {
        return Err(LoadError::new(path, "object file has no dynamic section"));
    };
    let dynamic_addr = base.wrapping_add(dynp.p_vaddr as usize);
    let max = dynp.p_memsz as usize / core::mem::size_of::<crate::elf::Dyn>();
    let mut dynamic = DynamicInfo::parse(&image, base, dynamic_addr, max, path)?;
    check_segments(kind, path, base, &phdrs, &segments, &image)?;
    check_code_pointers(path, &mut dynamic, &segments)?;
    let symbols = SymbolTable::new(&image, &dynamic, path)?;
    let entry = if entry == 0 { 0 } else { base.wrapping_add(entry) };
    Ok(Object::new(kind, path, base, phdrs, phdr_addr, segments, dynamic_addr, dynamic, symbols, entry))
}

/// Checks the program headers other than PT_LOAD that dryad acts on, once
/// the object is mapped: PT_TLS (its image is copied into every thread's
/// block) and PT_GNU_RELRO (it is mprotect'ed: outside the object that
/// would change someone else's memory). dryad reads no note segment
/// (PT_NOTE, PT_GNU_PROPERTY), so those are not checked.
fn check_segments(
    kind: ObjectKind,
    path: &[u8],
    base: usize,
    phdrs: &[ProgramHeader],
    segments: &[Segment],
    image: &MappedImage,
) -> LoadResult<()> {
    let bad = |msg: &str| LoadError::new(path, msg);
    // Object::new, tls.rs and rtld.rs compute `base + p_vaddr (+ size)` for
    // the headers they use; no header of a real object wraps around.
    let wraps = |p: &ProgramHeader| {
        p.p_vaddr.checked_add(p.p_memsz.max(p.p_filesz)).is_none()
            || base.checked_add(p.p_vaddr as usize).and_then(|a| a.checked_add(p.p_memsz.max(p.p_filesz) as usize)).is_none()
    };
    if phdrs.iter().any(wraps) {
        return Err(bad("ELF program header address out of range"));
    }
    if let Some(t) = phdrs.iter().find(|p| p.p_type == PT_TLS && p.p_memsz > 0) {
        if t.p_filesz > t.p_memsz {
            return Err(bad("PT_TLS segment has file size larger than memory size"));
        }
        if t.p_memsz > MAX_TLS_SIZE || t.p_align > MAX_TLS_SIZE {
            return Err(bad("PT_TLS segment too large"));
        }
        if t.p_filesz > 0 && !image.contains(base.wrapping_add(t.p_vaddr as usize), t.p_filesz as usize) {
            return Err(bad("PT_TLS initialisation image outside the object"));
        }
    }
    if let Some(r) = phdrs.iter().find(|p| p.p_type == PT_GNU_RELRO) {
        // What gets mprotect'ed: whole pages, the end rounded down (glibc's
        // _dl_protect_relro).
        let start = page_down(base.wrapping_add(r.p_vaddr as usize));
        let end = base.wrapping_add(r.p_vaddr as usize).checked_add(r.p_memsz as usize).map(page_down);
        let lo = segments.iter().map(|s| page_down(s.start)).min().unwrap_or(0);
        let hi = segments.iter().map(|s| page_up(s.end).unwrap_or(usize::MAX)).max().unwrap_or(0);
        let ok = end.is_some_and(|end| end <= start || (start >= lo && end <= hi));
        if !ok {
            // The error glibc reports when that mprotect fails (its name
            // for the program is "").
            let name: &[u8] = if kind == ObjectKind::Main { b"" } else { path };
            return Err(LoadError::with_errno(name, "cannot apply additional memory protection after relocation", Errno::ENOMEM));
        }
    }
    Ok(())
}

/// DT_INIT and DT_FINI are called: they must be code of this object.
/// DT_PLTGOT is written (lazy binding) when there are PLT relocations, and
/// the DT_DEBUG slot is written for debuggers: both must be writable (an
/// unwritable DT_DEBUG is ignored: debuggers then find r_debug through
/// dryad's own symbol).
fn check_code_pointers(path: &[u8], d: &mut DynamicInfo, segments: &[Segment]) -> LoadResult<()> {
    let bad = |what: &str| LoadError::new(path, alloc::format!("corrupt dynamic section: {what}"));
    if d.init.is_some_and(|f| !inside(segments, f, 1, libc::PROT_EXEC)) {
        return Err(bad("DT_INIT outside the executable segments"));
    }
    if d.fini.is_some_and(|f| !inside(segments, f, 1, libc::PROT_EXEC)) {
        return Err(bad("DT_FINI outside the executable segments"));
    }
    if d.jmprel.size != 0 && d.pltgot.is_some_and(|g| !inside(segments, g, 24, libc::PROT_READ | libc::PROT_WRITE)) {
        return Err(bad("DT_PLTGOT outside the writable segments"));
    }
    if d.debug_slot.is_some_and(|s| !inside(segments, s, 8, libc::PROT_READ | libc::PROT_WRITE)) {
        d.debug_slot = None;
    }
    Ok(())
}

/// Segments of an object someone else mapped (the kernel, for the program
/// and for dryad), read from its program headers in memory.
pub fn segments_of(phdrs: &[ProgramHeader], base: usize) -> Vec<Segment> {
    phdrs
        .iter()
        .filter(|p| p.p_type == PT_LOAD)
        .map(|p| Segment {
            start: base.wrapping_add(p.p_vaddr as usize),
            end: base.wrapping_add(p.p_vaddr.wrapping_add(p.p_memsz) as usize),
            prot: prot_of(p.p_flags),
        })
        .collect()
}

/// Copies `phnum` program headers from memory at `addr`.
///
/// # Safety
/// `addr` must point to `phnum` program headers in mapped memory (the
/// kernel's AT_PHDR, or dryad's own headers).
pub unsafe fn phdrs_at(addr: usize, phnum: usize) -> Vec<ProgramHeader> {
    // SAFETY: the caller guarantees that the `phnum` headers (56 bytes
    // each) are mapped readable at `addr`; they are read as bytes, so no
    // alignment is assumed.
    let bytes = unsafe { core::slice::from_raw_parts(addr as *const u8, phnum * core::mem::size_of::<ProgramHeader>()) };
    records(bytes).collect()
}
