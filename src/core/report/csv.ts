// The report as CSV for a spreadsheet: one row per claim. RFC 4180 (CRLF records, fields quoted
// when they hold a comma, quote or line break, quotes doubled), and a cell that a spreadsheet
// would run as a formula (starting with = + - @, or a tab or carriage return) gets a leading
// apostrophe, as OWASP advises against CSV injection. Control characters (a terminal's escape
// sequences) become U+FFFD.
import { reasonFor } from '../explain';
import { withoutControls } from './escape';
import type { ReportModel } from './model';

export const CSV_COLUMNS = ['brief', 'claim', 'line', 'section', 'text', 'verdict', 'keys', 'evidence key', 'page', 'evidence', 'findings', 'why'] as const;

/** One field, quoted when needed and disarmed when a spreadsheet would read it as a formula. */
export function csvField(value: string | number): string {
  let text = withoutControls(String(value));
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderReportCsv(model: ReportModel): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const brief of model.briefs) {
    for (const claim of brief.claims) {
      const evidence = claim.verdict === 'opinion' ? undefined : claim.evidence[0];
      rows.push([
        brief.name,
        claim.id,
        claim.range.start.line + 1,
        claim.section?.text ?? '',
        claim.text,
        claim.verdict,
        claim.keys.join(' '),
        evidence?.key ?? '',
        evidence?.page ?? '',
        evidence?.text.replace(/\s+/g, ' ').trim() ?? '',
        claim.findings.map((finding) => finding.code).join(' '),
        reasonFor(claim),
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
