//! Charts: one drawing function per chart, generic over the plotters backend, so the same code
//! draws the SVG tested natively and the picture on the page. Colours are the Okabe–Ito palette
//! (safe for the common colour-vision deficiencies); lines also differ by dash and markers, so
//! colour is never the only cue. Text given to plotters is escaped by its SVG backend.
//!
//! Each chart reads a domain projection with the scenario it came from. Coordinates are `f64`
//! (chart coordinates only); amounts stay whole rupiah everywhere else.

use super::svg::{char_em, Svg};
use super::{pct, pct_short, source_label, t};
use crate::fmt::{rupiah_short, Lang};
use crate::plan::project::{Projection, Year};
use crate::plan::scenario::{FundingSource, Scenario};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Okabe–Ito colours, then two greys, one per funding source in [`FundingSource::ALL`] order.
const PALETTE: [RGBColor; 10] = [
    RGBColor(0x00, 0x72, 0xB2),
    RGBColor(0xE6, 0x9F, 0x00),
    RGBColor(0x00, 0x9E, 0x73),
    RGBColor(0xCC, 0x79, 0xA7),
    RGBColor(0x56, 0xB4, 0xE9),
    RGBColor(0xD5, 0x5E, 0x00),
    RGBColor(0xF0, 0xE4, 0x42),
    RGBColor(0x00, 0x00, 0x00),
    RGBColor(0x88, 0x88, 0x88),
    RGBColor(0x44, 0x44, 0x44),
];
const INK: RGBColor = RGBColor(0x1a, 0x1f, 0x1c);
const GRID: RGBColor = RGBColor(0xdd, 0xe3, 0xe0);
const FONT: &str = "sans-serif";
/// plotters draws text at size ÷ 1.24; 16 gives 13 px labels, readable on a 360 px phone.
const LABEL: f64 = 16.0;

/// The palette colour for position `i` (wrapping).
fn palette(i: usize) -> RGBColor {
    PALETTE.get(i % PALETTE.len()).copied().unwrap_or(INK)
}

/// What `source` pays in year `y` (zero when it pays nothing).
pub(crate) fn source_amount(y: &Year, source: FundingSource) -> i64 {
    y.by_source.iter().find(|(s, _)| *s == source).map_or(0, |(_, a)| a.get())
}

/// The funding sources that pay something in some year, in [`FundingSource::ALL`] order.
pub(crate) fn paying_sources(p: &Projection) -> Vec<FundingSource> {
    FundingSource::ALL.into_iter().filter(|s| p.years.iter().any(|y| source_amount(y, *s) != 0)).collect()
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// How a legend entry is marked.
#[derive(Debug, Clone, Copy)]
enum Mark {
    /// A filled swatch.
    Fill(RGBAColor),
    /// A solid line.
    Line(RGBColor),
    /// A dashed line.
    Dashed(RGBColor),
}

/// Where a legend sits inside the plot.
#[derive(Debug, Clone, Copy)]
enum Corner {
    UpperLeft,
    LowerRight,
}

/// Draws a legend box in a corner of the plot, measuring text with [`char_em`] (plotters' own
/// series labels measure through the DOM on wasm; see [`Svg`]).
fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: (std::ops::Range<i32>, std::ops::Range<i32>),
    corner: Corner,
    entries: &[(String, Mark)],
) -> DrawResult<DB> {
    if entries.is_empty() {
        return Ok(());
    }
    let px = LABEL / 1.24;
    let line_h = (px * 1.6).round() as i32;
    let text_w = entries.iter().map(|(t, _)| t.chars().map(char_em).sum::<f64>() * px).fold(0.0, f64::max);
    let w = 8 + 20 + 8 + text_w.ceil() as i32 + 8;
    let h = 6 + line_h * entries.len() as i32;
    let (x0, y0) = match corner {
        Corner::UpperLeft => (plot.0.start + 8, plot.1.start + 6),
        Corner::LowerRight => (plot.0.end - w - 8, plot.1.end - h - 6),
    };
    root.draw(&Rectangle::new([(x0, y0), (x0 + w, y0 + h)], WHITE.mix(0.9).filled()))?;
    root.draw(&Rectangle::new([(x0, y0), (x0 + w, y0 + h)], ShapeStyle::from(&GRID)))?;
    for (i, (label, mark)) in entries.iter().enumerate() {
        let y = y0 + 3 + line_h * i as i32 + line_h / 2;
        let (mx, tx) = (x0 + 8, x0 + 8 + 20 + 8);
        match *mark {
            Mark::Fill(c) => root.draw(&Rectangle::new([(mx, y - 6), (mx + 20, y + 6)], c.filled()))?,
            Mark::Line(c) => {
                root.draw(&PathElement::new(vec![(mx, y), (mx + 20, y)], ShapeStyle::from(&c).stroke_width(3)))?
            }
            Mark::Dashed(c) => {
                for dx in [0, 12] {
                    root.draw(&PathElement::new(
                        vec![(mx + dx, y), (mx + dx + 8, y)],
                        ShapeStyle::from(&c).stroke_width(2),
                    ))?;
                }
            }
        }
        let style = TextStyle::from((FONT, LABEL).into_font()).color(&INK).pos(Pos::new(HPos::Left, VPos::Center));
        root.draw(&Text::new(label.clone(), (tx, y), style))?;
    }
    Ok(())
}

