//! Temporary reliefs: dated discounts and deferrals with their eligibility.

use super::{cite, end, step, Citation, Parameter, Status::*, Unit::*};
use crate::date::Date;

const PP49_2020: Citation = cite("PP 49/2020 (penyesuaian iuran selama bencana COVID-19)", "");
const PP7_2025: Citation = cite(
    "PP 7/2025 (penyesuaian iuran JKK industri padat karya tertentu)",
    "Pasal 4 ayat (1); Pasal 10: iuran Februari–Juli 2025",
);
const PP7_ELIGIBLE: Citation = cite(
    "PP 7/2025 (penyesuaian iuran JKK industri padat karya tertentu)",
    "Pasal 3: paling sedikit 50 pekerja peserta aktif",
);
const PP36_2025: Citation = cite(
    "PP 36/2025 (perubahan PP 7/2025), 4 September 2025",
    "Pasal 10A: diperpanjang sampai iuran JKK bulan Januari 2026; Pasal 11: iuran bulan diskon dilunasi paling lambat 30 Juni 2026",
);
const PP7_JKP: Citation = cite(
    "PP 7/2025 jo. PP 6/2025 Pasal 11 ayat (5) (turunan)",
    "Pasal 4 ayat (1): keringanan 50% atas iuran JKK, termasuk rekomposisi 0,14% untuk JKP",
);
const PP36_JKP: Citation = cite(
    "PP 36/2025 Pasal 10A jo. PP 6/2025 Pasal 11 ayat (5) (turunan)",
    "Pasal 10A: penyesuaian Iuran JKK dan rekomposisi Iuran JKK untuk program JKP diperpanjang",
);
const PP50_2025: Citation = cite(
    "PP 50/2025 (22 Desember 2025) tentang Penyesuaian Iuran JKK dan JKM bagi Peserta BPU",
    "Pasal 4 ayat (1): iuran JKK dan JKM 50% dari iuran normal; transportasi Januari 2026 – Maret 2027, lainnya April – Desember 2026",
);

/// PP 49/2020: JKK and JKM contributions for August 2020 – January 2021 cut by 99 %.
pub static COVID_JKK_JKM_CUT: Parameter = Parameter {
    id: "relief.pp49_2020.jkkJkmCut",
    label_id: "Keringanan iuran JKK dan JKM (COVID-19)",
    label_en: "JKK and JKM relief (COVID-19)",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(Date::ymd(2020, 8, 1), 990_000, Enacted, PP49_2020), end(Date::ymd(2021, 2, 1), PP49_2020)],
};

/// PP 49/2020: 99 % of JP contributions for August 2020 – January 2021 deferred (still owed).
pub static COVID_JP_DEFERRED: Parameter = Parameter {
    id: "relief.pp49_2020.jpDeferred",
    label_id: "Penundaan sebagian iuran JP (COVID-19)",
    label_en: "JP partly deferred (COVID-19)",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(Date::ymd(2020, 8, 1), 990_000, Enacted, PP49_2020), end(Date::ymd(2021, 2, 1), PP49_2020)],
};

/// PP 7/2025: 50 % off JKK for eligible labour-intensive industries, contributions for February –
/// July 2025 (Pasal 4(1), Pasal 10); extended by PP 36/2025 Pasal 10A to the January 2026
/// contribution, the discounted months to be paid by 30 June 2026 (Pasal 11).
pub static LABOUR_INTENSIVE_JKK_CUT: Parameter = Parameter {
    id: "relief.pp7_2025.jkkCut",
    label_id: "Diskon JKK industri padat karya",
    label_en: "JKK discount, labour-intensive industries",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[
        step(Date::ymd(2025, 2, 1), 500_000, Enacted, PP7_2025),
        step(Date::ymd(2025, 8, 1), 500_000, Enacted, PP36_2025),
        end(Date::ymd(2026, 2, 1), PP36_2025),
    ],
};

/// PP 7/2025 with JKP: the part of the discounted JKK recomposed for JKP, of the JKP-capped wage.
/// Derived: Pasal 4(1) halves the whole JKK, and the JKK recomposed for JKP (PP 6/2025 Pasal
/// 11(5): 0.14 %) is part of it, so it is halved too (0.07 %); PP 36/2025 Pasal 10A names the
/// "rekomposisi Iuran JKK untuk program JKP" of the relief, but its article was not found.
pub static LABOUR_INTENSIVE_JKP_FROM_JKK: Parameter = Parameter {
    id: "relief.pp7_2025.jkpFromJkk",
    label_id: "Rekomposisi iuran JKK untuk JKP selama diskon padat karya",
    label_en: "JKK recomposed for JKP during the labour-intensive discount",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[
        step(Date::ymd(2025, 2, 1), 700, Unconfirmed, PP7_JKP),
        step(Date::ymd(2025, 8, 1), 700, Unconfirmed, PP36_JKP),
        end(Date::ymd(2026, 2, 1), PP36_2025),
    ],
};

/// PP 7/2025: the least number of workers an employer needs for the JKK discount.
pub static LABOUR_INTENSIVE_MIN_WORKERS: Parameter = Parameter {
    id: "relief.pp7_2025.minWorkers",
    label_id: "Jumlah pekerja minimal untuk diskon padat karya",
    label_en: "Least workers for the labour-intensive discount",
    unit: Count,
    checked: super::REVIEWED,
    steps: &[step(Date::ymd(2025, 2, 1), 50, Enacted, PP7_ELIGIBLE), end(Date::ymd(2026, 2, 1), PP36_2025)],
};

/// PP 50/2025: 50 % off BPU JKK and JKM for transport workers (online and other drivers,
/// couriers), January 2026 – March 2027, unless APBN/APBD pays the contribution.
pub static BPU_TRANSPORT_CUT: Parameter = Parameter {
    id: "relief.pp50_2025.transportCut",
    label_id: "Diskon JKK dan JKM BPU pekerja transportasi",
    label_en: "BPU JKK and JKM discount, transport workers",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(Date::ymd(2026, 1, 1), 500_000, Enacted, PP50_2025), end(Date::ymd(2027, 4, 1), PP50_2025)],
};

/// PP 50/2025: 50 % off BPU JKK and JKM for other BPU workers, April – December 2026,
/// unless APBN/APBD pays the contribution.
pub static BPU_OTHER_CUT: Parameter = Parameter {
    id: "relief.pp50_2025.otherCut",
    label_id: "Diskon JKK dan JKM BPU lainnya",
    label_en: "BPU JKK and JKM discount, other informal workers",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(Date::ymd(2026, 4, 1), 500_000, Enacted, PP50_2025), end(Date::ymd(2027, 1, 1), PP50_2025)],
};

/// Every relief parameter.
pub static ALL: &[&Parameter] = &[
    &COVID_JKK_JKM_CUT,
    &COVID_JP_DEFERRED,
    &LABOUR_INTENSIVE_JKK_CUT,
    &LABOUR_INTENSIVE_MIN_WORKERS,
    &LABOUR_INTENSIVE_JKP_FROM_JKK,
    &BPU_TRANSPORT_CUT,
    &BPU_OTHER_CUT,
];
