// Self-evaluation (src/self_evaluation): the prefecture's 2026 round opened by its office, one of
// demo_unit's evaluations in it, and a round of a county that is neither actor's. A unit of
// another department and the office of the county below see none of demo_unit's evaluations and
// change nothing; the county may not open the year its prefecture opened. The import names
// demo_unit's evaluation by its project, unit and department with every indicator answered, the
// table demo_unit itself imports: neither actor finds it. The county's round is 404 to both
// (GET …/rounds/{id}) and neither may score it again (POST …/rounds/{id}/score, no body); that
// only the round's own office starts it, where another office sees the round, is
// tests/api/self_evaluation_scoring.test.mjs's (403).
import assert from 'node:assert/strict';

export default {
  kinds: {
    self_evaluation: async (ctx) => {
      if (!ctx.hasRoute('/api/v1/self-evaluations')) return null;
      const office = ctx.as.demo_office;
      const opened = await office.post('/api/v1/self-evaluations/rounds', { year: 2026, due: '2027-03-31' });
      assert.equal(opened.status, 201, JSON.stringify(opened.body));
      const list = (await ctx.as.demo_unit.get('/api/v1/self-evaluations?year=2026&kind=project&limit=1')).body;
      assert.ok(list.items.length > 0, JSON.stringify(list));
      return list.items[0];
    },
    self_evaluation_round: async (ctx) => {
      if (!ctx.hasRoute('/api/v1/self-evaluations/rounds')) return null;
      const other = (await ctx.as.demo_office.get('/api/v1/regions')).body.items
        .find((r) => r.id !== ctx.me.demo_office.region_id && r.id !== ctx.me.demo_county_office.region_id);
      ctx.db.query(`INSERT INTO self_evaluation_rounds (region_id, year, due, opened_by, opened_at) VALUES (${other.id}, 2025, '2026-03-31', ${ctx.me.demo_office.id}, '2026-01-01T00:00:00Z')`);
      return { id: Number(ctx.db.query(`SELECT id FROM self_evaluation_rounds WHERE region_id = ${other.id} AND year = 2025`)),
        name: '邻县2025年度绩效自评', version: 1 };
    },
  },
  fixtures: {
    self_evaluation_table: async (ctx) => {
      const e = await ctx.kind('self_evaluation');
      if (!e) return null;
      const owner = ctx.as.demo_unit;
      const v = (await owner.get(`/api/v1/self-evaluations/${e.id}`)).body;
      const table = { sheet: v.name, project_name: v.name, department: v.department_name, unit_name: v.unit_name,
        budget_wan: v.budget_wan, executed_wan: v.executed_wan, goal_achieved: '越权导入',
        indicators: v.indicators.map((i) => ({ category: i.indicator.category, subcategory: i.indicator.subcategory,
          name: i.indicator.name, actual_value: i.indicator.comparator === 'qualitative' ? 'achieved' : i.indicator.value })) };
      // A table its owner imports, so that the walk aims at one that would be saved if found.
      const own = await owner.post('/api/v1/self-evaluations:import', { year: 2026, tables: [{ ...table, goal_achieved: '' }] });
      assert.equal(own.status, 200, JSON.stringify(own.body));
      return table;
    },
  },
  bodies: {
    'POST /api/v1/self-evaluations:import': (f) => ({ year: 2026, tables: [f.self_evaluation_table] }),
    // The prefecture opened 2026: the county may not again (409), a unit may not at all (403).
    'POST /api/v1/self-evaluations/rounds': () => ({ year: 2026, due: '2027-03-31' }),
    'POST /api/v1/self-evaluations:consolidate': (f) => ({ ids: [f.self_evaluation.id], versions: [f.self_evaluation.version] }),
    'PUT /api/v1/self-evaluations/{id}': (f) => ({ version: f.self_evaluation.version, problems: '越权填写',
      indicators: [{ position: 0, actual_value: '1' }] }),
    'POST /api/v1/self-evaluations/{id}/steps': (f) => ({ version: f.self_evaluation.version, action: 'submit' }),
  },
  foreign: {
    self_evaluation: (item, f) => item.unit_id === f.self_evaluation.unit_id,
  },
};
