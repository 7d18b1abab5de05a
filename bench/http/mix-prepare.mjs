// Prepares the deadline-week mix (bench/http/mix) against a running `jixiao serve` on a
// `jixiao bench-data` database with an open monitoring checkpoint. Logs in as the region's
// performance office and writes one request a line:
//   reads.txt   what the office opens in a deadline week, in turn: a page of the filtered project
//               list (the kept-page case of bench/http/run), a page of the year's monitoring
//               reports, one report's page ("METHOD PATH", with the office's cookie)
//   writes.txt  submits of distinct pending reports whose answers are complete, each by an account
//               that may submit it (b<id>_department, b<id>_unit, or the office) ("METHOD PATH COOKIE CSRF BODY"): a report is submitted once,
//               so no line may be sent twice
// and prints JSON: {"cookie": "...", "reads": n, "writes": n, "accounts": n}.
//   node bench/http/mix-prepare.mjs http://127.0.0.1:PORT OUT_DIR [YEAR]
// MIX_MAX_WRITES caps the submits collected (default 8000); MIX_ACCOUNTS the department and unit
// accounts tried as authors (default 1000; each login costs an argon2id hash); BENCH_OFFICE and
// BENCH_PASSWORD name the office (default b990000_office, Bench@2026).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '../../tests/api/harness.mjs';

const [base, out, year = '2026'] = process.argv.slice(2);
const password = process.env.BENCH_PASSWORD || 'Bench@2026';
const maxWrites = Number(process.env.MIX_MAX_WRITES || 8000);
const maxAccounts = Number(process.env.MIX_ACCOUNTS || 1000);
const office = new Client(base);
await office.login(process.env.BENCH_OFFICE || 'b990000_office', password);

async function getJson(client, path) {
  const res = await client.get(path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return res.body;
}

// Pages of a list by cursor, first page included: the paths, and the rows seen.
async function walk(listPath, maxPages) {
  const paths = [listPath];
  const rows = [];
  let cursor = null;
  for (let page = 0; page < maxPages; page++) {
    const path = cursor ? `${listPath}&cursor=${encodeURIComponent(cursor)}` : listPath;
    const json = await getJson(office, path);
    if (cursor) paths.push(path);
    rows.push(...json.items);
    cursor = json.next_cursor;
    if (!cursor) break;
  }
  return { paths, rows };
}

// The project list as bench/http/run asks for it; the year's monitoring reports, every status.
const projects = await walk(`/api/v1/projects?year=${year}&fund_type=gov_fund&limit=50`, 100);
const reports = await walk(`/api/v1/monitoring-reports?year=${year}&limit=50`, 100);
const step = Math.max(1, Math.floor(reports.rows.length / 300));
const reportPages = [];
for (let i = 0; i < reports.rows.length; i += step) reportPages.push(`GET /api/v1/monitoring-reports/${reports.rows[i].id}`);
const reads = [];
const kinds = [projects.paths.map((p) => `GET ${p}`), reports.paths.map((p) => `GET ${p}`), reportPages]
  .filter((k) => k.length > 0);
const n = Math.max(...kinds.map((k) => k.length));
for (let i = 0; i < n; i++) for (const k of kinds) reads.push(k[i % k.length]);
writeFileSync(join(out, 'reads.txt'), reads.join('\n') + '\n');

// The authors: each report's department or unit account when it exists and may submit it, else
// the office.
const accounts = new Map();  // username → Promise of a Client, or of null when it cannot log in
function account(username) {
  if (!accounts.has(username)) {
    if (accounts.size >= maxAccounts) return null;
    accounts.set(username, (async () => {
      const c = new Client(base);
      try {
        await c.login(username, password);
        return c;
      } catch {
        return null;
      }
    })());
  }
  return accounts.get(username);
}

// Ready to submit: every indicator has its figure so far and a judgement, and a reason and a
// correction when it may fall short (what the submit checks). Answers shown "prefilled" are the
// last checkpoint's, offered but not saved.
function complete(view) {
  return !view.prefilled && view.indicators.length > 0 && view.indicators.every((a) => a.value_so_far !== '' && a.likelihood !== '' &&
    (a.likelihood === 'certain' || (a.reason !== '' && a.correction !== '')));
}

const writes = [];
const pendingPath = `/api/v1/monitoring-reports?year=${year}&status=pending&limit=500`;
let cursor = null;
let seen = 0;
const authors = new Set();
do {
  const path = cursor ? `${pendingPath}&cursor=${encodeURIComponent(cursor)}` : pendingPath;
  const json = await getJson(office, path);
  cursor = json.next_cursor;
  seen += json.items.length;
  // A few at a time: the server is idle and this only collects.
  for (let i = 0; i < json.items.length && writes.length < maxWrites; i += 8) {
    const batch = json.items.slice(i, i + 8);
    const found = await Promise.all(batch.map(async (r) => {
      for (const who of [`b${r.department_id}_department`, `b${r.unit_id}_unit`, null]) {
        const author = who ? await account(who) : office;
        if (!author) continue;
        const res = await author.get(`/api/v1/monitoring-reports/${r.id}`);
        if (res.status !== 200) continue;
        if (!res.body.actions.includes('submit')) continue;
        if (!complete(res.body)) return null;
        return { id: r.id, version: res.body.version, author };
      }
      return null;
    }));
    for (const f of found) {
      if (!f || writes.length >= maxWrites) continue;
      authors.add(f.author);
      writes.push(`POST /api/v1/monitoring-reports/${f.id}/steps ${f.author.cookie} ${f.author.csrf} ` +
        JSON.stringify({ version: f.version, action: 'submit' }));
    }
  }
} while (cursor && writes.length < maxWrites);
writeFileSync(join(out, 'writes.txt'), writes.join('\n') + (writes.length ? '\n' : ''));

console.log(JSON.stringify({
  cookie: office.cookie, reads: reads.length, writes: writes.length, accounts: authors.size, pending_seen: seen,
}));
