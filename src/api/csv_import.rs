//! Target groups from a spreadsheet: CSV text in, validated groups (or line-level errors) out.
//!
//! Accepts what Excel and LibreOffice write in Indonesian and English settings: a UTF-8 BOM or
//! none, `;`, tab or `,` between fields (detected from the header line), quoted fields with `""`
//! for a quote, CRLF or LF line ends, blank lines. The first line names the columns, in
//! Indonesian or English, in any order; only the name and the number of workers are required:
//!
//! | column | also accepted | meaning |
//! |---|---|---|
//! | `nama` | `name`, `kelompok`, `group` | group name |
//! | `pekerja` | `workers`, `jumlah` | workers in the group |
//! | `terlindungi` | `covered` | already covered |
//! | `bulan` | `months` | months paid per year |
//! | `paket` | `package` | `bpuBasic` / `dasar`, `bpuJht` / `jht`, `puWage` / `upah` |
//! | `penghasilan` | `income`, `upah` | declared income or wage basis |
//! | `porsi` | `share`, `governmentShare` | % paid by the source |
//! | `sumber` | `source` | funding source (`apbdRegency`, `APBD kabupaten/kota`, `APBN`, `Dana Desa`, …) |
//! | `jenis` | `workerType` | `transport` / `transportasi` / `ojek`, or `other` |
//! | `mulai` | `startYear`, `start` | first year paid |
//! | `bulan_mulai` | `startMonth`, `mulai_bulan` | first month paid, 1–12: then `bulan` counts months in all, up to 60 |
//! | `desa` | `villages` | per-village mode: villages… |
//! | `per_desa` | `workersPerVillage` | …and workers in each |
//!
//! All or nothing: with any error no group is imported, and every error names its line and column.

use super::plan::{group_errors, GroupRequest, PackageKind, MAX_GROUPS};
use super::NumInput;
use crate::plan::scenario::FundingSource;
use crate::rules::WorkerType;
use serde::{Deserialize, Serialize};

/// Largest CSV accepted, in bytes.
pub const MAX_CSV_BYTES: usize = 1_000_000;

pub use crate::csv::LineError;
use crate::csv::{key, line_error, separator, strip_bom, Records};

/// Response of `importGroupsCsv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupsImport {
    /// True when every line is valid.
    pub ok: bool,
    /// The groups, as the scenario holds them (empty when there are errors).
    pub groups: Vec<GroupRequest>,
    /// Problems, by line.
    pub errors: Vec<LineError>,
}

#[derive(Clone, Copy, PartialEq)]
enum Col {
    Name,
    Workers,
    Covered,
    Months,
    Package,
    Income,
    Share,
    Source,
    WorkerType,
    Start,
    StartMonth,
    Villages,
    PerVillage,
}

fn column(header: &str) -> Option<Col> {
    Some(match key(header).as_str() {
        "nama" | "name" | "kelompok" | "group" | "namakelompok" => Col::Name,
        "pekerja" | "workers" | "jumlah" | "jumlahpekerja" => Col::Workers,
        "terlindungi" | "covered" | "sudahterlindungi" => Col::Covered,
        "bulan" | "months" => Col::Months,
        "paket" | "package" => Col::Package,
        "penghasilan" | "income" | "upah" | "dasarupah" => Col::Income,
        "porsi" | "share" | "governmentshare" => Col::Share,
        "sumber" | "source" | "sumberdana" => Col::Source,
        "jenis" | "workertype" | "jenispekerjaan" => Col::WorkerType,
        "mulai" | "startyear" | "start" | "tahunmulai" => Col::Start,
        "bulanmulai" | "startmonth" | "mulaibulan" => Col::StartMonth,
        "desa" | "villages" | "jumlahdesa" => Col::Villages,
        "perdesa" | "workerspervillage" | "pekerjaperdesa" => Col::PerVillage,
        _ => return None,
    })
}

