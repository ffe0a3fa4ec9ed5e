//! Wage earners (PU, penerima upah): percentages of the monthly wage, and the JP ceiling.

use super::{cite, end, step, Citation, Parameter, Status::*, Unit::*};
use crate::date::Date;

const START: Date = Date::ymd(2015, 7, 1);
const PP44_16: Citation = cite("PP 44/2015 (JKK dan JKM)", "Pasal 16 ayat (1)");
const PP44_18: Citation = cite("PP 44/2015 (JKK dan JKM)", "Pasal 18 ayat (1)");
const PP46_16: Citation = cite("PP 46/2015 (JHT)", "Pasal 16 ayat (1)");
const PP45_28: Citation = cite("PP 45/2015 (JP)", "Pasal 28 ayat (3)");
const PP37: Citation = cite(
    "PP 37/2021 (JKP), diundangkan 2 Februari 2021",
    "Pasal 11; iuran JKP mulai bulan Februari 2021 (dibayar sejak Februari 2021 menurut BPJS Ketenagakerjaan)",
);
const PP6_2025: Citation = cite(
    "PP 6/2025 (perubahan PP 37/2021, JKP), diundangkan 7 Februari 2025",
    "Pasal 11 ayat (2), (4), (5); mulai iuran bulan Februari 2025, seperti PP 7/2025 yang diundangkan hari yang sama",
);
/// First JKP contribution month. PP 37/2021 took effect on 2 February 2021; contributions are
/// monthly and BPJS Ketenagakerjaan counts JKP contributions from February 2021 (claims opened in
/// February 2022, after twelve months of them), so February 2021 is the first month, whole.
const JKP_START: Date = Date::ymd(2021, 2, 1);
/// First contribution month of PP 6/2025 (JKP 0.36 %, no JKM part). It took effect on 7 February
/// 2025, the day of PP 7/2025, whose JKK discount and "rekomposisi Iuran JKK untuk program JKP"
/// (PP 36/2025 Pasal 10A) run from the February 2025 contribution: February 2025 is under PP 6/2025.
const JKP_2025: Date = Date::ymd(2025, 2, 1);

macro_rules! rate {
    ($name:ident, $id:literal, $lid:literal, $len:literal, $cite:expr, $v:literal) => {
        #[doc = $len]
        pub static $name: Parameter =
            Parameter {
            id: $id,
            label_id: $lid,
            label_en: $len,
            unit: Ppm,
            steps: &[step(START, $v, Enacted, $cite)],
            checked: super::REVIEWED,
        };
    };
}

rate!(
    JKK_CLASS1,
    "pu.jkk.class1",
    "JKK tingkat risiko sangat rendah (kelas 1)",
    "JKK, very low risk (class 1)",
    PP44_16,
    2_400
);
rate!(JKK_CLASS2, "pu.jkk.class2", "JKK tingkat risiko rendah (kelas 2)", "JKK, low risk (class 2)", PP44_16, 5_400);
rate!(JKK_CLASS3, "pu.jkk.class3", "JKK tingkat risiko sedang (kelas 3)", "JKK, medium risk (class 3)", PP44_16, 8_900);
rate!(JKK_CLASS4, "pu.jkk.class4", "JKK tingkat risiko tinggi (kelas 4)", "JKK, high risk (class 4)", PP44_16, 12_700);
rate!(
    JKK_CLASS5,
    "pu.jkk.class5",
    "JKK tingkat risiko sangat tinggi (kelas 5)",
    "JKK, very high risk (class 5)",
    PP44_16,
    17_400
);
rate!(JKM, "pu.jkm", "JKM penerima upah", "JKM, wage earners", PP44_18, 3_000);
rate!(JHT_EMPLOYER, "pu.jht.employer", "JHT bagian pemberi kerja", "JHT, employer share", PP46_16, 37_000);
rate!(JHT_WORKER, "pu.jht.worker", "JHT bagian pekerja", "JHT, worker share", PP46_16, 20_000);
rate!(JP_EMPLOYER, "pu.jp.employer", "JP bagian pemberi kerja", "JP, employer share", PP45_28, 20_000);
rate!(JP_WORKER, "pu.jp.worker", "JP bagian pekerja", "JP, worker share", PP45_28, 10_000);

/// JKK rates by risk class 1–5.
pub static JKK_BY_CLASS: [&Parameter; 5] = [&JKK_CLASS1, &JKK_CLASS2, &JKK_CLASS3, &JKK_CLASS4, &JKK_CLASS5];

const fn ceiling(year: i32, value: i64, status: super::Status, letter: &'static str) -> super::Step {
    step(
        Date::ymd(year, 3, 1),
        value,
        status,
        cite(letter, "PP 45/2015 Pasal 29: batas upah naik tiap tahun sebesar pertumbuhan PDB"),
    )
}

