// Who a source is by, as words: its author, its publisher and the words of its file name
// ("2016_barack_obama_d", "OfcomReport"). A brief names these when it attributes a claim.
import { tokenize } from '../text/tokens';
import type { SourceMetadata } from '../types';

/** The stems of the source's author, publisher and file-name words (no numbers, no single letters). */
export function originStems(info: Pick<SourceMetadata, 'key' | 'author' | 'publisher'>): string[] {
  const keyWords = info.key.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/[_\-.]+/g, ' ');
  const described = [info.author ?? '', info.publisher ?? '', keyWords].join(' \n ');
  return tokenize(described)
    .filter((t) => !t.numeric && t.norm.length > 1)
    .map((t) => t.stem);
}
