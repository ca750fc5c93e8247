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

/// The string `gnu_get_libc_version` returns, read from its code:
/// `[endbr64] lea rax, [rip + disp32]; ret`.
fn version_string(libc: &Object) -> Option<&'static [u8]> {
    let sym = crate::lookup::lookup_in(libc, &SymbolName::new(b"gnu_get_libc_version"), None, crate::lookup::RefClass::Normal)?;
    let mut at = libc.base.checked_add(sym.st_value as usize)?;
    let code = libc.image.slice(at, 16)?;
    let mut i = 0;
    if code.starts_with(&[0xf3, 0x0f, 0x1e, 0xfa]) {
        i = 4;
    }
    // 48 8d 05 <disp32>: lea rax, [rip + disp32]; then c3: ret.
    if code[i..i + 3] != [0x48, 0x8d, 0x05] || code[i + 7] != 0xc3 {
        return None;
    }
    let disp = i32::from_le_bytes([code[i + 3], code[i + 4], code[i + 5], code[i + 6]]);
    at = (at + i + 7).wrapping_add_signed(disp as isize);
    libc.image.cstr(at, at.saturating_add(32))
}

/// The release of the loaded `libc`, or glibc's style of load error
/// naming what was found and what dryad supports.
pub fn of_libc(libc: &Object) -> LoadResult<Release> {
    let defined = libc.symbols.versions.iter().flatten().filter(|v| v.file.is_none()).map(|v| v.name);
    let found = identify(version_string(libc), newest_node(defined));
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

/// The release of the `libc.so.6` a program started now would get: the
/// first readable one in LD_LIBRARY_PATH (or `--library-path`), the
/// ld.so cache (unless inhibited) and the default directories. Mapped, not
/// relocated and never run; `None` if there is none, or its release cannot
/// be told.
pub fn of_system_libc(config: &crate::config::Config) -> Option<Release> {
    use crate::{load, search, sys};
    const NAME: &[u8] = b"libc.so.6";
    let mut candidates: alloc::vec::Vec<alloc::vec::Vec<u8>> = alloc::vec::Vec::new();
    if let Some(dirs) = config.library_path {
        candidates.extend(search::split_path(dirs, "LD_LIBRARY_PATH").map(|d| search::join(d, NAME)));
    }
    if !config.inhibit_cache {
        if let Some(path) = search::map_cache().and_then(crate::ldcache::LdCache::parse).and_then(|c| c.lookup(NAME)) {
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
            return identify(version_string(&libc), newest_node(defined));
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
