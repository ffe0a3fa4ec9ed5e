//! Informal workers (BPU, bukan penerima upah): contributions per month on a declared income.

use super::{cite, step, Citation, Parameter, Status::*, Unit::*};
use crate::date::Date;

const START: Date = Date::ymd(2015, 7, 1);
const PP44: Citation = cite("PP 44/2015 (JKK dan JKM)", "");

/// JKK for BPU: 1 % of the declared monthly income level.
pub static JKK: Parameter = Parameter {
    id: "bpu.jkk",
    label_id: "JKK bukan penerima upah (dari penghasilan)",
    label_en: "JKK, informal workers (of declared income)",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(START, 10_000, Enacted, cite("PP 44/2015 (JKK dan JKM)", "Lampiran II"))],
};

/// JKM for BPU: a flat amount per month.
pub static JKM: Parameter = Parameter {
    id: "bpu.jkm",
    label_id: "JKM bukan penerima upah (tetap per bulan)",
    label_en: "JKM, informal workers (flat per month)",
    unit: Rupiah,
    checked: super::REVIEWED,
    steps: &[step(START, 6_800, Enacted, PP44)],
};

/// Optional JHT for BPU: 2 % of the declared income.
pub static JHT: Parameter = Parameter {
    id: "bpu.jht",
    label_id: "JHT bukan penerima upah (pilihan)",
    label_en: "JHT, informal workers (optional)",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(START, 20_000, Enacted, cite("PP 46/2015 (JHT)", ""))],
};

/// Lowest declared income level: Rp 1,000,000, giving the basic package JKK + JKM = Rp 16,800.
/// Confirmed by the published basic-package amount (Rp 16,800 = 1 % × Rp 1,000,000 + Rp 6,800);
/// reporting of the PP 44/2015 tables gives JKK "paling sedikit Rp 10.000": a worker earning less
/// is on this level. The full official table of levels was not found.
pub static MIN_INCOME: Parameter = Parameter {
    id: "bpu.minIncome",
    label_id: "Penghasilan terendah yang dilaporkan",
    label_en: "Lowest declared income",
    unit: Rupiah,
    checked: super::REVIEWED,
    steps: &[step(START, 1_000_000, Enacted, cite("PP 44/2015 (JKK dan JKM)", "Lampiran II: tingkat terendah"))],
};

/// Highest declared income level: Rp 20,700,000, whose JKK of 1 % is the top of the published
/// tables (JKK "paling banyak Rp 207.000"). Seen only in reporting of PP 44/2015 Lampiran II, not
/// in the annex itself: unconfirmed. A higher income is declared at this level.
pub static MAX_INCOME: Parameter = Parameter {
    id: "bpu.maxIncome",
    label_id: "Penghasilan tertinggi yang dilaporkan (tingkat teratas)",
    label_en: "Highest declared income (top level)",
    unit: Rupiah,
    checked: super::REVIEWED,
    steps: &[step(
        START,
        20_700_000,
        Unconfirmed,
        cite(
            "PP 44/2015 (JKK dan JKM), tabel iuran BPU menurut pemberitaan (sumber sekunder)",
            "Lampiran II: iuran JKK paling banyak Rp\u{a0}207.000",
        ),
    )],
};

/// Every informal-worker parameter.
pub static ALL: &[&Parameter] = &[&JKK, &JKM, &JHT, &MIN_INCOME, &MAX_INCOME];
