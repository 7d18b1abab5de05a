// A bounded fuzz run over every route `jixiao routes` lists: requests built from the API's own
// field names with hostile values (bytes that are not UTF-8, control characters, huge and
// negative numbers, numbers as strings, wrong types, forged cursors, long texts, odd content
// types), as an anonymous caller, a unit, the office and an expert, with and without the CSRF
// header. It fails on any 5xx, an answer that is not valid UTF-8 (or not JSON when it says so),
// a server that stops, or a refused request that changed the data (every table's fingerprint and
// the audit log's count, before and after).
//
// JIXIAO_FUZZ_SECONDS (default 100) bounds it; JIXIAO_FUZZ_SEED replays a run (the seed is
// printed at the start and with every failure).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, Client, jixiao } from '../api/harness.mjs';
import { fingerprintOf } from '../api/fingerprint.mjs';

const SECONDS = Number(process.env.JIXIAO_FUZZ_SECONDS || 100);
const SEED = Number(process.env.JIXIAO_FUZZ_SEED || Math.floor(Math.random() * 2 ** 31));

// mulberry32: small, fast and the same on every machine.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const chance = (p) => random() < p;

// The field names the API reads, so that mutations reach past the first "unknown field".
const FIELDS = ['version', 'name', 'code', 'year', 'unit_id', 'department_id', 'region_id', 'section_id',
  'project_id', 'parent_id', 'amount_fen', 'fund_type', 'function_class', 'category', 'subcategory', 'tags',
  'kind', 'overall_goal', 'medium_term_goal', 'duties', 'tasks', 'indicators', 'comparator', 'value', 'unit',
  'weight', 'direction', 'value_basis', 'decision', 'scores', 'comment', 'opinion', 'action', 'reason', 'params',
  'username', 'password', 'old_password', 'new_password', 'display_name', 'role', 'active', 'target_ids',
  'reviewer_id', 'due_date', 'status', 'industry', 'target_id', 'level', 'path', 'label', 'sheet', 'pass_mark'];
const QUERY_KEYS = ['year', 'limit', 'offset', 'cursor', 'q', 'sort', 'status', 'queue', 'kind', 'department_id',
  'unit_id', 'project_id', 'region_id', 'assigned', 'fund_type', 'tag', 'amount_min_fen', 'industry', 'scope',
  'document_type', 'document_id', 'role', 'parent_id', 'code'];
const QUERY_VALUES = ['2026', '2025', '0', '-1', '1', '50', '99999999999999999999', '', 'abc', '%FF%FE', '%00',
  '%0A', '1f31393836', '1f', 'MTIz', '%E4%B8%AD%E5%AD%A6', 'x'.repeat(300), '1,2', 'null', '-id', 'amount_fen',
  'name', 'draft', 'office', 'department', 'project', 'general', '%ED%A0%80', '+1', '1e3', '0x10'];
const IDS = ['1', '2', '3', '7', '42', '100', '999999', '0', '-1', 'abc', '1e3', '%FF', '9223372036854775808',
  '%E4%B8%AD', '1%00'];
const WORDS = ['培训', '中小学教师培训经费', '云岭州', 'x', '', ' ', '\u0000', 'a\u0007b', '\t', '≥', '2026-10-31',
  '有效提升', 'DROP TABLE projects;', "' OR 1=1 --", '\ud800', '𠀀', 'é'.repeat(40)];

function value(depth = 0) {
  switch (Math.floor(random() * (depth > 1 ? 8 : 11))) {
    case 0: return Math.floor(random() * 5000);
    case 1: return pick([-1, 0, 1, 2026, 2 ** 53, -(2 ** 63), 1e308, 0.5, 1.005, 100.001]);
    case 2: return pick(WORDS);
    case 3: return pick(['20', '1e3', '0x10', 'true', 'null', '2026']);
    case 4: return pick([true, false, null]);
    case 5: return 'x'.repeat(pick([100, 1001, 20000]));
    case 6: return pick(['draft', 'approved', 'pass', 'return', 'approve', 'advise', 'project', 'department',
      'general', 'output', 'quantity', '>=', 'qualitative', 'unit', 'admin', 'R-TR-2']);
    case 7: return pick(IDS);
    case 8: return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    case 9: return object(depth + 1);
    default: return Array.from({ length: pick([1, 3, 6000]) }, () => Math.floor(random() * 3000));
  }
}

function object(depth = 0) {
  const o = {};
  for (let i = Math.floor(random() * 6); i > 0; i--) o[chance(0.9) ? pick(FIELDS) : pick(WORDS)] = value(depth);
  return o;
}

// A body: mostly JSON objects of the API's fields; sometimes broken JSON, bytes that are not
// UTF-8, a duplicated key, or JSON sent under another content type.
function body() {
  const r = random();
  if (r < 0.55) return { bytes: Buffer.from(JSON.stringify(object())), type: 'application/json' };
  if (r < 0.65) return { bytes: Buffer.from(`{"name": "a", "name": "b", "version": ${Math.floor(random() * 9)}}`), type: 'application/json' };
  if (r < 0.75) return { bytes: Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xed, 0x50, 0xff]), Buffer.from('"}')]), type: 'application/json' };
  if (r < 0.82) return { bytes: Buffer.from(pick(['{', '[]', 'null', '"x"', '{"a":}', '{"version": 1,}', ''])), type: 'application/json' };
  if (r < 0.88) return { bytes: Buffer.from(JSON.stringify(object())), type: pick(['text/plain', 'text/csv', '']) };
  if (r < 0.94) {
    const csv = ['项目编码,项目名称,金额（万元）', 'A1,' + pick(WORDS) + ',1', 'A1,名称,1,多余'].join('\n');
    return { bytes: Buffer.concat([Buffer.from(csv), chance(0.5) ? Buffer.from([0xed, 0x50, 0xff]) : Buffer.alloc(0)]), type: 'text/csv; charset=utf-8' };
  }
  return { bytes: Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256))), type: 'application/octet-stream' };
}

