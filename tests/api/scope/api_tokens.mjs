// Service accounts and API tokens (src/accounts/service_accounts): the administrator's alone, so
// both actors aim at the demo's 预算一体化接口 and its token in force.
export default {
  kinds: {
    service_account: async (ctx) => {
      const row = ctx.db.query("SELECT id, display_name, version FROM users WHERE username = 'demo_budget_feed'");
      if (!row) return null;
      const [id, name, version] = row.split('|');
      return { id: Number(id), name, version: Number(version) };
    },
    api_token: async (ctx) => {
      const row = ctx.db.query(`SELECT t.id, t.name FROM api_tokens t JOIN users u ON u.id = t.user_id
        WHERE u.username = 'demo_budget_feed' AND t.revoked_at IS NULL ORDER BY t.id LIMIT 1`);
      if (!row) return null;
      const [id, name] = row.split('|');
      return { id: Number(id), name };
    },
  },
  bodies: {
    'POST /api/v1/service-accounts': () =>
      ({ username: 'xscope_feed', display_name: '越权接口', role: 'performance_office' }),
    'POST /api/v1/service-accounts/{id}/tokens': () => ({ name: '越权令牌', expires_on: '2099-01-01' }),
  },
};
