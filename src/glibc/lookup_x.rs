//! `GLRO(dl_lookup_symbol_x)`: glibc's internal symbol lookup, which libc
//! calls directly for `dlsym`/`dlvsym` (and for the vDSO in its time
//! IFUNCs). Same contract as glibc's `_dl_lookup_symbol_x`, implemented
//! with dryad's own lookup over the scopes libc passes in.

use super::shared::{LinkMap, RFoundVersion, RScopeElem};
use crate::lookup::{lookup_in_object, RefClass};
use crate::symbols::{SymbolName, Version};
use core::ffi::c_void;

const ELF_RTYPE_CLASS_PLT: i32 = 1;
const ELF_RTYPE_CLASS_COPY: i32 = 2;
const DL_LOOKUP_RETURN_NEWEST: i32 = 2;
/// The reference keeps an unloadable definition's object loaded (glibc's
/// `add_dependency`; `dlsym(RTLD_DEFAULT)` asks for it, as do relocations).
const DL_LOOKUP_ADD_DEPENDENCY: i32 = 1;

/// `lookup_t _dl_lookup_symbol_x(const char *undef_name, struct link_map
/// *undef_map, const ElfW(Sym) **ref, struct r_scope_elem *scope[], const
/// struct r_found_version *version, int type_class, int flags, struct
/// link_map *skip_map)`: searches the NULL-terminated list of scopes in
/// order; on success sets `*ref` to the symbol's entry in the defining
/// object's table and returns that object's map. If nothing is found and
/// the reference is not weak, signals "undefined symbol" to libc's catch
/// frame (dlsym then returns NULL and dlerror explains).
///
/// # Safety
/// Arguments as glibc's; `scope` entries point to live `r_scope_elem`s.
pub unsafe extern "C" fn dl_lookup_symbol_x(
    undef_name: *const u8,
    undef_map: *mut LinkMap,
    sym_ref: *mut *const c_void,
    scope: *mut *mut RScopeElem,
    version: *const RFoundVersion,
    type_class: i32,
    flags: i32,
    skip_map: *mut LinkMap,
) -> *mut LinkMap {
    // SAFETY: C strings and structures from libc, per the contract.
    let (name, want) = unsafe {
        let name = crate::startup::cstr(undef_name);
        let want = if version.is_null() {
            None
        } else {
            Some(Version {
                name: crate::startup::cstr((*version).name),
                hash: (*version).hash,
                hidden: (*version).hidden != 0,
                file: None,
                weak: false,
            })
        };
        (name, want)
    };
    let class = match type_class {
        ELF_RTYPE_CLASS_PLT => RefClass::Plt,
        ELF_RTYPE_CLASS_COPY => RefClass::Copy,
        _ => RefClass::Normal,
    };
    let key = SymbolName::new(name);
    let mut unused = false;
    let found = crate::rtld::with_namespace(|ns| {
        use crate::config::debug;
        let undef_closing = !undef_map.is_null()
            && ns.index_of_handle(crate::abi::Handle::from_ptr(undef_map)).is_some_and(|u| ns.objects[u].closing);
        let log = ns.config.debug & debug::SYMBOLS != 0;
        if ns.config.debug & debug::STATISTICS != 0 {
            crate::debuglog::count_lookups(1, 0);
        }
        unused = ns.config.debug & debug::UNUSED != 0;
        // LD_DYNAMIC_WEAK: the first weak definition, kept while a global
        // one may still come.
        let mut weak = None;
        let mut s = scope;
        // SAFETY: a NULL-terminated array of scopes, each a list of maps.
        unsafe {
            // RTLD_NEXT: in the first scope, glibc starts after
            // `skip_map` (every object before it is passed over too); in
            // later scopes it passes over `skip_map` alone.
            let mut start = 0;
            if !skip_map.is_null() && !s.is_null() && !(*s).is_null() {
                let elem = *s;
                if let Some(k) = (0..(*elem).r_nlist as usize).find(|&k| *(*elem).r_list.add(k) == skip_map) {
                    start = k + 1;
                }
            }
            while !s.is_null() && !(*s).is_null() {
                let elem = *s;
                for k in core::mem::take(&mut start)..(*elem).r_nlist as usize {
                    let map = *(*elem).r_list.add(k);
                    if map == skip_map {
                        continue;
                    }
                    let Some(i) = ns.index_of_handle(crate::abi::Handle::from_ptr(map)) else { continue };
                    let obj = &ns.objects[i];
                    // An object a dlclose is finalising is found only by
                    // the objects that go with it (glibc's l_removed).
                    if obj.closing && !undef_closing {
                        continue;
                    }
                    if class == RefClass::Copy && obj.kind == crate::object::ObjectKind::Main {
                        continue;
                    }
                    if log {
                        crate::debuglog::symbol_lookup(name, ns.display_name(i), ns.objects[i].lmid);
                    }
                    if let Some((index, sym)) = lookup_in_object(obj, &key, want.as_ref(), class, flags & DL_LOOKUP_RETURN_NEWEST != 0) {
                        if ns.config.dynamic_weak && sym.st_info >> 4 == goblin::elf::sym::STB_WEAK {
                            weak = weak.or(Some((map, obj.symbols.sym_addr(index), i)));
                            continue;
                        }
                        // One instance of an STB_GNU_UNIQUE symbol (the
                        // namespace's table; a no-op for other symbols).
                        let d = ns.unique(crate::lookup::Definition { object: i, sym, index }, name, class);
                        let (i, map) = (d.object, ns.objects[d.object].handle.cast::<LinkMap>());
                        add_dependency(ns, undef_map, i, flags);
                        if ns.config.debug & crate::config::debug::BINDINGS != 0 {
                            bound(ns, undef_map, i, name, want.as_ref());
                        }
                        return Some((map, ns.objects[i].symbols.sym_addr(d.index)));
                    }
                }
                s = s.add(1);
            }
        }
        let (map, addr, i) = weak?;
        add_dependency(ns, undef_map, i, flags);
        if ns.config.debug & crate::config::debug::BINDINGS != 0 {
            bound(ns, undef_map, i, name, want.as_ref());
        }
        Some((map, addr))
    })
    .flatten();
    // SAFETY: `sym_ref` is libc's out-parameter.
    unsafe {
        match found {
            Some((map, sym)) => {
                *sym_ref = sym as *const c_void;
                map
            }
            None => {
                let weak = !(*sym_ref).is_null() && (*((*sym_ref) as *const u8).add(4) >> 4) == goblin::elf::sym::STB_WEAK;
                *sym_ref = core::ptr::null();
                // LD_DEBUG=unused: glibc signals no error.
                if !weak && !unused {
                    let mut msg = alloc::format!("undefined symbol: {}", crate::sys::Bytes(name));
                    if let Some(v) = want {
                        msg += &alloc::format!(", version {}", crate::sys::Bytes(v.name));
                    }
                    msg.push('\0');
                    // glibc's DSO_FILENAME: the program's empty l_name
                    // becomes its argv[0].
                    let mut obj = if undef_map.is_null() { c"".as_ptr() as *const u8 } else { (*undef_map).l_name as *const u8 };
                    if *obj == 0 && !super::exports::_dl_argv.is_null() && !(*super::exports::_dl_argv).is_null() {
                        obj = *super::exports::_dl_argv;
                    }
                    let mask = crate::rtld::with_namespace(|ns| ns.config.debug).unwrap_or(0);
                    crate::debuglog::error(mask, crate::startup::cstr(obj), crate::error::SYMBOL_LOOKUP, &msg[..msg.len() - 1], false);
                    super::errors::signal_exception_of(0, obj, c"symbol lookup error".as_ptr() as *const u8, msg.as_ptr());
                }
                core::ptr::null_mut()
            }
        }
    }
}

