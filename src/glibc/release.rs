//! Which glibc release a `libc.so.6` is.
//!
//! glibc's contract with its `ld.so` is private and changes between
//! releases (structure layouts, handshake steps), so dryad must know the
//! release of the libc it loaded exactly, never guess it. Two facts are
//! read from the mapped libc:
//!
//! * the **version string** that `gnu_get_libc_version()` returns
//!   ("2.36"): the release itself. The function is `lea rax, [rip+d];
//!   ret` (after an `endbr64` in CET builds), so the string is found by
//!   decoding those few bytes, without calling into libc before it is
//!   relocated and without scanning its data;
//! * the newest `GLIBC_2.N` **version node** libc defines: a lower bound
//!   only, because a release that adds no symbol adds no node (2.31 has
//!   no `GLIBC_2.31`, so its newest node is `GLIBC_2.30`; 2.40 has none
//!   either). A libc whose version string is older than its own nodes is
//!   not a real release, and is named after its newest node.
//!
//! The release is refused unless it is in [`SUPPORTED`]; the message
//! names the release found and the releases dryad supports.

use crate::error::{LoadError, LoadResult};
use crate::object::Object;
use crate::symbols::SymbolName;
use alloc::string::String;
use scroll::Pread;

/// A glibc release: 2.`minor` (every glibc so far is 2.x).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Release {
    pub minor: u32,
}

impl core::fmt::Display for Release {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "glibc 2.{}", self.minor)
    }
}

/// The releases whose private interface dryad implements.
pub const SUPPORTED: &[Release] = &[Release { minor: 31 }, Release { minor: 36 }, Release { minor: 41 }, Release { minor: 43 }];

/// "2.36" in the list form the refusal prints ("2.36", "2.31, 2.36 and 2.41").
fn supported_list() -> String {
    let mut s = String::new();
    for (i, r) in SUPPORTED.iter().enumerate() {
        if i > 0 {
            s.push_str(if i + 1 == SUPPORTED.len() { " and " } else { ", " });
        }
        s.push_str(&alloc::format!("2.{}", r.minor));
    }
    s
}

/// `2.N` (optionally followed by `.M` or anything else) → N.
fn parse_minor(text: &[u8]) -> Option<u32> {
    let rest = text.strip_prefix(b"2.")?;
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    // At most four digits: no overflow. (Folded by hand: run for every
    // version node of libc at startup, where str::parse cost ~100
    // instructions a node.)
    Some(rest[..digits].iter().fold(0u32, |n, &d| n * 10 + u32::from(d - b'0')))
}

/// The newest `GLIBC_2.N` node among `defined` (version definitions).
pub fn newest_node<'a>(defined: impl Iterator<Item = &'a [u8]>) -> Option<u32> {
    defined.filter_map(|v| parse_minor(v.strip_prefix(b"GLIBC_")?)).max()
}

/// The release from its two witnesses (see the module comment).
pub fn identify(version_string: Option<&[u8]>, newest_node: Option<u32>) -> Option<Release> {
    let from_string = version_string.and_then(parse_minor);
    let minor = match (from_string, newest_node) {
        (Some(s), Some(n)) => s.max(n),
        (Some(s), None) => s,
        (None, n) => n?,
    };
    Some(Release { minor })
}

/// Where the bytes of libc's image are read from: its file while it is
/// still the file that was mapped (same device and inode), else the
/// mapping. The version string lies in libc's `.rodata`, which a small
/// program otherwise never touches: read through the mapping, it made the
/// kernel map a whole 64 KiB fault-around window of it, 64 KiB of the
/// program's peak RSS (issue 11). From the file it costs four system calls.
struct ImageReader<'a> {
    libc: &'a Object,
    fd: Option<i32>,
}

impl<'a> ImageReader<'a> {
    fn new(libc: &'a Object) -> Self {
        let fd = libc.file_id.and_then(|id| {
            let fd = crate::sys::open_readonly(&libc.path).ok()?;
            match crate::sys::fstat(fd) {
                Ok(st) if (st.dev, st.ino) == id => Some(fd),
                _ => {
                    crate::sys::close(fd);
                    None
                }
            }
        });
        ImageReader { libc, fd }
    }

