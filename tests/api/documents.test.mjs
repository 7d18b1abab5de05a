// Official documents: the office's decision on a target issues its letter in the same step (a
// 批复 when approved, a notice with every opinion when returned or failed), numbered per region,
// year and kind by the region's R-DOC-1; the addressees read it, no one else does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';
import { goodTarget } from './target_fixtures.mjs';

let server, office, section, department, unit, unit2, county, expert;
before(async () => {
  server = await startServer();
  [office, section, department, unit, unit2, county, expert] = await Promise.all(
    ['demo_office', 'demo_section', 'demo_department', 'demo_unit', 'demo_unit2', 'demo_county_office', 'demo_expert']
      .map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

const FULL = { completeness: 18, relevance: 26, appropriateness: 22, feasibility: 21 };
const LOW = { completeness: 10, relevance: 15, appropriateness: 15, feasibility: 10 };

// A unit's target through the department and the section, waiting for the office.
async function atOffice() {
  const [c] = (await unit.get('/api/v1/targets:candidates?year=2026&limit=1')).body.items;
  let t = (await unit.post('/api/v1/targets', { kind: 'project', project_id: c.id, ...goodTarget() })).body;
  t = (await unit.post(`/api/v1/targets/${t.id}/submit`, { version: t.version })).body;
  t = (await department.post(`/api/v1/targets/${t.id}/review`, { version: t.version, decision: 'pass', comment: '同意报送' })).body;
  t = (await section.post(`/api/v1/targets/${t.id}/review`, { version: t.version, decision: 'pass', comment: '成本指标请补充测算依据' })).body;
  assert.equal(t.status, 'section_reviewed', JSON.stringify(t));
  return { ...t, project_name: c.name };
}

const decide = (t, body) => office.post(`/api/v1/targets/${t.id}/review`, { version: t.version, ...body });
const seqOf = (number) => Number(number.match(/〕(\d+)号$/)[1]);

test('an approval issues a numbered 批复 the unit reads and prints; others cannot', async () => {
  const t = await atOffice();
  const approved = await decide(t, { decision: 'approve', scores: FULL, comment: '' });
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
  assert.equal(approved.body.status, 'approved');
  const [letter] = approved.body.documents;
  assert.equal(letter.kind, 'target_approval');
  assert.equal(letter.kind_label, '绩效目标批复');
  assert.match(letter.number, /^云岭州财绩批〔2026〕\d+号$/);
  assert.equal(letter.title, `关于${t.project_name}绩效目标的批复`);
  assert.equal(letter.issuer, '云岭州财政局');

  const read = await unit.get(`/api/v1/documents/${letter.id}`);
  assert.equal(read.status, 200);
  assert.equal(read.body.addressee, '州教育体育局');
  assert.match(read.body.issued_on_text, /^\d{4}年\d{1,2}月\d{1,2}日$/);
  assert.ok(read.body.paragraphs.some((p) => p.includes('同意该绩效目标。审核得分 87.00 分，等级为“良”')), read.body.paragraphs.join('\n'));
  assert.ok(read.body.paragraphs.some((p) => p.includes('成本指标请补充测算依据')));
  const [table] = read.body.attachments;
  assert.deepEqual(table.header, ['一级指标', '二级指标', '三级指标', '年度指标值']);
  assert.equal(table.rows.length, goodTarget().indicators.length);
  assert.deepEqual(table.rows[0], ['产出指标', '数量指标', '培训人次', '≥ 2000 人次']);
  for (const other of [unit2, county, expert])
    assert.equal((await other.get(`/api/v1/documents/${letter.id}`)).status, 404);
  assert.deepEqual((await unit2.get(`/api/v1/targets/${t.id}`)).body.documents, undefined);

  // The same letter as a Word file, named by its number; stored entries hold the text as written.
  const docx = await unit.get(`/api/v1/documents/${letter.id}/docx`);
  assert.equal(docx.status, 200);
  assert.equal(docx.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  assert.equal(docx.headers.get('content-disposition'), `attachment; filename*=UTF-8''${encodeURIComponent(letter.number + '.docx')}`);
  assert.equal(docx.body.subarray(0, 2).toString(), 'PK');
  const text = docx.body.toString('utf8');
  for (const part of ['word/document.xml', letter.number, `关于${t.project_name}绩效目标的批复`, '培训人次'])
    assert.ok(text.includes(part), part);
  for (const other of [unit2, county, expert])
    assert.equal((await other.get(`/api/v1/documents/${letter.id}/docx`)).status, 404);
});

test('numbers count on per region, year and kind; a return issues an opinion notice with every opinion', async () => {
  const a = await atOffice();
  const first = (await decide(a, { decision: 'approve', scores: FULL })).body.documents[0];
  const b = await atOffice();
  const second = (await decide(b, { decision: 'approve', scores: FULL })).body.documents[0];
  assert.equal(seqOf(second.number), seqOf(first.number) + 1);

  const c = await atOffice();
  const returned = await decide(c, { decision: 'return', comment: '效益指标不够具体，请补充受益人数' });
  assert.equal(returned.body.status, 'returned');
  const [notice] = returned.body.documents;
  assert.equal(notice.kind, 'target_opinion');
  assert.match(notice.number, /^云岭州财绩审〔2026〕\d+号$/);
  assert.match(notice.title, /审核意见的通知$/);
  const body = (await department.get(`/api/v1/documents/${notice.id}`)).body;
  const text = body.paragraphs.join('\n');
  for (const opinion of ['部门审核意见：同意报送', '业务科室初审意见：成本指标请补充测算依据', '绩效科审核意见：效益指标不够具体', '成本指标请补充测算依据', '效益指标不够具体，请补充受益人数'])
    assert.ok(text.includes(opinion), `${opinion} in\n${text}`);

  // Under the pass mark the approval becomes a notice of the result: no money.
  const d = await atOffice();
  const failed = await decide(d, { decision: 'approve', scores: LOW, comment: '指标与资金不匹配' });
  assert.equal(failed.body.status, 'rejected');
  const result = (await unit.get(`/api/v1/documents/${failed.body.documents[0].id}`)).body;
  assert.match(result.title, /审核结果的通知$/);
  assert.ok(result.paragraphs[0].includes('得分 50.00 分，低于及格线 60.00 分，不予通过，相应项目不予安排资金'), result.paragraphs[0]);
});

test('the register lists what the region issued, to finance only; a region sets its own numbers', async () => {
  const register = await office.get('/api/v1/documents?year=2026&limit=5');
  assert.equal(register.status, 200);
  assert.ok(register.body.total >= 1);
  assert.ok(register.body.items.every((d) => d.paragraphs === undefined && d.number));
  assert.equal((await office.get('/api/v1/documents?year=2026&kind=nonsense')).status, 400);
  assert.equal((await unit.get('/api/v1/documents?year=2026')).status, 403);
  assert.equal((await county.get('/api/v1/documents?year=2026')).body.total, 0);

  const rule = (await office.get('/api/v1/rules?year=2026')).body.items.find((r) => r.id === 'R-DOC-1');
  assert.ok(rule, 'R-DOC-1 is in the rule set');
  const noSeq = await office.put('/api/v1/rules/R-DOC-1?year=2026', { params: { ...rule.params, target_approval_number: '云财绩〔{年度}〕号' } });
  assert.equal(noSeq.status, 400);
  assert.equal(noSeq.body.field, 'params.target_approval_number');
  const set = await office.put('/api/v1/rules/R-DOC-1?year=2026', { params: { ...rule.params, target_approval_number: '云财绩发〔{年度}〕{序号}号' } });
  assert.equal(set.status, 200, JSON.stringify(set.body));
  const t = await atOffice();
  const letter = (await decide(t, { decision: 'approve', scores: FULL })).body.documents[0];
  assert.match(letter.number, /^云财绩发〔2026〕\d+号$/);
});
