// The findings ledger (src/rectify): an open finding of demo_department's own projects from the
// demo's warning notices; the statistics are checked against the caller's own findings.
import assert from 'node:assert/strict';

export default {
  kinds: {
    finding: async (ctx) => {
      const id = Number(ctx.db.query(`SELECT MIN(id) FROM findings WHERE status = 'open' AND unit_id = ${ctx.me.demo_unit.department_id}`));
      assert.ok(id > 0, 'the demo handed demo_department findings');
      const f = (await ctx.as.demo_office.get(`/api/v1/findings/${id}`)).body;
      return { ...f, name: f.title };
    },
    finding_statistics: async () => ({}),
  },
  bodies: {
    'POST /api/v1/findings/{id}/steps': (f) => ({ version: f.finding.version, action: 'answer', answer: '越权反馈' }),
  },
  paths: {
    'GET /api/v1/findings/statistics': () => '/api/v1/findings/statistics?year=2026',
  },
  foreign: {
    finding: (item, f) => item.id === f.finding.id,
  },
  figures: {
    finding_statistics: async ({ client, pattern, where }) => {
      const own = (await client.get('/api/v1/findings?year=2026&limit=1')).body;
      const st = (await client.get(pattern + '?year=2026')).body;
      if (st.total !== undefined) assert.ok(st.total <= own.total, `figures beyond the scope: ${where}`);
    },
  },
};
