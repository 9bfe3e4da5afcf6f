import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Brief Lens');
  context.subscriptions.push(output, vscode.commands.registerCommand('briefLens.showOutput', () => output.show()));
}

export function deactivate(): void {}
