// Monitoring (src/monitoring): a checkpoint of a county that is neither actor's, and a report of
// demo_department's tree at the prefecture's checkpoint; a project's spending series aims at
// demo_unit's project. The statistics of the county's checkpoint are 404 to both actors; those
// of the prefecture's name none of demo_department's tree.
import assert from 'node:assert/strict';

const now = '2026-01-01T00:00:00Z';

export default {
  kinds: {
    monitoring_statistics: async () => ({}),
    checkpoint: async (ctx) => {
      const other = (await ctx.as.demo_office.get('/api/v1/regions')).body.items
        .find((r) => r.id !== ctx.me.demo_office.region_id && r.id !== ctx.me.demo_county_office.region_id);
      ctx.db.query(`INSERT INTO checkpoints (region_id, year, name, as_of, due, status, created_by, created_at) VALUES (${other.id}, 2026, '邻县6月末监控', '2026-06-30', '2026-07-20', 'planned', ${ctx.me.demo_office.id}, '${now}')`);
      return { id: Number(ctx.db.query("SELECT id FROM checkpoints WHERE name = '邻县6月末监控'")),
        name: '邻县6月末监控', version: 1 };
    },
    monitoring_report: async (ctx) => {
      const office = ctx.as.demo_office;
      const c = await office.post('/api/v1/checkpoints',
        { year: 2026, name: '越权7月末监控', as_of: '2026-07-31', due: '2026-08-20' });
      assert.equal(c.status, 201, JSON.stringify(c.body));
      const opened = await office.post(`/api/v1/checkpoints/${c.body.id}/open`, { version: c.body.version });
      assert.equal(opened.status, 200, JSON.stringify(opened.body));
      const list = (await office.get(`/api/v1/monitoring-reports?checkpoint_id=${c.body.id}` +
        `&department_id=${ctx.me.demo_unit.department_id}&limit=1`)).body;
      assert.ok(list.items.length > 0, JSON.stringify(list));
      return list.items[0];
    },
  },
  bodies: {
    // The prefecture's date again: the county would cover its targets twice (409), a unit may not.
    'POST /api/v1/checkpoints': (f) => ({ year: 2026, name: '越权监控节点', as_of: f.monitoring_report.as_of,
      due: '2026-06-20' }),
    'POST /api/v1/projects/{id}/executions': () => ({ as_of: '2026-05-31', executed_fen: 100 }),
    'POST /api/v1/executions:import': (f) => `项目编码,截至日期,累计支出（万元）\n${f.project.code},2026-05-31,0.01\n`,
    'POST /api/v1/checkpoints/{id}/open': (f) => ({ version: f.checkpoint.version }),
    'PUT /api/v1/monitoring-reports/{id}': (f) => ({ version: f.monitoring_report.version,
      spending_reason: '越权填写', indicators: [{ position: 0, value_so_far: '1', likelihood: 'certain' }] }),
    'POST /api/v1/monitoring-reports/{id}/steps': (f) => ({ version: f.monitoring_report.version, action: 'submit' }),
    'POST /api/v1/monitoring-reports/{id}/outcome': (f) => ({ version: f.monitoring_report.version, kind: 'recover',
      amount_fen: 100, reason: '越权收回' }),
  },
  paths: {
    'POST /api/v1/executions:import': () => '/api/v1/executions:import?year=2026',
  },
  foreign: {
    monitoring_report: (item, f) => item.id === f.monitoring_report.id || item.report_id === f.monitoring_report.id,
  },
  figures: {
    // Recovered money by region and department, and a checkpoint's statistics: never a
    // department outside the caller's scope; a checkpoint it does not see is 404.
    monitoring_statistics: async ({ client, pattern, f, where }) => {
      if (pattern === '/api/v1/monitoring/statistics') {
        const foreign = await client.get(`${pattern}?year=2026&checkpoint_id=${f.checkpoint.id}`);
        assert.equal(foreign.status, 404, `foreign checkpoint: ${where}`);
        const st = await client.get(`${pattern}?year=2026&checkpoint_id=${f.monitoring_report.checkpoint_id}`);
        assert.equal(st.status, 200, `${where}: ${JSON.stringify(st.body).slice(0, 300)}`);
        for (const d of [...st.body.by_department, ...st.body.recovered.by_department])
          assert.notEqual(d.department_id, f.monitoring_report.department_id, `foreign statistics: ${where}`);
        return;
      }
      const totals = (await client.get(pattern + '?year=2026')).body;
      for (const t of totals.items ?? [])
        assert.notEqual(t.department_id, f.monitoring_report.department_id, `foreign totals: ${where}`);
    },
  },
};
