//! Validating a scenario request into a domain [`Scenario`]: one field error per problem, with
//! dotted paths (`groups.2.months`), in both languages.

use super::scenario::{CurrentRequest, GroupRequest, ScenarioRequest, SCHEMA_VERSION};
use crate::api::input::{percent_bp, rupiah_in, whole, year, NumInput};
use crate::api::{unknown_fields, FieldError, Unknown};
use crate::money::{Rupiah, MAX_RUPIAH};
use crate::params;
use crate::plan::project;
use crate::plan::scenario::{
    Denominator, FundingSource, Group, Level, Package, PackageKind, Scenario, Settings, Target, VillageSet,
    MAX_GROUPS, MAX_SPAN, MAX_WORKERS,
    MAX_YEARS,
};
use crate::rules::{WorkerType, MAX_MONTHLY};

/// Longest name kept (a region's or a group's).
const MAX_NAME: usize = 120;

pub(crate) fn optional<T>(input: &Option<NumInput>, dflt: T, parse: impl FnOnce(&Option<NumInput>) -> Option<T>) -> Option<T> {
    match input {
        None => Some(dflt),
        Some(NumInput::Text(t)) if t.trim().is_empty() => Some(dflt),
        some => parse(some),
    }
}

pub(crate) fn is_blank(input: &Option<NumInput>) -> bool {
    input.is_none() || matches!(input, Some(NumInput::Text(t)) if t.trim().is_empty())
}

/// Whether `name` is one `clean_name` could have left: no control characters, at most
/// [`MAX_NAME`] characters (what `drawCharts` accepts back from `chartData`).
pub(crate) fn is_clean_name(name: &str) -> bool {
    !name.chars().any(char::is_control) && name.chars().count() <= MAX_NAME
}

pub(crate) fn clean_name(raw: Option<&str>, fallback: String) -> String {
    let name: String = raw.unwrap_or("").chars().filter(|c| !c.is_control()).take(MAX_NAME).collect();
    let name = name.trim().to_string();
    if name.is_empty() {
        fallback
    } else {
        name
    }
}

fn too_many(field: &str, have: i64, max: i64, what_id: &str, what_en: &str) -> FieldError {
    FieldError::new(
        field,
        "exceeds_total",
        format!(
            "{} ({}) melebihi {}.",
            what_id,
            crate::fmt::group(have, crate::fmt::Lang::Id),
            crate::fmt::group(max, crate::fmt::Lang::Id)
        ),
        format!(
            "{} ({}) exceeds {}.",
            what_en,
            crate::fmt::group(have, crate::fmt::Lang::En),
            crate::fmt::group(max, crate::fmt::Lang::En)
        ),
    )
}

