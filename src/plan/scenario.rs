//! A region's coverage scenario, validated: workforce, current coverage, target groups, target, settings.

use crate::money::{Overflow, Rupiah};
use crate::params::{Applied, Lookup};
use crate::rules::{self, Funder, Warning, WorkerType};
use serde::{Deserialize, Serialize};

/// Most workers a region, a group or a program may count: about the population of Indonesia.
pub const MAX_WORKERS: i64 = 300_000_000;
/// Most target groups a scenario may hold.
pub const MAX_GROUPS: usize = 1_000;
/// Most years a projection covers.
pub const MAX_YEARS: i64 = 30;

/// The administrative level of the region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Level {
    /// Desa / kelurahan.
    Village,
    /// Kabupaten / kota.
    Regency,
    /// Provinsi.
    Province,
    /// Indonesia.
    Nation,
}

/// What the coverage percentage divides by. Regions differ; the page shows it beside the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Denominator {
    /// BPS "penduduk bekerja": the working population.
    Working,
    /// The labour force (working + unemployed).
    LabourForce,
    /// Workers excluding civil servants, military and police.
    ExcludingCivilServants,
    /// Informal (BPU) workers only, for BPU coverage figures.
    InformalOnly,
}

/// Who funds a target group's premium.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum FundingSource {
    /// State budget.
    Apbn,
    /// Provincial budget.
    ApbdProvince,
    /// Regency / city budget.
    ApbdRegency,
    /// Village budget, including Dana Desa.
    Apbdes,
    /// Tobacco excise revenue sharing.
    Dbhcht,
    /// Palm-oil revenue sharing.
    DbhSawit,
    /// Special-autonomy funds.
    Otsus,
    /// Corporate social responsibility.
    Csr,
    /// Zakat (BAZNAS).
    Zakat,
    /// Any other source.
    Other,
}

impl FundingSource {
    /// Every source, in display order.
    pub const ALL: [FundingSource; 10] = [
        FundingSource::Apbn,
        FundingSource::ApbdProvince,
        FundingSource::ApbdRegency,
        FundingSource::Apbdes,
        FundingSource::Dbhcht,
        FundingSource::DbhSawit,
        FundingSource::Otsus,
        FundingSource::Csr,
        FundingSource::Zakat,
        FundingSource::Other,
    ];

    /// The id the API uses (`apbdRegency`, …).
    pub fn id(self) -> &'static str {
        match self {
            FundingSource::Apbn => "apbn",
            FundingSource::ApbdProvince => "apbdProvince",
            FundingSource::ApbdRegency => "apbdRegency",
            FundingSource::Apbdes => "apbdes",
            FundingSource::Dbhcht => "dbhcht",
            FundingSource::DbhSawit => "dbhSawit",
            FundingSource::Otsus => "otsus",
            FundingSource::Csr => "csr",
            FundingSource::Zakat => "zakat",
            FundingSource::Other => "other",
        }
    }

    /// Whether this money is spent through the APBD of a region at `level`, so that it counts
    /// in "the budget as a share of the APBD": the region's own APBD (a regency's, a province's)
    /// and the transfers it spends (revenue sharing, special autonomy). A village's APBDes, the
    /// state budget, CSR and zakat are not part of a regional APBD.
    pub fn through_apbd(self, level: Level) -> bool {
        match self {
            FundingSource::ApbdProvince => level == Level::Province,
            FundingSource::ApbdRegency => level == Level::Regency,
            FundingSource::Dbhcht | FundingSource::DbhSawit | FundingSource::Otsus => level != Level::Village,
            FundingSource::Apbn | FundingSource::Apbdes | FundingSource::Csr | FundingSource::Zakat | FundingSource::Other => false,
        }
    }

    /// The payer as the contribution rules see it. Revenue-sharing and special-autonomy funds
    /// are spent through the regional budget, so they count as APBD for the PP 50/2025 exception.
    pub fn funder(self) -> Funder {
        match self {
            FundingSource::Apbn => Funder::Apbn,
            FundingSource::ApbdProvince
            | FundingSource::ApbdRegency
            | FundingSource::Dbhcht
            | FundingSource::DbhSawit
            | FundingSource::Otsus => Funder::Apbd,
            FundingSource::Apbdes => Funder::Apbdes,
            FundingSource::Csr => Funder::Csr,
            FundingSource::Zakat => Funder::Zakat,
            FundingSource::Other => Funder::Other,
        }
    }
}

