//! The words a person reads, in both languages: years written as years, a coverage that rises,
//! falls or stays said so, statuses and terms the same in every file, UCJ spelled out once, and
//! no parentheses inside parentheses.

use jamsostek::api::plan::{self, presets, ExportRequest, PlanViewRequest, ScenarioRequest};
use jamsostek::api::{FieldError, NumInput};
use jamsostek::fmt::Lang;
use jamsostek::params::Status;
use jamsostek::report::status_label;

fn preset(id: &str) -> ScenarioRequest {
    presets::all().into_iter().find(|p| p.id == id).unwrap().scenario
}

fn text(s: &str) -> Option<NumInput> {
    Some(NumInput::Text(s.into()))
}

fn error<'a>(errors: &'a [FieldError], field: &str) -> &'a FieldError {
    errors.iter().find(|e| e.field == field).unwrap_or_else(|| panic!("no error for {field}: {errors:?}"))
}

/// Whether a text holds a year written with a thousands separator (`2.026`, `2,056`).
fn grouped_year(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(5).enumerate().any(|(i, w)| {
        let digit_before = i > 0 && b[i - 1].is_ascii_digit();
        let digit_after = b.get(i + 5).is_some_and(u8::is_ascii_digit);
        w[0] == b'2'
            && (w[1] == b'.' || w[1] == b',')
            && w[2..].iter().all(u8::is_ascii_digit)
            && !digit_before
            && !digit_after
    })
}

#[test]
fn years_out_of_range_are_written_as_years() {
    let mut s = preset("ternate");
    s.region.base_year = text("2025");
    s.target = Some(plan::TargetRequest { pct: text("100"), year: text("2100"), ..Default::default() });
    s.groups[0].start_year = text("2099");
    let e = plan::validate(&s).unwrap_err();
    let target = error(&e, "target.year");
    assert_eq!(target.code, "out_of_range");
    assert_eq!(target.message_id, "Isi tahun dari 2026 sampai 2056.");
    assert_eq!(target.message_en, "Enter a year from 2026 to 2056.");
    assert_eq!(error(&e, "groups.0.startYear").message_id, "Isi tahun dari 2025 sampai 2055.");

    s = preset("ternate");
    s.region.base_year = Some(NumInput::Number(1999.0));
    let e = plan::validate(&s).unwrap_err();
    let base = error(&e, "region.baseYear");
    assert_eq!(
        (base.message_id.as_str(), base.message_en.as_str()),
        ("Isi tahun dari 2015 sampai 2070.", "Enter a year from 2015 to 2070.")
    );

    // Solving backwards checks its own target year.
    let solve: plan::SolveRequest = serde_json::from_value(serde_json::json!({
        "scenario": { "region": { "baseYear": "2025" }, "workforce": { "total": "1000" }, "current": { "total": "10" } },
        "mode": "target", "target": { "pct": "50", "year": "2090" }
    }))
    .unwrap();
    let r = plan::solve(&solve);
    assert!(error(&r.errors, "target.year").message_id.starts_with("Isi tahun dari 2026 sampai "));

    // A spreadsheet of groups: the start-year column.
    let csv = jamsostek::api::import_groups(&jamsostek::api::ImportGroupsRequest {
        text: "nama;pekerja;mulai\r\nPetani;10;2200\r\n".into(),
        base_year: text("2025"),
    });
    assert_eq!(csv.errors[0].message_id, "Baris 2, kolom \"mulai\": Isi tahun dari 2025 sampai 2055.");

    // Every message stays free of grouped years; counts keep their grouping.
    for e in plan::validate(&s).unwrap_err().iter().chain(&r.errors) {
        assert!(!grouped_year(&e.message_id) && !grouped_year(&e.message_en), "{e:?}");
    }
    let cost = jamsostek::api::program_cost(&jamsostek::api::ProgramCostRequest {
        workers: text("999.999.999.999"),
        months: text("6"),
        as_of: Some("2026-01-01".into()),
        ..Default::default()
    });
    assert_eq!(cost.errors[0].message_id, "Isi angka dari 1 sampai 300.000.000.");
}

