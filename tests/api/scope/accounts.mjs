// User accounts (src/accounts): each actor aims at an account it does not manage, demo_unit2 at
// the other unit's user, the county's office at the prefecture's office.
export default {
  kinds: {
    user: async (ctx) => {
      const users = (await ctx.as.demo_office.get('/api/v1/users?limit=500')).body.items;
      return ctx.perActor({
        demo_unit2: users.find((u) => u.username === 'demo_unit'),
        demo_county_office: users.find((u) => u.username === 'demo_office'),
      });
    },
  },
  bodies: {
    'POST /api/v1/users': (f) =>
      ({ username: 'xscope', display_name: '越权', role: 'unit', unit_id: f.unit.id, region_id: f.region.id }),
    'PATCH /api/v1/users/{id}': (f) => ({ version: f.user?.version ?? 1, display_name: '越权' }),
  },
};
