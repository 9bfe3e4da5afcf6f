// The perturbation suite's table: verdict rates per class, each target marked met or missed.
import type { PerturbFigures } from './run';

const rate = (value: number): string => value.toFixed(3);

export function perturbText(figures: PerturbFigures, verbose: boolean): string {
  const lines = [
    `== perturbation suite: ${figures.perClass} cases per class asked, seed ${figures.seed}`,
    `  corpora: ${figures.corpora.map((corpus) => `${corpus.name} (${corpus.sources} sources, ${corpus.passages} passages, ${corpus.sentences} factual sentences)`).join('; ')}`,
    ...figures.missing.map((reason) => `  not used: ${reason}`),
    '  class           expect        n     supp   contr  unsup  opin   targets',
  ];
  for (const figure of figures.classes) {
    const targets = figure.targets.map((target) => `${target.verdict} ${target.atLeast !== undefined ? `>=${target.atLeast}` : `<=${target.atMost}`} ${target.met ? 'ok' : 'MISSED'}`).join(', ') || '(no target)';
    const { supported, contradicted, unsupported, opinion } = figure.rates;
    lines.push(`  ${figure.name.padEnd(15)} ${figure.expected.padEnd(13)} ${String(figure.cases).padStart(5)} ${[supported, contradicted, unsupported, opinion].map(rate).join('  ')}  ${targets}`);
    lines.push(`      ${figure.expected} by corpus: ${Object.entries(figure.byCorpus).map(([corpus, part]) => `${corpus} ${rate(part.expectedRate)} of ${part.cases}`).join(', ')}`);
    const wrong = Object.entries(figure.wrongByDecidedBy).map(([name, n]) => `${name} ${n}`).join(', ');
    if (wrong) lines.push(`      wrong verdicts by decidedBy: ${wrong}`);
    if (verbose) {
      for (const example of figure.examples) lines.push(`      -> ${example.verdict} [${example.decidedBy}] ${example.before ?? ''} => ${example.after ?? ''} | ${example.text.slice(0, 160)}`);
    }
  }
  lines.push(`  targets met: ${figures.targetsMet}/${figures.targetsTotal}`);
  return lines.join('\n');
}
