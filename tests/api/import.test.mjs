import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, loggedIn, jixiaoResult } from './harness.mjs';

let server, office;
before(async () => {
  server = await startServer();
  office = await loggedIn(server.base, 'demo_office');
});
after(async () => { await server?.stop(); });

async function unitCode(c) {
  const me = (await c.get('/api/v1/me')).body.user;
  const p = (await c.get('/api/v1/projects?limit=1&region_id=' + me.region_id)).body.items[0];
  const unit = await c.get('/api/v1/units/' + p.unit_id);
  return unit.status === 200 ? unit.body.code : null;
}

const header = '项目编码,项目名称,单位编码,年度,资金类型,金额（万元）,支出功能分类,项目类别,项目标签\n';

test('a CSV with one bad row is refused whole, with the row and column named', async () => {
  const code = await unitCode(office);
  assert.ok(code, 'GET /api/v1/units/{id} should give the unit code');
  const before = (await office.get('/api/v1/projects?limit=1')).body.total;
  const csv = header +
    `IMP001,导入测试项目一,${code},2026,一般公共预算,10.5,2050202,新增项目,直达资金\n` +
    `IMP002,导入测试项目二,${code},2026,一般公共预算,abc,2050202,新增项目,\n`;
  const res = await office.post('/api/v1/projects:import', csv, { headers: { 'content-type': 'text/csv' } });
  assert.equal(res.status, 400);
  assert.equal(res.body.code, 'import_invalid');
  assert.deepEqual(res.body.errors.map((e) => [e.row, e.column]), [[3, '金额（万元）']]);
  assert.equal((await office.get('/api/v1/projects?limit=1')).body.total, before);

  const fixed = csv.replace(',abc,', ',7,');
  const ok = await office.post('/api/v1/projects:import', fixed, { headers: { 'content-type': 'text/csv' } });
  assert.equal(ok.status, 200);
  assert.equal(ok.body.imported, 2);
  const found = await office.get('/api/v1/projects?q=' + encodeURIComponent('导入测试项目'));
  assert.equal(found.body.total, 2);
  const one = found.body.items.find((p) => p.code === 'IMP001');
  assert.equal(one.amount_fen, 10_500_000);
  assert.deepEqual(one.tags, ['direct_fund']);

  const again = await office.post('/api/v1/projects:import', fixed, { headers: { 'content-type': 'text/csv' } });
  assert.equal(again.status, 400);
  assert.ok(again.body.errors.every((e) => e.column === '项目编码'));
});

test('units outside the region are reported per row', async () => {
  const csv = header + `IMP100,不存在的单位,NOPE-999,2026,一般公共预算,1,2050202,新增项目,\n`;
  const res = await office.post('/api/v1/projects:import', csv);
  assert.equal(res.status, 400);
  assert.equal(res.body.errors[0].row, 2);
  assert.equal(res.body.errors[0].column, '单位编码');
});

test('the command line imports the same file, all or nothing', async () => {
  const code = await unitCode(office);
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-import-'));
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, header + `CLI001,命令行导入,${code},2026,一般公共预算,1,2050202,新增项目,\nCLI002,坏行,${code},1999,一般公共预算,1,2050202,新增项目,\n`);
  const r1 = jixiaoResult(['import', 'projects', bad, '--db', server.db.url, '--as', 'demo_office']);
  assert.notEqual(r1.status, 0);
  assert.match(r1.stderr, /第 3 行 年度/);
  const good = join(dir, 'good.csv');
  writeFileSync(good, header + `CLI001,命令行导入,${code},2026,一般公共预算,1,2050202,新增项目,\n`);
  const r2 = jixiaoResult(['import', 'projects', good, '--db', server.db.url, '--as', 'demo_office']);
  assert.equal(r2.status, 0, r2.stderr);
  assert.match(r2.stdout, /imported 1 projects/);
  const found = await office.get('/api/v1/projects?q=' + encodeURIComponent('命令行导入'));
  assert.equal(found.body.total, 1);
});
