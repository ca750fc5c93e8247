"""The tables: which glibc types dryad mirrors, which Rust item stands for
which glibc item, and what each layout constant means.

This is the only file that knows about particular glibc or dryad names.
When layout.rs gains a struct or constant, add it here (see README.md).
"""

# ---------------------------------------------------------------------------
# 1. glibc types to extract: (C name, debug file).  "ld.so" is the debug file
#    of ld-linux-x86-64.so.2, "libc" that of libc.so.6, "libpthread" and
#    "libdl" those of libpthread.so.0 and libdl.so.2 (read when the sysroot
#    has them: before 2.34 they define types of their own, such as 2.31's
#    struct pthread in libpthread).  A type not in the object named is
#    looked for in the others (extract.OBJECTS order); a type in none of
#    them does not exist in the release and is recorded under "missing" in
#    the JSON, not an error (2.31: struct dl_find_object, the rseq area).
# ---------------------------------------------------------------------------

GLIBC_STRUCTS = [
    # struct rtld_global / rtld_global_ro and what they contain
    ("struct rtld_global", "ld.so"),
    ("struct rtld_global_ro", "ld.so"),
    ("struct link_namespaces", "ld.so"),
    ("struct unique_sym_table", "ld.so"),
    ("struct unique_sym", "ld.so"),
    ("struct __pthread_mutex_s", "ld.so"),  # __rtld_lock_recursive_t.mutex
    ("struct __pthread_internal_list", "ld.so"),
    ("list_t", "ld.so"),
    ("struct auditstate", "ld.so"),
    ("struct dtv_slotinfo", "ld.so"),
    ("struct dtv_slotinfo_list", "ld.so"),
    ("struct dl_scope_free_list", "ld.so"),
    ("struct r_debug", "ld.so"),
    ("struct r_debug_extended", "ld.so"),
    # struct link_map and its records
    ("struct link_map", "ld.so"),
    ("struct r_scope_elem", "ld.so"),
    ("struct r_found_version", "ld.so"),
    ("struct libname_list", "ld.so"),
    ("struct r_search_path_struct", "ld.so"),
    ("struct r_file_id", "ld.so"),
    ("struct link_map_machine", "ld.so"),
    ("struct link_map_reldeps", "ld.so"),
    # dl* interfaces
    ("struct dl_find_object", "ld.so"),
    ("struct dl_exception", "ld.so"),
    ("tls_index", "ld.so"),
    ("struct dtv_pointer", "ld.so"),
    ("dtv_t", "ld.so"),
    ("Dl_info", "libc"),
    ("struct dlfcn_hook", "libc"),
    # CPU features (GLRO(dl_x86_cpu_features)) and tunables
    ("struct cpu_features", "ld.so"),
    ("struct cpu_features_basic", "ld.so"),
    ("struct cpuid_feature_internal", "ld.so"),
    ("struct cpuid_registers", "ld.so"),
    ("tunable_t", "ld.so"),
    ("tunable_val_t", "ld.so"),
    # ELF records
    ("Elf64_Dyn", "ld.so"),
    ("Elf64_Sym", "ld.so"),
    ("Elf64_Phdr", "ld.so"),
    ("Elf64_auxv_t", "ld.so"),
    # The thread: TCB and struct pthread (libc.so.6 owns it)
    ("tcbhead_t", "libc"),
    ("struct pthread", "libc"),  # 2.31: also (and owned by) libpthread
    ("struct robust_list_head", "libc"),
    ("struct pthread_key_data", "libc"),
    ("struct rseq_area", "libc"),  # a named type only from 2.41 on
]

# Enumerators whose values layout.rs (or its neighbours) restate.  Their
# values are read with gdb (`print (long)NAME`).
GLIBC_ENUMERATORS = [
    ("lt_executable", "ld.so"), ("lt_library", "ld.so"), ("lt_loaded", "ld.so"),
    ("lc_property_unknown", "ld.so"), ("lc_property_none", "ld.so"),
    ("lc_property_valid", "ld.so"),
    ("RT_CONSISTENT", "ld.so"), ("RT_ADD", "ld.so"), ("RT_DELETE", "ld.so"),
    ("dso_sort_algorithm_original", "ld.so"), ("dso_sort_algorithm_dfs", "ld.so"),
    ("PTHREAD_MUTEX_RECURSIVE_NP", "libc"),
    ("RSEQ_CPU_ID_UNINITIALIZED", "libc"), ("RSEQ_CPU_ID_REGISTRATION_FAILED", "libc"),
    ("CPUID_INDEX_MAX", "ld.so"),
    # before 2.33: cpuid[COMMON_CPUID_INDEX_MAX], feature[FEATURE_INDEX_MAX]
    ("COMMON_CPUID_INDEX_MAX", "ld.so"), ("FEATURE_INDEX_MAX", "ld.so"),
]

