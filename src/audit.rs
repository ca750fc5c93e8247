//! The rtld-audit interface (`LD_AUDIT`, `--audit`, `man 7 rtld-audit`).
//!
//! An audit module is a shared object that exports some of `la_version`,
//! `la_objsearch`, `la_activity`, `la_objopen`, `la_objclose`,
//! `la_preinit`, `la_symbind64` and `la_x86_64_gnu_pltenter`/`pltexit`.
//! As in glibc, each module is loaded before the program's dependencies,
//! into a link-map namespace of its own (a `dlmopen(LM_ID_NEWLM)`, so
//! with its own copy of libc), and then hears of what the dynamic linker
//! does in every other namespace:
//!
//! - `la_objsearch` for each name searched and each candidate path tried
//!   (it may rewrite the name, or veto it), [`objsearch`];
//! - `la_objopen` for each object mapped: it returns what the module
//!   wants to hear of bindings from and to that object, [`objopen`];
//! - `la_activity` around each batch of loading and unloading,
//!   [`activity`];
//! - `la_symbind64` for each PLT binding (bound now, or at a lazy call)
//!   and each `dlsym`, [`symbind`]; it may redirect the binding;
//! - `la_pltenter`/`la_pltexit` around each PLT call, through the
//!   profiling trampoline (arch/x86_64/profile.S), [`profile_fixup`];
//! - `la_preinit` just before `main` (libc asks, from `__libc_start_main`),
//!   and `la_objclose` as objects are finalised or unloaded.
//!
//! The core keeps the modules' interfaces and every object's per-module
//! state (the cookie and the bind flags); the libc adapter tells libc how
//! many modules there are (`GLRO(dl_naudit)`: libc's `dlsym` then calls
//! back, and its start code asks for `la_preinit`).
//!
//! Where dryad differs from glibc: the modules' namespaces are bound now
//! (RTLD_NOW), because their code runs while dryad holds the namespace
//! lock for writing (glibc's lazy resolver takes no lock); and modules are
//! not loaded in the listing modes (`--list`, `ldd`).

use crate::abi::Handle;
use crate::elf::Sym;
use crate::namespace::Namespace;
use alloc::vec::Vec;

/// `la_objopen`'s return bits: report bindings to / from this object.
pub const LA_FLG_BINDTO: u32 = 0x01;
pub const LA_FLG_BINDFROM: u32 = 0x02;
/// `la_symbind64`'s flags.
pub const LA_SYMB_NOPLTENTER: u32 = 0x01;
pub const LA_SYMB_NOPLTEXIT: u32 = 0x02;
pub const LA_SYMB_DLSYM: u32 = 0x08;
pub const LA_SYMB_ALTVALUE: u32 = 0x10;
/// `la_activity`'s flags.
pub const LA_ACT_CONSISTENT: u32 = 0;
pub const LA_ACT_ADD: u32 = 1;
pub const LA_ACT_DELETE: u32 = 2;
/// `la_objsearch`'s where-from codes.
pub const LA_SER_ORIG: u32 = 0x01;
pub const LA_SER_LIBPATH: u32 = 0x02;
pub const LA_SER_RUNPATH: u32 = 0x04;
pub const LA_SER_CONFIG: u32 = 0x08;
pub const LA_SER_DEFAULT: u32 = 0x40;

/// One module's state for one object (glibc's `struct auditstate`): the
/// cookie the module may set in `la_objopen` (first: the object's link
/// map) and what `la_objopen` returned.
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct AuditState {
    pub cookie: usize,
    pub bindflags: u32,
}

type Activity = unsafe extern "C" fn(*mut usize, u32);
type ObjSearch = unsafe extern "C" fn(*const u8, *mut usize, u32) -> *const u8;
type ObjOpen = unsafe extern "C" fn(Handle, isize, *mut usize) -> u32;
type Preinit = unsafe extern "C" fn(*mut usize);
type SymBind = unsafe extern "C" fn(*mut Sym, u32, *mut usize, *mut usize, *mut u32, *const u8) -> usize;
type PltEnter = unsafe extern "C" fn(*mut Sym, u32, *mut usize, *mut usize, *mut u8, *mut u32, *const u8, *mut i64) -> usize;
type PltExit = unsafe extern "C" fn(*mut Sym, u32, *mut usize, *mut usize, *const u8, *mut u8, *const u8) -> u32;
type ObjClose = unsafe extern "C" fn(*mut usize) -> u32;

