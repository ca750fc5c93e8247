//! libFuzzer target `search_config`: see src/search_config.rs.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    dryad_fuzz::search_config::exercise(data);
});
