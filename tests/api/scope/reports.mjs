// Statistics and to-dos (src/reports). They have no ids: the figures are checked against the
// caller's own project list.
import assert from 'node:assert/strict';

export default {
  kinds: {
    statistics: async () => ({}),
    todo: async () => ({}),
  },
  figures: {
    statistics: async ({ client, pattern, where }) => {
      const own = (await client.get('/api/v1/projects?year=2026&limit=1')).body;
      const st = (await client.get(pattern + '?year=2026')).body;
      assert.equal(st.count, own.total, `figures beyond the scope: ${where}`);
      assert.equal(st.amount_fen, own.total_amount_fen, where);
    },
  },
};