/// A module's interfaces, in glibc's order (`struct audit_ifaces`, whose
/// layout 2.31's libc reads itself: see the adapter).
#[derive(Clone, Copy, Default)]
pub struct Ifaces {
    pub activity: Option<Activity>,
    pub objsearch: Option<ObjSearch>,
    pub objopen: Option<ObjOpen>,
    pub preinit: Option<Preinit>,
    pub symbind: Option<SymBind>,
    pub pltenter: Option<PltEnter>,
    pub pltexit: Option<PltExit>,
    pub objclose: Option<ObjClose>,
}

/// The interface names, in [`Ifaces`] order (glibc's `audit_iface_names`).
pub const IFACE_NAMES: [&[u8]; 8] = [
    b"la_activity",
    b"la_objsearch",
    b"la_objopen",
    b"la_preinit",
    b"la_symbind64",
    b"la_x86_64_gnu_pltenter",
    b"la_x86_64_gnu_pltexit",
    b"la_objclose",
];

impl Ifaces {
    /// From the addresses looked up for [`IFACE_NAMES`] (0: not defined).
    pub fn from_addresses(a: [usize; 8]) -> Ifaces {
        // SAFETY: each address is the definition of the rtld-audit function
        // of that name, which has the C signature declared above
        // (<link.h>); 0 stays None.
        unsafe {
            Ifaces {
                activity: core::mem::transmute::<usize, Option<Activity>>(a[0]),
                objsearch: core::mem::transmute::<usize, Option<ObjSearch>>(a[1]),
                objopen: core::mem::transmute::<usize, Option<ObjOpen>>(a[2]),
                preinit: core::mem::transmute::<usize, Option<Preinit>>(a[3]),
                symbind: core::mem::transmute::<usize, Option<SymBind>>(a[4]),
                pltenter: core::mem::transmute::<usize, Option<PltEnter>>(a[5]),
                pltexit: core::mem::transmute::<usize, Option<PltExit>>(a[6]),
                objclose: core::mem::transmute::<usize, Option<ObjClose>>(a[7]),
            }
        }
    }

    /// The eight function addresses, in glibc's order.
    pub fn addresses(&self) -> [usize; 8] {
        let f = |p: Option<usize>| p.unwrap_or(0);
        [
            f(self.activity.map(|p| p as usize)),
            f(self.objsearch.map(|p| p as usize)),
            f(self.objopen.map(|p| p as usize)),
            f(self.preinit.map(|p| p as usize)),
            f(self.symbind.map(|p| p as usize)),
            f(self.pltenter.map(|p| p as usize)),
            f(self.pltexit.map(|p| p as usize)),
            f(self.objclose.map(|p| p as usize)),
        ]
    }
}

/// A loaded audit module.
#[derive(Clone, Copy)]
pub struct Auditor {
    pub ifaces: Ifaces,
    /// Its namespace: nothing in it is audited.
    pub lmid: usize,
}

/// The modules, in `LD_AUDIT` order, fixed once startup has loaded them
/// (as in glibc, none is added later).
static AUDITORS: spin::Once<Vec<Auditor>> = spin::Once::new();

/// How many modules `LD_AUDIT` and `--audit` name (before they are
/// loaded): the static TLS surplus has room for their namespaces.
static REQUESTED: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);

pub fn set_requested(n: usize) {
    REQUESTED.store(n, core::sync::atomic::Ordering::Relaxed);
}

pub fn requested() -> usize {
    REQUESTED.load(core::sync::atomic::Ordering::Relaxed)
}

/// Records the modules startup loaded.
pub fn set_auditors(list: Vec<Auditor>) {
    AUDITORS.call_once(|| list);
}

/// The modules (none: no auditing).
#[inline]
pub fn auditors() -> &'static [Auditor] {
    AUDITORS.get().map_or(&[], |v| &v[..])
}

#[inline]
pub fn active() -> bool {
    !auditors().is_empty()
}

