//! Reader for `/etc/ld.so.cache`, following glibc 2.36's dynamic loader
//! (`_dl_load_cache_lookup` / `search_cache` in `elf/dl-cache.c`, the file
//! layout in `sysdeps/generic/dl-cache.h`, and the x86-64 specifics in
//! `sysdeps/unix/sysv/linux/x86_64/dl-cache.h`, `sysdeps/x86/dl-isa-level.h`,
//! `sysdeps/x86/dl-procinfo.h`, `sysdeps/x86/cpu-features.c`, `elf/dl-hwcaps.c`).
//!
//! This is an independent Rust implementation written from reading those
//! sources; no glibc code is copied.
//!
//! # Formats
//! * new format: the file starts with `"glibc-ld.so.cache1.1"`;
//! * old format: the file starts with `"ld.so-1.7.0"`; if a new-format header
//!   follows the old entry table (8-byte aligned), the new one is used.
//!
//! The cache is read as little-endian (x86-64 only). A new-format header whose
//! endianness flag is set and is not "little" makes the whole cache unusable,
//! as in glibc.
//!
//! # Lookup
//! glibc's binary search is reproduced step by step, including its name
//! ordering (`_dl_cache_libcmp`: runs of digits compare numerically; the cache
//! is sorted in *descending* order of that comparison), the walk back to the
//! first entry with the requested name, and the forward scan over the equal
//! names. Within that scan an entry is only usable if its flags are exactly
//! `FLAG_ELF_LIBC6 | FLAG_X8664_LIB64` (0x0303) and its path offset is valid.
//! For new-format entries, the `hwcap` field is then checked:
//!
//! * glibc-hwcaps entries (`hwcap` upper half = bit 62 plus an ISA level in
//!   bits 32..41) must have an ISA level the CPU supports, and their
//!   subdirectory (index into the `glibc-hwcaps` extension section, an array of
//!   string offsets) must be among the active subdirectories; the one with the
//!   best priority wins. ldconfig puts these entries before the plain entries,
//!   and the scan stops at the first plain entry once a hwcaps entry matched.
//! * other entries are skipped when their `hwcap` has a bit outside
//!   `(dl_hwcap & hwcap_mask) | platform bits (48..51) | bit 63`, or when they
//!   carry platform bits (48..51) that differ from the platform's own bit; the
//!   first remaining one is returned.
//!
//! All offsets and counts are untrusted: every access is bounds-checked, and a
//! malformed cache yields `None` rather than a panic. Strings must be
//! NUL-terminated inside the buffer, otherwise the offset is treated as
//! invalid (glibc would read past the end of the mapping).

use alloc::vec::Vec;
use scroll::Pread;

const OLD_MAGIC: &[u8] = b"ld.so-1.7.0";
const NEW_MAGIC: &[u8] = b"glibc-ld.so.cache1.1";

/// `sizeof (struct cache_file)`: 11-byte magic, padding, `u32 nlibs`.
const OLD_HEADER_SIZE: usize = 16;
/// `sizeof (struct file_entry)`: `i32 flags, u32 key, u32 value`.
const OLD_ENTRY_SIZE: usize = 12;
/// `sizeof (struct cache_file_new)`.
const NEW_HEADER_SIZE: usize = 48;
/// `sizeof (struct file_entry_new)`: old fields, `u32 osversion, u64 hwcap`.
const NEW_ENTRY_SIZE: usize = 24;

/// Offsets inside the new-format header.
const NEW_NLIBS_OFF: usize = 20;
const NEW_FLAGS_OFF: usize = 28;
const NEW_EXT_OFF: usize = 32;

/// `FLAG_ELF_LIBC6 | FLAG_X8664_LIB64`, the only flags value x86-64 ld.so
/// accepts (`_DL_CACHE_DEFAULT_ID` / `_dl_cache_check_flags`).
pub const FLAGS_X86_64_LIBC6: i32 = 0x0303;

/// `DL_CACHE_HWCAP_EXTENSION`.
const HWCAP_EXTENSION: u64 = 1 << 62;
/// `DL_CACHE_HWCAP_ISA_LEVEL_MASK` (10 bits, stored at bit 32).
const HWCAP_ISA_LEVEL_MASK: u64 = (1 << 10) - 1;
/// `cache_extension_magic` ((uint32_t) -358342284).
const EXT_MAGIC: u32 = 0xEAA4_2174;
/// `cache_extension_tag_glibc_hwcaps`.
const EXT_TAG_GLIBC_HWCAPS: u32 = 1;
/// `cache_extension_count`: tags at or above are ignored.
const EXT_TAG_COUNT: u32 = 2;

/// Legacy x86 hwcap bits (`sysdeps/x86/dl-hwcap.h`).
pub const HWCAP_X86_64: u64 = 1 << 1;
pub const HWCAP_X86_AVX512_1: u64 = 1 << 2;
/// `_DL_HWCAP_PLATFORM`: 4 platform bits starting at bit 48.
const DL_HWCAP_PLATFORM: u64 = 0xF << 48;
/// `_DL_HWCAP_TLS_MASK`.
const DL_HWCAP_TLS_MASK: u64 = 1 << 63;

/// `GNU_PROPERTY_X86_ISA_1_*` bits, as in `cpu_features->isa_1`.
pub const ISA_1_BASELINE: u32 = 1 << 0;
pub const ISA_1_V2: u32 = 1 << 1;
pub const ISA_1_V3: u32 = 1 << 2;
pub const ISA_1_V4: u32 = 1 << 3;

/// CPU/platform description used by [`LdCache::lookup_with`]. It mirrors the
/// loader state glibc 2.36 consults in `search_cache`.
#[derive(Clone, Copy, Debug)]
pub struct HwcapsConfig<'s> {
    /// Active glibc-hwcaps subdirectory names (e.g. `b"x86-64-v3"`), best
    /// first: `GLIBC_HWCAPS_PREPEND` entries, then the CPU-supported subset of
    /// `x86-64-v4:x86-64-v3:x86-64-v2` (minus `GLIBC_HWCAPS_MASK`). Position
    /// `i` gets priority `i + 1`, like `_dl_hwcaps_priorities`.
    pub glibc_hwcaps: &'s [&'s [u8]],
    /// `cpu_features->isa_1` (`ISA_1_*` bits) for the ISA-level marker of
    /// glibc-hwcaps entries.
    pub isa_1: u32,
    /// `GLRO(dl_hwcap) & glibc.cpu.hwcap_mask` (legacy bits; default mask is
    /// `HWCAP_X86_64 | HWCAP_X86_AVX512_1`, and ld.so sets `HWCAP_X86_64`).
    pub hwcap: u64,
    /// `GLRO(dl_platform)`: `b"haswell"` and `b"xeon_phi"` map to platform bits
    /// 50 and 51; anything else (e.g. the kernel's `"x86_64"`) is "unknown",
    /// and then every entry carrying platform bits is skipped.
    pub platform: &'s [u8],
    /// Whether entries of the legacy hwcap/platform mechanism are
    /// considered (glibc 2.36 and earlier); from 2.37 on they are skipped.
    pub legacy_hwcaps: bool,
}

impl HwcapsConfig<'static> {
    /// What [`LdCache::lookup`] assumes: no glibc-hwcaps subdirectory active,
    /// baseline ISA, `dl_hwcap = HWCAP_X86_64`, platform `"x86_64"`.
    pub const BASELINE: HwcapsConfig<'static> = HwcapsConfig {
        glibc_hwcaps: &[],
        isa_1: ISA_1_BASELINE,
        hwcap: HWCAP_X86_64,
        platform: b"x86_64",
        legacy_hwcaps: true,
    };
}

