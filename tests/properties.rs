//! Invariants over generated scenarios and requests (proptest): no panic, coverage within
//! 0–100 %, totals equal the sum of their parts, budgets grow with workers and months, a
//! scenario exported as JSON imports back identical, and no region file or query panics.
//! `make test` runs 256 cases of each; `make fuzz` runs `FUZZ_CASES` (one million) of each.

use jamsostek::api::plan::WorkforceRequest;
use jamsostek::api::plan::{self, CurrentRequest, GroupRequest, ScenarioRequest, SettingsRequest, TargetRequest};
use jamsostek::api::{self, NumInput, ProgramCostRequest};
use proptest::prelude::*;

fn num(v: i64) -> Option<NumInput> {
    Some(NumInput::Text(v.to_string()))
}

prop_compose! {
    fn group()(workers in 0i64..50_000, covered in 0i64..1_000, months in 1i64..=12, share in 0i64..=100,
               start in 2024i64..2030, jht in any::<bool>()) -> GroupRequest {
        GroupRequest {
            workers: num(workers),
            covered: num(covered.min(workers)),
            months: num(months),
            government_share: num(share),
            start_year: num(start),
            package: Some(if jht { plan::PackageKind::BpuJht } else { plan::PackageKind::BpuBasic }),
            ..Default::default()
        }
    }
}

prop_compose! {
    fn scenario()(workforce in 1_000i64..5_000_000, formal_pct in 0i64..=100, informal_pct in 0i64..=100,
                  groups in prop::collection::vec(group(), 0..6), years in 1i64..=30,
                  growth in -500i64..500, lapse in 0i64..=100, target in prop::option::of(1i64..=100))
                  -> ScenarioRequest {
        let formal = workforce * formal_pct / 100;
        let informal = (workforce - formal) * informal_pct / 100;
        ScenarioRequest {
            region: plan::RegionRequest { base_year: num(2024), ..Default::default() },
            workforce: WorkforceRequest { total: num(workforce), ..Default::default() },
            current: CurrentRequest { formal: num(formal), informal: num(informal), ..Default::default() },
            groups,
            target: target.map(|t| TargetRequest { pct: num(t), year: num(2030), ..Default::default() }),
            settings: SettingsRequest {
                years: num(years),
                workforce_growth: Some(NumInput::Text(format!(
                    "{}{},{:02}", if growth < 0 { "-" } else { "" }, growth.abs() / 100, growth.abs() % 100
                ))),
                lapse: num(lapse),
                ..Default::default()
            },
            ..Default::default()
        }
    }
}

