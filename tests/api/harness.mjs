// Starts a real `jixiao serve` on a fresh database (SQLite, or PostgreSQL when JIXIAO_PG_CONN is
// set) and talks to it over HTTP as a browser would: cookie session plus the CSRF header.
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export const BIN = process.env.JIXIAO_BIN || new URL('../../build/jixiao', import.meta.url).pathname;
export const DEMO_PASSWORD = 'Jixiao@2026';

// The demo region takes seconds to build, most on PostgreSQL. scripts/test builds it once and names
// it here (JIXIAO_DEMO_TEMPLATE: a SQLite file; JIXIAO_PG_DEMO_TEMPLATE: a database); a server
// with the demo then starts on a copy. Without them each server builds its own.
const SQLITE_TEMPLATE = process.env.JIXIAO_DEMO_TEMPLATE;
const PG_TEMPLATE = process.env.JIXIAO_PG_DEMO_TEMPLATE;

export function freshDatabase({ demo = false } = {}) {
  const pg = process.env.JIXIAO_PG_CONN;
  if (pg) {
    const name = 'jx_' + randomBytes(6).toString('hex');
    const from = demo && PG_TEMPLATE ? ` TEMPLATE ${PG_TEMPLATE}` : '';
    execFileSync('psql', [`${pg} dbname=postgres`, '-q', '-c', `CREATE DATABASE ${name}${from}`]);
    return { url: `postgresql://${pg} dbname=${name}`,
      // One scalar per statement, read straight from the database (what the API cannot show).
      query(sql) {
        return execFileSync('psql', [`${pg} dbname=${name}`, '-qAt', '-c', sql], { encoding: 'utf8' }).trim();
      },
      cleanup() {
      try { execFileSync('psql', [`${pg} dbname=postgres`, '-q', '-c', `DROP DATABASE ${name} WITH (FORCE)`]); } catch {}
    } };
  }
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-api-'));
  const file = join(dir, 'test.sqlite');
  if (demo && SQLITE_TEMPLATE) copyFileSync(SQLITE_TEMPLATE, file);
  return {
    url: file,
    query(sql) { return execFileSync('sqlite3', [file, sql], { encoding: 'utf8' }).trim(); },
    cleanup() { rmSync(dir, { recursive: true, force: true }); },
  };
}

export function jixiao(args, options = {}) {
  return execFileSync(BIN, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

// Runs the CLI and returns {status, stdout, stderr} without throwing on a non-zero exit.
export function jixiaoResult(args, options = {}) {
  try {
    return { status: 0, stdout: jixiao(args, options), stderr: '' };
  } catch (e) {
    return { status: e.status, stdout: e.stdout?.toString() ?? '', stderr: e.stderr?.toString() ?? '' };
  }
}

export async function startServer({ demo = true, extraArgs = [] } = {}) {
  const db = freshDatabase({ demo });
  jixiao([demo ? 'demo' : 'migrate', '--db', db.url]);  // on a copy of the demo: migrates, reuses
  const server = await serve(db.url, extraArgs);
  return {
    ...server,
    db,
    async stop() {
      await server.stop();
      db.cleanup();
    },
  };
}

// A `jixiao serve` on a database that is already there (several may share one PostgreSQL).
export async function serve(url, extraArgs = []) {
  const child = spawn(BIN, ['serve', '--db', url, '--listen', '127.0.0.1:0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  const base = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + log)), 15000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/[\d.]+:\d+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited ${code}: ${log}`)); });
  });
  child.stdout.resume();
  return {
    base,
    child,
    log: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

// A logged-in (or anonymous) caller with its own cookie jar.
export class Client {
  constructor(base) {
    this.base = base;
    this.cookie = '';
    this.csrf = '';
  }

  async request(method, path, { body, headers = {}, raw = false, csrf = true } = {}) {
    const h = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (csrf && this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    let payload = body;
    if (body !== undefined && !raw && typeof body !== 'string' && !(body instanceof Uint8Array) && !(body instanceof FormData)) {
      payload = JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers: h, body: payload });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const type = res.headers.get('content-type') || '';
    let data = null;
    if (type.includes('json')) data = await res.json();
    else data = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body: data };
  }

  get(path, o) { return this.request('GET', path, o); }
  post(path, body, o = {}) { return this.request('POST', path, { ...o, body }); }
  patch(path, body, o = {}) { return this.request('PATCH', path, { ...o, body }); }
  put(path, body, o = {}) { return this.request('PUT', path, { ...o, body }); }
  delete(path, o) { return this.request('DELETE', path, o); }

  async login(username, password = DEMO_PASSWORD) {
    const res = await this.post('/api/v1/sessions', { username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrf = res.body.csrf_token;
    return res.body;
  }
}

export async function loggedIn(base, username, password) {
  const c = new Client(base);
  await c.login(username, password);
  return c;
}
