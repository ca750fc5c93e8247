//! Symbol tables, hash tables and symbol versions of one loaded object.
//!
//! `DT_SYMTAB` has no size, so the number of symbols is derived from a hash
//! table (SysV: `nchain`; GNU: the end of the longest chain), and every
//! bucket, chain and string is bounds-checked against the mapped image
//! when the table is built, so lookups cannot read outside the object.

use crate::elf::{elf_hash, gnu_hash, read_at, records, DynamicInfo, MappedImage, Sym};
use crate::error::{LoadError, LoadResult};
use alloc::format;
use alloc::vec::Vec;

/// A symbol name with both of its hashes, computed once per lookup.
#[derive(Clone, Copy, Debug)]
pub struct SymbolName<'a> {
    pub name: &'a [u8],
    pub gnu: u32,
    elf: Option<u32>,
}

impl<'a> SymbolName<'a> {
    pub fn new(name: &'a [u8]) -> Self {
        SymbolName { name, gnu: gnu_hash(name), elf: None }
    }
    /// A name whose GNU hash is already known.
    pub fn with_gnu_hash(name: &'a [u8], gnu: u32) -> Self {
        SymbolName { name, gnu, elf: None }
    }
    fn elf(&self) -> u32 {
        self.elf.unwrap_or_else(|| elf_hash(self.name))
    }
}

/// The tables are kept as slices of mapped memory whose extent was
/// checked once, when the object was loaded: lookups then index them
/// (still bounds-checked, but without searching the object's segments for
/// every word).
#[derive(Clone, Debug)]
struct GnuHash {
    symoffset: usize,
    bloom_words: usize,
    bloom_shift: u32,
    bloom: &'static [u8],
    nbuckets: usize,
    buckets: &'static [u8],
    /// Chain words for symbols `symoffset..` up to the end of the longest
    /// chain.
    chain: &'static [u8],
}

impl GnuHash {
    /// The Bloom filter's answer for GNU hash `h`: false if no symbol of
    /// the object can have it (and for a table without buckets, which
    /// exports nothing).
    #[inline(always)]
    fn may_define(&self, h: u32) -> bool {
        if self.nbuckets == 0 {
            return false;
        }
        let h = h as usize;
        let Some(word) = read_at::<u64>(self.bloom, ((h / 64) & (self.bloom_words - 1)) * 8) else { return false };
        let mask = (1u64 << (h % 64)) | (1u64 << ((h as u64).wrapping_shr(self.bloom_shift) % 64));
        word & mask == mask
    }
}

#[derive(Clone, Debug)]
struct SysvHash {
    nbucket: usize,
    buckets: &'static [u8],
    chains: &'static [u8],
}

/// Powers of 33, the GNU hash's multiplier: `h * 33^8 + c0 * 33^7 + ...
/// + c7` is eight steps of `h = h * 33 + c` at once.
const P: [u32; 9] = {
    let mut p = [1u32; 9];
    let mut k = 1;
    while k < 9 {
        p[k] = p[k - 1].wrapping_mul(33);
        k += 1;
    }
    p
};

/// The NUL-terminated string at the start of `bytes` and its GNU hash
/// (None: no NUL). The same value as [`gnu_hash`] of the string.
pub fn name_and_gnu_hash(bytes: &[u8]) -> Option<(&[u8], u32)> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut h = 5381u32;
    let mut i = 0;
    while let Some(v) = read_at::<u64>(bytes, i) {
        if v.wrapping_sub(ONES) & !v & HIGHS != 0 {
            // A zero byte among these eight.
            break;
        }
        let c = |k: usize| (v >> (8 * k)) as u8 as u32;
        h = h
            .wrapping_mul(P[8])
            .wrapping_add(c(0).wrapping_mul(P[7]))
            .wrapping_add(c(1).wrapping_mul(P[6]))
            .wrapping_add(c(2).wrapping_mul(P[5]))
            .wrapping_add(c(3).wrapping_mul(P[4]))
            .wrapping_add(c(4).wrapping_mul(P[3]))
            .wrapping_add(c(5).wrapping_mul(P[2]))
            .wrapping_add(c(6).wrapping_mul(P[1]))
            .wrapping_add(c(7));
        i += 8;
    }
    for (n, &c) in bytes[i..].iter().enumerate() {
        if c == 0 {
            return Some((&bytes[..i + n], h));
        }
        h = h.wrapping_mul(33).wrapping_add(c as u32);
    }
    None
}

