// Writes `contributes.configuration` of package.json from the zod settings schema
// (src/core/config/settingsSchema.ts). `--check` only reports drift (exit 1).
import * as fs from 'fs';
import * as path from 'path';
import { configurationContribution } from '../src/core/config/settingsSchema';

const file = path.join(__dirname, '..', 'package.json');
const text = fs.readFileSync(file, 'utf8');
const pkg = JSON.parse(text) as { contributes?: Record<string, unknown> };
const generated = configurationContribution();
const current = pkg.contributes?.configuration;
if (JSON.stringify(current) === JSON.stringify(generated)) {
  console.log('contributes.configuration is up to date');
} else if (process.argv.includes('--check')) {
  console.error('contributes.configuration in package.json differs from src/core/config/settingsSchema.ts; run: npx tsx scripts/generate-configuration.ts');
  process.exit(1);
} else {
  // Re-read just before writing: others edit other keys of package.json.
  const fresh = JSON.parse(fs.readFileSync(file, 'utf8')) as { contributes?: Record<string, unknown> };
  fresh.contributes = { ...(fresh.contributes ?? {}), configuration: generated };
  fs.writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`);
  console.log('wrote contributes.configuration');
}