fn config() -> ProptestConfig {
    let cases = std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_scenario_exported_as_json_imports_back_identical(mut s in scenario(), name in "\\PC{0,40}", source in ".{0,40}") {
        s.region.name = Some(name);
        s.region.source = Some(source);
        s.schema_version = Some(1);
        let json = serde_json::to_string(&s).expect("a scenario serialises");
        let back: ScenarioRequest = serde_json::from_str(&json).expect("and reads back");
        prop_assert_eq!(&back, &s);
        prop_assert_eq!(plan::project(&back), plan::project(&s));
    }

    #[test]
    fn projections_keep_their_invariants(s in scenario()) {
        let r = plan::project(&s);
        prop_assume!(r.ok);
        let mut running = 0i64;
        for y in &r.years {
            let bp = y.coverage_bp.unwrap();
            prop_assert!((0..=10_000).contains(&bp), "coverage {bp}");
            prop_assert!(y.covered <= y.workers.unwrap());
            let by_source: i64 = y.budget_by_source.iter().map(|s| s.amount.get()).sum();
            let by_group: i64 = y.budget_by_group.iter().map(|g| g.amount.get()).sum();
            prop_assert_eq!(by_source, y.budget.get());
            prop_assert_eq!(by_group, y.budget.get());
            running += y.budget.get();
            prop_assert_eq!(running, y.cumulative_budget.get());
            let (lo, mid, hi) = (y.coverage_low_pct.unwrap(), y.coverage_pct.unwrap(), y.coverage_high_pct.unwrap());
            prop_assert!(lo <= mid && mid <= hi);
            if let Some(gap) = y.gap { prop_assert!(gap >= 0); }
        }
    }

    #[test]
    fn budget_grows_with_workers_and_months(workers in 1i64..1_000_000, extra in 0i64..1_000, months in 1i64..12) {
        let cost = |w: i64, m: i64| {
            let r = api::program_cost(&ProgramCostRequest {
                workers: num(w), months: num(m), as_of: Some("2026-06-01".into()), ..Default::default()
            });
            r.total.unwrap().value.get()
        };
        prop_assert!(cost(workers + extra, months) >= cost(workers, months));
        prop_assert!(cost(workers, months + 1) > cost(workers, months));
        prop_assert_eq!(cost(workers, months), workers * months * 16_800);
    }

    #[test]
    fn any_text_in_any_field_gives_errors_not_panics(a in ".{0,24}", b in ".{0,24}", c in "\\PC{0,12}") {
        let s = ScenarioRequest {
            region: plan::RegionRequest { base_year: Some(NumInput::Text(a.clone())), name: Some(c.clone()), ..Default::default() },
            workforce: WorkforceRequest { total: Some(NumInput::Text(b.clone())), ..Default::default() },
            current: CurrentRequest { total: Some(NumInput::Text(a.clone())), ..Default::default() },
            groups: vec![GroupRequest { workers: Some(NumInput::Text(b.clone())), months: Some(NumInput::Text(a.clone())), ..Default::default() }],
            ..Default::default()
        };
        let r = plan::project(&s);
        prop_assert!(r.ok || !r.errors.is_empty());
        let r = api::program_cost(&ProgramCostRequest {
            workers: Some(NumInput::Text(a)), months: Some(NumInput::Text(b)), as_of: Some(c), ..Default::default()
        });
        prop_assert!(r.ok || !r.errors.is_empty());
    }

    #[test]
    fn any_js_number_gives_errors_not_panics(x in any::<f64>(), y in any::<f64>()) {
        let r = api::program_cost(&ProgramCostRequest {
            workers: Some(NumInput::Number(x)), months: Some(NumInput::Number(y)),
            as_of: Some("2026-01-01".into()), ..Default::default()
        });
        prop_assert!(r.ok || !r.errors.is_empty());
        let s = ScenarioRequest {
            region: plan::RegionRequest { base_year: num(2024), ..Default::default() },
            workforce: WorkforceRequest { total: Some(NumInput::Number(x)), ..Default::default() },
            current: CurrentRequest { coverage_pct: Some(NumInput::Number(y)), ..Default::default() },
            settings: SettingsRequest { workforce_growth: Some(NumInput::Number(y)), ..Default::default() },
            ..Default::default()
        };
        let r = plan::project(&s);
        prop_assert!(r.ok || !r.errors.is_empty());
    }

    #[test]
    fn every_batch_area_is_projected_as_its_own_scenario(
        areas in prop::collection::vec((1i64..20_000, 0i64..=100, 0i64..=100, 0i64..5_000, 0i64..500), 1..8),
        years in 1i64..=30, target in 1i64..=100, months in 1i64..=12, step in 1usize..4,
    ) {
        use jamsostek::api::batch::{finish, start, BatchRequest};
        let template = |workers: i64, formal: i64, informal: i64, targets: &[i64]| ScenarioRequest {
            region: plan::RegionRequest { base_year: num(2026), ..Default::default() },
            workforce: WorkforceRequest { total: num(workers), ..Default::default() },
            current: CurrentRequest { formal: num(formal), informal: num(informal), ..Default::default() },
            groups: targets.iter().filter(|t| **t > 0).map(|t| GroupRequest {
                name: Some("sasaran".into()), workers: num(*t), months: num(months),
                package: Some(plan::PackageKind::BpuBasic), ..Default::default()
            }).collect(),
            target: Some(TargetRequest { pct: num(target), year: num(2026 + years), ..Default::default() }),
            settings: SettingsRequest { years: num(years), ..Default::default() },
            ..Default::default()
        };
        let mut text = String::from("nama;pekerja;peserta_formal;peserta_informal;sasaran_a;sasaran_b\n");
        let mut rows = Vec::new();
        for (i, (w, fp, ip, a, b)) in areas.iter().enumerate() {
            let formal = w * fp / 100;
            let informal = (w - formal) * ip / 100;
            text.push_str(&format!("Desa {i};{w};{formal};{informal};{a};{b}\n"));
            rows.push(template(*w, formal, informal, &[*a, *b]));
        }
        let req = BatchRequest { scenario: template(1, 0, 0, &[1]), ..Default::default() };
        let mut job = start(text, &req).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        while job.step(step) < 1.0 {}
        let (sum, b) = finish(job, &req).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let a = &b.areas;
        prop_assert_eq!(sum.count, rows.len());
        for (i, s) in rows.iter().enumerate() {
            let p = plan::project(s);
            prop_assert!(p.ok, "{:?}", p.errors);
            let last = p.years.last().unwrap();
            prop_assert_eq!(a.final_bp[i], last.coverage_bp.unwrap());
            prop_assert_eq!(a.gap[i], last.gap.unwrap());
            prop_assert_eq!(a.first_budget[i], p.years[0].budget.get());
            prop_assert_eq!(a.total_budget[i], last.cumulative_budget.get());
        }
        prop_assert_eq!(sum.years.last().unwrap().cumulative.value.get(), a.total_budget.iter().sum::<i64>());
    }

    #[test]
    fn money_in_i64_matches_the_exact_i128_result(v in any::<i64>(), n in any::<i64>(), rate in -2_000_000i64..=2_000_000) {
        use jamsostek::money::{apply_rate, Ppm, Rupiah};
        if let Ok(r) = Rupiah::new(v) {
            let exact = i128::from(v) * i128::from(n);
            let want = i64::try_from(exact).ok().and_then(|x| Rupiah::new(x).ok());
            prop_assert_eq!(r.times(n).ok(), want);
            let p = i128::from(v) * i128::from(rate);
            let q = if p >= 0 { (p + 500_000) / 1_000_000 } else { -((-p + 500_000) / 1_000_000) };
            let want = i64::try_from(q).ok().and_then(|x| Rupiah::new(x).ok());
            prop_assert_eq!(apply_rate(r, Ppm(rate)).ok(), want);
        }
    }

    #[test]
    fn any_csv_text_gives_a_result_or_line_errors_not_panics(
        header in prop::sample::select(vec!["nama;pekerja;peserta;sasaran", "nama,pekerja,peserta_formal,peserta_informal", "x;y", ""]),
        body in "[\"; ,\t\r\n0-9a-zA-Z.éå-]{0,200}", step in 1usize..50,
    ) {
        use jamsostek::api::batch::{finish, start, BatchRequest};
        let req = BatchRequest {
            scenario: ScenarioRequest {
                region: plan::RegionRequest { base_year: num(2026), ..Default::default() },
                groups: vec![GroupRequest { workers: num(1), ..Default::default() }],
                ..Default::default()
            },
            ..Default::default()
        };
        match start(format!("{header}\n{body}"), &req) {
            Err(e) => prop_assert!(!e.line_errors.is_empty() || !e.errors.is_empty()),
            Ok(mut job) => {
                while job.step(step) < 1.0 {}
                match finish(job, &req) {
                    Ok((sum, batch)) => prop_assert_eq!(sum.count, batch.areas.len()),
                    Err(e) => prop_assert!(e.error_count >= e.line_errors.len() && !e.line_errors.is_empty()),
                }
            }
        }
    }

    #[test]
    fn any_region_file_text_or_query_gives_answers_or_line_errors_not_panics(
        head in prop::sample::select(vec!["#! format=jamsostek-wilayah/1\n", "#! format=jamsostek-desa/1\n#! provinsi=51\n", "", "#!\n"]),
        header in prop::sample::select(vec!["kode;nama;tingkat;penduduk;kecamatan;desa;kelurahan;desa_adat\n", "kode;nama;jenis;kodepos\n", ""]),
        body in "[;#!=. 0-9a-zA-Z\n\r\u{feff}éİ’-]{0,300}",
        query in "\\PC{0,30}", limit in 0usize..60,
    ) {
        use jamsostek::regions::{villages_of, Index, MAX_LINE_ERRORS};
        let text = format!("{head}{header}{body}");
        match Index::parse(&text) {
            Ok(idx) => { idx.search(&query, limit); }
            Err(e) => prop_assert!(!e.is_empty() && e.len() <= MAX_LINE_ERRORS),
        }
        match villages_of(&text, "51.04") {
            Ok(v) => prop_assert!(v.villages.iter().all(|v| v.code.starts_with("51.04."))),
            Err(e) => prop_assert!(!e.is_empty() && e.len() <= MAX_LINE_ERRORS),
        }
        let idx = real_index();
        let found = idx.search(&query, limit);
        prop_assert!(found.len() <= limit);
        prop_assert!(found.windows(2).all(|w| w[0].kind <= w[1].kind));
    }
}

fn real_index() -> &'static jamsostek::regions::Index {
    static INDEX: std::sync::OnceLock<jamsostek::regions::Index> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/data/wilayah.txt")).unwrap();
        jamsostek::regions::Index::parse(&text).unwrap()
    })
}
