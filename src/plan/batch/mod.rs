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
//! | `provinsi`, `kabupaten`, `kecamatan` | `province`, `regency` (`kota`), `district` | where the area lies, optional, kept apart (subtotals per district, regency and province) |
//! | `induk` | `parent` | where the area lies, free text (no subtotal), optional |
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

use super::project::{ratio_bp, Notes, PremiumCache};
use super::scenario::{FundingSource, Scenario};
use row::{column, Col};

mod areas;
mod row;
mod snapshot;
mod subtotal;
mod totals;
mod text;
pub use areas::{AreaRow, Areas, Texts};
pub use text::binary_head;
pub use snapshot::snapshot;
pub use subtotal::{Level as SubtotalLevel, Subtotals};
pub use totals::{Totals, YearTotal};

use crate::csv::{line_error, separator, LineError, Records};
use text::not_text;
use crate::regions::CodeBook;
use crate::rules::Warning;
use std::rc::Rc;

/// Largest file read, in bytes (84,000 villages take about 6 MB).
pub const MAX_BATCH_BYTES: usize = 64 * 1024 * 1024;
/// Most areas in one file.
pub const MAX_AREAS: usize = 200_000;
/// Errors listed in full (all are counted).
pub const MAX_ERRORS: usize = 50;
/// Most target-group columns.
pub const MAX_TARGET_COLUMNS: usize = 20;

/// The batch's result: per-area columns, subtotals and the totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// Per area.
    pub areas: Areas,
    /// Per district, regency and province.
    pub subtotals: Subtotals,
    /// All areas together.
    pub totals: Totals,
    /// The target columns' names as the file's header gives them.
    pub target_names: Vec<String>,
    /// Rows left out (with [`Job::skip_bad_rows`]): their problems, the first [`MAX_ERRORS`].
    pub skipped: Vec<LineError>,
    /// How many rows were left out.
    pub skipped_rows: usize,
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
    codes: Codes,
    /// Leave bad rows out (listed) instead of refusing the file.
    skip: bool,
    /// Areas whose target groups are larger than their uncovered workers: (line, targets,
    /// uncovered), the first few; and how many.
    over: Vec<(usize, i64, i64)>,
    over_count: usize,
}

/// Checking codes against the Kemendagri list, and what the check found.
#[derive(Debug, Default)]
struct Codes {
    /// The list, when the page could load it.
    book: Option<Rc<CodeBook>>,
    /// The page could not load it: codes are counted as unchecked.
    missing: bool,
    /// The code column's header, for line errors.
    head: String,
    /// Areas whose name differs from the list's: (line, the file's, the list's), the first few.
    renamed: Vec<(usize, String, String)>,
    renamed_count: usize,
    /// Areas whose name was filled from the code.
    filled: usize,
    /// Areas whose code could not be checked.
    unchecked: usize,
    /// The code column.
    at: Option<usize>,
    /// Provinces whose villages are on their way to the book (bit `n` for province `n`): a row
    /// of one waits for them (see [`Job::expect_provinces`]).
    pending: u128,
    /// The last step stopped before such a row.
    waiting: bool,
}

