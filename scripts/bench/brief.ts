// A deterministic benchmark brief made of real corpus sentences: most copied as they stand
// (some cited, some not), some with a figure, year or name altered so the checker finds
// contradictions, mixed with opinion sentences, headings and lists. Same seed, same brief.
import type { Corpus } from '../../src/core';
import { pick, seededRandom } from '../lib/seededRandom';

export { seededRandom };

const OPINIONS = [
  'We recommend that the department publish its figures every quarter.',
  'Ministers should consider a phased approach before committing further funds.',
  'It may be wiser to wait for the evaluation before expanding the programme.',
  'Should the committee revisit these assumptions next year?',
  'In our view, the case for reform is strong but not yet settled.',
  'We believe the next budget ought to protect this spending.',
  'Policymakers could learn from the experience of earlier administrations.',
  'The government should set out a clear timetable for delivery.',
  'Perhaps the most important lesson is that ambition needs funding.',
  'We would urge caution before drawing firm conclusions from a single year.',
];

const HEADINGS = ['Summary', 'Key points', 'Context', 'Finances', 'Trade and commerce', 'Defence', 'Options', 'Recommendations', 'Background', 'Analysis'];

export interface GeneratedBrief {
  text: string;
  words: number;
  /** How many sentences of each kind were written. */
  counts: { copied: number; cited: number; figure: number; date: number; name: number; opinion: number };
}

interface Candidate {
  id: number;
  text: string;
  key: string;
}

/** Passages that read as standalone sentences and carry no Markdown syntax. */
function candidates(corpus: Corpus): Candidate[] {
  const out: Candidate[] = [];
  for (let id = 0; id < corpus.passageCount; id++) {
    const p = corpus.passage(id);
    const t = p.text;
    if (t.length < 60 || t.length > 320) continue;
    if (!/^[A-Z][^\n]*[a-z0-9][.!?]$/.test(t)) continue;
    if (/[*_#<>|[\]`\\@"“”]|\s{2}|^\d|\b(?:Mr|Dr|St|No)\.$/.test(t)) continue;
    out.push({ id, text: t, key: p.key });
  }
  return out;
}

/** Changes one number in the sentence (not a year); undefined when it has none. */
function alterFigure(text: string, random: () => number): string | undefined {
  const numbers = [...text.matchAll(/\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g)].filter((m) => !/^(1[6-9]|20)\d\d$/.test(m[0]));
  if (numbers.length === 0) return undefined;
  const m = pick(numbers, random);
  const digits = m[0].replace(/,/g, '');
  const value = Number(digits);
  let next = value < 10 ? value + 2 + Math.floor(random() * 5) : Math.round(value * (1.3 + random()));
  if (next === value) next++;
  const formatted = m[0].includes(',') ? next.toLocaleString('en-US') : String(next);
  return text.slice(0, m.index) + formatted + text.slice(m.index! + m[0].length);
}

/** Moves one year by a few years; undefined when the sentence names none. */
function alterDate(text: string, random: () => number): string | undefined {
  const years = [...text.matchAll(/\b(1[7-9]\d\d|20[0-2]\d)\b/g)];
  if (years.length === 0) return undefined;
  const m = pick(years, random);
  const shift = (1 + Math.floor(random() * 4)) * (random() < 0.5 ? -1 : 1);
  return text.slice(0, m.index) + String(Number(m[0]) + shift) + text.slice(m.index! + m[0].length);
}

const NAMES = ['Mexico', 'France', 'Spain', 'Great Britain', 'Russia', 'China', 'Japan', 'Germany', 'Canada', 'Cuba', 'Oxford', 'Edinburgh'];

/** Swaps one place name for another; undefined when the sentence names none of them. */
function alterName(text: string, random: () => number): string | undefined {
  const present = NAMES.filter((n) => new RegExp(`\\b${n}\\b`).test(text));
  if (present.length === 0) return undefined;
  const from = pick(present, random);
  const to = pick(NAMES.filter((n) => n !== from && !text.includes(n)), random);
  return text.replace(new RegExp(`\\b${from}\\b`), to);
}

function cite(sentence: string, key: string): string {
  const m = /[.!?]$/.exec(sentence);
  return m ? `${sentence.slice(0, m.index)} [@${key}]${sentence.slice(m.index)}` : `${sentence} [@${key}]`;
}

function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** A Markdown brief of about `words` words drawn from the corpus, seeded. */
export function generateBrief(corpus: Corpus, options: { words?: number; seed?: number } = {}): GeneratedBrief {
  const target = options.words ?? 5000;
  const random = seededRandom(options.seed ?? 42);
  const pool = candidates(corpus);
  if (pool.length === 0) throw new Error('corpus has no passages usable as brief sentences');
  const withNumbers = pool.filter((c) => /\d/.test(c.text));
  const withNames = pool.filter((c) => NAMES.some((n) => new RegExp(`\\b${n}\\b`).test(c.text)));
  const counts = { copied: 0, cited: 0, figure: 0, date: 0, name: 0, opinion: 0 };
  const parts: string[] = ['---', 'title: Benchmark brief', 'author: brief-lens bench', '---', '', '# Benchmark brief', ''];
  let words = 0;
  let paragraph: string[] = [];
  let heading = 0;
  let sinceHeading = 0;
  const flush = (): void => {
    if (paragraph.length === 0) return;
    // Every fifth paragraph is a bullet list, one sentence per item.
    parts.push(random() < 0.2 ? paragraph.map((s) => `- ${s}`).join('\n') : paragraph.join(' '), '');
    paragraph = [];
  };
  while (words < target) {
    if (sinceHeading === 0) parts.push(`## ${HEADINGS[heading++ % HEADINGS.length]}`, '');
    const roll = random();
    let sentence: string | undefined;
    if (roll < 0.12) {
      sentence = pick(OPINIONS, random);
      counts.opinion++;
    } else if (roll < 0.2) {
      const c = pick(withNumbers, random);
      sentence = alterFigure(c.text, random);
      if (sentence) {
        counts.figure++;
        if (random() < 0.5) sentence = cite(sentence, c.key);
      }
    } else if (roll < 0.26) {
      const c = pick(withNumbers, random);
      sentence = alterDate(c.text, random);
      if (sentence) counts.date++;
    } else if (roll < 0.3 && withNames.length > 0) {
      const c = pick(withNames, random);
      sentence = alterName(c.text, random);
      if (sentence) counts.name++;
    }
    if (!sentence) {
      const c = pick(pool, random);
      counts.copied++;
      if (random() < 0.4) {
        sentence = cite(c.text, c.key);
        counts.cited++;
      } else sentence = c.text;
    }
    words += countWords(sentence.replace(/ \[@[^\]]*\]/g, ''));
    paragraph.push(sentence);
    if (paragraph.length >= 3 + Math.floor(random() * 4)) {
      flush();
      sinceHeading = (sinceHeading + 1) % 4;
    }
  }
  flush();
  const text = parts.join('\n');
  return { text, words, counts };
}