    /// Up to `buf.len()` bytes at `addr`, within one segment's file bytes;
    /// how many were read.
    fn read(&self, addr: usize, buf: &mut [u8]) -> usize {
        let vaddr = addr.wrapping_sub(self.libc.base) as u64;
        let Some(ph) = self.libc.phdrs.iter().find(|ph| {
            ph.p_type == goblin::elf::program_header::PT_LOAD && ph.p_vaddr <= vaddr && vaddr - ph.p_vaddr < ph.p_filesz
        }) else {
            return 0;
        };
        let n = buf.len().min((ph.p_vaddr + ph.p_filesz - vaddr) as usize);
        if !self.libc.image.contains(addr, n) {
            return 0;
        }
        if let Some(fd) = self.fd {
            if let Ok(got) = crate::sys::pread(fd, &mut buf[..n], ph.p_offset + (vaddr - ph.p_vaddr)) {
                return got;
            }
        }
        match self.libc.image.slice(addr, n) {
            Some(bytes) => {
                buf[..n].copy_from_slice(bytes);
                n
            }
            None => 0,
        }
    }
}

impl Drop for ImageReader<'_> {
    fn drop(&mut self) {
        if let Some(fd) = self.fd {
            crate::sys::close(fd);
        }
    }
}

/// The string `gnu_get_libc_version` returns ("2.36"), read from its
/// code: `[endbr64] lea rax, [rip + disp32]; ret`. At most 31 bytes.
fn version_string(libc: &Object) -> Option<([u8; 32], usize)> {
    let sym = crate::lookup::lookup_in(libc, &SymbolName::new(b"gnu_get_libc_version"), None, crate::lookup::RefClass::Normal)?;
    let mut at = libc.base.checked_add(sym.st_value as usize)?;
    let reader = ImageReader::new(libc);
    let mut code = [0u8; 16];
    if reader.read(at, &mut code) < code.len() {
        return None;
    }
    let mut i = 0;
    if code.starts_with(&[0xf3, 0x0f, 0x1e, 0xfa]) {
        i = 4;
    }
    // 48 8d 05 <disp32>: lea rax, [rip + disp32]; then c3: ret.
    if code[i..i + 3] != [0x48, 0x8d, 0x05] || code[i + 7] != 0xc3 {
        return None;
    }
    let disp: i32 = code.pread_with(i + 3, crate::elf::LE).ok()?;
    at = (at + i + 7).wrapping_add_signed(disp as isize);
    let mut text = [0u8; 32];
    let got = reader.read(at, &mut text);
    let len = text[..got].iter().position(|&b| b == 0)?;
    Some((text, len))
}

/// What [`probe_system_libc`] found last: the mapping it looked at (file
/// and address) and its release. When the search takes that mapping as
/// the program's libc ([`crate::abi::HwcapsRules`]), [`of_libc`] answers
/// from here instead of reading the version string from the file again.
static PROBED: spin::Mutex<Option<(((u64, u64), usize, usize), Option<Release>)>> = spin::Mutex::new(None);

/// A mapped libc's identity for [`PROBED`]: its file and where it is mapped.
fn identity(libc: &Object) -> ((u64, u64), usize, usize) {
    (libc.file_id.unwrap_or((0, 0)), libc.map_start, libc.map_end)
}

/// The release of the loaded `libc`, or glibc's style of load error
/// naming what was found and what dryad supports.
pub fn of_libc(libc: &Object) -> LoadResult<Release> {
    let probed = *PROBED.lock();
    let found = match probed {
        Some((id, release)) if libc.file_id.is_some() && id == identity(libc) => release,
        _ => {
            let defined = libc.symbols.versions.iter().flatten().filter(|v| v.file.is_none()).map(|v| v.name);
            identify(version_string(libc).as_ref().map(|(t, n)| &t[..*n]), newest_node(defined))
        }
    };
    match found {
        Some(r) if SUPPORTED.contains(&r) => Ok(r),
        Some(r) => Err(LoadError::new(
            &libc.path,
            alloc::format!("{r} is not supported by dryad, which supports glibc {}", supported_list()),
        )),
        None => Err(LoadError::new(
            &libc.path,
            alloc::format!("cannot tell which glibc release this libc.so.6 is (dryad supports glibc {})", supported_list()),
        )),
    }
}

