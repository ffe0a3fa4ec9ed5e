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
    let mut out = Vec::new();
    for pair in STATED.windows(2) {
        let [a, b] = pair else { continue };
        let span = i64::from(b.year - a.year);
        for y in a.year..b.year {
            let t = i64::from(y - a.year);
            let stated = (y == a.year).then_some(a);
            // a.bp + (b.bp − a.bp) × t ÷ span, half up (the path only rises).
            let bp = a.bp + ((b.bp - a.bp) * t * 2 + span) / (2 * span);
            out.push(PathYear { year: y, bp, stated });
        }
    }
    if let Some(last) = STATED.last() {
        out.push(PathYear { year: last.year, bp: last.bp, stated: Some(last) });
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
    use super::*;

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
