// CSV as spreadsheets write it (RFC 4180): quoted fields with "" for a quote, CRLF or LF line
// ends, an optional UTF-8 byte order mark. Blank lines are skipped, as the server does.

export class CsvError extends Error {}

export function parseCsv(text: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let started = false;
  let line = 1;
  let quoteLine = 0;
  const endField = () => { row.push(field); field = ''; started = false; };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !started) { quoted = true; started = true; quoteLine = line; }
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') continue;
    else if (c === '\n') { endRow(); line++; }
    else { field += c; started = true; }
  }
  if (quoted) throw new CsvError(`第 ${quoteLine} 行的引号没有闭合`);
  if (started || row.length > 0) endRow();
  return rows;
}

function quote(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
}

/** Rows → CSV text with CRLF line ends (no byte order mark). */
export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** A CSV file's text: UTF-8, or GB18030 as Excel on a Chinese system often saves it. */
export function decodeCsvFile(buf: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}
