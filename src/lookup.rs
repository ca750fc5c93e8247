//! Symbol lookup: which object's definition a reference binds to.
//!
//! The scope is searched in order (the program, LD_PRELOAD objects, then
//! the dependencies breadth-first) and the first acceptable definition
//! wins, whether it is global or weak. What "acceptable" means follows
//! glibc's `do_lookup_x`/`check_match`:
//!
//! * the symbol must be defined (an undefined symbol with a value is the
//!   PLT address a non-PIC program uses as a function's canonical address:
//!   it satisfies data references, but not PLT references, which would
//!   otherwise loop back into the program's own PLT);
//! * its type is one a reference can bind to and its binding is global,
//!   weak or unique (local symbols are never exported);
//! * versions: a reference asking for version V binds to a definition
//!   carrying V, or to an unversioned one; a reference without a version
//!   binds to the base definition, or failing that, to the only
//!   non-hidden versioned one;
//! * COPY relocations never bind to the program's own symbol.

use crate::elf::Sym;
use crate::object::{Object, ObjectKind};
use crate::symbols::{SymbolName, Version};
use goblin::elf::section_header::{SHN_ABS, SHN_UNDEF};
use goblin::elf::sym::{STB_GLOBAL, STB_GNU_UNIQUE, STB_WEAK, STT_COMMON, STT_FUNC, STT_GNU_IFUNC, STT_NOTYPE, STT_OBJECT, STT_TLS};

/// What kind of reference is being resolved (glibc's `type_class`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefClass {
    Normal,
    /// A PLT slot (R_X86_64_JUMP_SLOT).
    Plt,
    /// A copy relocation: skip the program itself.
    Copy,
}

/// A definition found by [`lookup`].
#[derive(Clone, Copy, Debug)]
pub struct Definition {
    pub object: usize,
    pub sym: Sym,
    /// Index of the symbol in the object's dynamic symbol table.
    pub index: usize,
}

impl Definition {
    /// Run-time address of the definition (absolute symbols are not
    /// relocated by the load bias).
    pub fn address(&self, objects: &[Object]) -> usize {
        let base = if self.sym.st_shndx as u32 == SHN_ABS { 0 } else { objects[self.object].base };
        base.wrapping_add(self.sym.st_value as usize)
    }

    pub fn is_ifunc(&self) -> bool {
        self.sym.st_info & 0xf == STT_GNU_IFUNC
    }
}

fn acceptable_type(sym: &Sym) -> bool {
    matches!(sym.st_info & 0xf, STT_NOTYPE | STT_OBJECT | STT_FUNC | STT_COMMON | STT_TLS | STT_GNU_IFUNC)
}

/// The first definition of `name` among `candidates` (object indices, in
/// scope order): the walk every lookup ends in. With `dynamic_weak`
/// (LD_DYNAMIC_WEAK), a weak definition is taken only if no later object
/// has a global one, as glibc did before 2.2.
pub fn first_definition(
    objects: &[Object],
    candidates: impl Iterator<Item = usize>,
    name: &SymbolName,
    version: Option<&Version>,
    class: RefClass,
    dynamic_weak: bool,
) -> Option<Definition> {
    let mut weak = None;
    for idx in candidates {
        let obj = &objects[idx];
        if (class == RefClass::Copy && obj.kind == ObjectKind::Main) || !obj.symbols.may_define(name) {
            continue;
        }
        if let Some((index, sym)) = lookup_in_object(obj, name, version, class, false) {
            let def = Definition { object: idx, sym, index };
            if dynamic_weak && sym.st_info >> 4 == STB_WEAK {
                weak = weak.or(Some(def));
                continue;
            }
            return Some(def);
        }
    }
    weak
}

/// Searches `scope` (indices into `objects`) for `name`, object by object.
pub fn lookup(
    objects: &[Object],
    scope: &[usize],
    name: &SymbolName,
    version: Option<&Version>,
    class: RefClass,
    dynamic_weak: bool,
) -> Option<Definition> {
    first_definition(objects, scope.iter().copied(), name, version, class, dynamic_weak)
}

