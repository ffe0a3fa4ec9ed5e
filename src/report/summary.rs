//! One-sentence summaries: each chart's caption and alt text, and the national batch's sentence.

use super::{pct, pct_short, pct_text, t, Money};
use crate::fmt::{group, rupiah_short, Lang};
use crate::plan::batch::Totals;
use crate::plan::project::{ratio_bp, Projection, Year};
use crate::plan::scenario::Scenario;
use std::cmp::Ordering;

/// One-sentence summary of the coverage chart: coverage rises, falls or stays ("naik", "turun",
/// "tetap"; "rises", "falls", "stays at"), and how far the target is.
pub fn coverage_summary(s: &Scenario, p: &Projection, lang: Lang) -> String {
    let (Some(from), Some(last)) = (pct(p.base_coverage_bp), p.years.last()) else {
        return t(
            lang,
            "Jumlah pekerja belum diisi, jadi cakupan (UCJ) tidak dihitung.",
            "No workforce total, so coverage (UCJ) is not computed.",
        )
        .into();
    };
    // Compared in whole basis points, the precision shown: equal text is "stays at".
    let (from_bp, to_bp) = (p.base_coverage_bp.unwrap_or(0), last.coverage_bp.or(p.base_coverage_bp).unwrap_or(0));
    let to = pct(Some(to_bp)).unwrap_or(from);
    let base_year = s.base_year;
    let (a, b, y) = (pct_text(from, lang), pct_text(to, lang), last.year);
    let mut out = match (to_bp.cmp(&from_bp), lang) {
        (Ordering::Equal, Lang::Id) => format!("Cakupan tetap {a} dari {base_year} sampai {y}"),
        (Ordering::Equal, Lang::En) => format!("Coverage stays at {a} from {base_year} to {y}"),
        (Ordering::Greater, Lang::Id) => format!("Cakupan naik dari {a} ({base_year}) ke {b} pada {y}"),
        (Ordering::Greater, Lang::En) => format!("Coverage rises from {a} ({base_year}) to {b} by {y}"),
        (Ordering::Less, Lang::Id) => format!("Cakupan turun dari {a} ({base_year}) ke {b} pada {y}"),
        (Ordering::Less, Lang::En) => format!("Coverage falls from {a} ({base_year}) to {b} by {y}"),
    };
    if let Some(target) = s.target {
        let (tp, ty) = (target.bp as f64 / 100.0, target.year);
        let at = p.years.iter().find(|y| y.year == ty);
        match at.and_then(|y| y.gap) {
            Some(0) => out.push_str(&match lang {
                Lang::Id => format!("; target {} pada {ty} tercapai", pct_short(tp, lang)),
                Lang::En => format!("; the {} target for {ty} is met", pct_short(tp, lang)),
            }),
            Some(gap) => out.push_str(&match lang {
                Lang::Id => format!("; target {} pada {ty} masih kurang {} pekerja", pct_short(tp, lang), group(gap, lang)),
                Lang::En => {
                    format!("; the {} target for {ty} is {} workers short", pct_short(tp, lang), group(gap, lang))
                }
            }),
            None => {}
        }
    }
    // The national path, when drawn: where it stands in the last year it shares with the line.
    if let Some(&(ny, nbp)) = super::chart::national_in_view(s, p).last() {
        let n = pct_text(nbp as f64 / 100.0, lang);
        out.push_str(&match lang {
            Lang::Id => format!("; jalur nasional pada {ny}: {n}"),
            Lang::En => format!("; the national path in {ny}: {n}"),
        });
    }
    out.push('.');
    out
}

