//! Coverage planning: the seed regions reproduced, projections, and solving backwards.

mod common;
use common::text;
use jamsostek::api::plan::{
    self, CompareRequest, GroupRequest, ScenarioRequest, SolveMode, SolveRequest, TargetRequest, VillageSet,
};
use jamsostek::api::plan::presets::{self, Kind, Preset};

fn preset(id: &str) -> Preset {
    presets::all().into_iter().find(|p| p.id == id).expect("preset exists")
}

fn year(r: &plan::ProjectResponse, y: i32) -> &plan::YearOut {
    r.years.iter().find(|x| x.year == y).expect("year projected")
}

fn figure<'a>(p: &'a Preset, label_start: &str) -> &'a presets::Figure {
    p.figures.iter().find(|f| f.label_id.starts_with(label_start)).expect("figure exists")
}

#[test]
fn ternate_72_75_percent_covered_with_19_203_left_and_nine_groups_of_14_307() {
    let p = preset("ternate");
    let r = plan::project(&p.scenario);
    assert!(r.ok, "{:?}", r.errors);
    let base = r.base.as_ref().unwrap();
    assert_eq!(base.coverage_pct, Some(72.75));
    assert_eq!(base.workers, Some(70_479));
    assert_eq!(figure(&p, "Sisa").value_id, "19.203");
    assert_eq!(figure(&p, "Jumlah sasaran").value_id, "14.307");
    assert_eq!(figure(&p, "Jumlah sasaran").kind, Kind::Derived);
    assert!(p.checks[0].agrees, "the article's 72 % is 72.75 % cut to whole percent");
    assert_eq!(r.groups.len(), 9);
    assert_eq!(r.groups.iter().map(|g| g.subsidised).sum::<i64>(), 14_307);
}

#[test]
fn ternate_2025_budget_is_honorer_at_rp_5_400_plus_bpu_groups_at_rp_16_800_for_12_months() {
    let r = plan::project(&preset("ternate").scenario);
    let y = year(&r, 2025);
    let honorer = 3_655 * 12 * 5_400;
    let bpu = (14_307 - 3_655) * 12 * 16_800;
    assert_eq!(y.budget.get(), honorer + bpu);
    assert_eq!(y.budget_by_source.len(), 1);
    assert_eq!(y.budget_by_source[0].amount.get(), honorer + bpu);
    let groups: i64 = y.budget_by_group.iter().map(|g| g.amount.get()).sum();
    assert_eq!(groups, y.budget.get());
    assert_eq!(y.covered, 51_276 + 14_307);
    assert_eq!(y.coverage_bp, Some(9_305));
    assert_eq!(y.gap, Some(70_479 - 65_583));
    let ojek = r.groups.iter().find(|g| g.name == "Ojek pangkalan").unwrap();
    assert_eq!(ojek.monthly_premium.get(), 16_800, "APBD-paid: no PP 50/2025 discount");
}

#[test]
fn gianyar_100_workers_in_each_of_its_64_desa_for_6_months_cost_rp_645_120_000_in_2024() {
    let p = preset("gianyar");
    let r = plan::project(&p.scenario);
    assert!(r.ok, "{:?}", r.errors);
    let y = year(&r, 2024);
    assert_eq!(y.subsidised, 6_400, "100 × the 64 desa of the Kemendagri list");
    assert_eq!(y.budget.get(), 6_400 * 6 * 16_800);
    assert_eq!(y.budget.get(), 645_120_000);
    assert_eq!(y.coverage_pct, None, "no workforce published");
    assert!(r.warnings.iter().any(|w| w.code == "no_workforce"));
    assert!(p.checks[0].agrees, "6,400 → 12,800 is +100 %");
    assert_eq!(p.checks[0].computed_pct, Some(100.0));
    // The article's 12,800 stays as published, and the disagreement with the real desa is said.
    let published: Vec<_> = p.figures.iter().filter(|f| f.kind == Kind::Published).map(|f| f.value_id.as_str()).collect();
    assert!(published.contains(&"12.800"), "{published:?}");
    let villages = &p.checks[1];
    assert!(!villages.agrees);
    assert_eq!(villages.stated_pct, None);
    assert_eq!(
        villages.note_id.as_deref().unwrap(),
        "Perhatian: berita menyebut 12.800 (100 per desa, jadi 128 desa), tetapi Gianyar punya 64 desa dan 6 kelurahan \
         (Kepmendagri 300.2.2-2138/2025): 100 per desa = 6.400, yang dipakai."
    );
    assert_eq!(p.scenario.groups[0].village_set, Some(VillageSet::Desa));
}