/// Validates a scenario request into a [`Scenario`], or the list of what is wrong.
///
/// # Errors
/// Every problem found, one per field, with dotted paths.
pub fn validate(req: &ScenarioRequest) -> Result<Scenario, Vec<FieldError>> {
    let mut e = Vec::new();
    unknown_fields(&req.unknown, &mut e);
    if let Some(v) = req.schema_version.filter(|v| *v != SCHEMA_VERSION) {
        e.push(FieldError::new(
            "schemaVersion",
            "unknown_schema",
            format!("Versi skenario {v} tidak dikenal (yang didukung: {SCHEMA_VERSION}). Perbarui halaman."),
            format!("Unknown scenario version {v} (supported: {SCHEMA_VERSION}). Update the page."),
        ));
    }
    let prefix = |group: &str, u: &Unknown, e: &mut Vec<FieldError>| {
        let mut inner = Vec::new();
        unknown_fields(u, &mut inner);
        e.extend(inner.into_iter().map(|mut x| {
            x.field = format!("{group}.{}", x.field);
            x
        }));
    };
    prefix("region", &req.region.unknown, &mut e);
    prefix("workforce", &req.workforce.unknown, &mut e);
    prefix("current", &req.current.unknown, &mut e);
    prefix("settings", &req.settings.unknown, &mut e);

    let base_year = year("region.baseYear", &req.region.base_year, 2015, 2070, &mut e);
    region_code(req.region.code.as_deref(), &mut e);
    let workforce =
        optional(&req.workforce.total, None, |v| whole("workforce.total", v, 1, MAX_WORKERS, &mut e).map(Some));
    let (formal, informal) = current(&req.current, workforce.flatten(), &mut e);

    let s = &req.settings;
    let years = optional(&s.years, 5, |v| whole("settings.years", v, 1, MAX_YEARS, &mut e));
    let growth = optional(&s.workforce_growth, 0, |v| percent_bp("settings.workforceGrowth", v, -2_000, 2_000, &mut e));
    let lapse = optional(&s.lapse, 2_000, |v| percent_bp("settings.lapse", v, 0, 10_000, &mut e));
    let lapse_low =
        lapse.and_then(|l| optional(&s.lapse_low, l / 2, |v| percent_bp("settings.lapseLow", v, 0, 10_000, &mut e)));
    let lapse_high = lapse.and_then(|l| {
        optional(&s.lapse_high, (l * 3 / 2).min(10_000), |v| percent_bp("settings.lapseHigh", v, 0, 10_000, &mut e))
    });
    if let (Some(lo), Some(c), Some(hi)) = (lapse_low, lapse, lapse_high) {
        if lo > c || c > hi {
            e.push(FieldError::new(
                "settings.lapseLow",
                "band_order",
                "Rentang berhenti harus rendah ≤ tengah ≤ tinggi.",
                "The lapse band must be low ≤ central ≤ high.",
            ));
        }
    }
    let new_enrolment = optional(&s.new_enrolment, 0, |v| whole("settings.newEnrolment", v, 0, MAX_WORKERS, &mut e));
    let apbd_total =
        optional(&s.apbd_total, None, |v| rupiah_in("settings.apbdTotal", v, 1, MAX_RUPIAH, &mut e).map(Some));

    let target = match &req.target {
        None => Some(None),
        Some(t) if is_blank(&t.pct) && is_blank(&t.year) => {
            prefix("target", &t.unknown, &mut e);
            Some(None)
        }
        Some(t) => {
            prefix("target", &t.unknown, &mut e);
            let bp = percent_bp("target.pct", &t.pct, 1, 10_000, &mut e);
            let min_year = base_year.map_or(2016, |b| b + 1);
            let ty = year("target.year", &t.year, min_year, min_year + MAX_YEARS, &mut e);
            bp.zip(ty).map(|(bp, ty)| Some(Target { bp, year: i32::try_from(ty).unwrap_or(i32::MAX) }))
        }
    };

    if req.groups.len() > MAX_GROUPS {
        e.push(FieldError::new(
            "groups",
            "too_many_groups",
            format!("Paling banyak {MAX_GROUPS} kelompok sasaran."),
            format!("At most {MAX_GROUPS} target groups."),
        ));
    }
    let mut groups = Vec::with_capacity(req.groups.len().min(MAX_GROUPS));
    for (i, g) in req.groups.iter().take(MAX_GROUPS).enumerate() {
        if let Some(g) = group(i, g, base_year, &mut e) {
            groups.push(g);
        }
    }

    let (Some(base_year), Some(workforce), Some((formal, informal)), Some(years), Some(growth)) =
        (base_year, workforce, formal.zip(informal), years, growth)
    else {
        return Err(e);
    };
    let (Some(lapse), Some(lo), Some(hi), Some(new_enrolment), Some(apbd_total), Some(target)) =
        (lapse, lapse_low, lapse_high, new_enrolment, apbd_total, target)
    else {
        return Err(e);
    };
    if !e.is_empty() {
        return Err(e);
    }
    Ok(Scenario {
        name: clean_name(req.region.name.as_deref(), "Wilayah".to_string()),
        level: req.region.level.unwrap_or(Level::Regency),
        base_year: i32::try_from(base_year).unwrap_or(2015),
        workforce,
        denominator: req.workforce.denominator.unwrap_or(Denominator::Working),
        formal_covered: formal,
        informal_covered: informal,
        groups,
        target,
        settings: Settings {
            years: i32::try_from(years).unwrap_or(1),
            growth_bp: growth,
            lapse_bp: [lo, lapse, hi],
            new_enrolment,
            apbd_total,
            national_path: req.target.as_ref().is_some_and(|t| t.national == Some(true)),
        },
    })
}