/// JP wage ceiling: the monthly wage above which JP is not charged. From March of each year
/// (contributions for March on), set by BPJS Ketenagakerjaan letter (PP 45/2015 art. 29).
pub static JP_CEILING: Parameter = Parameter {
    id: "pu.jp.ceiling",
    label_id: "Batas upah tertinggi JP",
    label_en: "JP wage ceiling",
    unit: Rupiah,
    checked: super::REVIEWED,
    steps: &[
        step(START, 7_000_000, Enacted, cite("PP 45/2015 (JP)", "Pasal 29")),
        ceiling(2016, 7_335_300, Enacted, "Surat BPJS Ketenagakerjaan, batas upah JP 2016"),
        ceiling(2017, 7_703_500, Enacted, "Surat BPJS Ketenagakerjaan, batas upah JP 2017"),
        ceiling(2018, 8_094_000, Enacted, "Surat BPJS Ketenagakerjaan, batas upah JP 2018"),
        ceiling(2019, 8_512_400, Enacted, "Surat BPJS Ketenagakerjaan, batas upah JP 2019"),
        ceiling(2020, 8_939_700, Enacted, "Surat BPJS Ketenagakerjaan, batas upah JP 2020"),
        ceiling(2021, 8_754_600, Enacted, "Surat BPJS Ketenagakerjaan, batas upah JP 2021 (PDB turun)"),
        ceiling(2022, 9_077_600, Enacted, "Surat BPJS Ketenagakerjaan, batas upah JP 2022"),
        ceiling(2023, 9_559_600, Enacted, "Surat BPJS Ketenagakerjaan B/77/022023, batas upah JP 2023"),
        ceiling(2024, 10_042_300, Enacted, "Surat BPJS Ketenagakerjaan B/1387/022024, batas upah JP 2024"),
        ceiling(2025, 10_547_400, Enacted, "Surat BPJS Ketenagakerjaan B/726/022025, batas upah JP 2025"),
        ceiling(
            2026,
            11_086_300,
            Enacted,
            "Surat BPJS Ketenagakerjaan B/1226/022026 (25 Februari 2026), batas upah JP 2026",
        ),
    ],
};

/// JKP contribution rate, of the wage capped at [`JKP_WAGE_CAP`]. Funded by recomposition:
/// [`JKP_GOVERNMENT`] + [`JKP_FROM_JKK`] + [`JKP_FROM_JKM`]; nothing extra for employer or worker.
pub static JKP_RATE: Parameter = Parameter {
    id: "pu.jkp.rate",
    label_id: "Iuran JKP (jumlah)",
    label_en: "JKP contribution (total)",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(JKP_START, 4_600, Enacted, PP37), step(JKP_2025, 3_600, Enacted, PP6_2025)],
};

/// JKP part paid by the central government.
pub static JKP_GOVERNMENT: Parameter = Parameter {
    id: "pu.jkp.government",
    label_id: "JKP dibayar Pemerintah Pusat",
    label_en: "JKP paid by central government",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(JKP_START, 2_200, Enacted, PP37), step(JKP_2025, 2_200, Enacted, PP6_2025)],
};

/// JKP part recomposed out of the employer's JKK.
pub static JKP_FROM_JKK: Parameter = Parameter {
    id: "pu.jkp.fromJkk",
    label_id: "JKP dari rekomposisi iuran JKK",
    label_en: "JKP recomposed from JKK",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(JKP_START, 1_400, Enacted, PP37), step(JKP_2025, 1_400, Enacted, PP6_2025)],
};

/// JKP part recomposed out of the employer's JKM; ended by PP 6/2025.
pub static JKP_FROM_JKM: Parameter = Parameter {
    id: "pu.jkp.fromJkm",
    label_id: "JKP dari rekomposisi iuran JKM",
    label_en: "JKP recomposed from JKM",
    unit: Ppm,
    checked: super::REVIEWED,
    steps: &[step(JKP_START, 1_000, Enacted, PP37), end(JKP_2025, PP6_2025)],
};

/// The monthly wage above which JKP is not charged.
pub static JKP_WAGE_CAP: Parameter = Parameter {
    id: "pu.jkp.wageCap",
    label_id: "Batas atas upah JKP",
    label_en: "JKP wage cap",
    unit: Rupiah,
    checked: super::REVIEWED,
    steps: &[step(JKP_START, 5_000_000, Enacted, cite("PP 37/2021 (JKP)", ""))],
};

const fn pension_age(year: i32, age: i64) -> super::Step {
    step(
        Date::ymd(year, 1, 1),
        age,
        Enacted,
        cite("PP 45/2015 (JP)", "Pasal 15 ayat (3): +1 tahun tiap 3 tahun sampai 65"),
    )
}

/// The JP pension age (Usia Pensiun, PP 45/2015 Pasal 15): 56 at first, 57 from 1 January 2019,
/// then one year more every three years until 65 (2043). The age at which benefits start
/// (Pasal 1 angka 15); the calculator stops JP contributions from the month a worker reaches the
/// age in force then (see `rules::wage`). The later steps are fixed by the regulation itself.
pub static JP_PENSION_AGE: Parameter = Parameter {
    id: "pu.jp.pensionAge",
    label_id: "Usia pensiun JP",
    label_en: "JP pension age",
    unit: Years,
    checked: super::CHECKED_2026_12_02,
    steps: &[
        step(START, 56, Enacted, cite("PP 45/2015 (JP)", "Pasal 15 ayat (1)")),
        step(Date::ymd(2019, 1, 1), 57, Enacted, cite("PP 45/2015 (JP)", "Pasal 15 ayat (2)")),
        pension_age(2022, 58),
        pension_age(2025, 59),
        pension_age(2028, 60),
        pension_age(2031, 61),
        pension_age(2034, 62),
        pension_age(2037, 63),
        pension_age(2040, 64),
        pension_age(2043, 65),
    ],
};

/// Every wage-earner parameter.
pub static ALL: &[&Parameter] = &[
    &JKK_CLASS1,
    &JKK_CLASS2,
    &JKK_CLASS3,
    &JKK_CLASS4,
    &JKK_CLASS5,
    &JKM,
    &JHT_EMPLOYER,
    &JHT_WORKER,
    &JP_EMPLOYER,
    &JP_WORKER,
    &JP_CEILING,
    &JP_PENSION_AGE,
    &JKP_RATE,
    &JKP_GOVERNMENT,
    &JKP_FROM_JKK,
    &JKP_FROM_JKM,
    &JKP_WAGE_CAP,
];
