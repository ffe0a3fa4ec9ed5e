//! The national batch: many areas (every village of a province, or all ~84,000 villages and
//! kelurahan of Indonesia) from one CSV, each projected exactly as a one-region scenario would
//! be, with totals per year.
//!
//! Columns (first line; Indonesian or English, any order, letters and digits only are compared):
//!
//! | column | also accepted | meaning |
//! |---|---|---|
//! | `kode` | `code`, `kode_wilayah`, `kode_desa` | area code (Kemendagri/BPS), optional |
//! | `nama` | `name`, `desa`, `kelurahan`, `wilayah` | area name, **required** |
//! | `provinsi`, `kabupaten`, `kecamatan` | `province`, `regency`, `district`, `induk`, `parent` | where the area lies, optional, shown joined |
//! | `pekerja` | `workers`, `angkatan_kerja`, `penduduk_bekerja` | workers in the area, **required** |
//! | `peserta` | `participants`, `peserta_aktif` | active participants, when the formal/informal split is unknown |
//! | `peserta_formal` | `formal` | active wage-earner (PU) participants |
//! | `peserta_informal` | `informal` | active informal (BPU) participants |
//! | `sasaran`, `sasaran_<kelompok>` | `target`, `target_<group>` | vulnerable workers the program pays for; each such column is one target group |
//!
//! One of `peserta` or `peserta_formal`/`peserta_informal` is required. Every area gets the same
//! settings, target and package (the template scenario's first group). All or nothing: with any
//! error no result is given; the first [`MAX_ERRORS`] errors are listed with line and column and
//! all are counted.
//!
//! The file is read in steps ([`Job::step`]) so that a page can show progress; a step reads,
//! checks and projects the next rows.

use super::project::{project_cached, ratio_bp, Notes, PremiumCache, Projection};
use super::scenario::{Group, Scenario};
use crate::csv::{key, line_error, separator, strip_bom, LineError, Records};
use crate::errors::whole_in;
use crate::money::{Overflow, Rupiah};
use crate::params::Applied;
use crate::rules::Warning;

/// Largest file read, in bytes (84,000 villages take about 6 MB).
pub const MAX_BATCH_BYTES: usize = 64 * 1024 * 1024;
/// Most areas in one file.
pub const MAX_AREAS: usize = 200_000;
/// Errors listed in full (all are counted).
pub const MAX_ERRORS: usize = 50;
/// Most target-group columns.
pub const MAX_TARGET_COLUMNS: usize = 20;
const MAX_WORKERS: i64 = crate::api::MAX_WORKERS;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Code,
    Name,
    Parent,
    Workforce,
    Covered,
    Formal,
    Informal,
    Target(usize),
}

fn column(header: &str, targets: &mut usize) -> Option<Col> {
    let k = key(header);
    Some(match k.as_str() {
        "kode" | "code" | "kodewilayah" | "kodedesa" | "kodekemendagri" | "kodebps" => Col::Code,
        "nama" | "name" | "desa" | "kelurahan" | "desakelurahan" | "wilayah" | "namawilayah" | "namadesa" => Col::Name,
        "provinsi" | "province" | "kabupaten" | "kabupatenkota" | "kota" | "regency" | "kecamatan" | "district"
        | "induk" | "parent" => Col::Parent,
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

/// Per-area results, one entry per area in file order (columns, so that 84,000 areas cross to
/// the page as a few arrays).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Areas {
    /// Line of the area in the file.
    pub line: Vec<u32>,
    /// Area code (may be empty).
    pub code: Vec<String>,
    /// Area name.
    pub name: Vec<String>,
    /// Province, regency, district… joined with ", ".
    pub parent: Vec<String>,
    /// Workers in the base year.
    pub workers: Vec<i64>,
    /// Active participants in the base year.
    pub covered: Vec<i64>,
    /// UCJ in the base year, basis points.
    pub base_bp: Vec<i64>,
    /// Workers the program pays for (all target groups).
    pub subsidised: Vec<i64>,
    /// UCJ in the reported year (the target year, else the last), basis points.
    pub final_bp: Vec<i64>,
    /// Workers still needed in the reported year to reach the target (0 without a target).
    pub gap: Vec<i64>,
    /// What paying for those workers would cost the funder in that year.
    pub gap_cost: Vec<i64>,
    /// The program's budget in the first year.
    pub first_budget: Vec<i64>,
    /// The program's budget over all years.
    pub total_budget: Vec<i64>,
}

/// All areas together in one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearTotal {
    /// Calendar year.
    pub year: i32,
    /// Workers.
    pub workers: i64,
    /// Active participants, each area capped at its workers.
    pub covered: i64,
    /// UCJ, basis points.
    pub coverage_bp: Option<i64>,
    /// Workers the program pays for.
    pub subsidised: i64,
    /// The program's budget.
    pub budget: Rupiah,
    /// Budget so far.
    pub cumulative: Rupiah,
    /// Workers still needed, summed over areas (each area to reach the target itself).
    pub gap: Option<i64>,
    /// Areas at or above the target.
    pub areas_at_target: Option<usize>,
}

/// The batch's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// Per area.
    pub areas: Areas,
    /// Totals per projected year.
    pub years: Vec<YearTotal>,
    /// Workers in the base year, all areas.
    pub base_workers: i64,
    /// Participants in the base year, all areas (each capped at its workers).
    pub base_covered: i64,
    /// The year the per-area "final" figures are for.
    pub report_year: i32,
    /// The template's target, basis points.
    pub target_bp: Option<i64>,
    /// Parameters applied.
    pub applied: Vec<Applied>,
    /// Warnings (each once; areas with more participants than workers are counted).
    pub warnings: Vec<Warning>,
}