/// How a release's ld.so tells audit modules what it does, where
/// releases differ.
#[derive(Clone, Copy, Debug)]
pub struct Rules {
    /// glibc 2.41's order: LA_ACT_CONSISTENT once a dlopen's objects are
    /// relocated (before: once mapped), and at dlclose LA_ACT_DELETE after
    /// the first finaliser, before its `la_objclose` (before: after every
    /// finaliser and `la_objclose`).
    pub events_2_41: bool,
    /// `la_objopen` for the vDSO (2.35 on).
    pub vdso_objopen: bool,
    /// An audit module's dependencies are also searched for in the
    /// program's DT_RUNPATH (2.32 on).
    pub audit_runpath: bool,
    /// `la_symbind64` for PLT slots bound now, ld.so's own among them, and
    /// for ld.so's lookups of the program's allocator (2.35 on; before,
    /// only lazy bindings and dlsym).
    pub bind_now_symbind: bool,
    /// LA_ACT_DELETE and LA_ACT_CONSISTENT around the finalisers at exit
    /// (2.35 on).
    pub exit_activity: bool,
    /// ld.so calls the program's calloc once the startup objects are
    /// relocated, before LA_ACT_CONSISTENT, when PLT calls are traced
    /// (2.31: its own `l_reloc_result`), which sets up libc's malloc there.
    pub malloc_before_consistent: bool,
}

impl Rules {
    /// glibc 2.35 to 2.40's rules (2.41 changed only `events_2_41`).
    pub const SINCE_2_35: Rules = Rules { events_2_41: false, vdso_objopen: true, audit_runpath: true, bind_now_symbind: true, exit_activity: true, malloc_before_consistent: false };
}

/// The running release's rules ([`Rules::SINCE_2_35`] before an adapter is
/// chosen).
pub fn rules() -> Rules {
    crate::abi::libc().map_or(Rules::SINCE_2_35, |l| l.audit_rules())
}

/// Whether this release orders dlopen's and dlclose's events as glibc
/// 2.41 does ([`Rules::events_2_41`]).
pub fn events_2_41() -> bool {
    rules().events_2_41
}

/// Whether any module wants PLT calls traced (the profiling trampoline).
pub fn profiling() -> bool {
    auditors().iter().any(|a| a.ifaces.pltenter.is_some() || a.ifaces.pltexit.is_some())
}

/// Whether any module wants to hear of bindings.
pub fn binding_audited() -> bool {
    profiling() || auditors().iter().any(|a| a.ifaces.symbind.is_some())
}

/// Whether object `idx` is audited: not in a module's own namespace.
pub fn audited(ns: &Namespace, idx: usize) -> bool {
    let lmid = ns.objects[idx].lmid;
    active() && !auditors().iter().any(|a| a.lmid == lmid)
}

/// One object's per-module states, where glibc keeps them (after its
/// link map, see the adapter). Handled through raw pointers only: the
/// cookie addresses are what every call passes (and 2.31's libc reads
/// them itself), the modules run concurrently under the shared lock (at
/// lazy bindings), and a referring object may be its own definer.
#[derive(Clone, Copy)]
pub struct States(*mut AuditState);

impl States {
    /// Module `k`'s cookie, as the pointer the module gets.
    fn cookie(self, k: usize) -> *mut usize {
        // SAFETY: `k` < the number of modules, for which the adapter made
        // room (`states`); only the address is taken.
        unsafe { core::ptr::addr_of_mut!((*self.0.add(k)).cookie) }
    }
    fn bindflags(self, k: usize) -> u32 {
        // SAFETY: as in `cookie`; a plain read (written only by
        // `la_objopen`, under the write lock).
        unsafe { core::ptr::addr_of!((*self.0.add(k)).bindflags).read() }
    }
    fn set_bindflags(self, k: usize, v: u32) {
        // SAFETY: as in `cookie`; written under the namespace write lock.
        unsafe { core::ptr::addr_of_mut!((*self.0.add(k)).bindflags).write(v) }
    }
    /// Whether any module wants to hear of this object's bindings.
    fn any(self) -> bool {
        (0..auditors().len()).any(|k| self.bindflags(k) != 0)
    }
}

/// Object `idx`'s states; None while it has no link map (it is not
/// audited yet).
pub fn states(ns: &Namespace, idx: usize) -> Option<States> {
    let p = crate::abi::libc().map_or(core::ptr::null_mut(), |l| l.audit_states(ns.objects[idx].handle));
    (!p.is_null() && active()).then_some(States(p))
}

