// The example brief's diagnostics, exactly: code, severity and range, through the real API.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXAMPLE, openBrief, ours, show } from './helpers';

const { Error: E, Warning: W, Information: I, Hint: H } = vscode.DiagnosticSeverity;

/** examples/sample-brief.md against the bundled seeds: [code, severity, range, text at the range]. */
const EXPECTED: [string, vscode.DiagnosticSeverity, string, string][] = [
  ['contradicted-figure', E, '10:21-10:32', '£40 million'],
  ['contradicted-date', E, '16:52-16:56', '1993'],
  ['contradicted-name', E, '17:39-17:45', 'OpenAI'],
  ['contradicted-polarity', E, '18:41-18:45', 'open'],
  ['misquote', E, '19:32-19:60', 'lose the open source AI race'],
  ['citation-mismatch', W, '20:39-20:51', 'lwin2026gold'],
  ['supported-uncited', H, '21:0-21:79', 'Huawei and ZTE have been declared national security risks by the United States.'],
  ['unsupported-claim', W, '22:0-22:57', 'Singapore has pledged $1 billion to sovereign AI compute.'],
  ['unknown-citation', E, '23:82-23:91', 'smith2024'],
  ['inconsistent-fact', W, '35:22-35:32', '$2 billion'],
  ['supported-uncited', H, '36:0-36:74', 'The new labs at Oxford and UCL will focus on efficient open-source models.'],
  ['consider-citing', I, '37:0-37:77', 'Britain should follow now that Washington has changed course on open weights.'],
];

const SEVERITY = ['error', 'warning', 'information', 'hint'];

suite('diagnostics on the example brief', () => {
  suiteSetup(activate);
  suiteTeardown(closeAll);

  test('every finding, with its code, severity and exact range', async () => {
    const { document } = await openBrief(EXAMPLE);
    const actual = ours(document.uri)
      .map((d) => `${codeOf(d)} ${SEVERITY[d.severity]} ${show(d.range)} ${JSON.stringify(document.getText(d.range))}`)
      .sort();
    const expected = EXPECTED.map(([code, severity, range, text]) => `${code} ${SEVERITY[severity]} ${range} ${JSON.stringify(text)}`).sort();
    assert.deepStrictEqual(actual, expected);
  });

  test('messages quote the source; contradictions point at the exact passage', async () => {
    const { document } = await openBrief(EXAMPLE);
    const figure = ours(document.uri).find((d) => codeOf(d) === 'contradicted-figure');
    assert.ok(figure);
    assert.match(figure.message, /£60 million/);
    const related = figure.relatedInformation?.[0];
    assert.ok(related, 'related information points at the source passage');
    assert.match(related.location.uri.path, /\/seeds\/001_b5014ad97c49cf73\.txt$/);
    const source = await vscode.workspace.openTextDocument(related.location.uri);
    assert.match(source.getText(related.location.range), /£60 million funding allocated to Oxford and UCL/);
    assert.strictEqual(figure.source, 'brief-lens');
  });

  test('the suppressed sentence raises nothing; opinion and questions are never flagged', async () => {
    const { document } = await openBrief(EXAMPLE);
    const lines = new Set(ours(document.uri).map((d) => d.range.start.line));
    for (const phrase of ['Digital Silk Road', 'How can middle powers', 'We recommend', 'In our assessment']) {
      const line = document.positionAt(document.getText().indexOf(phrase)).line;
      assert.ok(!lines.has(line), `nothing on "${phrase}"`);
    }
  });
});
