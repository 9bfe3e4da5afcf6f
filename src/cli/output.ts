// The one file the CLI writes: the report the user asked for with `report -o FILE`.
import { promises as fsp } from 'node:fs';

export async function writeUserFile(file: string, text: string): Promise<void> {
  await fsp.writeFile(file, text, 'utf8');
}
