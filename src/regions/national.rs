//! National figures a region is planned against: people employed (BPS Sakernas), the
//! workforce estimate drawn from a region's population, and the national UCJ targets.
//!
//! Every figure is dated and cited, with how it was seen ([`Sourcing`]): the figures below
//! were found in news reports of their publishers' own statements (listed in `seen_in`); the
//! publications themselves (the Perpres annex, BPS's release) were not read here.

use super::Sourcing;
use crate::date::Date;
use crate::fmt::{group, scaled, Lang};
use crate::params::Citation;
use serde::Serialize;

/// A dated, cited national figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(rename = "NationalFigure"))]
#[serde(rename_all = "camelCase")]
pub struct Figure {
    /// Stable id.
    pub id: &'static str,
    /// Label in Bahasa Indonesia.
    pub label_id: &'static str,
    /// Label in English.
    pub label_en: &'static str,
    /// The value (people).
    pub value: i64,
    /// The period it describes (first day of the survey month).
    pub period: Date,
    /// When it was published.
    pub published: Date,
    /// How it was seen.
    pub sourcing: Sourcing,
    /// The publication.
    pub citation: Citation,
    /// Where the figure was seen.
    pub seen_in: &'static [&'static str],
}

/// People employed in Indonesia, August 2025: 146.54 million (BPS, Sakernas; released 5 November
/// 2025 by Deputy Moh. Edy Mahmud: "jumlah penduduk bekerja pada Agustus 2025 mencapai 146,54
/// juta orang"). Kept to the precision BPS published (10,000 people).
pub static EMPLOYED: Figure = Figure {
    id: "bps.sakernas.2025-08.employed",
    label_id: "Penduduk bekerja (BPS, Sakernas Agustus 2025)",
    label_en: "People employed (BPS, Sakernas August 2025)",
    value: 146_540_000,
    period: Date::ymd(2025, 8, 1),
    published: Date::ymd(2025, 11, 5),
    sourcing: Sourcing::Reported,
    citation: Citation {
        regulation: "BPS, Keadaan Ketenagakerjaan Indonesia Agustus 2025 (Berita Resmi Statistik, 5 November 2025)",
        article: "Penduduk bekerja Agustus 2025: 146,54 juta orang (naik 1,90 juta dari Agustus 2024)",
        url: None,
    },
    seen_in: &[
        "https://channel9.id/bps-pasar-tenaga-kerja-membaik-penyerapan-capai-14654-juta-orang-pada-agustus-2025",
        "https://www.bitvonline.com/pemerintahan/49586/bps-3-sektor-ini-jadi-penopang-terbesar-lapangan-kerja-indonesia-2025/all",
        "https://sekilasindonews.com/penyerapan-tenaga-kerja-nasional-naik-19-juta-orang-tpt-turun-jadi-485-persen",
    ],
};

/// People employed in Indonesia, August 2024: 144.64 million (BPS, Sakernas), as the August 2025
/// release gives it (146.54 million, "naik 1,90 juta dari Agustus 2024").
pub static EMPLOYED_2024: Figure = Figure {
    id: "bps.sakernas.2024-08.employed",
    label_id: "Penduduk bekerja (BPS, Sakernas Agustus 2024)",
    label_en: "People employed (BPS, Sakernas August 2024)",
    value: 144_640_000,
    period: Date::ymd(2024, 8, 1),
    published: Date::ymd(2025, 11, 5),
    sourcing: Sourcing::Reported,
    citation: EMPLOYED.citation,
    seen_in: EMPLOYED.seen_in,
};

/// What a projection default rests on: the published figures, and the value they give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DefaultBasis {
    /// The setting, `settings.workforceGrowth` or `settings.lapse`.
    pub field: &'static str,
    /// The value the figures give, basis points of a percent a year.
    pub bp: i64,
    /// That value as the form takes it (`1,31`, `1.31`).
    pub value_id: String,
    /// The same, English style.
    pub value_en: String,
    /// What it rests on and how it is drawn, in Bahasa Indonesia.
    pub text_id: String,
    /// The same in English.
    pub text_en: String,
    /// Where the figures were seen.
    pub seen_in: &'static [&'static str],
}