/// Coverage path: the central projection, the lapse band around it, and the target.
pub fn draw_coverage<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &Scenario,
    p: &Projection,
    lang: Lang,
) -> DrawResult<DB> {
    area.fill(&WHITE)?;
    let Some(base_pct) = pct(p.base_coverage_bp) else { return Ok(()) };
    let first = s.base_year;
    let last = p.years.last().map_or(first + 1, |y| y.year);
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(44)
        .build_cartesian_2d(f64::from(first) - 0.3..f64::from(last) + 0.3, 0.0..100.0)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(0)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_labels(usize::try_from((last - first + 1).clamp(2, 8)).unwrap_or(8))
        .x_label_formatter(&|x: &f64| format!("{}", x.round() as i64))
        .y_labels(6)
        .y_label_formatter(&|y: &f64| format!("{}%", y.round() as i64))
        .label_style((FONT, LABEL, &INK))
        .draw()?;

    let at = |year: i32, bp: Option<i64>| pct(bp).map(|v| (f64::from(year), v));
    let mut band: Vec<(f64, f64)> = vec![(f64::from(first), base_pct)];
    band.extend(p.years.iter().filter_map(|y| at(y.year, y.coverage_high_bp)));
    let mut low: Vec<(f64, f64)> = p.years.iter().filter_map(|y| at(y.year, y.coverage_low_bp)).collect();
    low.reverse();
    band.extend(low);
    chart.draw_series(std::iter::once(Polygon::new(band, PALETTE[4].mix(0.25).filled())))?;
    let mut legend = vec![
        (
            t(lang, "Rentang (laju berhenti rendah–tinggi)", "Band (low–high lapse)").to_string(),
            Mark::Fill(PALETTE[4].mix(0.25)),
        ),
        (t(lang, "Cakupan (UCJ)", "Coverage (UCJ)").to_string(), Mark::Line(PALETTE[0])),
    ];

    let mut central = vec![(f64::from(first), base_pct)];
    central.extend(p.years.iter().filter_map(|y| at(y.year, y.coverage_bp)));
    let line = ShapeStyle::from(&PALETTE[0]).stroke_width(3);
    chart.draw_series(LineSeries::new(central.clone(), line))?;
    chart.draw_series(central.iter().map(|(x, y)| Circle::new((*x, *y), 4, PALETTE[0].filled())))?;

    if let Some(target) = s.target {
        let (tp, ty) = (target.bp as f64 / 100.0, target.year);
        let dash = ShapeStyle::from(&PALETTE[5]).stroke_width(2);
        let from = f64::from(first);
        let to = f64::from(last.max(ty));
        chart.draw_series(DashedLineSeries::new(vec![(from, tp), (to, tp)], 8, 6, dash))?;
        legend.push((format!("Target {} ({ty})", pct_short(tp, lang)), Mark::Dashed(PALETTE[5])));
        if (first..=last).contains(&ty) {
            chart.draw_series(std::iter::once(TriangleMarker::new((f64::from(ty), tp), 7, PALETTE[5].filled())))?;
        }
    }
    draw_legend(area, chart.plotting_area().get_pixel_range(), Corner::LowerRight, &legend)?;
    area.present()
}

