//! Pieces of the library search: dynamic string tokens (`$ORIGIN`, `$LIB`,
//! `$PLATFORM`), path joining, the default directories and the mapped
//! `/etc/ld.so.cache`. The search order itself is in
//! [`Namespace::find_file`](crate::namespace::Namespace).

use crate::sys;
use alloc::vec::Vec;

/// Debian's multiarch default directories, searched last.
pub const DEFAULT_DIRS: &[&[u8]] = &[b"/lib/x86_64-linux-gnu", b"/usr/lib/x86_64-linux-gnu", b"/lib", b"/usr/lib"];

/// What `$LIB` and `$PLATFORM` expand to on Debian x86-64.
pub const DST_LIB: &[u8] = b"lib/x86_64-linux-gnu";
pub const DST_PLATFORM: &[u8] = b"x86_64";

pub const CACHE_PATH: &[u8] = b"/etc/ld.so.cache";

/// What the library search tries because of the CPU, as the libc's
/// release does it (computed by the adapter family, [`crate::abi::HwcapsRules`]):
/// the subdirectories tried in every directory of a search path, in order,
/// each ending in '/' and the last one empty (the directory itself), and
/// the inputs of the cache lookup.
#[derive(Clone, Debug)]
pub struct Hwcaps {
    pub subdirs: Vec<Vec<u8>>,
    pub cache: crate::ldcache::HwcapsConfig<'static>,
    /// `LD_DEBUG=libs` prints why each candidate file was passed over.
    pub reasons: bool,
}

impl Hwcaps {
    /// No subdirectory: each directory as given, the cache as on a baseline CPU.
    pub fn none() -> Hwcaps {
        Hwcaps { subdirs: alloc::vec![Vec::new()], cache: crate::ldcache::HwcapsConfig::BASELINE, reasons: false }
    }
}

pub fn basename(path: &[u8]) -> &[u8] {
    match path.iter().rposition(|&c| c == b'/') {
        Some(i) => &path[i + 1..],
        None => path,
    }
}

/// The directories of a search list. LD_LIBRARY_PATH (or --library-path)
/// may separate them with ':' or ';', DT_RPATH and DT_RUNPATH only with ':'
/// (glibc's `fillin_rpath` is given ":;" for the former only).
pub fn split_path<'a>(list: &'a [u8], what: &str) -> impl Iterator<Item = &'a [u8]> + 'a {
    let semicolon = what == "LD_LIBRARY_PATH" || what == "--library-path";
    list.split(move |&c| c == b':' || (semicolon && c == b';'))
}

/// `dir/name`; an empty `dir` means the current directory (the file name
/// alone), as glibc treats an empty LD_LIBRARY_PATH element.
pub fn join(dir: &[u8], name: &[u8]) -> Vec<u8> {
    let mut p = Vec::with_capacity(dir.len() + name.len() + 1);
    let dir = trim_trailing_slashes(dir);
    if !dir.is_empty() {
        p.extend_from_slice(dir);
        if !dir.ends_with(b"/") {
            p.push(b'/');
        }
    }
    p.extend_from_slice(name);
    p
}

fn trim_trailing_slashes(mut dir: &[u8]) -> &[u8] {
    while dir.len() > 1 && dir.ends_with(b"/") {
        dir = &dir[..dir.len() - 1];
    }
    dir
}

/// The directory an object was loaded from (its `$ORIGIN`): the directory
/// part of `path`, made absolute with the current directory if relative.
/// Symlinks are not resolved (glibc does not either).
pub fn origin_of(path: &[u8]) -> Option<Vec<u8>> {
    let dir = match path.iter().rposition(|&c| c == b'/') {
        Some(0) => &path[..1],
        Some(i) => &path[..i],
        None => b"",
    };
    if dir.starts_with(b"/") {
        return Some(dir.to_vec());
    }
    // Like glibc, the relative directory is appended as written:
    // "./prog" has the origin "/cwd/.".
    let mut cwd = getcwd()?;
    if !dir.is_empty() {
        if !cwd.ends_with(b"/") {
            cwd.push(b'/');
        }
        cwd.extend_from_slice(dir);
    }
    Some(cwd)
}

