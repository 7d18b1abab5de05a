// The server as an operator meets it: schema checks at start, overload, graceful stop, session
// expiry, the audit chain from the command line, and the static web app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { Agent, get as httpGet } from 'node:http';
import { startServer, freshDatabase, jixiaoResult, Client, loggedIn, DEMO_PASSWORD } from './harness.mjs';

function tempDir() { return mkdtempSync(join(tmpdir(), 'jixiao-server-')); }

// A demo server started with this jixiao.toml.
function startConfigured(toml) {
  const config = join(tempDir(), 'jixiao.toml');
  writeFileSync(config, toml);
  return startServer({ extraArgs: ['--config', config] });
}

test('serve refuses a database that is not migrated', () => {
  const db = freshDatabase();
  try {
    const r = jixiaoResult(['serve', '--db', db.url, '--listen', '127.0.0.1:0']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /migrat/i);
  } finally {
    db.cleanup();
  }
});

test('a saturated server answers 503 with Retry-After instead of queueing without bound', async () => {
  const server = await startConfigured('[server]\nworkers = 1\nmax_queued = 1\n');
  try {
    // Logins hash with argon2id on purpose slowly: 24 at once overrun one worker and one slot.
    const answers = await Promise.all(Array.from({ length: 24 }, () =>
      new Client(server.base).post('/api/v1/sessions', { username: 'demo_unit', password: DEMO_PASSWORD })));
    const busy = answers.filter((r) => r.status === 503);
    assert.ok(busy.length > 0, 'no request was turned away');
    assert.ok(answers.some((r) => r.status === 200));
    assert.ok(busy.every((r) => r.headers.get('retry-after') && /[\u4e00-\u9fa5]/.test(r.body.detail)));
  } finally {
    await server.stop();
  }
});

test('the server\'s threads carry their names, and the readers run below the writers on SQLite', async () => {
  const server = await startConfigured('[server]\nworkers = 3\n');
  try {
    const tasks = `/proc/${server.child.pid}/task`;
    const read = () => readdirSync(tasks).map((tid) => {
      // stat: "tid (name) state ..." — the niceness is the 19th field, the 17th after the name.
      const stat = readFileSync(`${tasks}/${tid}/stat`, 'utf8');
      return { name: readFileSync(`${tasks}/${tid}/comm`, 'utf8').trim(),
        nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) };
    });
    // The pools are named before the server listens; the second event loop starts just after.
    let threads = read();
    for (let i = 0; i < 100 && !threads.some((t) => t.name === 'jixiao-net'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      threads = read();
    }
    const named = (name) => threads.filter((t) => t.name === name);
    assert.equal(named('jixiao-read').length, 3);
    assert.equal(named('jixiao-write').length, 2);
    assert.ok(named('jixiao-net').length >= 1);
    const sqlite = !server.db.url.startsWith('postgres');
    assert.deepEqual([...new Set(named('jixiao-read').map((t) => t.nice))], [sqlite ? 10 : 0]);
    assert.deepEqual([...new Set(named('jixiao-write').map((t) => t.nice))], [0]);
    assert.equal(named('jixiao-wal').length, sqlite ? 1 : 0);
  } finally {
    await server.stop();
  }
});

test('writes and reads sent together are all answered, writes beyond the writers\' thread by the workers', async () => {
  const server = await startConfigured('[server]\nworkers = 2\n');
  try {
    const office = await loggedIn(server.base, 'demo_office');
    // Each client in turn: a write (the lint: a POST that changes nothing) and a read that a
    // worker runs, so that writes meet the writers' thread free and busy, reads queued and not.
    const client = async () => {
      const statuses = [];
      for (let i = 0; i < 40; i++) {
        statuses.push((await office.post('/api/v1/targets:lint', { kind: 'project', amount_fen: 100, indicators: [] })).status);
        statuses.push((await office.get('/api/v1/monitoring-reports?limit=5')).status);
      }
      return statuses;
    };
    const statuses = (await Promise.all(Array.from({ length: 12 }, client))).flat();
    assert.equal(statuses.length, 12 * 80);
    assert.deepEqual(statuses.filter((s) => s >= 500), []);
  } finally {
    await server.stop();
  }
});