/// The yearly growth of people employed, August 2024 → August 2025, in basis points, half up:
/// (146.54 − 144.64) ÷ 144.64 = 1.31 %.
pub fn employed_growth_bp() -> i64 {
    mul_div_half_up(EMPLOYED.value - EMPLOYED_2024.value, 10_000, EMPLOYED_2024.value).unwrap_or(0)
}

/// What the workforce-growth and lapse defaults rest on, with their sources.
pub fn default_bases() -> Vec<DefaultBasis> {
    let g = employed_growth_bp();
    let (gid, gen) = (scaled(g, 2, Lang::Id), scaled(g, 2, Lang::En));
    let m = |v: i64, lang| scaled(v / 10_000, 2, lang);
    vec![
        DefaultBasis {
            field: "settings.workforceGrowth",
            bp: g,
            value_id: gid.clone(),
            value_en: gen.clone(),
            text_id: format!(
                "Penduduk bekerja nasional naik dari {} juta (Agustus 2024) ke {} juta (Agustus 2025), BPS Sakernas: {gid}% setahun. \
                 Bawaan kalkulator tetap 0% (tanpa pertumbuhan) agar skenario yang sudah disimpan tidak berubah; pakai {gid}% bila wilayah tumbuh seperti rata-rata nasional.",
                m(EMPLOYED_2024.value, Lang::Id),
                m(EMPLOYED.value, Lang::Id)
            ),
            text_en: format!(
                "People employed nationally rose from {} million (August 2024) to {} million (August 2025), BPS Sakernas: {gen}% a year. \
                 The calculator's default stays 0% (no growth) so that saved scenarios do not change; use {gen}% if the region grows like the national average.",
                m(EMPLOYED_2024.value, Lang::En),
                m(EMPLOYED.value, Lang::En)
            ),
            seen_in: EMPLOYED.seen_in,
        },
        DefaultBasis {
            field: "settings.lapse",
            bp: 2_000,
            value_id: "20".into(),
            value_en: "20".into(),
            text_id: "Bawaan 20% (rentang 10–30%): BPJS Ketenagakerjaan menyebut sekitar 20–30% peserta pekerja informal tidak rutin membayar iuran (I Putu Wiradana, Deputi Bidang Kepesertaan Program Khusus dan Keagenan, dikutip Bisnis.com 6 Agustus 2024). Satu Data Kemnaker: peserta BPU aktif 9,19 juta dan nonaktif 979 ribu (Desember 2023); BPU nonaktif 1,21 juta (Desember 2024). Itu jumlah pada satu saat, bukan laju berhenti per tahun: 20% adalah batas bawah angka BPJS, bukan hasil hitungan.".into(),
            text_en: "Default 20% (band 10–30%): BPJS Ketenagakerjaan says about 20–30% of informal participants do not pay regularly (I Putu Wiradana, Deputy for special-programme membership, quoted by Bisnis.com on 6 August 2024). Satu Data Kemnaker: 9.19 million active and 979 thousand non-active BPU participants (December 2023); 1.21 million non-active BPU (December 2024). Those are counts at one time, not a yearly lapse: 20% is the low end of BPJS's figure, not a computation.".into(),
            seen_in: &[
                "https://ekonomi.bisnis.com/read/20240806/12/1788707/peserta-sektor-informal-bpjs-ketenagakerjaan-masih-rendah-ini-alasannya",
                "https://databoks.katadata.co.id/ketenagakerjaan/statistik/0ca66433de93f76/baru-41-juta-pekerja-yang-terdaftar-aktif-di-bpjs-ketenagakerjaan-2023",
                "https://ekbis.harianjogja.com/read/2025/01/26/502/1202167/1999-juta-peserta-bpjs-ketenagakerjaan-berstatus-non-aktif-penyebabnya-dari-phk-hingga-m",
            ],
        },
    ]
}

