//! Raw system calls and unbuffered output: dryad has no libc of its own.
//!
//! Everything here is a thin, typed wrapper over a Linux system call made
//! with the `syscalls` crate. Errors come back as [`Errno`], whose
//! description is the same text glibc's `strerror` prints, so messages such
//! as "No such file or directory" match the system `ld.so` word for word.

use core::fmt;
pub use syscalls::Errno;
use syscalls::{syscall, Sysno};

pub type SysResult<T> = Result<T, Errno>;

/// Longest path we pass to the kernel (Linux PATH_MAX, including the NUL).
pub const PATH_MAX: usize = 4096;

/// Calls `f` with `bytes` as a NUL-terminated C string: on the stack if
/// it is short (every path a program normally names), else on the heap,
/// so that no caller's frame carries a PATH_MAX buffer (issue 11: the
/// stack pages startup touches count in its peak RSS).
fn with_cstr<T>(bytes: &[u8], f: impl FnOnce(*const u8) -> SysResult<T>) -> SysResult<T> {
    const SHORT: usize = 256;
    if bytes.len() >= PATH_MAX {
        return Err(Errno::ENAMETOOLONG);
    }
    if bytes.contains(&0) {
        return Err(Errno::ENOENT);
    }
    if bytes.len() >= SHORT {
        let mut v = alloc::vec::Vec::with_capacity(bytes.len() + 1);
        v.extend_from_slice(bytes);
        v.push(0);
        return f(v.as_ptr());
    }
    // Not zero-filled: only the copied bytes and the NUL are ever read.
    let mut buf = core::mem::MaybeUninit::<[u8; SHORT]>::uninit();
    let p = buf.as_mut_ptr() as *mut u8;
    // SAFETY: `bytes.len() < SHORT`, so the copy and the NUL fit.
    unsafe {
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
        *p.add(bytes.len()) = 0;
    }
    f(p)
}

/// Opens a file for reading. O_NONBLOCK keeps a FIFO (or other special
/// file) named like a library from blocking the loader; for regular files
/// it changes nothing, and the header checks reject anything else.
pub fn open_readonly(path: &[u8]) -> SysResult<i32> {
    with_cstr(path, |p| {
        // SAFETY: `p` is a NUL-terminated string that lives for the call.
        let fd = unsafe { syscall!(Sysno::open, p, libc::O_RDONLY | libc::O_CLOEXEC | libc::O_NONBLOCK) }?;
        Ok(fd as i32)
    })
}

/// Opens (creating it, mode 0666 less the umask) a file to append to,
/// not following a symbolic link at the end (`LD_DEBUG_OUTPUT`'s file, as
/// glibc opens it).
pub fn open_append(path: &[u8]) -> SysResult<i32> {
    with_cstr(path, |p| {
        // SAFETY: `p` is a NUL-terminated string that lives for the call.
        let fd = unsafe { syscall!(Sysno::open, p, libc::O_WRONLY | libc::O_APPEND | libc::O_CREAT | libc::O_NOFOLLOW, 0o666) }?;
        Ok(fd as i32)
    })
}

pub fn close(fd: i32) {
    // SAFETY: closing a descriptor has no memory-safety requirements.
    let _ = unsafe { syscall!(Sysno::close, fd) };
}

/// Reads up to `buf.len()` bytes at `offset`; retries on EINTR and short
/// reads until the end of the file.
pub fn pread(fd: i32, buf: &mut [u8], offset: u64) -> SysResult<usize> {
    // SAFETY: `buf` is `buf.len()` writable bytes.
    unsafe { pread_raw(fd, buf.as_mut_ptr(), buf.len(), offset) }
}

