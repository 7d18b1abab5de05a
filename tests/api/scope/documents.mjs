// Official documents (src/documents): a 批复 the demo's office issued to demo_unit's department.
import assert from 'node:assert/strict';

export default {
  kinds: {
    document: async (ctx) => {
      const department = ctx.me.demo_unit.department_id;
      const id = Number(ctx.db.query(
        `SELECT id FROM official_documents WHERE department_id = ${department} ORDER BY id LIMIT 1`));
      assert.ok(id > 0, 'the demo issued letters to the department');
      const letter = (await ctx.as.demo_office.get(`/api/v1/documents/${id}`)).body;
      return { ...letter, name: letter.title };
    },
  },
};
