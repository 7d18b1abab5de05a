// Key evaluations' registries (src/key_evaluation): the prefecture's agency 云岭天衡 with its
// contract of a year, and its expert 马文涛. The county's office neither reads nor keeps the
// prefecture's registry; a unit sees no registry at all. The agency posted has a valid code:
// the region, not the code, refuses it. A key evaluation of the prefecture, finalised, of a
// project of demo_unit's: neither another unit nor the county's office reads or acts on it, its
// experts, quality sheets, fee and timeline included. The plan (评价计划): a subject the
// prefecture's office puts in its plan of 2026, which neither edits nor takes out; the plan's
// suggestions and coverage are the prefecture's figures, which a unit never reads and the county
// reads only for its own tree. The cross-review
// rounds' statistics: the prefecture's, which nobody outside it counts.
import assert from 'node:assert/strict';

export default {
  kinds: {
    key_evaluation: async (ctx) => ctx.once('ke-evaluation', async () => {
      const office = ctx.me.demo_office;
      const [project, department, unit] = ctx.db.query(
        `SELECT id, department_id, unit_id FROM projects WHERE unit_id = ${ctx.me.demo_unit.unit_id} ORDER BY id LIMIT 1`).split('|');
      const now = new Date().toISOString();
      ctx.db.query(`INSERT INTO key_evaluations (region_id, year, kind, name, project_id, department_id, unit_id, fund_type, budget_fen, due, mode, status, score, grade, finalised_at, created_by, created_at, updated_at) VALUES (${office.region_id}, 2025, 'project', '越权重点评价', ${project}, ${department}, ${unit}, 'general', 100000000, '2026-09-30', 'finance', 'finalised', 8000, 'good', '${now}', ${office.id}, '${now}', '${now}')`);
      const id = Number(ctx.db.query("SELECT id FROM key_evaluations WHERE name = '越权重点评价'"));
      ctx.db.query(`INSERT INTO key_evaluation_score_sheets (evaluation_id, evaluator, scores_json, submitted_by, submitted_at) VALUES (${id}, '评价组', '{"decision":1600,"process":1600,"output":2400,"benefit":2400}', ${office.id}, '${now}')`);
      return { id, version: 1, name: '越权重点评价' };
    }),
    agency: async (ctx) => ctx.once('ke-agency', async () => {
      const items = (await ctx.as.demo_office.get('/api/v1/agencies?limit=500')).body.items;
      const a = items.find((x) => x.name === '云岭天衡会计师事务所（特殊普通合伙）');
      return (await ctx.as.demo_office.get(`/api/v1/agencies/${a.id}`)).body;
    }),
    // A round of the prefecture's in which its agency 云岭天衡 reviews the evaluation above.
    key_evaluation_cross_round: async (ctx) => ctx.once('ke-cross-round', async () => {
      const office = ctx.me.demo_office;
      const evaluation = await ctx.kind('key_evaluation');
      const agency = await ctx.kind('agency');
      const now = new Date().toISOString();
      ctx.db.query(`INSERT INTO key_evaluation_cross_rounds (region_id, year, name, seed, status, created_by, created_at) VALUES (${office.region_id}, 2025, '越权互审', 1, 'open', ${office.id}, '${now}')`);
      const id = Number(ctx.db.query("SELECT id FROM key_evaluation_cross_rounds WHERE name = '越权互审'"));
      ctx.db.query(`INSERT INTO key_evaluation_cross_reviews (round_id, evaluation_id, reviewer_agency_id) VALUES (${id}, ${evaluation.id}, ${agency.id})`);
      const review = Number(ctx.db.query(`SELECT id FROM key_evaluation_cross_reviews WHERE round_id = ${id}`));
      return { id, version: 1, name: '越权互审', review };
    }),
    // Figures, not objects: the statistics of the year the evaluation above lies in.
    key_evaluation_statistics: async (ctx) => {
      if (!ctx.hasRoute('/api/v1/key-evaluations/statistics')) return null;
      return ctx.kind('key_evaluation');
    },
    agency_year: async (ctx) => {
      const y = (await ctx.kind('agency')).years[0];
      return { ...y, name: y.contract_no };
    },
    key_evaluation_plan: async (ctx) => ({ region_id: ctx.me.demo_office.region_id }),
    expert: async (ctx) => {
      const items = (await ctx.as.demo_office.get('/api/v1/experts?limit=500')).body.items;
      return items.find((x) => x.name === '马文涛');
    },
  },
  fixtures: {
    key_evaluation_planned: async (ctx) => ctx.once('ke-planned', async () => {
      const office = ctx.as.demo_office;
      const department = Number(ctx.db.query(
        `SELECT MIN(id) FROM units WHERE kind = 'department' AND region_id = ${ctx.me.demo_office.region_id}`));
      const made = await office.post('/api/v1/key-evaluations', { year: 2026, kind: 'policy',
        name: '跨域核查的产业扶持政策', department_id: department, fund_type: 'general',
        budget_fen: 80_000_000, due: '2027-06-30', mode: 'agency' });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      return made.body;
    }),
  },
  bodies: {
    'PUT /api/v1/key-evaluation-cross-reviews/{id}': () => ({ scores: { format: 10, completeness: 25,
      performance: 30, evidence: 20, language: 15 }, comment: '越权评审' }),
    'POST /api/v1/key-evaluation-cross-rounds': () => ({ year: 2025, name: '越权发起互审', seed: 1 }),
    'POST /api/v1/key-evaluation-cross-rounds/{id}/close': (f) => ({ version: f.key_evaluation_cross_round.version }),
    'POST /api/v1/key-evaluations/{id}/results': (f) => ({ version: f.key_evaluation.version,
      problems: [{ title: '越权问题', requirement: '越权要求' }] }),
    'POST /api/v1/key-evaluations/{id}/steps': (f) => ({ version: f.key_evaluation.version,
      action: 'review_final', decision: 'pass' }),
    'POST /api/v1/key-evaluations/{id}/experts': (f) => ({ expert_id: f.expert.id }),
    'PUT /api/v1/key-evaluations/{id}/quality-sheets/{stage}': () => ({ scores: { format: 10, completeness: 25,
      performance: 30, evidence: 20, language: 15 } }),
    'POST /api/v1/agencies': (f) => ({ name: '越权登记机构', credit_code: '91539900MA6W1X2Y3W',
      region_id: f.agency.region_id }),
    'POST /api/v1/agencies/{id}/suspend': (f) => ({ version: f.agency.version }),
    'POST /api/v1/agencies/{id}/reactivate': (f) => ({ version: f.agency.version }),
    'POST /api/v1/agencies/{id}/years': () => ({ year: 2027, contract_no: '越权合同', fee_fen: 100 }),
    'PATCH /api/v1/agency-years/{id}': (f) => ({ version: f.agency_year.version, fee_fen: 1 }),
    'POST /api/v1/experts': (f) => ({ name: '越权专家', region_id: f.expert.region_id }),
    'PATCH /api/v1/experts/{id}': (f) => ({ version: f.expert.version, name: '越权修改' }),
    'POST /api/v1/experts/{id}/suspend': (f) => ({ version: f.expert.version }),
    'POST /api/v1/experts/{id}/reactivate': (f) => ({ version: f.expert.version }),
    'POST /api/v1/key-evaluations': (f) => ({ year: 2026, kind: 'policy', name: '越权列入的政策',
      department_id: f.key_evaluation_planned.department_id, fund_type: 'general', budget_fen: 1,
      due: '2027-06-30', mode: 'agency' }),
    'PUT /api/v1/key-evaluations/{id}': (f) => ({ version: f.key_evaluation_planned.version, name: '越权修改' }),
  },
  foreign: {
    key_evaluation: (item, f) => item.id === f.key_evaluation_planned.id,
  },
  figures: {
    // Nobody outside the prefecture counts its evaluation or looks at the prefecture.
    key_evaluation_statistics: async ({ client, pattern, f, where }) => {
      const foreign = f.key_evaluation_statistics;
      const st = await client.get(`${pattern}?year=2025`);
      assert.ok([200, 403].includes(st.status), where);
      if (st.status === 200) {
        assert.notEqual(st.body.region_id, 1, `the foreign region counted: ${where}`);
        for (const r of st.body.by_region) assert.notEqual(r.region_id, 1, `foreign region: ${where}`);
      }
      const above = await client.get(`${pattern}?year=2025&region_id=1`);
      assert.ok([403, 404].includes(above.status), `the foreign region looked at: ${where}`);
      assert.ok(foreign.id > 0);
    },
    // The prefecture's suggestions and coverage: a unit reads none (403), the county office not
    // the prefecture's (404).
    key_evaluation_plan: async ({ client, pattern, f, where }) => {
      const res = await client.get(`${pattern}?year=2026&region_id=${f.key_evaluation_plan.region_id}`);
      assert.ok([403, 404].includes(res.status), `${where}: ${res.status}`);
    },
  },
  paths: {
    // The planned subject: edited and taken out only by its own office.
    'PUT /api/v1/key-evaluations/{id}': (f) => `/api/v1/key-evaluations/${f.key_evaluation_planned.id}`,
    'DELETE /api/v1/key-evaluations/{id}': (f) =>
      `/api/v1/key-evaluations/${f.key_evaluation_planned.id}?version=${f.key_evaluation_planned.version}`,
    'PUT /api/v1/key-evaluation-cross-reviews/{id}': (f) =>
      `/api/v1/key-evaluation-cross-reviews/${f.key_evaluation_cross_round.review}`,
    'DELETE /api/v1/key-evaluations/{id}/experts/{expert_id}': (f) =>
      `/api/v1/key-evaluations/${f.key_evaluation.id}/experts/${f.expert.id}`,
    'PUT /api/v1/key-evaluations/{id}/quality-sheets/{stage}': (f) =>
      `/api/v1/key-evaluations/${f.key_evaluation.id}/quality-sheets/plan`,
  },
};
