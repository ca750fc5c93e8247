//! Bounds-checked views of ELF data.
//!
//! Nothing here trusts the file: every header, table and string is reached
//! through a slice (of the bytes read from the file, or of mapped memory
//! that [`MappedImage`] found inside one of the object's segments), and
//! every value in it is read with scroll's `Pread` ([`LE`]), which refuses
//! reads outside the slice. A failed check becomes an error naming what is
//! wrong, never a fault.

use crate::error::{LoadError, LoadResult};
use alloc::vec::Vec;
use goblin::elf::dynamic::*;
use goblin::elf::header::{EI_CLASS, EI_DATA, EI_OSABI, EI_VERSION, ELFCLASS64, ELFDATA2LSB, ELFMAG, EM_X86_64, ET_DYN, ET_EXEC, EV_CURRENT};
pub use goblin::elf64::dynamic::Dyn;
pub use goblin::elf64::header::Header;
pub use goblin::elf64::program_header::ProgramHeader;
pub use goblin::elf64::reloc::Rela;
pub use goblin::elf64::sym::Sym;
use scroll::ctx::{SizeWith, TryFromCtx};
pub use scroll::Pread;

/// `DT_RELR` and friends (packed relative relocations; not in goblin yet).
pub const DT_RELRSZ: u64 = 35;
pub const DT_RELR: u64 = 36;
pub const DT_RELRENT: u64 = 37;

/// scroll's context for dryad's reads: the ELF64 little-endian records
/// (x86-64 objects are nothing else; `check_header` refuses the rest).
///
/// Every value taken from an object's bytes, in the file or mapped, is read
/// as `bytes.pread_with::<T>(offset, elf::LE)`: scroll checks that
/// `offset..offset + size` lies inside `bytes`, so no read can leave the
/// slice, and none is a pointer cast written by hand. goblin implements
/// scroll's traits for its records only with its `alloc` feature, which
/// needs scroll's derive macros (the `scroll_derive`, `syn`, `quote` and
/// `log` crates, which dryad does not depend on); dryad implements them
/// here instead, for its own context type (the orphan rule allows a
/// foreign trait for a foreign type when a type parameter of the trait is
/// local).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Elf64Le;

/// The context of every read: `bytes.pread_with::<Sym>(off, elf::LE)`.
pub const LE: Elf64Le = Elf64Le;

/// What dryad reads from an object's bytes: a type scroll can read with
/// [`LE`], whose size in the file is known.
pub trait Record: for<'a> TryFromCtx<'a, Elf64Le, Error = scroll::Error> + SizeWith<Elf64Le> {}
impl<T: for<'a> TryFromCtx<'a, Elf64Le, Error = scroll::Error> + SizeWith<Elf64Le>> Record for T {}

/// The records of a table, in order: `bytes` cut into pieces of exactly
/// `T`'s size (a shorter tail is not a record), each read with scroll.
/// Reading a piece of the right size cannot fail (the `Default` is never
/// produced), and since the compiler knows the length of each piece, the
/// checks cost nothing at run time; the iterator's exact length lets
/// `collect` allocate once.
#[inline]
pub fn records<T: Record + Default>(bytes: &[u8]) -> impl ExactSizeIterator<Item = T> + '_ {
    bytes.chunks_exact(T::size_with(&LE)).map(|piece| piece.pread_with(0, LE).unwrap_or_default())
}

/// The `T` at byte `off` of `bytes`, if it lies inside: scroll's read of
/// the sub-slice `off..off + size`. The same as `bytes.pread_with(off, LE)`
/// but with one comparison (scroll checks the offset and then the length
/// left, and the compiler keeps both): for the reads of symbol lookups,
/// which run thousands of times at startup.
#[inline(always)]
pub fn read_at<T: Record>(bytes: &[u8], off: usize) -> Option<T> {
    bytes.get(off..off.checked_add(T::size_with(&LE))?)?.pread_with(0, LE).ok()
}