/// A parsed view of ld.so.cache bytes.
#[derive(Clone, Copy, Debug)]
pub struct LdCache<'a> {
    file: &'a [u8],
    /// File offset of the first entry.
    entries: usize,
    nlibs: u32,
    /// `OLD_ENTRY_SIZE` or `NEW_ENTRY_SIZE`.
    entry_size: usize,
    /// File offset the entries' `key`/`value` string offsets are relative to.
    strings: usize,
    /// glibc-hwcaps extension section: (file offset, number of u32 elements).
    hwcaps: Option<(usize, usize)>,
}

/// One raw cache entry.
#[derive(Clone, Copy)]
struct RawEntry {
    flags: i32,
    key: u32,
    value: u32,
    /// `None` for old-format entries.
    hwcap: Option<u64>,
}

fn u32_at(b: &[u8], off: usize) -> Option<u32> {
    b.pread_with(off, scroll::LE).ok()
}

fn u64_at(b: &[u8], off: usize) -> Option<u64> {
    b.pread_with(off, scroll::LE).ok()
}

/// NUL-terminated string starting at `b[off]`, without the NUL.
fn cstr_at(b: &[u8], off: usize) -> Option<&[u8]> {
    let rest = b.get(off..)?;
    let n = rest.iter().position(|&c| c == 0)?;
    rest.get(..n)
}

/// `cache_file_new_matches_endian`: 0 = unknown (accepted), else the low two
/// bits must say "little endian" (2).
fn endian_ok(flags: u8) -> bool {
    flags == 0 || (flags & 3) == 2
}

/// Byte `i` of a C string, 0 past its end.
fn cbyte(s: &[u8], i: usize) -> u8 {
    match s.get(i) {
        Some(&c) => c,
        None => 0,
    }
}

/// `char` is signed on x86-64.
fn schar(c: u8) -> i32 {
    c as i8 as i32
}

/// glibc's `_dl_cache_libcmp`: like `strcmp`, except that when both strings
/// have a digit at the same place the whole digit runs are compared as
/// numbers, and a digit sorts after any non-digit. Only the sign of the
/// result matters. Both arguments are C strings ending at their first NUL or
/// at the end of the slice. Arithmetic wraps like the compiled C code.
fn dl_cache_libcmp(p1: &[u8], p2: &[u8]) -> i32 {
    let (mut i, mut j) = (0usize, 0usize);
    loop {
        let c1 = cbyte(p1, i);
        if c1 == 0 {
            break;
        }
        let c2 = cbyte(p2, j);
        if c1.is_ascii_digit() {
            if !c2.is_ascii_digit() {
                return 1;
            }
            let mut v1 = i32::from(c1 - b'0');
            let mut v2 = i32::from(c2 - b'0');
            i += 1;
            j += 1;
            loop {
                let d = cbyte(p1, i);
                if !d.is_ascii_digit() {
                    break;
                }
                v1 = v1.wrapping_mul(10).wrapping_add(i32::from(d - b'0'));
                i += 1;
            }
            loop {
                let d = cbyte(p2, j);
                if !d.is_ascii_digit() {
                    break;
                }
                v2 = v2.wrapping_mul(10).wrapping_add(i32::from(d - b'0'));
                j += 1;
            }
            if v1 != v2 {
                return v1.wrapping_sub(v2);
            }
        } else if c2.is_ascii_digit() {
            return -1;
        } else if c1 != c2 {
            return schar(c1) - schar(c2);
        } else {
            i += 1;
            j += 1;
        }
    }
    schar(cbyte(p1, i)) - schar(cbyte(p2, j))
}

/// Platform bit for `_dl_string_platform` on x86-64 (`_dl_x86_platforms`
/// indices 2 and 3, `_DL_FIRST_PLATFORM` = 48); all ones when unknown.
fn platform_bit(platform: &[u8]) -> u64 {
    match platform {
        b"haswell" => 1 << (48 + 2),
        b"xeon_phi" => 1 << (48 + 3),
        _ => u64::MAX,
    }
}

/// `dl_cache_hwcap_extension`: only bit 62 set in the upper half, ignoring
/// the ISA-level bits.
fn is_hwcaps_extension(hwcap: u64) -> bool {
    ((hwcap >> 32) & !HWCAP_ISA_LEVEL_MASK) == (HWCAP_EXTENSION >> 32)
}

/// `dl_cache_hwcap_isa_level_compatible` (x86). The C code computes
/// `1u << level` with a 10-bit level; x86 `shl` masks the count to 5 bits,
/// which `wrapping_shl` reproduces.
fn isa_level_compatible(hwcap: u64, isa_1: u32) -> bool {
    let level = ((hwcap >> 32) & HWCAP_ISA_LEVEL_MASK) as u32;
    let bit = 1u32.wrapping_shl(level);
    bit & isa_1 == bit
}

/// `ISA_1_*` bits implied by the x86-64-vN names in `subdirs` (a CPU at level
/// N supports all lower levels); baseline is always set.
fn isa_1_from_subdirs(subdirs: &[&[u8]]) -> u32 {
    let mut isa = ISA_1_BASELINE;
    for s in subdirs {
        isa |= match *s {
            b"x86-64-v4" => ISA_1_V4 | ISA_1_V3 | ISA_1_V2,
            b"x86-64-v3" => ISA_1_V3 | ISA_1_V2,
            b"x86-64-v2" => ISA_1_V2,
            _ => 0,
        };
    }
    isa
}

