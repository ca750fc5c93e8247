// What every release module (v2_36/mod.rs, ...) is made of besides its own
// `layout`, `specific`, `cpu_features` and `TUNABLES`: each includes this
// file. It brings the glibc-wide modules in under the names the shared
// code uses, checks the sizes the shared code relies on, and instantiates
// the shared handshake, initial-thread setup and adapter over the
// release's layout.

pub(crate) use super::{errors, exports, find_object, lookup_x, tunables};
pub(crate) use super::{PthreadStackFields, CPU_FEATURES, PTHREAD_STACK_FIELDS, RTLD_GLOBAL_RO_STORAGE, RTLD_GLOBAL_STORAGE, _rtld_global, _rtld_global_ro};

const _: () = assert!(cpu_features::CPU_FEATURES_SIZE == layout::CPU_FEATURES_SIZE);

/// The initial thread's `struct pthread` (../pthread.rs over this
/// release's layout).
pub mod pthread {
    include!("pthread.rs");
}

/// The libc handshake (../handshake.rs) over this release's structures.
#[allow(non_upper_case_globals)]
pub mod handshake {
    include!("handshake.rs");
}

/// `ld.so --list-tunables` for this release: its table, read from the
/// environment as at startup, with the CPU probe's write-back.
#[allow(dead_code)] // not a command-line option of 2.31's ld.so
pub fn list_tunables(stack: &crate::startup::InitialStack, config: &crate::config::Config) {
    tunables::select(TUNABLES);
    tunables::init(stack.env(), config.secure);
    let _ = specific::init_cpu(stack);
    tunables::print();
}

/// The tunables read from the environment and the CPU probe (with its
/// write-back into the tunables), as this release's ld.so has them at
/// startup: run once. The library search asks first when it needs the CPU
/// subdirectories before libc is loaded (LD_LIBRARY_PATH, a RUNPATH), and
/// the handshake's `early` asks again for the same stack and
/// configuration; both ran twice then (~13K instructions).
pub(crate) fn startup_cpu(stack: &crate::startup::InitialStack, config: &crate::config::Config) -> cpu_features::CpuInit {
    static CPU: spin::Once<cpu_features::CpuInit> = spin::Once::new();
    *CPU.call_once(|| {
        tunables::select(TUNABLES);
        let first = tunables::first_bytes();
        tunables::init(stack.env_where(|b| first[usize::from(b)]), config.secure);
        specific::init_cpu(stack)
    })
}

/// The CPU-chosen subdirectories and cache inputs of this release's
/// library search (../hwcaps.rs): its tunables read from the environment
/// and its CPU probe, as its ld.so has them when `_dl_init_paths` runs.
pub fn library_search_hwcaps(stack: &crate::startup::InitialStack, config: &crate::config::Config) -> crate::search::Hwcaps {
    let cpu = startup_cpu(stack, config);
    let scheme = specific::HWCAPS;
    let platform = dl_platform(stack, cpu.platform);
    let facts = super::hwcaps::CpuFacts {
        isa_1: specific::isa_level(&cpu),
        hwcap: cpu.hwcap,
        hwcap_mask: if scheme.legacy { tunables::get(tunables::HWCAP_MASK) } else { 0 },
        platform,
    };
    let (prepend, mask) = if scheme.glibc_hwcaps { (config.glibc_hwcaps_prepend, config.glibc_hwcaps_mask) } else { (None, None) };
    super::hwcaps::build(scheme, &facts, prepend, mask)
}

/// `GLRO(dl_platform)` after the CPU probe: `probed` (its choice, with
/// or without the NUL), else AT_PLATFORM.
fn dl_platform(stack: &crate::startup::InitialStack, probed: Option<&'static [u8]>) -> Option<&'static [u8]> {
    match probed {
        Some(p) => Some(p.strip_suffix(b"\0").unwrap_or(p)),
        // SAFETY: a non-null AT_PLATFORM points at the kernel's NUL-terminated
        // string on the initial stack, which lives as long as the process.
        None => stack.aux(crate::startup::at::PLATFORM).filter(|&p| p != 0).map(|p| unsafe { crate::startup::cstr(p as *const u8) }),
    }
}

/// `ld.so --list-diagnostics` for this release (../diagnostics.rs): the
/// common part as `release` describes it, over the CPU probed as at
/// startup with the tunables of the environment; `cpu_lines` prints the
/// release's `x86` part.
#[allow(dead_code)] // not a command-line option of 2.31's ld.so
fn print_diagnostics(
    stack: &crate::startup::InitialStack,
    config: &crate::config::Config,
    release: &super::diagnostics::Release,
    cpu_lines: fn(&mut crate::sys::FdWriter, &cpu_features::CpuInit),
) {
    tunables::select(TUNABLES);
    tunables::init(stack.env(), config.secure);
    let cpu = specific::init_cpu(stack);
    let platform = dl_platform(stack, cpu.platform);
    super::diagnostics::print(stack, release, cpu.hwcap, platform, specific::isa_level(&cpu), &|o| cpu_lines(o, &cpu));
}

// The adapter: every pipeline event goes to the handshake step that serves
// it (../adapter.rs).
include!("adapter.rs");
