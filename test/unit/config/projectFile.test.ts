import { strict as assert } from 'node:assert';
import { includesSeeds, parseProjectFile } from '../../../src/core';
import { settingsSchema } from '../../../src/core/config/settingsSchema';

const shape = settingsSchema.shape;
const at = (problem: { range?: { start: { line: number; character: number } } }) =>
  problem.range ? `${problem.range.start.line + 1}:${problem.range.start.character + 1}` : 'file';

describe('config/projectFile', () => {
  it('reads nested YAML keys as the settings of the same name, validated and transformed', () => {
    const yaml = 'corpus:\n  folders: [sources, ../shared]\n  includeSeeds: true\nseverity:\n  supported-uncited: "off"\nfiles:\n  exclude: ["drafts/**"]\n';
    const { values, problems } = parseProjectFile('/p/.brief-lens.yaml', yaml, shape);
    assert.deepEqual(problems, []);
    assert.deepEqual(values, {
      'corpus.folders': ['sources', '../shared'],
      'corpus.includeSeeds': 'always',
      severity: { 'supported-uncited': 'off' },
      'files.exclude': ['drafts/**'],
    });
  });

  it('reads dotted JSON keys too, and an empty file as no settings', () => {
    const json = '{ "corpus.folders": ["sources"], "corpus.includeSeeds": "never" }';
    assert.deepEqual(parseProjectFile('/p/.brief-lens.json', json, shape), {
      values: { 'corpus.folders': ['sources'], 'corpus.includeSeeds': 'never' },
      problems: [],
    });
    assert.deepEqual(parseProjectFile('/p/.brief-lens.yaml', '', shape), { values: {}, problems: [] });
    assert.deepEqual(parseProjectFile('/p/.brief-lens.yaml', '# nothing yet\n', shape), { values: {}, problems: [] });
  });

  it('places each fault at its key or value (1-based line:col), keeps the valid keys, in written order', () => {
    const yaml = [
      'corpus:',
      '  folders: sources',
      '  includeSeeds: sometimes',
      'severity:',
      '  misquote: fatal',
      '  made-up: error',
      'colour: blue',
      'debounceMs: 100',
    ].join('\n');
    const { values, problems } = parseProjectFile('/p/.brief-lens.yaml', yaml, shape);
    assert.deepEqual(values, { debounceMs: 100 });
    assert.deepEqual(problems.map((problem) => `${at(problem)} ${problem.message}`), [
      '2:12 corpus.folders: Invalid input: expected array, received string; this setting is ignored',
      '3:17 corpus.includeSeeds: expected "auto", "always" or "never"; this setting is ignored',
      '5:13 severity.misquote: Invalid option: expected one of "error"|"warning"|"information"|"hint"|"off"; this setting is ignored',
      '6:3 severity.made-up: Unrecognized key: "made-up"; this setting is ignored',
      `7:1 unknown setting "colour" (known: ${Object.keys(shape).join(', ')})`,
    ]);
    assert.ok(problems.every((problem) => problem.file === '/p/.brief-lens.yaml'));
  });

  it('reports invalid JSON and YAML where the parser stopped, never throwing', () => {
    const json = parseProjectFile('/p/.brief-lens.json', '{\n  "corpus": { "folders": ["a"] },\n}', shape);
    assert.deepEqual(json.values, {});
    assert.equal(json.problems.length, 1);
    assert.equal(at(json.problems[0]!), '3:1');
    assert.match(json.problems[0]!.message, /^not valid JSON: /);
    const yaml = parseProjectFile('/p/.brief-lens.yaml', 'corpus:\n  folders: [a\n', shape);
    assert.equal(yaml.problems.length, 1);
    assert.match(yaml.problems[0]!.message, /^not valid YAML: /);
    assert.ok(yaml.problems[0]!.range);
    const list = parseProjectFile('/p/.brief-lens.yaml', '- a\n- b\n', shape);
    assert.deepEqual(list.problems.map((problem) => `${at(problem)} ${problem.message}`), [
      '1:1 must be an object of settings, such as { "corpus": { "folders": ["sources"] } }',
    ]);
  });

  it('does not expand YAML aliases without bound (a billion laughs is a problem, not a hang)', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    const { values, problems } = parseProjectFile('/p/.brief-lens.yaml', bomb, shape);
    assert.deepEqual(values, {});
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /^not valid YAML: .*alias/i);
  });
});

describe('config/seeds', () => {
  it('auto indexes the seeds only while no corpus folder is in use; always and never force it', () => {
    assert.equal(includesSeeds('auto', 0), true);
    assert.equal(includesSeeds('auto', 1), false);
    assert.equal(includesSeeds('always', 2), true);
    assert.equal(includesSeeds('never', 0), false);
  });
});
