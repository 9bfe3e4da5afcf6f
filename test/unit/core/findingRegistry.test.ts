// One registry entry per finding code: the code list, default severities, SARIF rules and the
// settings schema are all read from it, so a new code is written in one place.
import * as assert from 'node:assert/strict';
import { DEFAULT_SEVERITY, FINDING_CODES, FINDING_REGISTRY } from '../../../src/core';
import { RULES } from '../../../src/cli/rules';
import { configurationContribution } from '../../../src/core/config/settingsSchema';

describe('finding-code registry', () => {
  it('has one entry per code, each with a severity, a title, a description and a rule name', () => {
    assert.deepEqual([...FINDING_CODES], FINDING_REGISTRY.map((e) => e.code));
    assert.equal(new Set(FINDING_CODES).size, FINDING_CODES.length);
    for (const entry of FINDING_REGISTRY) {
      assert.equal(DEFAULT_SEVERITY[entry.code], entry.severity);
      assert.deepEqual(RULES[entry.code], { name: entry.rule, summary: entry.title, description: entry.description });
      assert.match(entry.title, /^[A-Z].*\.$/);
    }
  });

  it('gives each severity setting the title of its code', () => {
    const contribution = configurationContribution() as { properties: Record<string, { properties?: Record<string, { description?: string }> }> };
    const properties = contribution.properties['briefLens.severity']?.properties ?? {};
    assert.equal(properties['citation-mismatch']?.description, 'Severity of `citation-mismatch`: The cited source does not say what the sentence says.');
  });
});
