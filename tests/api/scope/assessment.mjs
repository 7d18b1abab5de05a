// Ex-ante assessments (src/assessment): an assessment of demo_unit's project, its sheet scored and
// submitted to finance; the need answer and the major mark aim at demo_unit's project; the
// scorers finance may assign, and the statistics, are checked against the caller's own.
import assert from 'node:assert/strict';

const sheetItems = (f, fraction = 0.9) => f.assessment.sheet.aspects.flatMap((a) =>
  a.items.map((i) => ({ key: i.key, score: Math.round(Number(i.max) * fraction * 100) / 100 })));

export default {
  kinds: {
    assessment: async (ctx) => {
      const unit = ctx.as.demo_unit;
      const projects = (await unit.get('/api/v1/projects?year=2026&limit=100&sort=-amount_fen')).body.items;
      let created;
      for (const p of projects) {
        if (p.status === 'cancelled') continue;
        const res = await unit.post('/api/v1/assessments', { project_id: p.id, kind: 'project' });
        if (res.status === 201) { created = res.body; break; }
      }
      assert.ok(created, 'no project of demo_unit to assess');
      const items = created.sheet.aspects.flatMap((a) => a.items.map((i) => ({ key: i.key, score: Number(i.max) })));
      const saved = (await unit.put(`/api/v1/assessments/${created.id}/self`,
        { version: created.version, items, report: '越权测试评估报告' })).body;
      const submitted = (await unit.post(`/api/v1/assessments/${created.id}/steps`,
        { version: saved.version, action: 'submit' })).body;
      assert.equal(submitted.status, 'submitted', JSON.stringify(submitted));
      return { ...submitted, name: submitted.project_name };
    },
    assessment_statistics: async () => ({}),
  },
  bodies: {
    'POST /api/v1/assessments': (f) => ({ project_id: f.project.id, kind: 'project' }),
    'POST /api/v1/assessments:major': (f) => ({ project_id: f.project.id, reason: '越权标记' }),
    'PUT /api/v1/assessments/{id}/self': (f) => ({ version: f.assessment.version, items: sheetItems(f), report: '越权修改' }),
    'POST /api/v1/assessments/{id}/steps': (f) => ({ version: f.assessment.version, action: 'review', decision: 'select' }),
    'POST /api/v1/assessments/{id}/scorers': (f) => ({ version: f.assessment.version, scorer_ids: [f.reviewer.id] }),
    'PUT /api/v1/assessments/{id}/score': (f) => ({ items: sheetItems(f), submit: true }),
    'POST /api/v1/assessments/{id}/conclusion': (f) => ({ version: f.assessment.version, suggested_amount_fen: 0 }),
    'POST /api/v1/assessments/{id}/accept': (f) => ({ version: f.assessment.version }),
  },
  paths: {
    'GET /api/v1/assessments:need': (f) => `/api/v1/assessments:need?project_id=${f.project.id}`,
  },
  figures: {
    assessment_statistics: async ({ client, pattern, where }) => {
      const own = (await client.get('/api/v1/assessments?year=2026&limit=1')).body;
      const st = (await client.get(pattern + '?year=2026')).body;
      if (st.count !== undefined) assert.ok(st.count <= own.total, `figures beyond the scope: ${where}`);
    },
  },
};