fn u32_at(table: &[u8], index: usize) -> Option<u32> {
    read_at(table, index.checked_mul(4)?)
}

/// One version definition or requirement (glibc's `r_found_version`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Version {
    pub name: &'static [u8],
    pub hash: u32,
    /// Bit 15 of the version index: not the default version.
    pub hidden: bool,
    /// For a requirement: the file named in its `Verneed` entry.
    pub file: Option<&'static [u8]>,
    /// For a requirement: VER_FLG_WEAK (a missing version is not fatal).
    pub weak: bool,
}

/// The dynamic symbol table of one object.
#[derive(Clone, Debug, Default)]
pub struct SymbolTable {
    symtab: usize,
    pub count: usize,
    /// `count` symbol entries.
    syms: &'static [u8],
    /// The whole string table (DT_STRSZ bytes).
    strs: &'static [u8],
    gnu: Option<GnuHash>,
    sysv: Option<SysvHash>,
    /// `count` version indices, if the object has DT_VERSYM.
    versym: Option<&'static [u8]>,
    /// Version index -> version (definitions and requirements share the
    /// index space); index 0 and 1 are "local" and "global" (no version).
    pub versions: Vec<Option<Version>>,
    /// The indices of the required versions in DT_VERNEED order (file by
    /// file, each file's in order), as glibc checks and reports them.
    pub needed_order: Vec<u16>,
}

fn word<T: crate::elf::Record>(image: &MappedImage, addr: usize, what: &str, name: &[u8]) -> LoadResult<T> {
    image.read(addr).ok_or_else(|| LoadError::new(name, format!("corrupt {what}: outside the object")))
}

