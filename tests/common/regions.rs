//! The region data files of www/data/, read for the tests (the page fetches the same files).

use jamsostek::regions::{villages_of, Index, RegencyVillages};

/// A file under www/data/.
pub fn read(name: &str) -> String {
    let path = format!("{}/www/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text of www/data/wilayah.txt.
pub fn index_text() -> String {
    read("wilayah.txt")
}

/// The parsed index.
pub fn index() -> Index {
    Index::parse(&index_text()).unwrap_or_else(|e| panic!("wilayah.txt: {e:?}"))
}

/// The text of a province's village file, www/data/desa/PP.txt.
pub fn province_file(province: &str) -> String {
    read(&format!("desa/{province}.txt"))
}

/// The districts and villages of a regency or city (`51.04`).
pub fn villages(regency: &str) -> RegencyVillages {
    villages_of(&province_file(&regency[..2]), regency).unwrap_or_else(|e| panic!("{regency}: {e:?}"))
}

/// The real number of desa of a regency (kelurahan and desa adat not counted), for presets
/// whose articles give villages × workers: Kabupaten Gianyar `51.04` has 64 desa and 6
/// kelurahan, not the 128 villages its article's 12,800 ÷ 100 suggests.
pub fn desa_count(regency: &str) -> i64 {
    index().get(regency).map(|r| r.counts.desa).unwrap_or_else(|| panic!("no region {regency}"))
}
