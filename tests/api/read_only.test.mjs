// The read-only role (监督, demo_viewer) walks every route `jixiao routes` lists that changes
// anything, aimed at objects of its own region: each answers 403 and nothing changes. Only its
// own session and password, and the lint (which writes nothing), are open to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, jixiao } from './harness.mjs';

// Open to a read-only role: its own session and password, and what writes nothing.
const OPEN = new Set(['POST /api/v1/sessions', 'DELETE /api/v1/sessions/current',
  'POST /api/v1/me/password', 'DELETE /api/v1/users/{id}/sessions', 'POST /api/v1/targets:lint']);

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

test('a read-only role gets 403 on every write route', async () => {
  const viewer = await loggedIn(server.base, 'demo_viewer');
  const routes = JSON.parse(jixiao(['routes', '--json']));
  const writes = routes.filter((r) => !['GET', 'HEAD'].includes(r.method) && !OPEN.has(`${r.method} ${r.pattern}`));
  assert.ok(writes.length >= 30, `only ${writes.length} write routes`);
  // Ids of its own region's objects where one exists, so that a 404 cannot stand in for a 403.
  const projectId = viewer.get('/api/v1/projects?limit=1').then((r) => r.body.items[0]?.id ?? 1);
  const id = await projectId;
  const counts = () => server.db.query('SELECT (SELECT COUNT(*) FROM audit_log) || \'/\' || (SELECT COUNT(*) FROM projects)');
  const before = counts();
  const answers = [];
  for (const { method, pattern } of writes) {
    const path = pattern.replace(/\{[a-z_]+\}/g, String(id));
    const res = await viewer.request(method, path, { body: method === 'DELETE' ? undefined : {} });
    answers.push(`${method} ${pattern} -> ${res.status} ${res.body?.code ?? ''}`);
  }
  const wrong = answers.filter((a) => !a.endsWith('-> 403 forbidden'));
  assert.deepEqual(wrong, [], 'every write route answers 403 forbidden');
  assert.equal(counts(), before);
  // The routes open to it still work.
  assert.equal((await viewer.get('/api/v1/me')).status, 200);
});