impl Job {
    /// Reads the header of `text` for areas projected like `template` (its settings, target and
    /// its first group's package, months, share and source; its workforce and groups' sizes are
    /// replaced by each area's).
    ///
    /// # Errors
    /// The header's problems (unknown or missing columns, empty or too large file).
    pub fn new(text: String, template: Scenario) -> Result<Job, Vec<LineError>> {
        if let Some(problem) = not_text(&text) {
            return Err(vec![problem]); // before its size: a large workbook is no CSV first
        }
        if text.len() > MAX_BATCH_BYTES {
            return Err(vec![line_error(1, None, "too_large", "berkas lebih dari 64 MB.", "the file is larger than 64 MB.")]);
        }
        if template.groups.is_empty() {
            return Err(vec![line_error(1, None, "no_package", "paket iuran belum dipilih.", "no package chosen.")]);
        }
        let mut text = text;
        if text.starts_with('\u{feff}') {
            // In place: Excel's "CSV UTF-8" and the page's templates start with one, and a copy of
            // a national file would stay in the wasm memory, which never shrinks.
            text.drain(..'\u{feff}'.len_utf8());
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
        let source = template.groups.first().map_or(FundingSource::ApbdRegency, |g| g.source);
        let code_at = cols.iter().position(|c| *c == Some(Col::Code));
        let code_head = header.iter().zip(&cols).find(|(_, c)| **c == Some(Col::Code)).map(|(h, _)| h.trim().to_string()).unwrap_or_default();
        let target_names = header
            .iter()
            .zip(&cols)
            .filter(|(_, c)| matches!(c, Some(Col::Target(_))))
            .map(|(h, _)| h.trim().to_string())
            .collect();
        let out = Batch {
            areas: Areas { target_columns: targets, ..Areas::default() },
            subtotals: Subtotals::default(),
            target_names,
            skipped: Vec::new(),
            skipped_rows: 0,
            totals: Totals {
                years: Vec::new(),
                base_workers: 0,
                base_covered: 0,
                base_year: template.base_year,
                report_year,
                target_bp: template.target.map(|t| t.bp),
                source,
                settings: template.settings,
                applied: Vec::new(),
                warnings: Vec::new(),
            },
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
            codes: Codes { head: code_head, at: code_at, ..Codes::default() },
            skip: false,
            over: Vec::new(),
            over_count: 0,
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
        self.codes.waiting = false;
        let mut back = None;
        for _ in 0..rows.max(1) {
            let before = (records.position(), records.line());
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
                Some(Ok((line, fields))) => {
                    if self.codes.pending != 0 && self.codes.waits_for(&fields) {
                        // Read again once its province's villages are in.
                        self.codes.waiting = true;
                        back = Some(before);
                        break;
                    }
                    self.row(line, &fields);
                }
            }
        }
        (self.pos, self.line) = back.unwrap_or((records.position(), records.line()));
        self.text = text;
        if self.done || self.text.is_empty() {
            self.done = true;
            1.0
        } else {
            self.pos as f64 / self.text.len() as f64
        }
    }

    /// Leaves rows with problems out and lists them (the first [`MAX_ERRORS`] problems, every row
    /// counted), instead of refusing the whole file. Problems of the file as a whole (its header,
    /// an unclosed quote, too many areas, numbers too large to add up) still refuse it.
    pub fn skip_bad_rows(&mut self) {
        self.skip = true;
    }

    /// The provinces (two-digit codes) the rows still to read have codes in, so that the page can
    /// fetch their villages from the Kemendagri list (rows of a province still coming wait for
    /// it; the others are read meanwhile). Empty without a code column.
    pub fn provinces(&self) -> Vec<String> {
        let Some(at) = self.cols.iter().position(|c| *c == Some(Col::Code)) else { return Vec::new() };
        let mut seen = [false; 100];
        let mut mark = |f: &str| {
            if let [a, b, ..] = f.trim_start_matches([' ', '"']).as_bytes() {
                if a.is_ascii_digit() && b.is_ascii_digit() {
                    if let Some(s) = seen.get_mut(usize::from((a - b'0') * 10 + (b - b'0'))) {
                        *s = true;
                    }
                }
            }
        };
        let rest = self.text.get(self.pos..).unwrap_or("");
        if at == 0 {
            // The code first (as in the templates): every record starts a line, so the lines'
            // first two bytes name every province (and perhaps, inside a quoted field that spans
            // lines, one more: loaded for nothing, never one missed).
            for line in rest.split('\n') {
                mark(line);
            }
        } else {
            let mut records = Records::resume(&self.text, self.sep, self.pos, self.line);
            while let Some(Ok((_, fields))) = records.next() {
                if let Some(f) = fields.get(at) {
                    mark(f);
                }
            }
        }
        seen.iter().enumerate().filter(|(_, s)| **s).map(|(i, _)| format!("{i:02}")).collect()
    }

    /// Checks every code against the Kemendagri list from now on: an unknown code is a line
    /// error, a missing name is filled from it (and so are an empty province, regency and
    /// district), a name that differs from the list's is kept and counted in a warning. Codes of
    /// a province whose villages the book lacks are counted as unchecked.
    pub fn use_codes(&mut self, book: Rc<CodeBook>) {
        self.codes.book = Some(book);
        self.codes.missing = false;
    }

    /// The villages of these provinces (two-digit codes) are on their way to the book given to
    /// [`Job::use_codes`]: a step stops before a row whose code lies in one of them, until the
    /// book has it or [`Job::province_settled`] says it will not come, so that the page can read
    /// and project the other provinces' rows while the list's files arrive.
    pub fn expect_provinces(&mut self, provinces: &[String]) {
        for p in provinces {
            if let Some(n) = province_slot(p) {
                self.codes.pending |= 1 << n;
            }
        }
    }

    /// An expected province's file is in the book, or could not be had (its codes are then
    /// counted as unchecked): its rows no longer wait.
    pub fn province_settled(&mut self, province: &str) {
        if let Some(n) = province_slot(province) {
            self.codes.pending &= !(1 << n);
        }
    }

    /// True when the last step stopped before a row whose province's villages are still to come
    /// (see [`Job::expect_provinces`]).
    pub fn is_waiting(&self) -> bool {
        self.codes.waiting
    }

    /// The page could not load the list: codes are not checked, and a warning says so.
    pub fn codes_unavailable(&mut self) {
        self.codes.book = None;
        self.codes.missing = true;
    }

    /// True when every row has been read.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// A row's problems: the file refused, or (skipping bad rows) the row left out and listed.
    fn bad_row(&mut self, problems: Vec<LineError>) {
        if problems.is_empty() {
            return;
        }
        if self.skip {
            self.out.skipped_rows += 1;
            for p in problems {
                if self.out.skipped.len() < MAX_ERRORS {
                    self.out.skipped.push(p);
                }
            }
        } else {
            for p in problems {
                self.error(p);
            }
        }
    }

    fn error(&mut self, e: LineError) {
        self.error_count += 1;
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(e);
        }
    }