impl<'a> LdCache<'a> {
    /// Parses a cache image. Accepts the new format `"glibc-ld.so.cache1.1"`,
    /// and the old `"ld.so-1.7.0"` format possibly followed by the new one
    /// (then the new table is used). Same acceptance checks as glibc 2.36's
    /// `_dl_load_cache_lookup`, plus: an embedded new table must fit in the
    /// buffer. Individual string offsets are checked at lookup time, like
    /// glibc; a bad extension directory only disables glibc-hwcaps entries.
    pub fn parse(bytes: &'a [u8]) -> Option<LdCache<'a>> {
        let len = bytes.len();
        // New format alone (checked first, as glibc 2.36 does).
        if len > NEW_HEADER_SIZE && bytes.get(..NEW_MAGIC.len()) == Some(NEW_MAGIC) {
            let nlibs = u32_at(bytes, NEW_NLIBS_OFF)?;
            if ((len - NEW_HEADER_SIZE) / NEW_ENTRY_SIZE) < nlibs as usize {
                return None;
            }
            if !endian_ok(*bytes.get(NEW_FLAGS_OFF)?) {
                return None;
            }
            return Some(Self::new_format(bytes, 0, nlibs));
        }
        // Old format, possibly with the new one embedded.
        if len > OLD_HEADER_SIZE && bytes.get(..OLD_MAGIC.len()) == Some(OLD_MAGIC) {
            let nlibs = u32_at(bytes, 12)?;
            if ((len - OLD_HEADER_SIZE) / OLD_ENTRY_SIZE) < nlibs as usize {
                return None;
            }
            // Cannot overflow: bounded by len after the check above.
            let old_end =
                OLD_HEADER_SIZE.checked_add((nlibs as usize).checked_mul(OLD_ENTRY_SIZE)?)?;
            let new_off = old_end.checked_add(7)? & !7;
            let has_new = match new_off.checked_add(NEW_HEADER_SIZE) {
                Some(end) => {
                    len >= end && bytes.get(new_off..new_off + NEW_MAGIC.len()) == Some(NEW_MAGIC)
                }
                None => false,
            };
            if has_new {
                if !endian_ok(*bytes.get(new_off + NEW_FLAGS_OFF)?) {
                    return None;
                }
                let n = u32_at(bytes, new_off + NEW_NLIBS_OFF)?;
                // glibc does not check this count; we must.
                if ((len - new_off - NEW_HEADER_SIZE) / NEW_ENTRY_SIZE) < n as usize {
                    return None;
                }
                return Some(Self::new_format(bytes, new_off, n));
            }
            return Some(LdCache {
                file: bytes,
                entries: OLD_HEADER_SIZE,
                nlibs,
                entry_size: OLD_ENTRY_SIZE,
                strings: old_end,
                hwcaps: None,
            });
        }
        None
    }

    /// New-format table whose header is at `base` (entry count already
    /// checked against the buffer).
    fn new_format(file: &'a [u8], base: usize, nlibs: u32) -> LdCache<'a> {
        LdCache {
            file,
            entries: base + NEW_HEADER_SIZE,
            nlibs,
            entry_size: NEW_ENTRY_SIZE,
            strings: base,
            hwcaps: Self::load_hwcaps_section(file, base),
        }
    }

    /// `cache_extension_load` + `cache_extension_verify`, keeping only the
    /// glibc-hwcaps section. Offsets in the extension directory are relative
    /// to the start of the file (glibc passes the mapping base). Any
    /// inconsistency disables glibc-hwcaps entries (returns `None`).
    fn load_hwcaps_section(file: &[u8], base: usize) -> Option<(usize, usize)> {
        let size = file.len() as u64;
        let ext_off = u32_at(file, base.checked_add(NEW_EXT_OFF)?)?;
        if ext_off == 0 || ext_off % 4 != 0 {
            return None;
        }
        let ext_off = u64::from(ext_off);
        if ext_off + 8 > size {
            return None;
        }
        let ext = usize::try_from(ext_off).ok()?;
        if u32_at(file, ext)? != EXT_MAGIC {
            return None;
        }
        let count = u64::from(u32_at(file, ext + 4)?);
        if ext_off + 8 + count * 16 > size {
            return None;
        }
        let mut section: Option<(u64, u64)> = None;
        // At most file.len() / 16 iterations (checked above).
        for i in 0..count {
            let s = usize::try_from(ext_off + 8 + i * 16).ok()?;
            let tag = u32_at(file, s)?;
            let off = u64::from(u32_at(file, s + 8)?);
            let sz = u64::from(u32_at(file, s + 12)?);
            if off + sz > size {
                return None;
            }
            if tag >= EXT_TAG_COUNT {
                continue;
            }
            if tag == EXT_TAG_GLIBC_HWCAPS {
                section = Some((off, sz));
            }
        }
        let (off, sz) = section?;
        if sz == 0 || off % 4 != 0 || sz % 4 != 0 {
            return None;
        }
        Some((usize::try_from(off).ok()?, usize::try_from(sz / 4).ok()?))
    }

    fn entry(&self, index: i64) -> Option<RawEntry> {
        if index < 0 || index >= i64::from(self.nlibs) {
            return None;
        }
        let idx = usize::try_from(index).ok()?;
        let off = self
            .entries
            .checked_add(idx.checked_mul(self.entry_size)?)?;
        let flags = u32_at(self.file, off)? as i32;
        let key = u32_at(self.file, off.checked_add(4)?)?;
        let value = u32_at(self.file, off.checked_add(8)?)?;
        let hwcap = if self.entry_size == NEW_ENTRY_SIZE {
            Some(u64_at(self.file, off.checked_add(16)?)?)
        } else {
            None
        };
        Some(RawEntry {
            flags,
            key,
            value,
            hwcap,
        })
    }

    /// String-table string at `off` (`_dl_cache_verify_ptr` + NUL check).
    fn string(&self, off: u32) -> Option<&'a [u8]> {
        let file: &'a [u8] = self.file;
        cstr_at(file, self.strings.checked_add(off as usize)?)
    }

    fn key(&self, index: i64) -> Option<&'a [u8]> {
        self.string(self.entry(index)?.key)
    }

    /// Priorities of the glibc-hwcaps section elements: 0 = unusable, else
    /// lower is better. Reproduces glibc's `glibc_hwcaps_priorities_init`:
    /// a merge of the (strcmp-sorted) section with the active subdirectories
    /// sorted by name, the priority of a subdirectory being its position in
    /// `subdirs` plus one. Deviation: an element whose string offset is
    /// outside the file (or unterminated) gets priority 0 (glibc 2.36 loops
    /// forever there). Cost O(section length + subdirs).
    fn hwcaps_priorities(&self, subdirs: &[&[u8]]) -> Vec<u32> {
        let Some((sec_off, sec_len)) = self.hwcaps else {
            return Vec::new();
        };
        if subdirs.is_empty() {
            return Vec::new();
        }
        // Active names with their priority, stably sorted by name (memcmp,
        // then length: the same as slice ordering).
        let mut right: Vec<(&[u8], u32)> = Vec::new();
        for (i, s) in subdirs.iter().enumerate() {
            let prio = u32::try_from(i).unwrap_or(u32::MAX - 1).saturating_add(1);
            right.push((s, prio));
        }
        right.sort_by(|a, b| a.0.cmp(b.0));

        let mut result: Vec<u32> = Vec::new();
        let mut r = 0usize;
        for l in 0..sec_len {
            let name = sec_off
                .checked_add(l.saturating_mul(4))
                .and_then(|p| u32_at(self.file, p))
                .and_then(|s| cstr_at(self.file, s as usize));
            let mut prio = 0;
            if let Some(name) = name {
                // Skip active names sorting before this one.
                while let Some(&(rname, rprio)) = right.get(r) {
                    match name.cmp(rname) {
                        core::cmp::Ordering::Greater => r += 1,
                        core::cmp::Ordering::Equal => {
                            prio = rprio;
                            r += 1;
                            break;
                        }
                        core::cmp::Ordering::Less => break,
                    }
                }
            }
            result.push(prio);
        }
        result
    }

