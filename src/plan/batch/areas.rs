//! The per-area results: a column per figure, so that 84,000 areas cross to the page as a few
//! arrays.

/// Per-area results, one entry per area in file order (columns, so that 84,000 areas cross to
/// the page as a few arrays). Subtotals ([`Subtotals`](super::Subtotals)) have the same columns, a row per district,
/// regency or province.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Areas {
    /// Line of the area in the file (of a subtotal: its first area's).
    pub line: Vec<u32>,
    /// Areas in the row: 1 for an area, its areas for a subtotal.
    pub count: Vec<i64>,
    /// Area code (may be empty).
    pub code: Vec<String>,
    /// Area name.
    pub name: Vec<String>,
    /// Its province (may be empty).
    pub province: Vec<String>,
    /// Its regency or city (may be empty).
    pub regency: Vec<String>,
    /// Its district (may be empty).
    pub district: Vec<String>,
    /// Where it lies as the file's `induk` column says, free text (may be empty).
    pub parent: Vec<String>,
    /// The Kemendagri list's name for its code when the file's name differs (else empty).
    pub official: Vec<String>,
    /// Workers in the base year.
    pub workers: Vec<i64>,
    /// Active participants in the base year (capped at the workers).
    pub covered: Vec<i64>,
    /// Active wage-earner participants as the file gives them.
    pub formal: Vec<i64>,
    /// Active informal participants as the file gives them.
    pub informal: Vec<i64>,
    /// UCJ in the base year, basis points.
    pub base_bp: Vec<i64>,
    /// Workers the program pays for (all target groups).
    pub subsidised: Vec<i64>,
    /// Workers in the reported year.
    pub final_workers: Vec<i64>,
    /// Participants in the reported year.
    pub final_covered: Vec<i64>,
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
    /// Each target column's workers, row after row ([`Areas::targets_of`]).
    pub targets: Vec<i64>,
    /// Target columns per row.
    pub target_columns: usize,
}

/// One area's (or subtotal's) figures, borrowed from [`Areas`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AreaRow<'a> {
    /// Line of the area in the file.
    pub line: u32,
    /// Areas in the row.
    pub count: i64,
    /// Area code (may be empty).
    pub code: &'a str,
    /// Area name.
    pub name: &'a str,
    /// Its province.
    pub province: &'a str,
    /// Its regency or city.
    pub regency: &'a str,
    /// Its district.
    pub district: &'a str,
    /// The file's free `induk` text.
    pub parent: &'a str,
    /// Workers in the base year.
    pub workers: i64,
    /// Active participants in the base year.
    pub covered: i64,
    /// Wage-earner participants.
    pub formal: i64,
    /// Informal participants.
    pub informal: i64,
    /// UCJ in the base year, basis points.
    pub base_bp: i64,
    /// Workers the program pays for.
    pub subsidised: i64,
    /// UCJ in the reported year, basis points.
    pub final_bp: i64,
    /// Workers still needed in the reported year.
    pub gap: i64,
    /// What paying for them would cost.
    pub gap_cost: i64,
    /// Budget in the first year.
    pub first_budget: i64,
    /// Budget over all years.
    pub total_budget: i64,
    /// Each target column's workers.
    pub targets: &'a [i64],
}

impl Areas {
    /// Rows held.
    pub fn len(&self) -> usize {
        self.line.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.line.is_empty()
    }

    /// The target columns' workers of row `i`.
    pub fn targets_of(&self, i: usize) -> &[i64] {
        let n = self.target_columns;
        self.targets.get(i * n..i * n + n).unwrap_or(&[])
    }

    /// The `i`-th row (in file order), if there is one.
    pub fn row(&self, i: usize) -> Option<AreaRow<'_>> {
        Some(AreaRow {
            line: *self.line.get(i)?,
            count: *self.count.get(i)?,
            code: self.code.get(i)?,
            name: self.name.get(i)?,
            province: self.province.get(i)?,
            regency: self.regency.get(i)?,
            district: self.district.get(i)?,
            parent: self.parent.get(i)?,
            workers: *self.workers.get(i)?,
            covered: *self.covered.get(i)?,
            formal: *self.formal.get(i)?,
            informal: *self.informal.get(i)?,
            base_bp: *self.base_bp.get(i)?,
            subsidised: *self.subsidised.get(i)?,
            final_bp: *self.final_bp.get(i)?,
            gap: *self.gap.get(i)?,
            gap_cost: *self.gap_cost.get(i)?,
            first_budget: *self.first_budget.get(i)?,
            total_budget: *self.total_budget.get(i)?,
            targets: self.targets_of(i),
        })
    }
}
