// Kept pages of the project list (ARCHITECTURE "Caches that are never stale"): a monitoring
// report's submit, a write in its own area, leaves them kept; another process's write makes them
// stale within a poll. Pages built are counted by /metrics (jixiao_page_cache_misses).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, jixiao } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

const listPath = '/api/v1/projects?year=2026&limit=20';
const poll = () => new Promise((r) => setTimeout(r, 250));  // past the 0.1 s poll

async function built(c) {
  const res = await c.get('/metrics');
  const m = res.body.toString().match(/^jixiao_page_cache_misses (\d+)/m);
  return Number(m[1]);
}

async function list(c) {
  const res = await c.get(listPath);
  assert.equal(res.status, 200);
  return res.body;
}

// A pending report the office may submit, its answers saved and complete.
async function readyReport(c) {
  const res = await c.get('/api/v1/monitoring-reports?year=2026&status=pending&limit=200');
  for (const r of res.body.items) {
    const v = (await c.get(`/api/v1/monitoring-reports/${r.id}`)).body;
    if (!v.actions.includes('submit') || v.prefilled || v.indicators.length === 0) continue;
    if (v.indicators.every((a) => a.value_so_far !== '' && a.likelihood !== '' &&
      (a.likelihood === 'certain' || (a.reason !== '' && a.correction !== '')))) return v;
  }
  return null;
}

// Whether the page stays kept across act(). On PostgreSQL the data version follows the cluster's
// snapshot, which another database's commit (a test running beside this one, autovacuum) moves
// too, and then the page is rightly built again: a few tries tell the mechanism from that noise.
async function keptAcross(c, act) {
  for (let i = 0; i < 5; i++) {
    await list(c);
    const n = await built(c);
    await act();
    await poll();
    await list(c);
    if (await built(c) === n) return true;
  }
  return false;
}

test('a report submit leaves the project list kept; another process\'s write makes it stale', async () => {
  const office = await loggedIn(server.base, 'demo_office');
  // On PostgreSQL beside the other test files (a cluster busy with their databases' commits) the
  // snapshot moves in every poll, so what a submit leaves kept cannot be seen there: SQLite shows it.
  const busyCluster = server.db.url.startsWith('postgresql');
  await poll();
  const first = await list(office);
  const again = await keptAcross(office, async () => {});
  if (!busyCluster) assert.ok(again, 'a second ask is answered from the kept page');

  let submitted = null;
  const kept = await keptAcross(office, async () => {
    const report = await readyReport(office);
    assert.ok(report, 'the demo has a report ready to submit');
    const res = await office.post(`/api/v1/monitoring-reports/${report.id}/steps`,
      { version: report.version, action: 'submit' });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'submitted');
    submitted = report.id;
  });
  if (!busyCluster) assert.ok(kept, 'a submit does not make the page stale');
  assert.deepEqual(await list(office), first);
  // The report itself is read afresh.
  const seen = await office.get(`/api/v1/monitoring-reports/${submitted}`);
  assert.equal(seen.body.status, 'submitted');

  // The batch lint is another process: its commit makes every page stale within a poll.
  const n = await built(office);
  jixiao(['lint-all', '--db', server.db.url, '--year', '2026']);
  await poll();
  await list(office);
  assert.ok(await built(office) > n, 'another process\'s write makes the page stale');
});

