// The abi::Libc adapter of a glibc release, the same for every release:
// each release module includes this file, with its `layout`, `handshake`,
// `specific` and the shared `find_object` in scope.

use crate::abi::Libc;
use crate::config::Config;
use crate::namespace::Namespace;
use crate::object::Object;
use crate::startup::InitialStack;
use crate::tls::StartupTls;

/// The release's adapter: every pipeline event goes to the handshake step
/// that serves it.
pub struct Adapter;

pub static ADAPTER: Adapter = Adapter;

impl Libc for Adapter {
    fn configure(&self, stack: &InitialStack, config: &Config) {
        handshake::early(stack, config);
    }
    fn dso_sort(&self) -> crate::namespace::DsoSort {
        specific::dso_sort()
    }
    fn tcb_size(&self) -> usize {
        layout::TLS_TCB_SIZE
    }
    fn tcb_align(&self) -> usize {
        layout::PTHREAD_ALIGN
    }
    fn static_tls_surplus(&self) -> usize {
        handshake::static_tls_surplus()
    }
    fn optional_static_tls(&self) -> usize {
        handshake::optional_static_tls()
    }
    fn init_static_tls(&self, obj: &Object, m: &crate::tls::TlsModule) {
        handshake::init_static_tls(obj, m);
    }
    fn extra_static_tls(&self, stack: &InitialStack) -> crate::tls::ExtraBlock {
        specific::extra_static_tls(stack)
    }
    fn thread_ready(&self, tls: &StartupTls, tp: usize, pointer_guard: usize) {
        handshake::initial_thread(tls, tp, pointer_guard);
    }
    fn stack_made_executable(&self) {
        handshake::stack_is_executable();
    }
    fn publish(&self, ns: &mut Namespace) {
        handshake::publish_link_maps(ns);
        find_object::publish(ns);
    }
    fn relocated(&self, symbolic: usize) {
        handshake::count_relocations(symbolic);
    }
    fn ldso_relacount(&self) -> usize {
        specific::LDSO_RELACOUNT
    }
    fn glob_dat_class(&self) -> u8 {
        specific::GLOB_DAT_CLASS
    }
    fn announces_every_init(&self) -> bool {
        specific::ANNOUNCES_EVERY_INIT
    }
    fn before_initialisers(&self, ns: &Namespace) {
        handshake::before_initialisers(ns);
    }
    fn init_called(&self, obj: &Object) {
        handshake::mark_init_called(obj);
    }
    fn opening(&self, ns: &mut Namespace, new: &[usize]) {
        handshake::fill_opened(ns, new);
    }
    fn opened(&self, ns: &mut Namespace, new: &[usize], root: usize, local: &[usize], global: bool) {
        handshake::publish_opened(ns, new, root, local, global);
        find_object::publish(ns);
    }
    fn global_scope_grew(&self, ns: &Namespace) {
        handshake::global_scope_grew(ns);
    }
    fn opened_again(&self, ns: &Namespace, root: usize, local: &[usize], global_grew: bool) {
        handshake::opened_again(ns, root, local, global_grew);
    }
    fn secondary_libc(&self, ns: &Namespace, libc: usize) {
        handshake::secondary_libc(ns, libc);
    }
    fn accepts_libc(&self, libc: &Object) -> crate::error::LoadResult<()> {
        crate::glibc::accepts_libc(libc)
    }
    fn fork_prepare(&self) {
        handshake::fork_lock_load_write();
    }
    fn fork_release(&self, child: bool) {
        handshake::fork_unlock_load_write(child);
    }
    fn audit_version(&self) -> u32 {
        specific::LAV_CURRENT
    }
    fn auditing(&self, count: usize) {
        handshake::auditing(count);
    }
    fn close(&self, handle: crate::abi::Handle) {
        handshake::close(handle);
    }
    fn audit_states(&self, handle: crate::abi::Handle) -> *mut crate::audit::AuditState {
        handshake::audit_states(handle)
    }
    fn audit_any_plt(&self, handle: crate::abi::Handle) {
        handshake::audit_any_plt(handle);
    }
    fn audit_rules(&self) -> crate::audit::Rules {
        specific::AUDIT_RULES
    }
}
