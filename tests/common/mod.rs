//! Helpers shared by the native test tiers.
#![allow(dead_code)]

use jamsostek::api::{self, ContributionRequest, ContributionResponse, NumInput, Segment};
use jamsostek::rules::{Payer, Program};

pub fn text(s: &str) -> Option<NumInput> {
    Some(NumInput::Text(s.to_string()))
}

pub fn on(date: &str) -> Option<String> {
    Some(date.to_string())
}

pub fn wage_earner(date: &str, wage: &str) -> ContributionRequest {
    ContributionRequest { segment: Some(Segment::Wage), as_of: on(date), wage: text(wage), ..Default::default() }
}

pub fn informal(date: &str) -> ContributionRequest {
    ContributionRequest { segment: Some(Segment::Informal), as_of: on(date), ..Default::default() }
}

pub fn run(req: &ContributionRequest) -> ContributionResponse {
    let r = api::contribution(req);
    assert!(r.ok, "expected a result, got errors {:?}", r.errors);
    r
}

/// Sum of the amounts due for one program (and payer, if given).
pub fn due(r: &ContributionResponse, program: Program, payer: Option<Payer>) -> i64 {
    r.items.iter().filter(|i| i.program == program && payer.is_none_or(|p| i.payer == p)).map(|i| i.amount.get()).sum()
}

pub fn total(r: &ContributionResponse) -> i64 {
    r.total.map(|t| t.get()).unwrap_or(-1)
}

pub fn has_warning(r: &ContributionResponse, code: &str) -> bool {
    r.warnings.iter().any(|w| w.code == code)
}

pub fn applied(r: &ContributionResponse, id: &str) -> bool {
    r.applied.iter().any(|a| a.id == id)
}

/// One `<text>` of a chart's SVG: where it is drawn, how it is anchored, what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct SvgText {
    pub x: f64,
    pub y: f64,
    pub anchor: String,
    pub text: String,
}

fn attr(tag: &str, name: &str) -> String {
    let key = format!(" {name}=\"");
    let start = tag.find(&key).unwrap_or_else(|| panic!("no {name} in {tag}")) + key.len();
    tag[start..].split('"').next().unwrap().to_string()
}

/// Every text of an SVG, in drawing order.
pub fn svg_texts(svg: &str) -> Vec<SvgText> {
    svg.split("<text")
        .skip(1)
        .map(|rest| {
            let (tag, body) = rest.split_once('>').unwrap();
            let text = body.split("</text>").next().unwrap().trim().to_string();
            SvgText {
                x: attr(tag, "x").parse().unwrap(),
                y: attr(tag, "y").parse().unwrap(),
                anchor: attr(tag, "text-anchor"),
                text,
            }
        })
        .collect()
}

/// The SVG's width and height.
pub fn svg_size(svg: &str) -> (f64, f64) {
    let tag = svg.split("<svg").nth(1).unwrap().split('>').next().unwrap();
    (attr(tag, "width").parse().unwrap(), attr(tag, "height").parse().unwrap())
}

/// The y of the x axis: the longest horizontal line drawn as a polyline (grid lines are lines).
pub fn x_axis_y(svg: &str) -> f64 {
    let mut best = (0.0, f64::NAN);
    for rest in svg.split("<polyline").skip(1) {
        let points = attr(rest.split('>').next().unwrap(), "points");
        let pts: Vec<(f64, f64)> = points
            .split_whitespace()
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect();
        if let [(x0, y0), (x1, y1)] = pts[..] {
            if y0 == y1 && (x1 - x0).abs() > best.0 {
                best = ((x1 - x0).abs(), y0);
            }
        }
    }
    best.1
}

pub mod regions;

/// JSON as the wasm face reads a JS value (numbers are JS numbers; keys in their order).
pub fn from_json(j: &serde_json::Value) -> jamsostek::api::value::Value {
    use jamsostek::api::value::Value;
    match j {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Value::Text(s.clone()),
        serde_json::Value::Array(a) => Value::List(a.iter().map(from_json).collect()),
        serde_json::Value::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.clone(), from_json(v))).collect()),
    }
}
