// The fact-check report as one self-contained HTML page: inline CSS, no scripts, no fetches.
// A summary (counts per verdict, a bar per section), the brief's text with every claim marked
// (symbol + underline style + colour) and linked to its card, the cards with the reason and the
// evidence quoted, and the sources with the claims each bears on. Every text is escaped.
import { reasonFor } from '../explain';
import type { Evidence, Finding, SourceMetadata, Verdict } from '../types';
import type { ClaimEntry } from './claims';
import { escapeHtml, safeHref } from './escape';
import { REPORT_CSS } from './htmlStyle';
import { claimAnchor, type BriefReport, type ClaimRef, type ReportModel, type SourceUse } from './model';
import { VERDICT_ORDER, VERDICT_STYLE, countWords } from './verdicts';

export interface HtmlOptions {
  /** The page title; default "Fact-check report". */
  title?: string;
  /** Who made it, for the footer ("brief-lens 0.1.0"). */
  generator?: string;
  /** How a source file is shown (a relative path); default the file as given. */
  displayFile?: (file: string) => string;
  /** For a webview: the page's stylesheet allowed by this nonce alone (nothing else may load). */
  csp?: { nonce: string };
}

function contentSecurityPolicy(options: HtmlOptions): string {
  // No script, frame, form, font or fetch in either case: the page must read the same offline.
  // The page loads nothing (its bars are inline SVG), so neither policy allows any source.
  if (options.csp) return `default-src 'none'; style-src 'nonce-${options.csp.nonce}'; base-uri 'none'; form-action 'none'`;
  return "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
}

function verdictBadge(verdict: Verdict): string {
  const style = VERDICT_STYLE[verdict];
  return `<span class="verdict v-${verdict}"><span class="icon" aria-hidden="true">${escapeHtml(style.symbol)}</span> ${escapeHtml(style.label)}</span>`;
}

/** Pattern fills of the section bars (stripes, dots), so a bar reads without colour. */
const BAR_PATTERNS = `<svg width="0" height="0" aria-hidden="true" focusable="false" class="sr"><defs>
<pattern id="hatch-contradicted" width="4" height="4" patternUnits="userSpaceOnUse"><rect class="pat-contradicted-bg" width="4" height="4"/><path class="pat-contradicted-fg" d="M-1,1 l2,-2 M0,4 l4,-4 M3,5 l2,-2"/></pattern>
<pattern id="dots-unsupported" width="4" height="4" patternUnits="userSpaceOnUse"><rect class="pat-unsupported-bg" width="4" height="4"/><circle class="pat-unsupported-fg" cx="2" cy="2" r="0.9"/></pattern>
</defs></svg>`;

function sectionBar(counts: Record<Verdict, number>): string {
  const total = VERDICT_ORDER.reduce((sum, verdict) => sum + counts[verdict], 0);
  if (total === 0) return '';
  let x = 0;
  const segments = VERDICT_ORDER.filter((verdict) => counts[verdict] > 0).map((verdict) => {
    const width = (counts[verdict] / total) * 100;
    const rect = `<rect class="seg-${verdict}" x="${x.toFixed(3)}" y="0" width="${width.toFixed(3)}" height="10"/>`;
    x += width;
    return rect;
  });
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(countWords(counts))}">${segments.join('')}</svg>`;
}

function countCells(counts: Record<Verdict, number>): string {
  return VERDICT_ORDER.map((verdict) => `<td class="num">${counts[verdict]}</td>`).join('');
}

function verdictHeaders(): string {
  return VERDICT_ORDER.map((verdict) => `<th scope="col" class="num count">${verdictBadge(verdict)}</th>`).join('');
}

function summary(brief: BriefReport): string {
  const rows = brief.sections.map((section) =>
    `<tr><th scope="row">${escapeHtml(section.title)}</th><td class="share">${sectionBar(section.counts)}</td>${countCells(section.counts)}</tr>`);
  return `<table><caption class="sr">Claims per section of ${escapeHtml(brief.name)}</caption>
<thead><tr><th scope="col">Section</th><th scope="col" class="share">Share</th>${verdictHeaders()}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
<tfoot><tr><th scope="row">All claims (${brief.claims.length})</th><td class="share">${sectionBar(brief.counts)}</td>${countCells(brief.counts)}</tr></tfoot></table>`;
}

function claimMark(brief: BriefReport, claim: ClaimEntry, text: string): string {
  const anchor = claimAnchor({ brief: brief.index, claim: claim.id });
  const style = VERDICT_STYLE[claim.verdict];
  return `<a class="claim v-${claim.verdict}" id="m-${anchor}" href="#${anchor}"><span class="icon" aria-hidden="true">${escapeHtml(style.symbol)}</span><span class="sr">${escapeHtml(style.label)}: </span>${escapeHtml(text)}</a>`;
}

