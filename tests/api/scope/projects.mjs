// Projects (src/projects): demo_unit's first project.
export default {
  kinds: {
    project: async (ctx) => (await ctx.as.demo_unit.get('/api/v1/projects?limit=1')).body.items[0],
  },
  fixtures: {
    // Unit codes are per region: a CSV names units of the importer's own region, so the county's
    // import aims at a code that exists only in the prefecture.
    import_code: async (ctx) => {
      const countyCodes = new Set((await ctx.as.demo_county_office.get('/api/v1/units?limit=500')).body.items
        .map((u) => u.code));
      const rootUnits = (await ctx.as.demo_office.get(
        `/api/v1/units?region_id=${ctx.me.demo_office.region_id}&limit=500`)).body.items;
      return ctx.perActor({
        demo_unit2: (await ctx.kind('unit')).code,
        demo_county_office: rootUnits.find((u) => !countyCodes.has(u.code)).code,
      });
    },
  },
  bodies: {
    'POST /api/v1/projects': (f) => ({ year: 2026, code: 'XSCOPE1', name: '越权项目', unit_id: f.unit.id,
      fund_type: 'general', amount_fen: 100, function_class: '2050202', category: 'new' }),
    'POST /api/v1/projects:import': (f) =>
      '项目编码,项目名称,单位编码,年度,资金类型,金额（万元）,支出功能分类,项目类别,项目标签\n' +
      `XSCOPE2,越权导入,${f.import_code},2026,一般公共预算,1,2050202,新增项目,\n`,
    'POST /api/v1/projects/{id}/steps': (f) => ({ version: f.project.version, action: 'review', decision: 'approve' }),
  },
  filters: {
    project_id: (f) => f.project.id,
    year: () => 2026,
  },
  foreign: {
    project: (item, f) => item.unit_id === f.unit.id,
  },
};