impl SymbolTable {
    pub fn new(image: &MappedImage, d: &DynamicInfo, name: &[u8]) -> LoadResult<SymbolTable> {
        let mut t = SymbolTable {
            symtab: d.symtab,
            strs: image.slice(d.strtab.addr, d.strtab.size).unwrap_or(&[]),
            ..Default::default()
        };
        if d.symtab == 0 {
            return Ok(t);
        }
        let outside = |what: &str| LoadError::new(name, format!("corrupt {what}: outside the object"));
        if let Some(h) = d.gnu_hash {
            let field = |k: usize| -> LoadResult<usize> {
                let at = h.checked_add(k * 4).ok_or_else(|| outside("GNU hash table"))?;
                Ok(word::<u32>(image, at, "GNU hash table", name)? as usize)
            };
            let nbuckets = field(0)?;
            let symoffset = field(1)?;
            let bloom_words = field(2)?;
            // Any shift is accepted: the lookup shifts a 64-bit word by it
            // modulo 64, as glibc's code does on x86-64.
            let bloom_shift = field(3)? as u32;
            if bloom_words == 0 || !bloom_words.is_power_of_two() {
                // glibc asserts (power of two) or reads wild memory (zero).
                return Err(LoadError::new(name, "corrupt GNU hash table: bad header"));
            }
            let bloom = h.checked_add(16).ok_or_else(|| outside("GNU hash table"))?;
            // u32 counts: these products cannot overflow a usize.
            if !image.contains(bloom, bloom_words * 8 + nbuckets * 4) {
                return Err(LoadError::new(name, "corrupt GNU hash table: buckets outside the object"));
            }
            let buckets = bloom + bloom_words * 8;
            let chain = buckets + nbuckets * 4;
            let bloom_slice = image.slice(bloom, bloom_words * 8).ok_or_else(|| outside("GNU hash table"))?;
            let bucket_slice = image.slice(buckets, nbuckets * 4).ok_or_else(|| outside("GNU hash table"))?;
            // nbuckets == 0: glibc skips the object in every lookup (it
            // exports nothing); so does `find`.
            //
            // The symbol count is one past the last symbol of the longest
            // chain; the chain with the highest start ends last.
            //
            // One branch-free pass the compiler vectorises (libc has 1009
            // buckets: ~25 instructions a bucket through scroll's checked
            // reads, 20K of /bin/true's startup): the highest start, and
            // whether any non-empty bucket starts before symoffset
            // (`b - 1 < symoffset - 1` in wrapping arithmetic is `b != 0
            // && b < symoffset`; with symoffset 0 no bucket can).
            let below = if symoffset == 0 { 0 } else { symoffset as u32 - 1 };
            let (mut max_start, mut bad) = (0u32, false);
            for b in records::<u32>(bucket_slice) {
                bad |= b.wrapping_sub(1) < below;
                max_start = max_start.max(b);
            }
            if bad {
                return Err(LoadError::new(name, "corrupt GNU hash table: bucket before symoffset"));
            }
            let max_start = max_start as usize;
            let mut count = 0;
            if max_start != 0 {
                let chain_past = || LoadError::new(name, "corrupt GNU hash table: chain past the table");
                let mut i = max_start;
                loop {
                    let slot = (i - symoffset).checked_mul(4).and_then(|o| chain.checked_add(o)).ok_or_else(chain_past)?;
                    let v = image.read::<u32>(slot).ok_or_else(chain_past)?;
                    i += 1;
                    if v & 1 != 0 {
                        break;
                    }
                }
                count = i;
            }
            // The walk above checked every chain word up to `count`.
            let chain_slice = if count > symoffset { image.slice(chain, (count - symoffset) * 4).ok_or_else(|| outside("GNU hash table"))? } else { &[] };
            t.gnu = Some(GnuHash {
                symoffset,
                bloom_words,
                bloom_shift,
                bloom: bloom_slice,
                nbuckets,
                buckets: bucket_slice,
                chain: chain_slice,
            });
            t.count = count;
        }
        if let Some(h) = d.hash {
            let nbucket = word::<u32>(image, h, "hash table", name)? as usize;
            let at4 = h.checked_add(4).ok_or_else(|| outside("hash table"))?;
            let nchain = word::<u32>(image, at4, "hash table", name)? as usize;
            let buckets = h.checked_add(8).ok_or_else(|| outside("hash table"))?;
            // nbucket == 0 is an object with no symbols to look up (glibc
            // skips it); the chain array still gives the symbol count.
            if !image.contains(buckets, (nbucket + nchain) * 4) {
                return Err(LoadError::new(name, "corrupt hash table: outside the object"));
            }
            t.sysv = Some(SysvHash {
                nbucket,
                buckets: image.slice(buckets, nbucket * 4).ok_or_else(|| outside("hash table"))?,
                chains: image.slice(buckets + nbucket * 4, nchain * 4).ok_or_else(|| outside("hash table"))?,
            });
            // Both tables: nchain is the size of the symbol table.
            t.count = t.count.max(nchain);
        }
        if t.gnu.is_none() && t.sysv.is_none() {
            return Err(LoadError::new(name, "object has neither DT_HASH nor DT_GNU_HASH"));
        }
        if t.sysv.is_none() {
            // A GNU hash table covers only the exported symbols; imports sit
            // before `symoffset` without a count (an executable importing
            // one function can have symoffset 1 and a symbol 1). Bound the
            // table by where the next dynamic table starts, or where its
            // segment ends.
            let next = [
                Some(d.strtab.addr),
                d.versym,
                d.gnu_hash,
                d.hash,
                Some(d.rela.addr),
                Some(d.jmprel.addr),
                Some(d.relr.addr),
                d.verneed.map(|v| v.0),
                d.verdef.map(|v| v.0),
            ]
            .into_iter()
            .flatten()
            .filter(|&a| a > d.symtab)
            .min();
            let region_end = image.regions.iter().find(|r| r.contains(d.symtab, 1)).map_or(d.symtab, |r| r.end);
            let end = next.map_or(region_end, |n| n.min(region_end));
            t.count = t.count.max((end - d.symtab) / core::mem::size_of::<Sym>());
        }
        let symtab_bytes = t.count.checked_mul(core::mem::size_of::<Sym>()).ok_or_else(|| outside("symbol table"))?;
        if t.count > 0 && !image.contains(d.symtab, symtab_bytes) {
            return Err(LoadError::new(name, "corrupt symbol table: outside the object"));
        }
        t.syms = image.slice(d.symtab, symtab_bytes).unwrap_or(&[]);
        if let Some(v) = d.versym {
            if t.count > 0 && !image.contains(v, t.count * 2) {
                return Err(LoadError::new(name, "corrupt DT_VERSYM: outside the object"));
            }
            t.versym = Some(image.slice(v, t.count * 2).unwrap_or(&[]));
        }
        (t.versions, t.needed_order) = read_versions(image, d, name)?;
        Ok(t)
    }