/// A region code, when there is one, must be a dotted Kemendagri code (`51`, `51.04`,
/// `51.04.01`, `51.04.01.2001`); whether the list has it is the picker's to say.
fn region_code(code: Option<&str>, e: &mut Vec<FieldError>) {
    let Some(code) = code.map(str::trim).filter(|c| !c.is_empty()) else { return };
    if crate::regions::code_depth(code).is_none() {
        let shown: String = code.chars().filter(|c| !c.is_control()).take(20).collect();
        e.push(FieldError::new(
            "region.code",
            "bad_region_code",
            format!("Kode wilayah \"{shown}\" bukan kode Kemendagri (mis. 51.04)."),
            format!("Region code \"{shown}\" is not a Kemendagri code (e.g. 51.04)."),
        ));
    }
}

/// Current participants as (formal, informal), each `None` when invalid.
fn current(c: &CurrentRequest, workforce: Option<i64>, e: &mut Vec<FieldError>) -> (Option<i64>, Option<i64>) {
    let (formal, informal) = if !is_blank(&c.formal) || !is_blank(&c.informal) {
        let f = optional(&c.formal, 0, |v| whole("current.formal", v, 0, MAX_WORKERS, e));
        let i = optional(&c.informal, 0, |v| whole("current.informal", v, 0, MAX_WORKERS, e));
        (f, i)
    } else if !is_blank(&c.total) {
        (whole("current.total", &c.total, 0, MAX_WORKERS, e), Some(0))
    } else if !is_blank(&c.coverage_pct) {
        let bp = percent_bp("current.coveragePct", &c.coverage_pct, 0, 10_000, e);
        match (bp, workforce) {
            (Some(bp), Some(w)) => (Some(project::workers_for_bp(bp, w).min(w)), Some(0)),
            (Some(_), None) => {
                e.push(FieldError::new(
                    "workforce.total",
                    "required_for_pct",
                    "Isi jumlah pekerja: cakupan dalam persen perlu jumlah pekerjanya.",
                    "Enter the workforce: a coverage percentage needs its total.",
                ));
                (None, None)
            }
            _ => (None, None),
        }
    } else {
        e.push(FieldError::new(
            "current.total",
            "required",
            "Isi jumlah peserta aktif (atau rincian formal/informal, atau persen cakupan).",
            "Enter the active participants (or the formal/informal split, or the coverage percentage).",
        ));
        (None, None)
    };
    if let (Some(f), Some(i), Some(w)) = (formal, informal, workforce) {
        if f.saturating_add(i) > w {
            e.push(too_many("current.total", f + i, w, "Jumlah peserta", "Participants"));
            return (None, None);
        }
    }
    (formal, informal)
}

/// The problems one group has on its own (paths `groups.0.<field>`), for importers.
pub(crate) fn group_errors(g: &GroupRequest, base_year: Option<i64>) -> Vec<FieldError> {
    let mut e = Vec::new();
    group(0, g, base_year, &mut e);
    e
}

