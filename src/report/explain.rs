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
            let mut all = String::from("(");
            for (i, r) in many.iter().enumerate() {
                if i > 0 {
                    all.push_str(" + ");
                }
                all.push_str(&run(r));
            }
            all.push(')');
            all
        }
    };
    format!("{} {who} × {inner} = {}", group(workers, lang), rupiah(total.get(), lang))
}

/// One group's yearly cost explained: `2026: 100 pekerja × Rp 16.800 × 12 bulan = Rp 20.160.000`,
/// followed by `× 50% = Rp 10.080.000` when the funder pays only a share (rounded half up, as
/// the budget is).
pub fn group_formula(c: &GroupCost<'_>, lang: Lang) -> String {
    let mut text = format!("{}: {}", c.year, formula(c.workers, c.runs, c.whole, lang));
    if c.share_bp != 10_000 {
        text.push_str(&format!(" × {} = {}", percent_ppm(c.share_bp * 100, lang), rupiah(c.funder.get(), lang)));
    }
    text
}

/// [`group_formula`], then the regulations of the parameters used, each once: `… = Rp 20.160.000
/// — PP 44/2015 (JKK dan JKM)` (the page's line; [`sources`] adds the articles).
pub fn group_line(c: &GroupCost<'_>, lang: Lang) -> String {
    let mut text = group_formula(c, lang);
    let mut sep = " — ";
    for a in c.applied {
        // Byte windows, not `str::contains`: its searcher (and the panic text of a slice off a
        // character's boundary, which it may write) is 4 KB of the planning module; these texts
        // are a line long.
        let reg = a.citation.regulation.as_bytes();
        if !reg.is_empty() && !text.as_bytes().windows(reg.len()).any(|w| w == reg) {
            text.push_str(sep);
            text.push_str(a.citation.regulation);
            sep = "; ";
        }
    }
    text
}

/// The ids of the parameters used, each once, in the order first used, separated by spaces
/// (`bpu.jkk bpu.jkm`).
pub fn param_ids(applied: &[Applied]) -> String {
    let mut ids = String::new();
    for (i, a) in applied.iter().enumerate() {
        if !applied.get(..i).unwrap_or_default().iter().any(|b| b.id == a.id) {
            if !ids.is_empty() {
                ids.push(' ');
            }
            ids.push_str(a.id);
        }
    }
    ids
}

/// The sources of the parameters used, each regulation once with the articles cited from it:
/// `PP 44/2015 (JKK dan JKM) Pasal 16 ayat (1), Pasal 18 ayat (1); PP 50/2025 …`.
pub fn sources(applied: &[Applied]) -> String {
    let mut text = String::new();
    for (i, a) in applied.iter().enumerate() {
        let reg = a.citation.regulation;
        let before = applied.get(..i).unwrap_or_default();
        // Each regulation once, where first cited, with every article cited from it.
        if before.iter().any(|b| b.citation.regulation == reg) {
            continue;
        }
        if !text.is_empty() {
            text.push_str("; ");
        }
        text.push_str(reg);
        let mut sep = " ";
        for (j, b) in applied.iter().enumerate().skip(i) {
            let c = b.citation;
            let seen = applied.get(i..j).unwrap_or_default().iter().any(|x| x.citation == c);
            if c.regulation == reg && !c.article.is_empty() && !seen {
                text.push_str(sep);
                text.push_str(c.article);
                sep = ", ";
            }
        }
    }
    text
}
