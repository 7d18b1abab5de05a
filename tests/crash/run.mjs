// Crash tests: kill -9 in the middle of a 50,000-row import, of the year's batch lint, and of the
// server under eight concurrent writers, at many points each; after every kill the database must
// be whole (integrity check), its audit chain intact (`jixiao audit verify`), the import all or
// nothing, the batch lint finishable with the same findings, and every write the server
// acknowledged present. SQLite (the embedded default). Run by scripts/crash; prints its figures.
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { BIN, Client, DEMO_PASSWORD } from '../api/harness.mjs';

const POINTS = Number(process.env.JIXIAO_CRASH_POINTS || 11);
const dir = mkdtempSync(join(tmpdir(), 'jixiao-crash-'));
const sql = (db, q) => execFileSync('sqlite3', [db, q], { encoding: 'utf8' }).trim();
const run = (args) => execFileSync(BIN, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function whole(db, what) {
  assert.equal(sql(db, 'PRAGMA integrity_check'), 'ok', `${what}: integrity`);
  run(['audit', 'verify', '--db', db]);  // throws on a broken chain (exit 2)
}

// Starts a command, kills it with SIGKILL after `ms` (if still running); resolves to whether it
// was killed before it finished.
function killAfter(args, ms) {
  return new Promise((resolve) => {
    const child = spawn(BIN, args, { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code, signal) => { clearTimeout(timer); resolve({ killed: signal === 'SIGKILL', code }); });
  });
}

async function timed(args) {
  const t = Date.now();
  const r = await killAfter(args, 10 * 60 * 1000);
  assert.equal(r.code, 0, `${args.join(' ')} failed`);
  return Date.now() - t;
}

const template = join(dir, 'demo.sqlite');
run(['demo', '--db', template]);
const fresh = (name) => { const f = join(dir, name); copyFileSync(template, f); return f; };
const figures = [];

// 1. A 50,000-row import, killed at POINTS moments spread over its run.
{
  const rows = ['项目编码,项目名称,单位编码,年度,资金类型,金额（万元）,支出功能分类,项目类别'];
  for (let i = 1; i <= 50000; i++) rows.push(`CRASH${String(i).padStart(6, '0')},压力测试项目${i},101001,2026,一般公共预算,${(i % 997) + 1}.25,2050202,新增项目`);
  const csv = join(dir, 'import.csv');
  writeFileSync(csv, rows.join('\n') + '\n');
  const args = (db) => ['import', 'projects', csv, '--db', db, '--as', 'demo_office'];
  const full = await timed(args(fresh('import-full.sqlite')));
  let killed = 0;
  for (let k = 1; k <= POINTS; k++) {
    const db = fresh(`import-${k}.sqlite`);
    const r = await killAfter(args(db), Math.round((full * k) / (POINTS + 1)));
    const n = Number(sql(db, "SELECT COUNT(*) FROM projects WHERE code LIKE 'CRASH%'"));
    assert.ok(n === 0 || n === 50000, `import killed at point ${k}: ${n} rows`);
    whole(db, `import point ${k}`);
    if (r.killed) killed++;
  }
  figures.push(`import of 50,000 rows (${full} ms uninterrupted): killed ${killed} times of ${POINTS}; every time all rows or none, integrity and audit chain intact`);
}

// 2. The year's batch lint, killed while it runs; a rerun finishes with the same findings.
{
  const base = fresh('lint-full.sqlite');
  const full = await timed(['lint-all', '--db', base, '--year', '2026']);
  const findings = sql(base, 'SELECT COUNT(*), COALESCE(SUM(LENGTH(message)), 0) FROM target_findings');
  let killed = 0;
  for (let k = 1; k <= POINTS; k++) {
    const db = fresh(`lint-${k}.sqlite`);
    const r = await killAfter(['lint-all', '--db', db, '--year', '2026'], Math.max(1, Math.round((full * k) / (POINTS + 1))));
    whole(db, `lint point ${k}`);
    run(['lint-all', '--db', db, '--year', '2026']);
    assert.equal(sql(db, 'SELECT COUNT(*), COALESCE(SUM(LENGTH(message)), 0) FROM target_findings'), findings, `lint point ${k}`);
    if (r.killed) killed++;
  }
  figures.push(`batch lint (${full} ms uninterrupted): killed ${killed} times of ${POINTS}; every rerun finished with the same findings, integrity and audit chain intact`);
}

// 3. The server under eight writers creating projects, killed after a few seconds, 3 times.
{
  let acknowledged = 0;
  for (let round = 1; round <= 3; round++) {
    const db = fresh(`serve-${round}.sqlite`);
    const child = spawn(BIN, ['serve', '--db', db, '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const base = await new Promise((resolve) => {
      let out = '';
      child.stdout.on('data', (d) => { out += d; const m = out.match(/listening on (http:\/\/[\d.]+:\d+)/); if (m) resolve(m[1]); });
    });
    const unit = Number(sql(db, "SELECT id FROM units WHERE code = '101001' AND region_id = (SELECT region_id FROM users WHERE username = 'demo_office')"));
    const writers = await Promise.all(Array.from({ length: 8 }, async () => {
      const c = new Client(base);
      await c.login('demo_office', DEMO_PASSWORD);
      return c;
    }));
    const done = [];
    let stop = false;
    let refused = '';
    const loops = writers.map(async (c, w) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await c.post('/api/v1/projects', { year: 2026, code: `W${round}-${w}-${i}`, name: `并发写入${w}-${i}`,
            unit_id: unit, fund_type: 'general', amount_fen: 100 + i, function_class: '2050202', category: 'new' });
          if (res.status === 201) done.push(res.body.id);
          else if (!refused) refused = `${res.status} ${JSON.stringify(res.body)}`;
        } catch { return; }  // the server is gone
      }
    });
    await sleep(3000);
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(loops);
    await new Promise((r) => (child.exitCode !== null || child.signalCode ? r() : child.once('exit', r)));
    whole(db, `server round ${round}`);
    const present = Number(sql(db, `SELECT COUNT(*) FROM projects WHERE id IN (${done.join(',') || 0})`));
    assert.equal(present, done.length, `server round ${round}: acknowledged writes lost`);
    assert.ok(done.length > 0, `server round ${round}: no write was acknowledged (${refused})`);
    acknowledged += done.length;
  }
  figures.push(`server killed under 8 writers, 3 rounds: all ${acknowledged} acknowledged writes present, integrity and audit chain intact`);
}

rmSync(dir, { recursive: true, force: true });
for (const f of figures) console.log('- ' + f);