/// The release of the `libc.so.6` a program started now would get
/// ([`probe_system_libc`]); `None` if there is none, or its release cannot
/// be told.
pub fn of_system_libc(config: &crate::config::Config) -> Option<Release> {
    let cache = if config.inhibit_cache { None } else { crate::search::map_cache() };
    let probed = probe_system_libc(config, cache);
    if let Some(bytes) = cache {
        // SAFETY: the whole mapping `map_cache` made, used by the probe
        // alone (the path it found was copied).
        let _ = unsafe { crate::sys::munmap(bytes.as_ptr() as usize, bytes.len()) };
    }
    let (release, libc) = probed?;
    // Only looked at: the mapping goes.
    crate::load::unmap_unused(libc);
    release
}

/// The `libc.so.6` a program started now would get, and its release (None
/// if it cannot be told): the first readable one in LD_LIBRARY_PATH (or
/// `--library-path`), the ld.so cache (unless inhibited) and the default
/// directories. Mapped, not relocated and never run; None if there is
/// none. `cache`: the ld.so cache's bytes (None: inhibited or missing),
/// which the caller maps and unmaps.
pub fn probe_system_libc(config: &crate::config::Config, cache: Option<&[u8]>) -> Option<(Option<Release>, Object)> {
    use crate::{load, search, sys};
    const NAME: &[u8] = b"libc.so.6";
    let mut candidates: alloc::vec::Vec<alloc::vec::Vec<u8>> = alloc::vec::Vec::new();
    if let Some(dirs) = config.library_path {
        candidates.extend(search::split_path(dirs, "LD_LIBRARY_PATH").map(|d| search::join(d, NAME)));
    }
    if !config.inhibit_cache {
        if let Some(path) = cache.and_then(crate::ldcache::LdCache::parse).and_then(|c| c.lookup(NAME)) {
            candidates.push(path.to_vec());
        }
    }
    candidates.extend(search::DEFAULT_DIRS.iter().map(|d| search::join(d, NAME)));
    for path in candidates {
        let Ok(fd) = sys::open_readonly(&path) else { continue };
        let libc = load::read_headers(fd, &path).ok().and_then(|f| load::map_file(fd, f, &path, crate::object::ObjectKind::Library).ok());
        sys::close(fd);
        if let Some(libc) = libc {
            let defined = libc.symbols.versions.iter().flatten().filter(|v| v.file.is_none()).map(|v| v.name);
            let release = identify(version_string(&libc).as_ref().map(|(t, n)| &t[..*n]), newest_node(defined));
            *PROBED.lock() = Some((identity(&libc), release));
            return Some((release, libc));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_string_names_the_release() {
        assert_eq!(identify(Some(b"2.36"), Some(36)), Some(Release { minor: 36 }));
        assert_eq!(identify(Some(b"2.41"), Some(41)), Some(Release { minor: 41 }));
    }

    #[test]
    fn a_release_without_a_node_of_its_own_is_not_its_predecessor() {
        // Debian 11: libc.so.6 2.31 defines GLIBC_2.30 as its newest node.
        assert_eq!(identify(Some(b"2.31"), Some(30)), Some(Release { minor: 31 }));
        // 2.40 adds no GLIBC_2.40.
        assert_eq!(identify(Some(b"2.40"), Some(39)), Some(Release { minor: 40 }));
    }

    #[test]
    fn nodes_newer_than_the_string_win() {
        assert_eq!(identify(Some(b"2.36"), Some(37)), Some(Release { minor: 37 }));
        assert_eq!(identify(None, Some(30)), Some(Release { minor: 30 }));
        assert_eq!(identify(None, None), None);
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_minor(b"2.36"), Some(36));
        assert_eq!(parse_minor(b"2.3.4"), Some(3));
        assert_eq!(parse_minor(b"2.x"), None);
        assert_eq!(parse_minor(b"3.1"), None);
        let nodes: [&[u8]; 5] = [b"GLIBC_2.2.5", b"GLIBC_2.30", b"GLIBC_PRIVATE", b"GLIBC_2.9", b"GCC_3.0"];
        assert_eq!(newest_node(nodes.into_iter()), Some(30));
    }

    #[test]
    fn refusal_lists_what_is_supported() {
        assert_eq!(supported_list(), "2.31, 2.36, 2.41 and 2.43");
    }
}
