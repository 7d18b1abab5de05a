// A list's filters as its URL's query: what a link or a menu entry names is all a list starts
// from (a menu entry names none), and 查询 writes the filters back there.
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

export type FilterValue = string | string[] | number | null;
export type Filters = Record<string, FilterValue>;

// The filters a query names, each of the kind its blank value has; others stay blank.
export function filtersFrom<F extends Filters>(blank: F, query: LocationQuery): F {
  const f = { ...blank } as Filters;
  for (const [k, empty] of Object.entries(blank)) {
    const raw = query[k];
    const texts = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && v !== '');
    if (!texts.length) continue;
    if (Array.isArray(empty)) f[k] = texts;
    else if (typeof empty === 'string') f[k] = texts[0];
    else if (/^\d+$/.test(texts[0])) f[k] = Number(texts[0]);
  }
  return f as F;
}

// The query of filters: blank ones left out, so an unfiltered list has the bare path.
export function queryOf(f: Filters): LocationQueryRaw {
  const q: LocationQueryRaw = {};
  for (const [k, v] of Object.entries(f)) {
    if (v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    q[k] = Array.isArray(v) ? [...v] : typeof v === 'number' ? String(v) : v.trim();
    if (q[k] === '') delete q[k];
  }
  return q;
}

export function sameQuery(a: LocationQueryRaw, b: LocationQueryRaw): boolean {
  const norm = (q: LocationQueryRaw) => JSON.stringify(Object.keys(q).sort().map((k) => [k, q[k]]));
  return norm(a) === norm(b);
}