/// An estimate of a region's workforce from its population: the national share of people
/// employed applied to the region. Not an official figure, and always shown as an estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WorkforceEstimate {
    /// The estimate: `population × employed ÷ national population`, whole people, half up.
    pub workers: i64,
    /// The region's population.
    pub population: i64,
    /// People employed nationally ([`EMPLOYED`]).
    pub employed: i64,
    /// The national population the share divides by (the index's total, so that the estimates
    /// of all regions add up to the employed).
    pub national_population: i64,
    /// The national share employed, parts per million, half up.
    pub share_ppm: i64,
}

/// `a × b ÷ c`, rounded half up; `None` unless all are positive (or `a` zero) and the result fits.
fn mul_div_half_up(a: i64, b: i64, c: i64) -> Option<i64> {
    if a < 0 || b < 0 || c <= 0 {
        return None;
    }
    let (a, b, c) = (i128::from(a), i128::from(b), i128::from(c));
    let n = a.checked_mul(b)?.checked_mul(2)?.checked_add(c)?;
    i64::try_from(n / (2 * c)).ok()
}

/// The workforce estimate of a region of `population` people, when the national population
/// is positive and no input is negative.
pub fn workforce_estimate(population: i64, national_population: i64) -> Option<WorkforceEstimate> {
    let employed = EMPLOYED.value;
    Some(WorkforceEstimate {
        workers: mul_div_half_up(population, employed, national_population)?,
        population,
        employed,
        national_population,
        share_ppm: mul_div_half_up(employed, 1_000_000, national_population)?,
    })
}

impl WorkforceEstimate {
    /// The formula with its numbers, for the page to show beside the estimate:
    /// `504.845 penduduk × 146.540.000 penduduk bekerja ÷ 284.973.643 penduduk Indonesia = 259.600`.
    pub fn formula(&self, lang: Lang) -> String {
        let (pop, emp, nat, w) =
            (group(self.population, lang), group(self.employed, lang), group(self.national_population, lang), group(self.workers, lang));
        match lang {
            Lang::Id => format!("{pop} penduduk × {emp} penduduk bekerja (BPS, Sakernas Agustus 2025) ÷ {nat} penduduk Indonesia = {w} (perkiraan)"),
            Lang::En => format!("{pop} residents × {emp} people employed (BPS, Sakernas August 2025) ÷ {nat} residents of Indonesia = {w} (estimate)"),
        }
    }

    /// The national share employed as text: `51,42%`.
    pub fn share_text(&self, lang: Lang) -> String {
        // ppm to basis points, half up; two decimals of a percent.
        format!("{}%", scaled((self.share_ppm + 50) / 100, 2, lang))
    }
}

/// Where a national target comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TargetSource {
    /// Stable id.
    pub id: &'static str,
    /// Short name in Bahasa Indonesia.
    pub label_id: &'static str,
    /// Short name in English.
    pub label_en: &'static str,
    /// The plan.
    pub citation: Citation,
    /// How its figures were seen.
    pub sourcing: Sourcing,
    /// Who stated them, when.
    pub stated_by: &'static str,
    /// Where they were seen.
    pub seen_in: &'static [&'static str],
}

const KEMENDAGRI_15_MAY_2025: &str =
    "Restuardy Daud, Dirjen Bina Pembangunan Daerah Kemendagri, asistensi dan evaluasi UCJ (dikutip 15 Mei 2025)";
const SEEN_KEMENDAGRI: &[&str] = &[
    "https://ayonusa.com/berita/news-97831/bpjs-ketenagakerjaan-wujud-pelindungan-negara-untuk-pekerja",
    "https://www.kabaran.id/2025/05/kemendagri-dorong-percepatan-jaminan-sosial-ketenagakerjaan.html",
];

/// RPJMN 2025–2029: 32.15 % in 2025, 43.92 % in 2029.
pub static RPJMN: TargetSource = TargetSource {
    id: "rpjmn2025_2029",
    label_id: "RPJMN 2025–2029",
    label_en: "RPJMN 2025–2029 (medium-term plan)",
    citation: Citation {
        regulation: "Perpres 12/2025 tentang Rencana Pembangunan Jangka Menengah Nasional (RPJMN) 2025–2029",
        article: "Sasaran cakupan kepesertaan jaminan sosial ketenagakerjaan: 32,15% (2025), 43,92% (2029)",
        url: None,
    },
    sourcing: Sourcing::Reported,
    stated_by: KEMENDAGRI_15_MAY_2025,
    seen_in: SEEN_KEMENDAGRI,
};

