// 年度报告's figures, funnel and rows: the prefecture's are foreign to both actors. A unit reads
// none (403, whatever region it names); the county office reads its own county's figures and
// is told the prefecture is not found (404), and a part naming another county is refused.
import assert from 'node:assert/strict';

export default {
  kinds: {
    annual_report_figures: async (ctx) => {
      if (!ctx.hasRoute('/api/v1/annual-reports/figures')) return null;
      const region = Number(ctx.db.query("SELECT id FROM regions WHERE code = '539900'"));
      const counties = ctx.db.query(`SELECT id FROM regions WHERE parent_id = ${region} ORDER BY id`)
        .split('\n').filter(Boolean).map(Number);
      return { region, counties };
    },
  },
  figures: {
    annual_report_figures: async ({ client, pattern, f, where }) => {
      const foreign = f.annual_report_figures;
      const path = pattern.replace('{code}', 'projects.all');
      for (const year of [2026, 2027]) {
        const res = await client.get(`${path}?year=${year}&region=${foreign.region}`);
        assert.ok([403, 404].includes(res.status), `${where}: ${res.status}`);
        const own = await client.get(`${path}?year=${year}`);
        assert.ok([200, 403].includes(own.status), `${where}: ${own.status}`);
        if (own.status === 200 && own.body.region_id !== undefined)
          assert.notEqual(own.body.region_id, foreign.region, `the prefecture answered: ${where}`);
      }
      if (!pattern.endsWith('/rows')) return;
      for (const county of foreign.counties) {
        const res = await client.get(`${path}?year=2026&part=region&part_region=${county}`);
        assert.ok([400, 403, 404].includes(res.status), `${where}: ${res.status}`);
      }
    },
  },
};
