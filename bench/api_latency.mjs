// Latency of a few API calls against a running `jixiao serve` on the demo database, measured from
// a Node client on the same machine: node bench/api_latency.mjs http://127.0.0.1:8080 [requests]
// (A first look until the full suite of scripts/bench exists; it is not a load test.)
import { Client } from '../tests/api/harness.mjs';

const base = process.argv[2] || 'http://127.0.0.1:8080';
const n = Number(process.argv[3] || 2000);
const concurrency = 16;

function percentile(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]; }

async function measure(name, client, path) {
  const times = [];
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) {
      next++;
      const t = process.hrtime.bigint();
      const res = await client.get(path);
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  times.sort((a, b) => a - b);
  console.log(`| ${name} | ${n} | ${concurrency} | ${(n / seconds).toFixed(0)} | ` +
    `${percentile(times, 0.5).toFixed(2)} | ${percentile(times, 0.99).toFixed(2)} |`);
}

const office = new Client(base);
await office.login('demo_office');
const unit = new Client(base);
await unit.login('demo_unit');
const first = (await office.get('/api/v1/projects?limit=1')).body.items[0];
console.log('| request | requests | connections | req/s | p50 ms | p99 ms |');
console.log('|---|---|---|---|---|---|');
await measure('project list, office, 50 rows + totals', office, '/api/v1/projects?year=2026&limit=50');
await measure('project list, filtered and sorted by amount', office,
  '/api/v1/projects?year=2026&fund_type=general&amount_min_fen=1000000&sort=-amount_fen&limit=50');
await measure('project list, unit scope', unit, '/api/v1/projects?limit=50');
await measure('one project', office, `/api/v1/projects/${first.id}`);
await measure('units, name search', office, '/api/v1/units?q=' + encodeURIComponent('医院'));
const target = (await office.get('/api/v1/targets?year=2026&status=approved&limit=1')).body.items[0];
await measure('target list, office, 50 rows', office, '/api/v1/targets?year=2026&limit=50');
await measure('one target with indicators, reviews and sheet', office, `/api/v1/targets/${target.id}`);
await measure('target statistics, office', office, '/api/v1/statistics/targets?year=2026');
await measure('library search, two characters', unit, '/api/v1/library/indicators?q=' + encodeURIComponent('培训'));
await measure('recommendations for a project', office, `/api/v1/recommendations?project_id=${target.project_id}&limit=20`);