pub(crate) fn group(i: usize, g: &GroupRequest, base_year: Option<i64>, e: &mut Vec<FieldError>) -> Option<Group> {
    let f = |name: &str| format!("groups.{i}.{name}");
    let mut inner = Vec::new();
    unknown_fields(&g.unknown, &mut inner);
    e.extend(inner.into_iter().map(|mut x| {
        x.field = f(&x.field);
        x
    }));
    let workers = if !is_blank(&g.villages) || !is_blank(&g.workers_per_village) {
        let v = whole(&f("villages"), &g.villages, 1, 100_000, e);
        let per = whole(&f("workersPerVillage"), &g.workers_per_village, 1, 100_000, e);
        v.zip(per).map(|(v, p)| v * p)
    } else {
        whole(&f("workers"), &g.workers, 0, MAX_WORKERS, e)
    };
    // A kelurahan has no village budget: village funds cannot pay for it.
    if g.village_set.is_some_and(VillageSet::has_kelurahan) && g.source == Some(FundingSource::Apbdes) {
        e.push(FieldError::new(
            f("source"),
            "kelurahan_no_apbdes",
            "Kelurahan tidak punya APBDes (anggaran desa) maupun Dana Desa: pilih sumber lain, mis. APBD kabupaten/kota, atau hitung desa saja.",
            "A kelurahan has no village budget (APBDes) nor Dana Desa: choose another source, e.g. the regency/city APBD, or count desa only.",
        ));
    }
    let covered = optional(&g.covered, 0, |v| whole(&f("covered"), v, 0, MAX_WORKERS, e));
    if let (Some(w), Some(c)) = (workers, covered) {
        if c > w {
            e.push(too_many(&f("covered"), c, w, "Sudah terlindungi", "Already covered"));
        }
    }
    let kind = g.package.unwrap_or(PackageKind::BpuBasic);
    let min_income = params::bpu::MIN_INCOME.steps.first().and_then(|s| s.value).unwrap_or(1_000_000);
    let (lo, hi) = match kind {
        PackageKind::PuWage => (1, MAX_MONTHLY),
        _ => (min_income, MAX_MONTHLY),
    };
    let income = optional(&g.income, Rupiah::new(min_income).ok(), |v| rupiah_in(&f("income"), v, lo, hi, e).map(Some))
        .flatten();
    let start_month = optional(&g.start_month, None, |v| whole(&f("startMonth"), v, 1, 12, e).map(Some));
    // From a start month, `months` runs across budget years; without one it is months per year.
    let max_months = if matches!(start_month, Some(Some(_))) { i64::from(MAX_SPAN) } else { 12 };
    let months = optional(&g.months, 12, |v| whole(&f("months"), v, 1, max_months, e));
    let share = optional(&g.government_share, 10_000, |v| percent_bp(&f("governmentShare"), v, 0, 10_000, e));
    let min_year = base_year.unwrap_or(2015);
    let start = optional(&g.start_year, min_year + 1, |v| year(&f("startYear"), v, min_year, min_year + MAX_YEARS, e));
    let (workers, covered, income, months, share, start) = (workers?, covered?, income?, months?, share?, start?);
    let start_month = start_month?.and_then(|m| u8::try_from(m).ok());
    if covered > workers {
        return None;
    }
    let package = Package::new(kind, income);
    Some(Group {
        name: clean_name(g.name.as_deref(), format!("Kelompok {}", i + 1)),
        workers,
        covered,
        package,
        worker_type: g.worker_type.unwrap_or(WorkerType::Other),
        months: u8::try_from(months).unwrap_or(12),
        start_month,
        share_bp: share,
        source: g.source.unwrap_or(FundingSource::ApbdRegency),
        start_year: i32::try_from(start).unwrap_or(i32::MAX),
    })
}


/// What a person typed twice: each pair of fields that say the same thing, named beside both
/// fields with the value that is used (the calculator never picks one silently).
pub fn conflicts(req: &ScenarioRequest) -> Vec<FieldError> {
    let mut notes = Vec::new();
    let c = &req.current;
    let split = !is_blank(&c.formal) || !is_blank(&c.informal);
    let total = !is_blank(&c.total);
    let pct = !is_blank(&c.coverage_pct);
    let note = |field: String, id: &str, en: &str| FieldError::new(field, "conflict", id, en);
    if split && total {
        notes.push(note(
            "current.total".into(),
            "Rincian formal dan informal juga diisi: rincian itu yang dipakai, total ini diabaikan.",
            "The formal and informal split is filled in too: the split is used, this total is ignored.",
        ));
    }
    if (split || total) && pct {
        let used = if split { "rincian formal dan informal" } else { "jumlah peserta" };
        // Written out, not capitalised at run time: to_uppercase() would ship Unicode's case tables.
        let used_en = if split { "The formal and informal split" } else { "The number of participants" };
        notes.push(note(
            "current.coveragePct".into(),
            &format!("Diisi juga {used}: itu yang dipakai, persen cakupan ini diabaikan."),
            &format!("{used_en} is filled in too: it is used, this coverage percentage is ignored."),
        ));
        notes.push(note(
            if split { "current.formal".into() } else { "current.total".into() },
            "Dipakai; persen cakupan yang juga diisi diabaikan.",
            "Used; the coverage percentage also filled in is ignored.",
        ));
    }
    for (i, g) in req.groups.iter().enumerate() {
        let per_village = !is_blank(&g.villages) || !is_blank(&g.workers_per_village);
        if per_village && !is_blank(&g.workers) {
            notes.push(note(
                format!("groups.{i}.workers"),
                "Mode per desa juga diisi: desa × pekerja per desa yang dipakai, jumlah pekerja ini diabaikan.",
                "The per-village mode is filled in too: villages × workers per village is used, this number is ignored.",
            ));
            // Said beside the value that is used as well, so that either field read alone tells.
            notes.push(note(
                format!("groups.{i}.villages"),
                "Dipakai (desa × pekerja per desa); jumlah pekerja yang juga diisi diabaikan.",
                "Used (villages × workers per village); the number of workers also filled in is ignored.",
            ));
        }
    }
    notes
}
