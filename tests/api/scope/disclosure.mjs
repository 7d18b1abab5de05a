// Disclosure (src/disclosure): a published item of 云岭州's own level, of a department other than
// demo_unit2's; the public routes are subject own (public data only).
export default {
  kinds: {
    disclosure: async (ctx) => {
      const id = Number(ctx.db.query(`SELECT MIN(d.id) FROM disclosures d JOIN regions r ON r.id = d.region_id
        WHERE r.parent_id IS NULL AND d.status = 'published' AND d.department_id <> ${ctx.me.demo_unit2.department_id}`));
      if (!(id > 0)) return null;
      const d = (await ctx.as.demo_office.get(`/api/v1/disclosures/${id}`)).body;
      return { ...d, name: d.slug };
    },
  },
  bodies: {
    'POST /api/v1/disclosures/{id}/steps': (f) => ({ version: f.disclosure.version, action: 'withdraw', reason: '越权撤回' }),
    'POST /api/v1/disclosures:bulk': (f) => ({ ids: [f.disclosure.id], action: 'withdraw', reason: '越权撤回' }),
  },
  foreign: {
    disclosure: (item, f) => item.id === f.disclosure.id,
  },
};
