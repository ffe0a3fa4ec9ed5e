//! The planning contract: scenario requests, their validation, and projection, solving,
//! comparison, planning-view and export responses, and the charts to keep (`chartDownload`,
//! `chartCsv`).
//!
//! A scenario is a plain object; every number may be a JS number or text typed the Indonesian
//! way. Problems come back as field errors with dotted paths (`groups.2.months`).

pub mod answer;
pub mod charts;
pub mod compare;
pub mod download;
pub mod plans;
pub mod presets;
pub mod project;
pub mod scenario;
pub mod solve;
pub mod validate;
pub mod view;

pub use crate::plan::scenario::{PackageKind, VillageSet, MAX_GROUPS, MAX_YEARS};
pub use answer::{solve_view, solve_view_drawn, SolveViewResponse};
pub use charts::{
    draw_charts, draw_comparison, ChartData, DrawChartsRequest, DrawChartsResponse, DrawComparisonRequest, DrawComparisonResponse,
    PlanChartData,
};
pub use plans::{compare_view, compare_view_drawn, CompareViewRequest, CompareViewResponse, PlanOut, PlanRequest, MAX_ALTERNATIVES};
pub use compare::{compare, CompareRequest, CompareResponse, DeltaYear};
pub use download::{chart_csv, chart_download, ChartCsvRequest, ChartCsvResponse, ChartDownloadRequest, ChartDownloadResponse, ChartKind};
pub use presets::Preset;
pub use project::{project, BaseOut, GroupAmount, GroupOut, ProjectResponse, SourceAmount, YearOut};
pub use scenario::{
    CurrentRequest, GroupRequest, RegionRequest, ScenarioRequest, SettingsRequest, TargetRequest, WorkforceRequest,
    SCHEMA_VERSION,
};
pub use solve::{solve, SolveMode, SolveRequest, SolveResponse, SolveYear};
pub(crate) use validate::group_errors;
pub use validate::{conflicts, validate};
pub use view::{export_csv, plan_view, plan_view_drawn, ChartOut, Charts, ExportRequest, ExportResponse, PlanViewRequest, PlanViewResponse};
pub use crate::report::cards::Cards;
