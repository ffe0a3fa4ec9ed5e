//! The per-area results: a column per figure, so that 84,000 areas cross to the page as a few
//! arrays; a text column is one string ([`Texts`]).

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
    pub code: Texts,
    /// Area name.
    pub name: Texts,
    /// Its province (may be empty).
    pub province: Texts,
    /// Its regency or city (may be empty).
    pub regency: Texts,
    /// Its district (may be empty).
    pub district: Texts,
    /// Where it lies as the file's `induk` column says, free text (may be empty).
    pub parent: Texts,
    /// The Kemendagri list's name for its code when the file's name differs (else empty).
    pub official: Texts,
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

/// A column of one-line texts, a row's each, kept end to end in one string with a line feed
/// between them: as the page takes a column, so that it crosses as it is. As `Vec<String>` the
/// seven columns of 84,000 villages were some 420,000 allocations kept to the end, and each
/// column was joined into one string again for the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts {
    text: String,
    /// Where each row's text ends in `text`.
    ends: Vec<usize>,
}

impl Texts {
    /// Adds a row's text; a line feed in it (a one-line text has none) becomes a space.
    pub fn push(&mut self, s: &str) {
        if !self.ends.is_empty() {
            self.text.push('\n');
        }
        if s.contains('\n') {
            self.text.push_str(&s.replace('\n', " "));
        } else {
            self.text.push_str(s);
        }
        self.ends.push(self.text.len());
    }

    /// Row `i`'s text, if there is a row `i`.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = match i.checked_sub(1) {
            Some(before) => self.ends.get(before)? + 1,
            None => 0,
        };
        self.text.get(start..end)
    }

    /// Rows held.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Every row's text in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// Every row's text, a line feed between them (as `join("\n")` of the rows).
    pub fn joined(&self) -> &str {
        &self.text
    }
}

impl<'a> FromIterator<&'a str> for Texts {
    fn from_iter<I: IntoIterator<Item = &'a str>>(rows: I) -> Texts {
        let mut t = Texts::default();
        for s in rows {
            t.push(s);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::Texts;

    #[test]
    fn texts_keep_each_row_and_join_as_the_page_takes_them() {
        let rows = ["Sukamaju", "", "Mekar \"Jaya\"", "", ""];
        let t: Texts = rows.iter().copied().collect();
        assert_eq!(t.len(), 5);
        assert_eq!(t.iter().collect::<Vec<_>>(), rows);
        assert_eq!(t.joined(), rows.join("\n"));
        assert_eq!((t.get(1), t.get(4), t.get(5)), (Some(""), Some(""), None));
        let mut one = Texts::default();
        one.push("two\nlines");
        assert_eq!((one.get(0), one.joined(), one.len()), (Some("two lines"), "two lines", 1));
        assert!(Texts::default().is_empty() && Texts::default().get(0).is_none() && Texts::default().joined().is_empty());
    }
}
