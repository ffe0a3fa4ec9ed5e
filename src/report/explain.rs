//! A budget line explained the way a budget document writes it: `3.041 pekerja × Rp 16.800 ×
//! 14 bulan = Rp 715.243.200`, with the runs of months at one premium when the rules change
//! within a year, the funder's share when it is not all, and the parameters the premiums used.

use crate::fmt::{group, percent_ppm, rupiah, Lang};
use crate::money::Rupiah;
use crate::params::Applied;
use crate::plan::project::GroupCost;

/// `3.041 pekerja × Rp 16.800 × 14 bulan = Rp 715.243.200`, or with runs of months at different
/// premiums `3.041 pekerja × (Rp 16.800 × 3 bulan + Rp 8.400 × 9 bulan) = …`: the months are
/// summed, never averaged, so the line multiplies out to the rupiah.
pub fn formula(workers: i64, runs: &[(Rupiah, i64)], total: Rupiah, lang: Lang) -> String {
    let (who, month) = match lang {
        Lang::Id => ("pekerja", "bulan"),
        Lang::En => ("workers", "months"),
    };
    let run = |(p, n): &(Rupiah, i64)| format!("{} × {} {month}", rupiah(p.get(), lang), group(*n, lang));
    let inner = match runs {
        [one] => run(one),
        many => {
            let parts: Vec<String> = many.iter().map(run).collect();
            format!("({})", parts.join(" + "))
        }
    };
    format!("{} {who} × {inner} = {}", group(workers, lang), rupiah(total.get(), lang))
}

/// One group's yearly cost explained: `2026: 100 pekerja × Rp 16.800 × 12 bulan = Rp 20.160.000`,
/// followed by `× 50% = Rp 10.080.000` when the funder pays only a share (rounded half up, as
/// the budget is).
pub fn group_formula(c: &GroupCost, lang: Lang) -> String {
    let mut text = format!("{}: {}", c.year, formula(c.workers, &c.runs, c.whole, lang));
    if c.share_bp != 10_000 {
        text.push_str(&format!(" × {} = {}", percent_ppm(c.share_bp * 100, lang), rupiah(c.funder.get(), lang)));
    }
    text
}

/// The ids of the parameters used, each once, in the order first used.
pub fn param_ids(applied: &[Applied]) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    for a in applied {
        if !ids.contains(&a.id) {
            ids.push(a.id);
        }
    }
    ids
}

/// The sources of the parameters used, each regulation once with the articles cited from it:
/// `PP 44/2015 (JKK dan JKM) Pasal 16 ayat (1), Pasal 18 ayat (1); PP 50/2025 …`.
pub fn sources(applied: &[Applied]) -> String {
    let mut by_regulation: Vec<(&str, Vec<&str>)> = Vec::new();
    for a in applied {
        let c = a.citation;
        let i = match by_regulation.iter().position(|(r, _)| *r == c.regulation) {
            Some(i) => i,
            None => {
                by_regulation.push((c.regulation, Vec::new()));
                by_regulation.len() - 1
            }
        };
        if let Some((_, articles)) = by_regulation.get_mut(i) {
            if !c.article.is_empty() && !articles.contains(&c.article) {
                articles.push(c.article);
            }
        }
    }
    let parts: Vec<String> = by_regulation
        .iter()
        .map(|(r, articles)| if articles.is_empty() { (*r).to_string() } else { format!("{r} {}", articles.join(", ")) })
        .collect();
    parts.join("; ")
}
