//! The planning questions answered in words: what reaching a target costs, what a yearly budget
//! buys, and how plans compare — one sentence each, and the names of the groups an answer adds.

use super::{pct_short, pct_text, t};
use crate::fmt::{group, rupiah, rupiah_short, Lang};
use crate::money::Rupiah;
use crate::plan::compare::Delta;
use crate::plan::scenario::Target;
use crate::plan::solve::{BudgetYear, TargetYear};

fn bp_text(bp: i64, lang: Lang) -> String {
    pct_text(bp as f64 / 100.0, lang)
}

/// What reaching `target` costs, in one sentence.
pub fn target_answer(years: &[TargetYear], target: Target, lang: Lang) -> String {
    let goal = pct_short(target.bp as f64 / 100.0, lang);
    let ty = target.year;
    let Some(at) = years.iter().find(|y| y.year == ty) else { return String::new() };
    if years.iter().all(|y| y.extra_workers == 0) {
        return match lang {
            Lang::Id => format!("Target {goal} pada {ty} tercapai tanpa pekerja tambahan."),
            Lang::En => format!("The {goal} target for {ty} is reached without extra workers."),
        };
    }
    let upto: Vec<&TargetYear> = years.iter().filter(|y| y.year <= ty).collect();
    let total = upto.iter().fold(0i64, |s, y| s.saturating_add(y.budget.get()));
    let from = upto.first().map_or(ty, |y| y.year);
    let (n, cost, all) = (group(at.extra_workers, lang), rupiah_short(at.budget.get(), lang), rupiah_short(total, lang));
    // The target in the first projected year: one year, said once (not "over 2025–2025").
    if from == ty {
        return match lang {
            Lang::Id => format!("Untuk mencapai {goal} pada {ty}: tanggung {n} pekerja lagi pada {ty}, anggaran tambahan {cost}."),
            Lang::En => format!("To reach {goal} by {ty}: pay for {n} more workers in {ty}, an extra {cost}."),
        };
    }
    match lang {
        Lang::Id => format!(
            "Untuk mencapai {goal} pada {ty}: tanggung {n} pekerja lagi pada {ty}, anggaran tambahan {cost} tahun itu; {all} selama {from}–{ty}."
        ),
        Lang::En => format!(
            "To reach {goal} by {ty}: pay for {n} more workers in {ty}, an extra {cost} that year; {all} over {from}–{ty}."
        ),
    }
}

/// What a yearly `budget` buys in the first projected year, in one sentence.
pub fn budget_answer(years: &[BudgetYear], budget: Rupiah, lang: Lang) -> String {
    let Some(y) = years.first() else { return String::new() };
    let (amount, per) = (rupiah_short(budget.get(), lang), rupiah(y.cost_per_worker.get(), lang));
    if y.workers == 0 {
        return match lang {
            Lang::Id => format!("{amount} per tahun belum cukup untuk satu pekerja ({per} per pekerja setahun)."),
            Lang::En => format!("{amount} a year is not enough for one worker ({per} per worker a year)."),
        };
    }
    let n = group(y.workers, lang);
    let left = rupiah(y.left.get(), lang);
    let coverage = match (y.without_bp, y.with_bp) {
        (Some(a), Some(b)) => format!("; {} {} → {}", t(lang, "cakupan", "coverage"), bp_text(a, lang), bp_text(b, lang)),
        _ => String::new(),
    };
    match lang {
        Lang::Id => format!(
            "{amount} per tahun menanggung {n} pekerja pada {} ({per} per pekerja setahun){coverage}; sisa {left}.",
            y.year
        ),
        Lang::En => format!(
            "{amount} a year pays for {n} workers in {} ({per} per worker a year){coverage}; {left} left over.",
            y.year
        ),
    }
}

/// The name of a group a target answer adds, from `year`.
pub fn target_group_name(target: Target, year: i32, lang: Lang) -> String {
    let goal = pct_short(target.bp as f64 / 100.0, lang);
    match lang {
        Lang::Id => format!("Tambahan menuju target {goal} (mulai {year})"),
        Lang::En => format!("Extra toward the {goal} target (from {year})"),
    }
}