# Enum types whose whole enumerator list goes into the JSON, for reference
# when porting (tunable ids are renumbered between releases): (JSON name,
# debug file, gdb `ptype` argument: a type or, for an anonymous enum, one of
# its enumerators; or a list of such candidates, the first gdb knows wins).
GLIBC_ENUM_TYPES = [
    ("tunable_id_t", "ld.so", "tunable_id_t"),
    ("cpuid_index", "ld.so", ["CPUID_INDEX_1", "COMMON_CPUID_INDEX_1"]),  # 2.31: COMMON_*
    ("feature_index", "ld.so", "FEATURE_INDEX_1"),  # before 2.33 only
]

# Other values gdb can compute: (JSON name, debug file, C expression).
GLIBC_EXPRESSIONS = [
    ("tunable_count", "ld.so", "sizeof (tunable_list) / sizeof (tunable_list[0])"),
]

# ---------------------------------------------------------------------------
# 2. Rust structs -> glibc types.
#
#    glibc:   the glibc type (a key of GLIBC_STRUCTS), or a list of
#             (type, member path) candidates, the first present wins
#    prefix:  the Rust struct mirrors this member of the glibc type (for
#             anonymous member types such as link_map's l_lookup_cache)
#    renames: Rust field -> glibc member path (relative to prefix), for
#             names the naming rules do not produce; BitWord(m) is the
#             32-bit storage unit that holds bit-field m
#    padding: Rust fields that stand for no glibc member (holes, tails)
#    opaque:  only pointers to it exist; nothing to check
#
#    Naming rules (layout.rs header): a glibc member `_dl_foo` / `_ns_foo` /
#    `__foo` is the Rust field `dl_foo` / `ns_foo` / `foo` (leading
#    underscores dropped), in snake_case; Rust keywords get a trailing `_`
#    (`self` -> `self_`).
# ---------------------------------------------------------------------------


class BitWord:
    """The naturally aligned storage unit (`unit` bytes) that holds the
    first bit of bit-field `member`: LinkMap::l_bits."""

    def __init__(self, member, unit=4):
        self.member = member
        self.unit = unit

    def __repr__(self):
        return "BitWord(%r)" % self.member


RUST_STRUCTS = {
    # layout.rs
    "Elf64Dyn": {"glibc": "Elf64_Dyn"},
    "Elf64Sym": {"glibc": "Elf64_Sym"},
    "Elf64Phdr": {"glibc": "Elf64_Phdr"},
    "Elf64Auxv": {"glibc": "Elf64_auxv_t", "renames": {"a_val": "a_un"}},
    "RSearchPathElem": {"opaque": True},
    "AuditIfaces": {"opaque": True},
    "RelocResult": {"opaque": True},
    "ListHead": {"glibc": "list_t"},
    "PthreadInternalList": {"glibc": "struct __pthread_internal_list"},
    "RtldLock": {"glibc": "struct __pthread_mutex_s", "renames": {"futex": "__lock"}},
    "RScopeElem": {"glibc": "struct r_scope_elem"},
    "RFoundVersion": {"glibc": "struct r_found_version"},
    "LibnameList": {"glibc": "struct libname_list"},
    "RSearchPathStruct": {"glibc": "struct r_search_path_struct"},
    "RFileId": {"glibc": "struct r_file_id"},
    "LinkMapMachine": {"glibc": "struct link_map_machine"},
    "LookupCache": {"glibc": "struct link_map", "prefix": "l_lookup_cache"},
    "LinkMapReldeps": {"glibc": "struct link_map_reldeps"},
    "LinkMap": {"glibc": "struct link_map", "renames": {"l_bits": BitWord("l_type")}},
    "RDebug": {"glibc": "struct r_debug"},
    "RDebugExtended": {"glibc": "struct r_debug_extended"},
    "UniqueSym": {"glibc": "struct unique_sym"},
    "UniqueSymTable": {"glibc": "struct unique_sym_table"},
    "LinkNamespace": {"glibc": "struct link_namespaces"},
    "AuditState": {"glibc": "struct auditstate"},
    "DtvSlotinfo": {"glibc": "struct dtv_slotinfo"},
    "DtvSlotinfoList": {"glibc": "struct dtv_slotinfo_list"},
    "DlScopeFreeList": {"glibc": "struct dl_scope_free_list"},
    "RtldGlobal": {"glibc": "struct rtld_global"},
    "RtldGlobalRo": {"glibc": "struct rtld_global_ro",
                     "renames": {"cpu_features": "_dl_x86_cpu_features"}},
    "DlInfo": {"glibc": "Dl_info"},
    "DlfcnHook": {"glibc": "struct dlfcn_hook"},
    "DlFindObject": {"glibc": "struct dl_find_object"},
    "DlException": {"glibc": "struct dl_exception"},
    "TlsIndex": {"glibc": "tls_index"},
    "DtvPointer": {"glibc": "struct dtv_pointer"},
    "DtvEntry": {"glibc": "dtv_t"},
    "TcbHead": {"glibc": "tcbhead_t"},
    "RobustListHead": {"glibc": "struct robust_list_head"},
    # 2.36: an anonymous union member of struct pthread; 2.41: a type of its
    # own (allocated outside struct pthread).
    "RseqArea": {"glibc": [("struct pthread", "rseq_area"), ("struct rseq_area", None)],
                 "padding": {"pad"}},
    # cpu_features.rs
    "CpuidRegisters": {"glibc": "struct cpuid_registers"},
    "CpuidFeatureInternal": {"glibc": "struct cpuid_feature_internal"},
    "CpuFeaturesBasic": {"glibc": "struct cpu_features_basic"},
    "CpuFeatures": {"glibc": "struct cpu_features"},
    # tunables.rs
    "TunableVal": {"glibc": "tunable_val_t"},
}

