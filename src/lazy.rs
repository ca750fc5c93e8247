//! Lazy binding: PLT calls are bound on first use.
//!
//! A program's call to `printf` goes through its PLT entry, which jumps
//! through a GOT slot. With lazy binding the dynamic linker does not look
//! `printf` up at startup: it leaves the slot pointing back into the PLT
//! (the linker wrote the address of the entry's `push index` there, which
//! only needs the load bias added), and sets up the object's GOT:
//!
//! ```text
//!   GOT[0]  address of _DYNAMIC (set by the static linker)
//!   GOT[1]  the object's handle (its link map)        <- dryad
//!   GOT[2]  the resolver trampoline                   <- dryad
//!   GOT[3..] one slot per PLT entry
//! ```
//!
//! The first call runs `push index; jmp PLT0`, PLT0 runs `push GOT[1];
//! jmp *GOT[2]`, and the trampoline (arch/x86_64/trampoline.S) saves all
//! argument registers and the vector state and calls [`dryad_lazy_fixup`],
//! which looks the symbol up exactly as eager binding would, writes the
//! slot, and returns the target; later calls go straight there.

// C symbol names (glibc ABI), exported with the `rtld` feature.
#![allow(non_upper_case_globals)]

use crate::elf::Rela;
use crate::namespace::Namespace;
use crate::object::Object;
use crate::sys;
use goblin::elf::reloc::R_X86_64_JUMP_SLOT;

extern "C" {
    fn dryad_runtime_resolve_xsave();
    fn dryad_runtime_resolve_fxsave();
}

/// Bytes of stack the XSAVE trampoline reserves (64-byte multiple); read
/// by trampoline.S.
#[cfg_attr(feature = "rtld", no_mangle)]
pub static mut dryad_xsave_size: usize = 0;

/// The trampoline for this CPU, chosen once (at startup): later callers
/// (dlopen) reuse it, so `dryad_xsave_size` is never rewritten while
/// another thread may be reading it in the trampoline.
pub fn trampoline() -> usize {
    static CHOSEN: spin::Once<usize> = spin::Once::new();
    *CHOSEN.call_once(choose_trampoline)
}

/// The profiling trampoline (arch/x86_64/profile.S, glibc's
/// `_dl_runtime_profile`): GOT[2] of objects whose PLT calls audit modules
/// trace (`la_pltenter`/`la_pltexit`). It saves the argument registers as
/// an `La_x86_64_regs`, calls [`dryad_profile_fixup`], and, when a module
/// asked for `la_pltexit`, calls the target itself and then
/// [`dryad_profile_exit`]. Same choice of XSAVE or FXSAVE as
/// [`trampoline`].
pub fn profile_trampoline() -> usize {
    extern "C" {
        fn dryad_runtime_profile_xsave();
        fn dryad_runtime_profile_fxsave();
    }
    if trampoline() == dryad_runtime_resolve_xsave as *const () as usize {
        dryad_runtime_profile_xsave as *const () as usize
    } else {
        dryad_runtime_profile_fxsave as *const () as usize
    }
}

/// Called by the profiling trampoline at every call through PLT slot
/// `index` of the object whose link map is `map`: the slot's binding
/// (made and told to the modules' `la_symbind64` at the first call, never
/// written to the GOT, so every call comes here), then `la_pltenter`,
/// which may change the arguments in `regs` and the target. Stores the
/// frame size the modules asked for (negative: no `la_pltexit`) and
/// returns the target.
///
/// # Safety
/// Only the trampoline calls this, with GOT[1], the PLT's index, its
/// saved registers and a place for the frame size.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn dryad_profile_fixup(map: crate::abi::Handle, index: usize, regs: *mut u8, framesize: *mut i64) -> usize {
    let Some(ns) = crate::rtld::namespace() else {
        sys::write_all(2, b"dryad: lazy binding before startup finished\n");
        sys::exit(127);
    };
    match profile_binding(&ns, map, index) {
        Ok((idx, b)) => {
            let (target, size, enterexit) = crate::audit::pltenter(&ns, idx, &b, regs);
            if enterexit != b.bound.enterexit {
                if let Some(Some(k)) = ns.objects[idx].plt_bindings.lock().get_mut(index) {
                    // (Bits only ever get set: another thread's stay.)
                    k.bound.enterexit |= enterexit;
                }
            }
            // SAFETY: the trampoline's slot for it.
            unsafe { *framesize = size };
            target
        }
        Err(e) => crate::error::fatal(ns.program_name, &crate::error::LoadError { occasion: crate::error::SYMBOL_LOOKUP, ..e }),
    }
}