/// Which villages of the region picked from the Kemendagri list a per-village program counts.
///
/// A desa governs itself and has its own budget (APBDes, with Dana Desa); a kelurahan is a ward
/// of the regency's or city's administration and has none (UU 6/2014 on villages; PP 17/2018
/// on kecamatan). So "100 workers per village" paid from village budgets counts desa only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum VillageSet {
    /// Every desa (and desa adat) of the region.
    Desa,
    /// Every kelurahan of the region.
    Kelurahan,
    /// Every desa, desa adat and kelurahan.
    DesaKelurahan,
}

impl VillageSet {
    /// True when the set holds kelurahan, which have no village budget.
    pub fn has_kelurahan(self) -> bool {
        matches!(self, VillageSet::Kelurahan | VillageSet::DesaKelurahan)
    }
}

/// What a target group's premium buys, before its income or wage is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum PackageKind {
    /// BPU JKK + JKM (Rp 16,800 a month on the lowest income).
    BpuBasic,
    /// BPU JKK + JKM + JHT.
    BpuJht,
    /// Wage-earner JKK + JKM on a wage basis (non-civil-servant staff).
    PuWage,
}

/// What a target group is enrolled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Package {
    /// BPU JKK + JKM on a declared income (the basic package on Rp 1,000,000).
    Bpu {
        /// Declared monthly income.
        income: Rupiah,
    },
    /// BPU JKK + JKM + JHT on a declared income.
    BpuWithJht {
        /// Declared monthly income.
        income: Rupiah,
    },
    /// Wage-earner JKK (class 1) + JKM on a wage basis, as for non-civil-servant staff.
    PuWage {
        /// Monthly wage basis.
        wage: Rupiah,
    },
}

impl Package {
    /// `kind` on `income` (the declared income of BPU packages, the wage basis of `puWage`).
    pub fn new(kind: PackageKind, income: Rupiah) -> Package {
        match kind {
            PackageKind::BpuBasic => Package::Bpu { income },
            PackageKind::BpuJht => Package::BpuWithJht { income },
            PackageKind::PuWage => Package::PuWage { wage: income },
        }
    }
}

/// A group of workers whose premium a program pays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Name, as the user typed it (shown with `textContent` only).
    pub name: String,
    /// Workers in the group.
    pub workers: i64,
    /// Of those, already covered (counted in current coverage).
    pub covered: i64,
    /// What they are enrolled in.
    pub package: Package,
    /// Kind of informal work (decides the PP 50/2025 period when a non-government payer pays).
    pub worker_type: WorkerType,
    /// Months paid: per year from January (`start_month` None), or in all from `start_month` of
    /// `start_year` (up to [`MAX_SPAN`], across budget years).
    pub months: u8,
    /// The first month paid (1–12) of a program paid once for `months` months from it, across
    /// budget years ("from November for 14 months"); None: `months` every year from January.
    pub start_month: Option<u8>,
    /// Share the funder pays, basis points (10,000 = 100 %); workers pay the rest.
    pub share_bp: i64,
    /// Who pays.
    pub source: FundingSource,
    /// First year paid.
    pub start_year: i32,
}

impl Group {
    /// Workers the program pays for: the group less those already covered.
    pub fn subsidised(&self) -> i64 {
        (self.workers - self.covered).max(0)
    }

    /// The first and last month (1–12) paid in `year`, if any: January to `months` every year from
    /// `start_year`; or the part of the one span from `start_month` of `start_year` inside `year`.
    pub fn paid_months(&self, year: i32) -> Option<(u8, u8)> {
        if year < self.start_year || self.months == 0 {
            return None;
        }
        let Some(start) = self.start_month else { return Some((1, self.months.min(12))) };
        paid_in_year(self.start_year, start, self.months, year)
    }
}

/// Longest program paid once from a start month (months): five budget years.
pub const MAX_SPAN: u8 = 60;

/// The first and last month (1–12) of `year` inside the span of `months` months from `start_month`
/// of `start_year`, if it reaches that year.
pub fn paid_in_year(start_year: i32, start_month: u8, months: u8, year: i32) -> Option<(u8, u8)> {
    let first = i64::from(start_year) * 12 + i64::from(start_month) - 1;
    let last = first + i64::from(months) - 1;
    let (y0, y1) = (i64::from(year) * 12, i64::from(year) * 12 + 11);
    let (a, b) = (first.max(y0), last.min(y1));
    (months > 0 && a <= b).then(|| (u8::try_from(a - y0 + 1).unwrap_or(1), u8::try_from(b - y0 + 1).unwrap_or(12)))
}