#[test]
fn the_coverage_sentence_says_rises_falls_or_stays() {
    let summary = |s: ScenarioRequest, lang: Lang| {
        plan::plan_view(&PlanViewRequest { scenario: s, lang: Some(lang), ..Default::default() })
            .charts
            .unwrap()
            .coverage
            .summary
    };
    // NTB: nobody added, nobody lapsing: the same 9,30 % every year.
    assert_eq!(summary(preset("ntb"), Lang::Id), "Cakupan tetap 9,30% dari 2024 sampai 2029.");
    assert_eq!(summary(preset("ntb"), Lang::En), "Coverage stays at 9.30% from 2024 to 2029.");
    // Self-paying participants lapse and no group is paid: coverage falls.
    let mut s = preset("ternate");
    s.groups.clear();
    s.current.total = None;
    s.current.formal = text("30.000");
    s.current.informal = text("21.276");
    let id = summary(s.clone(), Lang::Id);
    assert!(id.starts_with("Cakupan turun dari 72,75% (2024) ke "), "{id}");
    let en = summary(s, Lang::En);
    assert!(en.starts_with("Coverage falls from 72.75% (2024) to "), "{en}");
    // Ternate rises (tests/charts.rs holds the whole sentence).
    assert!(summary(preset("ternate"), Lang::Id).starts_with("Cakupan naik dari 72,75% (2024) ke 93,05% pada 2029"));
    assert!(summary(preset("ternate"), Lang::En).starts_with("Coverage rises from 72.75% (2024) to 93.05% by 2029"));
}

#[test]
fn statuses_are_written_in_the_file_language() {
    assert_eq!(status_label(Status::Enacted, Lang::Id), "berlaku");
    assert_eq!(status_label(Status::Projected, Lang::Id), "proyeksi");
    assert_eq!(status_label(Status::Unconfirmed, Lang::Id), "belum dikonfirmasi");
    assert_eq!(status_label(Status::Enacted, Lang::En), "enacted");
    assert_eq!(status_label(Status::Projected, Lang::En), "projected");
    assert_eq!(status_label(Status::Unconfirmed, Lang::En), "unconfirmed");
    let id = plan::export_csv(&ExportRequest { scenario: preset("ternate"), ..Default::default() }).csv;
    assert!(
        id.contains("\r\nJKM penerima upah;0,3%;2015-07-01;PP 44/2015 (JKK dan JKM);Pasal 18 ayat (1);berlaku\r\n"),
        "{id}"
    );
    assert!(!id.contains("enacted"));
    let en =
        plan::export_csv(&ExportRequest { scenario: preset("ternate"), lang: Some(Lang::En), ..Default::default() })
            .csv;
    assert!(en.contains(",enacted\r\n") && !en.contains("berlaku"));
}

/// Every CSV the calculator writes, in both languages.
fn every_csv() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for lang in [Lang::Id, Lang::En] {
        let s = preset("ternate");
        out.push((
            "exportCsv".into(),
            plan::export_csv(&ExportRequest { scenario: s.clone(), lang: Some(lang), ..Default::default() }).csv,
        ));
        // A scenario carrying an alternative: its CSV appends the comparison.
        let mut with = s.clone();
        with.alternatives = vec![plan::PlanRequest { scenario: s.clone(), ..Default::default() }];
        out.push((
            "exportCsv with alternatives".into(),
            plan::export_csv(&ExportRequest { scenario: with, lang: Some(lang), ..Default::default() }).csv,
        ));
        for which in [plan::ChartKind::Coverage, plan::ChartKind::Budget, plan::ChartKind::Groups] {
            let r = plan::chart_csv(&plan::ChartCsvRequest {
                scenario: s.clone(),
                which: Some(which),
                lang: Some(lang),
                ..Default::default()
            });
            out.push((format!("chartCsv {which:?}"), r.csv));
        }
        let req = jamsostek::api::batch::BatchRequest {
            scenario: serde_json::from_value(serde_json::json!({
                "region": { "baseYear": "2026" },
                "groups": [{ "name": "sasaran", "workers": "1", "package": "bpuBasic", "months": "12", "source": "apbdRegency" }]
            }))
            .unwrap(),
            ..Default::default()
        };
        let mut job =
            jamsostek::api::batch::start("nama;pekerja;peserta;sasaran_rentan\r\nA;100;10;5\r\n".into(), &req).unwrap();
        while job.step(10) < 1.0 {}
        let (_, batch) = jamsostek::api::batch::finish(job, &req).unwrap();
        out.push(("batch csv".into(), jamsostek::api::batch::export_csv(&batch, None, lang)));
    }
    out
}

