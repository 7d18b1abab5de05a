// The self-evaluation statistics (src/self_evaluation/statistics_*): figures, not objects. Aimed
// at demo_unit's evaluation in the prefecture's 2026 round: neither another department's unit
// nor the office of the county below counts it or names its department, by region or by
// department, and neither may look at the prefecture (the unit at no region: 403; the county
// above its own tree: 404).
import assert from 'node:assert/strict';

export default {
  kinds: {
    self_evaluation_statistics: async (ctx) => {
      if (!ctx.hasRoute('/api/v1/self-evaluations/statistics')) return null;
      return ctx.kind('self_evaluation');
    },
  },
  figures: {
    self_evaluation_statistics: async ({ client, pattern, f, where }) => {
      const foreign = f.self_evaluation_statistics;
      const own = (await client.get('/api/v1/self-evaluations?year=2026&limit=1')).body;
      for (const by of ['region', 'department']) {
        // Every department row (limit=0), not only the first page's.
        const st = await client.get(`${pattern}?year=2026&by=${by}&limit=0`);
        assert.equal(st.status, 200, `${where}: ${JSON.stringify(st.body).slice(0, 300)}`);
        assert.ok(st.body.total.evaluations <= own.total, `figures beyond the scope: ${where}`);
        for (const d of st.body.by_department)
          assert.notEqual(d.department_id, foreign.department_id, `foreign department: ${where}`);
        for (const r of st.body.by_region)
          assert.notEqual(r.region_id, foreign.region_id, `foreign region: ${where}`);
      }
      const above = await client.get(`${pattern}?year=2026&region_id=${foreign.region_id}`);
      assert.ok([403, 404].includes(above.status), `the foreign region looked at: ${where}`);
    },
  },
};