/// RKP 2026: 34.99 % in 2026.
pub static RKP_2026: TargetSource = TargetSource {
    id: "rkp2026",
    label_id: "RKP 2026",
    label_en: "RKP 2026 (government work plan)",
    citation: Citation {
        regulation: "Rencana Kerja Pemerintah (RKP) 2026",
        article: "Sasaran cakupan kepesertaan jaminan sosial ketenagakerjaan 2026: 34,99%",
        url: None,
    },
    sourcing: Sourcing::Reported,
    stated_by: KEMENDAGRI_15_MAY_2025,
    seen_in: SEEN_KEMENDAGRI,
};

/// RPJPN 2025–2045: 99.5 % of workers covered by 2045.
pub static RPJPN: TargetSource = TargetSource {
    id: "rpjpn2025_2045",
    label_id: "RPJPN 2025–2045",
    label_en: "RPJPN 2025–2045 (long-term plan)",
    citation: Citation {
        regulation: "UU 59/2024 tentang Rencana Pembangunan Jangka Panjang Nasional (RPJPN) 2025–2045",
        article: "Sasaran cakupan kepesertaan jaminan sosial ketenagakerjaan: 99,5% pada 2045",
        url: None,
    },
    sourcing: Sourcing::Reported,
    stated_by: KEMENDAGRI_15_MAY_2025,
    seen_in: &[
        "https://ayonusa.com/berita/news-97831/bpjs-ketenagakerjaan-wujud-pelindungan-negara-untuk-pekerja",
        "https://www.kabaran.id/2025/05/kemendagri-dorong-percepatan-jaminan-sosial-ketenagakerjaan.html",
        "https://lahatsatu.com/jaminan-sosial-ketenagakerjaan-pemerintah-optimis-capai-cakupan-universal-di-2045",
    ],
};

/// A national UCJ target the sources state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatedTarget {
    /// The year.
    pub year: i32,
    /// UCJ, basis points (1 % = 100).
    pub bp: i64,
    /// Where it is stated.
    pub source: &'static TargetSource,
}

/// The stated national targets, in year order.
pub static STATED: &[StatedTarget] = &[
    StatedTarget { year: 2025, bp: 3_215, source: &RPJMN },
    StatedTarget { year: 2026, bp: 3_499, source: &RKP_2026 },
    StatedTarget { year: 2029, bp: 4_392, source: &RPJMN },
    StatedTarget { year: 2045, bp: 9_950, source: &RPJPN },
];

/// A year of the national path: stated by a plan, or drawn between two stated years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathYear {
    /// The year.
    pub year: i32,
    /// UCJ, basis points.
    pub bp: i64,
    /// The stated target of that year, or `None` when drawn between stated years.
    pub stated: Option<&'static StatedTarget>,
}

/// How the years between stated targets are drawn, in Bahasa Indonesia.
pub const PATH_NOTE_ID: &str = "Hanya tahun 2025, 2026, 2029 dan 2045 yang disebut sumbernya (RPJMN 2025–2029, RKP 2026, RPJPN 2025–2045). Tahun di antaranya digambar sebagai garis lurus antara dua tahun yang disebut, dibulatkan ke 0,01 poin persen: itu gambaran, bukan sasaran resmi.";
/// The same in English.
pub const PATH_NOTE_EN: &str = "Only 2025, 2026, 2029 and 2045 are stated by the sources (RPJMN 2025–2029, RKP 2026, RPJPN 2025–2045). The years between are drawn as a straight line between the two stated years around them, rounded to 0.01 percentage point: a drawing, not an official target.";

/// The national path, every year from the first stated target to the last: the stated years
/// as stated, each year between on the straight line joining the stated years around it
/// (basis points, half up).
pub fn path() -> Vec<PathYear> {
    let points: Vec<(i32, i64)> = STATED.iter().map(|t| (t.year, t.bp)).collect();
    line_through(&points)
        .into_iter()
        .map(|(year, bp)| PathYear { year, bp, stated: STATED.iter().find(|t| t.year == year) })
        .collect()
}

