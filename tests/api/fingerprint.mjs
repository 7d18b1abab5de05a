// A one-line fingerprint of a database's data, for tests that assert a request changed nothing
// (the cross-scope walker, the fuzz run). Not a test file.

// Tables that change when nobody's data does: sessions (logins and their touches), the
// migrations applied and the checksums of the shipped data loaded.
export const BOOKKEEPING = new Set(['sessions', 'schema_migrations', 'shipped_data']);

// Every table of the schema but bookkeeping, as one query: a write anywhere moves it (its count,
// and the sum of the columns a change moves: version, and active for accounts).
export function fingerprintOf(db) {
  const columns = db.url.startsWith('postgresql:')
    ? db.query('SELECT table_name, column_name FROM information_schema.columns ' +
      'WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position')
    : db.query("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p " +
      "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid");
  const tables = new Map();
  for (const [table, column] of columns.split('\n').map((l) => l.split('|'))) {
    if (!BOOKKEEPING.has(table)) tables.set(table, [...(tables.get(table) ?? []), column]);
  }
  const parts = [...tables].flatMap(([table, cols]) => [`(SELECT COUNT(*) FROM ${table})`,
    ...['version', 'active'].filter((c) => cols.includes(c)).map((c) => `(SELECT COALESCE(SUM(${c}), 0) FROM ${table})`)]);
  return { tables: [...tables.keys()], sql: 'SELECT ' + parts.join(', ') };
}
