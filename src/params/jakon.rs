//! Construction projects (Jakon): on the contract value in marginal brackets, or on wages.
//!
//! The bracket rates were set by Permenaker 44/2015 and are now in Permenaker 5/2021 (Pasal 65 for
//! JKK, Pasal 71 for JKM); PP 49/2020 Pasal 12 ayat (2) restates the structure, JKM included: each
//! bracket's rate applies to the part of the contract value inside it. With the wage known, PP
//! 44/2015 Pasal 54 puts construction workers on JKK 1.74 % and JKM 0.30 % of the monthly wage.

use super::{cite, step, Citation, Parameter, Status::*, Unit::*};
use crate::date::Date;

const START: Date = Date::ymd(2015, 7, 1);
const JKK_CITE: Citation = cite(
    "Permenaker 5/2021 (sebelumnya Permenaker 44/2015), jasa konstruksi",
    "Pasal 65: JKK dari nilai kontrak, bertingkat; PP 49/2020 Pasal 12 ayat (2)",
);
const JKM_CITE: Citation = cite(
    "Permenaker 5/2021 (sebelumnya Permenaker 44/2015), jasa konstruksi",
    "Pasal 71: JKM dari nilai kontrak, bertingkat; PP 49/2020 Pasal 12 ayat (2)",
);
const WAGE_CITE: Citation =
    cite("PP 44/2015 (JKK dan JKM), jasa konstruksi", "Pasal 54: upah diketahui; Permenaker 5/2021 Pasal 65 dan 71");

/// Upper bounds of the contract-value brackets, in rupiah; the last bracket has none.
pub const BRACKET_UPPER: [i64; 4] = [100_000_000, 500_000_000, 1_000_000_000, 5_000_000_000];

macro_rules! bracket {
    ($name:ident, $id:literal, $lid:literal, $len:literal, $cite:expr, $status:expr, $v:literal) => {
        #[doc = $len]
        pub static $name: Parameter =
            Parameter {
                id: $id,
                label_id: $lid,
                label_en: $len,
                unit: Ppm,
                steps: &[step(START, $v, $status, $cite)],
                checked: super::REVIEWED,
            };
    };
}

bracket!(
    JKK_B1,
    "jakon.jkk.b1",
    "JKK konstruksi, nilai kontrak s.d. Rp\u{a0}100\u{a0}juta",
    "Construction JKK, contract up to Rp\u{a0}100 M",
    JKK_CITE,
    Enacted,
    2_100
);
bracket!(
    JKK_B2,
    "jakon.jkk.b2",
    "JKK konstruksi, bagian Rp\u{a0}100–500 juta",
    "Construction JKK, part Rp\u{a0}100–500 M",
    JKK_CITE,
    Enacted,
    1_700
);
bracket!(
    JKK_B3,
    "jakon.jkk.b3",
    "JKK konstruksi, bagian Rp\u{a0}500\u{a0}juta–1 miliar",
    "Construction JKK, part Rp\u{a0}500 M–1 B",
    JKK_CITE,
    Enacted,
    1_300
);
bracket!(
    JKK_B4,
    "jakon.jkk.b4",
    "JKK konstruksi, bagian Rp\u{a0}1–5 miliar",
    "Construction JKK, part Rp\u{a0}1–5 B",
    JKK_CITE,
    Enacted,
    1_100
);
bracket!(
    JKK_B5,
    "jakon.jkk.b5",
    "JKK konstruksi, bagian di atas Rp\u{a0}5\u{a0}miliar",
    "Construction JKK, part above Rp\u{a0}5 B",
    JKK_CITE,
    Enacted,
    900
);
bracket!(
    JKM_B1,
    "jakon.jkm.b1",
    "JKM konstruksi, nilai kontrak s.d. Rp\u{a0}100\u{a0}juta",
    "Construction JKM, contract up to Rp\u{a0}100 M",
    JKM_CITE,
    Enacted,
    300
);
bracket!(
    JKM_B2,
    "jakon.jkm.b2",
    "JKM konstruksi, bagian Rp\u{a0}100–500 juta",
    "Construction JKM, part Rp\u{a0}100–500 M",
    JKM_CITE,
    Enacted,
    200
);
bracket!(
    JKM_B3,
    "jakon.jkm.b3",
    "JKM konstruksi, bagian Rp\u{a0}500\u{a0}juta–1 miliar",
    "Construction JKM, part Rp\u{a0}500 M–1 B",
    JKM_CITE,
    Enacted,
    200
);
bracket!(
    JKM_B4,
    "jakon.jkm.b4",
    "JKM konstruksi, bagian Rp\u{a0}1–5 miliar",
    "Construction JKM, part Rp\u{a0}1–5 B",
    JKM_CITE,
    Enacted,
    100
);
bracket!(
    JKM_B5,
    "jakon.jkm.b5",
    "JKM konstruksi, bagian di atas Rp\u{a0}5\u{a0}miliar",
    "Construction JKM, part above Rp\u{a0}5 B",
    JKM_CITE,
    Enacted,
    100
);

/// JKK rates by bracket, lowest bracket first.
pub static JKK_BRACKETS: [&Parameter; 5] = [&JKK_B1, &JKK_B2, &JKK_B3, &JKK_B4, &JKK_B5];
/// JKM rates by bracket, lowest bracket first (marginal like JKK: PP 49/2020 Pasal 12 ayat (2)).
pub static JKM_BRACKETS: [&Parameter; 5] = [&JKM_B1, &JKM_B2, &JKM_B3, &JKM_B4, &JKM_B5];

/// JKK of a construction worker whose wage is known: 1.74 % of the monthly wage.
pub static JKK_WAGE: Parameter = Parameter {
    id: "jakon.jkk.wage",
    label_id: "JKK konstruksi, upah diketahui",
    label_en: "Construction JKK, wage known",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(START, 17_400, Enacted, WAGE_CITE)],
};

/// JKM of a construction worker whose wage is known: 0.30 % of the monthly wage.
pub static JKM_WAGE: Parameter = Parameter {
    id: "jakon.jkm.wage",
    label_id: "JKM konstruksi, upah diketahui",
    label_en: "Construction JKM, wage known",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(START, 3_000, Enacted, WAGE_CITE)],
};

/// Every construction parameter.
pub static ALL: &[&Parameter] =
    &[&JKK_B1, &JKK_B2, &JKK_B3, &JKK_B4, &JKK_B5, &JKM_B1, &JKM_B2, &JKM_B3, &JKM_B4, &JKM_B5, &JKK_WAGE, &JKM_WAGE];
