//! Parameter integrity: every value dated in order, cited, in a known unit, labelled twice.

use jamsostek::date::Date;
use jamsostek::params::{self, Unit};
use std::collections::HashSet;

#[test]
fn every_parameter_has_a_unique_id_and_labels_in_both_languages() {
    let mut ids = HashSet::new();
    for p in params::all() {
        assert!(ids.insert(p.id), "duplicate id {}", p.id);
        assert!(!p.label_id.trim().is_empty() && !p.label_en.trim().is_empty(), "{} lacks a label", p.id);
        assert_ne!(p.label_id, p.label_en, "{}: the Indonesian label is a copy of the English one", p.id);
        assert!(!p.steps.is_empty(), "{} has no values", p.id);
    }
}

#[test]
fn every_step_is_cited_and_dates_strictly_increase() {
    for p in params::all() {
        for w in p.steps.windows(2) {
            assert!(w[0].from < w[1].from, "{}: {} is not before {}", p.id, w[0].from, w[1].from);
        }
        for s in p.steps {
            assert!(!s.cite.regulation.trim().is_empty(), "{} on {} is uncited", p.id, s.from);
            assert!(s.from >= Date::new(2015, 7, 1).unwrap(), "{}: {} predates the 2015 regulations", p.id, s.from);
        }
        assert!(p.steps[0].value.is_some(), "{} starts with an end", p.id);
    }
}

#[test]
fn every_step_starts_on_the_first_day_of_a_month_so_no_contribution_month_has_two_answers() {
    // Contributions are monthly: a value dated inside a month would split that month in two.
    for p in params::all() {
        for s in p.steps {
            assert_eq!(s.from.day(), 1, "{}: step on {} is not the first of a month", p.id, s.from);
        }
    }
}

#[test]
fn values_are_plausible_for_their_unit() {
    for p in params::all() {
        for v in p.steps.iter().filter_map(|s| s.value) {
            match p.unit {
                Unit::Ppm => assert!((1..=1_000_000).contains(&v), "{}: rate {v} ppm out of 0–100 %", p.id),
                Unit::Rupiah => assert!((1..=100_000_000).contains(&v), "{}: amount {v}", p.id),
                Unit::Count => assert!((1..=1_000_000).contains(&v), "{}: count {v}", p.id),
                Unit::Years => assert!((15..=100).contains(&v), "{}: age {v}", p.id),
            }
        }
    }
}

#[test]
fn the_jp_ceiling_is_set_every_march_from_2016_to_2026() {
    let steps = params::pu::JP_CEILING.steps;
    for (year, s) in (2016..=2026).zip(&steps[1..]) {
        assert_eq!((s.from.year(), s.from.month(), s.from.day()), (year, 3, 1));
    }
    assert_eq!(steps.len(), 12);
}

#[test]
fn the_jp_pension_age_is_56_then_57_from_2019_and_one_more_every_three_years_until_65() {
    // PP 45/2015 Pasal 15 ayat (1)–(3).
    let d = |s| Date::parse(s).unwrap();
    let age = &params::pu::JP_PENSION_AGE;
    assert_eq!(age.at(d("2015-07-01")), Some(56));
    assert_eq!(age.at(d("2018-12-31")), Some(56));
    assert_eq!(age.at(d("2019-01-01")), Some(57));
    for (year, expected) in (2022..=2043).step_by(3).zip(58..=65) {
        assert_eq!(age.at(Date::new(year - 1, 12, 31).unwrap()), Some(expected - 1), "{year}");
        assert_eq!(age.at(Date::new(year, 1, 1).unwrap()), Some(expected), "{year}");
    }
    assert_eq!(age.at(d("2100-12-31")), Some(65), "65 stays");
    assert_eq!(age.steps.len(), 10);
}

