//! Reading one row of a batch file: its columns, checks, and the area's own projection.

use super::{Job, YearTotal, MAX_AREAS};
use crate::csv::{key, line_error};
use crate::errors::whole_in;
use crate::money::{Overflow, Rupiah};
use crate::plan::project::{group_year_cost, project_cached, Projection};
use crate::plan::scenario::{Group, Level, Scenario, MAX_WORKERS};
use crate::regions::{same_name, Lookup};
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Col {
    Code,
    Name,
    Province,
    Regency,
    District,
    Parent,
    Workforce,
    Covered,
    Formal,
    Informal,
    /// The line an area had in the user's file (a snapshot's own column: warnings keep naming it).
    FileLine,
    Target(usize),
}

pub(super) fn column(header: &str, targets: &mut usize) -> Option<Col> {
    let k = key(header);
    Some(match k.as_str() {
        "kode" | "code" | "kodewilayah" | "kodedesa" | "kodekemendagri" | "kodebps" => Col::Code,
        "nama" | "name" | "desa" | "kelurahan" | "desakelurahan" | "wilayah" | "namawilayah" | "namadesa" => Col::Name,
        "provinsi" | "province" | "propinsi" => Col::Province,
        "kabupaten" | "kabupatenkota" | "kota" | "regency" | "city" | "regencycity" => Col::Regency,
        "kecamatan" | "district" | "distrik" => Col::District,
        "induk" | "parent" => Col::Parent,
        "barisberkas" => Col::FileLine,
        "pekerja" | "workers" | "angkatankerja" | "pendudukbekerja" | "jumlahpekerja" | "workforce" => Col::Workforce,
        "peserta" | "participants" | "pesertaaktif" | "covered" => Col::Covered,
        "pesertaformal" | "formal" | "pesertapu" => Col::Formal,
        "pesertainformal" | "informal" | "pesertabpu" => Col::Informal,
        _ if k.starts_with("sasaran") || k.starts_with("target") => {
            *targets += 1;
            Col::Target(*targets - 1)
        }
        _ => return None,
    })
}