/// A NUL-terminated copy of `s` for the C side.
fn c_string(s: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(s.len() + 1);
    v.extend_from_slice(s);
    v.push(0);
    v
}

/// glibc's `_dl_audit_objsearch`: each module's `la_objsearch` in turn
/// for `name`, asked for by object `requester`, found `code` (an
/// `LA_SER_*`). Returns the name to use (rewritten or not), or None if a
/// module vetoed it. Not asked: objects of a module's own namespace.
pub fn objsearch(ns: &Namespace, name: &[u8], requester: usize, code: u32) -> Option<Vec<u8>> {
    let mut current = c_string(name);
    if code == 0 || !audited(ns, requester) {
        current.pop();
        return Some(current);
    }
    let Some(states) = states(ns, requester) else {
        current.pop();
        return Some(current);
    };
    for (k, a) in auditors().iter().enumerate() {
        let Some(f) = a.ifaces.objsearch else { continue };
        // SAFETY: the module's la_objsearch, with a C string and its cookie
        // for the requester; it returns NULL or a C string it owns.
        let r = unsafe { f(current.as_ptr(), states.cookie(k), code) };
        if r.is_null() {
            return None;
        }
        if r != current.as_ptr() {
            // SAFETY: a NUL-terminated string from the module.
            current = c_string(unsafe { crate::startup::cstr(r) });
        }
    }
    current.pop();
    Some(current)
}

/// glibc's `_dl_audit_objopen`: object `idx` was mapped (its link map is
/// filled); each module's `la_objopen` gives its bind flags.
pub fn objopen(ns: &Namespace, idx: usize) {
    if !audited(ns, idx) {
        return;
    }
    let Some(states) = states(ns, idx) else { return };
    let (handle, lmid) = (ns.objects[idx].handle, ns.objects[idx].lmid as isize);
    for (k, a) in auditors().iter().enumerate() {
        if let Some(f) = a.ifaces.objopen {
            // SAFETY: the module's la_objopen with the object's live link
            // map and its cookie.
            states.set_bindflags(k, unsafe { f(handle, lmid, states.cookie(k)) });
        }
    }
    if states.any() {
        if let Some(l) = crate::abi::libc() {
            l.audit_any_plt(handle);
        }
    }
}

/// glibc's `_dl_audit_objclose`: object `idx` was finalised.
pub fn objclose(ns: &Namespace, idx: usize) {
    if !audited(ns, idx) {
        return;
    }
    let Some(states) = states(ns, idx) else { return };
    for (k, a) in auditors().iter().enumerate() {
        if let Some(f) = a.ifaces.objclose {
            // SAFETY: the module's la_objclose with the object's cookie.
            unsafe { f(states.cookie(k)) };
        }
    }
}

/// glibc's `_dl_audit_activity_nsid`: namespace `lmid` is changing
/// (`flag`: an `LA_ACT_*`); the cookie passed is its first object's.
pub fn activity(ns: &Namespace, lmid: usize, flag: u32) {
    let Some(head) = ns.chain_order().into_iter().find(|&i| ns.objects[i].lmid == lmid) else { return };
    activity_of(ns, head, flag);
}

/// `la_activity` with object `head`'s cookie (glibc's
/// `_dl_audit_activity_map`).
pub fn activity_of(ns: &Namespace, head: usize, flag: u32) {
    if !audited(ns, head) {
        return;
    }
    let Some(states) = states(ns, head) else { return };
    for (k, a) in auditors().iter().enumerate() {
        if let Some(f) = a.ifaces.activity {
            // SAFETY: the module's la_activity with the head's cookie.
            unsafe { f(states.cookie(k), flag) };
        }
    }
}

/// glibc's `_dl_audit_preinit`: the program's initialisers are about to
/// run.
pub fn preinit(ns: &Namespace) {
    let main = ns.main;
    if !audited(ns, main) {
        return;
    }
    let Some(states) = states(ns, main) else { return };
    for (k, a) in auditors().iter().enumerate() {
        if let Some(f) = a.ifaces.preinit {
            // SAFETY: the module's la_preinit with the program's cookie.
            unsafe { f(states.cookie(k)) };
        }
    }
}