/// Implements scroll's reading for one ELF64 record: the whole record is
/// taken as one checked sub-slice of exactly its size, then its fields in
/// order (their checks are against a constant length, which the compiler
/// folds away).
macro_rules! record {
    ($t:ty, $size:expr, { $($field:ident: $ft:ty),* $(,)? }) => {
        const _: () = assert!(core::mem::size_of::<$t>() == $size);
        impl<'a> TryFromCtx<'a, Elf64Le> for $t {
            type Error = scroll::Error;
            #[inline(always)]
            fn try_from_ctx(src: &'a [u8], _: Elf64Le) -> Result<(Self, usize), scroll::Error> {
                let b: &[u8] = src.pread_with(0, $size)?;
                let at = &mut 0;
                let v = Self { $($field: b.gread_with::<$ft>(at, scroll::LE)?),* };
                Ok((v, $size))
            }
        }
        impl SizeWith<Elf64Le> for $t {
            #[inline(always)]
            fn size_with(_: &Elf64Le) -> usize {
                $size
            }
        }
    };
}

record!(Header, 64, {
    e_ident: [u8; 16], e_type: u16, e_machine: u16, e_version: u32, e_entry: u64, e_phoff: u64, e_shoff: u64,
    e_flags: u32, e_ehsize: u16, e_phentsize: u16, e_phnum: u16, e_shentsize: u16, e_shnum: u16, e_shstrndx: u16,
});
record!(ProgramHeader, 56, {
    p_type: u32, p_flags: u32, p_offset: u64, p_vaddr: u64, p_paddr: u64, p_filesz: u64, p_memsz: u64, p_align: u64,
});
record!(Dyn, 16, { d_tag: u64, d_val: u64 });
record!(Sym, 24, { st_name: u32, st_info: u8, st_other: u8, st_shndx: u16, st_value: u64, st_size: u64 });
record!(Rela, 24, { r_offset: u64, r_info: u64, r_addend: i64 });

/// The words of hash tables, version tables and address tables.
macro_rules! word {
    ($($t:ty),*) => {$(
        impl<'a> TryFromCtx<'a, Elf64Le> for $t {
            type Error = scroll::Error;
            #[inline(always)]
            fn try_from_ctx(src: &'a [u8], _: Elf64Le) -> Result<(Self, usize), scroll::Error> {
                <$t as TryFromCtx<'a, scroll::Endian>>::try_from_ctx(src, scroll::LE)
            }
        }
        impl SizeWith<Elf64Le> for $t {
            #[inline(always)]
            fn size_with(_: &Elf64Le) -> usize {
                core::mem::size_of::<$t>()
            }
        }
    )*};
}
word!(u16, u32, u64, i32);

/// What is wrong with a file that is not a loadable x86-64 ELF object.
/// The texts are glibc's, so users see the same message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderProblem {
    TooShort,
    NotElf,
    /// Any class but ELFCLASS64 (glibc names them all ELFCLASS32).
    WrongClass32,
    /// Not produced any more (kept for callers that match on it).
    WrongClass,
    NotLittleEndian,
    BadIdentVersion,
    BadOsAbi,
    BadAbiVersion,
    BadVersion,
    WrongMachine,
    NotLoadableType,
    BadPhentsize,
    PhdrsOutOfFile,
    TooManyPhdrs,
}

impl HeaderProblem {
    pub fn message(self) -> &'static str {
        match self {
            HeaderProblem::TooShort => "file too short",
            HeaderProblem::NotElf => "invalid ELF header",
            HeaderProblem::WrongClass32 => "wrong ELF class: ELFCLASS32",
            HeaderProblem::WrongClass => "invalid ELF header",
            HeaderProblem::NotLittleEndian => "ELF file data encoding not little-endian",
            HeaderProblem::BadIdentVersion => "ELF file version ident does not match current one",
            HeaderProblem::BadOsAbi => "ELF file OS ABI invalid",
            HeaderProblem::BadAbiVersion => "ELF file ABI version invalid",
            HeaderProblem::BadVersion => "ELF file version does not match current one",
            HeaderProblem::WrongMachine => "ELF file machine does not match",
            HeaderProblem::NotLoadableType => "only ET_DYN and ET_EXEC can be loaded",
            HeaderProblem::BadPhentsize => "ELF file's phentsize not the expected size",
            HeaderProblem::PhdrsOutOfFile => "ELF load command past end of file",
            HeaderProblem::TooManyPhdrs => "too many program headers",
        }
    }

    /// Problems that make the search try the next directory, as glibc does
    /// for objects of another class or machine.
    pub fn is_mismatch(self) -> bool {
        matches!(self, HeaderProblem::WrongClass32 | HeaderProblem::WrongMachine)
    }
}

