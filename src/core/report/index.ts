// The fact-check report: a model of checked briefs, rendered as HTML, Markdown or CSV.
export { buildReport, briefReport, claimAnchor, type ReportInput, type ReportModel, type BriefReport, type SourceUse } from './model';
export { claimEntries, type ClaimEntry } from './claims';
export { briefOutline, headingAt, type Heading } from './headings';
export { renderReportHtml, type HtmlOptions } from './html';
export { renderReportMarkdown, markdownCell } from './markdown';
export { renderReportCsv, csvField } from './csv';
export { VERDICT_ORDER, VERDICT_STYLE, countWords } from './verdicts';