/// [`pread`] into memory that need not be initialised: returns how many
/// of the `len` bytes at `buf` were read (and are now initialised).
///
/// # Safety
/// `buf` must be valid for writes of `len` bytes.
pub unsafe fn pread_raw(fd: i32, buf: *mut u8, len: usize, offset: u64) -> SysResult<usize> {
    let mut done = 0;
    while done < len {
        // SAFETY: the kernel writes at most `len - done` bytes at
        // `buf + done`, which the caller lets us write.
        let r = unsafe { syscall!(Sysno::pread64, fd, buf.add(done), len - done, offset + done as u64) };
        match r {
            Ok(0) => break,
            Ok(n) => done += n,
            Err(Errno::EINTR) => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(done)
}

/// The parts of `struct stat` the loader uses.
#[derive(Clone, Copy, Debug)]
pub struct FileStat {
    pub dev: u64,
    pub ino: u64,
    pub size: u64,
    pub mode: u32,
}

impl FileStat {
    pub fn is_regular(&self) -> bool {
        self.mode & libc::S_IFMT == libc::S_IFREG
    }
    pub fn is_dir(&self) -> bool {
        self.mode & libc::S_IFMT == libc::S_IFDIR
    }
}

pub fn fstat(fd: i32) -> SysResult<FileStat> {
    // SAFETY: `struct stat` is plain data; an all-zero value is valid.
    let mut st: libc::stat = unsafe { core::mem::zeroed() };
    // SAFETY: the kernel fills `st`, which is a valid, writable `struct stat`.
    unsafe { syscall!(Sysno::fstat, fd, &mut st as *mut libc::stat) }?;
    Ok(FileStat { dev: st.st_dev, ino: st.st_ino, size: st.st_size as u64, mode: st.st_mode })
}

pub fn stat(path: &[u8]) -> SysResult<FileStat> {
    with_cstr(path, |p| {
        // SAFETY: as in `fstat`; `p` is NUL-terminated.
        let mut st: libc::stat = unsafe { core::mem::zeroed() };
        // SAFETY: `p` is a valid C string and `st` a writable `struct stat`.
        unsafe { syscall!(Sysno::stat, p, &mut st as *mut libc::stat) }?;
        Ok(FileStat { dev: st.st_dev, ino: st.st_ino, size: st.st_size as u64, mode: st.st_mode })
    })
}

/// # Safety
/// With `MAP_FIXED` the caller must own the address range being replaced.
pub unsafe fn mmap(addr: usize, len: usize, prot: i32, flags: i32, fd: i32, off: u64) -> SysResult<usize> {
    // SAFETY: forwarded to the caller's contract.
    unsafe { syscall!(Sysno::mmap, addr, len, prot, flags, fd, off) }
}

/// # Safety
/// The range must not be in use by anything that will touch it again.
pub unsafe fn munmap(addr: usize, len: usize) -> SysResult<()> {
    // SAFETY: forwarded to the caller's contract.
    unsafe { syscall!(Sysno::munmap, addr, len) }.map(|_| ())
}

/// # Safety
/// Removing permissions from memory that is still in use faults later.
pub unsafe fn mprotect(addr: usize, len: usize, prot: i32) -> SysResult<()> {
    // SAFETY: forwarded to the caller's contract.
    unsafe { syscall!(Sysno::mprotect, addr, len, prot) }.map(|_| ())
}

pub fn exit(code: i32) -> ! {
    loop {
        // SAFETY: exit_group never returns and touches no memory.
        let _ = unsafe { syscall!(Sysno::exit_group, code) };
    }
}

/// The six fields of `uname(2)` (sysname, nodename, release, version,
/// machine, domainname), each up to its NUL.
pub fn uname() -> Option<[alloc::vec::Vec<u8>; 6]> {
    let mut buf = [0u8; 6 * 65];
    // SAFETY: the buffer has the size of struct utsname (6 fields of 65).
    unsafe { syscall!(Sysno::uname, buf.as_mut_ptr()) }.ok()?;
    Some(core::array::from_fn(|i| {
        let f = &buf[i * 65..(i + 1) * 65];
        f[..f.iter().position(|&b| b == 0).unwrap_or(65)].to_vec()
    }))
}

/// The calling thread's CPU affinity mask into `mask`; returns how many
/// bytes of it the kernel filled (its own mask size).
pub fn sched_getaffinity(mask: &mut [u64]) -> SysResult<usize> {
    // SAFETY: the kernel writes at most `size_of_val(mask)` bytes into the
    // live, writable slice.
    unsafe { syscall!(Sysno::sched_getaffinity, 0usize, core::mem::size_of_val(mask), mask.as_mut_ptr()) }
}

/// Restricts the calling thread to the CPUs set in `mask`.
pub fn sched_setaffinity(mask: &[u64]) -> SysResult<()> {
    // SAFETY: the kernel reads `size_of_val(mask)` bytes from the live slice.
    unsafe { syscall!(Sysno::sched_setaffinity, 0usize, core::mem::size_of_val(mask), mask.as_ptr()) }.map(|_| ())
}

/// The CPU and NUMA node the caller runs on (the `getcpu` system call,
/// not the vDSO's).
pub fn getcpu() -> SysResult<(u32, u32)> {
    let (mut cpu, mut node) = (0u32, 0u32);
    // SAFETY: the kernel writes one `unsigned int` to each pointer; the
    // third argument (the unused cache) may be null.
    unsafe { syscall!(Sysno::getcpu, &mut cpu as *mut u32, &mut node as *mut u32, 0usize) }?;
    Ok((cpu, node))
}

/// Takes the futex mutex `word`, glibc's `lll_lock` protocol (a private
/// futex: 0 free, 1 taken, 2 taken with waiters), so that it excludes
/// libc's own `lll_lock` calls on a lock the two share.
pub fn futex_lock(word: &core::sync::atomic::AtomicI32) {
    use core::sync::atomic::Ordering::{AcqRel, Acquire, Relaxed};
    if word.compare_exchange(0, 1, Acquire, Relaxed).is_ok() {
        return;
    }
    // glibc's __lll_lock_wait: mark waiters, sleep while it stays taken.
    while word.swap(2, AcqRel) != 0 {
        // SAFETY: FUTEX_WAIT on a live word; returns when woken or when
        // the word is no longer 2.
        let _ = unsafe { syscall!(Sysno::futex, word.as_ptr(), libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG, 2usize, 0usize) };
    }
}

/// Releases what [`futex_lock`] took, waking a waiter if there may be one.
pub fn futex_unlock(word: &core::sync::atomic::AtomicI32) {
    if word.swap(0, core::sync::atomic::Ordering::Release) > 1 {
        // SAFETY: FUTEX_WAKE of one waiter on a live word.
        let _ = unsafe { syscall!(Sysno::futex, word.as_ptr(), libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG, 1usize) };
    }
}

pub fn getpid() -> i32 {
    // SAFETY: getpid has no arguments and cannot fail.
    unsafe { syscall!(Sysno::getpid) }.unwrap_or(0) as i32
}

pub fn write_all(fd: i32, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: the kernel reads `bytes.len()` bytes from a live slice.
        match unsafe { syscall!(Sysno::write, fd, bytes.as_ptr(), bytes.len()) } {
            Ok(0) => return,
            Ok(n) => bytes = &bytes[n.min(bytes.len())..],
            Err(Errno::EINTR) => continue,
            Err(_) => return,
        }
    }
}

/// The text glibc's `ld.so` prints for `e`. Its minimal `strerror` knows
/// only a handful of errors and prints the rest as "Error N" (for example
/// "cannot read file data: Error 21" for a directory); we do the same so
/// messages match.
pub fn strerror(e: Errno) -> alloc::borrow::Cow<'static, str> {
    use alloc::borrow::Cow::{Borrowed, Owned};
    match e {
        Errno::ENOMEM => Borrowed("Cannot allocate memory"),
        Errno::EINVAL => Borrowed("Invalid argument"),
        Errno::ENOENT => Borrowed("No such file or directory"),
        Errno::EPERM => Borrowed("Operation not permitted"),
        Errno::EIO => Borrowed("Input/output error"),
        Errno::EACCES => Borrowed("Permission denied"),
        _ => Owned(alloc::format!("Error {}", e.into_raw())),
    }
}

