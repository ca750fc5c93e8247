// TEMPORARY (not committed): stands in for cpu_features_2_31 until it exists.
pub const CPU_FEATURES_SIZE: usize = 168;
pub struct Features(pub [u8; 168]);
impl Features { pub fn as_bytes(&self) -> &[u8] { &self.0 } }
pub struct CpuInit { pub features: Features, pub hwcap: u64, pub platform: Option<&'static [u8]>, pub minsigstacksize: usize }
pub fn init_cpu_features() -> CpuInit { CpuInit { features: Features([0; 168]), hwcap: 2, platform: Some(b"haswell\0"), minsigstacksize: 0 } }
