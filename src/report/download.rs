//! Charts to keep: the picture with a title above it (the region, what the chart shows, its
//! years) and a source line below it (the calculator's version, the day its rules were checked,
//! the regulations the figures used), so a downloaded SVG or PNG still says what it is and
//! where it came from once it is pasted into a report. The same title and source head and end
//! the chart's CSV ([`super::export::chart_csv`]).

use super::chart::{self, DrawResult, Which, FONT, INK};
use super::legend::wrap;
use super::svg::Svg;
use super::t;
use crate::fmt::Lang;
use crate::params::Version;
use crate::plan::project::Projection;
use crate::plan::scenario::Scenario;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The title's text size in pixels (bold).
const TITLE_PX: f64 = 16.0;
/// Bold text is about this much wider than the regular metrics the backend measures with.
const BOLD: f64 = 1.08;
const TITLE_LINE: i32 = 22;
/// Most lines a title takes.
const TITLE_LINES: usize = 3;
/// The source line's text size in pixels.
const SOURCE_PX: f64 = 12.0;
const SOURCE_LINE: i32 = 16;
/// Most lines the source takes (it names every regulation used: a handful).
const SOURCE_LINES: usize = 8;
const SOURCE_INK: RGBColor = RGBColor(0x44, 0x4b, 0x48);
/// The page's margin on each side of the title and source.
const PAD: i32 = 12;

/// The years a chart covers: the years along its x axis (coverage from the base year, the budget
/// from the first projected year); the cost-per-group chart, which has no year axis, the
/// scenario's years.
pub fn years(which: Which, s: &Scenario, p: &Projection) -> (i32, i32) {
    let last = p.years.last().map_or(s.base_year, |y| y.year);
    match which {
        Which::Budget => (p.years.first().map_or(s.base_year, |y| y.year), last),
        Which::Coverage | Which::Groups => (s.base_year, last),
    }
}

/// What a chart shows, in a few words: `Cakupan UCJ`; with `spell_out`, UCJ's first mention
/// written in full (`Universal Coverage Jamsostek (UCJ)`), as the CSV's first line needs.
fn what(which: Which, lang: Lang, spell_out: bool) -> &'static str {
    match (which, spell_out) {
        (Which::Coverage, false) => t(lang, "Cakupan UCJ", "UCJ coverage"),
        (Which::Coverage, true) => "Universal Coverage Jamsostek (UCJ)",
        (Which::Budget, _) => t(lang, "Anggaran per tahun menurut sumber dana", "Budget per year by funding source"),
        (Which::Groups, _) => t(lang, "Biaya tahun pertama per kelompok sasaran", "First-year cost per target group"),
    }
}

/// A chart's title: `Kota Ternate — Cakupan UCJ 2024–2029` (`spell_out` writes UCJ in full).
pub fn title(which: Which, s: &Scenario, p: &Projection, lang: Lang, spell_out: bool) -> String {
    let (from, to) = years(which, s, p);
    let span = if from == to { from.to_string() } else { format!("{from}–{to}") };
    format!("{} — {} {span}", s.name, what(which, lang, spell_out))
}

/// Where the figures come from: `Sumber: Kalkulator Cakupan Jamsostek 0.1.0, aturan diperiksa
/// 2026-03-01; PP 44/2015 (JKK dan JKM); …` — each regulation the projection used, once, in the
/// order first used.
pub fn source_line(p: &Projection, version: &Version, lang: Lang) -> String {
    let mut regulations: Vec<&str> = Vec::new();
    for a in &p.applied {
        if !regulations.contains(&a.citation.regulation) {
            regulations.push(a.citation.regulation);
        }
    }
    let used = if regulations.is_empty() { String::new() } else { format!("; {}", regulations.join("; ")) };
    match lang {
        Lang::Id => format!(
            "Sumber: Kalkulator Cakupan Jamsostek {}, aturan diperiksa {}{used}.",
            version.version, version.rules_reviewed
        ),
        Lang::En => format!(
            "Source: Jamsostek Coverage Calculator {}, rules checked {}{used}.",
            version.version, version.rules_reviewed
        ),
    }
}

/// A chart for download as SVG, `width` wide: its title above it, the chart as the page draws
/// it, and its source line below (both wrapped to the width).
pub fn svg(which: Which, s: &Scenario, p: &Projection, width: u32, lang: Lang, version: &Version) -> String {
    let width = chart::clamp_width(width);
    let room = f64::from(width) - f64::from(2 * PAD);
    let head = wrap(&title(which, s, p, lang, false), room, TITLE_PX * BOLD, TITLE_LINES);
    let foot = wrap(&source_line(p, version, lang), room, SOURCE_PX, SOURCE_LINES);
    let lines = |v: &Vec<String>| i32::try_from(v.len()).unwrap_or(1);
    let head_h = PAD + lines(&head) * TITLE_LINE + 4;
    let chart_h = i32::try_from(chart::height(which, s, p, width, lang)).unwrap_or(0);
    let foot_h = 4 + lines(&foot) * SOURCE_LINE + PAD;
    let height = u32::try_from(head_h + chart_h + foot_h).unwrap_or(0);
    let mut out = String::new();
    {
        let root = Svg::new(&mut out, (width, height)).into_drawing_area();
        let layout = Layout { head: &head, foot: &foot, head_h, chart_h };
        // Drawing errors only come from the backend; an empty picture is the honest fallback.
        let _ = draw(&root, &layout, which, s, p, lang);
    }
    out
}

/// The title's and source's lines and the heights of the title strip and the chart.
struct Layout<'a> {
    head: &'a [String],
    foot: &'a [String],
    head_h: i32,
    chart_h: i32,
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    l: &Layout<'_>,
    which: Which,
    s: &Scenario,
    p: &Projection,
    lang: Lang,
) -> DrawResult<DB> {
    root.fill(&WHITE)?;
    let (head, rest) = root.split_vertically(l.head_h);
    let (body, foot) = rest.split_vertically(l.chart_h);
    let bold = TextStyle::from((FONT, TITLE_PX * 1.24, FontStyle::Bold).into_font())
        .color(&INK)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for (k, line) in l.head.iter().enumerate() {
        let y = PAD + i32::try_from(k).unwrap_or(0) * TITLE_LINE + TITLE_LINE / 2;
        head.draw(&Text::new(line.clone(), (PAD, y), bold.clone()))?;
    }
    chart::draw_on(&body, which, s, p, lang)?;
    let small = TextStyle::from((FONT, SOURCE_PX * 1.24).into_font())
        .color(&SOURCE_INK)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for (k, line) in l.foot.iter().enumerate() {
        let y = 4 + i32::try_from(k).unwrap_or(0) * SOURCE_LINE + SOURCE_LINE / 2;
        foot.draw(&Text::new(line.clone(), (PAD, y), small.clone()))?;
    }
    root.present()
}