/// Budget per year, stacked by funding source.
pub fn draw_budget<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, p: &Projection, lang: Lang) -> DrawResult<DB> {
    area.fill(&WHITE)?;
    let (Some(first), Some(last)) = (p.years.first(), p.years.last()) else { return Ok(()) };
    let top = p.years.iter().map(|y| y.budget.get()).max().unwrap_or(0).max(1) as f64 * 1.3;
    let sources = paying_sources(p);
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(84)
        .build_cartesian_2d(f64::from(first.year) - 0.6..f64::from(last.year) + 0.6, 0.0..top)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(0)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_labels(p.years.len().clamp(2, 8))
        .x_label_formatter(&|x: &f64| format!("{}", x.round() as i64))
        .y_labels(5)
        .y_label_formatter(&|v: &f64| rupiah_short(v.round() as i64, lang))
        .label_style((FONT, LABEL, &INK))
        .draw()?;
    let width = if p.years.len() > 15 { 0.3 } else { 0.36 };
    let mut legend = Vec::new();
    for (i, source) in sources.iter().enumerate() {
        let colour = palette(FundingSource::ALL.iter().position(|s| s == source).unwrap_or(i));
        let bars = p.years.iter().filter_map(|y| {
            let below: i64 = sources.iter().take(i).map(|s| source_amount(y, *s)).sum();
            let own = Some(source_amount(y, *source)).filter(|a| *a != 0)?;
            let x = f64::from(y.year);
            Some(Rectangle::new([(x - width, below as f64), (x + width, (below + own) as f64)], colour.filled()))
        });
        chart.draw_series(bars)?;
        legend.push((source_label(*source, lang).to_string(), Mark::Fill(colour.to_rgba())));
    }
    draw_legend(area, chart.plotting_area().get_pixel_range(), Corner::UpperLeft, &legend)?;
    area.present()
}

/// Most groups drawn by name; the rest are summed as one bar.
const MAX_BARS: usize = 8;

/// Each paid group's yearly cost to its funder, largest first, the smallest summed as one bar.
fn group_bars(s: &Scenario, p: &Projection, lang: Lang) -> Vec<(String, i64)> {
    let mut bars: Vec<(String, i64)> = s
        .groups
        .iter()
        .zip(&p.groups)
        .filter(|(_, sum)| sum.funder_cost.get() > 0)
        .map(|(g, sum)| (g.name.clone(), sum.funder_cost.get()))
        .collect();
    bars.sort_by_key(|b| std::cmp::Reverse(b.1));
    if bars.len() > MAX_BARS {
        let rest: i64 = bars.iter().skip(MAX_BARS - 1).map(|b| b.1).sum();
        let n = bars.len() - (MAX_BARS - 1);
        bars.truncate(MAX_BARS - 1);
        bars.push((format!("{n} {}", t(lang, "kelompok lain", "other groups")), rest));
    }
    bars
}

/// `s` cut (with "…") to fit `max_px` at the label size, measured like every other label.
fn fit(s: &str, max_px: f64) -> String {
    let px = LABEL / 1.24;
    let width = |t: &str| t.chars().map(char_em).sum::<f64>() * px;
    if width(s) <= max_px {
        return s.to_string();
    }
    let mut out: String = s.chars().collect();
    while !out.is_empty() && width(&out) + width("…") > max_px {
        out.pop();
    }
    format!("{}…", out.trim_end())
}

/// Yearly cost per group (first paid year), largest first.
pub fn draw_groups<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &Scenario,
    p: &Projection,
    lang: Lang,
) -> DrawResult<DB> {
    area.fill(&WHITE)?;
    let bars = group_bars(s, p, lang);
    let Some((_, largest)) = bars.first() else {
        return area.present();
    };
    let top = (*largest).max(1) as f64 * 1.1;
    let n = bars.len();
    let (w, _) = area.dim_in_pixel();
    let label_width = (f64::from(w) * 0.38).clamp(110.0, 220.0) as u32;
    let names: Vec<String> = bars.iter().map(|b| fit(&b.0, f64::from(label_width) - 14.0)).collect();
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(label_width)
        .build_cartesian_2d(0.0..top, -0.5..n as f64 - 0.5)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .max_light_lines(0)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_labels(if w < 520 { 2 } else { 4 })
        .x_label_formatter(&|v: &f64| rupiah_short(v.round() as i64, lang))
        .y_labels(n)
        .y_label_formatter(&|y: &f64| {
            let i = y.round();
            if (y - i).abs() > 0.01 || i < 0.0 {
                return String::new();
            }
            names.get(n - 1 - i as usize).cloned().unwrap_or_default()
        })
        .label_style((FONT, LABEL, &INK))
        .draw()?;
    chart.draw_series(bars.iter().enumerate().map(|(i, (_, v))| {
        let y = (n - 1 - i) as f64;
        Rectangle::new([(0.0, y - 0.32), (*v as f64, y + 0.32)], PALETTE[0].filled())
    }))?;
    area.present()
}