/// What [`symbind`] decided for a binding: the address to use, the flags
/// the modules returned, and (glibc's `enterexit`) which modules want
/// `la_pltenter`/`la_pltexit` for it: bits 2k+2 and 2k+3 for module k,
/// set where it does not; bits 0 and 1 where none does.
#[derive(Clone, Copy, Debug, Default)]
pub struct Bound {
    pub value: usize,
    pub flags: u32,
    pub enterexit: u32,
}

/// glibc's `_dl_audit_symbind`: object `refobj` binds to definition
/// `def` (symbol `sym`, index `ndx` in the definer's table) at `value`;
/// each module interested in both objects may change the address.
/// `flags`: LA_SYMB_NOPLTENTER|NOPLTEXIT for a PLT slot bound now,
/// LA_SYMB_DLSYM for dlsym, 0 at a lazy call.
pub fn symbind(ns: &Namespace, refobj: usize, definer: usize, sym: &Sym, ndx: usize, value: usize, flags: u32) -> Bound {
    let none = Bound { value, flags: 0, enterexit: u32::MAX };
    if !audited(ns, refobj) || !audited(ns, definer) || (flags != 0 && !rules().bind_now_symbind) {
        return none;
    }
    let (Some(rs), Some(ds)) = (states(ns, refobj), states(ns, definer)) else { return none };
    if !rs.any() && !ds.any() {
        return none;
    }
    let name = ns.objects[definer].symbols.name(&ns.objects[definer].image, sym).unwrap_or(b"");
    let name = c_string(name);
    let mut s = *sym;
    s.st_value = value as u64;
    let mut out = Bound { value, flags: 0, enterexit: LA_SYMB_NOPLTENTER | LA_SYMB_NOPLTEXIT };
    for (k, a) in auditors().iter().enumerate() {
        let shift = 2 * (k as u32 + 1);
        if rs.bindflags(k) & LA_FLG_BINDFROM != 0 && ds.bindflags(k) & LA_FLG_BINDTO != 0 {
            if let Some(f) = a.ifaces.symbind {
                out.flags |= flags;
                // SAFETY: the module's la_symbind64 with a copy of the
                // symbol (st_value: the address), the definer's index, both
                // cookies, the flags and the name.
                let v = unsafe { f(&mut s, ndx as u32, rs.cookie(k), ds.cookie(k), &mut out.flags, name.as_ptr()) };
                if v != s.st_value as usize {
                    out.flags |= LA_SYMB_ALTVALUE;
                    s.st_value = v as u64;
                }
            }
            out.enterexit &= out.flags & (LA_SYMB_NOPLTENTER | LA_SYMB_NOPLTEXIT);
            out.enterexit |= (out.flags & (LA_SYMB_NOPLTENTER | LA_SYMB_NOPLTEXIT)) << shift;
        } else {
            out.enterexit |= (LA_SYMB_NOPLTENTER | LA_SYMB_NOPLTEXIT) << shift;
        }
    }
    out.value = s.st_value as usize;
    out
}

/// glibc's `_dl_audit_symbind_alt`: `dlsym` (and ld.so's own lookups of
/// the program's allocator) found `value` for object `refobj` in
/// `definer`. Each module with `la_symbind64` that wants bindings from the
/// one or to the other hears of it (LA_SYMB_DLSYM) and may change it.
/// Returns the address to use.
pub fn symbind_dlsym(ns: &Namespace, refobj: usize, definer: usize, sym: &Sym, ndx: usize, value: usize) -> usize {
    if !audited(ns, refobj) || !audited(ns, definer) {
        return value;
    }
    let (Some(rs), Some(ds)) = (states(ns, refobj), states(ns, definer)) else { return value };
    if !rs.any() && !ds.any() {
        return value;
    }
    let name = c_string(ns.objects[definer].symbols.name(&ns.objects[definer].image, sym).unwrap_or(b""));
    let mut s = *sym;
    s.st_value = value as u64;
    let mut altvalue = 0;
    for (k, a) in auditors().iter().enumerate() {
        let Some(f) = a.ifaces.symbind else { continue };
        if rs.bindflags(k) & LA_FLG_BINDFROM == 0 && ds.bindflags(k) & LA_FLG_BINDTO == 0 {
            continue;
        }
        let mut flags = altvalue | LA_SYMB_DLSYM;
        // SAFETY: the module's la_symbind64, as in [`symbind`].
        let v = unsafe { f(&mut s, ndx as u32, rs.cookie(k), ds.cookie(k), &mut flags, name.as_ptr()) };
        if v != s.st_value as usize {
            altvalue = LA_SYMB_ALTVALUE;
            s.st_value = v as u64;
        }
    }
    s.st_value as usize
}