# repr(C) structs in the checked files that mirror no glibc type (so
# `check` does not warn about them).
NOT_GLIBC_STRUCTS = set()

# Rust field names that are always padding (hole_316, _pad_1024, ...).
PADDING_FIELD_RE = r"^(_pad\w*|_?hole_\w+|_reserved\w*)$"

# ---------------------------------------------------------------------------
# 3. Constants: Rust `pub const NAME` -> what it is in glibc.
#
#    ("size", type[, member])       sizeof the type (or of the member)
#    ("align", type)                _Alignof the type
#    ("offset", type, member)       offsetof (member path, dotted)
#    ("count", type, member)        first array dimension of the member
#    ("bit", type, member, base)    1 << (bit of member, counted from base)
#    ("mask", type, member, base)   the member's bits as a mask, from base
#    ("enum", name)                 value of an enumerator
#    ("value", name)                a GLIBC_EXPRESSIONS value
#    a list of specs: candidates, the first one present wins
#
#    `base` is a BitWord (numbering from the storage unit of a bit-field)
#    for the LinkMap::l_bits flags, or ("byte", member) to number from the
#    byte that holds `member` (LinkMap::l_property).
#    Each entry also has a doc string, used by `emit`.
# ---------------------------------------------------------------------------

_LM = "struct link_map"
_PT = "struct pthread"
_L_BITS = BitWord("l_type")

CONSTANTS = {
    "RTLD_GLOBAL_SIZE": (("size", "struct rtld_global"),
                         "`sizeof (struct rtld_global)` (= st_size of `_rtld_global`)."),
    "RTLD_GLOBAL_RO_SIZE": (("size", "struct rtld_global_ro"),
                            "`sizeof (struct rtld_global_ro)` (= st_size of `_rtld_global_ro`)."),
    "LINK_MAP_SIZE": (("size", _LM), "`sizeof (struct link_map)` (the internal one)."),
    "DL_NNS": (("count", "struct rtld_global", "_dl_ns"),
               "`DL_NNS`: number of link-map namespaces (`_dl_ns[DL_NNS]`)."),
    "CPU_FEATURES_SIZE": (("size", "struct cpu_features"), "`sizeof (struct cpu_features)`."),
    "RTLD_GLOBAL_RO_CPU_FEATURES_OFFSET": (
        ("offset", "struct rtld_global_ro", "_dl_x86_cpu_features"),
        "Offset of `_dl_x86_cpu_features` in `struct rtld_global_ro`."),
    "L_INFO_LEN": (("count", _LM, "l_info"),
                   "Length of `l_info` (`DT_NUM + DT_THISPROCNUM + DT_VERSIONTAGNUM + "
                   "DT_EXTRANUM + DT_VALNUM + DT_ADDRNUM`)."),
    "RSEQ_AREA_SIZE": ([("size", _PT, "rseq_area"), ("size", "struct rseq_area")],
                       "`sizeof` the rseq area."),
    "PTHREAD_SIZE": (("size", _PT), "`sizeof (struct pthread)` = `TLS_TCB_SIZE`."),
    "PTHREAD_ALIGN": (("align", _PT), "`TCB_ALIGNMENT` / `__alignof__ (struct pthread)`."),
    "TLS_TCB_SIZE": (("size", _PT), "`TLS_TCB_SIZE`."),
    "PTHREAD_KEY_DATA_SIZE": (("size", "struct pthread_key_data"),
                              "`sizeof (struct pthread_key_data)`."),
    "PTHREAD_KEY_2NDLEVEL_SIZE": (("count", _PT, "specific_1stblock"),
                                  "`PTHREAD_KEY_2NDLEVEL_SIZE` (entries of `specific_1stblock`)."),
}

