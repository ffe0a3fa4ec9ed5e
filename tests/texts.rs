//! The words a person reads, in both languages: years written as years, a coverage that rises,
//! falls or stays said so, and no parentheses inside parentheses.

use jamsostek::api::plan::{self, presets, ExportRequest, PlanViewRequest, ScenarioRequest};
use jamsostek::api::{FieldError, NumInput};
use jamsostek::fmt::Lang;

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
    for t in &texts {
        // JSON strings one by one, CSV cells line by line.
        for piece in t.split(['"', '\n']) {
            assert!(!nested(piece), "nested parentheses: {piece}");
        }
    }
}
