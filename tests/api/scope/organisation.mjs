// Regions, bureaus, sections, units and fiscal years (src/org).
//
// demo_unit2, a unit of the prefecture, aims at the county's organisation: its own region's is not
// foreign to it. The county's office aims at the prefecture's. Both aim at demo_unit's unit.
const AIMED_AT = { demo_unit2: 'demo_county_office', demo_county_office: 'demo_office' };

// The region of AIMED_AT[actor], with its bureau, a section and a fiscal year.
const organisationOf = (ctx, actor) => ctx.once(`organisation ${actor}`, async () => {
  const office = ctx.as.demo_office;
  const regionId = ctx.me[AIMED_AT[actor]].region_id;
  const detail = (await office.get('/api/v1/regions/' + regionId)).body;
  return {
    region: detail,
    bureau: detail.bureau,
    section: detail.sections.find((s) => s.kind === 'business') ?? detail.sections[0],
    fiscal_year: (await office.get('/api/v1/fiscal-years?region_id=' + regionId)).body.items[0],
  };
});
const part = (name) => (ctx) => ctx.perActor(async (actor) => (await organisationOf(ctx, actor))[name]);

export default {
  kinds: {
    region: part('region'),
    bureau: part('bureau'),
    section: part('section'),
    fiscal_year: part('fiscal_year'),
    unit: async (ctx) => (await ctx.as.demo_unit.get('/api/v1/units/' + ctx.me.demo_unit.unit_id)).body,
  },
  bodies: {
    'POST /api/v1/regions': (f) => ({ parent_id: f.region.id, code: '539988', name: '越权县' }),
    'POST /api/v1/sections': (f) => ({ region_id: f.region.id, name: '越权股' }),
    'POST /api/v1/units': (f) => ({ kind: 'unit', parent_id: f.unit.id, code: 'XSCOPE3', name: '越权单位' }),
    'POST /api/v1/fiscal-years': (f) => ({ region_id: f.region.id, year: 2031 }),
    'PATCH /api/v1/fiscal-years/{id}': (f) => ({ version: f.fiscal_year?.version ?? 1, status: 'closed' }),
  },
  filters: {
    region_id: (f) => f.region.id,
    unit_id: (f) => f.unit.id,
    department_id: (f) => f.unit.department_id,
  },
  foreign: {
    unit: (item, f) => item.unit_id === f.unit.id || item.id === f.unit.id,
  },
};