#[test]
fn the_jkm_benefits_add_up_to_rp_42_million_and_the_scholarship_to_rp_174_million_for_two_children() {
    use params::benefit::*;
    let d = Date::new(2026, 1, 1).unwrap();
    let jkm: i64 = [&JKM_LUMP_SUM, &JKM_PERIODIC, &JKM_FUNERAL].iter().map(|p| p.at(d).unwrap()).sum();
    assert_eq!(jkm, 42_000_000);
    // Per child, each level's yearly amount × its years (PP 82/2019 as BPJS publishes it): TK 2 ×
    // 1.5 M, SD 6 × 1.5 M, SMP 3 × 2 M, SMA 3 × 3 M, university or training 5 × 12 M.
    let levels = [(2, 1_500_000), (6, 1_500_000), (3, 2_000_000), (3, 3_000_000), (5, 12_000_000)];
    assert_eq!(SCHOLARSHIP_PER_CHILD.at(d), Some(levels.iter().map(|(y, a)| y * a).sum()));
    assert_eq!(SCHOLARSHIP_PER_CHILD.at(d).unwrap() * SCHOLARSHIP_CHILDREN.at(d).unwrap(), 174_000_000);
    assert_eq!(JKK_DEATH_TIMES.at(d), Some(48));
}

#[test]
fn the_rules_date_is_not_a_scheduled_future_step() {
    // The pension age's steps up to 2043 are in the tables; the rules' date is what was in force
    // when they were checked.
    let v = jamsostek::api::version();
    assert!(v.rules_date <= v.rules_reviewed, "{} after {}", v.rules_date, v.rules_reviewed);
}

#[test]
fn jkp_equals_the_sum_of_its_funding_parts_on_every_date_it_changes() {
    use params::pu::*;
    let dates: Vec<Date> = [&JKP_RATE, &JKP_GOVERNMENT, &JKP_FROM_JKK, &JKP_FROM_JKM]
        .iter()
        .flat_map(|p| p.steps.iter().map(|s| s.from))
        .collect();
    for d in dates {
        let parts = [&JKP_GOVERNMENT, &JKP_FROM_JKK, &JKP_FROM_JKM].iter().filter_map(|p| p.at(d)).sum::<i64>();
        assert_eq!(JKP_RATE.at(d), Some(parts), "on {d}");
    }
}

#[test]
fn the_jkp_part_of_the_labour_intensive_discount_is_the_recomposition_less_the_same_cut() {
    use params::relief::{LABOUR_INTENSIVE_JKK_CUT as CUT, LABOUR_INTENSIVE_JKP_FROM_JKK as PART};
    let dates: Vec<Date> = [&CUT, &PART].iter().flat_map(|p| p.steps.iter().map(|s| s.from)).collect();
    for d in dates {
        let expected = CUT.at(d).zip(params::pu::JKP_FROM_JKK.at(d)).map(|(cut, r)| r * (1_000_000 - cut) / 1_000_000);
        assert_eq!(PART.at(d), expected, "on {d}");
    }
}

#[test]
fn the_discounted_jkk_rates_of_pp_7_2025_pasal_4_1_are_whole_ppm() {
    // 0.120 / 0.270 / 0.445 / 0.635 / 0.870 %: the calculator's ppm holds them exactly.
    let cut = params::relief::LABOUR_INTENSIVE_JKK_CUT.at(Date::new(2025, 2, 1).unwrap()).unwrap();
    let rates: Vec<i64> =
        params::pu::JKK_BY_CLASS.iter().map(|p| p.at(Date::new(2025, 2, 1).unwrap()).unwrap()).collect();
    for r in &rates {
        assert_eq!(r * (1_000_000 - cut) % 1_000_000, 0, "{r} ppm");
    }
    let halved: Vec<i64> = rates.iter().map(|r| r * (1_000_000 - cut) / 1_000_000).collect();
    assert_eq!(halved, [1_200, 2_700, 4_450, 6_350, 8_700]);
}