/// Which chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// Coverage path vs target with the lapse band.
    Coverage,
    /// Budget per year by funding source.
    Budget,
    /// Cost per group.
    Groups,
}

/// A chart as SVG, drawn at `width` × a height that suits it.
pub fn svg(which: Which, s: &Scenario, p: &Projection, width: u32, lang: Lang) -> String {
    let width = width.clamp(280, 1200);
    let height = match which {
        Which::Groups => (group_bars(s, p, lang).len() as u32 * 34 + 70).clamp(140, 420),
        _ => (width * 3 / 5).clamp(240, 420),
    };
    let mut out = String::new();
    {
        let root = Svg::new(&mut out, (width, height)).into_drawing_area();
        // Drawing errors only come from the backend; an empty picture is the honest fallback.
        let _ = match which {
            Which::Coverage => draw_coverage(&root, s, p, lang),
            Which::Budget => draw_budget(&root, p, lang),
            Which::Groups => draw_groups(&root, s, p, lang),
        };
    }
    out
}

/// Colours and markers for plans drawn together: strong colours only, each with its own marker.
const PLAN_COLOURS: [usize; 5] = [0, 5, 2, 3, 1];

/// A legend below a plot, outside it: entries in rows that wrap at the area's width.
fn draw_legend_below<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, entries: &[(String, Mark)]) -> DrawResult<DB> {
    let px = LABEL / 1.24;
    let line_h = (px * 1.6).round() as i32;
    let (w, _) = area.dim_in_pixel();
    let (mut x, mut y) = (12, line_h / 2 + 2);
    for (label, mark) in entries {
        let text_w = (label.chars().map(char_em).sum::<f64>() * px).ceil() as i32;
        let item_w = 20 + 8 + text_w + 18;
        if x > 12 && x + item_w > i32::try_from(w).unwrap_or(i32::MAX) {
            (x, y) = (12, y + line_h);
        }
        match *mark {
            Mark::Fill(c) => area.draw(&Rectangle::new([(x, y - 6), (x + 20, y + 6)], c.filled()))?,
            Mark::Line(c) => {
                area.draw(&PathElement::new(vec![(x, y), (x + 20, y)], ShapeStyle::from(&c).stroke_width(3)))?
            }
            Mark::Dashed(c) => {
                for dx in [0, 12] {
                    area.draw(&PathElement::new(vec![(x + dx, y), (x + dx + 8, y)], ShapeStyle::from(&c).stroke_width(2)))?;
                }
            }
        }
        let style = TextStyle::from((FONT, LABEL).into_font()).color(&INK).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(label.clone(), (x + 28, y), style))?;
        x += item_w;
    }
    Ok(())
}

/// Rows a legend below a plot of `width` pixels needs.
fn legend_rows(labels: &[String], width: u32) -> i32 {
    let px = LABEL / 1.24;
    let (mut rows, mut x) = (1, 12);
    for label in labels {
        let item_w = 20 + 8 + (label.chars().map(char_em).sum::<f64>() * px).ceil() as i32 + 18;
        if x > 12 && x + item_w > i32::try_from(width).unwrap_or(i32::MAX) {
            rows += 1;
            x = 12;
        }
        x += item_w;
    }
    rows
}

/// One plan of a comparison: its name, scenario and projection.
pub type Plan<'a> = (&'a str, &'a Scenario, &'a Projection);