/// A batch being read: [`Job::new`] reads the header, [`Job::step`] the rows, [`Job::finish`]
/// gives the result or the errors.
#[derive(Debug)]
pub struct Job {
    text: String,
    sep: char,
    pos: usize,
    line: usize,
    header: Vec<String>,
    cols: Vec<Option<Col>>,
    targets: usize,
    template: Scenario,
    cache: PremiumCache,
    notes: Notes,
    targets_buf: Vec<i64>,
    out: Batch,
    capped: Vec<usize>,
    errors: Vec<LineError>,
    error_count: usize,
    done: bool,
}

impl Job {
    /// Reads the header of `text` for areas projected like `template` (its settings, target and
    /// its first group's package, months, share and source; its workforce and groups' sizes are
    /// replaced by each area's).
    ///
    /// # Errors
    /// The header's problems (unknown or missing columns, empty or too large file).
    pub fn new(text: String, template: Scenario) -> Result<Job, Vec<LineError>> {
        if text.len() > MAX_BATCH_BYTES {
            return Err(vec![line_error(1, None, "too_large", "berkas lebih dari 64 MB.", "the file is larger than 64 MB.")]);
        }
        if template.groups.is_empty() {
            return Err(vec![line_error(1, None, "no_package", "paket iuran belum dipilih.", "no package chosen.")]);
        }
        let mut text = text;
        if text.starts_with('\u{feff}') {
            text = strip_bom(&text).to_string();
        }
        let sep = separator(&text);
        let mut records = Records::new(&text, sep);
        let (header_line, header) = match records.next() {
            None => return Err(vec![line_error(1, None, "empty", "berkas kosong.", "the file is empty.")]),
            Some(Err(line)) => return Err(vec![unclosed(line)]),
            Some(Ok(h)) => h,
        };
        let (pos, line) = (records.position(), records.line());
        let header: Vec<String> = header.into_iter().map(std::borrow::Cow::into_owned).collect();
        let mut targets = 0;
        let cols: Vec<Option<Col>> = header.iter().map(|h| column(h, &mut targets)).collect();
        let mut errors = Vec::new();
        for (h, c) in header.iter().zip(&cols) {
            if c.is_none() {
                errors.push(line_error(header_line, Some(h.trim()), "unknown_column", "kolom tidak dikenal.", "unknown column."));
            }
        }
        let has = |c: Col| cols.contains(&Some(c));
        if !has(Col::Name) || !has(Col::Workforce) || !(has(Col::Covered) || has(Col::Formal) || has(Col::Informal)) {
            errors.push(line_error(
                header_line,
                None,
                "missing_columns",
                "baris pertama harus menamai kolom, sedikitnya \"nama\", \"pekerja\" dan \"peserta\" (atau \"peserta_formal\" dan \"peserta_informal\").",
                "the first line must name the columns, at least \"name\", \"workers\" and \"participants\" (or \"formal\" and \"informal\").",
            ));
        }
        if targets > MAX_TARGET_COLUMNS {
            errors.push(line_error(
                header_line,
                None,
                "too_many_groups",
                &format!("paling banyak {MAX_TARGET_COLUMNS} kolom sasaran."),
                &format!("at most {MAX_TARGET_COLUMNS} target columns."),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let report_year = template
            .target
            .map(|t| t.year)
            .filter(|y| *y > template.base_year && *y <= template.base_year + template.settings.years)
            .unwrap_or(template.base_year + template.settings.years);
        let out = Batch {
            areas: Areas::default(),
            years: Vec::new(),
            base_workers: 0,
            base_covered: 0,
            report_year,
            target_bp: template.target.map(|t| t.bp),
            applied: Vec::new(),
            warnings: Vec::new(),
        };
        Ok(Job {
            text,
            sep,
            pos,
            line,
            header,
            cols,
            targets,
            template,
            cache: PremiumCache::default(),
            notes: Notes::default(),
            targets_buf: Vec::new(),
            out,
            capped: Vec::new(),
            errors: Vec::new(),
            error_count: 0,
            done: false,
        })
    }

    /// Reads, checks and projects up to `rows` more areas; returns the fraction of the file read
    /// (1.0 when done).
    pub fn step(&mut self, rows: usize) -> f64 {
        if self.done {
            return 1.0;
        }
        let text = std::mem::take(&mut self.text);
        let mut records = Records::resume(&text, self.sep, self.pos, self.line);
        for _ in 0..rows.max(1) {
            match records.next() {
                None => {
                    self.done = true;
                    break;
                }
                Some(Err(line)) => {
                    self.error(unclosed(line));
                    self.done = true;
                    break;
                }
                Some(Ok((line, fields))) => self.row(line, &fields),
            }
        }
        self.pos = records.position();
        self.line = records.line();
        self.text = text;
        if self.done || self.text.is_empty() {
            self.done = true;
            1.0
        } else {
            self.pos as f64 / self.text.len() as f64
        }
    }

    /// The template's base year.
    pub fn base_year(&self) -> i32 {
        self.template.base_year
    }

    /// The template's funding source (every area's program is paid from it).
    pub fn source(&self) -> super::scenario::FundingSource {
        self.template.groups.first().map_or(super::scenario::FundingSource::ApbdRegency, |g| g.source)
    }

    /// True when every row has been read.
    pub fn is_done(&self) -> bool {
        self.done
    }

    fn error(&mut self, e: LineError) {
        self.error_count += 1;
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(e);
        }
    }

    fn row(&mut self, line: usize, fields: &[std::borrow::Cow<'_, str>]) {
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
            self.error(line_error(line, None, "too_many_fields", "lebih banyak isian daripada kolom.", "more fields than columns."));
            return;
        }
        let mut code = String::new();
        let mut name = String::new();
        let mut parent = String::new();
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
                Some(Col::Code) => code = one_line(v),
                Some(Col::Name) => name = one_line(v),
                Some(Col::Parent) if !v.is_empty() => {
                    if !parent.is_empty() {
                        parent.push_str(", ");
                    }
                    parent.push_str(&one_line(v));
                }
                Some(Col::Workforce) => workers = number(1),
                Some(Col::Covered) if !v.is_empty() => total = number(0),
                Some(Col::Formal) if !v.is_empty() => formal = number(0),
                Some(Col::Informal) if !v.is_empty() => informal = number(0),
                Some(Col::Target(i)) if !v.is_empty() => match number(0) {
                    Some(n) => targets[*i] = n,
                    None => ok = false,
                },
                _ => {}
            }
        }
        if name.is_empty() {
            problems.push(line_error(line, None, "required", "nama wilayah wajib diisi.", "the area's name is required."));
        }
        if formal.is_none() && informal.is_none() && total.is_none() && problems.is_empty() {
            problems.push(line_error(line, None, "required", "jumlah peserta wajib diisi.", "the number of participants is required."));
        }
        ok &= problems.is_empty();
        for p in problems {
            self.error(p);
        }
        let Some(workers) = workers.filter(|_| ok && self.error_count == 0) else {
            self.targets_buf = targets;
            return; // all or nothing: once anything is wrong, only check the rest
        };
        let (formal, informal) = match (formal, informal) {
            (None, None) => (total.unwrap_or(0), 0),
            (f, i) => (f.unwrap_or(0), i.unwrap_or(0)),
        };
        let result = self.project_area(line, code, name, parent, workers, formal, informal, &targets);
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

    #[allow(clippy::too_many_arguments)]
    fn project_area(
        &mut self,
        line: usize,
        code: String,
        name: String,
        parent: String,
        workers: i64,
        formal: i64,
        informal: i64,
        targets: &[i64],
    ) -> Result<(), Overflow> {
        let t = &self.template;
        let g = &t.groups[0];
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
                share_bp: g.share_bp,
                source: g.source,
                start_year: g.start_year,
            })
            .collect();
        let s = Scenario {
            name: String::new(),
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
        self.add(line, code, name, parent, workers, &p)
    }

