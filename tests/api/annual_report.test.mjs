// 年度预算绩效管理工作报告 over HTTP: the prefecture's report of work year 2026 (its sections'
// fiscal years, its figure sentences saying the whole region, its own level and its counties),
// the narrative saved at the version read (an unknown placeholder refused naming the field with
// nothing changed, a stale version 409), the freeze keeping the report (edits then 409), the
// Word file holding the figures' text, and each caller kept to its role and region.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, loggedIn, jixiao, jixiaoResult } from './harness.mjs';

let server, as;
before(async () => {
  server = await startServer();
  as = Object.fromEntries(await Promise.all(
    ['demo_office', 'demo_viewer', 'demo_section', 'demo_department', 'demo_unit', 'demo_county_office',
      'demo_agency', 'demo_expert']
      .map(async (u) => [u, await loggedIn(server.base, u)])));
});
after(async () => { await server?.stop(); });

// A fresh demo for a test that writes.
async function writer(t) {
  const s = await startServer();
  t.after(() => s.stop());
  return { s, office: await loggedIn(s.base, 'demo_office') };
}

async function report(client, year = 2026, region) {
  const res = await client.get(`/api/v1/annual-reports/${year}${region ? `?region=${region}` : ''}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

const text = (block) => block.runs.map((r) => r.text).join('');
const paragraph = (r, section) => r.blocks.find((b) => b.kind === 'paragraph' && b.section === section &&
  b.runs.some((x) => x.figure));

// The stored (uncompressed) entries of a .docx, as jixiao writes them.
function zipEntry(buf, name) {
  for (let at = 0; at + 30 <= buf.length && buf.readUInt32LE(at) === 0x04034b50;) {
    const size = buf.readUInt32LE(at + 18);
    const nameLen = buf.readUInt16LE(at + 26);
    const extra = buf.readUInt16LE(at + 28);
    const data = at + 30 + nameLen + extra;
    if (buf.toString('utf8', at + 30, at + 30 + nameLen) === name) return buf.toString('utf8', data, data + size);
    at = data + size;
  }
  return null;
}

test('the prefecture\'s report says each stage\'s figures for its fiscal year', async () => {
  const r = await report(as.demo_office);
  assert.equal(r.title, '云岭州2026年度预算绩效管理工作报告');
  assert.equal(r.issuer, '云岭州财政局');
  assert.equal(r.status, 'draft');
  // The demo's office has drafted its words around the live figures.
  assert.ok(r.version > 0);
  assert.match(r.narrative.problems, /复核发现自评虚高 \{\{复核发现自评虚高·个数·合计\}\} 个/);
  assert.equal(r.can_edit, true);
  const years = Object.fromEntries(r.sections.map((s) => [s.section, s.fiscal_year]));
  assert.equal(years.assessment, 2027);
  assert.equal(years.budget_review, 2027);
  assert.equal(years.targets, 2026);
  assert.equal(years.monitoring, 2026);
  assert.equal(years.self_evaluation, 2025);
  const headings = r.blocks.filter((b) => b.kind === 'heading').map(text);
  assert.ok(headings.includes('（一）事前绩效评估（2027年预算）'), headings.join('|'));
  assert.ok(headings.includes('（五）绩效评价（2025年预算）'));
  assert.deepEqual(headings.slice(-2), ['二、存在的问题', '三、下一步工作计划']);
  // 绩效自评: the whole prefecture, 州级 and 县级, each figure a run with its code and part.
  const p = paragraph(r, 'self_evaluation');
  assert.match(text(p), /^2026年全州开展绩效自评项目[\d,]+个，金额[\d,]+\.\d\d万元。其中州级.*；县级/);
  const figures = p.runs.filter((x) => x.figure);
  assert.deepEqual([...new Set(figures.map((x) => x.figure.part))], ['all', 'own', 'lower', 'region']);
  assert.ok(figures.every((x) => x.figure.fiscal_year === 2025));
  // The placeholder of the same figure reads the same text.
  const all = r.placeholders.find((x) => x.figure.code === figures[0].figure.code && x.figure.part === 'all' &&
    x.figure.measure === 'count');
  assert.equal(all.text, figures[0].text);
  assert.match(all.token, /^\{\{.+·个数·合计\}\}$/);
});

test('the narrative is saved at the version read; an unknown placeholder changes nothing', async (t) => {
  const { s, office } = await writer(t);
  const before = await report(office);
  const v = before.version;
  const saves = () => Number(s.db.query("SELECT COUNT(*) FROM audit_log WHERE entity = 'annual_report' AND action = 'save'"));
  const saved = saves();
  const token = before.placeholders.find((x) => x.figure.part === 'own' && x.figure.measure === 'count');
  let res = await office.put('/api/v1/annual-reports/2026/narrative',
    { version: v, narrative: { problems: '一是认识不到位。{{没有这个数}}' } });
  assert.equal(res.status, 400);
  assert.equal(res.body.field, 'narrative.problems');
  assert.match(res.body.detail, /\{\{没有这个数\}\}/);
  assert.equal((await report(office)).version, v);
  res = await office.put('/api/v1/annual-reports/2026/narrative',
    { version: v, narrative: { problems: `本级${token.token}个。`, plans: '加强培训。' } });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.version, v + 1);
  assert.equal(res.body.narrative.problems, `本级${token.token}个。`);
  const blocks = res.body.blocks.map(text);
  assert.ok(blocks.includes(`本级${token.text}个。`), blocks.join('\n'));
  assert.ok(blocks.includes('加强培训。'));
  // Someone else's older version: 409.
  res = await office.put('/api/v1/annual-reports/2026/narrative', { version: v, narrative: {} });
  assert.equal(res.status, 409);
  assert.equal(res.body.code, 'version_conflict');
  // The save is audited, the refused ones not.
  assert.equal(saves(), saved + 1);
});

test('a frozen report keeps its figures and words and refuses edits', async (t) => {
  const { s, office } = await writer(t);
  const v = (await report(office)).version;
  const audited = () => Number(s.db.query("SELECT COUNT(*) FROM audit_log WHERE entity = 'annual_report'"));
  const before = audited();
  await office.put('/api/v1/annual-reports/2026/narrative', { version: v, narrative: { plans: '{{审减率}}' } });
  let res = await office.post('/api/v1/annual-reports/2026/freeze', { version: v });
  assert.equal(res.status, 409);
  res = await office.post('/api/v1/annual-reports/2026/freeze', { version: v + 1 });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.status, 'frozen');
  assert.equal(res.body.status_label, '已冻结');
  assert.equal(res.body.frozen, true);
  assert.equal(res.body.can_edit, false);
  assert.ok(res.body.frozen_at);
  assert.ok(res.body.frozen_by.length > 0);
  assert.ok(!res.body.narrative.plans.includes('{{'), res.body.narrative.plans);
  res = await office.put('/api/v1/annual-reports/2026/narrative', { version: v + 2, narrative: {} });
  assert.equal(res.status, 409);
  assert.match(res.body.detail, /冻结/);
  res = await office.post('/api/v1/annual-reports/2026/freeze', { version: v + 2 });
  assert.equal(res.status, 409);
  assert.equal(audited(), before + 2);
  // What the viewer reads now is the frozen report.
  const viewer = await loggedIn(s.base, 'demo_viewer');
  const r = await report(viewer);
  assert.equal(r.status, 'frozen');
  assert.ok(r.frozen_by && r.frozen_at);
});

test('the Word file is a .docx holding the title, headings and figures', async () => {
  const r = await report(as.demo_office);
  const res = await as.demo_office.get('/api/v1/annual-reports/2026/docx');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /wordprocessingml/);
  const xml = zipEntry(res.body, 'word/document.xml');
  assert.ok(xml, 'no word/document.xml');
  assert.ok(xml.includes(r.title));
  assert.ok(xml.includes('（五）绩效评价（2025年预算）'));
  assert.ok(xml.includes(text(paragraph(r, 'self_evaluation'))));
});

test('only the office and viewers read; only the region\'s own office writes; another region is 404', async () => {
  for (const u of ['demo_section', 'demo_department', 'demo_unit', 'demo_agency', 'demo_expert']) {
    const res = await as[u].get('/api/v1/annual-reports/2026');
    assert.equal(res.status, 403, u);
    assert.equal((await as[u].get('/api/v1/annual-reports/2026/docx')).status, 403, u);
  }
  const viewer = await report(as.demo_viewer);
  assert.equal(viewer.can_edit, false);
  let res = await as.demo_viewer.put('/api/v1/annual-reports/2026/narrative', { version: 0, narrative: {} });
  assert.equal(res.status, 403);
  res = await as.demo_viewer.post('/api/v1/annual-reports/2026/freeze', { version: 0 });
  assert.equal(res.status, 403);
  // The county office: its own county's report, not the prefecture's.
  const county = await report(as.demo_county_office);
  assert.equal(county.title, `${county.region_name}2026年度预算绩效管理工作报告`);
  assert.equal(county.has_lower, false);
  assert.equal(county.can_edit, true);
  const prefecture = (await report(as.demo_office)).region_id;
  res = await as.demo_county_office.get(`/api/v1/annual-reports/2026?region=${prefecture}`);
  assert.equal(res.status, 404);
  res = await as.demo_county_office.put(`/api/v1/annual-reports/2026/narrative?region=${prefecture}`,
    { version: 0, narrative: {} });
  assert.equal(res.status, 404);
  // The prefecture reads the county's report but does not write it.
  const below = await report(as.demo_office, 2026, county.region_id);
  assert.equal(below.can_edit, false);
  res = await as.demo_office.put(`/api/v1/annual-reports/2026/narrative?region=${county.region_id}`,
    { version: 0, narrative: {} });
  assert.equal(res.status, 403);
  assert.equal((await as.demo_office.get('/api/v1/annual-reports/abc')).status, 400);
});

test('`jixiao report annual` prints the report and writes it as Word; a frozen one as kept', async (t) => {
  const { s, office } = await writer(t);
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-report-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = await report(office);
  const out = join(dir, 'report.docx');
  const text = jixiao(['report', 'annual', '--db', s.db.url, '--region', '539900', '--year', '2026', '--out', out]);
  assert.ok(text.startsWith(`${r.title}\n`), text.slice(0, 100));
  assert.ok(text.includes('（五）绩效评价（2025年预算）\n'));
  assert.ok(text.includes(paragraph(r, 'self_evaluation').runs.map((x) => x.text).join('')));
  assert.ok(text.trimEnd().endsWith(`云岭州财政局\n${r.date_text}`));
  assert.ok(zipEntry(readFileSync(out), 'word/document.xml').includes(r.title));
  // Frozen, it prints the words as they were expanded then.
  await office.put('/api/v1/annual-reports/2026/narrative', { version: r.version, narrative: { plans: '审减率为{{审减率}}。' } });
  const frozen = (await office.post('/api/v1/annual-reports/2026/freeze', { version: r.version + 1 })).body;
  assert.ok(jixiao(['report', 'annual', '--db', s.db.url, '--region', '539900', '--year', '2026'])
    .includes(frozen.narrative.plans));
  const bad = jixiaoResult(['report', 'annual', '--db', s.db.url, '--region', '000000', '--year', '2026']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /no region 000000/);
});