/// Called by the profiling trampoline once the target returned, when a
/// module asked for `la_pltexit`: the modules see the arguments (`regs`)
/// and may change the return values (`retval`, an `La_x86_64_retval`).
///
/// # Safety
/// Only the trampoline calls this, with what it passed to
/// [`dryad_profile_fixup`] and the return values it saved.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn dryad_profile_exit(map: crate::abi::Handle, index: usize, regs: *const u8, retval: *mut u8) {
    let Some(ns) = crate::rtld::namespace() else { return };
    let Some(idx) = ns.index_of_handle(map) else { return };
    let b = ns.objects[idx].plt_bindings.lock().get(index).copied().flatten();
    if let Some(b) = b {
        crate::audit::pltexit(&ns, idx, &b, regs, retval);
    }
}

/// PLT slot `index` of the object whose map is `map`, bound (once) for
/// the profiling trampoline: its definition and what the modules made of
/// it.
fn profile_binding(ns: &Namespace, map: crate::abi::Handle, index: usize) -> crate::error::LoadResult<(usize, crate::audit::PltBinding)> {
    let Some(idx) = ns.index_of_handle(map) else {
        return Err(crate::error::LoadError::new(b"", "lazy binding for an unknown object"));
    };
    if let Some(Some(b)) = ns.objects[idx].plt_bindings.lock().get(index) {
        return Ok((idx, *b));
    }
    let (_, r) = checked_slot(ns, idx, index)?;
    let b = audited_binding(ns, idx, &r, 0)?;
    let mut all = ns.objects[idx].plt_bindings.lock();
    if all.len() <= index {
        all.resize(index + 1, None);
    }
    // Another thread may have bound it meanwhile: the first one stays.
    let b = *all[index].get_or_insert(b);
    Ok((idx, b))
}

/// XSAVE with the size CPUID reports for the state components the OS
/// enabled, or FXSAVE without XSAVE.
fn choose_trampoline() -> usize {
    let leaf1 = core::arch::x86_64::__cpuid(1);
    let osxsave = leaf1.ecx & (1 << 27) != 0;
    if osxsave {
        // Leaf 0xD exists when the OS enabled XSAVE.
        let size = core::arch::x86_64::__cpuid_count(0xd, 0).ebx as usize;
        // SAFETY: written once at startup, before any lazy call.
        unsafe { dryad_xsave_size = size.next_multiple_of(64).max(576) };
        dryad_runtime_resolve_xsave as *const () as usize
    } else {
        dryad_runtime_resolve_fxsave as *const () as usize
    }
}

/// Prepares object `obj` for lazy binding: relocates its JUMP_SLOT words
/// by the load bias and fills GOT[1] and GOT[2]. Returns false if the
/// object has no usable GOT (the caller then binds eagerly).
pub fn prepare(obj: &Object, trampoline: usize) -> bool {
    let Some(got) = obj.dynamic.pltgot else { return false };
    if !obj.segments.iter().any(|s| s.prot & libc::PROT_WRITE != 0 && got >= s.start && got + 24 <= s.end) {
        return false;
    }
    // SAFETY: GOT[1] and GOT[2] are inside a writable segment of the
    // object (checked above); nothing runs in the object yet.
    unsafe {
        *((got + 8) as *mut usize) = obj.handle.addr();
        *((got + 16) as *mut usize) = trampoline;
    }
    true
}

/// Called by the trampoline: binds PLT relocation `index` of the object
/// whose link map is `map` and returns the function's address.
///
/// # Safety
/// Only the trampoline calls this, with GOT[1] and the PLT's index.
#[cfg_attr(feature = "rtld", no_mangle)]
pub unsafe extern "C" fn dryad_lazy_fixup(map: crate::abi::Handle, index: usize) -> usize {
    let Some(ns) = crate::rtld::namespace() else {
        sys::write_all(2, b"dryad: lazy binding before startup finished\n");
        sys::exit(127);
    };
    match fixup(&ns, map, index) {
        Ok(v) => v,
        // Whatever went wrong, it is met at a first call, after the
        // program has started: glibc reports its lazy resolver's failures
        // as symbol lookup errors.
        Err(e) => crate::error::fatal(ns.program_name, &crate::error::LoadError { occasion: crate::error::SYMBOL_LOOKUP, ..e }),
    }
}

