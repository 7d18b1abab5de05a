// Statistics, to-dos and the header's search (src/reports). They have no ids: the figures are
// checked against the caller's own project list, and the search against the foreign objects.
import assert from 'node:assert/strict';

export default {
  kinds: {
    statistics: async () => ({}),
    todo: async () => ({}),
    search: async () => ({}),
  },
  figures: {
    statistics: async ({ client, pattern, where }) => {
      const own = (await client.get('/api/v1/projects?year=2026&limit=1')).body;
      const st = (await client.get(pattern + '?year=2026')).body;
      assert.equal(st.count, own.total, `figures beyond the scope: ${where}`);
      assert.equal(st.amount_fen, own.total_amount_fen, where);
    },
    // Searched by the foreign project's code and name (the name of its target too) and the
    // foreign unit's code and name: none of them is found.
    search: async ({ client, pattern, f, where }) => {
      for (const words of [f.project.code, f.project.name, f.unit.code, f.unit.name]) {
        const res = await client.get(`${pattern}?year=2026&q=${encodeURIComponent(words)}`);
        assert.equal(res.status, 200, where);
        const hit = res.body.items.find((i) => (i.kind === 'project' && i.id === f.project.id) ||
          (i.kind === 'unit' && i.id === f.unit.id) || (i.kind === 'target' && i.id === f.target?.id));
        assert.ok(!hit, `found a foreign ${hit?.kind} by ${words}: ${where}`);
      }
    },
  },
};