/// Checks the ELF header at the start of `bytes` (the first page of a file).
pub fn check_header(bytes: &[u8]) -> Result<Header, HeaderProblem> {
    let Ok(h) = bytes.pread_with::<Header>(0, LE) else {
        return Err(if bytes.len() >= 4 && bytes[..4] != ELFMAG[..] { HeaderProblem::NotElf } else { HeaderProblem::TooShort });
    };
    let id = h.e_ident;
    if id[..4] != ELFMAG[..] {
        return Err(HeaderProblem::NotElf);
    }
    if id[EI_CLASS] != ELFCLASS64 {
        // glibc reports every class but its own as ELFCLASS32 (and skips
        // the candidate): an unknown class byte is "the other class" too.
        return Err(HeaderProblem::WrongClass32);
    }
    if id[EI_DATA] != ELFDATA2LSB {
        return Err(HeaderProblem::NotLittleEndian);
    }
    if id[EI_VERSION] != EV_CURRENT {
        return Err(HeaderProblem::BadIdentVersion);
    }
    // ELFOSABI_SYSV (0) and ELFOSABI_GNU (3) are accepted, like glibc.
    if id[EI_OSABI] != 0 && id[EI_OSABI] != 3 {
        return Err(HeaderProblem::BadOsAbi);
    }
    if id[8] != 0 && !(id[EI_OSABI] == 3 && id[8] <= 1) {
        return Err(HeaderProblem::BadAbiVersion);
    }
    if id[9..16].iter().any(|&b| b != 0) {
        return Err(HeaderProblem::NotElf);
    }
    if h.e_version != EV_CURRENT as u32 {
        return Err(HeaderProblem::BadVersion);
    }
    if h.e_machine != EM_X86_64 {
        return Err(HeaderProblem::WrongMachine);
    }
    if h.e_type != ET_DYN && h.e_type != ET_EXEC {
        return Err(HeaderProblem::NotLoadableType);
    }
    if h.e_phentsize as usize != core::mem::size_of::<ProgramHeader>() {
        return Err(HeaderProblem::BadPhentsize);
    }
    Ok(h)
}

/// A readable range of memory `[start, end)` in this process (one mapped
/// segment of an object), and reads that stay inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub start: usize,
    pub end: usize,
}

impl Region {
    pub fn contains(&self, addr: usize, len: usize) -> bool {
        addr >= self.start && addr.checked_add(len).is_some_and(|e| e <= self.end)
    }
}

/// The readable memory of a mapped object: the PT_LOAD segments, by
/// address. Every pointer taken from the dynamic section is checked here.
#[derive(Clone, Debug, Default)]
pub struct MappedImage {
    pub regions: Vec<Region>,
}

impl MappedImage {
    pub fn contains(&self, addr: usize, len: usize) -> bool {
        self.regions.iter().any(|r| r.contains(addr, len))
    }

    /// A slice of mapped memory, if `[addr, addr+len)` lies inside one segment.
    pub fn slice(&self, addr: usize, len: usize) -> Option<&'static [u8]> {
        if len == 0 {
            return Some(&[]);
        }
        if addr == 0 || !self.contains(addr, len) {
            return None;
        }
        // SAFETY: the range is not null (load.rs never maps page zero) and
        // lies inside a segment that is mapped readable for
        // as long as the object is loaded (objects are never unmapped while
        // their views are in use: dlclose is not supported on startup set).
        Some(unsafe { core::slice::from_raw_parts(addr as *const u8, len) })
    }

    pub fn read<T: Record>(&self, addr: usize) -> Option<T> {
        self.slice(addr, T::size_with(&LE))?.pread_with(0, LE).ok()
    }

    /// The NUL-terminated string at `addr`, which must end before `limit`.
    pub fn cstr(&self, addr: usize, limit: usize) -> Option<&'static [u8]> {
        let region = self.regions.iter().find(|r| r.contains(addr, 1))?;
        let end = limit.min(region.end);
        let bytes = self.slice(addr, end.checked_sub(addr)?)?;
        let n = nul_position(bytes)?;
        Some(&bytes[..n])
    }
}