    pub fn sym(&self, _image: &MappedImage, index: usize) -> Option<Sym> {
        read_at(self.syms, index.checked_mul(core::mem::size_of::<Sym>())?)
    }

    /// Run-time address of symbol `index`'s entry (glibc hands out
    /// `const ElfW(Sym) *` pointers into the table).
    pub fn sym_addr(&self, index: usize) -> usize {
        self.symtab + index * core::mem::size_of::<Sym>()
    }

    pub fn name(&self, _image: &MappedImage, sym: &Sym) -> Option<&'static [u8]> {
        let rest = self.strs.get(sym.st_name as usize..)?;
        let n = crate::elf::nul_position(rest)?;
        Some(&rest[..n])
    }

    /// `sym`'s name and its GNU hash, found in one pass over the string,
    /// eight bytes at a time while none of them is the NUL.
    pub fn name_and_hash(&self, sym: &Sym) -> Option<(&'static [u8], u32)> {
        let rest = self.strs.get(sym.st_name as usize..)?;
        name_and_gnu_hash(rest)
    }

    /// Whether `sym`'s name is `name` (compared in place: no scan for the
    /// end of a name that already differs).
    pub fn name_is(&self, sym: &Sym, name: &[u8]) -> bool {
        let off = sym.st_name as usize;
        self.strs.get(off..off.saturating_add(name.len())) == Some(name) && self.strs.get(off + name.len()) == Some(&0)
    }

    /// The version index of symbol `index` (bit 15 = hidden), if the object
    /// has version information.
    pub fn version_index(&self, _image: &MappedImage, index: usize) -> Option<u16> {
        let v = self.versym?;
        read_at(v, index.checked_mul(2)?)
    }

    pub fn version(&self, index: u16) -> Option<&Version> {
        self.versions.get((index & 0x7fff) as usize)?.as_ref()
    }

    pub fn has_versions(&self) -> bool {
        self.versym.is_some()
    }

    /// Whether the object defines versions (has DT_VERDEF entries).
    pub fn has_version_definitions(&self) -> bool {
        self.versions.iter().flatten().any(|v| v.file.is_none())
    }

    /// The indices of the symbols a lookup can reach through the object's
    /// hash table ([`SymbolTable::find`] looks nowhere else): with a GNU
    /// hash table those from `symoffset` on, otherwise all but symbol 0.
    pub fn exported_range(&self) -> core::ops::Range<usize> {
        match (&self.gnu, &self.sysv) {
            (Some(g), _) if g.nbuckets == 0 => 0..0,
            (Some(g), _) => g.symoffset.min(self.count)..self.count,
            (None, Some(s)) if s.nbucket != 0 => 1.min(self.count)..self.count,
            _ => 0..0,
        }
    }

    /// The symbols of [`SymbolTable::exported_range`], each with its GNU
    /// hash as the hash table keeps it (bit 0 not part of it) when the
    /// object has a GNU hash table.
    pub fn exported(&self) -> impl Iterator<Item = (usize, Option<u32>)> + '_ {
        let gnu = self.gnu.as_ref();
        self.exported_range().map(move |i| (i, gnu.and_then(|g| u32_at(g.chain, i - g.symoffset))))
    }

    /// False if [`SymbolTable::find`] certainly finds no symbol named
    /// `name` (the GNU hash table's Bloom filter says so): a scope walk
    /// passes over most objects on this test alone, without the call.
    #[inline(always)]
    pub fn may_define(&self, name: &SymbolName) -> bool {
        match &self.gnu {
            Some(g) => g.may_define(name.gnu),
            None => true,
        }
    }

    /// Calls `f(index, sym)` for each symbol whose name is `name`, in hash
    /// chain order, until `f` returns `Some`.
    pub fn find<R>(&self, image: &MappedImage, name: &SymbolName, mut f: impl FnMut(usize, Sym) -> Option<R>) -> Option<R> {
        let mut check = |i: usize| -> Option<R> {
            let sym = self.sym(image, i)?;
            if self.name_is(&sym, name.name) {
                return f(i, sym);
            }
            None
        };
        if let Some(g) = &self.gnu {
            if !g.may_define(name.gnu) {
                return None;
            }
            let h = name.gnu as usize;
            let mut i = u32_at(g.buckets, h % g.nbuckets)? as usize;
            if i == 0 {
                return None;
            }
            while i < self.count {
                let ch = u32_at(g.chain, i.checked_sub(g.symoffset)?)?;
                if (ch | 1) == (name.gnu | 1) {
                    if let Some(r) = check(i) {
                        return Some(r);
                    }
                }
                if ch & 1 != 0 {
                    break;
                }
                i += 1;
            }
            return None;
        }
        if let Some(s) = self.sysv.as_ref().filter(|s| s.nbucket != 0) {
            let mut i = u32_at(s.buckets, name.elf() as usize % s.nbucket)? as usize;
            let mut steps = 0;
            while i != 0 && i < self.count && steps <= self.count {
                if let Some(r) = check(i) {
                    return Some(r);
                }
                i = u32_at(s.chains, i)? as usize;
                steps += 1;
            }
        }
        None
    }
}