/// The coverage of several plans over the same years, one line each, with the legend below.
pub fn draw_plans<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, plans: &[Plan<'_>], lang: Lang) -> DrawResult<DB> {
    area.fill(&WHITE)?;
    let drawn: Vec<&Plan<'_>> = plans.iter().filter(|(_, _, p)| p.base_coverage_bp.is_some()).collect();
    let Some((_, first_s, _)) = drawn.first() else { return area.present() };
    let first = drawn.iter().map(|(_, s, _)| s.base_year).min().unwrap_or(first_s.base_year);
    let last = drawn.iter().filter_map(|(_, _, p)| p.years.last().map(|y| y.year)).max().unwrap_or(first + 1);
    let mut legend: Vec<(String, Mark)> =
        drawn.iter().enumerate().map(|(i, (name, _, _))| (name.to_string(), Mark::Line(plan_colour(i)))).collect();
    let targets: Vec<_> = drawn.iter().filter_map(|(_, s, _)| s.target).collect();
    let shared_target = targets.first().filter(|t| targets.len() == drawn.len() && targets.iter().all(|x| x == *t));
    if let Some(tg) = shared_target {
        legend.push((format!("Target {} ({})", pct_short(tg.bp as f64 / 100.0, lang), tg.year), Mark::Dashed(INK)));
    }
    let (w, h) = area.dim_in_pixel();
    let labels: Vec<String> = legend.iter().map(|(l, _)| l.clone()).collect();
    let legend_h = legend_rows(&labels, w) * (LABEL / 1.24 * 1.6).round() as i32 + 8;
    let (plot, below) = area.split_vertically(i32::try_from(h).unwrap_or(0) - legend_h);
    let mut chart = ChartBuilder::on(&plot)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(44)
        .build_cartesian_2d(f64::from(first) - 0.3..f64::from(last) + 0.3, 0.0..100.0)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(0)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_labels(usize::try_from((last - first + 1).clamp(2, 8)).unwrap_or(8))
        .x_label_formatter(&|x: &f64| format!("{}", x.round() as i64))
        .y_labels(6)
        .y_label_formatter(&|y: &f64| format!("{}%", y.round() as i64))
        .label_style((FONT, LABEL, &INK))
        .draw()?;
    if let Some(tg) = shared_target {
        let tp = tg.bp as f64 / 100.0;
        let dash = ShapeStyle::from(&INK).stroke_width(2);
        chart.draw_series(DashedLineSeries::new(vec![(f64::from(first), tp), (f64::from(last.max(tg.year)), tp)], 8, 6, dash))?;
    }
    for (i, (_, s, p)) in drawn.iter().enumerate() {
        let colour = plan_colour(i);
        let mut line: Vec<(f64, f64)> = pct(p.base_coverage_bp).map(|v| (f64::from(s.base_year), v)).into_iter().collect();
        line.extend(p.years.iter().filter_map(|y| pct(y.coverage_bp).map(|v| (f64::from(y.year), v))));
        chart.draw_series(LineSeries::new(line.clone(), ShapeStyle::from(&colour).stroke_width(3)))?;
        let marker = ShapeStyle::from(&colour).filled();
        match i % 3 {
            0 => chart.draw_series(line.iter().map(|(x, y)| Circle::new((*x, *y), 4, marker)))?,
            1 => chart.draw_series(line.iter().map(|(x, y)| TriangleMarker::new((*x, *y), 6, marker)))?,
            _ => chart.draw_series(line.iter().map(|(x, y)| Cross::new((*x, *y), 5, ShapeStyle::from(&colour).stroke_width(2))))?,
        };
    }
    draw_legend_below(&below, &legend)?;
    area.present()
}

fn plan_colour(i: usize) -> RGBColor {
    palette(PLAN_COLOURS.get(i % PLAN_COLOURS.len()).copied().unwrap_or(0))
}

/// The plans' coverage chart as SVG at `width` × a height that suits it.
pub fn plans_svg(plans: &[Plan<'_>], width: u32, lang: Lang) -> String {
    let width = width.clamp(280, 1200);
    let height = (width * 3 / 5).clamp(260, 460);
    let mut out = String::new();
    {
        let root = Svg::new(&mut out, (width, height)).into_drawing_area();
        // Drawing errors only come from the backend; an empty picture is the honest fallback.
        let _ = draw_plans(&root, plans, lang);
    }
    out
}
