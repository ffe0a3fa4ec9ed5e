//! Plans side by side: the coverage of a baseline and its alternatives over the same years, one
//! line and one marker each, the shared target dashed, the legend below.

use super::chart::{clamp_width, coverage_axis_top, palette, percent_mesh, plot_height, DrawResult, INK};
use super::legend::{draw_legend_below, legend_layout, split_legend, Legend, Mark};
use super::pct_short;
use super::plot::Triangle;
use super::svg::Svg;
use crate::fmt::Lang;
use crate::plan::project::Projection;
use crate::plan::scenario::Scenario;
use crate::report::pct;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Colours and markers for plans drawn together: strong colours only, each with its own marker.
const PLAN_COLOURS: [usize; 5] = [0, 5, 2, 3, 1];

/// One plan of a comparison: its name, scenario and projection.
pub type Plan<'a> = (&'a str, &'a Scenario, &'a Projection);

/// The plans drawn: those with a coverage to draw.
fn drawn_plans<'p, 'a>(plans: &'p [Plan<'a>]) -> Vec<&'p Plan<'a>> {
    plans.iter().filter(|(_, _, p)| p.base_coverage_bp.is_some()).collect()
}

/// The target every drawn plan shares, if they all have the same one.
fn shared_target(drawn: &[&Plan<'_>]) -> Option<crate::plan::scenario::Target> {
    let targets: Vec<_> = drawn.iter().filter_map(|(_, s, _)| s.target).collect();
    targets.first().copied().filter(|t| targets.len() == drawn.len() && targets.iter().all(|x| x == t))
}

/// The plans chart's legend: a line per plan, and the target when they share it.
fn plans_legend(drawn: &[&Plan<'_>], lang: Lang) -> Legend {
    let mut legend: Legend =
        drawn.iter().enumerate().map(|(i, (name, _, _))| (name.to_string(), Mark::Line(plan_colour(i)))).collect();
    if let Some(tg) = shared_target(drawn) {
        legend.push((format!("Target {} ({})", pct_short(tg.bp as f64 / 100.0, lang), tg.year), Mark::Dashed(INK)));
    }
    legend
}

/// The coverage of several plans over the same years, one line each, with the legend below.
pub fn draw_plans<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, plans: &[Plan<'_>], lang: Lang) -> DrawResult<DB> {
    area.fill(&WHITE)?;
    let drawn = drawn_plans(plans);
    let Some((_, first_s, _)) = drawn.first() else { return area.present() };
    let first = drawn.iter().map(|(_, s, _)| s.base_year).min().unwrap_or(first_s.base_year);
    let last = drawn.iter().filter_map(|(_, _, p)| p.years.last().map(|y| y.year)).max().unwrap_or(first + 1);
    let legend = plans_legend(&drawn, lang);
    let target = shared_target(&drawn);
    let (plot, below) = split_legend(area, &legend);
    let highest = drawn
        .iter()
        .flat_map(|(_, _, p)| p.base_coverage_bp.into_iter().chain(p.years.iter().filter_map(|y| y.coverage_bp)))
        .chain(target.map(|t| t.bp))
        .max()
        .unwrap_or(0);
    let mut chart = percent_mesh(&plot, first, last, coverage_axis_top(highest))?;
    if let Some(tg) = target {
        let tp = tg.bp as f64 / 100.0;
        let dash = ShapeStyle::from(&INK).stroke_width(2);
        chart.draw_series(DashedLineSeries::new(
            vec![(f64::from(first), tp), (f64::from(last.max(tg.year)), tp)],
            8,
            6,
            dash,
        ))?;
    }
    for (i, (_, s, p)) in drawn.iter().enumerate() {
        let colour = plan_colour(i);
        let mut line: Vec<(f64, f64)> =
            pct(p.base_coverage_bp).map(|v| (f64::from(s.base_year), v)).into_iter().collect();
        line.extend(p.years.iter().filter_map(|y| pct(y.coverage_bp).map(|v| (f64::from(y.year), v))));
        chart.draw_series(LineSeries::new(line.clone(), ShapeStyle::from(&colour).stroke_width(3)))?;
        let marker = ShapeStyle::from(&colour).filled();
        match i % 3 {
            0 => chart.draw_series(line.iter().map(|(x, y)| Circle::new((*x, *y), 4, marker)))?,
            1 => chart.draw_series(line.iter().map(|(x, y)| Triangle::new((*x, *y), 6, colour)))?,
            _ => chart.draw_series(
                line.iter().map(|(x, y)| Cross::new((*x, *y), 5, ShapeStyle::from(&colour).stroke_width(2))),
            )?,
        };
    }
    draw_legend_below(&below, &legend)?;
    area.present()
}

fn plan_colour(i: usize) -> RGBColor {
    palette(PLAN_COLOURS.get(i % PLAN_COLOURS.len()).copied().unwrap_or(0))
}

/// The plans' coverage chart as SVG at `width` × the plot's height and its legend's below it.
pub fn plans_svg(plans: &[Plan<'_>], width: u32, lang: Lang) -> String {
    let width = clamp_width(width);
    let legend = plans_legend(&drawn_plans(plans), lang);
    let height = plot_height(width) + u32::try_from(legend_layout(&legend, width).1).unwrap_or(0);
    let mut out = String::new();
    {
        let root = Svg::new(&mut out, (width, height)).into_drawing_area();
        // Drawing errors only come from the backend; an empty picture is the honest fallback.
        let _ = draw_plans(&root, plans, lang);
    }
    out
}
