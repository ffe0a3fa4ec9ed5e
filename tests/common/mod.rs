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

pub mod regions;