#[test]
fn jembrana_needs_its_workforce_then_34_to_40_percent_is_6_points_of_it() {
    let p = preset("jembrana");
    let r = plan::project(&p.scenario);
    assert!(!r.ok);
    assert_eq!(r.errors[0].field, "workforce.total");
    let mut s = p.scenario.clone();
    s.workforce.total = text("100.000");
    let r = plan::project(&s);
    assert_eq!(r.base.as_ref().unwrap().coverage_pct, Some(34.0));
    let sol = plan::solve(&SolveRequest { scenario: s, mode: Some(SolveMode::Target), ..Default::default() });
    assert!(sol.ok, "{:?}", sol.errors);
    assert_eq!(sol.years[0].year, 2024);
    assert_eq!(sol.years[0].path_pct, Some(40.0));
    // 34,000 participants of whom none lapse (split unknown): 6,000 more reach 40 %.
    assert_eq!(sol.workers, Some(6_000));
    assert_eq!(sol.budget.unwrap().get(), 6_000 * 12 * 16_800);
}

#[test]
fn mataram_growth_is_28_62_percent_not_the_43_37_stated() {
    let p = preset("mataram");
    let c = &p.checks[0];
    assert_eq!(c.stated_pct, Some(43.37));
    assert_eq!(c.computed_pct, Some(28.62));
    assert!(!c.agrees);
    assert!(plan::project(&p.scenario).ok);
}

#[test]
fn ntb_bpu_coverage_is_9_3_percent_of_2_1_million() {
    let p = preset("ntb");
    let r = plan::project(&p.scenario);
    let base = r.base.as_ref().unwrap();
    assert_eq!(base.coverage_pct, Some(9.3));
    assert_eq!(base.covered, 195_300);
    assert_eq!(figure(&p, "Peserta BPU").value_id, "195.300");
}

#[test]
fn denpasar_keeping_10_704_workers_covered_costs_rp_2_157_926_400_a_year() {
    let r = plan::project(&preset("denpasar").scenario);
    assert_eq!(year(&r, 2026).budget.get(), 10_704 * 12 * 16_800);
    assert_eq!(year(&r, 2026).budget.get(), 2_157_926_400);
    assert_eq!(year(&r, 2026).cumulative_budget.get(), 2_157_926_400);
    assert_eq!(year(&r, 2027).cumulative_budget.get(), 2 * 2_157_926_400);
}

#[test]
fn every_preset_cites_its_article_and_marks_every_figure() {
    for p in presets::all() {
        assert!(!p.source.outlet.is_empty() && p.source.date.len() == 10, "{}", p.id);
        assert!(!p.figures.is_empty(), "{}", p.id);
        assert!(p.figures.iter().any(|f| f.kind == Kind::Published), "{}", p.id);
        assert!(!p.note_id.is_empty() && !p.note_en.is_empty());
    }
}

fn small() -> ScenarioRequest {
    let mut s = preset("ternate").scenario;
    s.groups.truncate(2);
    s
}