    /// Path of the library called `name` (e.g. `b"libc.so.6"`) for x86-64, or
    /// `None`. Assumes [`HwcapsConfig::BASELINE`]: glibc-hwcaps entries are
    /// never chosen (as on a CPU without x86-64-v2), legacy hwcap entries are
    /// accepted only if they need at most `HWCAP_X86_64` and no platform.
    pub fn lookup(&self, name: &[u8]) -> Option<&'a [u8]> {
        self.lookup_with(name, &HwcapsConfig::BASELINE)
    }

    /// Like [`lookup`](Self::lookup), but with the active glibc-hwcaps
    /// subdirectories in priority order, best first, e.g.
    /// `&[b"x86-64-v3", b"x86-64-v2"]` on a v3 CPU (what
    /// `ld.so --help` lists as "supported"). The CPU ISA level used for the
    /// entries' ISA marker is derived from the x86-64-vN names present.
    pub fn lookup_with_hwcaps(&self, name: &[u8], supported: &[&[u8]]) -> Option<&'a [u8]> {
        let cfg = HwcapsConfig {
            glibc_hwcaps: supported,
            isa_1: isa_1_from_subdirs(supported),
            ..HwcapsConfig::BASELINE
        };
        self.lookup_with(name, &cfg)
    }

    /// Full form of the lookup with every loader input explicit
    /// (glibc 2.36 `search_cache`). Binary search as in glibc.
    pub fn lookup_with(&self, name: &[u8], cfg: &HwcapsConfig<'_>) -> Option<&'a [u8]> {
        let (name, first, known, right) = self.equal_run(name)?;
        let platform = platform_bit(cfg.platform);
        let hwcap_exclude = !(cfg.hwcap | DL_HWCAP_PLATFORM | DL_HWCAP_TLS_MASK);
        self.scan_equal(name, first, known, right, cfg, platform, hwcap_exclude)
    }

    /// Whether the answer for `name` can depend on the [`HwcapsConfig`]:
    /// an entry of that name carries hwcap bits (glibc-hwcaps or legacy).
    /// If not, [`lookup`](Self::lookup) gives the answer of any config, and
    /// the caller need not compute one.
    pub fn has_hwcap_entries(&self, name: &[u8]) -> bool {
        let Some((name, mut at, known, right)) = self.equal_run(name) else { return false };
        while at <= right {
            let Some(lib) = self.entry(at) else { break };
            if at > known && !self.string(lib.key).is_some_and(|k| dl_cache_libcmp(name, k) == 0) {
                break;
            }
            if lib.hwcap.is_some_and(|h| h != 0) {
                return true;
            }
            at += 1;
        }
        false
    }

    /// The binary search of `search_cache`: `name` (up to its first NUL),
    /// the first entry with that name, the entry the search hit, and the
    /// search's upper bound. None if no entry has the name (or a bogus key
    /// aborted the search, as in glibc).
    fn equal_run<'n>(&self, name: &'n [u8]) -> Option<(&'n [u8], i64, i64, i64)> {
        // C string semantics: the name ends at its first NUL.
        let name = match name.iter().position(|&c| c == 0) {
            Some(n) => name.get(..n)?,
            None => name,
        };
        let mut left: i64 = 0;
        let mut right: i64 = i64::from(self.nlibs) - 1;
        while left <= right {
            let mut middle = (left + right) / 2;
            let key = self.key(middle)?;
            let cmp = dl_cache_libcmp(name, key);
            if cmp == 0 {
                // `left` now marks the entry known to match.
                left = middle;
                while middle > 0 {
                    match self.key(middle - 1) {
                        Some(k) if dl_cache_libcmp(name, k) == 0 => middle -= 1,
                        _ => break,
                    }
                }
                return Some((name, middle, left, right));
            }
            if cmp < 0 {
                left = middle + 1;
            } else {
                right = middle - 1;
            }
        }
        None
    }

    /// Forward scan over the run of entries named `name`, starting at
    /// `first`; `known` is the index the binary search hit, `right` its
    /// current upper bound.
    #[allow(clippy::too_many_arguments)]
    fn scan_equal(
        &self,
        name: &[u8],
        first: i64,
        known: i64,
        right: i64,
        cfg: &HwcapsConfig<'_>,
        platform: u64,
        hwcap_exclude: u64,
    ) -> Option<&'a [u8]> {
        let mut best: Option<&'a [u8]> = None;
        let mut best_priority: u32 = 0;
        // Computed on the first glibc-hwcaps entry.
        let mut priorities: Option<Vec<u32>> = None;
        let mut middle = first;
        while middle <= right {
            let idx = middle;
            middle += 1;
            let Some(lib) = self.entry(idx) else {
                break;
            };
            if idx > known {
                match self.string(lib.key) {
                    Some(k) if dl_cache_libcmp(name, k) == 0 => {}
                    _ => break,
                }
            }
            if lib.flags != FLAGS_X86_64_LIBC6 {
                continue;
            }
            let Some(path) = self.string(lib.value) else {
                continue;
            };
            let mut named = false;
            if let Some(hwcap) = lib.hwcap {
                named = is_hwcaps_extension(hwcap);
                if named && !isa_level_compatible(hwcap, cfg.isa_1) {
                    continue;
                }
                // Hwcaps entries come first; at the first plain entry after a
                // hwcaps match, that match is the answer.
                if !named && best.is_some() {
                    break;
                }
                if !named && (hwcap & hwcap_exclude) != 0 {
                    continue;
                }
                if !named && !cfg.legacy_hwcaps && hwcap != 0 {
                    continue;
                }
                let pbits = hwcap & DL_HWCAP_PLATFORM;
                if pbits != 0 && pbits != platform {
                    continue;
                }
                if named {
                    let prios =
                        priorities.get_or_insert_with(|| self.hwcaps_priorities(cfg.glibc_hwcaps));
                    let prio = prios.get(hwcap as u32 as usize).copied().unwrap_or(0);
                    if prio == 0 {
                        continue;
                    }
                    if best.is_none() || prio < best_priority {
                        best_priority = prio;
                    } else {
                        continue;
                    }
                }
            }
            best = Some(path);
            if !named {
                // flags == FLAGS_X86_64_LIBC6 here: nothing better follows.
                break;
            }
        }
        best
    }

    /// Every (name, path) entry usable on x86-64 (flags 0x0303, valid
    /// strings), in cache order. glibc-hwcaps and legacy-hwcap entries are
    /// included whatever the CPU.
    pub fn entries(&self) -> impl Iterator<Item = (&'a [u8], &'a [u8])> + 'a {
        let this = *self;
        (0..i64::from(self.nlibs)).filter_map(move |i| {
            let e = this.entry(i)?;
            if e.flags != FLAGS_X86_64_LIBC6 {
                return None;
            }
            Some((this.string(e.key)?, this.string(e.value)?))
        })
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::String;
    use std::vec;
    use std::vec::Vec;

    // ---------- helpers to build synthetic caches ----------

    struct E<'s> {
        name: &'s str,
        path: &'s str,
        flags: i32,
        hwcap: u64,
    }

    fn e<'s>(name: &'s str, path: &'s str) -> E<'s> {
        E {
            name,
            path,
            flags: FLAGS_X86_64_LIBC6,
            hwcap: 0,
        }
    }

    fn hw<'s>(name: &'s str, path: &'s str, sub_index: u32, isa_level: u64) -> E<'s> {
        E {
            name,
            path,
            flags: FLAGS_X86_64_LIBC6,
            hwcap: HWCAP_EXTENSION | (isa_level << 32) | u64::from(sub_index),
        }
    }

    fn put32(v: &mut Vec<u8>, x: u32) {
        v.extend_from_slice(&x.to_le_bytes());
    }

    /// New-format cache (strings relative to the header = file start);
    /// `subdirs` must be strcmp-sorted.
    fn build_new(entries: &[E], subdirs: &[&str], endian: u8) -> Vec<u8> {
        let mut strings: Vec<u8> = Vec::new();
        let base = NEW_HEADER_SIZE + entries.len() * NEW_ENTRY_SIZE;
        let add = |s: &str, strings: &mut Vec<u8>| -> u32 {
            let off = (base + strings.len()) as u32;
            strings.extend_from_slice(s.as_bytes());
            strings.push(0);
            off
        };
        let mut ents = Vec::new();
        for en in entries {
            let k = add(en.name, &mut strings);
            let v = add(en.path, &mut strings);
            ents.push((en.flags, k, v, en.hwcap));
        }
        let sub_offs: Vec<u32> = subdirs.iter().map(|s| add(s, &mut strings)).collect();
        let mut f = Vec::new();
        f.extend_from_slice(NEW_MAGIC);
        put32(&mut f, entries.len() as u32);
        put32(&mut f, strings.len() as u32);
        f.push(endian);
        f.extend_from_slice(&[0, 0, 0]);
        put32(&mut f, 0); // extension offset, patched below
        f.extend_from_slice(&[0; 12]);
        assert_eq!(f.len(), NEW_HEADER_SIZE);
        for (fl, k, v, h) in ents {
            put32(&mut f, fl as u32);
            put32(&mut f, k);
            put32(&mut f, v);
            put32(&mut f, 0);
            f.extend_from_slice(&h.to_le_bytes());
        }
        f.extend_from_slice(&strings);
        if !subdirs.is_empty() {
            while f.len() % 4 != 0 {
                f.push(0);
            }
            let arr = f.len() as u32;
            for o in &sub_offs {
                put32(&mut f, *o);
            }
            let ext = f.len() as u32;
            put32(&mut f, EXT_MAGIC);
            put32(&mut f, 1);
            put32(&mut f, EXT_TAG_GLIBC_HWCAPS);
            put32(&mut f, 0);
            put32(&mut f, arr);
            put32(&mut f, (sub_offs.len() * 4) as u32);
            f[NEW_EXT_OFF..NEW_EXT_OFF + 4].copy_from_slice(&ext.to_le_bytes());
        }
        f
    }

    /// Old-format cache; if `embedded` is given, it is appended (8-aligned)
    /// and the old strings are placed after it.
    fn build_old(entries: &[E], embedded: Option<&[u8]>) -> Vec<u8> {
        let mut f = Vec::new();
        f.extend_from_slice(OLD_MAGIC);
        f.push(0);
        put32(&mut f, entries.len() as u32);
        let table = f.len();
        f.resize(table + entries.len() * OLD_ENTRY_SIZE, 0);
        let str_base = f.len();
        while f.len() % 8 != 0 {
            f.push(0);
        }
        if let Some(emb) = embedded {
            f.extend_from_slice(emb);
        }
        for (i, en) in entries.iter().enumerate() {
            let k = (f.len() - str_base) as u32;
            f.extend_from_slice(en.name.as_bytes());
            f.push(0);
            let v = (f.len() - str_base) as u32;
            f.extend_from_slice(en.path.as_bytes());
            f.push(0);
            let o = table + i * OLD_ENTRY_SIZE;
            f[o..o + 4].copy_from_slice(&(en.flags as u32).to_le_bytes());
            f[o + 4..o + 8].copy_from_slice(&k.to_le_bytes());
            f[o + 8..o + 12].copy_from_slice(&v.to_le_bytes());
        }
        f
    }

    fn s(b: Option<&[u8]>) -> Option<String> {
        b.map(|x| String::from_utf8_lossy(x).into_owned())
    }

    // ---------- real cache ----------

    struct LdconfigLine {
        name: String,
        path: String,
        /// glibc-hwcaps subdirectory, for `hwcap: "x86-64-v3"` lines.
        hwcaps: Option<String>,
    }

    /// Parses `ldconfig -p [-C cache]`, keeping the x86-64 libc6 lines.
    fn ldconfig_p(cache: Option<&str>) -> Option<Vec<LdconfigLine>> {
        let out = ["/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig"]
            .iter()
            .find_map(|p| {
                let mut cmd = std::process::Command::new(p);
                cmd.arg("-p");
                if let Some(c) = cache {
                    cmd.arg("-C").arg(c);
                }
                cmd.output().ok().filter(|o| o.status.success())
            })?;
        let text = String::from_utf8(out.stdout).ok()?;
        let mut v = Vec::new();
        for line in text.lines() {
            // "\tlibc.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libc.so.6"
            let Some(line) = line.strip_prefix('\t') else {
                continue;
            };
            let Some((lhs, path)) = line.split_once(" => ") else {
                continue;
            };
            let Some((name, desc)) = lhs.split_once(" (") else {
                continue;
            };
            if !desc.starts_with("libc6,x86-64") {
                continue;
            }
            let hwcaps = desc
                .split_once("hwcap: \"")
                .and_then(|(_, r)| r.split_once('"'))
                .map(|(h, _)| String::from(h));
            v.push(LdconfigLine {
                name: name.into(),
                path: path.into(),
                hwcaps,
            });
        }
        Some(v)
    }

    /// What glibc 2.36 should pick among the `ldconfig -p` lines (in cache
    /// order) for `name` with the glibc-hwcaps subdirectories `supported`.
    fn expected(lines: &[LdconfigLine], name: &str, supported: &[&[u8]]) -> Option<String> {
        let same = lines.iter().filter(|l| l.name == name);
        let mut best: Option<(usize, &LdconfigLine)> = None;
        for l in same.clone() {
            let Some(h) = &l.hwcaps else { continue };
            let Some(prio) = supported.iter().position(|s| *s == h.as_bytes()) else {
                continue;
            };
            if best.is_none_or(|(b, _)| prio < b) {
                best = Some((prio, l));
            }
        }
        match best {
            Some((_, l)) => Some(l.path.clone()),
            None => same
                .clone()
                .find(|l| l.hwcaps.is_none())
                .map(|l| l.path.clone()),
        }
    }

    /// Compares `entries()` and every lookup with `ldconfig -p -C path`.
    fn check_against_ldconfig(path: &str, lines: &[LdconfigLine]) -> usize {
        let bytes = std::fs::read(path).expect("read cache");
        let cache = LdCache::parse(&bytes).expect("parse cache");
        assert!(lines.len() > 10, "ldconfig -p listed too few libraries");

        // entries() lists the same (name, path) pairs in the same order.
        let ours: Vec<(String, String)> = cache
            .entries()
            .map(|(n, p)| (s(Some(n)).unwrap(), s(Some(p)).unwrap()))
            .collect();
        let theirs: Vec<(String, String)> = lines
            .iter()
            .map(|l| (l.name.clone(), l.path.clone()))
            .collect();
        assert_eq!(ours, theirs);

        let sets: [&[&[u8]]; 5] = [
            &[],
            &[b"x86-64-v2"],
            &[b"x86-64-v3", b"x86-64-v2"],
            &[b"x86-64-v4", b"x86-64-v3", b"x86-64-v2"],
            &[b"x86-64-v2", b"x86-64-v3"],
        ];
        let mut checked = 0;
        for (i, l) in lines.iter().enumerate() {
            if lines[..i].iter().any(|p| p.name == l.name) {
                continue; // each name once
            }
            // lookup() ignores glibc-hwcaps entries: the first plain one wins,
            // i.e. what `ldconfig -p` lists first when there are no hwcaps.
            assert_eq!(
                s(cache.lookup(l.name.as_bytes())),
                expected(lines, &l.name, &[]),
                "lookup({})",
                l.name
            );
            if l.hwcaps.is_none() {
                assert_eq!(
                    s(cache.lookup(l.name.as_bytes())).as_deref(),
                    Some(l.path.as_str())
                );
            }
            for sup in sets {
                assert_eq!(
                    s(cache.lookup_with_hwcaps(l.name.as_bytes(), sup)),
                    expected(lines, &l.name, sup),
                    "lookup_with_hwcaps({}, {:?})",
                    l.name,
                    sup
                );
            }
            checked += 1;
        }
        assert_eq!(cache.lookup(b"libdoes-not-exist.so.42"), None);
        assert_eq!(cache.lookup(b""), None);
        checked
    }

    fn real_cache() -> Vec<u8> {
        std::fs::read("/etc/ld.so.cache").expect("read /etc/ld.so.cache")
    }

    #[test]
    fn real_cache_matches_ldconfig() {
        let lines = ldconfig_p(None).expect("ldconfig -p");
        let n = check_against_ldconfig("/etc/ld.so.cache", &lines);
        assert!(n > 10);
    }

    /// Cache with glibc-hwcaps entries written by the system's ldconfig into
    /// a temporary directory (skipped if ldconfig cannot run).
    #[test]
    fn ldconfig_generated_hwcaps_cache() {
        let dir = std::env::temp_dir().join(std::format!("ldcache-test-{}", std::process::id()));
        let lib = dir.join("lib");
        let _ = std::fs::remove_dir_all(&dir);
        for sub in [
            "",
            "glibc-hwcaps/x86-64-v2",
            "glibc-hwcaps/x86-64-v3",
            "glibc-hwcaps/x86-64-v4",
        ] {
            std::fs::create_dir_all(lib.join(sub)).unwrap();
        }
        let src = std::path::Path::new("/lib/x86_64-linux-gnu");
        // libz: plain + v2 + v3; libzstd: v4 only + plain (in system dir too).
        for (file, subs) in [
            (
                "libz.so.1",
                &["", "glibc-hwcaps/x86-64-v2", "glibc-hwcaps/x86-64-v3"][..],
            ),
            ("libzstd.so.1", &["glibc-hwcaps/x86-64-v4"][..]),
        ] {
            let Ok(data) = std::fs::read(src.join(file)) else {
                return;
            };
            for sub in subs {
                std::fs::write(lib.join(sub).join(file), &data).unwrap();
            }
        }
        let conf = dir.join("ld.so.conf");
        std::fs::write(&conf, std::format!("{}\n", lib.display())).unwrap();
        let cache = dir.join("ld.so.cache");
        let ok = ["/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig"]
            .iter()
            .any(|p| {
                std::process::Command::new(p)
                    .arg("-X")
                    .arg("-C")
                    .arg(&cache)
                    .arg("-f")
                    .arg(&conf)
                    .status()
                    .is_ok_and(|s| s.success())
            });
        if !ok {
            std::eprintln!("skipping: cannot run ldconfig");
            let _ = std::fs::remove_dir_all(&dir);
            return;
        }
        let cache_s = cache.to_str().unwrap();
        let lines = ldconfig_p(Some(cache_s)).expect("ldconfig -p -C");
        assert!(
            lines.iter().filter(|l| l.hwcaps.is_some()).count() >= 3,
            "no hwcaps entries generated"
        );
        check_against_ldconfig(cache_s, &lines);

        let bytes = std::fs::read(&cache).unwrap();
        let c = LdCache::parse(&bytes).unwrap();
        let libdir = lib.to_str().unwrap();
        let v3: &[&[u8]] = &[b"x86-64-v3", b"x86-64-v2"];
        assert_eq!(
            s(c.lookup_with_hwcaps(b"libz.so.1", v3)),
            Some(std::format!("{libdir}/glibc-hwcaps/x86-64-v3/libz.so.1"))
        );
        assert_eq!(
            s(c.lookup(b"libz.so.1")),
            Some(std::format!("{libdir}/libz.so.1"))
        );
        let v4: &[&[u8]] = &[b"x86-64-v4", b"x86-64-v3", b"x86-64-v2"];
        assert_eq!(
            s(c.lookup_with_hwcaps(b"libzstd.so.1", v4)),
            Some(std::format!("{libdir}/glibc-hwcaps/x86-64-v4/libzstd.so.1"))
        );
        assert_eq!(
            s(c.lookup_with_hwcaps(b"libzstd.so.1", v3)),
            Some(String::from("/lib/x86_64-linux-gnu/libzstd.so.1"))
        );
        // Every prefix of this cache (with its extension section) is safe.
        for len in 0..=bytes.len() {
            if let Some(c) = LdCache::parse(&bytes[..len]) {
                let _ = c.lookup_with_hwcaps(b"libz.so.1", v4);
                let _ = c.lookup_with_hwcaps(b"libzstd.so.1", v4);
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn real_cache_embedded_in_old_format() {
        // Old header with no entries, then the real new-format cache. String
        // offsets stay valid (relative to the new header); the extension
        // directory offset does not (file-relative) and is simply ignored.
        let bytes = real_cache();
        let wrapped = build_old(&[], Some(&bytes));
        let a = LdCache::parse(&bytes).unwrap();
        let b = LdCache::parse(&wrapped).expect("parse wrapped");
        assert!(a.entries().eq(b.entries()));
        for (n, p) in a.entries() {
            assert_eq!(b.lookup(n), a.lookup(n));
            assert!(a.lookup(n).is_some(), "{:?} -> {:?}", n, p);
        }
    }

    #[test]
    fn truncated_real_cache_never_panics() {
        let bytes = real_cache();
        let full = LdCache::parse(&bytes).unwrap();
        let names: Vec<&[u8]> = full.entries().map(|(n, _)| n).collect();
        let probe: Vec<&[u8]> = vec![
            b"libc.so.6",
            names[0],
            names[names.len() / 2],
            names[names.len() - 1],
            b"libzzz.so",
        ];
        for len in 0..=bytes.len() {
            let cut = &bytes[..len];
            if let Some(c) = LdCache::parse(cut) {
                for n in &probe {
                    let _ = c.lookup(n);
                    let _ = c.lookup_with_hwcaps(n, &[b"x86-64-v3", b"x86-64-v2"]);
                }
                if len % 17 == 0 {
                    let _ = c.entries().count();
                }
            }
        }
        assert!(LdCache::parse(&bytes[..NEW_HEADER_SIZE]).is_none());
        assert!(LdCache::parse(&[]).is_none());
    }

    #[test]
    fn corrupted_real_cache_never_panics() {
        let bytes = real_cache();
        let full = LdCache::parse(&bytes).unwrap();
        let names: Vec<Vec<u8>> = full.entries().map(|(n, _)| n.to_vec()).collect();
        let mut seed: u64 = 0x1234_5678_9abc_def0;
        let mut rnd = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for _ in 0..3000 {
            let mut b = bytes.clone();
            for _ in 0..1 + rnd() % 4 {
                let i = if rnd() % 2 == 0 {
                    rnd() % 64
                } else {
                    rnd() % b.len()
                };
                b[i] = rnd() as u8;
            }
            if let Some(c) = LdCache::parse(&b) {
                for _ in 0..4 {
                    let n = &names[rnd() % names.len()];
                    let _ = c.lookup_with_hwcaps(n, &[b"x86-64-v4", b"x86-64-v3"]);
                }
                let _ = c.entries().count();
            }
        }
    }

    // ---------- malformed caches ----------

    #[test]
    fn malformed_caches() {
        let good = build_new(&[e("libfoo.so.1", "/lib/libfoo.so.1")], &[], 2);
        assert_eq!(
            s(LdCache::parse(&good).unwrap().lookup(b"libfoo.so.1")).as_deref(),
            Some("/lib/libfoo.so.1")
        );

        // Bad magic.
        let mut b = good.clone();
        b[0] = b'X';
        assert!(LdCache::parse(&b).is_none());
        let mut b = good.clone();
        b[19] = b'2'; // version "1.2"
        assert!(LdCache::parse(&b).is_none());
        assert!(
            LdCache::parse(b"garbage garbage garbage garbage garbage garbage garbage").is_none()
        );

        // nlibs huge (new, old, embedded new).
        let mut b = good.clone();
        b[20..24].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(LdCache::parse(&b).is_none());
        let mut b = good.clone();
        let fits = (b.len() - NEW_HEADER_SIZE) / NEW_ENTRY_SIZE;
        b[20..24].copy_from_slice(&((fits + 1) as u32).to_le_bytes());
        assert!(LdCache::parse(&b).is_none());
        let mut old = build_old(&[e("libfoo.so.1", "/lib/libfoo.so.1")], None);
        assert!(LdCache::parse(&old).is_some());
        old[12..16].copy_from_slice(&0x4000_0000u32.to_le_bytes());
        assert!(LdCache::parse(&old).is_none());
        let mut wrapped = build_old(&[], Some(&good));
        assert!(LdCache::parse(&wrapped).is_some());
        wrapped[16 + 20..16 + 24].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(LdCache::parse(&wrapped).is_none());

        // Wrong endianness flag (big = 3, invalid = 1); unknown (0) is fine.
        assert!(LdCache::parse(&build_new(&[e("a.so", "/a")], &[], 3)).is_none());
        assert!(LdCache::parse(&build_new(&[e("a.so", "/a")], &[], 1)).is_none());
        assert!(LdCache::parse(&build_new(&[e("a.so", "/a")], &[], 0)).is_some());

        // Key offset out of range: lookup fails, entries() skips it.
        let mut b = good.clone();
        b[48 + 4..48 + 8].copy_from_slice(&0xFFFF_FF00u32.to_le_bytes());
        let c = LdCache::parse(&b).unwrap();
        assert_eq!(c.lookup(b"libfoo.so.1"), None);
        assert_eq!(c.entries().count(), 0);
        // Value offset out of range.
        let mut b = good.clone();
        let blen = b.len() as u32;
        b[48 + 8..48 + 12].copy_from_slice(&blen.to_le_bytes());
        let c = LdCache::parse(&b).unwrap();
        assert_eq!(c.lookup(b"libfoo.so.1"), None);
        assert_eq!(c.entries().count(), 0);
        // String without terminating NUL before the end of the file.
        let mut b = good.clone();
        let last = b.len() - 1;
        b[last] = b'x';
        let c = LdCache::parse(&b).unwrap();
        assert_eq!(c.lookup(b"libfoo.so.1"), None);
        // Old format with bad string offsets.
        let mut old = build_old(&[e("libfoo.so.1", "/lib/libfoo.so.1")], None);
        old[16 + 4..16 + 8].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(LdCache::parse(&old).unwrap().lookup(b"libfoo.so.1"), None);

        // Wrong flags (i386 libc6 = 0x0003, x32 = 0x0803) are never returned.
        let mut x = e("libfoo.so.1", "/lib32/libfoo.so.1");
        x.flags = 0x0003;
        let mut y = e("libfoo.so.1", "/libx32/libfoo.so.1");
        y.flags = 0x0803;
        let b = build_new(&[x, y], &[], 2);
        let c = LdCache::parse(&b).unwrap();
        assert_eq!(c.lookup(b"libfoo.so.1"), None);
        assert_eq!(c.entries().count(), 0);
    }

    // ---------- selection rules ----------

    #[test]
    fn formats_and_multiple_entries() {
        // Sorted descending by libcmp, as ldconfig writes them.
        let mut i386 = e("libm.so.6", "/lib/i386/libm.so.6");
        i386.flags = 0x0003;
        let ents = [
            e("libz.so.1", "/lib/libz.so.1"),
            i386,
            e("libm.so.6", "/lib/libm.so.6"),
            e("libm.so.6", "/other/libm.so.6"),
            e("libc.so.6", "/lib/libc.so.6"),
            e("libbar.so.10", "/lib/libbar.so.10"),
            e("libbar.so.9", "/lib/libbar.so.9"),
        ];
        let newc = build_new(&ents, &[], 2);
        let oldc = build_old(&ents, None);
        let both = build_old(&[e("libc.so.6", "/old/libc.so.6")], Some(&newc));
        for (bytes, what) in [(&newc, "new"), (&oldc, "old"), (&both, "old+new")] {
            let c = LdCache::parse(bytes).unwrap();
            for (n, p) in [
                ("libz.so.1", Some("/lib/libz.so.1")),
                ("libm.so.6", Some("/lib/libm.so.6")),
                ("libc.so.6", Some("/lib/libc.so.6")),
                ("libbar.so.10", Some("/lib/libbar.so.10")),
                ("libbar.so.9", Some("/lib/libbar.so.9")),
                ("libbar.so.09", Some("/lib/libbar.so.9")), // numeric compare
                ("libbar.so.8", None),
                ("liba.so", None),
            ] {
                assert_eq!(s(c.lookup(n.as_bytes())).as_deref(), p, "{what}: {n}");
            }
            assert_eq!(c.entries().count(), 6, "{what}");
            // Name ends at its first NUL, like a C string.
            assert_eq!(
                s(c.lookup(b"libc.so.6\0junk")).as_deref(),
                Some("/lib/libc.so.6")
            );
        }
        // Old format alone uses the old table.
        let old_only = build_old(&[e("libc.so.6", "/old/libc.so.6")], None);
        assert_eq!(
            s(LdCache::parse(&old_only).unwrap().lookup(b"libc.so.6")).as_deref(),
            Some("/old/libc.so.6")
        );
    }

    #[test]
    fn glibc_hwcaps_selection() {
        // Section strings sorted by strcmp: index 0 = v2, 1 = v3, 2 = v4.
        let subs = ["x86-64-v2", "x86-64-v3", "x86-64-v4"];
        let ents = [
            e("libzz.so.1", "/lib/libzz.so.1"),
            // hwcaps entries first, sorted by subdirectory name.
            hw(
                "libfoo.so.1",
                "/lib/glibc-hwcaps/x86-64-v2/libfoo.so.1",
                0,
                1,
            ),
            hw(
                "libfoo.so.1",
                "/lib/glibc-hwcaps/x86-64-v3/libfoo.so.1",
                1,
                2,
            ),
            hw(
                "libfoo.so.1",
                "/lib/glibc-hwcaps/x86-64-v4/libfoo.so.1",
                2,
                3,
            ),
            e("libfoo.so.1", "/lib/libfoo.so.1"),
            e("libfoo.so.1", "/usr/lib/libfoo.so.1"),
            hw(
                "libbar.so.1",
                "/lib/glibc-hwcaps/x86-64-v3/libbar.so.1",
                1,
                2,
            ),
            e("libaa.so.1", "/lib/libaa.so.1"),
        ];
        let b = build_new(&ents, &subs, 2);
        let c = LdCache::parse(&b).unwrap();
        let v4: &[&[u8]] = &[b"x86-64-v4", b"x86-64-v3", b"x86-64-v2"];
        let v3: &[&[u8]] = &[b"x86-64-v3", b"x86-64-v2"];
        let v2: &[&[u8]] = &[b"x86-64-v2"];
        let f = |sup: &[&[u8]], n: &str| s(c.lookup_with_hwcaps(n.as_bytes(), sup));
        assert_eq!(
            f(v4, "libfoo.so.1").as_deref(),
            Some("/lib/glibc-hwcaps/x86-64-v4/libfoo.so.1")
        );
        assert_eq!(
            f(v3, "libfoo.so.1").as_deref(),
            Some("/lib/glibc-hwcaps/x86-64-v3/libfoo.so.1")
        );
        assert_eq!(
            f(v2, "libfoo.so.1").as_deref(),
            Some("/lib/glibc-hwcaps/x86-64-v2/libfoo.so.1")
        );
        assert_eq!(f(&[], "libfoo.so.1").as_deref(), Some("/lib/libfoo.so.1"));
        assert_eq!(
            s(c.lookup(b"libfoo.so.1")).as_deref(),
            Some("/lib/libfoo.so.1")
        );
        // A hwcaps-only library is not found without that subdirectory.
        assert_eq!(
            f(v3, "libbar.so.1").as_deref(),
            Some("/lib/glibc-hwcaps/x86-64-v3/libbar.so.1")
        );
        assert_eq!(f(v2, "libbar.so.1"), None);
        assert_eq!(c.lookup(b"libbar.so.1"), None);
        // Priority comes from the order given, not the name.
        let odd: &[&[u8]] = &[b"x86-64-v2", b"x86-64-v3"];
        assert_eq!(
            f(odd, "libfoo.so.1").as_deref(),
            Some("/lib/glibc-hwcaps/x86-64-v2/libfoo.so.1")
        );
        // Neighbours unaffected.
        assert_eq!(f(v4, "libzz.so.1").as_deref(), Some("/lib/libzz.so.1"));
        assert_eq!(f(v4, "libaa.so.1").as_deref(), Some("/lib/libaa.so.1"));
        assert_eq!(c.entries().count(), ents.len());

        // ISA-level marker: with an explicit config, a v3-marked entry is
        // skipped on a CPU whose isa_1 lacks v3, even if the name is active.
        let cfg = HwcapsConfig {
            glibc_hwcaps: v3,
            isa_1: ISA_1_BASELINE | ISA_1_V2,
            ..HwcapsConfig::BASELINE
        };
        assert_eq!(
            s(c.lookup_with(b"libfoo.so.1", &cfg)).as_deref(),
            Some("/lib/glibc-hwcaps/x86-64-v2/libfoo.so.1")
        );

        // Broken extension directory: hwcaps entries are ignored, plain ones work.
        let mut broken = b.clone();
        let ext = u32_at(&broken, NEW_EXT_OFF).unwrap() as usize;
        broken[ext] ^= 0xFF; // magic
        let c2 = LdCache::parse(&broken).unwrap();
        assert_eq!(
            s(c2.lookup_with_hwcaps(b"libfoo.so.1", v4)).as_deref(),
            Some("/lib/libfoo.so.1")
        );
        let mut broken = b.clone();
        broken[NEW_EXT_OFF..NEW_EXT_OFF + 4].copy_from_slice(&((ext + 2) as u32).to_le_bytes());
        let c2 = LdCache::parse(&broken).unwrap();
        assert_eq!(
            s(c2.lookup_with_hwcaps(b"libfoo.so.1", v4)).as_deref(),
            Some("/lib/libfoo.so.1")
        );
        let mut broken = b.clone();
        broken[ext + 4..ext + 8].copy_from_slice(&u32::MAX.to_le_bytes()); // count
        let c2 = LdCache::parse(&broken).unwrap();
        assert_eq!(
            s(c2.lookup_with_hwcaps(b"libfoo.so.1", v4)).as_deref(),
            Some("/lib/libfoo.so.1")
        );
        // Hwcaps array element pointing outside the file: that subdir unusable.
        let mut broken = b.clone();
        let arr = u32_at(&broken, ext + 8 + 8).unwrap() as usize;
        broken[arr + 8..arr + 12].copy_from_slice(&u32::MAX.to_le_bytes()); // v4
        let c2 = LdCache::parse(&broken).unwrap();
        assert_eq!(
            s(c2.lookup_with_hwcaps(b"libfoo.so.1", v4)).as_deref(),
            Some("/lib/glibc-hwcaps/x86-64-v3/libfoo.so.1")
        );

        // All prefixes of this cache are handled.
        for len in 0..=b.len() {
            if let Some(c) = LdCache::parse(&b[..len]) {
                let _ = c.lookup_with_hwcaps(b"libfoo.so.1", v4);
                let _ = c.entries().count();
            }
        }
    }

    #[test]
    fn legacy_hwcap_bits() {
        let ents = [
            E {
                name: "libq.so.1",
                path: "/lib/avx512_1/libq.so.1",
                flags: FLAGS_X86_64_LIBC6,
                hwcap: HWCAP_X86_AVX512_1,
            },
            E {
                name: "libq.so.1",
                path: "/lib/haswell/libq.so.1",
                flags: FLAGS_X86_64_LIBC6,
                hwcap: 1 << 50,
            },
            E {
                name: "libq.so.1",
                path: "/lib/tls/libq.so.1",
                flags: FLAGS_X86_64_LIBC6,
                hwcap: 1 << 63,
            },
            e("libq.so.1", "/lib/libq.so.1"),
            E {
                name: "libp.so.1",
                path: "/lib/x86_64/libp.so.1",
                flags: FLAGS_X86_64_LIBC6,
                hwcap: HWCAP_X86_64,
            },
            e("libp.so.1", "/lib/libp.so.1"),
        ];
        let b = build_new(&ents, &[], 2);
        let c = LdCache::parse(&b).unwrap();
        // Default: avx512_1 and haswell excluded, TLS bit ignored.
        assert_eq!(
            s(c.lookup(b"libq.so.1")).as_deref(),
            Some("/lib/tls/libq.so.1")
        );
        assert_eq!(
            s(c.lookup(b"libp.so.1")).as_deref(),
            Some("/lib/x86_64/libp.so.1")
        );
        let avx = HwcapsConfig {
            hwcap: HWCAP_X86_64 | HWCAP_X86_AVX512_1,
            ..HwcapsConfig::BASELINE
        };
        assert_eq!(
            s(c.lookup_with(b"libq.so.1", &avx)).as_deref(),
            Some("/lib/avx512_1/libq.so.1")
        );
        let has = HwcapsConfig {
            platform: b"haswell",
            ..HwcapsConfig::BASELINE
        };
        assert_eq!(
            s(c.lookup_with(b"libq.so.1", &has)).as_deref(),
            Some("/lib/haswell/libq.so.1")
        );
        let phi = HwcapsConfig {
            platform: b"xeon_phi",
            ..HwcapsConfig::BASELINE
        };
        assert_eq!(
            s(c.lookup_with(b"libq.so.1", &phi)).as_deref(),
            Some("/lib/tls/libq.so.1")
        );
        // Old-format entries have no hwcap field: first 0x0303 entry wins.
        let o = build_old(&ents, None);
        assert_eq!(
            s(LdCache::parse(&o).unwrap().lookup(b"libq.so.1")).as_deref(),
            Some("/lib/avx512_1/libq.so.1")
        );
    }

    // ---------- _dl_cache_libcmp ----------

    #[test]
    fn libcmp_ordering() {
        let sign = |a: &str, b: &str| dl_cache_libcmp(a.as_bytes(), b.as_bytes()).signum();
        assert_eq!(sign("libc.so.6", "libc.so.6"), 0);
        assert_eq!(sign("libfoo.so.10", "libfoo.so.9"), 1); // numeric, not lexical
        assert_eq!(sign("libfoo.so.9", "libfoo.so.10"), -1);
        assert_eq!(sign("libfoo.so.09", "libfoo.so.9"), 0); // leading zeros
        assert_eq!(sign("libfoo.so.1.2", "libfoo.so.1.10"), -1);
        assert_eq!(sign("libfoo.so", "libfoo.so.1"), -1); // prefix is smaller
        assert_eq!(sign("libfoo.so.1", "libfoo.so"), 1);
        assert_eq!(sign("lib1", "liba"), 1); // digit sorts after non-digit
        assert_eq!(sign("liba", "lib1"), -1);
        assert_eq!(sign("libA", "liba"), -1);
        assert_eq!(sign("", ""), 0);
        assert_eq!(sign("", "a"), -1);
        assert_eq!(sign("a", ""), 1);
        assert_eq!(sign("libx2y", "libx10y"), -1);
        // Bytes >= 0x80 are negative (signed char).
        assert_eq!(dl_cache_libcmp(b"lib\xe9", b"liba").signum(), -1);
        // Embedded NUL ends the string.
        assert_eq!(dl_cache_libcmp(b"abc\0zzz", b"abc"), 0);
        // Huge digit runs wrap instead of panicking.
        let _ = dl_cache_libcmp(b"lib99999999999999999999999", b"lib1");

        // The real cache is sorted descending by this comparison.
        let bytes = real_cache();
        let c = LdCache::parse(&bytes).unwrap();
        let names: Vec<&[u8]> = c.entries().map(|(n, _)| n).collect();
        for w in names.windows(2) {
            assert!(
                dl_cache_libcmp(w[0], w[1]) >= 0,
                "{:?} {:?}",
                s(Some(w[0])),
                s(Some(w[1]))
            );
        }
    }
}
