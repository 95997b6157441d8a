/** Rendering of assessment reports: pure functions of a {@link ReportModel}, web-standard only. */
export { barChartSvg, changeChartSvg, changeText } from "./charts.js";
export { csvField, renderReportCsv, reportCsvColumns } from "./csv.js";
export { manualNote, type PolicyNames, readableFigures, ruleLabel, sourceLabel } from "./figures.js";
export { escapeHtml, formatNumber, periodLabel, reportTitle, toLabel } from "./format.js";
export { renderReportHtml } from "./html.js";
export type { Label, ReportCard, ReportItem, ReportModel, ReportSection, ReportVeto } from "./model.js";
