// 绩效管理工作考核 (R-AP-1): the prefecture's issued appraisal of its departments, and its
// scorecards. A unit of the prefecture reads none of them (403); the county office reads its own
// region's scorecards only, never the prefecture's departments or counties, and finds none of
// the prefecture's appraisals (404).
import assert from 'node:assert/strict';

export default {
  kinds: {
    appraisal: async (ctx) => {
      if (!ctx.hasRoute('/api/v1/appraisals/{id}')) return null;
      const items = (await ctx.as.demo_office.get('/api/v1/appraisals?year=2025')).body.items;
      const a = items.find((x) => x.subject === 'department');
      return { id: a.id, version: a.version, name: a.document_number };
    },
    appraisal_scorecard: async (ctx) => {
      if (!ctx.hasRoute('/api/v1/appraisals/scorecard')) return null;
      const card = (await ctx.as.demo_office.get('/api/v1/appraisals/scorecard?year=2025&subject=department')).body;
      const regions = (await ctx.as.demo_office.get('/api/v1/appraisals/scorecard?year=2025&subject=region')).body;
      return { departments: card.rows.map((r) => r.subject_id), regions: regions.rows.map((r) => r.subject_id),
        region_id: card.region_id };
    },
  },
  bodies: {
    'POST /api/v1/appraisals/{id}/compute': (f) => ({ version: f.appraisal.version }),
    'POST /api/v1/appraisals/{id}/issue': (f) => ({ version: f.appraisal.version }),
  },
  paths: {
    'GET /api/v1/appraisals': () => '/api/v1/appraisals?year=2025&limit=500',
  },
  figures: {
    appraisal_scorecard: async ({ client, pattern, f, where }) => {
      const foreign = f.appraisal_scorecard;
      if (pattern.endsWith('/rows')) {
        for (const id of foreign.departments.slice(0, 3)) {
          const res = await client.get(`${pattern}?year=2025&subject=department&subject_id=${id}&item=target_count`);
          assert.ok([403, 404].includes(res.status), `${where}: ${res.status}`);
        }
        for (const id of foreign.regions) {
          const res = await client.get(`${pattern}?year=2025&subject=region&subject_id=${id}&item=target_count`);
          assert.ok([403, 404].includes(res.status), `${where}: ${res.status}`);
        }
        return;
      }
      for (const subject of ['department', 'region']) {
        const res = await client.get(`${pattern}?year=2025&subject=${subject}`);
        assert.ok([200, 403].includes(res.status), `${where}: ${res.status}`);
        if (res.status !== 200) continue;
        assert.notEqual(res.body.region_id, foreign.region_id, `the foreign region scored: ${where}`);
        for (const r of res.body.rows) {
          assert.ok(!foreign.departments.includes(r.subject_id) && !foreign.regions.includes(r.subject_id),
            `a foreign subject scored: ${where}`);
        }
      }
    },
  },
};
