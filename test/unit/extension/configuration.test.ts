import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { configurationContribution, DEFAULT_SETTINGS, parseSettings } from '../../../src/core/config/settingsSchema';
import { FINDING_CODES } from '../../../src/core/types';
import { nth, present } from '../../support/present';

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

describe('extension settings', () => {
  it('package.json contributes.configuration is generated from the zod schema (run scripts/generate-configuration.ts)', () => {
    assert.deepStrictEqual(pkg.contributes.configuration, configurationContribution());
  });

  it('every setting has a default and a description', () => {
    for (const [key, schema] of Object.entries(configurationContribution().properties as Record<string, Record<string, unknown>>)) {
      assert.ok('default' in schema, `${key} has a default`);
      assert.ok(schema.markdownDescription || schema.description, `${key} has a description`);
    }
  });

  it('offers every finding code in briefLens.severity', () => {
    const severity = present((configurationContribution().properties as Record<string, { properties: object }>)['briefLens.severity'], 'the briefLens.severity setting');
    assert.deepStrictEqual(Object.keys(severity.properties), [...FINDING_CODES]);
  });

  it('an invalid setting gives a message and its default, and leaves the others alone', () => {
    const values: Record<string, unknown> = { debounceMs: 'soon', 'corpus.includeSeeds': false, severity: { misquote: 'fatal' } };
    const { settings, problems } = parseSettings((key) => values[key]);
    assert.strictEqual(settings.debounceMs, DEFAULT_SETTINGS.debounceMs);
    assert.deepStrictEqual(settings.severity, {});
    assert.strictEqual(settings['corpus.includeSeeds'], 'never');
    assert.deepStrictEqual(problems.map((p) => p.key).sort(), ['briefLens.debounceMs', 'briefLens.severity']);
    assert.match(nth(problems, 0, 'problem').message, /using the default/);
  });

  it('corpus.includeSeeds: auto by default; true and false of earlier versions mean always and never', () => {
    assert.strictEqual(DEFAULT_SETTINGS['corpus.includeSeeds'], 'auto');
    const read = (value: unknown) => parseSettings((key) => (key === 'corpus.includeSeeds' ? value : undefined));
    assert.strictEqual(read(true).settings['corpus.includeSeeds'], 'always');
    assert.strictEqual(read(false).settings['corpus.includeSeeds'], 'never');
    for (const mode of ['auto', 'always', 'never']) assert.strictEqual(read(mode).settings['corpus.includeSeeds'], mode);
    assert.deepStrictEqual(read('sometimes').problems, [{
      key: 'briefLens.corpus.includeSeeds',
      message: 'briefLens.corpus.includeSeeds is invalid (expected "auto", "always" or "never"); using the default.',
    }]);
  });

  it('accepts valid values', () => {
    const { settings, problems } = parseSettings((key) => (key === 'severity' ? { 'supported-uncited': 'off' } : undefined));
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(settings.severity, { 'supported-uncited': 'off' });
  });
});
