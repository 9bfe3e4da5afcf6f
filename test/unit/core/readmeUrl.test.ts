import * as assert from 'assert';
import { readmeUrl } from '../../../src/core';

describe('readmeUrl: where the README section per finding code lives', () => {
  it('takes homepage without its #fragment', () => {
    assert.strictEqual(readmeUrl({ homepage: 'https://example.org/brief-lens#readme', repository: 'https://example.org/other' }), 'https://example.org/brief-lens');
  });

  it('takes the repository URL, as a string or { url }, without git+ and .git, when there is no homepage', () => {
    assert.strictEqual(readmeUrl({ repository: 'git+https://github.com/someone/brief-lens.git' }), 'https://github.com/someone/brief-lens');
    assert.strictEqual(readmeUrl({ repository: { url: 'https://gitlab.com/someone/brief-lens.git' } }), 'https://gitlab.com/someone/brief-lens');
  });

  it('falls back to the project page when neither is an http(s) address', () => {
    assert.strictEqual(readmeUrl({}), 'https://github.com/brief-lens/brief-lens');
    assert.strictEqual(readmeUrl({ repository: 'github:someone/brief-lens' }), 'https://github.com/brief-lens/brief-lens');
    assert.strictEqual(readmeUrl({ homepage: 'ftp://example.org/brief-lens' }), 'https://github.com/brief-lens/brief-lens');
  });
});
