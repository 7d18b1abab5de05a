// The cases shared with the server's unit tests (tests/cases/*.json) and the shipped rule
// defaults (data/rules/national.json), read from the source tree.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);

/** tests/cases/<name>.json */
export function cases(name) {
  return JSON.parse(readFileSync(new URL(`tests/cases/${name}.json`, ROOT), 'utf8'));
}

/** The parameters of a shipped rule ("R-GR-1"). */
export function nationalParams(id) {
  const all = JSON.parse(readFileSync(new URL('data/rules/national.json', ROOT), 'utf8'));
  return all.rules.find((r) => r.id === id).params;
}

/**
 * The file of an import case: its header and data rows (a row written as {header: value} is the
 * good row with those cells changed; `many` repeats the good row, numbering one column).
 */
export function importFile(all, c) {
  const good = (change) => all.columns.map((h) => change[h] ?? all.good_row[h]);
  const rows = c.many
    ? Array.from({ length: c.many.count }, (_, i) => good({ [c.many.numbered]: all.good_row[c.many.numbered] + i }))
    : c.rows.map((r) => (Array.isArray(r) ? r : good(r)));
  return { header: c.header ?? all.columns, rows };
}

/**
 * Row errors ([{column, message}] per row) against a case's expectation: per row {column:
 * fragment or [fragments]}, each fragment found in one error of that column, no other errors.
 */
export function importErrorsMatch(rowErrors, expected, note) {
  assert.equal(rowErrors.length, expected.length, `${note}: rows`);
  rowErrors.forEach((errors, i) => {
    const want = expected[i];
    const got = {};
    for (const e of errors) (got[e.column] ??= []).push(e.message);
    assert.deepEqual(Object.keys(got).sort(), Object.keys(want).sort(), `${note}: row ${i + 2} ${JSON.stringify(errors)}`);
    for (const [column, fragments] of Object.entries(want)) {
      const list = Array.isArray(fragments) ? fragments : [fragments];
      assert.equal(got[column].length, list.length, `${note}: row ${i + 2} ${column} ${JSON.stringify(got[column])}`);
      list.forEach((f, j) => assert.ok(got[column][j].includes(f), `${note}: row ${i + 2} ${column}: “${got[column][j]}” lacks “${f}”`));
    }
  });
}

/** The shipped indicator framework of a version (data/framework/<version>.json). */
export function shippedFramework(version) {
  return JSON.parse(readFileSync(new URL(`data/framework/${version}.json`, ROOT), 'utf8'));
}

/** The shipped industries (data/library/industries.csv) as the API lists them: key and name. */
export function shippedIndustries() {
  const [, ...lines] = readFileSync(new URL('data/library/industries.csv', ROOT), 'utf8').trim().split('\n');
  return lines.map((l) => { const [key, name] = l.split(','); return { key, name }; });
}
