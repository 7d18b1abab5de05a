import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from './harness.mjs';

let server;
before(async () => { server = await startServer({ demo: false }); });
after(async () => { await server?.stop(); });

test('healthz answers 200 with the schema version once serving', async () => {
  const res = await new Client(server.base).get('/healthz');
  assert.equal(res.status, 200);
  assert.equal(res.body.status, 'ok');
  assert.ok(res.body.schema_version >= 1);
});

test('unknown paths answer a Chinese problem+json', async () => {
  const res = await new Client(server.base).get('/api/v1/no-such-thing');
  assert.equal(res.status, 404);
  assert.match(res.headers.get('content-type'), /application\/problem\+json/);
  assert.equal(res.body.code, 'not_found');
  assert.match(res.body.detail, /不存在/);
});

test('metrics count requests by route and status', async () => {
  const c = new Client(server.base);
  await c.get('/healthz');
  const res = await c.get('/metrics');
  assert.equal(res.status, 200);
  const text = res.body.toString();
  assert.match(text, /jixiao_http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/);
  assert.match(text, /jixiao_http_request_duration_seconds_bucket/);
  assert.match(text, /jixiao_db_pool_size \d+/);
});

test('a broken request target is refused with 400', async () => {
  const res = await new Client(server.base).get('/api/v1/projects/%zz');
  assert.equal(res.status, 400);
});