/** One paragraph of the brief, its claims marked. Claims are sorted; `next` walks them. */
function markedBlock(brief: BriefReport, start: number, end: number, cursor: { next: number }): string {
  const parts: string[] = [];
  let at = start;
  while (cursor.next < brief.claims.length) {
    const claim = brief.claims[cursor.next] as ClaimEntry;
    if (claim.span.start >= end) break;
    cursor.next += 1;
    if (claim.span.start < at) continue; // overlaps the one before: already shown
    const stop = Math.min(claim.span.end, end);
    parts.push(escapeHtml(brief.text.slice(at, claim.span.start)), claimMark(brief, claim, brief.text.slice(claim.span.start, stop)));
    at = stop;
  }
  parts.push(escapeHtml(brief.text.slice(at, end)));
  return parts.join('');
}

/**
 * Runs of lines that hold a non-blank character, from `from` on: one pass over the text (a regex
 * for this backtracks quadratically on long blank runs).
 */
function textBlocks(text: string, from: number): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let open: { start: number; end: number } | undefined;
  for (let lineStart = from; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (/\S/.test(text.slice(lineStart, lineEnd))) {
      open = { start: open?.start ?? lineStart, end: lineEnd };
    } else {
      if (open) blocks.push(open);
      open = undefined;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  if (open) blocks.push(open);
  return blocks;
}

/** The brief's text: headings as headings, paragraphs (blank-line separated) with claims marked. */
function briefText(brief: BriefReport): string {
  const out: string[] = [];
  const cursor = { next: 0 };
  const headingLines = new Map(brief.headings.map((heading) => [heading.start, heading]));
  for (const { start, end } of textBlocks(brief.text, brief.bodyStart)) {
    const block = brief.text.slice(start, end);
    const heading = headingLines.get(start);
    if (heading && !block.includes('\n')) {
      while (cursor.next < brief.claims.length && (brief.claims[cursor.next] as ClaimEntry).span.start < end) cursor.next += 1;
      const level = Math.min(heading.depth + 3, 6);
      out.push(`<h${level} class="doc-heading">${escapeHtml(heading.text)}</h${level}>`);
      continue;
    }
    // Suppression comments (and other one-line HTML comments) on the block's first lines are not prose.
    const comments = /^(?:[ \t]*<!--.*?-->[ \t]*(?:\n|$))+/.exec(block);
    const from = start + (comments?.[0].length ?? 0);
    if (from < end) out.push(`<p>${markedBlock(brief, from, end, cursor)}</p>`);
  }
  return `<div class="doc">${out.join('\n')}</div>`;
}

function sourceName(key: string, source: SourceMetadata | undefined): string {
  return source ? `${escapeHtml(source.title)} <code>@${escapeHtml(key)}</code>` : `<code>@${escapeHtml(key)}</code> (not in the corpus)`;
}

function evidenceFigure(evidence: Evidence, sourceOf: (key: string) => SourceUse | undefined, options: HtmlOptions): string {
  const use = sourceOf(evidence.key);
  const href = safeHref(use?.source?.url);
  const stance = evidence.stance === 'supports' ? 'supports' : evidence.stance === 'contradicts' ? 'contradicts' : 'related';
  const where = [
    evidence.page !== undefined ? `p. ${evidence.page}` : undefined,
    evidence.section ? `§ ${escapeHtml(evidence.section)}` : undefined,
    // A PDF's or web page's line is one of its extracted text: the page or section says more.
    `${escapeHtml((options.displayFile ?? ((file: string) => file))(evidence.file))}${evidence.page === undefined && evidence.section === undefined ? `:${evidence.range.start.line + 1}` : ''}`,
  ].filter(Boolean).join(', ');
  const link = href ? ` · <a href="${escapeHtml(href)}" rel="noopener noreferrer">source</a>` : '';
  return `<figure><blockquote>${escapeHtml(evidence.text.replace(/\s+/g, ' ').trim())}</blockquote>
<figcaption>— ${sourceName(evidence.key, use?.source)}, ${where} · <em>${stance}</em>${link}</figcaption></figure>`;
}

function findingItems(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const items = findings.map((finding) => `<li><code>${escapeHtml(finding.code)}</code> (${escapeHtml(finding.severity)}): ${escapeHtml(finding.message)}</li>`);
  return `<ul class="findings" aria-label="Findings">${items.join('')}</ul>`;
}

function claimCard(brief: BriefReport, claim: ClaimEntry, sourceOf: (key: string) => SourceUse | undefined, options: HtmlOptions): string {
  const anchor = claimAnchor({ brief: brief.index, claim: claim.id });
  const keys = claim.keys.length > 0 ? ` · cites ${claim.keys.map((key) => `<code>@${escapeHtml(key)}</code>`).join(', ')}` : '';
  const section = claim.section ? ` · ${escapeHtml(claim.section.text)}` : '';
  const evidence = claim.verdict === 'opinion' ? [] : claim.evidence;
  const heading = evidence.length > 0 ? `<p class="meta">${claim.verdict === 'unsupported' ? 'Closest passages' : 'Evidence'}</p>` : '';
  return `<li class="card v-${claim.verdict}" id="${anchor}">
<p>${verdictBadge(claim.verdict)} <span class="meta">claim ${claim.id} · line ${claim.range.start.line + 1}${section}${keys} · <a href="#m-${anchor}">in the text</a></span></p>
<p class="claim-text">${escapeHtml(claim.text)}</p>
<p class="why"><strong>Why:</strong> ${escapeHtml(reasonFor(claim))}</p>
${findingItems(claim.findings)}${heading}${evidence.map((item) => evidenceFigure(item, sourceOf, options)).join('\n')}
</li>`;
}

function refLinks(refs: readonly ClaimRef[], multiBrief: boolean): string {
  return refs.map((ref) => `<a href="#${claimAnchor(ref)}">${multiBrief ? `${ref.brief}.` : ''}${ref.claim}</a>`).join(', ');
}

function sourcesSection(model: ReportModel): string {
  const multi = model.briefs.length > 1;
  const items = model.sources.map((use) => {
    const card = use.source;
    const byline = card ? [card.author, card.date, card.publisher].filter(Boolean).map((part) => escapeHtml(String(part))).join(' · ') : '';
    const href = safeHref(card?.url);
    const link = href ? ` · <a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(href)}</a>` : card?.url ? ` · ${escapeHtml(card.url)}` : '';
    const lines = [
      use.supports.length > 0 ? `<li>Supports claims ${refLinks(use.supports, multi)}</li>` : '',
      use.contradicts.length > 0 ? `<li>Contradicts claims ${refLinks(use.contradicts, multi)}</li>` : '',
      use.citedOnly.length > 0 ? `<li>Cited without bearing out claims ${refLinks(use.citedOnly, multi)}</li>` : '',
    ].join('');
    return `<li><strong>${sourceName(use.key, card)}</strong>${byline ? ` <span class="meta">${byline}</span>` : ''}${link}<ul>${lines}</ul></li>`;
  });
  return `<section aria-labelledby="sources"><h2 id="sources">Sources</h2>${items.length > 0 ? `<ul>${items.join('\n')}</ul>` : '<p>No source bears on any claim.</p>'}</section>`;
}

function briefSection(brief: BriefReport, sourceOf: (key: string) => SourceUse | undefined, options: HtmlOptions): string {
  const id = `b${brief.index}`;
  const cards = brief.claims.map((claim) => claimCard(brief, claim, sourceOf, options));
  const other = brief.otherFindings.length > 0 ? `<h3>Other findings</h3>${findingItems(brief.otherFindings)}` : '';
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(brief.title)} <span class="meta">${escapeHtml(brief.name)}</span></h2>
<p>${brief.claims.length} claim${brief.claims.length === 1 ? '' : 's'}: ${escapeHtml(countWords(brief.counts))}.</p>
${summary(brief)}
<h3 id="${id}-text">The brief</h3>
${briefText(brief)}
<h3 id="${id}-claims">Claims and evidence</h3>
<ol class="cards">${cards.join('\n')}</ol>
${other}
</section>`;
}

export function renderReportHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const title = options.title ?? (model.briefs.length === 1 ? `Fact-check: ${model.briefs[0]?.title ?? ''}` : 'Fact-check report');
  const uses = new Map(model.sources.map((use) => [use.key, use]));
  const sourceOf = (key: string) => uses.get(key);
  const nonce = options.csp ? ` nonce="${escapeHtml(options.csp.nonce)}"` : '';
  const legend = VERDICT_ORDER.map((verdict) => `<li>${verdictBadge(verdict)}: ${escapeHtml(VERDICT_STYLE[verdict].meaning)} (${model.counts[verdict]})</li>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style${nonce}>${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
${BAR_PATTERNS}
<header><h1>${escapeHtml(title)}</h1>
<p class="muted">${model.briefs.length} brief${model.briefs.length === 1 ? '' : 's'}, ${escapeHtml(countWords(model.counts))}.</p>
<ul aria-label="Verdicts">${legend}</ul></header>
<main id="main">
${model.briefs.map((brief) => briefSection(brief, sourceOf, options)).join('\n')}
${sourcesSection(model)}
</main>
<footer>${options.generator ? `Made by ${escapeHtml(options.generator)}. ` : ''}Checked offline against the corpus; every verdict shows its evidence.</footer>
</body>
</html>
`;
}