pub fn getcwd() -> Option<Vec<u8>> {
    let mut buf = alloc::vec![0u8; sys::PATH_MAX];
    // SAFETY: the kernel writes at most PATH_MAX bytes into `buf`.
    let n = unsafe { syscalls::syscall!(syscalls::Sysno::getcwd, buf.as_mut_ptr(), buf.len()) }.ok()?;
    buf.truncate(n.saturating_sub(1));
    Some(buf)
}

/// The directory of the running program, from `/proc/self/exe` (how glibc
/// finds the program's `$ORIGIN` when the kernel started it).
pub fn program_origin() -> Option<Vec<u8>> {
    let mut buf = alloc::vec![0u8; sys::PATH_MAX];
    let path = b"/proc/self/exe\0";
    // SAFETY: `path` is NUL-terminated; the kernel writes at most
    // `buf.len()` bytes.
    let n = unsafe {
        syscalls::syscall!(syscalls::Sysno::readlink, path.as_ptr(), buf.as_mut_ptr(), buf.len())
    }
    .ok()?;
    buf.truncate(n);
    let i = buf.iter().rposition(|&c| c == b'/')?;
    buf.truncate(i.max(1));
    Some(buf)
}

/// Replaces `$ORIGIN`, `${ORIGIN}`, `$LIB`, `${LIB}`, `$PLATFORM`,
/// `${PLATFORM}` in `s`. A token is only recognised when the name is not
/// followed by a letter, digit or '_' (`$ORIGINX` stays literal). Returns
/// None when `$ORIGIN` is used but unknown: glibc then drops the element.
pub fn expand_dst(s: &[u8], origin: Option<&[u8]>) -> Option<Vec<u8>> {
    expand_dst_as(s, origin, None)
}

