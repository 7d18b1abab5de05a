// Prepares the HTTP load cases against a running `jixiao serve` on a `jixiao bench-data`
// database: logs in as the province's performance office, walks the filtered project list page
// by page to collect cursors (deep pages), and writes for bench/http/requests.lua one request a
// line ("METHOD PATH [BODY]"):
//   list.txt     the filtered list, 50 rows, first page and every collected cursor
//   project.txt  what a project's page asks for: the project, then its target (by project_id)
//   login.txt    correct credentials of several accounts (five failures would lock one)
//   page.json    one page's exact response body, for nginx to serve as a file of the same size
// and prints JSON: {"cookie": "...", "pages": n, "page_bytes": n, "projects": n}.
//   node bench/http/prepare.mjs http://127.0.0.1:PORT OUT_DIR [YEAR] [MAX_PAGES]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '../../tests/api/harness.mjs';

const [base, out, year = '2026', maxPages = '300'] = process.argv.slice(2);
const password = 'Bench@2026';
const office = new Client(base);
await office.login('b990000_office', password);

// Government funds are about an eighth of the year's projects: deep enough for a few hundred
// pages at N = 100,000, and a filter the page's index does not answer by itself.
const listPath = `/api/v1/projects?year=${year}&fund_type=gov_fund&limit=50`;
const lines = [`GET ${listPath}`];
const bodies = [];
const ids = [];
let cursor = null;
for (let page = 0; page < Number(maxPages); page++) {
  const path = cursor ? `${listPath}&cursor=${encodeURIComponent(cursor)}` : listPath;
  const res = await fetch(base + path, { headers: { cookie: office.cookie } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  const text = await res.text();
  const json = JSON.parse(text);
  if (cursor) lines.push(`GET ${path}`);
  bodies.push(text);
  for (const p of json.items) ids.push(p.id);
  cursor = json.next_cursor;
  if (!cursor) break;
}
writeFileSync(join(out, 'list.txt'), lines.join('\n') + '\n');
// The page of median size stands for them all.
bodies.sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b));
const body = bodies[bodies.length >> 1];
writeFileSync(join(out, 'page.json'), body);

// Spread over the pages' projects so that no one row stays hot in a cache.
const step = Math.max(1, Math.floor(ids.length / 500));
const project = [];
for (let i = 0; i < ids.length; i += step) {
  project.push(`GET /api/v1/projects/${ids[i]}`);
  project.push(`GET /api/v1/targets?project_id=${ids[i]}&limit=1`);
}
writeFileSync(join(out, 'project.txt'), project.join('\n') + '\n');

const accounts = [];
for (let i = 1; i <= 10; i++) accounts.push(`bench_expert${i}`, `bench_agency${i}`);
writeFileSync(join(out, 'login.txt'), accounts
  .map((username) => `POST /api/v1/sessions ${JSON.stringify({ username, password })}`).join('\n') + '\n');

console.log(JSON.stringify({
  cookie: office.cookie, pages: lines.length, page_bytes: Buffer.byteLength(body), projects: project.length / 2,
}));