#[test]
fn a_fixed_rp_1_miliar_covers_4_960_workers_without_going_over() {
    let r = plan::solve(&SolveRequest {
        scenario: small(),
        mode: Some(SolveMode::Budget),
        budget: text("1.000.000.000"),
        ..Default::default()
    });
    assert!(r.ok, "{:?}", r.errors);
    assert_eq!(r.workers, Some(4_960));
    let y = &r.years[0];
    assert_eq!(y.cost_per_worker.unwrap().get(), 201_600);
    assert_eq!(y.budget.get(), 4_960 * 201_600);
    assert!(y.budget.get() <= 1_000_000_000 && y.budget.get() + 201_600 > 1_000_000_000);
    assert_eq!(y.left.unwrap().get(), 1_000_000_000 - 4_960 * 201_600);
}

#[test]
fn a_budget_never_covers_more_workers_than_are_uncovered() {
    let r = plan::solve(&SolveRequest {
        scenario: small(),
        mode: Some(SolveMode::Budget),
        budget: text("1.000.000.000.000"),
        ..Default::default()
    });
    let y = &r.years[0];
    assert_eq!(y.with_pct, Some(100.0));
    assert!(y.left.unwrap().get() > 0);
}

#[test]
fn reaching_80_percent_by_2028_follows_a_straight_path() {
    let mut s = small();
    s.groups.clear();
    s.target = None;
    let r = plan::solve(&SolveRequest {
        scenario: s,
        mode: Some(SolveMode::Target),
        target: Some(TargetRequest { pct: text("80"), year: text("2028"), ..Default::default() }),
        ..Default::default()
    });
    assert!(r.ok, "{:?}", r.errors);
    let path: Vec<_> = r.years.iter().take(4).map(|y| y.path_pct.unwrap()).collect();
    assert_eq!(path, [74.56, 76.38, 78.19, 80.0]);
    let y2028 = r.years.iter().find(|y| y.year == 2028).unwrap();
    assert_eq!(y2028.with_pct, Some(80.0));
    assert_eq!(r.workers, Some(y2028.workers));
    assert!(r.years.windows(2).take(3).all(|w| w[0].workers <= w[1].workers));
}

#[test]
fn compare_shows_what_an_alternative_adds() {
    let base = small();
    let mut alt = base.clone();
    alt.groups.push(GroupRequest { name: Some("Nelayan".into()), workers: text("629"), ..Default::default() });
    let r = plan::compare(&CompareRequest { baseline: base, alternative: alt, ..Default::default() });
    assert!(r.ok);
    let d = &r.delta[0];
    assert_eq!(d.covered, 629);
    assert_eq!(d.budget.get(), 629 * 12 * 16_800);
}

#[test]
fn scenario_errors_name_their_field_path() {
    let mut s = small();
    s.groups[1].months = text("13");
    s.groups[0].covered = text("999.999");
    s.settings.lapse = text("120");
    s.schema_version = Some(9);
    let r = plan::project(&s);
    let fields: Vec<_> = r.errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
    assert!(fields.contains(&("groups.1.months", "out_of_range")), "{fields:?}");
    assert!(fields.contains(&("groups.0.covered", "exceeds_total")), "{fields:?}");
    assert!(fields.contains(&("settings.lapse", "out_of_range")), "{fields:?}");
    assert!(fields.contains(&("schemaVersion", "unknown_schema")), "{fields:?}");
}

#[test]
fn covered_above_the_workforce_is_an_error() {
    let mut s = small();
    s.current.total = text("80.000");
    let r = plan::project(&s);
    assert_eq!(r.errors[0].field, "current.total");
    assert_eq!(r.errors[0].code, "exceeds_total");
}

#[test]
fn informal_participants_lapse_and_the_band_brackets_the_central_path() {
    let mut s = small();
    s.groups.clear();
    s.current.total = None;
    s.current.formal = text("20.000");
    s.current.informal = text("10.000");
    s.settings.lapse = text("20");
    let r = plan::project(&s);
    let y = &r.years[0];
    assert_eq!(y.informal_covered, 8_000);
    assert_eq!(y.covered, 28_000);
    let (lo, mid, hi) = (y.coverage_low_pct.unwrap(), y.coverage_pct.unwrap(), y.coverage_high_pct.unwrap());
    assert!(lo < mid && mid < hi, "{lo} {mid} {hi}");
}