#[test]
fn each_csv_spells_out_ucj_at_its_first_mention() {
    const FULL: &str = "Universal Coverage Jamsostek (UCJ)";
    for (name, csv) in every_csv() {
        if let Some(first) = csv.find("UCJ") {
            assert_eq!(csv.find(FULL).map(|i| i + FULL.len() - "UCJ)".len()), Some(first), "{name}: {csv}");
        }
    }
    let batch = &every_csv()[5].1;
    assert!(
        batch.starts_with(
            "\u{feff}kode;nama;provinsi;kabupaten/kota;kecamatan;pekerja;peserta;Universal Coverage Jamsostek (UCJ) 2026 %;dibiayai;UCJ 2031 %"
        ),
        "{batch}"
    );
}

#[test]
fn workers_a_program_pays_for_are_dibiayai_in_every_table() {
    for (name, csv) in every_csv() {
        assert!(!csv.contains("Dibayar program") && !csv.contains("Paid by programs"), "{name}");
    }
    let id = plan::export_csv(&ExportRequest { scenario: preset("ternate"), ..Default::default() }).csv;
    assert!(id.contains("\r\nTahun;Jumlah pekerja;Terlindungi;Dibiayai;UCJ %;"));
    assert!(id.contains("\r\nKelompok sasaran;Pekerja;Dibiayai;Iuran per bulan (Rp);"));
    let en =
        plan::export_csv(&ExportRequest { scenario: preset("ternate"), lang: Some(Lang::En), ..Default::default() })
            .csv;
    assert!(en.contains("\r\nYear,Workforce,Covered,Paid for,UCJ %,"));
    let mut s = preset("ternate");
    s.groups.clear();
    let v = plan::plan_view(&PlanViewRequest { scenario: s, ..Default::default() });
    assert_eq!(v.charts.unwrap().budget.summary, "Belum ada kelompok sasaran yang dibiayai, jadi anggaran Rp\u{a0}0.");
}

/// Whether a text has parentheses inside parentheses.
fn nested(s: &str) -> bool {
    let mut depth = 0;
    s.chars().any(|c| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        depth > 1
    })
}

#[test]
fn no_label_or_message_nests_parentheses() {
    let mut texts: Vec<String> = Vec::new();
    for p in presets::all() {
        for lang in [Lang::Id, Lang::En] {
            let v = plan::plan_view(&PlanViewRequest {
                scenario: p.scenario.clone(),
                lang: Some(lang),
                ..Default::default()
            });
            texts.push(serde_json::to_string(&v).unwrap());
            let r = plan::export_csv(&ExportRequest {
                scenario: p.scenario.clone(),
                lang: Some(lang),
                ..Default::default()
            });
            texts.push(r.csv);
        }
        texts.push(serde_json::to_string(&p).unwrap());
    }
    for date in ["2015-07-01", "2020-06-01", "2025-03-01", "2026-06-01", "2030-01-01"] {
        texts.push(serde_json::to_string(&jamsostek::api::parameters(date)).unwrap());
    }
    // The unconfirmed top income level: its label and its regulation both carry parentheses.
    for lang in ["id", "en"] {
        let req = serde_json::json!({ "segment": "informal", "asOf": "2026-06-01", "declaredIncome": "30.000.000", "withJht": true, "lang": lang });
        let r = jamsostek::api::contribution(&serde_json::from_value(req).unwrap());
        assert!(r.warnings.iter().any(|w| w.code == "unconfirmed_value"));
        texts.push(serde_json::to_string(&r).unwrap());
    }
    texts.extend(every_csv().into_iter().map(|(_, c)| c));
    for t in &texts {
        // JSON strings one by one, CSV cells line by line.
        for piece in t.split(['"', '\n']) {
            assert!(!nested(piece), "nested parentheses: {piece}");
        }
    }
}