fn source(v: &str) -> Option<FundingSource> {
    let k = key(v);
    if let Some(s) = FundingSource::ALL.into_iter().find(|s| key(s.id()) == k) {
        return Some(s);
    }
    Some(match k.as_str() {
        "apbdkabupatenkota" | "apbdkabupaten" | "apbdkota" | "apbdkabkota" | "apbd" => FundingSource::ApbdRegency,
        "apbdprovinsi" | "apbdprov" => FundingSource::ApbdProvince,
        "danadesa" | "dd" | "apbdesdanadesa" => FundingSource::Apbdes,
        "danaotsus" | "otonomikhusus" => FundingSource::Otsus,
        "baznas" | "zakatbaznas" => FundingSource::Zakat,
        "lainnya" | "lain" => FundingSource::Other,
        _ => return None,
    })
}

fn package(v: &str) -> Option<PackageKind> {
    let k = key(v);
    Some(match k.as_str() {
        "bpubasic" | "dasar" | "bpudasar" | "jkkjkm" => PackageKind::BpuBasic,
        "bpujht" | "jht" | "bpuplusjht" => PackageKind::BpuJht,
        "puwage" | "upah" | "penerimaupah" | "nonasn" | "honorer" => PackageKind::PuWage,
        _ => return None,
    })
}

fn worker_type(v: &str) -> Option<WorkerType> {
    let k = key(v);
    Some(match k.as_str() {
        "transport" | "transportasi" | "ojek" | "pengemudi" | "kurir" | "driver" => WorkerType::Transport,
        "other" | "lainnya" | "lain" | "" => WorkerType::Other,
        _ => return None,
    })
}

