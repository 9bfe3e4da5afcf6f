// A long PDF made in memory (one text line per row, Helvetica, no images): enough pages that
// indexing it takes seconds, so a test can cancel it midway. Plain ASCII, exact xref offsets.

export function makePdf(pages: readonly string[][]): Uint8Array {
  const objects: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pages.map((_, index) => `${4 + 2 * index} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((lines, index) => {
    const stream = `BT /F1 11 Tf 14 TL 72 740 Td ${lines.map((line) => `(${line.replace(/[\\()]/g, '\\$&')}) '`).join(' ')} ET`;
    objects[4 + 2 * index] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * index} 0 R >>`;
    objects[5 + 2 * index] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let number = 1; number < objects.length; number++) {
    offsets.push(out.length);
    out += `${number} 0 obj\n${objects[number]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** `count` pages of numbered sentences, 40 lines each. */
export function longReport(count: number): Uint8Array {
  const pages: string[][] = [];
  for (let page = 1; page <= count; page++) {
    const lines: string[] = [];
    for (let line = 1; line <= 40; line++) lines.push(`Line ${line} of page ${page} records that the survey counted ${page * 40 + line} households in the district.`);
    pages.push(lines);
  }
  return makePdf(pages);
}
