// Targets, their review batches and reviewers, recommendations and target statistics
// (src/targets): a target of demo_unit, submitted and waiting for its department's review (so
// that the lists' queue=department aims at it), reviewed by the prefecture's expert in a batch of
// the prefecture.
import assert from 'node:assert/strict';
import { goodTarget } from '../target_fixtures.mjs';

const targetBody = (f) => ({ kind: 'project', project_id: f.project.id, overall_goal: '越权目标', indicators: [] });

// Content the lint lets through, so that the target can be submitted.
const SUBMITTABLE = goodTarget({
  overall_goal: '越权测试目标：2026年完成2000人次教师培训，培训合格率达到95%以上，10月底前全部完成，人均培训成本控制在800元以内，参训教师满意度达到90%以上。',
});

export default {
  kinds: {
    target: async (ctx) => {
      const project = await ctx.kind('project');
      // demo_unit's first project without a target (the year before is self-evaluated: each of
      // its projects there has one).
      const free = Number(ctx.db.query(`SELECT MIN(p.id) FROM projects p WHERE p.unit_id = ${project.unit_id}
        AND p.status IN ('declared', 'approved', 'executing') AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.project_id = p.id)`));
      const unit = ctx.as.demo_unit;
      const draft = (await unit.post('/api/v1/targets', { kind: 'project', project_id: free, ...SUBMITTABLE })).body;
      assert.ok(draft.id, JSON.stringify(draft));
      const target = (await unit.post(`/api/v1/targets/${draft.id}/submit`, { version: draft.version })).body;
      assert.equal(target.status, 'submitted', JSON.stringify(target));
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
    'POST /api/v1/targets/{id}/withdraw': (f) => ({ version: f.target.version }),
    'POST /api/v1/targets/{id}/review': (f) => ({ version: f.target.version, decision: 'approve',
      scores: { completeness: 20, relevance: 30, appropriateness: 25, feasibility: 25 } }),
    'POST /api/v1/targets/{id}/adjust': (f) => ({ version: f.target.version, reason: '越权调整' }),
    'POST /api/v1/review-batches': (f) =>
      ({ year: 2026, name: '越权批次', reviewer_id: f.reviewer.id, target_ids: [f.target.id] }),
  },
  // The review queues (GET /api/v1/targets?queue=): the department's holds the target above.
  filters: {
    queue: () => 'department',
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
