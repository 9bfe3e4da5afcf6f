// The report as GitHub-flavoured Markdown, for a CI job summary or a pull-request comment: the
// counts, then a table of claims per brief (worst verdicts first). Brief and source text is
// escaped so that it cannot make links, HTML, tables or @-mentions.
import { reasonFor } from '../explain';
import type { Verdict } from '../types';
import type { ClaimEntry } from './claims';
import { withoutControls } from './escape';
import type { BriefReport, ReportModel } from './model';
import { VERDICT_ORDER, VERDICT_STYLE } from './verdicts';

const WORD_JOINER = '\u2060';
const MAX_CELL = 300;

/** Text for a table cell: one line, Markdown punctuation escaped, `<` as an entity, no @-mention. */
export function markdownCell(text: string, max = MAX_CELL): string {
  const flat = withoutControls(text).replace(/\s+/g, ' ').trim();
  const clipped = flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
  return clipped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/\b(https?|ftp|mailto|javascript|data|vbscript|file):/gi, `$1${WORD_JOINER}:`)
    .replace(/\bwww\./gi, `www${WORD_JOINER}.`);
}

function code(text: string): string {
  // A code span shows text as is and never mentions anyone; backticks inside are dropped.
  return `\`${withoutControls(text).replace(/[`\r\n]/g, '')}\``;
}

function countLine(counts: Record<Verdict, number>): string {
  return VERDICT_ORDER.map((verdict) => `${VERDICT_STYLE[verdict].emoji} ${counts[verdict]} ${VERDICT_STYLE[verdict].label.toLowerCase()}`).join(' · ');
}

function claimRow(claim: ClaimEntry): string {
  const style = VERDICT_STYLE[claim.verdict];
  const evidence = claim.verdict === 'opinion' ? undefined : claim.evidence[0];
  const where = evidence ? `${code(`@${evidence.key}`)}${evidence.page !== undefined ? ` p. ${evidence.page}` : ''}: “${markdownCell(evidence.text, 200)}”` : '';
  const findings = claim.findings.map((finding) => code(finding.code)).join(' ');
  return `| ${claim.id} | ${claim.range.start.line + 1} | ${style.emoji} ${style.label} | ${markdownCell(claim.text)} | ${claim.keys.map((key) => code(`@${key}`)).join(' ')} | ${markdownCell(reasonFor(claim), 240)} | ${where} | ${findings} |`;
}

function briefMarkdown(brief: BriefReport): string {
  const rank = (claim: ClaimEntry) => VERDICT_ORDER.indexOf(claim.verdict);
  const claims = [...brief.claims].sort((a, b) => rank(a) - rank(b) || a.id - b.id);
  const sections = brief.sections.map((section) => `| ${markdownCell(section.title)} | ${VERDICT_ORDER.map((verdict) => section.counts[verdict]).join(' | ')} |`);
  return [
    `## ${markdownCell(brief.title)} (${code(brief.name)})`,
    '',
    `${brief.claims.length} claims: ${countLine(brief.counts)}`,
    '',
    `| Section | ${VERDICT_ORDER.map((verdict) => `${VERDICT_STYLE[verdict].emoji} ${VERDICT_STYLE[verdict].label}`).join(' | ')} |`,
    `| --- | ${VERDICT_ORDER.map(() => '---:').join(' | ')} |`,
    ...sections,
    '',
    '| # | Line | Verdict | Claim | Cites | Why | Evidence | Findings |',
    '| ---: | ---: | --- | --- | --- | --- | --- | --- |',
    ...claims.map(claimRow),
    '',
  ].join('\n');
}

export function renderReportMarkdown(model: ReportModel, title = 'Fact-check report'): string {
  const sources = model.sources
    .filter((use) => use.supports.length + use.contradicts.length > 0)
    .map((use) => `- ${code(`@${use.key}`)} ${use.source ? markdownCell(use.source.title) : '(not in the corpus)'}: supports ${use.supports.length}, contradicts ${use.contradicts.length}`);
  return [
    `# ${markdownCell(title)}`,
    '',
    `${model.briefs.length} brief${model.briefs.length === 1 ? '' : 's'}: ${countLine(model.counts)}`,
    '',
    ...model.briefs.map(briefMarkdown),
    ...(sources.length > 0 ? ['## Sources', '', ...sources, ''] : []),
  ].join('\n');
}
