import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, codeOf, inWorkspace, openBrief, ours } from './helpers';

suite('smoke', () => {
  test('the extension activates in a real VS Code and checks a brief', async () => {
    await activate();
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['briefLens.reindex', 'briefLens.checkWorkspace', 'briefLens.insertReferences', 'briefLens.showSources', 'briefLens.openEvidence', 'briefLens.showOutput']) {
      assert.ok(commands.includes(command), command);
    }
    if (process.env.BRIEF_LENS_TEST_VSIX) {
      // The suites run against the installed VSIX, not the sources.
      const installed = vscode.extensions.getExtension('brief-lens.brief-lens');
      assert.ok(installed && /\/ext\/brief-lens\.brief-lens-/.test(installed.extensionUri.path), installed?.extensionUri.path);
    }
    const { document } = await openBrief(inWorkspace('briefs', 'fixture-brief.md'));
    const codes = ours(document.uri).map(codeOf);
    assert.ok(codes.includes('unknown-citation'), `codes: ${codes.join(', ')}`);
  });
});
