// 年度预算绩效管理工作报告: the prefecture's report of work year 2026. A unit reads none of it
// (403); the county office finds neither the prefecture's report nor its Word file (404), and
// neither writes its narrative nor freezes it.
import assert from 'node:assert/strict';

const PATHS = {
  'GET /api/v1/annual-reports/{year}': '',
  'GET /api/v1/annual-reports/{year}/docx': '/docx',
  'PUT /api/v1/annual-reports/{year}/narrative': '/narrative',
  'POST /api/v1/annual-reports/{year}/freeze': '/freeze',
};
const path = (key, f) => `/api/v1/annual-reports/2026${PATHS[key]}?region=${f.annual_report.region_id}`;

export default {
  kinds: {
    annual_report: async (ctx) => {
      if (!ctx.hasRoute('/api/v1/annual-reports/{year}')) return null;
      const r = (await ctx.as.demo_office.get('/api/v1/annual-reports/2026')).body;
      return { region_id: r.region_id, name: r.title, version: r.version };
    },
  },
  bodies: {
    'PUT /api/v1/annual-reports/{year}/narrative': (f) => ({ version: f.annual_report.version, narrative: { problems: '越权修改' } }),
    'POST /api/v1/annual-reports/{year}/freeze': (f) => ({ version: f.annual_report.version }),
  },
  paths: Object.fromEntries(Object.keys(PATHS).map((k) => [k, (f) => path(k, f)])),
  figures: {
    annual_report: async ({ client, pattern, f, where }) => {
      for (const key of Object.keys(PATHS).filter((k) => k.endsWith(` ${pattern}`))) {
        const method = key.split(' ')[0];
        const body = method === 'GET' ? undefined : method === 'PUT'
          ? { version: f.annual_report.version, narrative: {} } : { version: f.annual_report.version };
        const res = await client.request(method, path(key, f), { body });
        assert.ok([403, 404].includes(res.status), `${where}: ${res.status}`);
        assert.ok(!JSON.stringify(res.body ?? '').includes(f.annual_report.name), `the foreign report shown: ${where}`);
      }
    },
  },
};