const VER_FLG_BASE: u16 = 1;

/// A version entry at `at`: `view` is its segment's bytes from `at` on.
struct Entry<'a> {
    image: &'a MappedImage,
    at: usize,
    view: &'static [u8],
}

impl Entry<'_> {
    /// The `T` at `at + off`, if that neither overflows nor leaves the
    /// object.
    #[inline]
    fn get<T: crate::elf::Record>(&self, off: usize) -> Option<T> {
        read_at(self.view, off).or_else(|| self.image.read(self.at.checked_add(off)?))
    }
}

/// Builds the version-index table from DT_VERDEF and DT_VERNEED, as glibc's
/// `_dl_check_map_versions` does (base definitions are left out: they carry
/// no version for symbol matching).
fn read_versions(image: &MappedImage, d: &DynamicInfo, name: &[u8]) -> LoadResult<(Vec<Option<Version>>, Vec<u16>)> {
    let mut out: Vec<Option<Version>> = Vec::new();
    let mut order: Vec<u16> = Vec::new();
    let bad = |what: &str| LoadError::new(name, format!("corrupt version table: {what}"));
    let put = |out: &mut Vec<Option<Version>>, idx: usize, v: Version| {
        if out.len() <= idx {
            out.resize(idx + 1, None);
        }
        out[idx] = Some(v);
    };
    // The names through the string table's slice when it is all mapped
    // (the object's symbol names are read the same way); otherwise, and
    // for a name not found there, as any dynamic string.
    let strs = image.slice(d.strtab.addr, d.strtab.size).unwrap_or(&[]);
    let string = |off: u32| {
        let fast = strs.get(off as usize..).and_then(|rest| Some(&rest[..crate::elf::nul_position(rest)?]));
        fast.or_else(|| d.string(image, off as usize))
    };
    // The entries' fields through the slice of the segment they start in
    // (one search of the segments per entry, not per field); a field that
    // is not inside it is read as before, from whichever segment holds it.
    let entry = |at: usize| Entry { image, at, view: image.regions.iter().find(|r| r.contains(at, 1)).and_then(|r| image.slice(at, r.end - at)).unwrap_or(&[]) };
    if let Some((mut at, num)) = d.verdef {
        for _ in 0..num {
            let e = entry(at);
            let flags: u16 = e.get(2).ok_or_else(|| bad("DT_VERDEF"))?;
            let ndx: u16 = e.get(4).ok_or_else(|| bad("DT_VERDEF"))?;
            let hash: u32 = e.get(8).ok_or_else(|| bad("DT_VERDEF"))?;
            let aux: u32 = e.get(12).ok_or_else(|| bad("DT_VERDEF"))?;
            let next: u32 = e.get(16).ok_or_else(|| bad("DT_VERDEF"))?;
            let vda_name: u32 = e.get(aux as usize).ok_or_else(|| bad("DT_VERDEF aux"))?;
            let vname = string(vda_name).ok_or_else(|| bad("version name"))?;
            if flags & VER_FLG_BASE == 0 {
                put(&mut out, (ndx & 0x7fff) as usize, Version { name: vname, hash, hidden: false, file: None, weak: false });
            }
            if next == 0 {
                break;
            }
            at = at.checked_add(next as usize).ok_or_else(|| bad("DT_VERDEF"))?;
        }
    }
    if let Some((mut at, num)) = d.verneed {
        for _ in 0..num {
            let e = entry(at);
            let cnt: u16 = e.get(2).ok_or_else(|| bad("DT_VERNEED"))?;
            let file: u32 = e.get(4).ok_or_else(|| bad("DT_VERNEED"))?;
            let aux: u32 = e.get(8).ok_or_else(|| bad("DT_VERNEED"))?;
            let next: u32 = e.get(12).ok_or_else(|| bad("DT_VERNEED"))?;
            let fname = string(file).ok_or_else(|| bad("file name"))?;
            let mut a = at.checked_add(aux as usize).ok_or_else(|| bad("DT_VERNEED"))?;
            for _ in 0..cnt {
                let e = entry(a);
                let hash: u32 = e.get(0).ok_or_else(|| bad("Vernaux"))?;
                let flags: u16 = e.get(4).ok_or_else(|| bad("Vernaux"))?;
                let other: u16 = e.get(6).ok_or_else(|| bad("Vernaux"))?;
                let vname: u32 = e.get(8).ok_or_else(|| bad("Vernaux"))?;
                let vnext: u32 = e.get(12).ok_or_else(|| bad("Vernaux"))?;
                let vname = string(vname).ok_or_else(|| bad("version name"))?;
                put(&mut out, (other & 0x7fff) as usize, Version { name: vname, hash, hidden: other & 0x8000 != 0, file: Some(fname), weak: flags & 2 != 0 });
                order.push(other & 0x7fff);
                if vnext == 0 {
                    break;
                }
                a = a.checked_add(vnext as usize).ok_or_else(|| bad("Vernaux"))?;
            }
            if next == 0 {
                break;
            }
            at = at.checked_add(next as usize).ok_or_else(|| bad("DT_VERNEED"))?;
        }
    }
    if out.len() > 0x8000 {
        return Err(bad("too many versions"));
    }
    Ok((out, order))
}

#[cfg(test)]
mod hash_tests {
    use super::name_and_gnu_hash;
    use crate::elf::gnu_hash;

    #[test]
    fn eight_at_a_time_is_the_gnu_hash() {
        let names: [&[u8]; 7] = [b"", b"a", b"printf", b"_ZNSt6vectorIiSaIiEE9push_backERKi", b"exactly8", b"exactly8exactly8", b"sixteen_chars_ab_and_more"];
        for n in names {
            let mut s = n.to_vec();
            s.push(0);
            s.extend_from_slice(b"trailing junk after the NUL");
            assert_eq!(name_and_gnu_hash(&s), Some((n, gnu_hash(n))), "{:?}", core::str::from_utf8(n));
        }
        assert_eq!(name_and_gnu_hash(b"no terminator here"), None);
        // Bytes >= 0x80 (the zero-byte test must not take them for NULs).
        let high = [0x80u8, 0xff, 0x81, 0xfe, 0x90, 0xa0, 0xb0, 0xc0, 0xd0, 0];
        assert_eq!(name_and_gnu_hash(&high), Some((&high[..9], gnu_hash(&high[..9]))));
    }
}
