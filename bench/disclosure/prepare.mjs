// Prepares the disclosure bench on a `jixiao bench-data` database: the province's office opens the
// year (timed: one INSERT … SELECT per kind and region) and publishes a first selection through
// the API (timed, per item); the rest is marked published in SQL by the caller. Prints one JSON
// line: {open_ms, added, bulk_items, bulk_ms}.
//   node bench/disclosure/prepare.mjs BASE YEAR
import { Client } from '../../tests/api/harness.mjs';

const [base, year] = process.argv.slice(2);
const office = new Client(base);
const me = (await office.login('b990000_office', 'Bench@2026')).user;
let t = performance.now();
const opened = await office.post('/api/v1/disclosures:open', { year: Number(year) });
if (opened.status !== 200) throw new Error('open: ' + JSON.stringify(opened.body));
const openMs = performance.now() - t;
const list = await office.get(`/api/v1/disclosures?year=${year}&status=due&region_id=${me.region_id}&limit=500`);
const ids = list.body.items.map((i) => i.id);
t = performance.now();
const bulk = await office.post('/api/v1/disclosures:bulk', { ids, action: 'publish' });
if (bulk.status !== 200) throw new Error('bulk: ' + JSON.stringify(bulk.body));
console.log(JSON.stringify({ open_ms: Math.round(openMs), added: opened.body.added, bulk_items: bulk.body.done,
  bulk_ms: Math.round(performance.now() - t) }));