/// Reads target groups from CSV text (see the module docs for the columns).
///
/// # Errors
/// None thrown: problems come back in `errors`, each with its line.
pub fn import_groups_csv(text: &str, base_year: Option<i64>) -> GroupsImport {
    let fail = |errors| GroupsImport { ok: false, groups: Vec::new(), errors };
    if text.len() > MAX_CSV_BYTES {
        return fail(vec![line_error(
            1,
            None,
            "too_large",
            "berkas lebih dari 1 MB.",
            "the file is larger than 1 MB.",
        )]);
    }
    let text = strip_bom(text);
    let rows: Result<Vec<_>, usize> = Records::new(text, separator(text)).collect();
    let rows = match rows {
        Ok(r) => r,
        Err(line) => {
            return fail(vec![line_error(
                line,
                None,
                "unclosed_quote",
                "tanda kutip tidak ditutup.",
                "a quote is never closed.",
            )])
        }
    };
    let Some((header_no, header)) = rows.first() else {
        return fail(vec![line_error(1, None, "empty", "berkas kosong.", "the file is empty.")]);
    };
    let mut errors = Vec::new();
    let cols: Vec<Option<Col>> = header.iter().map(|h| column(h)).collect();
    for (h, c) in header.iter().zip(&cols) {
        if c.is_none() {
            errors.push(line_error(
                *header_no,
                Some(h.trim()),
                "unknown_column",
                "kolom tidak dikenal.",
                "unknown column.",
            ));
        }
    }
    if !cols.contains(&Some(Col::Name)) || !(cols.contains(&Some(Col::Workers)) || cols.contains(&Some(Col::Villages)))
    {
        errors.push(line_error(
            *header_no,
            None,
            "missing_columns",
            "baris pertama harus menamai kolom, sedikitnya \"nama\" dan \"pekerja\".",
            "the first line must name the columns, at least \"name\" and \"workers\".",
        ));
    }
    if let Some((line, _)) = rows.get(MAX_GROUPS + 1) {
        errors.push(line_error(
            *line,
            None,
            "too_many_groups",
            &format!("paling banyak {MAX_GROUPS} kelompok."),
            &format!("at most {MAX_GROUPS} groups."),
        ));
    }
    if !errors.is_empty() {
        return fail(errors);
    }
    let mut groups = Vec::with_capacity(rows.len() - 1);
    for (line, fields) in rows.iter().skip(1) {
        if fields.len() > header.len() {
            errors.push(line_error(
                *line,
                None,
                "too_many_fields",
                "lebih banyak isian daripada kolom.",
                "more fields than columns.",
            ));
            continue;
        }
        let mut g = GroupRequest::default();
        let text_of = |v: &str| Some(NumInput::Text(v.trim().to_string()));
        for ((value, col), name) in fields.iter().zip(&cols).zip(header) {
            let v = value.trim();
            let bad = |what_id: &str, what_en: &str| {
                line_error(
                    *line,
                    Some(name.trim()),
                    "bad_value",
                    &format!("{what_id} \"{v}\" tidak dikenal."),
                    &format!("{what_en} \"{v}\" is not known."),
                )
            };
            match col {
                Some(Col::Name) => g.name = Some(v.to_string()),
                Some(Col::Workers) => g.workers = text_of(v),
                Some(Col::Covered) => g.covered = text_of(v),
                Some(Col::Months) => g.months = text_of(v),
                Some(Col::Income) => g.income = text_of(v),
                Some(Col::Share) => g.government_share = text_of(v),
                Some(Col::Start) => g.start_year = text_of(v),
                Some(Col::StartMonth) if !v.is_empty() => g.start_month = text_of(v),
                Some(Col::Villages) => g.villages = text_of(v),
                Some(Col::PerVillage) => g.workers_per_village = text_of(v),
                Some(Col::Package) if !v.is_empty() => match package(v) {
                    Some(p) => g.package = Some(p),
                    None => errors.push(bad("Paket", "Package")),
                },
                Some(Col::Source) if !v.is_empty() => match source(v) {
                    Some(s) => g.source = Some(s),
                    None => errors.push(bad("Sumber dana", "Funding source")),
                },
                Some(Col::WorkerType) => match worker_type(v) {
                    Some(t) => g.worker_type = Some(t),
                    None => errors.push(bad("Jenis pekerjaan", "Kind of work")),
                },
                _ => {}
            }
        }
        // The same validation a scenario gets, with errors moved to this line and column.
        for e in group_errors(&g, base_year) {
            let key = e.field.rsplit('.').next().unwrap_or("").to_string();
            let col_name = header
                .iter()
                .zip(&cols)
                .find(|(_, c)| c.map(|c| field_of(c) == key).unwrap_or(false))
                .map(|(h, _)| h.trim().to_string());
            errors.push(line_error(*line, col_name.as_deref(), e.code, &e.message_id, &e.message_en));
        }
        groups.push(g);
    }
    if errors.is_empty() {
        GroupsImport { ok: true, groups, errors }
    } else {
        fail(errors)
    }
}

fn field_of(c: Col) -> &'static str {
    match c {
        Col::Name => "name",
        Col::Workers => "workers",
        Col::Covered => "covered",
        Col::Months => "months",
        Col::Package => "package",
        Col::Income => "income",
        Col::Share => "governmentShare",
        Col::Source => "source",
        Col::WorkerType => "workerType",
        Col::Start => "startYear",
        Col::StartMonth => "startMonth",
        Col::Villages => "villages",
        Col::PerVillage => "workersPerVillage",
    }
}

/// Request of `importGroupsCsv`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct ImportGroupsRequest {
    /// The CSV text.
    pub text: String,
    /// The scenario's base year, to check start years (optional).
    pub base_year: Option<NumInput>,
}

/// Target groups from CSV text; see [`import_groups_csv`].
pub fn import_groups(req: &ImportGroupsRequest) -> GroupsImport {
    let base = match &req.base_year {
        Some(NumInput::Text(t)) => crate::parse::parse_whole(t).ok(),
        Some(NumInput::Number(n)) if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e6 => Some(*n as i64),
        _ => None,
    };
    import_groups_csv(&req.text, base)
}