/// The name of the group a budget answer adds.
pub fn budget_group_name(budget: Rupiah, lang: Lang) -> String {
    let amount = rupiah_short(budget.get(), lang);
    match lang {
        Lang::Id => format!("Dibiayai anggaran {amount} per tahun"),
        Lang::En => format!("Paid by a budget of {amount} a year"),
    }
}

/// How an alternative differs from the baseline, in one sentence (its last common year and
/// the budget difference over all common years).
pub fn compare_answer(baseline: &str, name: &str, delta: &[Delta], lang: Lang) -> String {
    let Some(last) = delta.last() else { return String::new() };
    let total = delta.iter().fold(0i64, |s, d| s.saturating_add(d.budget.get()));
    let more = |v: i64, lang: Lang| {
        let a = rupiah_short(v.abs(), lang);
        match (v >= 0, lang) {
            (true, Lang::Id) => format!("{a} lebih banyak"),
            (false, Lang::Id) => format!("{a} lebih sedikit"),
            (true, Lang::En) => format!("{a} more"),
            (false, Lang::En) => format!("{a} less"),
        }
    };
    let year = last.year;
    let covered = if last.covered == 0 {
        match lang {
            Lang::Id => format!("pada {year} cakupannya sama"),
            Lang::En => format!("the same coverage in {year}"),
        }
    } else {
        let sign = if last.covered > 0 { "+" } else { "−" };
        let n = group(last.covered.abs(), lang);
        let points = last.coverage_bp.filter(|&bp| bp != 0).map(|bp| {
            let sign = if bp > 0 { "+" } else { "−" };
            let v = super::pct_text(bp.abs() as f64 / 100.0, lang);
            format!(" ({sign}{} {})", v.trim_end_matches('%'), t(lang, "poin cakupan", "coverage points"))
        });
        match lang {
            Lang::Id => format!("pada {year} {sign}{n} pekerja terlindungi{}", points.unwrap_or_default()),
            Lang::En => format!("{sign}{n} workers covered in {year}{}", points.unwrap_or_default()),
        }
    };
    let budget = match (total == 0, lang) {
        (true, Lang::Id) => "anggarannya sama".to_string(),
        (true, Lang::En) => "the same budget".to_string(),
        (false, Lang::Id) => format!("anggaran {}", more(total, lang)),
        (false, Lang::En) => format!("budget {}", more(total, lang)),
    };
    let years = delta.len();
    match lang {
        Lang::Id => format!("{name} dibanding {baseline}: {covered}; {budget} selama {years} tahun."),
        Lang::En => format!("{name} against {baseline}: {covered}; {budget} over {years} years."),
    }
}

// Test-only: unwrap() here reads known-good literals and is never compiled into the wasm.
#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, covered: i64, bp: Option<i64>, budget: i64) -> Delta {
        Delta { year, covered, coverage_bp: bp, budget: Rupiah::new(budget).unwrap() }
    }

    #[test]
    fn the_same_budget_is_said_as_such_not_as_rp_0_more() {
        let same = [d(2026, 0, Some(0), 0), d(2027, 0, Some(0), 0)];
        assert_eq!(
            compare_answer("Rencana A", "Rencana B", &same, Lang::Id),
            "Rencana B dibanding Rencana A: pada 2027 cakupannya sama; anggarannya sama selama 2 tahun."
        );
        assert_eq!(
            compare_answer("Plan A", "Plan B", &same, Lang::En),
            "Plan B against Plan A: the same coverage in 2027; the same budget over 2 years."
        );
    }

    #[test]
    fn a_difference_in_workers_without_one_in_points_writes_no_zero_points() {
        let text = compare_answer("A", "B", &[d(2026, 3, Some(0), 1_000_000)], Lang::Id);
        assert_eq!(text, "B dibanding A: pada 2026 +3 pekerja terlindungi; anggaran Rp\u{a0}1\u{a0}juta lebih banyak selama 1 tahun.");
    }
}
