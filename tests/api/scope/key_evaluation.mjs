// Key evaluations' registries (src/key_evaluation): the prefecture's agency 云岭天衡 with its
// contract of a year, and its expert 马文涛. The county's office neither reads nor keeps the
// prefecture's registry; a unit sees no registry at all. The agency posted has a valid code:
// the region, not the code, refuses it. A key evaluation of the prefecture's plan commissioned to
// demo_agency's agency with demo_expert assigned: neither the county's office nor a unit reads,
// scores or moves it.
const now = '2026-01-01T00:00:00Z';

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
    key_evaluation: async (ctx) => ctx.once('ke-evaluation', async () => {
      const office = ctx.as.demo_office;
      const p = ctx.db.query(`SELECT id || '|' || unit_id || '|' || department_id FROM projects WHERE region_id = 1
        AND year = 2025 AND id NOT IN (SELECT project_id FROM assessments) ORDER BY amount_fen DESC, id LIMIT 1`)
        .split('|');
      ctx.db.query(`INSERT INTO key_evaluations (region_id, year, kind, name, project_id, department_id, unit_id,
        fund_type, budget_fen, due, mode, status, created_by, created_at, updated_at) VALUES (1, 2025, 'project',
        '越权重点评价', ${p[0]}, ${p[2]}, ${p[1]}, 'general', 100, '2026-09-30', 'agency', 'planned',
        ${ctx.me.demo_office.id}, '${now}', '${now}')`);
      const id = Number(ctx.db.query("SELECT id FROM key_evaluations WHERE name = '越权重点评价'"));
      const agency = Number(ctx.db.query(`SELECT au.agency_id FROM agency_users au JOIN users u ON u.id = au.user_id
        WHERE u.username = 'demo_agency'`));
      const moved = await office.post(`/api/v1/key-evaluations/${id}/steps`,
        { version: 1, action: 'commission', agency_id: agency, contract_fee_fen: 100 });
      if (moved.status !== 200) throw new Error(JSON.stringify(moved.body));
      const expert = Number(ctx.db.query(`SELECT e.id FROM experts e JOIN users u ON u.id = e.user_id
        WHERE u.username = 'demo_expert'`));
      const assigned = await office.post(`/api/v1/key-evaluations/${id}/experts`, { expert_id: expert });
      if (assigned.status !== 200) throw new Error(JSON.stringify(assigned.body));
      return { ...moved.body, expert_id: expert };
    }),
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
    'POST /api/v1/key-evaluations/{id}/steps': (f) => ({ version: f.key_evaluation.version, action: 'submit_plan' }),
    'POST /api/v1/key-evaluations/{id}/experts': (f) => ({ expert_id: f.key_evaluation.expert_id }),
    'PUT /api/v1/key-evaluations/{id}/quality-sheets/{stage}': () => ({ scores: { format: 10, completeness: 25,
      performance: 30, evidence: 20, language: 15 } }),
  },
  paths: {
    'DELETE /api/v1/key-evaluations/{id}/experts/{expert_id}': (f) =>
      `/api/v1/key-evaluations/${f.key_evaluation.id}/experts/${f.key_evaluation.expert_id}`,
    'PUT /api/v1/key-evaluations/{id}/quality-sheets/{stage}': (f) =>
      `/api/v1/key-evaluations/${f.key_evaluation.id}/quality-sheets/plan`,
  },
};
