import * as assert from 'assert';
import * as vscode from 'vscode';

suite('smoke', () => {
  test('the extension activates in a real VS Code', async () => {
    const extension = vscode.extensions.getExtension('brief-lens.brief-lens');
    assert.ok(extension, 'extension brief-lens.brief-lens is installed');
    await extension.activate();
    assert.ok(extension.isActive);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('briefLens.showOutput'));
  });
});
