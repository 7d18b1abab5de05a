// Targets, their review batches and reviewers, recommendations and target statistics
// (src/targets): a target of demo_unit, reviewed by the prefecture's expert in a batch of the
// prefecture.
import assert from 'node:assert/strict';

const targetBody = (f) => ({ kind: 'project', project_id: f.project.id, overall_goal: '越权目标', indicators: [] });

export default {
  kinds: {
    target: async (ctx) => {
      const project = await ctx.kind('project');
      const target = (await ctx.as.demo_unit.post('/api/v1/targets', { kind: 'project', project_id: project.id,
        overall_goal: '越权测试目标', indicators: [] })).body;
      assert.ok(target.id, JSON.stringify(target));
      return { ...target, name: '越权测试目标' };
    },
    reviewer: async (ctx) => {
      const reviewer = (await ctx.as.demo_office.get('/api/v1/reviewers')).body.items[0];
      return { ...reviewer, name: reviewer.display_name };
    },
    batch: async (ctx) => {
      const [target, reviewer] = [await ctx.kind('target'), await ctx.kind('reviewer')];
      const batch = (await ctx.as.demo_office.post('/api/v1/review-batches', { year: 2026, name: '越权测试批次',
        reviewer_id: reviewer.id, target_ids: [target.id] })).body;
      return { ...batch, name: '越权测试批次' };
    },
    // Recommendations and figures have no ids: the figures are checked against the caller's own
    // project list.
    recommendation: async () => ({}),
    target_statistics: async () => ({}),
  },
  bodies: {
    'POST /api/v1/targets': targetBody,
    'POST /api/v1/targets:lint': targetBody,
    'POST /api/v1/targets/{id}/submit': (f) => ({ version: f.target.version }),
    'POST /api/v1/targets/{id}/review': (f) => ({ version: f.target.version, decision: 'approve',
      scores: { completeness: 20, relevance: 30, appropriateness: 25, feasibility: 25 } }),
    'POST /api/v1/targets/{id}/adjust': (f) => ({ version: f.target.version, reason: '越权调整' }),
    'POST /api/v1/review-batches': (f) =>
      ({ year: 2026, name: '越权批次', reviewer_id: f.reviewer.id, target_ids: [f.target.id] }),
  },
  figures: {
    target_statistics: async ({ client, pattern, where }) => {
      const own = (await client.get('/api/v1/projects?year=2026&limit=1')).body;
      const st = (await client.get(pattern + '?year=2026')).body;
      if (st.projects !== undefined) {
        assert.ok(st.projects <= own.total, `figures beyond the scope: ${where}`);
        assert.ok(st.amount_fen <= own.total_amount_fen, where);
      }
    },
  },
};