/// A small buffered writer to a file descriptor. Each message is built in
/// the buffer and written with as few `write` calls as possible, so lines
/// from several processes interleave whole, as glibc's do.
pub struct FdWriter {
    fd: i32,
    len: usize,
    buf: [u8; 1024],
}

impl FdWriter {
    pub const fn new(fd: i32) -> Self {
        FdWriter { fd, len: 0, buf: [0; 1024] }
    }
    pub fn write_bytes(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            if self.len == self.buf.len() {
                self.flush();
            }
            let n = bytes.len().min(self.buf.len() - self.len);
            self.buf[self.len..self.len + n].copy_from_slice(&bytes[..n]);
            self.len += n;
            bytes = &bytes[n..];
        }
    }
    pub fn flush(&mut self) {
        write_all(self.fd, &self.buf[..self.len]);
        self.len = 0;
    }
}

impl fmt::Write for FdWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.write_bytes(s.as_bytes());
        Ok(())
    }
}

impl Drop for FdWriter {
    fn drop(&mut self) {
        self.flush();
    }
}

/// Bytes that may not be UTF-8 (file names), printed as they are.
pub struct Bytes<'a>(pub &'a [u8]);

impl fmt::Display for Bytes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for chunk in self.0.utf8_chunks() {
            f.write_str(chunk.valid())?;
            for _ in chunk.invalid() {
                f.write_str("\u{fffd}")?;
            }
        }
        Ok(())
    }
}

/// How a thread waits for a lock another thread holds (the namespace
/// lock): it gives the CPU away (`sched_yield`) instead of spinning, so
/// that a holder that was preempted (more threads than cores) runs
/// again soon, rather than after the waiters' whole time slices.
pub struct YieldRelax;

impl spin::relax::RelaxStrategy for YieldRelax {
    #[inline]
    fn relax() {
        // SAFETY: sched_yield takes no arguments and changes no memory.
        let _ = unsafe { syscall!(Sysno::sched_yield) };
    }
}

#[macro_export]
macro_rules! eprint {
    ($($arg:tt)*) => {{
        let mut w = $crate::sys::FdWriter::new(2);
        let _ = core::fmt::Write::write_fmt(&mut w, format_args!($($arg)*));
    }};
}

#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => {{
        let mut w = $crate::sys::FdWriter::new(1);
        let _ = core::fmt::Write::write_fmt(&mut w, format_args!($($arg)*));
    }};
}
