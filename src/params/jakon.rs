//! Construction projects (Jakon): on the contract value in marginal brackets, or on wages.

use super::{cite, step, Citation, Parameter, Status, Status::*, Unit::*};
use crate::date::Date;

const START: Date = Date::ymd(2015, 7, 1);
const JKK_CITE: Citation = cite("PP 44/2015 (JKK dan JKM)", "jasa konstruksi");
const JKM_CITE: Citation = cite("PP 44/2015 (JKK dan JKM)", "jasa konstruksi");

/// Upper bounds of the contract-value brackets, in rupiah; the last bracket has none.
pub const BRACKET_UPPER: [i64; 4] = [100_000_000, 500_000_000, 1_000_000_000, 5_000_000_000];

macro_rules! bracket {
    ($name:ident, $id:literal, $lid:literal, $len:literal, $cite:expr, $status:expr, $v:literal) => {
        #[doc = $len]
        pub static $name: Parameter =
            Parameter { id: $id, label_id: $lid, label_en: $len, unit: Ppm, steps: &[step(START, $v, $status, $cite)] };
    };
}

const S_JKM: Status = Unconfirmed; // whether JKM is also marginal is not confirmed

bracket!(
    JKK_B1,
    "jakon.jkk.b1",
    "JKK konstruksi, nilai kontrak s.d. Rp 100 juta",
    "Construction JKK, contract up to Rp 100 M",
    JKK_CITE,
    Enacted,
    2_100
);
bracket!(
    JKK_B2,
    "jakon.jkk.b2",
    "JKK konstruksi, bagian Rp 100–500 juta",
    "Construction JKK, part Rp 100–500 M",
    JKK_CITE,
    Enacted,
    1_700
);
bracket!(
    JKK_B3,
    "jakon.jkk.b3",
    "JKK konstruksi, bagian Rp 500 juta–1 miliar",
    "Construction JKK, part Rp 500 M–1 B",
    JKK_CITE,
    Enacted,
    1_300
);
bracket!(
    JKK_B4,
    "jakon.jkk.b4",
    "JKK konstruksi, bagian Rp 1–5 miliar",
    "Construction JKK, part Rp 1–5 B",
    JKK_CITE,
    Enacted,
    1_100
);
bracket!(
    JKK_B5,
    "jakon.jkk.b5",
    "JKK konstruksi, bagian di atas Rp 5 miliar",
    "Construction JKK, part above Rp 5 B",
    JKK_CITE,
    Enacted,
    900
);
bracket!(
    JKM_B1,
    "jakon.jkm.b1",
    "JKM konstruksi, nilai kontrak s.d. Rp 100 juta",
    "Construction JKM, contract up to Rp 100 M",
    JKM_CITE,
    S_JKM,
    300
);
bracket!(
    JKM_B2,
    "jakon.jkm.b2",
    "JKM konstruksi, bagian Rp 100–500 juta",
    "Construction JKM, part Rp 100–500 M",
    JKM_CITE,
    S_JKM,
    200
);
bracket!(
    JKM_B3,
    "jakon.jkm.b3",
    "JKM konstruksi, bagian Rp 500 juta–1 miliar",
    "Construction JKM, part Rp 500 M–1 B",
    JKM_CITE,
    S_JKM,
    200
);
bracket!(
    JKM_B4,
    "jakon.jkm.b4",
    "JKM konstruksi, bagian Rp 1–5 miliar",
    "Construction JKM, part Rp 1–5 B",
    JKM_CITE,
    S_JKM,
    100
);
bracket!(
    JKM_B5,
    "jakon.jkm.b5",
    "JKM konstruksi, bagian di atas Rp 5 miliar",
    "Construction JKM, part above Rp 5 B",
    JKM_CITE,
    S_JKM,
    100
);

/// JKK rates by bracket, lowest bracket first.
pub static JKK_BRACKETS: [&Parameter; 5] = [&JKK_B1, &JKK_B2, &JKK_B3, &JKK_B4, &JKK_B5];
/// JKM rates by bracket, lowest bracket first (applied marginally, like JKK: a documented choice).
pub static JKM_BRACKETS: [&Parameter; 5] = [&JKM_B1, &JKM_B2, &JKM_B3, &JKM_B4, &JKM_B5];

/// Every construction parameter.
pub static ALL: &[&Parameter] =
    &[&JKK_B1, &JKK_B2, &JKK_B3, &JKK_B4, &JKK_B5, &JKM_B1, &JKM_B2, &JKM_B3, &JKM_B4, &JKM_B5];