/// Projection settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Years projected after the base year, 1–30.
    pub years: i32,
    /// Workforce growth per year, basis points (may be negative).
    pub growth_bp: i64,
    /// Yearly lapse of unsubsidised informal participants: low, central, high (basis points).
    pub lapse_bp: [i64; 3],
    /// Organic new informal participants per year (not subsidised).
    pub new_enrolment: i64,
    /// The region's total APBD, to show the budget as a share of it.
    pub apbd_total: Option<Rupiah>,
    /// Whether the coverage chart draws the national UCJ path beside the region's line (the
    /// request's `target.national`: asked with a national target, or without any target).
    pub national_path: bool,
}

/// A coverage target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// Target coverage, basis points.
    pub bp: i64,
    /// Year by which it is to be reached.
    pub year: i32,
}

/// A validated scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    /// Region name.
    pub name: String,
    /// The region's administrative level (whose APBD a budget is a share of).
    pub level: Level,
    /// The year the current figures describe.
    pub base_year: i32,
    /// Total workers under the chosen denominator, if known.
    pub workforce: Option<i64>,
    /// What the percentage divides by.
    pub denominator: Denominator,
    /// Formal (wage-earner) participants now.
    pub formal_covered: i64,
    /// Informal participants now who pay themselves (they may lapse).
    pub informal_covered: i64,
    /// Target groups.
    pub groups: Vec<Group>,
    /// The coverage target, if any.
    pub target: Option<Target>,
    /// Projection settings.
    pub settings: Settings,
}

/// One month's premium for one worker of a group, with its sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Premium {
    /// Whole premium (all payers).
    pub amount: Rupiah,
    /// Parameters used.
    pub applied: Vec<Applied>,
    /// Warnings from the rules.
    pub warnings: Vec<Warning>,
    /// The whole premium under the other reading, when a village budget pays during PP 50/2025.
    pub if_discounted: Option<Rupiah>,
}

/// The premium for one worker of `group` for the month starting on `date`.
///
/// # Errors
/// [`Overflow`] when an amount leaves the exact range.
pub fn premium(group: &Group, date: crate::date::Date) -> Result<Premium, Overflow> {
    let lookup = Lookup::new(date);
    let funder = group.source.funder();
    let c = match group.package {
        Package::Bpu { income } | Package::BpuWithJht { income } => {
            let w = rules::Informal {
                declared_income: income,
                with_jht: matches!(group.package, Package::BpuWithJht { .. }),
                worker_type: group.worker_type,
                funder,
            };
            rules::informal(&w, lookup)?
        }
        Package::PuWage { wage } => {
            let w = rules::WageEarner {
                wage,
                risk_class: rules::RiskClass::VERY_LOW,
                programs: vec![rules::Program::Jkk, rules::Program::Jkm],
                industry: rules::Industry::Other,
                employees: 0,
                birth: None,
            };
            let mut c = rules::wage_earner(&w, lookup)?;
            c.warnings.push(non_asn_note());
            c
        }
    };
    let warnings = c.warnings.into_iter().filter(|w| w.code != "discount_not_for_government").collect();
    Ok(Premium { amount: c.total, applied: c.applied, warnings, if_discounted: c.if_discounted })
}

/// What the non-civil-servant package is and is not: Permenaker 1/2025 (promulgated 24 February
/// 2025, amending Permenaker 5/2021) Pasal 3A ayat (1) obliges the staffing officer to enrol
/// non-ASN staff in JKK, JKM and JHT; the package prices JKK and JKM.
fn non_asn_note() -> Warning {
    Warning::new(
        "non_asn_package",
        "Paket non-ASN: JKK 0,24% + JKM 0,30% dari upah. Permenaker 1/2025 Pasal 3A ayat (1) mewajibkan pendaftaran \
         pegawai non-ASN dalam JKK, JKM, dan JHT; JHT tidak termasuk paket ini.",
        "Non-civil-servant package: JKK 0.24% + JKM 0.30% of the wage. Permenaker 1/2025 Article 3A(1) requires \
         enrolling non-civil-servant staff in JKK, JKM and JHT; JHT is not in this package.",
    )
}
