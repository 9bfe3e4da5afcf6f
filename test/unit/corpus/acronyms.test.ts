// The acronym learner is a linear scanner (issue 16); it learns what the regular expression it
// replaced learnt, on every passage of the bundled seeds and the State of the Union corpus, and
// on hand-made cases of each shape (connectors, hyphens, quotes, mixed-case acronyms).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { learnAcronyms } from '../../../src/core/text/acronyms';
import { splitSentences } from '../../../src/core/text/sentences';
import { SEEDS, SOTU } from '../perf/fixtures';

/** The pattern learnAcronyms replaced (exponential on `A-A-Ab-…`), kept here as the oracle. */
function learnWithRegex(text: string, aliases: Map<string, Set<string>>): void {
  const re = /((?:[\p{Lu}][\p{L}\-']*[\s\-]+(?:(?:of|and|for|the|on|in)\s+)?){1,8})[('"‘’“”\s]*\(\s*([\p{Lu}][\p{Lu}\p{Ll}]{1,9})\s*\)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const acronym = m[2] ?? '';
    if (acronym !== acronym.toUpperCase() && !/^[\p{Lu}]+[\p{Ll}]?[\p{Lu}]+$/u.test(acronym)) continue;
    const words = (m[1] ?? '').trim().replace(/['"‘’“”]+$/, '').split(/[\s\-]+/).filter(Boolean);
    const letters = acronym.toLowerCase();
    let from = words.length;
    let count = 0;
    while (from > 0 && count < letters.length + 2) {
      from--;
      if (/^\p{Lu}/u.test(words[from] ?? '')) count++;
      if ((words[from] ?? '').charAt(0).toLowerCase() === letters.charAt(0) && count >= Math.min(letters.length, 2)) break;
    }
    const longForm = words.slice(from).join(' ');
    if (longForm.charAt(0).toLowerCase() !== letters.charAt(0)) continue;
    for (const [from2, to] of [[letters, longForm.toLowerCase()], [longForm.toLowerCase(), letters]] as const) {
      if (!aliases.has(from2)) aliases.set(from2, new Set());
      aliases.get(from2)?.add(to);
    }
  }
}

function learnt(learn: typeof learnAcronyms, text: string): string[] {
  const aliases = new Map<string, Set<string>>();
  learn(text, aliases);
  return [...aliases].flatMap(([from, to]) => [...to].map((t) => `${from} -> ${t}`)).sort();
}

const CASES = [
  'The Office for National Statistics (ONS) publishes the figures.',
  'the Department for Education (DfE) said',
  'a Non-Governmental Organisation (NGO) and the non-Governmental Body (NGB)',
  'the “National Audit Office” (NAO) and the \'Bank of England\' (BoE)',
  'Bank of the Rock (BR), Trade and Industry (TI), Research and Development ( RD )',
  'the European Union(EU) and the United Nations - (UN)',
  'Very Many Capitalised Words Before The Long Form Here Now (LFHN)',
  'Statistics\' (S) and eBay Inc (BI) and McDonald Fund (MF)',
  'A (AB) (CD) Foo Bar (FB) (FB2) Zed Quux (ZQ)',
  'Ministry of Housing, Communities and Local Government (MHCLG)',
  'Health and Safety Executive (HSE) ; Food Standards Agency (FSA).',
];

describe('corpus: acronym learner', () => {
  for (const text of CASES) {
    it(`learns what the old pattern learnt: ${text.slice(0, 60)}`, () => {
      assert.deepEqual(learnt(learnAcronyms, text), learnt(learnWithRegex, text));
    });
  }

  it('learns what the old pattern learnt on every passage of the seeds and the State of the Union corpus', function () {
    this.timeout(60_000);
    const files = [SEEDS, SOTU].flatMap((dir) => fs.readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n)).map((n) => path.join(dir, n)));
    let compared = 0;
    const differences: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const span of splitSentences(text, { lineBreaks: true })) {
        const passage = text.slice(span.start, span.end);
        if (!passage.includes('(')) continue;
        compared++;
        const scanner = learnt(learnAcronyms, passage);
        const oracle = learnt(learnWithRegex, passage);
        if (JSON.stringify(scanner) !== JSON.stringify(oracle)) differences.push(`${passage.slice(0, 120)}\n  scanner ${scanner.join('; ')}\n  regex   ${oracle.join('; ')}`);
      }
    }
    assert.ok(compared > 100, `${compared} passages with brackets`);
    assert.deepEqual(differences, []);
  });

  it('takes one pass on the hostile lines of issue 16', () => {
    for (const hostile of [`A${'-A-Ab'.repeat(2000)} (see note).`, `${'A-B-C-D-E-F-G-H-I-J-K-L '.repeat(2000)}(1).`, `${'Word '.repeat(50_000)}(WD)`]) {
      assert.ok(learnt(learnAcronyms, hostile).length <= 2);
    }
  });
});