#[test]
fn a_kelurahan_has_no_apbdes_so_village_funds_cannot_pay_for_it() {
    let mut s = preset("gianyar").scenario;
    s.groups[0].source = Some(jamsostek::plan::scenario::FundingSource::Apbdes);
    assert!(plan::project(&s).ok, "desa have their APBDes");
    for set in [VillageSet::Kelurahan, VillageSet::DesaKelurahan] {
        s.groups[0].village_set = Some(set);
        let r = plan::project(&s);
        let e = r.errors.iter().find(|e| e.code == "kelurahan_no_apbdes").expect("refused");
        assert_eq!(e.field, "groups.0.source");
        assert!(e.message_id.starts_with("Kelurahan tidak punya APBDes"), "{}", e.message_id);
    }
    s.groups[0].source = Some(jamsostek::plan::scenario::FundingSource::ApbdRegency);
    assert!(plan::project(&s).ok, "the regency pays for its kelurahan");
}

/// 100 workers on the BPU basic package for 12 months from 2026, paid by `source`.
fn paid_by(name: &str, source: jamsostek::plan::scenario::FundingSource) -> GroupRequest {
    GroupRequest {
        name: Some(name.into()),
        workers: text("100"),
        months: text("12"),
        source: Some(source),
        start_year: text("2026"),
        ..Default::default()
    }
}

#[test]
fn the_apbn_a_regional_budget_and_a_village_budget_stay_apart_and_only_the_apbd_is_a_share_of_it() {
    use jamsostek::plan::scenario::FundingSource as F;
    let mut s = small();
    s.groups = vec![paid_by("APBN", F::Apbn), paid_by("APBD", F::ApbdRegency), paid_by("Desa", F::Apbdes), paid_by("CSR", F::Csr)];
    s.settings.apbd_total = text("1.000.000.000");
    let r = plan::project(&s);
    assert!(r.ok, "{:?}", r.errors);
    let y = year(&r, 2026);
    let by = |f: F| y.budget_by_source.iter().find(|a| a.source == f).map(|a| a.amount.get());
    // Rp 16,800 × 100 × 12 each from a budget, never summed into one "government" figure.
    for f in [F::Apbn, F::ApbdRegency, F::Apbdes] {
        assert_eq!(by(f), Some(20_160_000), "{f:?}");
    }
    // CSR is no state budget: PP 50/2025 halves other BPU workers' premium April–December 2026.
    assert_eq!(by(F::Csr), Some(100 * (3 * 16_800 + 9 * 8_400)));
    assert_eq!(y.budget.get(), 3 * 20_160_000 + 12_600_000, "the program's budget: all its payers");
    // The APBD share counts what the APBD pays: Rp 20,160,000 of Rp 1 miliar = 2.02 %, not 8.06 %.
    assert_eq!(y.apbd_share_pct, Some(2.016));
}

