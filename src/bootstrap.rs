//! Self-relocation: the first thing dryad does.
//!
//! The kernel maps `dryad.so.1` at a random address but applies no
//! relocations, so until this runs every pointer stored in dryad's data
//! (vtables, string tables, `&'static` references in statics, GOT slots)
//! still holds its link-time value, which assumes a load address of 0.
//! This function must therefore use nothing but its arguments and the
//! stack: no statics, no calls that are not inlined, no panics (the panic
//! machinery itself reads relocated data).
//!
//! It walks dryad's own dynamic section and applies
//! * `DT_RELR` (packed relative relocations: one address word, then bitmaps
//!   of the following 63 words, each set bit meaning "add the base here"),
//! * `DT_RELA` entries of type RELATIVE (`base + addend`), and of types
//!   GLOB_DAT / JUMP_SLOT / 64 against dryad's own symbols (the version
//!   script exports a few data symbols, and references to an exported
//!   symbol go through the GOT).
//!
//! `start.S` passes `base` (the address of `__ehdr_start`) and the address
//! of `_DYNAMIC`, both computed PC-relative, so they need no relocation.

const DT_NULL: u64 = 0;
const DT_RELA: u64 = 7;
const DT_RELASZ: u64 = 8;
const DT_SYMTAB: u64 = 6;
const DT_JMPREL: u64 = 23;
const DT_PLTRELSZ: u64 = 2;
const DT_RELRSZ: u64 = 35;
const DT_RELR: u64 = 36;

const R_X86_64_64: u32 = 1;
const R_X86_64_GLOB_DAT: u32 = 6;
const R_X86_64_JUMP_SLOT: u32 = 7;
const R_X86_64_RELATIVE: u32 = 8;

/// Applies dryad's own relocations. Returns false if it met a relocation it
/// cannot apply (the caller then exits: nothing else is safe to do).
///
/// # Safety
/// `base` must be dryad's load address and `dynamic` its `_DYNAMIC`; must be
/// called exactly once, before anything reads a relocated word.
#[inline(always)]
pub unsafe fn relocate_self(base: usize, dynamic: *const u64) -> bool {
    let (mut rela, mut relasz, mut jmprel, mut pltrelsz) = (0usize, 0usize, 0usize, 0usize);
    let (mut relr, mut relrsz, mut symtab) = (0usize, 0usize, 0usize);
    let mut d = dynamic;
    // SAFETY: `dynamic` is our own dynamic section, terminated by DT_NULL.
    unsafe {
        while *d != DT_NULL {
            let v = *d.add(1) as usize;
            match *d {
                DT_RELA => rela = base + v,
                DT_RELASZ => relasz = v,
                DT_JMPREL => jmprel = base + v,
                DT_PLTRELSZ => pltrelsz = v,
                DT_RELR => relr = base + v,
                DT_RELRSZ => relrsz = v,
                DT_SYMTAB => symtab = base + v,
                _ => {}
            }
            d = d.add(2);
        }
    }

    // RELR: an even word is an address (relocate it, continue after it);
    // an odd word is a bitmap for the 63 words after the last address.
    let mut where_: *mut usize = core::ptr::null_mut();
    let mut i = 0;
    while i < relrsz / 8 {
        // SAFETY: the RELR table and the words it names are ours.
        unsafe {
            let entry = *((relr as *const usize).add(i));
            if entry & 1 == 0 {
                where_ = (base + entry) as *mut usize;
                *where_ += base;
                where_ = where_.add(1);
            } else {
                let mut bits = entry >> 1;
                let mut k = 0;
                while bits != 0 {
                    if bits & 1 != 0 {
                        *where_.add(k) += base;
                    }
                    bits >>= 1;
                    k += 1;
                }
                where_ = where_.add(63);
            }
        }
        i += 1;
    }

    // RELA and JMPREL: r_offset, r_info, r_addend (24 bytes each).
    let tables = [(rela, relasz), (jmprel, pltrelsz)];
    let mut t = 0;
    while t < 2 {
        let (table, size) = tables[t];
        let mut k = 0;
        while k < size / 24 {
            // SAFETY: entries of our own relocation tables, naming our own
            // writable words and our own symbols.
            unsafe {
                let r = (table as *const u64).add(k * 3);
                let offset = *r as usize;
                let info = *r.add(1);
                let addend = *r.add(2) as usize;
                let place = (base + offset) as *mut usize;
                let kind = info as u32;
                let sym = (info >> 32) as usize;
                let sym_value = if sym != 0 { base + *((symtab + sym * 24 + 8) as *const usize) } else { 0 };
                match kind {
                    R_X86_64_RELATIVE => *place = base.wrapping_add(addend),
                    R_X86_64_GLOB_DAT | R_X86_64_JUMP_SLOT => *place = sym_value,
                    R_X86_64_64 => *place = sym_value.wrapping_add(addend),
                    _ => return false,
                }
            }
            k += 1;
        }
        t += 1;
    }
    true
}