# Tunables (tunables.rs) are checked by name, not through this table: a
# `&str` constant "glibc.x.y" must name a tunable of the release (the
# enumerator glibc_x_y of tunable_id_t), and an array of "glibc.*" names
# called TABLE_<major>_<minor> must list the release's tunables in id order.
TUNABLE_TABLE_RE = r"^TABLE_(\d+)_(\d+)$"

# PTHREAD_<X>: offset of member <x> of struct pthread.
PTHREAD_MEMBERS = {
    "PTHREAD_HEADER": "header", "PTHREAD_DTVP": "header.dtv", "PTHREAD_LIST": "list",
    "PTHREAD_TID": "tid", "PTHREAD_ROBUST_PREV": "robust_prev",
    "PTHREAD_ROBUST_HEAD": "robust_head",
    "PTHREAD_ROBUST_HEAD_FUTEX_OFFSET": "robust_head.futex_offset",
    "PTHREAD_ROBUST_HEAD_LIST_OP_PENDING": "robust_head.list_op_pending",
    "PTHREAD_CLEANUP": "cleanup", "PTHREAD_CLEANUP_JMP_BUF": "cleanup_jmp_buf",
    "PTHREAD_CANCELHANDLING": "cancelhandling", "PTHREAD_FLAGS": "flags",
    "PTHREAD_SPECIFIC_1STBLOCK": "specific_1stblock", "PTHREAD_SPECIFIC": "specific",
    "PTHREAD_SPECIFIC_USED": "specific_used", "PTHREAD_REPORT_EVENTS": "report_events",
    "PTHREAD_USER_STACK": "user_stack", "PTHREAD_STOPPED_START": "stopped_start",
    "PTHREAD_SETUP_FAILED": "setup_failed", "PTHREAD_LOCK": "lock",
    "PTHREAD_SETXID_FUTEX": "setxid_futex", "PTHREAD_JOINID": "joinid",
    "PTHREAD_RESULT": "result", "PTHREAD_SCHEDPARAM": "schedparam",
    "PTHREAD_SCHEDPOLICY": "schedpolicy", "PTHREAD_START_ROUTINE": "start_routine",
    "PTHREAD_ARG": "arg", "PTHREAD_EVENTBUF": "eventbuf", "PTHREAD_NEXTEVENT": "nextevent",
    "PTHREAD_EXC": "exc", "PTHREAD_STACKBLOCK": "stackblock",
    "PTHREAD_STACKBLOCK_SIZE": "stackblock_size", "PTHREAD_GUARDSIZE": "guardsize",
    "PTHREAD_REPORTED_GUARDSIZE": "reported_guardsize", "PTHREAD_TPP": "tpp",
    "PTHREAD_RES": "res", "PTHREAD_SIGMASK": "sigmask", "PTHREAD_C11": "c11",
    "PTHREAD_EXITING": "exiting", "PTHREAD_EXIT_LOCK": "exit_lock",
    "PTHREAD_TLS_STATE": "tls_state", "PTHREAD_RSEQ_AREA": "rseq_area",
    "PTHREAD_RSEQ_CPU_ID_START": "rseq_area.cpu_id_start",
    "PTHREAD_RSEQ_CPU_ID": "rseq_area.cpu_id", "PTHREAD_RSEQ_CS": "rseq_area.rseq_cs",
    "PTHREAD_RSEQ_FLAGS": "rseq_area.flags",
}
for _name, _member in PTHREAD_MEMBERS.items():
    CONSTANTS[_name] = (("offset", _PT, _member), "`%s` in `struct pthread`." % _member)