/// The stated targets' years and basis points alone, for a chart to draw the path without
/// shipping the sources' texts (a test pins them to [`STATED`]).
pub const STATED_POINTS: [(i32, i64); 4] = [(2025, 3_215), (2026, 3_499), (2029, 4_392), (2045, 9_950)];

/// The national path as (year, basis points), every year from 2025 to 2045: [`path`] without
/// its sources.
pub fn path_points() -> Vec<(i32, i64)> {
    line_through(&STATED_POINTS)
}

/// Every year from the first point to the last: the points as given, each year between on the
/// straight line joining the points around it (basis points, half up; the path only rises).
fn line_through(points: &[(i32, i64)]) -> Vec<(i32, i64)> {
    let mut out = Vec::new();
    for pair in points.windows(2) {
        let [(ay, abp), (by, bbp)] = pair else { continue };
        let span = i64::from(by - ay);
        for y in *ay..*by {
            let t = i64::from(y - ay);
            // a + (b − a) × t ÷ span, half up.
            out.push((y, abp + ((bbp - abp) * t * 2 + span) / (2 * span)));
        }
    }
    if let Some(&last) = points.last() {
        out.push(last);
    }
    out
}

/// National UCJ as last reported: 35.68 % in April 2025, by the same Kemendagri statement.
pub static OBSERVED: Observed = Observed {
    period: Date::ymd(2025, 4, 1),
    bp: 3_568,
    sourcing: Sourcing::Reported,
    stated_by: KEMENDAGRI_15_MAY_2025,
    seen_in: SEEN_KEMENDAGRI,
    note_id: "Penyebut (jumlah pekerja) tidak disebut dalam pernyataan itu. Pernyataan yang sama menyebut \"target 52,15%\" untuk April 2025, yang tidak cocok dengan rencana mana pun di atas; tidak dipakai.",
    note_en: "The statement does not say what it divides by. The same statement speaks of a \"target of 52.15%\" for April 2025, which matches none of the plans above; not used.",
};

/// A reported national UCJ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Observed {
    /// The month it describes (first day).
    pub period: Date,
    /// UCJ, basis points.
    pub bp: i64,
    /// How it was seen.
    pub sourcing: Sourcing,
    /// Who stated it.
    pub stated_by: &'static str,
    /// Where it was seen.
    pub seen_in: &'static [&'static str],
    /// What to know about it, in Bahasa Indonesia.
    pub note_id: &'static str,
    /// The same in English.
    pub note_en: &'static str,
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_drawn_points_are_the_stated_targets() {
        let stated: Vec<(i32, i64)> = STATED.iter().map(|t| (t.year, t.bp)).collect();
        assert_eq!(stated, STATED_POINTS.to_vec());
        let drawn: Vec<(i32, i64)> = path().iter().map(|y| (y.year, y.bp)).collect();
        assert_eq!(drawn, path_points());
        assert_eq!(path_points().len(), 21, "2025 to 2045");
    }

    use super::*;

    #[test]
    fn employed_grew_1_31_percent_from_august_2024_to_august_2025() {
        assert_eq!(EMPLOYED.value - EMPLOYED_2024.value, 1_900_000, "the release's \"naik 1,90 juta\"");
        assert_eq!(employed_growth_bp(), 131);
        let b = default_bases();
        assert_eq!(b[0].value_id, "1,31");
        assert!(b[0].text_id.contains("144,64 juta (Agustus 2024) ke 146,54 juta"), "{}", b[0].text_id);
    }

    #[test]
    fn rounds_half_up() {
        assert_eq!(mul_div_half_up(1, 1, 2), Some(1));
        assert_eq!(mul_div_half_up(1, 1, 3), Some(0));
        assert_eq!(mul_div_half_up(2, 1, 3), Some(1));
        assert_eq!(mul_div_half_up(1, 1, 0), None);
        assert_eq!(mul_div_half_up(-1, 1, 1), None);
        assert_eq!(mul_div_half_up(i64::MAX, i64::MAX, 1), None);
    }
}