/// One-sentence summary of the budget chart.
pub fn budget_summary(p: &Projection, lang: Lang) -> String {
    let Some(last) = p.years.last() else { return String::new() };
    let Some(first) = p.years.iter().find(|y| y.budget.get() > 0) else {
        return t(
            lang,
            "Belum ada kelompok sasaran yang dibiayai, jadi anggaran Rp\u{a0}0.",
            "No target group is paid yet, so the budget is Rp\u{a0}0.",
        )
        .into();
    };
    let paid: Vec<_> = p.years.iter().filter(|y| y.year >= first.year).collect();
    let peak = paid.iter().copied().fold(first, |a, y| if y.budget.get() > a.budget.get() { y } else { a });
    let flat = paid.iter().all(|y| y.budget == first.budget);
    let total = rupiah_short(last.cumulative.get(), lang);
    let n = p.years.len();
    let amount = |y: &Year| rupiah_short(y.budget.get(), lang);
    match (lang, flat) {
        (Lang::Id, true) => {
            format!("Butuh {} per tahun mulai {}; seluruhnya {total} selama {n} tahun.", amount(first), first.year)
        }
        (Lang::En, true) => {
            format!("Needs {} a year from {}; {total} in all over {n} years.", amount(first), first.year)
        }
        (Lang::Id, false) => format!(
            "Butuh {} pada {}, paling besar {} pada {}; seluruhnya {total} selama {n} tahun.",
            amount(first),
            first.year,
            amount(peak),
            peak.year
        ),
        (Lang::En, false) => format!(
            "Needs {} in {}, at most {} in {}; {total} in all over {n} years.",
            amount(first),
            first.year,
            amount(peak),
            peak.year
        ),
    }
}

/// One-sentence summary of the cost-per-group chart.
pub fn groups_summary(s: &Scenario, p: &Projection, lang: Lang) -> String {
    let total: i64 = p.groups.iter().map(|g| g.funder_cost.get()).sum();
    let top = s
        .groups
        .iter()
        .zip(&p.groups)
        .max_by_key(|(_, sum)| sum.funder_cost.get())
        .filter(|(_, sum)| sum.funder_cost.get() > 0);
    let Some((group, top)) = top else {
        return t(lang, "Belum ada kelompok sasaran.", "No target groups yet.").into();
    };
    let share = ratio_bp(top.funder_cost.get(), total).unwrap_or(0);
    let cost = rupiah_short(top.funder_cost.get(), lang);
    let share = pct_short(share as f64 / 100.0, lang);
    match lang {
        Lang::Id => format!(
            "Biaya terbesar: {}, {cost} per tahun ({share} dari biaya {} kelompok).",
            group.name,
            p.groups.len()
        ),
        Lang::En => {
            format!("Largest cost: {}, {cost} a year ({share} of the cost of {} groups).", group.name, p.groups.len())
        }
    }
}

/// One sentence for a whole batch of `count` areas.
pub fn batch_summary(b: &Totals, count: usize, lang: Lang) -> String {
    let report = b.years.iter().find(|y| y.year == b.report_year);
    let (Some(r), Some(f), Some(base)) = (report, b.years.first(), b.base_coverage_bp()) else {
        return String::new();
    };
    let now = pct_text(base as f64 / 100.0, lang);
    let then = r.coverage_bp.map(|v| pct_text(v as f64 / 100.0, lang)).unwrap_or_default();
    let at_target = r.areas_at_target.map(|n| group(n as i64, lang));
    let n = group(count as i64, lang);
    let base_year = b.base_year;
    let budget = Money::new(f.budget, lang).short;
    match lang {
        Lang::Id => format!(
            "{n} wilayah: UCJ {now} pada {base_year} menjadi {then} pada {}; anggaran {} {budget}{}.",
            r.year,
            f.year,
            at_target.map(|a| format!("; {a} wilayah mencapai target")).unwrap_or_default()
        ),
        Lang::En => format!(
            "{n} areas: UCJ {now} in {base_year} becomes {then} in {}; budget {} {budget}{}.",
            r.year,
            f.year,
            at_target.map(|a| format!("; {a} areas reach the target")).unwrap_or_default()
        ),
    }
}

/// One sentence for plans drawn together: each plan's coverage in the last year they all reach.
pub fn plans_summary(plans: &[crate::report::plans_chart::Plan<'_>], lang: Lang) -> String {
    let Some(year) = plans.iter().filter_map(|(_, _, p)| p.years.last().map(|y| y.year)).min() else {
        return String::new();
    };
    let parts: Vec<String> = plans
        .iter()
        .filter_map(|(name, _, p)| {
            let y = p.years.iter().find(|y| y.year == year)?;
            Some(format!("{name} {}", pct(y.coverage_bp).map(|v| pct_text(v, lang)).unwrap_or_else(|| "–".into())))
        })
        .collect();
    match lang {
        Lang::Id => format!("Cakupan pada {year}: {}.", parts.join("; ")),
        Lang::En => format!("Coverage in {year}: {}.", parts.join("; ")),
    }
}