/// [`expand_dst`] with glibc's secure-mode rules for `$ORIGIN`
/// (`_dl_dst_substitute` when `__libc_enable_secure`): `secure` is
/// `Some(executable)` in secure mode, where `executable` says whether the
/// string is the program's own. There `$ORIGIN` is used only as the
/// whole string or its first part before a '/' (anywhere else the string
/// is dropped), and for the program the result must lie in a trusted
/// directory ([`trusted`]); `$LIB` and `$PLATFORM` are fixed values and
/// are not checked.
pub fn expand_dst_as(s: &[u8], origin: Option<&[u8]>, secure: Option<bool>) -> Option<Vec<u8>> {
    if !s.contains(&b'$') {
        return Some(s.to_vec());
    }
    let mut used_origin = false;
    let mut out = Vec::with_capacity(s.len() + 32);
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'$' {
            let rest = &s[i + 1..];
            let (name, len) = if rest.starts_with(b"{") {
                match rest.iter().position(|&c| c == b'}') {
                    Some(end) => (&rest[1..end], end + 1),
                    None => (&rest[..0], 0),
                }
            } else {
                let end = rest.iter().position(|c| !(c.is_ascii_alphanumeric() || *c == b'_')).unwrap_or(rest.len());
                (&rest[..end], end)
            };
            let value = match name {
                b"ORIGIN" if secure.is_some() && !(i == 0 && matches!(s.get(1 + len), None | Some(b'/'))) => return None,
                b"ORIGIN" => {
                    used_origin = true;
                    Some(origin?)
                }
                b"LIB" => Some(DST_LIB),
                b"PLATFORM" => Some(DST_PLATFORM),
                _ => None,
            };
            if let Some(v) = value {
                out.extend_from_slice(v);
                i += 1 + len;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    if used_origin && secure == Some(true) && !trusted(&out) {
        return None;
    }
    Some(out)
}

/// glibc's `is_trusted_path_normalize`: `path`, with `/./` and `/../`
/// resolved and repeated slashes reduced, starts with one of the system
/// directories.
pub fn trusted(path: &[u8]) -> bool {
    if path.is_empty() {
        return false;
    }
    let mut n: Vec<u8> = Vec::with_capacity(path.len() + 1);
    let mut i = 0;
    while i < path.len() {
        if path[i] == b'/' {
            let rest = &path[i..];
            if rest.starts_with(b"/../") || rest == b"/.." {
                while let Some(c) = n.pop() {
                    if c == b'/' {
                        break;
                    }
                }
                i += 3;
                continue;
            }
            if rest.starts_with(b"/./") || rest == b"/." {
                i += 2;
                continue;
            }
            if n.last() == Some(&b'/') {
                i += 1;
                continue;
            }
        }
        n.push(path[i]);
        i += 1;
    }
    if n.last() != Some(&b'/') {
        n.push(b'/');
    }
    DEFAULT_DIRS.iter().any(|d| n.len() > d.len() && n.starts_with(d) && n[d.len()] == b'/')
}

/// What the search knows of one directory and CPU subdirectory (glibc's
/// `enum r_dir_status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirStatus {
    Unknown,
    Nonexisting,
    Existing,
}

/// One directory of the search paths (glibc's `struct r_search_path_elem`),
/// shared by every path list that names it: what the search learnt about
/// it (which of its CPU subdirectories do not exist) holds for all of them.
#[derive(Debug)]
pub struct SearchDir {
    /// The directory with one trailing '/' (empty: the current directory).
    pub name: Vec<u8>,
    /// The kind of the path list that first named it ("RPATH", "RUNPATH",
    /// "LD_LIBRARY_PATH", "system search path"), as `LD_DEBUG=libs` names it.
    pub what: &'static str,
    /// The object whose path list first named it (None: not an object's).
    pub owner: Option<usize>,
    /// One status for each of [`Hwcaps::subdirs`] (filled when first searched).
    pub status: Vec<DirStatus>,
}

impl SearchDir {
    /// The status a subdirectory starts with: a relative directory is never
    /// ruled out, because the current directory may change.
    pub fn initial_status(&self) -> DirStatus {
        if self.name.starts_with(b"/") { DirStatus::Unknown } else { DirStatus::Existing }
    }
}

/// A search path (DT_RPATH, DT_RUNPATH, LD_LIBRARY_PATH, the system
/// directories) as indices into [`SearchDirs::dirs`]; None when it is not
/// searched (absent, empty after expansion, inhibited, or every directory
/// found missing).
pub type PathList = Option<Vec<usize>>;

/// The search's memory: every directory named so far and the path lists
/// made of them, built when first needed as glibc's `_dl_init_paths` and
/// `decompose_rpath` do.
#[derive(Debug)]
pub struct SearchDirs {
    pub dirs: Vec<SearchDir>,
    /// Set up (the system directories, the program's path, LD_LIBRARY_PATH).
    pub ready: bool,
    pub system: Vec<usize>,
    pub env: PathList,
    /// (object, DT_RPATH list) and (object, DT_RUNPATH list), once decomposed.
    pub rpath: Vec<(usize, PathList)>,
    pub runpath: Vec<(usize, PathList)>,
    /// The CPU subdirectories, once asked for.
    pub hwcaps: Option<Hwcaps>,
    /// What the last attempt of the current search failed with (glibc's
    /// `errno` after `open_path`): the error of "cannot open shared object
    /// file" when nothing is found (ENOENT, or EMFILE when the process is
    /// out of file descriptors).
    pub errno: crate::sys::Errno,
}

impl Default for SearchDirs {
    fn default() -> Self {
        SearchDirs {
            dirs: Vec::new(),
            ready: false,
            system: Vec::new(),
            env: None,
            rpath: Vec::new(),
            runpath: Vec::new(),
            hwcaps: None,
            errno: crate::sys::Errno::ENOENT,
        }
    }
}

impl SearchDirs {
    /// The index of directory `name` (with its trailing '/'), added with
    /// `what` and `owner` if new.
    pub fn intern(&mut self, name: Vec<u8>, what: &'static str, owner: Option<usize>) -> usize {
        if let Some(i) = self.dirs.iter().position(|d| d.name == name) {
            return i;
        }
        self.dirs.push(SearchDir { name, what, owner, status: Vec::new() });
        self.dirs.len() - 1
    }
}

/// An element of a search path as glibc's `fillin_rpath` stores it: the
/// expanded directory with trailing slashes reduced to one (none for the
/// empty element, the current directory). None if it is dropped (an
/// unusable `$ORIGIN`, or empty after expansion).
pub fn path_element(element: &[u8], origin: Option<&[u8]>) -> Option<Vec<u8>> {
    path_element_as(element, origin, None)
}

/// [`path_element`] under [`expand_dst_as`]'s secure-mode rules.
pub fn path_element_as(element: &[u8], origin: Option<&[u8]>, secure: Option<bool>) -> Option<Vec<u8>> {
    if element.is_empty() {
        return Some(Vec::new());
    }
    let mut dir = expand_dst_as(element, origin, secure)?;
    if dir.is_empty() {
        return None;
    }
    let keep = trim_trailing_slashes(&dir).len();
    dir.truncate(keep);
    if !dir.ends_with(b"/") {
        dir.push(b'/');
    }
    Some(dir)
}

/// Whether `--inhibit-rpath`'s `list` names `object` (glibc's `l_name`:
/// the name a library was opened by, empty for the program), as
/// `decompose_rpath` matches: a whole item equal to it. Its scan stops at
/// the end of the list, so an empty item at the end is never compared.
pub fn rpath_inhibited(list: &[u8], object: &[u8]) -> bool {
    let items = list.strip_suffix(b":").unwrap_or(list);
    !list.is_empty() && items.split(|&c| c == b':').any(|item| item == object)
}

/// Maps `/etc/ld.so.cache` read-only; None if it is missing or empty.
pub fn map_cache() -> Option<&'static [u8]> {
    let fd = sys::open_readonly(CACHE_PATH).ok()?;
    let st = sys::fstat(fd).ok();
    let result = st.filter(|s| s.size > 0 && s.is_regular()).and_then(|s| {
        // SAFETY: a fresh private read-only mapping of the whole file.
        let addr = unsafe { sys::mmap(0, s.size as usize, libc::PROT_READ, libc::MAP_PRIVATE, fd, 0) }.ok()?;
        // SAFETY: the mapping is `size` bytes long and lives until the
        // namespace unmaps it (`Namespace::unload_cache`), after which no
        // slice of it is used.
        Some(unsafe { core::slice::from_raw_parts(addr as *const u8, s.size as usize) })
    });
    sys::close(fd);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dst_expansion() {
        let o = Some(&b"/opt/app/bin"[..]);
        assert_eq!(expand_dst(b"$ORIGIN/../lib", o).unwrap(), b"/opt/app/bin/../lib");
        assert_eq!(expand_dst(b"${ORIGIN}/x", o).unwrap(), b"/opt/app/bin/x");
        assert_eq!(expand_dst(b"/usr/$LIB", o).unwrap(), b"/usr/lib/x86_64-linux-gnu");
        assert_eq!(expand_dst(b"/p/$PLATFORM/${LIB}", o).unwrap(), b"/p/x86_64/lib/x86_64-linux-gnu");
        assert_eq!(expand_dst(b"$ORIGINX/y", o).unwrap(), b"$ORIGINX/y");
        assert_eq!(expand_dst(b"$FOO", o).unwrap(), b"$FOO");
        assert_eq!(expand_dst(b"$ORIGIN/z", None), None);
        // Secure mode (glibc's _dl_dst_substitute): $ORIGIN only as the
        // first part, and for the program only into a trusted directory.
        let lib = Some(b"/usr/lib/x86_64-linux-gnu/app".as_slice());
        assert_eq!(expand_dst_as(b"$ORIGIN/../plugins", lib, Some(true)).unwrap(), b"/usr/lib/x86_64-linux-gnu/app/../plugins");
        assert_eq!(expand_dst_as(b"$ORIGIN/x", o, Some(true)), None, "program in an untrusted directory");
        assert_eq!(expand_dst_as(b"$ORIGIN/x", o, Some(false)).unwrap(), b"/opt/app/bin/x", "libraries are not checked");
        assert_eq!(expand_dst_as(b"/y/$ORIGIN", lib, Some(false)), None, "$ORIGIN not first");
        assert_eq!(expand_dst_as(b"$ORIGINX", lib, Some(false)).unwrap(), b"$ORIGINX");
        assert_eq!(expand_dst_as(b"${ORIGIN}", lib, Some(true)).unwrap(), b"/usr/lib/x86_64-linux-gnu/app");
        assert_eq!(expand_dst_as(b"$ORIGIN/../../../tmp", lib, Some(true)), None, "normalised out of it");
        assert!(trusted(b"/lib//x86_64-linux-gnu/./a"));
        assert!(trusted(b"/lib"), "the directory itself (glibc appends a slash)");
        assert!(!trusted(b"/libx/y"));
        assert!(!trusted(b"/tmp/../opt"));
        assert_eq!(expand_dst(b"plain", None).unwrap(), b"plain");
    }

    #[test]
    fn only_ld_library_path_splits_on_semicolons() {
        let v: Vec<&[u8]> = split_path(b"/a;/b:/c", "LD_LIBRARY_PATH").collect();
        assert_eq!(v, [&b"/a"[..], b"/b", b"/c"]);
        let v: Vec<&[u8]> = split_path(b"/a;/b:/c", "--library-path").collect();
        assert_eq!(v, [&b"/a"[..], b"/b", b"/c"]);
        let v: Vec<&[u8]> = split_path(b"/a;/b:/c", "RUNPATH").collect();
        assert_eq!(v, [&b"/a;/b"[..], b"/c"]);
        let v: Vec<&[u8]> = split_path(b"::x", "RPATH").collect();
        assert_eq!(v, [&b""[..], b"", b"x"], "empty elements mean the current directory");
    }

    #[test]
    fn path_elements_as_fillin_rpath_stores_them() {
        assert_eq!(path_element(b"/a//", None).unwrap(), b"/a/");
        assert_eq!(path_element(b"/", None).unwrap(), b"/");
        assert_eq!(path_element(b"d", None).unwrap(), b"d/");
        assert_eq!(path_element(b"", None).unwrap(), b"");
        assert_eq!(path_element(b"$ORIGIN/lib", None), None);
        assert_eq!(path_element(b"$ORIGIN/lib", Some(b"/x")).unwrap(), b"/x/lib/");
    }

    #[test]
    fn inhibit_rpath_matches_whole_items() {
        assert!(rpath_inhibited(b"./prog", b"./prog"));
        assert!(rpath_inhibited(b"libx.so:./prog", b"./prog"));
        assert!(!rpath_inhibited(b"prog", b"./prog"));
        assert!(!rpath_inhibited(b"./prog2", b"./prog"));
        assert!(rpath_inhibited(b"a::b", b""), "an empty item names the program");
        assert!(rpath_inhibited(b":x", b""));
        assert!(!rpath_inhibited(b"x:", b""), "a last empty item is not looked at");
        assert!(!rpath_inhibited(b"", b""));
    }

    #[test]
    fn join_and_basename() {
        assert_eq!(join(b"/a/", b"libx.so"), b"/a/libx.so");
        assert_eq!(join(b"", b"libx.so"), b"libx.so");
        assert_eq!(join(b"/", b"libx.so"), b"/libx.so");
        assert_eq!(basename(b"/lib64/ld-linux-x86-64.so.2"), b"ld-linux-x86-64.so.2");
        assert_eq!(basename(b"libc.so.6"), b"libc.so.6");
    }

    #[test]
    fn origin() {
        assert_eq!(origin_of(b"/usr/lib/libc.so.6").unwrap(), b"/usr/lib");
        assert_eq!(origin_of(b"/libc.so.6").unwrap(), b"/");
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(origin_of(b"sub/libx.so").unwrap(), format!("{}/sub", cwd.display()).as_bytes());
        assert_eq!(origin_of(b"./prog").unwrap(), format!("{}/.", cwd.display()).as_bytes());
        assert_eq!(origin_of(b"libx.so").unwrap(), cwd.to_str().unwrap().as_bytes());
    }
}