/// The index of the first NUL in `bytes`, eight bytes at a time (a byte
/// at a time, `position` cost ~4 instructions a byte on the names read at
/// startup: version names, sonames, DT_NEEDED strings).
#[inline]
pub fn nul_position(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while let Some(v) = read_at::<u64>(bytes, i) {
        // Exact for the first zero byte: bytes below it are not zero, so
        // no borrow reaches it.
        let z = v.wrapping_sub(ONES) & !v & HIGHS;
        if z != 0 {
            return Some(i + (z.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| b == 0).map(|n| i + n)
}

/// An address range `[addr, addr + size)` taken from the dynamic section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub addr: usize,
    pub size: usize,
}

/// The dynamic section of one object, read once into a typed summary with
/// absolute (load-bias adjusted) addresses, each checked against the
/// object's mapped segments.
/// DT_AUXILIARY and DT_FILTER (Solaris-style filters, which glibc
/// supports): goblin has no names for them.
const DT_AUXILIARY: u64 = 0x7fff_fffd;
const DT_FILTER: u64 = 0x7fff_ffff;
const DT_DEPAUDIT: u64 = 0x6fff_fefb;
const DT_AUDIT: u64 = 0x6fff_fefc;

#[derive(Clone, Debug, Default)]
pub struct DynamicInfo {
    pub strtab: Table,
    pub symtab: usize,
    pub hash: Option<usize>,
    pub gnu_hash: Option<usize>,
    pub needed: Vec<usize>,
    /// DT_AUXILIARY (true) and DT_FILTER (false) names, in order: the
    /// objects whose definitions go before this one's in lookups.
    pub filtees: Vec<(bool, usize)>,
    pub soname: Option<usize>,
    pub rpath: Option<usize>,
    pub runpath: Option<usize>,
    /// DT_AUDIT and DT_DEPAUDIT (the last of each): audit modules the
    /// program names (glibc reads the program's only).
    pub audit: Option<usize>,
    pub depaudit: Option<usize>,
    pub rela: Table,
    pub relr: Table,
    pub jmprel: Table,
    pub pltgot: Option<usize>,
    pub init: Option<usize>,
    pub fini: Option<usize>,
    pub init_array: Table,
    pub fini_array: Table,
    pub preinit_array: Table,
    pub versym: Option<usize>,
    pub verneed: Option<(usize, usize)>,
    pub verdef: Option<(usize, usize)>,
    pub flags: u64,
    pub flags_1: u64,
    pub textrel: bool,
    pub bind_now: bool,
    pub symbolic: bool,
    /// Address of the `d_val` word of the DT_DEBUG entry (main program).
    pub debug_slot: Option<usize>,
    /// DT_RELACOUNT: how many leading DT_RELA entries are RELATIVE
    /// (only `LD_DEBUG=statistics` reads it, as glibc does).
    pub relacount: usize,
}

impl DynamicInfo {
    /// Reads the dynamic section at `addr` (at most `max` entries) of an
    /// object loaded at `base`. `name` is used in error messages.
    pub fn parse(image: &MappedImage, base: usize, addr: usize, max: usize, name: &[u8]) -> LoadResult<DynamicInfo> {
        let bad = |what: &str| LoadError::new(name, alloc::format!("corrupt dynamic section: {what}"));
        let mut d = DynamicInfo::default();
        let mut relasz = 0usize;
        let mut relaent = 24usize;
        let mut relrent = 8usize;
        let mut pltrel = DT_RELA;
        let (mut init_arraysz, mut fini_arraysz, mut preinit_arraysz) = (0, 0, 0);
        let mut verneednum = 0usize;
        let mut verdefnum = 0usize;
        let mut has_rel = false;
        let abs = |v: u64| base.wrapping_add(v as usize);
        for i in 0..max {
            // `max` comes from PT_DYNAMIC's p_memsz: the section may end
            // without DT_NULL, but never runs past its own segment.
            let at = i
                .checked_mul(core::mem::size_of::<Dyn>())
                .and_then(|off| addr.checked_add(off))
                .ok_or_else(|| bad("entry outside the object"))?;
            let e: Dyn = image.read(at).ok_or_else(|| bad("entry outside the object"))?;
            let v = e.d_val;
            match e.d_tag {
                DT_NULL => break,
                DT_NEEDED => d.needed.push(v as usize),
                DT_AUXILIARY => d.filtees.push((true, v as usize)),
                DT_FILTER => d.filtees.push((false, v as usize)),
                DT_SONAME => d.soname = Some(v as usize),
                DT_RPATH => d.rpath = Some(v as usize),
                DT_RUNPATH => d.runpath = Some(v as usize),
                DT_AUDIT => d.audit = Some(v as usize),
                DT_DEPAUDIT => d.depaudit = Some(v as usize),
                DT_STRTAB => d.strtab.addr = abs(v),
                DT_STRSZ => d.strtab.size = v as usize,
                DT_SYMTAB => d.symtab = abs(v),
                DT_SYMENT if v != 24 => return Err(bad("DT_SYMENT is not 24")),
                DT_HASH => d.hash = Some(abs(v)),
                DT_GNU_HASH => d.gnu_hash = Some(abs(v)),
                DT_RELA => d.rela.addr = abs(v),
                DT_RELASZ => relasz = v as usize,
                DT_RELAENT => relaent = v as usize,
                DT_REL | DT_RELSZ => has_rel = true,
                DT_RELR => d.relr.addr = abs(v),
                DT_RELRSZ => d.relr.size = v as usize,
                DT_RELRENT => relrent = v as usize,
                DT_JMPREL => d.jmprel.addr = abs(v),
                DT_PLTRELSZ => d.jmprel.size = v as usize,
                DT_PLTREL => pltrel = v,
                DT_PLTGOT => d.pltgot = Some(abs(v)),
                DT_INIT => d.init = Some(abs(v)),
                DT_FINI => d.fini = Some(abs(v)),
                DT_INIT_ARRAY => d.init_array.addr = abs(v),
                DT_INIT_ARRAYSZ => init_arraysz = v as usize,
                DT_FINI_ARRAY => d.fini_array.addr = abs(v),
                DT_FINI_ARRAYSZ => fini_arraysz = v as usize,
                DT_PREINIT_ARRAY => d.preinit_array.addr = abs(v),
                DT_PREINIT_ARRAYSZ => preinit_arraysz = v as usize,
                DT_VERSYM => d.versym = Some(abs(v)),
                DT_VERNEED => d.verneed = Some((abs(v), 0)),
                DT_VERNEEDNUM => verneednum = v as usize,
                DT_VERDEF => d.verdef = Some((abs(v), 0)),
                DT_VERDEFNUM => verdefnum = v as usize,
                DT_FLAGS => d.flags = v,
                DT_FLAGS_1 => d.flags_1 = v,
                DT_TEXTREL => d.textrel = true,
                DT_BIND_NOW => d.bind_now = true,
                DT_SYMBOLIC => d.symbolic = true,
                DT_DEBUG => d.debug_slot = Some(at + 8),
                DT_RELACOUNT => d.relacount = v as usize,
                _ => {}
            }
        }
        if has_rel {
            return Err(bad("DT_REL relocations are not used on x86-64"));
        }
        if d.jmprel.size != 0 && pltrel != DT_RELA {
            return Err(bad("DT_PLTREL is not DT_RELA"));
        }
        if relaent != 24 || relrent != 8 {
            return Err(bad("unexpected relocation entry size"));
        }
        d.rela.size = relasz;
        d.init_array.size = init_arraysz;
        d.fini_array.size = fini_arraysz;
        d.preinit_array.size = preinit_arraysz;
        if let Some((a, _)) = d.verneed {
            d.verneed = Some((a, verneednum));
        }
        if let Some((a, _)) = d.verdef {
            d.verdef = Some((a, verdefnum));
        }
        d.textrel |= d.flags & DF_TEXTREL != 0;
        d.bind_now |= d.flags & DF_BIND_NOW != 0 || d.flags_1 & DF_1_NOW != 0;
        d.symbolic |= d.flags & DF_SYMBOLIC != 0;

        // Every table we will read must lie inside the mapped object.
        let check = |t: Table, what: &str| -> LoadResult<()> {
            if t.size != 0 && !image.contains(t.addr, t.size) {
                return Err(bad(what));
            }
            Ok(())
        };
        if d.strtab.addr == 0 || d.strtab.size == 0 || !image.contains(d.strtab.addr, 1) {
            return Err(bad("DT_STRTAB/DT_STRSZ outside the object"));
        }
        if !image.contains(d.strtab.addr, d.strtab.size) {
            // glibc never reads DT_STRSZ; an oversized one is cut back to
            // the segment the table starts in, so every string read stays
            // inside the object.
            let end = image.regions.iter().find(|r| r.contains(d.strtab.addr, 1)).map_or(d.strtab.addr, |r| r.end);
            d.strtab.size = end - d.strtab.addr;
        }
        if d.symtab != 0 && !image.contains(d.symtab, core::mem::size_of::<Sym>()) {
            return Err(bad("DT_SYMTAB outside the object"));
        }
        check(d.rela, "DT_RELA outside the object")?;
        check(d.relr, "DT_RELR outside the object")?;
        check(d.jmprel, "DT_JMPREL outside the object")?;
        check(d.init_array, "DT_INIT_ARRAY outside the object")?;
        check(d.fini_array, "DT_FINI_ARRAY outside the object")?;
        check(d.preinit_array, "DT_PREINIT_ARRAY outside the object")?;
        for &off in d.needed.iter().chain(d.filtees.iter().map(|(_, o)| o)).chain(d.soname.iter()).chain(d.rpath.iter()).chain(d.runpath.iter()).chain(d.audit.iter()).chain(d.depaudit.iter()) {
            if off >= d.strtab.size {
                return Err(bad("string offset past DT_STRSZ"));
            }
        }
        Ok(d)
    }

    /// The NUL-terminated string at `off` in the dynamic string table.
    pub fn string(&self, image: &MappedImage, off: usize) -> Option<&'static [u8]> {
        if off >= self.strtab.size {
            return None;
        }
        let end = self.strtab.addr.checked_add(self.strtab.size)?;
        image.cstr(self.strtab.addr.checked_add(off)?, end)
    }
}

/// The SysV ELF hash (DT_HASH, and `vd_hash`/`vna_hash` of versions).
pub fn elf_hash(name: &[u8]) -> u32 {
    let mut h: u32 = 0;
    for &c in name {
        h = (h << 4).wrapping_add(c as u32);
        let g = h & 0xf000_0000;
        if g != 0 {
            h ^= g >> 24;
        }
        h &= !g;
    }
    h
}

/// The GNU hash (DT_GNU_HASH): Bernstein's djb2 with seed 5381.
pub fn gnu_hash(name: &[u8]) -> u32 {
    name.iter().fold(5381u32, |h, &c| h.wrapping_mul(33).wrapping_add(c as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_known_values() {
        // Values from the ELF gABI and the GNU hash write-ups.
        assert_eq!(elf_hash(b""), 0);
        assert_eq!(elf_hash(b"printf"), 0x077905a6);
        assert_eq!(elf_hash(b"GLIBC_2.2.5"), 0x09691a75);
        assert_eq!(gnu_hash(b""), 0x00001505);
        assert_eq!(gnu_hash(b"printf"), 0x156b2bb8);
        assert_eq!(gnu_hash(b"exit"), 0x7c967e3f);
    }

    #[test]
    fn header_checks() {
        assert_eq!(check_header(&[]), Err(HeaderProblem::TooShort));
        assert_eq!(check_header(b"#!/bin/sh\n"), Err(HeaderProblem::NotElf));
        let me = std::fs::read("/bin/true").unwrap();
        let h = check_header(&me).unwrap();
        assert_eq!(h.e_machine, EM_X86_64);
        let mut c32 = me.clone();
        c32[EI_CLASS] = goblin::elf::header::ELFCLASS32;
        assert_eq!(check_header(&c32), Err(HeaderProblem::WrongClass32));
        // glibc calls every foreign class ELFCLASS32.
        c32[EI_CLASS] = 7;
        assert_eq!(check_header(&c32), Err(HeaderProblem::WrongClass32));
        let mut arm = me.clone();
        arm[18] = 183; // EM_AARCH64
        assert_eq!(check_header(&arm), Err(HeaderProblem::WrongMachine));
        let mut rel = me.clone();
        rel[16] = 1; // ET_REL
        assert_eq!(check_header(&rel), Err(HeaderProblem::NotLoadableType));
        assert_eq!(check_header(&me[..40]), Err(HeaderProblem::TooShort));
    }

    /// Each record's fields are read from their `#[repr(C)]` offsets (the
    /// file layout), whatever order `record!` lists them in.
    #[test]
    fn records_read_fields_at_their_offsets() {
        let bytes: Vec<u8> = (0..64u8).map(|b| b.wrapping_mul(37) ^ 0x5a).collect();
        let le = |off: usize, n: usize| bytes[off..off + n].iter().rev().fold(0u64, |v, &b| v << 8 | b as u64);
        macro_rules! check {
            ($t:ty, $($f:ident),*) => {{
                let v: $t = bytes.pread_with(0, LE).unwrap();
                $(assert_eq!(v.$f as u64, le(core::mem::offset_of!($t, $f), core::mem::size_of_val(&v.$f)), "{}", stringify!($t.$f));)*
                assert!(bytes[..core::mem::size_of::<$t>() - 1].pread_with::<$t>(0, LE).is_err(), "{} one byte short", stringify!($t));
            }};
        }
        check!(Header, e_type, e_machine, e_version, e_entry, e_phoff, e_shoff, e_flags, e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx);
        let h: Header = bytes.pread_with(0, LE).unwrap();
        assert_eq!(h.e_ident[..], bytes[..16]);
        check!(ProgramHeader, p_type, p_flags, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align);
        check!(Dyn, d_tag, d_val);
        check!(Sym, st_name, st_info, st_other, st_shndx, st_value, st_size);
        check!(Rela, r_offset, r_info, r_addend);
        assert!(bytes.pread_with::<u64>(57, LE).is_err());
        assert!(bytes.pread_with::<u32>(usize::MAX, LE).is_err());
        assert_eq!(bytes.pread_with::<u16>(62, LE).unwrap(), le(62, 2) as u16);
    }

    #[test]
    fn regions_reject_outside_reads() {
        let data = [1u8, 2, 3, 0, 5, 6, 7, 8];
        let start = data.as_ptr() as usize;
        let image = MappedImage { regions: alloc::vec![Region { start, end: start + 8 }] };
        assert_eq!(image.cstr(start, start + 8), Some(&data[..3]));
        assert_eq!(image.cstr(start + 4, start + 8), None, "no NUL before the end");
        assert!(image.slice(start + 7, 2).is_none());
        assert!(image.slice(usize::MAX - 1, 4).is_none());
        assert_eq!(image.read::<u32>(start + 4), Some(u32::from_le_bytes([5, 6, 7, 8])));
    }

    #[test]
    fn nul_position_is_the_first_nul() {
        for len in 0..40usize {
            for nul in 0..=len {
                let mut v: Vec<u8> = (0..len).map(|i| 0x80 | (i as u8 * 37) | 1).collect();
                if nul < len {
                    v[nul] = 0;
                    if nul + 1 < len {
                        v[nul + 1] = 0;
                    }
                }
                let want = v.iter().position(|&b| b == 0);
                assert_eq!(super::nul_position(&v), want, "len {len} nul {nul}");
            }
        }
        assert_eq!(super::nul_position(&[1, 0x80, 0, 0x01, 0, 0, 0, 0, 0]), Some(2));
    }
}
