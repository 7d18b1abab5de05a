// Evidence (src/evidence): a PDF demo_unit attaches to its project.
import assert from 'node:assert/strict';

function pdfForm() {
  const form = new FormData();
  const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), '佐证.pdf');
  return form;
}

export default {
  kinds: {
    evidence: async (ctx) => {
      if (!ctx.hasRoute('/api/v1/evidence')) return null;
      const project = await ctx.kind('project');
      const up = await ctx.as.demo_unit.post(`/api/v1/evidence?document_type=project&document_id=${project.id}`, pdfForm());
      assert.equal(up.status, 201, JSON.stringify(up.body));
      return up.body;
    },
  },
  bodies: {
    'POST /api/v1/evidence': () => pdfForm(),
  },
  paths: {
    'POST /api/v1/evidence': (f) => `/api/v1/evidence?document_type=project&document_id=${f.project.id}`,
  },
  filters: {
    document_type: () => 'project',
    document_id: (f) => f.project.id,
  },
  foreign: {
    evidence: (item, f) => item.document_id === f.project.id,
  },
};