#[test]
fn a_rule_ends_where_its_series_says_so() {
    let d = |s| Date::parse(s).unwrap();
    let cut = &params::relief::COVID_JKK_JKM_CUT;
    assert_eq!(cut.at(d("2020-07-31")), None);
    assert_eq!(cut.at(d("2020-08-01")), Some(990_000));
    assert_eq!(cut.at(d("2021-01-31")), Some(990_000));
    assert_eq!(cut.at(d("2021-02-01")), None);
}

#[test]
fn parameters_in_force_lists_each_with_its_citation() {
    let r = jamsostek::api::parameters("2026-06-01");
    assert!(r.errors.is_empty());
    let ids: Vec<_> = r.parameters.iter().map(|a| a.id).collect();
    for id in ["pu.jkk.class1", "pu.jp.ceiling", "pu.jkp.rate", "bpu.jkm", "relief.pp50_2025.otherCut"] {
        assert!(ids.contains(&id), "{id} missing");
    }
    assert!(!ids.contains(&"pu.jkp.fromJkm"), "ended in 2025");
    let ceiling = r.parameters.iter().find(|a| a.id == "pu.jp.ceiling").unwrap();
    assert_eq!(ceiling.value, 11_086_300);
    assert_eq!(ceiling.effective_from.to_string(), "2026-03-01");
    assert_eq!(jamsostek::api::parameters("kemarin").errors[0].field, "asOf");
}

#[test]
fn funding_source_ids_match_what_the_api_reads() {
    for s in jamsostek::plan::scenario::FundingSource::ALL {
        let json = format!("\"{}\"", s.id());
        let back: jamsostek::plan::scenario::FundingSource = serde::de::Deserialize::deserialize(
            serde::de::value::StrDeserializer::<serde::de::value::Error>::new(s.id()),
        )
        .unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(back, s);
    }
}

#[test]
fn each_citation_links_the_text_found_for_its_regulation_and_none_is_made_up() {
    let allowed: Vec<&str> = params::URLS.iter().map(|(_, u)| *u).collect();
    for p in params::all() {
        for s in p.steps {
            let reg = s.cite.regulation;
            match s.cite.url {
                Some(u) => assert!(
                    allowed.contains(&u) || u == "https://datacenter.ortax.org/ortax/aturan/show/25363",
                    "{}: {u} is not an address found in a source",
                    p.id
                ),
                None => assert!(
                    !params::URLS.iter().any(|(name, _)| reg.starts_with(name)),
                    "{}: {reg} has a known address but no url",
                    p.id
                ),
            }
            for (name, url) in params::URLS {
                if reg.starts_with(name) {
                    assert_eq!(s.cite.url, Some(*url), "{}", p.id);
                }
            }
        }
    }
    let d = Date::new(2026, 6, 1).unwrap();
    let url = |p: &params::Parameter| p.step_at(d).unwrap().cite.url;
    assert_eq!(url(&params::pu::JKM), Some("https://peraturan.bpk.go.id/Home/Details/5612"));
    assert_eq!(url(&params::pu::JP_WORKER), Some("https://peraturan.bpk.go.id/Details/5613/pp-no-45-tahun-2015"));
    assert_eq!(url(&params::pu::JP_CEILING), None, "a BPJS letter: no address found");
    assert_eq!(url(&params::relief::BPU_OTHER_CUT), None, "PP 50/2025: no address found");
}

#[test]
fn each_parameter_says_when_it_was_last_checked() {
    let first = Date::new(2026, 11, 22).unwrap();
    let last = Date::new(2026, 12, 2).unwrap();
    for p in params::all() {
        assert!(p.checked >= first && p.checked <= last, "{}: checked {}", p.id, p.checked);
    }
    assert_eq!(params::pu::JP_PENSION_AGE.checked, last);
    assert_eq!(params::benefit::JKM_LUMP_SUM.checked, last);
    assert_eq!(params::pu::JP_CEILING.checked, first);
    let a = params::pu::JP_PENSION_AGE.applied(last).unwrap();
    assert_eq!(a.checked, last, "a result carries the date its value was checked");
}
