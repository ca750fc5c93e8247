//! libFuzzer target `ld_cache`: see src/ld_cache.rs.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    dryad_fuzz::ld_cache::exercise(data);
});