/// One PLT slot's binding under the profiling trampoline (glibc's
/// `struct reloc_result`): made at the first call, read at every call.
#[derive(Clone, Copy, Debug)]
pub struct PltBinding {
    pub definer: usize,
    pub sym: Sym,
    pub ndx: usize,
    pub bound: Bound,
}

/// glibc's `_dl_audit_pltenter`: the modules that want it hear of a call
/// through `refobj`'s PLT bound as `b`; they may change the arguments in
/// `regs` (an `La_x86_64_regs`) and the target. Returns the target and
/// the stack frame size the modules asked for (-1: no `la_pltexit`).
pub fn pltenter(ns: &Namespace, refobj: usize, b: &PltBinding, regs: *mut u8) -> (usize, i64, u32) {
    let mut framesize = -1i64;
    if b.bound.enterexit & LA_SYMB_NOPLTENTER != 0 {
        return (b.bound.value, framesize, b.bound.enterexit);
    }
    let (Some(rs), Some(ds)) = (states(ns, refobj), states(ns, b.definer)) else { return (b.bound.value, framesize, b.bound.enterexit) };
    let name = ns.objects[b.definer].symbols.name(&ns.objects[b.definer].image, &b.sym).unwrap_or(b"");
    let name = c_string(name);
    let mut s = b.sym;
    s.st_value = b.bound.value as u64;
    let mut flags = b.bound.flags;
    let mut enterexit = b.bound.enterexit;
    for (k, a) in auditors().iter().enumerate() {
        let shift = 2 * (k as u32 + 1);
        let Some(f) = a.ifaces.pltenter else { continue };
        if enterexit & (LA_SYMB_NOPLTENTER << shift) != 0 {
            continue;
        }
        let mut asked = -1i64;
        // SAFETY: the module's la_x86_64_gnu_pltenter, with the symbol copy,
        // both cookies, the trampoline's saved registers, the flags, the
        // name and the frame size it may set.
        let v = unsafe { f(&mut s, b.ndx as u32, rs.cookie(k), ds.cookie(k), regs, &mut flags, name.as_ptr(), &mut asked) };
        if v != s.st_value as usize {
            flags |= LA_SYMB_ALTVALUE;
            s.st_value = v as u64;
        }
        enterexit |= (flags & (LA_SYMB_NOPLTENTER | LA_SYMB_NOPLTEXIT)) << shift;
        if enterexit & (LA_SYMB_NOPLTEXIT << shift) == 0 && asked != -1 && framesize != -2 {
            framesize = if framesize == -1 { asked } else { framesize.max(asked) };
        }
    }
    (s.st_value as usize, framesize, enterexit)
}

/// glibc's `_dl_audit_pltexit`: the call returned; the modules that want
/// it see the arguments and may change the return values in `retval` (an
/// `La_x86_64_retval`).
pub fn pltexit(ns: &Namespace, refobj: usize, b: &PltBinding, regs: *const u8, retval: *mut u8) {
    let (Some(rs), Some(ds)) = (states(ns, refobj), states(ns, b.definer)) else { return };
    let name = ns.objects[b.definer].symbols.name(&ns.objects[b.definer].image, &b.sym).unwrap_or(b"");
    let name = c_string(name);
    let mut s = b.sym;
    s.st_value = b.bound.value as u64;
    for (k, a) in auditors().iter().enumerate() {
        let shift = 2 * (k as u32 + 1);
        let Some(f) = a.ifaces.pltexit else { continue };
        if b.bound.enterexit & (LA_SYMB_NOPLTEXIT << shift) != 0 {
            continue;
        }
        // SAFETY: the module's la_x86_64_gnu_pltexit, with the symbol copy,
        // both cookies, the saved argument registers, the return values
        // and the name.
        unsafe { f(&mut s, b.ndx as u32, rs.cookie(k), ds.cookie(k), regs, retval, name.as_ptr()) };
    }
}