#[test]
fn a_village_budget_group_shows_its_budget_both_ways_and_the_non_asn_package_cites_permenaker_1_2025() {
    use jamsostek::plan::scenario::FundingSource as F;
    let mut s = small();
    s.groups = vec![paid_by("Desa", F::Apbdes)];
    let r = plan::project(&s);
    assert!(r.ok, "{:?}", r.errors);
    let y = year(&r, 2026);
    assert_eq!(y.budget.get(), 20_160_000, "counted in full: Dana Desa read as APBN money");
    assert_eq!(y.budget_if_discounted.map(|b| b.get()), Some(100 * (3 * 16_800 + 9 * 8_400)));
    assert_eq!(year(&r, 2027).budget_if_discounted, None, "after the discount, one reading");
    assert!(r.warnings.iter().any(|w| w.code == "village_budget_two_readings" && w.message_id.contains("Permendes PDTT 16/2025")));
    // Regional money has one reading.
    s.groups = vec![paid_by("APBD", F::ApbdRegency)];
    assert_eq!(year(&plan::project(&s), 2026).budget_if_discounted, None);
    // The non-civil-servant package names what Permenaker 1/2025 requires and what it prices.
    let mut g = paid_by("Honorer", F::ApbdRegency);
    g.package = Some(plan::PackageKind::PuWage);
    s.groups = vec![g];
    let r = plan::project(&s);
    let w = r.warnings.iter().find(|w| w.code == "non_asn_package").expect("the package explains itself");
    assert!(w.message_id.contains("Permenaker 1/2025") && w.message_id.contains("Pasal 3A ayat (1)") && w.message_id.contains("JHT"));
}

#[test]
fn a_group_paid_from_november_for_14_months_splits_its_cost_by_budget_year() {
    use jamsostek::plan::scenario::FundingSource as F;
    let mut s = small();
    let mut g = paid_by("Ojek", F::ApbdRegency);
    g.workers = text("3.041");
    g.start_month = text("11");
    g.months = text("14");
    s.groups = vec![g];
    let r = plan::project(&s);
    assert!(r.ok, "{:?}", r.errors);
    // The regency's budget documents: 3,041 × Rp 16,800 × 14 months, to the rupiah, in two years.
    assert_eq!(year(&r, 2026).budget.get(), 3_041 * 16_800 * 2);
    assert_eq!(year(&r, 2027).budget.get(), 3_041 * 16_800 * 12);
    assert_eq!(year(&r, 2028).budget.get(), 0);
    assert_eq!(year(&r, 2026).budget.get() + year(&r, 2027).budget.get(), 715_243_200);
    // Covered in the budget years it is paid, not after.
    assert_eq!((year(&r, 2027).subsidised, year(&r, 2028).subsidised), (3_041, 0));
    // "From July for 6 months" stays in one year; months per year from January is the simple case.
    let mut g = paid_by("Tani", F::ApbdRegency);
    g.start_month = text("7");
    g.months = text("6");
    s.groups = vec![g];
    let r = plan::project(&s);
    assert_eq!((year(&r, 2026).budget.get(), year(&r, 2027).budget.get()), (100 * 16_800 * 6, 0));
    // Without a start month, more than 12 months is refused; with one, up to 60.
    let mut g = paid_by("Nelayan", F::ApbdRegency);
    g.months = text("14");
    s.groups = vec![g.clone()];
    assert!(plan::project(&s).errors.iter().any(|e| e.field == "groups.0.months" && e.code == "out_of_range"));
    g.start_month = text("1");
    g.months = text("61");
    s.groups = vec![g];
    assert!(plan::project(&s).errors.iter().any(|e| e.field == "groups.0.months" && e.message_id.contains("60")));
}

/// A whole number as the page writes it in `lang` (`3.041` or `3,041`).
fn whole_number(s: &str, group_sep: char) -> i64 {
    let digits: String = s.chars().filter(|c| *c != group_sep).collect();
    digits.parse().unwrap_or_else(|_| panic!("a whole number: {s:?}"))
}

/// `Rp 16.800` (with its no-break space) as whole rupiah.
fn amount(s: &str, group_sep: char) -> i128 {
    let n = s.trim().strip_prefix("Rp\u{a0}").unwrap_or_else(|| panic!("Rp and a no-break space: {s:?}"));
    i128::from(whole_number(n, group_sep))
}