    /// Reads whatever is left and gives the result, or every error (the first [`MAX_ERRORS`] in
    /// full) with their count.
    ///
    /// # Errors
    /// The rows' problems and how many there were in all.
    pub fn finish(mut self) -> Result<Batch, (Vec<LineError>, usize)> {
        // Whatever is still expected will not come now: those codes count as unchecked.
        self.codes.pending = 0;
        while !self.done {
            self.step(usize::MAX);
        }
        if self.out.areas.line.is_empty() && self.error_count == 0 {
            if self.out.skipped_rows > 0 {
                let (n, list) = (self.out.skipped_rows, std::mem::take(&mut self.out.skipped));
                self.error(line_error(1, None, "no_good_rows", "tidak ada baris yang baik: semua baris wilayah bermasalah.", "no good rows: every area row has problems."));
                self.errors.extend(list);
                self.error_count += n;
            } else {
                self.error(line_error(2, None, "no_areas", "tidak ada baris wilayah.", "there are no area rows."));
            }
        }
        if self.error_count > 0 {
            return Err((self.errors, self.error_count));
        }
        for y in &mut self.out.totals.years {
            y.coverage_bp = ratio_bp(y.covered, y.workers);
        }
        self.out.subtotals = Subtotals::of(&self.out.areas);
        self.out.totals.applied = std::mem::take(&mut self.notes.applied);
        // Capped areas are counted below, with their lines, instead of one area's sentence.
        self.out.totals.warnings = std::mem::take(&mut self.notes.warnings);
        self.out.totals.warnings.retain(|w| w.code != "coverage_capped");
        self.code_warnings();
        if self.over_count > 0 {
            let more = if self.over_count > self.over.len() { "; …" } else { "" };
            let list = |a: &str, b: &str, lang| {
                let g = |v: i64| crate::fmt::group(v, lang);
                self.over.iter().map(|(l, t, u)| format!("{l}: {a} {}, {b} {}", g(*t), g(*u))).collect::<Vec<_>>().join("; ")
            };
            let (id, en) = (crate::fmt::Lang::Id, crate::fmt::Lang::En);
            self.out.totals.warnings.push(Warning::new(
                "targets_over_uncovered",
                format!(
                    "Di {} wilayah sasaran lebih besar dari pekerja yang belum terlindungi (baris {}{more}); periksa apakah sasaran sudah terhitung sebagai peserta aktif.",
                    crate::fmt::group(self.over_count as i64, id),
                    list("sasaran", "belum terlindungi", id)
                ),
                format!(
                    "In {} areas the target groups are larger than the uncovered workers (line {}{more}); check whether the targets are already counted as active participants.",
                    crate::fmt::group(self.over_count as i64, en),
                    list("targets", "uncovered", en)
                ),
            ));
        }
        if !self.capped.is_empty() {
            let lines: Vec<String> = self.capped.iter().take(5).map(ToString::to_string).collect();
            let more = if self.capped.len() > 5 { ", …" } else { "" };
            self.out.totals.warnings.push(Warning::new(
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

impl Job {
    fn code_warnings(&mut self) {
        let c = &self.codes;
        let n = |v: usize, lang| crate::fmt::group(v as i64, lang);
        let (id, en) = (crate::fmt::Lang::Id, crate::fmt::Lang::En);
        let mut w = Vec::new();
        if c.renamed_count > 0 {
            let more = if c.renamed_count > c.renamed.len() { "; …" } else { "" };
            let list = |list: &str| c.renamed.iter().map(|(l, f, o)| format!("{l}: “{f}”, {list}: “{o}”")).collect::<Vec<_>>().join("; ");
            w.push(Warning::new(
                "name_differs",
                format!("Di {} wilayah nama dalam berkas berbeda dari daftar Kemendagri untuk kodenya; nama dalam berkas dipakai (baris {}{more}).", n(c.renamed_count, id), list("daftar")),
                format!("In {} areas the file's name differs from the Kemendagri list's for its code; the file's name is used (line {}{more}).", n(c.renamed_count, en), list("list")),
            ));
        }
        if c.filled > 0 {
            w.push(Warning::new(
                "name_filled",
                format!("Nama {} wilayah diisi dari kodenya menurut daftar Kemendagri.", n(c.filled, id)),
                format!("The names of {} areas were filled from their codes by the Kemendagri list.", n(c.filled, en)),
            ));
        }
        if c.unchecked > 0 {
            w.push(Warning::new(
                "codes_unchecked",
                format!("Kode {} wilayah tidak diperiksa terhadap daftar Kemendagri: daftarnya tidak dapat dimuat (buka halaman sekali saat daring).", n(c.unchecked, id)),
                format!("The codes of {} areas were not checked against the Kemendagri list: it could not be loaded (open the page once online).", n(c.unchecked, en)),
            ));
        }
        self.out.totals.warnings.extend(w);
    }
}

impl Codes {
    /// Whether a row's code lies in a province whose villages are expected and not yet in.
    fn waits_for(&self, fields: &[std::borrow::Cow<'_, str>]) -> bool {
        let Some(code) = self.at.and_then(|at| fields.get(at)) else { return false };
        let Some(p) = code.trim().get(..2) else { return false };
        let Some(n) = province_slot(p) else { return false };
        self.pending & (1 << n) != 0 && !self.book.as_ref().is_some_and(|b| b.has_province(p))
    }
}

/// A two-digit province code's number (`51` → 51).
fn province_slot(p: &str) -> Option<u32> {
    match p.as_bytes() {
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => Some(u32::from((a - b'0') * 10 + (b - b'0'))),
        _ => None,
    }
}

fn unclosed(line: usize) -> LineError {
    line_error(line, None, "unclosed_quote", "tanda kutip tidak ditutup.", "a quote is never closed.")
}