    fn add(&mut self, line: usize, code: String, name: String, parent: String, workers: i64, p: &Projection) -> Result<(), Overflow> {
        let report = p.years.iter().find(|y| y.year == self.out.report_year).or(p.years.last());
        let gap = report.and_then(|y| y.gap).unwrap_or(0);
        let gap_cost = match report {
            Some(y) if gap > 0 => {
                let template = &self.template.groups[0];
                let (_, funder, _) = super::project::group_year_cost(
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
        a.code.push(code);
        a.name.push(name);
        a.parent.push(parent);
        a.workers.push(workers);
        let base_covered = p.base_covered.min(workers);
        a.covered.push(base_covered);
        a.base_bp.push(p.base_coverage_bp.unwrap_or(0));
        a.subsidised.push(p.years.first().map_or(0, |y| y.subsidised));
        a.final_bp.push(report.and_then(|y| y.coverage_bp).unwrap_or(0));
        a.gap.push(gap);
        a.gap_cost.push(gap_cost);
        a.first_budget.push(p.years.first().map_or(0, |y| y.budget.get()));
        a.total_budget.push(p.years.last().map_or(0, |y| y.cumulative.get()));
        self.out.base_workers = self.out.base_workers.checked_add(workers).ok_or(Overflow)?;
        self.out.base_covered = self.out.base_covered.checked_add(base_covered).ok_or(Overflow)?;
        if self.out.years.is_empty() {
            self.out.years = p
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
        for (t, y) in self.out.years.iter_mut().zip(&p.years) {
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

    /// Reads whatever is left and gives the result, or every error (the first [`MAX_ERRORS`] in
    /// full) with their count.
    ///
    /// # Errors
    /// The rows' problems and how many there were in all.
    pub fn finish(mut self) -> Result<Batch, (Vec<LineError>, usize)> {
        while !self.done {
            self.step(usize::MAX);
        }
        if self.out.areas.line.is_empty() && self.error_count == 0 {
            self.error(line_error(2, None, "no_areas", "tidak ada baris wilayah.", "there are no area rows."));
        }
        if self.error_count > 0 {
            return Err((self.errors, self.error_count));
        }
        for y in &mut self.out.years {
            y.coverage_bp = ratio_bp(y.covered, y.workers);
        }
        self.out.applied = std::mem::take(&mut self.notes.applied);
        // Capped areas are counted below, with their lines, instead of one area's sentence.
        self.out.warnings = std::mem::take(&mut self.notes.warnings);
        self.out.warnings.retain(|w| w.code != "coverage_capped");
        if !self.capped.is_empty() {
            let lines: Vec<String> = self.capped.iter().take(5).map(ToString::to_string).collect();
            let more = if self.capped.len() > 5 { ", …" } else { "" };
            self.out.warnings.push(Warning::new(
                "coverage_capped",
                format!(
                    "Di {} wilayah peserta melebihi pekerja dan dibatasi 100% (baris {}{more}).",
                    crate::fmt::group(self.capped.len() as i64, crate::fmt::Lang::Id),
                    lines.join(", ")
                ),
                format!(
                    "In {} areas participants exceed workers and are capped at 100% (lines {}{more}).",
                    crate::fmt::group(self.capped.len() as i64, crate::fmt::Lang::En),
                    lines.join(", ")
                ),
            ));
        }
        Ok(self.out)
    }
}

fn unclosed(line: usize) -> LineError {
    line_error(line, None, "unclosed_quote", "tanda kutip tidak ditutup.", "a quote is never closed.")
}

/// A name on one line: control characters (a quoted field may hold line breaks) become spaces.
fn one_line(v: &str) -> String {
    // Controls are below 0x20, 0x7f, or (U+0080–U+009F) start with 0xc2 in UTF-8.
    if !v.bytes().any(|b| b < 0x20 || b == 0x7f || b == 0xc2) {
        return v.to_string();
    }
    v.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// UCJ of all areas in the base year, basis points.
pub fn base_coverage_bp(b: &Batch) -> Option<i64> {
    ratio_bp(b.base_covered, b.base_workers)
}