/// Reads a group's explanation back and multiplies it out: `2026: N pekerja × Rp P × M bulan =
/// Rp W` (or `× (Rp P₁ × M₁ bulan + Rp P₂ × M₂ bulan)`), then `× S% = Rp F` when the funder pays a
/// share, then ` — ` and the regulations. Returns (year, workers, months in all, whole, funder).
fn multiply_out(text: &str, lang: &str) -> (i32, i64, i64, i128, i128) {
    let (sep, dec, who, month) = if lang == "id" { ('.', ',', "pekerja", "bulan") } else { (',', '.', "workers", "months") };
    assert!(!text.contains("Rp "), "every amount keeps Rp and its number together: {text:?}");
    let text = text.split_once(" — ").map_or(text, |(f, _)| f);
    let (year, rest) = text.split_once(": ").expect("the year first");
    let parts: Vec<&str> = rest.split(" = ").collect();
    assert!(parts.len() == 2 || parts.len() == 3, "{text:?}");
    let (n, runs) = parts[0].split_once(&format!(" {who} × ")).expect("workers first");
    let workers = whole_number(n, sep);
    let runs = runs.strip_prefix('(').and_then(|r| r.strip_suffix(')')).unwrap_or(runs);
    let (mut per_worker, mut months) = (0i128, 0i64);
    for run in runs.split(" + ") {
        let (p, m) = run.split_once(" × ").expect("premium × months");
        let m = whole_number(m.strip_suffix(&format!(" {month}")).expect("months named"), sep);
        per_worker += amount(p, sep) * i128::from(m);
        months += m;
    }
    let whole = i128::from(workers) * per_worker;
    let (stated, share) = match parts[1].split_once(" × ") {
        Some((w, s)) => (w, Some(s)),
        None => (parts[1], None),
    };
    assert_eq!(amount(stated, sep), whole, "the formula multiplies out: {text:?}");
    let funder = match (share, parts.get(2)) {
        (Some(s), Some(f)) => {
            // `50%`, `33,33%`: parts per million, then the share rounded half up as the budget is.
            let s = s.strip_suffix('%').expect("a percentage");
            let (i, d) = s.split_once(dec).unwrap_or((s, ""));
            let ppm = i128::from(whole_number(i, sep)) * 10_000 + format!("{d:0<4}").parse::<i128>().expect("decimals");
            let f = amount(f, sep);
            assert_eq!((whole * ppm + 500_000) / 1_000_000, f, "the share multiplies out: {text:?}");
            f
        }
        (None, None) => whole,
        _ => panic!("a share comes with its amount: {text:?}"),
    };
    (year.parse().expect("a year"), workers, months, whole, funder)
}

/// Every group's explanation, in both languages, multiplies out to its first year's figures,
/// names the parameters its premiums used (each in the response's `applied`) and their
/// regulations.
fn assert_groups_explain_themselves(r: &plan::ProjectResponse) {
    for g in &r.groups {
        if g.subsidised == 0 {
            assert_eq!(g.formula_id, "", "{}: nothing paid, nothing to explain", g.name);
            continue;
        }
        let id = multiply_out(&g.formula_id, "id");
        assert_eq!(id, multiply_out(&g.formula_en, "en"), "{}: both languages say the same", g.name);
        let (year, workers, _, whole, funder) = id;
        assert!(year >= g.start_year, "{}", g.name);
        assert_eq!(workers, g.subsidised, "{}", g.name);
        assert_eq!(whole, i128::from(g.annual_cost.get()), "{}: {}", g.name, g.formula_id);
        assert_eq!(funder, i128::from(g.funder_cost.get()), "{}: {}", g.name, g.formula_id);
        assert!(!g.params.is_empty(), "{}", g.name);
        for p in g.params.split(' ') {
            let cited = r.applied.iter().find(|a| a.id == p).unwrap_or_else(|| panic!("{}: {p} is cited in applied", g.name));
            let regulations = g.formula_id.split_once(" — ").expect("the regulations after the formula").1;
            assert!(regulations.contains(cited.citation.regulation), "{}: {p} in {}", g.name, g.formula_id);
            assert_eq!(g.formula_en.split_once(" — ").map(|(_, r)| r), Some(regulations), "{}", g.name);
        }
    }
}

