// The HTML report: every claim of the brief is in it with its verdict, marked in the text and
// carded with its evidence; nothing a brief or a source holds can become markup, script or link.
import { strict as assert } from 'node:assert';
import { parseHTML } from 'linkedom';
import { renderReportHtml } from '../../../src/core';
import { removeDir } from '../corpus/helpers';
import { exampleReport, hostileReport } from './fixtures';

// The DOM as linkedom gives it, typed here (the project compiles without the DOM library).
interface Element {
  textContent: string | null;
  classList: { contains(name: string): boolean };
  attributes: ArrayLike<{ name: string; value: string }>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element> & Iterable<Element>;
}
interface Document extends Element {
  body: Element;
  getElementById(id: string): Element | null;
}

function documentOf(html: string): Document {
  return (parseHTML(html) as unknown as { document: Document }).document;
}

describe('report: HTML', () => {
  it('holds every claim of the example brief, with its verdict, in the text and as a card', async () => {
    const { model } = await exampleReport();
    const brief = model.briefs[0]!;
    const document = documentOf(renderReportHtml(model));
    const cards = [...document.querySelectorAll('li.card')];
    const marks = [...document.querySelectorAll('a.claim')];
    assert.equal(brief.claims.length, 17);
    assert.equal(cards.length, brief.claims.length);
    assert.equal(marks.length, brief.claims.length);
    brief.claims.forEach((claim, index) => {
      const card = cards[index]!;
      assert.equal(card.getAttribute('id'), `b1-c${claim.id}`);
      assert.ok(card.classList.contains(`v-${claim.verdict}`), `card ${claim.id} is ${claim.verdict}`);
      assert.equal(card.querySelector('.claim-text')?.textContent, claim.text);
      const mark = document.getElementById(`m-b1-c${claim.id}`);
      assert.equal(mark?.getAttribute('href'), `#b1-c${claim.id}`);
      assert.ok(mark?.classList.contains(`v-${claim.verdict}`));
    });
    const contradicted = cards[0]!;
    assert.match(contradicted.textContent ?? '', /✗ Contradicted/);
    assert.match(contradicted.querySelector('.why')?.textContent ?? '', /Why: Decided by the figure check: the brief's “£40 million” conflicts with the source's “£60 million”\./);
    assert.equal(contradicted.querySelector('blockquote')?.textContent, '£60 million funding allocated to Oxford and UCL');
    assert.match(contradicted.querySelector('figcaption')?.textContent ?? '', /UK Invests £60M in Open-Source AI Research Labs @ukopenlabs, .*001_b5014ad97c49cf73\.txt:\d+ · contradicts/);
  });

  it('summarises counts per verdict and per section, and lists what each source bears on', async () => {
    const { model } = await exampleReport();
    const document = documentOf(renderReportHtml(model));
    const rows = [...document.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td.num')].map((cell) => cell.textContent?.trim()));
    assert.deepEqual(rows, [
      ['Executive summary', '1', '0', '1', '1'],
      ['Context', '4', '1', '3', '0'],
      ['Policy options', '0', '1', '0', '2'],
      ['Recommendations', '0', '1', '1', '1'],
    ]);
    assert.equal(document.querySelector('tfoot svg')?.getAttribute('aria-label'), '5 contradicted, 3 unsupported, 5 supported, 4 opinion / analysis');
    const ukopenlabs = [...document.querySelectorAll('#sources ~ ul > li')].find((item) => item.textContent?.includes('@ukopenlabs'));
    assert.match(ukopenlabs?.textContent ?? '', /Supports claims 2, 16.*Contradicts claims 1/s);
  });

  it('has no script, no external resource, and a policy that forbids both', async () => {
    const { model } = await exampleReport();
    const html = renderReportHtml(model);
    assert.doesNotMatch(html, /<script|<link|<iframe|<img|@import|url\((?!#)/i);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;;/);
  });

  it('for a webview: the stylesheet by its nonce, nothing else', async () => {
    const { model } = await exampleReport();
    const html = renderReportHtml(model, { csp: { nonce: 'abc123' } });
    const csp = documentOf(html).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    assert.equal(csp, "default-src 'none'; style-src 'nonce-abc123'; base-uri 'none'; form-action 'none'");
    assert.match(html, /<style nonce="abc123">/);
    assert.doesNotMatch(html, / style="/, 'no style attribute (a nonce policy would block it)');
  });

  it('shows a source holding <script> and javascript: links as text, never as markup or links', async () => {
    const { model, folder } = await hostileReport();
    try {
      const html = renderReportHtml(model);
      const document = documentOf(html);
      assert.equal(document.querySelectorAll('script, img, svg[onload], b, iframe').length, 0);
      assert.doesNotMatch(html, /<script|<img|<svg onload|<b /i);
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of Array.from(element.attributes)) {
          assert.doesNotMatch(attribute.name, /^on/i, `no event handler attribute (${attribute.name})`);
          assert.doesNotMatch(attribute.value, /^\s*javascript:/i, `no javascript: ${attribute.name}`);
        }
      }
      const hrefs = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
      assert.ok(hrefs.every((href) => href.startsWith('#')), `only in-page links: ${hrefs.filter((h) => !h.startsWith('#')).join(' ')}`);
      assert.equal(document.querySelector('title')?.textContent, 'Fact-check: Floods </title><script>alert(3)</script>');
      const text = document.body.textContent ?? '';
      assert.ok(text.includes('The <script>alert("source")</script> council spent £12 million'), 'the source text is quoted as text');
      assert.ok(text.includes('<b onmouseover="alert(5)">ten</b>'), 'the brief text is shown as text');
      assert.ok(text.includes('Floods <script>alert(7)</script>'), 'the source title is shown as text');
      assert.ok(text.includes('javascript:alert(9)'), 'the unsafe URL is shown, as text');
      const claims = model.briefs[0]!.claims;
      assert.equal(document.querySelectorAll('li.card').length, claims.length);
      assert.equal(claims[0]?.verdict, 'contradicted');
    } finally {
      removeDir(folder);
    }
  });
});