function target(route) {
  let path = route.pattern.replace(/\{[^}]+\}/g, () => pick(IDS));
  const query = [];
  for (let i = chance(0.5) ? 0 : Math.floor(random() * 4); i > 0; i--) query.push(`${pick(QUERY_KEYS)}=${pick(QUERY_VALUES)}`);
  if (chance(0.7) && route.method === 'GET') query.push('year=2026');
  if (query.length) path += '?' + query.join('&');
  return path;
}

let server, callers, routes, fingerprint;
before(async () => {
  server = await startServer();
  routes = JSON.parse(jixiao(['routes', '--json']))
    // Ending one's own session would only end the run's caller.
    .filter((r) => !(r.method === 'DELETE' && r.pattern.startsWith('/api/v1/sessions')));
  callers = {
    anonymous: new Client(server.base),
    demo_unit: await loggedIn(server.base, 'demo_unit'),
    demo_office: await loggedIn(server.base, 'demo_office'),
    demo_expert: await loggedIn(server.base, 'demo_expert'),
  };
  fingerprint = fingerprintOf(server.db).sql;
});
after(async () => { await server?.stop(); });

// Everything but the sessions, and the audit log by its count (a refused request writes none).
const state = () => server.db.query(fingerprint);

test(`every route under hostile input, ${SECONDS} s, seed ${SEED}`, async (t) => {
  t.diagnostic(`seed ${SEED} (replay: JIXIAO_FUZZ_SEED=${SEED} JIXIAO_FUZZ_SECONDS=${SECONDS} node --test tests/fuzz/)`);
  const end = Date.now() + SECONDS * 1000;
  let sent = 0;
  const statuses = {};
  while (Date.now() < end) {
    const route = pick(routes);
    const who = pick(Object.keys(callers));
    const caller = callers[who];
    const path = target(route);
    const headers = {};
    if (caller.cookie) headers.cookie = caller.cookie;
    if (caller.csrf && chance(0.9)) headers['x-csrf-token'] = caller.csrf;
    let payload;
    if (route.method !== 'GET' && route.method !== 'DELETE') {
      const b = body();
      payload = b.bytes;
      if (b.type) headers['content-type'] = b.type;
    }
    const write = route.method !== 'GET';
    // Logins record their failures (lockout), by design: their data check is the auth tests'.
    const checked = write && route.pattern !== '/api/v1/sessions';
    const before = checked ? state() : '';
    const where = `seed ${SEED}, request ${sent + 1}: ${who} ${route.method} ${path}` +
      (payload ? ` body ${payload.toString('latin1').slice(0, 200)}` : '');
    let res;
    try {
      res = await fetch(server.base + path, { method: route.method, headers, body: payload });
    } catch (e) {
      assert.fail(`no answer (${e.message}); server ${server.child.exitCode === null ? 'running' : 'exited'}; ${where}\n${server.log().slice(-2000)}`);
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    sent++;
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    // A 202 started a background job (a checkpoint's warning run, a round's re-scoring): it writes
    // after its answer, so the data checks wait until it is over.
    if (res.status === 202) {
      for (let i = 0; i < 200 && server.db.query(
        'SELECT (SELECT COUNT(*) FROM checkpoints WHERE run_started_at IS NOT NULL AND run_finished_at IS NULL)' +
        ' + (SELECT COUNT(*) FROM self_evaluation_rounds WHERE score_started_at IS NOT NULL AND score_finished_at IS NULL)') !== '0'; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    assert.ok(res.status < 500, `${res.status} ${bytes.toString('utf8').slice(0, 300)}; ${where}`);
    // Text and JSON answers are UTF-8; a file (a Word document, an upload) is bytes of its type.
    const type = res.headers.get('content-type') || '';
    const binary = type !== '' && !type.startsWith('text/') && !type.includes('json');
    let text = '';
    try {
      if (!binary) text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      assert.fail(`an answer that is not UTF-8; ${where}`);
    }
    if (type.includes('json') && text) {
      try { JSON.parse(text); } catch { assert.fail(`an answer that says JSON and is not; ${where}`); }
    }
    if (checked && res.status >= 400) assert.equal(state(), before, `a refused request changed the data; ${where}`);
    assert.equal(server.child.exitCode, null, `the server stopped; ${where}`);
    // A caller whose session ended (a password changed by chance, say) logs in again.
    if (res.status === 401 && who !== 'anonymous' && sent % 10 === 0) {
      const me = await caller.get('/api/v1/me');
      if (me.status === 401) callers[who] = await loggedIn(server.base, who);
    }
  }
  t.diagnostic(`${sent} requests; answers ${JSON.stringify(statuses)}`);
  assert.ok(sent > 100, `only ${sent} requests`);
});