#[test]
fn every_presets_groups_explain_their_cost_as_workers_times_premium_times_months() {
    let mut explained = 0;
    for p in presets::all() {
        let mut s = p.scenario.clone();
        if s.workforce.total.is_none() {
            // Jembrana's article gives no workforce: the page asks for one (as its own test does).
            s.workforce.total = text("100.000");
        }
        let r = plan::project(&s);
        assert!(r.ok, "{}: {:?}", p.id, r.errors);
        assert_groups_explain_themselves(&r);
        explained += r.groups.iter().filter(|g| !g.formula_id.is_empty()).count();
    }
    assert!(explained >= 9, "the presets' groups were explained ({explained})");
    // Ternate's honorer: 5.400 a month, the wage-earner package (PP 44/2015 for JKK and JKM).
    let r = plan::project(&preset("ternate").scenario);
    let honorer = r.groups.iter().find(|g| g.monthly_premium.get() == 5_400).expect("the non-ASN group");
    assert!(honorer.formula_id.contains("× Rp\u{a0}5.400 × 12 bulan = "), "{}", honorer.formula_id);
}

#[test]
fn a_premium_that_changes_within_the_year_is_explained_as_a_sum_of_months_and_a_share_as_its_percentage() {
    use jamsostek::plan::scenario::FundingSource as F;
    let mut s = small();
    // CSR money is no state budget: PP 50/2025 halves other BPU workers' premium April–December
    // 2026, so the year is 3 months at Rp 16,800 and 9 at Rp 8,400; the CSR pays 40 % of it.
    let mut csr = paid_by("Pedagang", F::Csr);
    csr.workers = text("333");
    csr.government_share = text("40");
    // From November for 14 months: the first budget year has 2 months.
    let mut ojek = paid_by("Ojek", F::ApbdRegency);
    ojek.workers = text("3.041");
    ojek.start_month = text("11");
    ojek.months = text("14");
    s.groups = vec![csr, ojek, paid_by("Desa", F::Apbdes)];
    let r = plan::project(&s);
    assert!(r.ok, "{:?}", r.errors);
    assert_groups_explain_themselves(&r);
    let [csr, ojek, desa] = &r.groups[..] else { panic!("three groups") };
    assert!(
        csr.formula_id.starts_with(
            "2026: 333 pekerja × (Rp\u{a0}16.800 × 3 bulan + Rp\u{a0}8.400 × 9 bulan) = Rp\u{a0}41.958.000 × 40% = Rp\u{a0}16.783.200 — "
        ),
        "{}",
        csr.formula_id
    );
    assert!(
        csr.formula_en.starts_with(
            "2026: 333 workers × (Rp\u{a0}16,800 × 3 months + Rp\u{a0}8,400 × 9 months) = Rp\u{a0}41,958,000 × 40% = Rp\u{a0}16,783,200 — "
        ),
        "{}",
        csr.formula_en
    );
    assert!(csr.params.contains("relief.pp50_2025"), "the discount is a parameter: {}", csr.params);
    assert!(csr.formula_id.contains("— PP 44/2015 (JKK dan JKM); PP 50/2025"), "the discount is cited: {}", csr.formula_id);
    assert_eq!(multiply_out(&ojek.formula_id, "id").2, 2, "2 months in 2026: {}", ojek.formula_id);
    // A village budget is counted in full (the other reading, discounted, is a warning, not the
    // line), and PP 50/2025 is named: it decides whether the discount applies.
    assert!(
        desa.formula_id.starts_with("2026: 100 pekerja × Rp\u{a0}16.800 × 12 bulan = Rp\u{a0}20.160.000 — PP 44/2015 (JKK dan JKM); PP 50/2025"),
        "{}",
        desa.formula_id
    );
}