/// Looks `name` up in one object.
pub fn lookup_in(obj: &Object, name: &SymbolName, version: Option<&Version>, class: RefClass) -> Option<Sym> {
    lookup_in_object(obj, name, version, class, false).map(|(_, s)| s)
}

/// Looks `name` up in one object; returns the symbol and its index.
/// `return_newest` is glibc's DL_LOOKUP_RETURN_NEWEST (dlsym): an
/// unversioned request then also accepts the default version (index 2).
pub fn lookup_in_object(obj: &Object, name: &SymbolName, version: Option<&Version>, class: RefClass, return_newest: bool) -> Option<(usize, Sym)> {
    let mut m = Matcher::new(version, class, return_newest);
    obj.symbols.find(&obj.image, name, |index, sym| m.offer(obj, index, sym)).or_else(|| m.finish())
}

/// glibc's `check_match` over the symbols of one object that carry the
/// name looked up, offered in hash-chain order: the first acceptable one
/// is the answer ([`Matcher::offer`] returns it); failing that, an
/// unversioned reference takes the object's only non-hidden versioned
/// definition ([`Matcher::finish`]).
pub struct Matcher<'v> {
    version: Option<&'v Version>,
    class: RefClass,
    threshold: u16,
    versioned: Option<(usize, Sym)>,
    num_versioned: usize,
}

impl<'v> Matcher<'v> {
    pub fn new(version: Option<&'v Version>, class: RefClass, return_newest: bool) -> Self {
        Matcher { version, class, threshold: if return_newest { 2 } else { 3 }, versioned: None, num_versioned: 0 }
    }

    /// Symbol `index` of `obj`, whose name is the one looked up: Some if
    /// it is the definition.
    #[inline]
    pub fn offer(&mut self, obj: &Object, index: usize, sym: Sym) -> Option<(usize, Sym)> {
        let table = &obj.symbols;
        let kind = sym.st_info & 0xf;
        if (sym.st_value == 0 && sym.st_shndx as u32 != SHN_ABS && kind != STT_TLS)
            || (self.class == RefClass::Plt && sym.st_shndx as u32 == SHN_UNDEF)
            || !acceptable_type(&sym)
        {
            return None;
        }
        if !matches!(sym.st_info >> 4, STB_GLOBAL | STB_WEAK | STB_GNU_UNIQUE) {
            return None;
        }
        let vindex = table.version_index(&obj.image, index);
        match (self.version, vindex) {
            // Versioned reference, unversioned object: accept.
            (Some(_), None) => Some((index, sym)),
            (Some(want), Some(have)) => {
                let def = table.version(have);
                let same = def.is_some_and(|d| d.hash == want.hash && d.name == want.name);
                // A mismatch is still fine if the definition has no version
                // (index 0/1) and is not hidden, and the reference is not
                // to a hidden version.
                let unversioned_def = def.is_none();
                if !same && (want.hidden || !unversioned_def || have & 0x8000 != 0) {
                    return None;
                }
                Some((index, sym))
            }
            (None, Some(have)) => {
                // Indices 0 and 1 are unversioned, 2 is the oldest version
                // an old unversioned program was linked against; newer
                // ones are accepted only if there is exactly one.
                if (have & 0x7fff) >= self.threshold {
                    if have & 0x8000 == 0 {
                        if self.num_versioned == 0 {
                            self.versioned = Some((index, sym));
                        }
                        self.num_versioned += 1;
                    }
                    return None;
                }
                Some((index, sym))
            }
            (None, None) => Some((index, sym)),
        }
    }

    /// No symbol offered was the definition: the only versioned one, if
    /// there was exactly one.
    pub fn finish(self) -> Option<(usize, Sym)> {
        if self.num_versioned == 1 { self.versioned } else { None }
    }
}