test('a connection that says nothing for the idle timeout is closed; one in use stays open', async () => {
  const server = await startConfigured('[server]\nidle_timeout_seconds = 1\n');
  try {
    const { port } = new URL(server.base);
    const open = (send) => new Promise((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1');
      const started = Date.now();
      let text = '';
      socket.on('connect', () => { if (send) socket.write(send); });
      socket.on('data', (d) => { text += d; });
      socket.on('error', reject);
      socket.on('close', () => resolve({ seconds: (Date.now() - started) / 1000, text }));
    });
    // Silent, and a request begun but never finished: both closed after 1 s (swept once a
    // second, so within 3 s), without an answer.
    const [silent, half] = await Promise.all([open(''), open('GET /healthz HTTP/1.1\r\nHost: x\r\n')]);
    for (const c of [silent, half]) {
      assert.ok(c.seconds >= 0.9 && c.seconds < 3, `closed after ${c.seconds} s`);
      assert.equal(c.text, '');
    }
    // A keep-alive connection asked again within the timeout stays open across it.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ask = () => new Promise((resolve, reject) => {
      httpGet(`${server.base}/healthz`, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.socket));
      }).on('error', reject);
    });
    const first = await ask();
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(await ask(), first, 'the connection was not kept');
    }
    agent.destroy();
  } finally {
    await server.stop();
  }
});

test('SIGTERM lets the request in flight finish, then the server exits cleanly', async () => {
  const server = await startServer();
  // A connection the server has surely accepted (a first request answered on it), then a login
  // on it (argon2: tens of milliseconds) that is being worked on when the signal comes.
  const client = new Client(server.base);
  assert.equal((await client.get('/healthz')).status, 200);
  const pending = client.post('/api/v1/sessions', { username: 'demo_unit', password: DEMO_PASSWORD });
  // Long enough for the request to reach the server on a loaded machine, shorter than argon2.
  await new Promise((r) => setTimeout(r, 40));
  const exited = new Promise((r) => server.child.once('exit', (code) => r(code)));
  server.child.kill('SIGTERM');
  assert.equal((await pending).status, 200);
  assert.equal(await exited, 0);
  await server.stop();
});

test('a session idle beyond the timeout is over', async () => {
  const server = await startServer();
  try {
    const c = await loggedIn(server.base, 'demo_unit');
    assert.equal((await c.get('/api/v1/me')).status, 200);
    // 31 minutes pass without a request. The server sees another process's write within the
    // time it takes to ask the database again (0.1 s).
    server.db.query('UPDATE sessions SET last_seen_at = last_seen_at - 31 * 60');
    const started = Date.now();
    let res;
    do {
      res = await c.get('/api/v1/me');
    } while (res.status === 200 && Date.now() - started < 1000);
    assert.equal(res.status, 401);
    assert.match(res.body.detail, /[\u4e00-\u9fa5]/);
  } finally {
    await server.stop();
  }
});

test('a session in use has its clock written about once a minute, and stays in use', async () => {
  const server = await startServer();
  try {
    const c = await loggedIn(server.base, 'demo_unit');
    const clock = () => Number(server.db.query('SELECT MAX(last_seen_at) FROM sessions'));
    // Two minutes pass without a request (written by another process, seen within 0.1 s).
    const moved = Number(server.db.query('UPDATE sessions SET last_seen_at = last_seen_at - 120 RETURNING last_seen_at'));
    let res;
    const started = Date.now();
    do {
      res = await c.get('/api/v1/me');
      assert.equal(res.status, 200);
    } while (clock() === moved && Date.now() - started < 1000);
    const touched = clock();
    assert.ok(Math.abs(touched - Date.now() / 1000) < 5, `last_seen_at ${touched}`);
    // Within the minute, further requests write nothing.
    for (let i = 0; i < 5; i++) assert.equal((await c.get('/api/v1/me')).status, 200);
    assert.equal(clock(), touched);
  } finally {
    await server.stop();
  }
});

test('audit verify exits 0 on an intact chain and names the first edited row', async () => {
  const db = freshDatabase();
  try {
    assert.equal(jixiaoResult(['demo', '--db', db.url]).status, 0);
    const ok = jixiaoResult(['audit', 'verify', '--db', db.url]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /intact/);
    const id = db.query('SELECT MIN(id) FROM audit_log');
    db.query(`UPDATE audit_log SET actor = 'mallory' WHERE id = ${id}`);
    const broken = jixiaoResult(['audit', 'verify', '--db', db.url]);
    assert.notEqual(broken.status, 0);
    assert.match(broken.stdout, new RegExp(`row id ${id}\\b`));
  } finally {
    db.cleanup();
  }
});