/// A definition libc's lookup found in object `def`, for `undef_map`,
/// with DL_LOOKUP_ADD_DEPENDENCY: recorded as a relocation dependency (or
/// NODELETE) if dlclose could unload it.
fn add_dependency(ns: &crate::namespace::Namespace, undef_map: *mut LinkMap, def: usize, flags: i32) {
    if flags & DL_LOOKUP_ADD_DEPENDENCY == 0 || !ns.objects[def].unloadable || undef_map.is_null() {
        return;
    }
    if let Some(undef) = ns.index_of_handle(crate::abi::Handle::from_ptr(undef_map)) {
        crate::dlclose::note_binding(ns, undef, def);
    }
}

/// `LD_DEBUG=bindings` for a lookup libc asked for (`dlsym`, its own
/// lookups): the referencing object is `undef_map`'s, as glibc names it.
#[cold]
fn bound(ns: &crate::namespace::Namespace, undef_map: *mut LinkMap, def: usize, name: &[u8], want: Option<&Version>) {
    let undef = if undef_map.is_null() { None } else { ns.index_of_handle(crate::abi::Handle::from_ptr(undef_map)) };
    let undef = undef.map_or((&b""[..], 0), |i| ns.debug_name(i));
    crate::debuglog::binding(undef, ns.debug_name(def), name, want.map(|v| v.name));
}
