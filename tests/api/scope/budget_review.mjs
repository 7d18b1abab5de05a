// Budget review (src/budget_review): the review of a project demo_unit declared, waiting for
// finance in the prefecture.
import assert from 'node:assert/strict';

export default {
  kinds: {
    budget_review: async (ctx) => {
      const unit = ctx.as.demo_unit;
      const me = ctx.me.demo_unit;
      const p = (await unit.post('/api/v1/projects', { year: 2026, code: 'XSCOPE-BR', name: '越权评审项目',
        unit_id: me.unit_id, fund_type: 'general', amount_fen: 50_000_000, function_class: '2050202',
        category: 'new' })).body;
      assert.ok(p.id, JSON.stringify(p));
      const d = await unit.post(`/api/v1/projects/${p.id}/steps`, { version: p.version, action: 'declare' });
      assert.equal(d.status, 200, JSON.stringify(d.body));
      const list = (await ctx.as.demo_office.get('/api/v1/budget-reviews?year=2026&q=XSCOPE-BR')).body;
      const review = list.items.find((r) => r.project_id === p.id);
      assert.ok(review, JSON.stringify(list));
      return { ...review, name: '越权评审项目' };
    },
    // Figures have no ids: they are checked against the caller's own list.
    budget_review_statistics: async () => ({}),
  },
  bodies: {
    'PUT /api/v1/budget-reviews': (f) => ({ items: [{ project_id: f.budget_review.project_id,
      version: f.budget_review.version, approved_fen: 10_000_000, cut_reason: 'other', comment: '越权评审' }] }),
    'POST /api/v1/budget-reviews:import': () => '项目编码,审定金额（万元）,审减原因,说明\nXSCOPE-BR,10,其他,越权导入\n',
  },
  paths: {
    'POST /api/v1/budget-reviews:import': () => '/api/v1/budget-reviews:import?year=2026',
  },
  foreign: {
    budget_review: (item, f) => item.project_id === f.budget_review.project_id,
  },
  figures: {
    budget_review_statistics: async ({ client, pattern, where }) => {
      const own = (await client.get('/api/v1/budget-reviews?year=2026&limit=1')).body;
      const st = (await client.get(pattern + '?year=2026')).body;
      if (st.total !== undefined && own.figures !== undefined) {
        assert.ok(st.total.count <= own.total, `figures beyond the scope: ${where}`);
        assert.ok(st.total.pending_fen <= own.figures.pending_fen, where);
      }
    },
  },
};