fn fixup(ns: &Namespace, map: crate::abi::Handle, index: usize) -> crate::error::LoadResult<usize> {
    let Some(idx) = ns.index_of_handle(map) else {
        return Err(crate::error::LoadError::new(b"", "lazy binding for an unknown object"));
    };
    let (slot, r) = checked_slot(ns, idx, index)?;
    // The symbol index, its name and version, the definition and its
    // address are checked there, as for eager binding.
    let value = if crate::audit::active() && crate::audit::binding_audited() {
        audited_binding(ns, idx, &r, 0)?.bound.value
    } else {
        crate::reloc::resolve_plt(ns, idx, &r)?
    };
    if !ns.config.bind_not {
        // SAFETY: the slot is an aligned word of a writable segment of the
        // object, not GOT[1] or GOT[2] (`checked_slot`); an aligned 8-byte
        // store is atomic, and every thread racing here stores the same
        // value.
        unsafe { core::ptr::write_volatile(slot as *mut usize, value) };
    }
    Ok(value)
}

/// Resolves PLT relocation `r` of object `idx` as [`crate::reloc::resolve_plt`]
/// does and lets the audit modules hear of the binding (`la_symbind64`
/// with `flags`), which they may redirect: the binding, as the profiling
/// trampoline keeps it (an undefined weak function, bound to 0, is not
/// traced).
pub fn audited_binding(ns: &Namespace, idx: usize, r: &Rela, flags: u32) -> crate::error::LoadResult<crate::audit::PltBinding> {
    let Some(def) = crate::reloc::plt_definition(ns, idx, r)? else {
        let bound = crate::audit::Bound { value: 0, flags: 0, enterexit: u32::MAX };
        return Ok(crate::audit::PltBinding { definer: idx, sym: crate::elf::Sym::default(), ndx: 0, bound });
    };
    let value = crate::reloc::definition_value(ns, &def)?;
    let bound = crate::audit::symbind(ns, idx, def.object, &def.sym, def.index, value, flags);
    Ok(crate::audit::PltBinding { definer: def.object, sym: def.sym, ndx: def.index, bound })
}

/// PLT relocation `index` of object `idx` and the address of its slot,
/// checked: the index inside DT_JMPREL, the type JUMP_SLOT, the slot an
/// aligned word of a writable segment of the object, clear of GOT[1] and
/// GOT[2] (the slot was checked when it was prepared, in
/// `reloc::relocate_object`, and is again here: the table may lie in
/// writable memory). Reads only (the fuzz target calls it on its inputs).
pub fn checked_slot(ns: &Namespace, idx: usize, index: usize) -> crate::error::LoadResult<(usize, Rela)> {
    let obj = &ns.objects[idx];
    let table = obj.dynamic.jmprel;
    let r: Rela = index
        .checked_mul(24)
        .filter(|&off| off.checked_add(24).is_some_and(|end| end <= table.size))
        .and_then(|off| obj.image.read(table.addr.checked_add(off)?))
        .ok_or_else(|| ns.corrupt(idx, "PLT relocation index past DT_JMPREL"))?;
    if (r.r_info & 0xffff_ffff) as u32 != R_X86_64_JUMP_SLOT {
        return Err(ns.corrupt(idx, "lazy PLT relocation is not JUMP_SLOT"));
    }
    let slot = obj.base.wrapping_add(r.r_offset as usize);
    if slot % 8 != 0 {
        return Err(ns.corrupt(idx, "PLT relocation target not aligned"));
    }
    if !slot_is_writable(obj, slot) {
        return Err(ns.corrupt(idx, "relocation target outside the object's writable segments"));
    }
    Ok((slot, r))
}

/// Whether the 8 bytes at `slot` lie in a writable segment of `obj`, clear
/// of GOT[1] and GOT[2], which the trampoline reads.
fn slot_is_writable(obj: &Object, slot: usize) -> bool {
    let Some(end) = slot.checked_add(8) else { return false };
    let reserved = obj.dynamic.pltgot.is_some_and(|got| slot < got.wrapping_add(24) && end > got.wrapping_add(8));
    !reserved && obj.segments.iter().any(|s| s.prot & libc::PROT_WRITE != 0 && slot >= s.start && end <= s.end)
}
