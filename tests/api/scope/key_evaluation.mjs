// Key evaluations' registries (src/key_evaluation): the prefecture's agency 云岭天衡 with its
// contract of a year, and its expert 马文涛. The county's office neither reads nor keeps the
// prefecture's registry; a unit sees no registry at all. The agency posted has a valid code:
// the region, not the code, refuses it. The plan (评价计划): a subject the prefecture's office
// puts in its plan of 2026; its suggestions and coverage are the prefecture's figures, which a
// unit never reads and the county reads only for its own tree.
import assert from 'node:assert/strict';

export default {
  kinds: {
    agency: async (ctx) => ctx.once('ke-agency', async () => {
      const items = (await ctx.as.demo_office.get('/api/v1/agencies?limit=500')).body.items;
      const a = items.find((x) => x.name === '云岭天衡会计师事务所（特殊普通合伙）');
      return (await ctx.as.demo_office.get(`/api/v1/agencies/${a.id}`)).body;
    }),
    agency_year: async (ctx) => {
      const y = (await ctx.kind('agency')).years[0];
      return { ...y, name: y.contract_no };
    },
    key_evaluation: async (ctx) => ctx.once('ke-planned', async () => {
      const office = ctx.as.demo_office;
      const department = Number(ctx.db.query(
        `SELECT MIN(id) FROM units WHERE kind = 'department' AND region_id = ${ctx.me.demo_office.region_id}`));
      const made = await office.post('/api/v1/key-evaluations', { year: 2026, kind: 'policy',
        name: '跨域核查的产业扶持政策', department_id: department, fund_type: 'general',
        budget_fen: 80_000_000, due: '2027-06-30', mode: 'agency' });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      return made.body;
    }),
    key_evaluation_plan: async (ctx) => ({ region_id: ctx.me.demo_office.region_id }),
    expert: async (ctx) => {
      const items = (await ctx.as.demo_office.get('/api/v1/experts?limit=500')).body.items;
      return items.find((x) => x.name === '马文涛');
    },
  },
  bodies: {
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
      department_id: f.key_evaluation.department_id, fund_type: 'general', budget_fen: 1,
      due: '2027-06-30', mode: 'agency' }),
    'PUT /api/v1/key-evaluations/{id}': (f) => ({ version: f.key_evaluation.version, name: '越权修改' }),
  },
  paths: {
    'DELETE /api/v1/key-evaluations/{id}': (f) =>
      `/api/v1/key-evaluations/${f.key_evaluation.id}?version=${f.key_evaluation.version}`,
  },
  figures: {
    // The prefecture's suggestions and coverage: a unit reads none (403), the county office not
    // the prefecture's (404).
    key_evaluation_plan: async ({ client, pattern, f, where }) => {
      const res = await client.get(`${pattern}?year=2026&region_id=${f.key_evaluation_plan.region_id}`);
      assert.ok([403, 404].includes(res.status), `${where}: ${res.status}`);
    },
  },
};