test('audit verify against a recorded head finds the end cut off, every break, and names missing rows', async () => {
  const server = await startServer();
  try {
    await loggedIn(server.base, 'demo_office');
    await loggedIn(server.base, 'demo_unit');
    // The head is in /metrics (and the server log) as the chain grows.
    let metric;
    const started = Date.now();
    do {
      const text = await (await fetch(`${server.base}/metrics`)).text();
      metric = text.match(/jixiao_audit_head\{rows="(\d+)",id="(\d+)",hash="([0-9a-f]{64})"\} 1/);
    } while ((!metric || Number(metric[1]) !== Number(server.db.query('SELECT COUNT(*) FROM audit_log'))) &&
      Date.now() - started < 6000 && !(await new Promise((r) => setTimeout(r, 200))));
    assert.ok(metric, 'no jixiao_audit_head in /metrics');
    const [, rows, id, hash] = metric;
    const verify = (...extra) => jixiaoResult(['audit', 'verify', '--db', server.db.url, ...extra]);
    const intact = verify('--count', rows, '--head', hash);
    assert.equal(intact.status, 0, intact.stdout + intact.stderr);
    assert.match(intact.stdout, new RegExp(`intact: ${rows} rows, head rows=${rows} id=${id} hash=${hash}`));
    // The last row deleted: the chain alone looks whole, the recorded head does not.
    server.db.query(`DELETE FROM audit_log WHERE id = ${id}`);
    assert.equal(verify().status, 0);
    const cut = verify('--count', rows, '--head', hash);
    assert.equal(cut.status, 2);
    assert.match(cut.stdout, new RegExp(`broken at row id ${id}: .*缺少第 ${id} 行`));
    // Everything deleted.
    server.db.query('DELETE FROM audit_log');
    const empty = verify('--count', rows);
    assert.equal(empty.status, 2);
    assert.match(empty.stdout, new RegExp(`只有 0 行，锚点记录为 ${rows} 行`));
  } finally {
    await server.stop();
  }
});

test('audit verify reports every break, a deleted row by its own id', async () => {
  const server = await startServer();
  try {
    for (const u of ['demo_office', 'demo_unit', 'demo_unit2', 'demo_section']) await loggedIn(server.base, u);
    const db = server.db;
    const max = Number(db.query('SELECT MAX(id) FROM audit_log'));
    assert.ok(max >= 5, `${max} rows`);
    db.query(`DELETE FROM audit_log WHERE id = ${max - 1}`);
    db.query(`UPDATE audit_log SET actor = 'mallory' WHERE id = 1`);
    const r = jixiaoResult(['audit', 'verify', '--db', db.url]);
    assert.equal(r.status, 2);
    assert.match(r.stdout, /broken at row id 1: /);
    assert.match(r.stdout, new RegExp(`broken at row id ${max - 1}: 缺少第 ${max - 1} 行`));
    assert.match(r.stdout, /2 breaks/);
  } finally {
    await server.stop();
  }
});

test('the web app: pages fall back to index.html, assets are cached and gzipped, the API stays JSON', async () => {
  const web = tempDir();
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>绩效</title>');
  const js = 'console.log("绩效");'.repeat(50);
  writeFileSync(join(web, 'assets', 'app-1a2b.js'), js);
  writeFileSync(join(web, 'assets', 'app-1a2b.js.gz'), gzipSync(js));
  const server = await startServer({ demo: false, extraArgs: ['--web', web] });
  try {
    const page = await fetch(server.base + '/projects/42');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /text\/html/);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    assert.match(await page.text(), /绩效/);
    const asset = await fetch(server.base + '/assets/app-1a2b.js', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('content-encoding'), 'gzip');
    assert.match(asset.headers.get('cache-control'), /immutable/);
    assert.equal(await asset.text(), js);  // fetch decodes the gzip twin
    assert.equal((await fetch(server.base + '/assets/missing.js')).status, 404);
    const api = await fetch(server.base + '/api/v1/nothing');
    assert.equal(api.status, 404);
    assert.match(api.headers.get('content-type'), /problem\+json/);
  } finally {
    await server.stop();
  }
});

test('the configuration refuses a session timeout of 0, a string or a fraction, and a niceness out of range, naming the key', () => {
  const db = freshDatabase();
  try {
    jixiaoResult(['migrate', '--db', db.url]);
    for (const [line, key] of [['idle_minutes = 0', 'idle_minutes'], ['idle_minutes = "30"', 'idle_minutes'],
      ['idle_minutes = 1.5', 'idle_minutes'], ['max_hours = 0', 'max_hours'], ['max_hours = "12"', 'max_hours'],
      ['read_nice = 20', 'read_nice', 'server'], ['read_nice = -1', 'read_nice', 'server']]) {
      const config = join(tempDir(), 'jixiao.toml');
      const table = line.startsWith('read_nice') ? 'server' : 'session';
      writeFileSync(config, `[${table}]\n${line}\n`);
      const r = jixiaoResult(['serve', '--db', db.url, '--listen', '127.0.0.1:0', '--config', config], { timeout: 10000 });
      assert.notEqual(r.status, 0, line);
      assert.match(r.stderr, new RegExp(`${table}\\.${key} must be a whole number`), `${line}: ${r.stderr}`);
    }
  } finally {
    db.cleanup();
  }
});
