// A name of a cited claim that no cited source mentions, where the cited passage on the claim's
// subject names one other of its kind: a contradicted-name warning on the name, with no fix
// (rules/unstatedName.ts). A passage with two such names, or the claim's own name, leaves the
// claim only not verified.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../../src/core';
import { Corpus } from '../../../../src/core/corpus/corpus';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';

/** The findings of a one-sentence brief citing a one-source corpus holding `passage`, as a user sees them. */
function findings(passage: string, claim: string): Array<[string, string, string, string, string[]]> {
  const corpus = new Corpus([{ key: 'src', title: 'src', file: '/corpus/src.txt', text: `${FILLER} ${passage} ${FILLER}` }]);
  return new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).findings.map((f) => [f.code, f.severity, f.targetText, f.message, f.fixes.map((x) => x.kind)]);
}

describe('rule: a name no cited source mentions', () => {
  const claim = (place: string) => `New funding went from the harbour board to dredging crews at ${place}, the report says [@src].`;

  it('is a contradicted-name warning on the name, naming the one the passage gives, with no value fix', () => {
    const found = findings('The harbour board allocated new funding to the dredging crews at Calais.', claim('Folkestone'));
    assert.deepEqual(found.map(([code, severity, target, message]) => [code, severity, target, message]), [['contradicted-name', 'warning', 'Folkestone', '[@src] names “Calais”, never “Folkestone”']]);
    assert.ok(!found[0]?.[4].includes('replace-value'));
  });

  it('is not reported when the passage names the claim\'s own place, or two others', () => {
    assert.deepEqual(findings('The harbour board allocated new funding to the dredging crews at Calais.', claim('Calais')).map(([code, severity]) => [code, severity]), [['citation-mismatch', 'information']]);
    assert.deepEqual(findings('The harbour board allocated new funding to the dredging crews at Calais and Ostend.', claim('Folkestone')).map(([code, severity]) => [code, severity]), [['citation-mismatch', 'information']]);
  });

  it('finds a name the source writes as its acronym ("DHB" for "Dover Harbour Board")', () => {
    assert.deepEqual(findings('The DHB allocated new funding to the dredging crews at the port.', 'New funding went from the Dover Harbour Board to the dredging crews, the report says [@src].'), []);
  });
});