# L_<X>: flags in LinkMap::l_bits (link_map's bit-field word).
for _flag in ["l_dt_relr_ref", "l_relocated", "l_init_called", "l_global", "l_main_map",
              "l_visited", "l_map_used", "l_map_done", "l_phdr_allocated", "l_soname_added",
              "l_faked", "l_need_tls_init", "l_auditing", "l_audit_any_plt", "l_removed",
              "l_contiguous", "l_free_initfini", "l_ld_readonly", "l_find_object_processed",
              "l_tls_in_slotinfo", "l_nodelete_active"]:
    CONSTANTS[_flag.upper()] = (("bit", _LM, _flag, _L_BITS),
                                "`%s` in `LinkMap::l_bits`." % _flag)
CONSTANTS["L_TYPE_MASK"] = (("mask", _LM, "l_type", _L_BITS), "`l_type` bits in `l_bits`.")
CONSTANTS["L_RESERVED_MASK"] = (("mask", _LM, "l_reserved", _L_BITS),
                                "`l_reserved` bits in `l_bits`.")
CONSTANTS["L_NODELETE_ACTIVE_BYTE_MASK"] = (("mask", _LM, "l_nodelete_active", _L_BITS),
                                            "The `_Bool l_nodelete_active` byte in `l_bits`.")
CONSTANTS["L_PROPERTY_MASK"] = (("mask", _LM, "l_property", ("byte", "l_property")),
                                "`l_property:2` in `LinkMap::l_property`.")

# Enumerators restated as Rust constants.
ENUM_CONSTANTS = {
    "LT_EXECUTABLE": "lt_executable", "LT_LIBRARY": "lt_library", "LT_LOADED": "lt_loaded",
    "LC_PROPERTY_UNKNOWN": "lc_property_unknown", "LC_PROPERTY_NONE": "lc_property_none",
    "LC_PROPERTY_VALID": "lc_property_valid",
    "RT_CONSISTENT": "RT_CONSISTENT", "RT_ADD": "RT_ADD", "RT_DELETE": "RT_DELETE",
    "DSO_SORT_ALGORITHM_ORIGINAL": "dso_sort_algorithm_original",
    "DSO_SORT_ALGORITHM_DFS": "dso_sort_algorithm_dfs",
    "PTHREAD_MUTEX_RECURSIVE_NP": "PTHREAD_MUTEX_RECURSIVE_NP",
    "RSEQ_CPU_ID_UNINITIALIZED": "RSEQ_CPU_ID_UNINITIALIZED",
    "RSEQ_CPU_ID_REGISTRATION_FAILED": "RSEQ_CPU_ID_REGISTRATION_FAILED",
    # cpu_features.rs: enum cpuid_index
    "CPUID_INDEX_1": "CPUID_INDEX_1", "CPUID_INDEX_7": "CPUID_INDEX_7",
    "CPUID_INDEX_80000001": "CPUID_INDEX_80000001", "CPUID_INDEX_D_ECX_1": "CPUID_INDEX_D_ECX_1",
    "CPUID_INDEX_80000007": "CPUID_INDEX_80000007", "CPUID_INDEX_80000008": "CPUID_INDEX_80000008",
    "CPUID_INDEX_7_ECX_1": "CPUID_INDEX_7_ECX_1", "CPUID_INDEX_19": "CPUID_INDEX_19",
    "CPUID_INDEX_14_ECX_0": "CPUID_INDEX_14_ECX_0", "CPUID_INDEX_MAX": "CPUID_INDEX_MAX",
    # before 2.33 (v2_31/layout.rs): struct cpu_features' array lengths
    "COMMON_CPUID_INDEX_MAX": "COMMON_CPUID_INDEX_MAX", "FEATURE_INDEX_MAX": "FEATURE_INDEX_MAX",
}
for _rust, _c in ENUM_CONSTANTS.items():
    CONSTANTS[_rust] = (("enum", _c), "`%s`." % _c)

# Rust constants that restate something the debug info does not hold
# (macros, ELF ABI numbers); `check -v` lists them as not checked.
NOT_IN_DEBUG_INFO = {
    "DT_NUM", "DT_THISPROCNUM", "DT_VERSIONTAGNUM", "DT_EXTRANUM", "DT_VALNUM",
    "DT_ADDRNUM", "FPU_DEFAULT", "DL_DEBUG_IMPCALLS", "DEFAULT_STACK_PERMS",
    "TLS_DTV_UNALLOCATED", "DTV_SURPLUS", "RSEQ_SIG", "ROBUST_FUTEX_OFFSET",
}

# Rust keywords that need a trailing `_` as field names.
RUST_KEYWORDS = {
    "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else",
    "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match",
    "mod", "move", "mut", "pub", "ref", "return", "self", "static", "struct", "super",
    "trait", "true", "type", "unsafe", "use", "where", "while", "yield",
}
