import { strict as assert } from 'node:assert';
import { layeredValue } from '../../../src/extension/settingsLayers';

describe('extension settings layers (workspace > project file > user > default)', () => {
  it('takes the workspace setting, else the project file, else the user setting', () => {
    assert.equal(layeredValue('debounceMs', { workspace: 50, project: 100, user: 200 }, true), 50);
    assert.equal(layeredValue('debounceMs', { workspace: undefined, project: 100, user: 200 }, true), 100);
    assert.equal(layeredValue('debounceMs', { workspace: undefined, project: undefined, user: 200 }, true), 200);
    assert.equal(layeredValue('debounceMs', { workspace: undefined, project: undefined, user: undefined }, true), undefined);
  });

  it('merges severity per code: user, then project file, then workspace', () => {
    const value = layeredValue('severity', {
      user: { misquote: 'hint', 'unsupported-claim': 'off' },
      project: { misquote: 'warning', 'supported-uncited': 'off' },
      workspace: { 'supported-uncited': 'information' },
    }, true);
    assert.deepEqual(value, { misquote: 'warning', 'unsupported-claim': 'off', 'supported-uncited': 'information' });
    assert.equal(layeredValue('severity', { user: undefined, project: 'loud', workspace: { misquote: 'hint' } }, true), 'loud');
  });

  it('in an untrusted workspace, corpus folders come from the user settings only (not the workspace, not the project file)', () => {
    const layers = { workspace: ['../elsewhere'], project: ['/etc'], user: ['/home/me/sources'] };
    assert.deepEqual(layeredValue('corpus.folders', layers, false), ['/home/me/sources']);
    assert.equal(layeredValue('corpus.folders', { workspace: undefined, project: ['/etc'], user: undefined }, false), undefined);
    assert.deepEqual(layeredValue('corpus.folders', layers, true), ['../elsewhere']);
    assert.equal(layeredValue('corpus.includeSeeds', { workspace: undefined, project: 'never', user: undefined }, false), 'never');
  });
});
