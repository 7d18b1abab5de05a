// The indicator library and target cases (src/library): rows of a county that is neither actor's,
// outside the path of both.
const now = '2026-01-01T00:00:00Z';
const otherRegion = (ctx) => ctx.once('library region', async () =>
  (await ctx.as.demo_office.get('/api/v1/regions')).body.items
    .find((r) => r.id !== ctx.me.demo_office.region_id && r.id !== ctx.me.demo_county_office.region_id));

export default {
  kinds: {
    library_indicator: async (ctx) => {
      const other = await otherRegion(ctx);
      ctx.db.query(`INSERT INTO library_indicators (region_id, industry, category, subcategory, name, comparator, created_at, updated_at) VALUES (${other.id}, 'education', 'output', 'quantity', '邻县专有指标', '>=', '${now}', '${now}')`);
      return { id: Number(ctx.db.query("SELECT id FROM library_indicators WHERE name = '邻县专有指标'")),
        name: '邻县专有指标', version: 1 };
    },
    case: async (ctx) => {
      const other = await otherRegion(ctx);
      ctx.db.query(`INSERT INTO target_cases (region_id, industry, name, overall_goal, indicators, created_at) VALUES (${other.id}, 'education', '邻县专有案例', '邻县目标', '[]', '${now}')`);
      return { id: Number(ctx.db.query("SELECT id FROM target_cases WHERE name = '邻县专有案例'")), name: '邻县专有案例' };
    },
  },
  bodies: {
    // Saving a target as a case (routed by src/targets): the foreign target.
    'POST /api/v1/library/cases': (f) => ({ target_id: f.target.id }),
  },
};
