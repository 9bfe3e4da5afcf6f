// The test entry the workbench loads (extensionTestsPath): runs every out/integration/suite/*.test.js
// with mocha 11 (CommonJS). Same contract as for @vscode/test-electron: resolve when all pass.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const report = process.env.BRIEF_LENS_TEST_REPORT;
  if (report) {
    // The host's console reaches the driver mixed with workbench noise; the report goes to a file.
    const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
    base.consoleLog = (...args: unknown[]) => fs.appendFileSync(report, `${util.format(...args)}\n`);
  }
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: 60_000,
    reporter: 'spec',
    ...(process.env.BRIEF_LENS_TEST_GREP ? { grep: process.env.BRIEF_LENS_TEST_GREP } : {}),
  });
  const dir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(dir, file));
  }
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