impl Job {
    pub(super) fn row(&mut self, line: usize, fields: &[Cow<'_, str>]) {
        if self.out.areas.line.len() >= MAX_AREAS {
            self.error(line_error(
                line,
                None,
                "too_many_areas",
                &format!("paling banyak {} wilayah.", crate::fmt::group(MAX_AREAS as i64, crate::fmt::Lang::Id)),
                &format!("at most {} areas.", crate::fmt::group(MAX_AREAS as i64, crate::fmt::Lang::En)),
            ));
            return;
        }
        if fields.len() > self.header.len() {
            self.bad_row(vec![line_error(line, None, "too_many_fields", "lebih banyak isian daripada kolom.", "more fields than columns.")]);
            return;
        }
        let mut place = Place::default();
        let mut file_line = None;
        let (mut workers, mut total, mut formal, mut informal) = (None, None, None, None);
        let mut targets = std::mem::take(&mut self.targets_buf);
        targets.clear();
        targets.resize(self.targets, 0);
        let mut ok = true;
        let mut problems = Vec::new();
        for (i, (col, head)) in self.cols.iter().zip(&self.header).enumerate() {
            let v = fields.get(i).map_or("", |f| f.trim());
            let mut number = |min: i64| {
                let mut e = Vec::new();
                let n = whole_in("", v, min, MAX_WORKERS, &mut e);
                for x in e {
                    problems.push(line_error(line, Some(head.trim()), x.code, &x.message_id, &x.message_en));
                }
                n
            };
            match col {
                Some(Col::Code) => place.code = one_line(v),
                Some(Col::Name) => place.name = one_line(v),
                Some(Col::Province) => place.province = one_line(v),
                Some(Col::Regency) => place.regency = one_line(v),
                Some(Col::District) => place.district = one_line(v),
                Some(Col::Parent) => place.parent = one_line(v),
                Some(Col::FileLine) => file_line = v.parse::<usize>().ok().filter(|n| *n > 1),
                Some(Col::Workforce) => workers = number(1),
                Some(Col::Covered) if !v.is_empty() => total = number(0),
                Some(Col::Formal) if !v.is_empty() => formal = number(0),
                Some(Col::Informal) if !v.is_empty() => informal = number(0),
                Some(Col::Target(i)) if !v.is_empty() => match number(0) {
                    // The buffer is sized to the header's target columns, so the slot exists.
                    Some(n) => {
                        if let Some(slot) = targets.get_mut(*i) {
                            *slot = n;
                        }
                    }
                    None => ok = false,
                },
                _ => {}
            }
        }
        if !place.code.is_empty() {
            self.check_code(line, file_line.unwrap_or(line), &mut place, &mut problems);
        }
        if place.name.is_empty() {
            problems.push(line_error(line, None, "required", "nama wilayah wajib diisi.", "the area's name is required."));
        }
        if formal.is_none() && informal.is_none() && total.is_none() && problems.is_empty() {
            problems.push(line_error(line, None, "required", "jumlah peserta wajib diisi.", "the number of participants is required."));
        }
        ok &= problems.is_empty();
        self.bad_row(problems);
        let Some(workers) = workers.filter(|_| ok && self.error_count == 0) else {
            self.targets_buf = targets;
            return; // all or nothing: once anything is wrong, only check the rest
        };
        let (formal, informal) = match (formal, informal) {
            (None, None) => (total.unwrap_or(0), 0),
            (f, i) => (f.unwrap_or(0), i.unwrap_or(0)),
        };
        let result = self.project_area(file_line.unwrap_or(line), place, workers, formal, informal, &targets);
        self.targets_buf = targets;
        if result.is_err() {
            self.error(line_error(
                line,
                None,
                "overflow",
                "angka terlalu besar untuk dihitung tepat.",
                "the numbers are too large to compute exactly.",
            ));
        }
    }

    /// The row's code against the Kemendagri list, when the page gave it (see [`Job::use_codes`]).
    fn check_code(&mut self, line: usize, file_line: usize, place: &mut Place<'_>, problems: &mut Vec<crate::csv::LineError>) {
        let c = &mut self.codes;
        let Some(book) = c.book.clone() else {
            if c.missing {
                c.unchecked += 1;
            }
            return;
        };
        let code = place.code.trim();
        match book.name(code) {
            Lookup::Unknown => {
                let shown: String = code.chars().take(20).collect();
                problems.push(line_error(
                    line,
                    Some(&c.head),
                    "unknown_code",
                    &format!("kode \"{shown}\" tidak ada dalam daftar Kemendagri (Kepmendagri 300.2.2-2138/2025); tulis kode bertitik seperti 51.04.01.2001."),
                    &format!("code \"{shown}\" is not in the Kemendagri list (Kepmendagri 300.2.2-2138/2025); write a dotted code such as 51.04.01.2001."),
                ));
            }
            Lookup::Unchecked => c.unchecked += 1,
            Lookup::Found(official) => {
                if place.name.is_empty() {
                    place.name = Cow::Owned(official.to_string());
                    c.filled += 1;
                } else if !same_name(&place.name, official) {
                    c.renamed_count += 1;
                    if c.renamed.len() < 5 {
                        c.renamed.push((file_line, place.name.chars().take(60).collect(), official.to_string()));
                    }
                    place.official = Cow::Owned(official.to_string());
                }
                let parts = code.split('.').count();
                for (k, slot) in [(1, &mut place.province), (2, &mut place.regency), (3, &mut place.district)] {
                    if slot.is_empty() && parts > k {
                        if let Some(n) = book.name_of_part(code, k) {
                            *slot = Cow::Owned(n.to_string());
                        }
                    }
                }
            }
        }
    }

    fn project_area(
        &mut self,
        line: usize,
        place: Place<'_>,
        workers: i64,
        formal: i64,
        informal: i64,
        targets: &[i64],
    ) -> Result<(), Overflow> {
        let t = &self.template;
        // Job::new refuses a template without groups.
        let Some(g) = t.groups.first() else { return Err(Overflow) };
        let groups: Vec<Group> = targets
            .iter()
            .filter(|n| **n > 0)
            .map(|n| Group {
                name: String::new(),
                workers: *n,
                covered: 0,
                package: g.package,
                worker_type: g.worker_type,
                months: g.months,
                start_month: g.start_month,
                share_bp: g.share_bp,
                source: g.source,
                start_year: g.start_year,
            })
            .collect();
        let s = Scenario {
            name: String::new(),
            level: Level::Village,
            base_year: t.base_year,
            workforce: Some(workers),
            denominator: t.denominator,
            formal_covered: formal,
            informal_covered: informal,
            groups,
            target: t.target,
            settings: t.settings,
        };
        let p = project_cached(&s, &mut self.cache, &mut self.notes)?;
        self.add(line, place, workers, (formal, informal), targets, &p)
    }

    fn add(&mut self, line: usize, place: Place<'_>, workers: i64, (formal, informal): (i64, i64), targets: &[i64], p: &Projection) -> Result<(), Overflow> {
        let report = p.years.iter().find(|y| y.year == self.out.totals.report_year).or(p.years.last());
        let gap = report.and_then(|y| y.gap).unwrap_or(0);
        let gap_cost = match report {
            Some(y) if gap > 0 => {
                let Some(template) = self.template.groups.first() else { return Err(Overflow) };
                let (_, funder, _) = group_year_cost(
                    template,
                    gap,
                    y.year,
                    &mut self.cache,
                    &mut Vec::new(),
                    &mut Vec::new(),
                )?;
                funder.get()
            }
            _ => 0,
        };
        let a = &mut self.out.areas;
        a.line.push(u32::try_from(line).unwrap_or(u32::MAX));
        a.count.push(1);
        a.code.push(&place.code);
        a.name.push(&place.name);
        a.province.push(&place.province);
        a.regency.push(&place.regency);
        a.district.push(&place.district);
        a.parent.push(&place.parent);
        a.official.push(&place.official);
        a.workers.push(workers);
        let base_covered = p.base_covered.min(workers);
        a.covered.push(base_covered);
        a.formal.push(formal);
        a.informal.push(informal);
        a.targets.extend_from_slice(targets);
        let wanted = targets.iter().fold(0_i64, |s, t| s.saturating_add(*t));
        if wanted > workers - base_covered {
            self.over_count += 1;
            if self.over.len() < 5 {
                self.over.push((line, wanted, workers - base_covered));
            }
        }
        a.final_workers.push(report.and_then(|y| y.workers).unwrap_or(workers));
        a.final_covered.push(report.map_or(base_covered, |y| y.covered));
        a.base_bp.push(p.base_coverage_bp.unwrap_or(0));
        a.subsidised.push(p.years.first().map_or(0, |y| y.subsidised));
        a.final_bp.push(report.and_then(|y| y.coverage_bp).unwrap_or(0));
        a.gap.push(gap);
        a.gap_cost.push(gap_cost);
        a.first_budget.push(p.years.first().map_or(0, |y| y.budget.get()));
        a.total_budget.push(p.years.last().map_or(0, |y| y.cumulative.get()));
        self.out.totals.base_workers = self.out.totals.base_workers.checked_add(workers).ok_or(Overflow)?;
        self.out.totals.base_covered = self.out.totals.base_covered.checked_add(base_covered).ok_or(Overflow)?;
        if self.out.totals.years.is_empty() {
            self.out.totals.years = p
                .years
                .iter()
                .map(|y| YearTotal {
                    year: y.year,
                    workers: 0,
                    covered: 0,
                    coverage_bp: None,
                    subsidised: 0,
                    budget: Rupiah::ZERO,
                    cumulative: Rupiah::ZERO,
                    gap: y.gap.map(|_| 0),
                    areas_at_target: y.gap.map(|_| 0),
                })
                .collect();
        }
        for (t, y) in self.out.totals.years.iter_mut().zip(&p.years) {
            t.workers = t.workers.checked_add(y.workers.unwrap_or(0)).ok_or(Overflow)?;
            t.covered = t.covered.checked_add(y.covered).ok_or(Overflow)?;
            t.subsidised = t.subsidised.checked_add(y.subsidised).ok_or(Overflow)?;
            t.budget = t.budget.add(y.budget)?;
            t.cumulative = t.cumulative.add(y.cumulative)?;
            if let (Some(total), Some(g)) = (t.gap.as_mut(), y.gap) {
                *total = total.checked_add(g).ok_or(Overflow)?;
                if g == 0 {
                    t.areas_at_target = t.areas_at_target.map(|n| n + 1);
                }
            }
        }
        if p.capped {
            self.capped.push(line);
        }
        Ok(())
    }
}

/// Where an area is and what it is called, as its row gives it: borrowed from the row's fields
/// (copied once, into the batch's text columns), owned where the list fills or renames it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Place<'a> {
    pub code: Cow<'a, str>,
    pub name: Cow<'a, str>,
    pub province: Cow<'a, str>,
    pub regency: Cow<'a, str>,
    pub district: Cow<'a, str>,
    pub parent: Cow<'a, str>,
    /// The list's name when the file's differs.
    pub official: Cow<'a, str>,
}

/// A name on one line: control characters (a quoted field may hold line breaks) become spaces.
fn one_line(v: &str) -> Cow<'_, str> {
    // Controls are below 0x20, 0x7f, or (U+0080–U+009F) start with 0xc2 in UTF-8.
    if !v.bytes().any(|b| b < 0x20 || b == 0x7f || b == 0xc2) {
        return Cow::Borrowed(v);
    }
    Cow::Owned(v.chars().map(|c| if c.is_control() { ' ' } else { c }).collect())
}
