// The self-evaluation review (src/self_evaluation/review_*): the prefecture's 2026 plan, fixed with
// demo_unit's evaluation among its key projects, and that evaluation's sample assigned to the
// prefecture's expert. A unit sees no plan and no sample, the office of the county below sees
// none of its prefecture's, and neither changes anything; the county may not plan the year its
// prefecture planned.
import assert from 'node:assert/strict';

const BASE = '/api/v1/self-evaluation-reviews';

async function fixedPlan(ctx) {
  return ctx.once('self_evaluation_review', async () => {
    if (!ctx.hasRoute(`${BASE}/plans`)) return null;
    const evaluation = await ctx.kind('self_evaluation');  // the prefecture's 2026 round is open
    const office = ctx.as.demo_office;
    let res = await office.post(`${BASE}/plans`, { year: 2026 });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    res = await office.put(`${BASE}/plans/${res.body.id}`, { version: res.body.version,
      key_project_ids: [evaluation.project_id] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    res = await office.post(`${BASE}/plans/${res.body.id}/fix`, { version: res.body.version });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const plan = res.body;
    const samples = (await office.get(`${BASE}/plans/${plan.id}/samples?limit=500`)).body.items;
    let sample = samples.find((x) => x.evaluation_id === evaluation.id);
    assert.ok(sample, 'the key project is sampled');
    const expert = Number(ctx.db.query(`SELECT id FROM users WHERE username = 'demo_expert'`));
    res = await office.post(`${BASE}/plans/${plan.id}/assignments`, { reviewer_id: expert, sample_ids: [sample.id] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    sample = res.body.items[0];
    return { plan: { ...plan, name: `${plan.region_name}2026年度自评抽查计划` }, sample, expert };
  });
}

export default {
  kinds: {
    self_evaluation_review_plan: async (ctx) => (await fixedPlan(ctx))?.plan ?? null,
    self_evaluation_review_sample: async (ctx) => (await fixedPlan(ctx))?.sample ?? null,
  },
  fixtures: {
    review_expert: async (ctx) => (await fixedPlan(ctx))?.expert ?? null,
  },
  bodies: {
    // The prefecture planned 2026: the county may not again (409), a unit may not at all (403).
    'POST /api/v1/self-evaluation-reviews/plans': () => ({ year: 2026 }),
    'PUT /api/v1/self-evaluation-reviews/plans/{id}': (f) => ({ version: f.self_evaluation_review_plan.version, sample_percent: 50 }),
    'POST /api/v1/self-evaluation-reviews/plans/{id}/preview': () => ({}),
    'POST /api/v1/self-evaluation-reviews/plans/{id}/fix': (f) => ({ version: f.self_evaluation_review_plan.version }),
    'POST /api/v1/self-evaluation-reviews/plans/{id}/assignments': (f) => ({ reviewer_id: f.review_expert,
      sample_ids: [f.self_evaluation_review_sample.id] }),
    'PUT /api/v1/self-evaluation-reviews/samples/{id}': (f) => ({ version: f.self_evaluation_review_sample.version, indicators: [] }),
    'POST /api/v1/self-evaluation-reviews/samples/{id}/complete': (f) => ({ version: f.self_evaluation_review_sample.version }),
  },
  foreign: {
    self_evaluation_review_plan: (item, f) => item.id === f.self_evaluation_review_plan.id,
    self_evaluation_review_sample: (item, f) => item.plan_id === f.self_evaluation_review_plan.id,
  },
};
