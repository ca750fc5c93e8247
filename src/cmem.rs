//! The C memory functions the compiler emits calls to (`memcpy`, `memset`,
//! ...). dryad links no libc, so it defines them itself. They are written
//! with string instructions in inline assembly, not loops, so the compiler
//! cannot recognise them as idioms and turn them back into calls to
//! themselves. Only built into the binary (`src/main.rs`), not into the
//! host unit tests, where libc provides them.

/// # Safety
/// C `memcpy` contract: `n` bytes readable at `src`, writable at `dst`,
/// not overlapping.
#[no_mangle]
pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if n < 8 {
        // SAFETY: the caller's contract; rep movsb copies forwards (DF=0
        // per ABI).
        unsafe {
            core::arch::asm!("rep movsb", inout("rcx") n => _, inout("rdi") dst => _, inout("rsi") src => _, options(nostack, preserves_flags));
        }
        return dst;
    }
    // Whole words, then the last word again (it may overlap the words
    // already copied), read before anything is written so that memmove's
    // forward copy of overlapping buffers (dst below src) stays right. A
    // rep movsb moves one byte per step, and valgrind counts each step as
    // an instruction: a word per step is an eighth of them (the ~1 KiB
    // structures moved at startup made memcpy 10% of /bin/true's count).
    // SAFETY: n >= 8: the word at n - 8 lies inside both buffers.
    let tail = unsafe { core::ptr::read_unaligned(src.add(n - 8) as *const u64) };
    // SAFETY: the caller's contract: n / 8 words readable at src and
    // writable at dst; rep movsq copies forwards (DF=0 per ABI).
    unsafe {
        core::arch::asm!("rep movsq", inout("rcx") n / 8 => _, inout("rdi") dst => _, inout("rsi") src => _, options(nostack, preserves_flags));
        core::ptr::write_unaligned(dst.add(n - 8) as *mut u64, tail);
    }
    dst
}

/// # Safety
/// C `memmove` contract: `n` bytes readable at `src`, writable at `dst`.
#[no_mangle]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if (dst as usize).wrapping_sub(src as usize) >= n {
        // No harmful overlap: copy forwards.
        // SAFETY: as memcpy; a forward copy is correct when dst is before
        // src or the ranges do not overlap.
        return unsafe { memcpy(dst, src, n) };
    }
    // dst overlaps the tail of src: copy backwards, last byte first.
    // SAFETY: the caller's contract; DF is set only for this instruction
    // and cleared again, as the ABI requires.
    unsafe {
        core::arch::asm!(
            "std", "rep movsb", "cld",
            inout("rcx") n => _,
            inout("rdi") dst.add(n).wrapping_sub(1) => _,
            inout("rsi") src.add(n).wrapping_sub(1) => _,
            options(nostack)
        );
    }
    dst
}

/// # Safety
/// C `memset` contract: `n` writable bytes at `dst`.
#[no_mangle]
pub unsafe extern "C" fn memset(dst: *mut u8, c: i32, n: usize) -> *mut u8 {
    if n < 8 {
        // SAFETY: the caller's contract.
        unsafe {
            core::arch::asm!("rep stosb", inout("rcx") n => _, inout("rdi") dst => _, in("al") c as u8, options(nostack, preserves_flags));
        }
        return dst;
    }
    // Whole words, then the last word again (as memcpy).
    let word = u64::from(c as u8) * 0x0101_0101_0101_0101;
    // SAFETY: the caller's contract: n >= 8 writable bytes at dst, so n / 8
    // words and the word at n - 8.
    unsafe {
        core::arch::asm!("rep stosq", inout("rcx") n / 8 => _, inout("rdi") dst => _, in("rax") word, options(nostack, preserves_flags));
        core::ptr::write_unaligned(dst.add(n - 8) as *mut u64, word);
    }
    dst
}

/// # Safety
/// C `memcmp` contract: `n` readable bytes at `a` and `b`.
#[no_mangle]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: the caller's contract.
    let i = unsafe { equal_prefix_words(a, b, n) };
    let mut i = i;
    while i < n {
        // SAFETY: i < n, within both buffers by the caller's contract.
        let (x, y) = unsafe { (core::ptr::read_volatile(a.add(i)), core::ptr::read_volatile(b.add(i))) };
        if x != y {
            return x as i32 - y as i32;
        }
        i += 1;
    }
    0
}

/// The length of the longest run of equal 8-byte words at the start of
/// `a` and `b` (a multiple of 8, at most `n`): symbol names are compared
/// a word at a time, not a byte at a time.
///
/// # Safety
/// `n` readable bytes at `a` and `b`.
#[inline(always)]
unsafe fn equal_prefix_words(a: *const u8, b: *const u8, n: usize) -> usize {
    let mut i = 0;
    while i + 8 <= n {
        // SAFETY: i + 8 <= n: both words lie inside the buffers.
        let (x, y) = unsafe { (core::ptr::read_unaligned(a.add(i) as *const u64), core::ptr::read_unaligned(b.add(i) as *const u64)) };
        if x != y {
            break;
        }
        i += 8;
    }
    i
}

/// # Safety
/// As `memcmp`.
#[no_mangle]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    if n < 8 {
        // SAFETY: same contract.
        return unsafe { memcmp(a, b, n) };
    }
    // SAFETY: same contract; only equality matters here.
    let i = unsafe { equal_prefix_words(a, b, n) };
    if i + 8 <= n {
        // A word differs.
        return 1;
    }
    // Every whole word is equal: the last (possibly overlapping) word
    // covers the rest.
    // SAFETY: n >= 8, so the word at n - 8 lies inside both buffers.
    let (x, y) = unsafe { (core::ptr::read_unaligned(a.add(n - 8) as *const u64), core::ptr::read_unaligned(b.add(n - 8) as *const u64)) };
    (x != y) as i32
}

/// # Safety
/// `s` must point to a NUL-terminated string.
///
/// dryad calls none of it, but build.rs keeps it (`--undefined`): valgrind
/// finds the dynamic linker by its soname and must redirect that function
/// of it before the program runs, or it refuses to start.
#[no_mangle]
pub unsafe extern "C" fn strlen(s: *const u8) -> usize {
    let rest: usize;
    // SAFETY: scans until the NUL the caller guarantees.
    unsafe {
        core::arch::asm!("repne scasb", inout("rcx") usize::MAX => rest, inout("rdi") s => _, in("al") 0u8, options(nostack));
    }
    !rest - 1
}
