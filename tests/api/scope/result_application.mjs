// Result application (src/result_application): a budget action on a project of demo_unit's unit
// in the prefecture, which neither another unit nor a county's office may see or decide; the
// summary is checked against the caller's own list.
import assert from 'node:assert/strict';

export default {
  kinds: {
    budget_action: async (ctx) => {
      const unit = ctx.me.demo_unit.unit_id;
      const id = Number(ctx.db.query(`SELECT MIN(id) FROM budget_actions WHERE unit_id = ${unit}`))
        || Number(ctx.db.query(`SELECT MIN(id) FROM budget_actions WHERE region_id = ${ctx.me.demo_office.region_id} AND unit_id <> ${ctx.me.demo_unit2.unit_id}`));
      assert.ok(id > 0, 'the demo proposed budget actions in the prefecture');
      const a = (await ctx.as.demo_office.get(`/api/v1/budget-actions/${id}`)).body;
      return { ...a, name: a.project_name };
    },
    budget_action_summary: async () => ({}),
  },
  bodies: {
    'POST /api/v1/budget-actions/{id}/steps': (f) => ({ version: f.budget_action.version, action: 'waive', reason: '越权办理' }),
    'POST /api/v1/budget-actions:confirm': (f) => ({ ids: [f.budget_action.id] }),
    'PUT /api/v1/projects/{id}/predecessor': (f) => ({ predecessor_id: f.project.id }),
  },
  paths: {
    'GET /api/v1/budget-actions/summary': () => '/api/v1/budget-actions/summary?year=2025',
  },
  foreign: {
    budget_action: (item, f) => item.id === f.budget_action.id,
  },
  figures: {
    budget_action_summary: async ({ client, pattern, where }) => {
      const own = (await client.get('/api/v1/budget-actions?year=2025&limit=1')).body;
      const st = (await client.get(pattern + '?year=2025')).body;
      if (st.total !== undefined && own.total !== undefined) assert.ok(st.total <= own.total, `figures beyond the scope: ${where}`);
    },
  },
};
