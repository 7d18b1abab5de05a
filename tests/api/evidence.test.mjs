import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { startServer, loggedIn } from './harness.mjs';

let server, unit, unit2, viewer, project;
before(async () => {
  server = await startServer();
  unit = await loggedIn(server.base, 'demo_unit');
  unit2 = await loggedIn(server.base, 'demo_unit2');
  viewer = await loggedIn(server.base, 'demo_viewer');
  const page = await unit.get('/api/v1/projects?limit=1');
  assert.equal(page.status, 200);
  project = page.body.items[0];
  assert.ok(project, 'demo_unit should have a project');
});
after(async () => { await server?.stop(); });

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const listPath = (id = project.id) => `/api/v1/evidence?document_type=project&document_id=${id}`;

function pdf(size = 4096) {
  const bytes = randomBytes(size);
  Buffer.from('%PDF-1.7\n').copy(bytes, 0);
  return bytes;
}

function form(bytes, filename, type = 'application/pdf') {
  const fd = new FormData();
  fd.append('file', new Blob([bytes], { type }), filename);
  return fd;
}

async function upload(client, bytes, filename, { id = project.id, ...o } = {}) {
  return client.post(listPath(id), form(bytes, filename), o);
}

async function count() {
  const res = await unit.get(listPath());
  assert.equal(res.status, 200);
  return res.body.items.length;
}

test('a unit uploads a PDF to its project, lists it and downloads the identical bytes', async () => {
  const bytes = pdf(200_000);
  const created = await upload(unit, bytes, '2026年项目决算报告.pdf');
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const f = created.body;
  assert.equal(f.document_type, 'project');
  assert.equal(f.document_id, project.id);
  assert.equal(f.filename, '2026年项目决算报告.pdf');
  assert.equal(f.content_type, 'application/pdf');
  assert.equal(f.type_label, 'PDF 文档');
  assert.equal(f.size_bytes, bytes.length);
  assert.equal(f.sha256, sha256(bytes));
  assert.ok(f.uploaded_by > 0);
  assert.match(f.uploaded_by_name, /陈静/);
  assert.ok(f.created_at);
  assert.equal(created.headers.get('location'), `/api/v1/evidence/${f.id}`);

  const list = await unit.get(listPath());
  assert.equal(list.status, 200);
  const item = list.body.items.find((i) => i.id === f.id);
  assert.deepEqual(item, f);
  assert.ok(!('content' in item));

  const meta = await unit.get(`/api/v1/evidence/${f.id}`);
  assert.equal(meta.status, 200);
  assert.deepEqual(meta.body, f);

  const got = await unit.get(`/api/v1/evidence/${f.id}/content`);
  assert.equal(got.status, 200);
  assert.equal(got.headers.get('content-type'), 'application/pdf');
  assert.equal(got.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(got.headers.get('etag'), `"${f.sha256}"`);
  assert.equal(got.headers.get('content-disposition'),
    `attachment; filename*=UTF-8''${encodeURIComponent('2026年项目决算报告.pdf')}`);
  assert.equal(got.body.length, bytes.length);
  assert.equal(sha256(got.body), sha256(bytes));
});

test('the type is judged by content: an .exe renamed .pdf is refused and nothing is stored', async () => {
  const before = await count();
  const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(2048)]);
  const res = await upload(unit, exe, '报告.pdf');
  assert.equal(res.status, 415);
  assert.equal(res.body.code, 'unsupported_type');
  assert.match(res.headers.get('content-type'), /problem\+json/);
  assert.match(res.body.detail, /[\u4e00-\u9fa5]/);
  assert.equal(await count(), before);

  // A PNG named .txt is stored as the PNG it is.
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(64)]);
  const ok = await upload(unit, png, '截图.txt');
  assert.equal(ok.status, 201);
  assert.equal(ok.body.content_type, 'image/png');
  assert.equal((await unit.delete(`/api/v1/evidence/${ok.body.id}`)).status, 204);
});

test('files over 20 MiB are refused with 413, empty files with 400', async () => {
  const before = await count();
  const big = await upload(unit, pdf(20 * 1024 * 1024 + 1), '扫描件.pdf');
  assert.equal(big.status, 413);
  assert.equal(big.body.code, 'file_too_large');
  assert.match(big.body.detail, /20 MB/);
  const huge = await upload(unit, pdf(30 * 1024 * 1024), '扫描件.pdf');
  assert.equal(huge.status, 413);
  const exact = await upload(unit, pdf(20 * 1024 * 1024), '刚好20MB.pdf');
  assert.equal(exact.status, 201);
  assert.equal(exact.body.size_bytes, 20 * 1024 * 1024);
  assert.equal((await unit.delete(`/api/v1/evidence/${exact.body.id}`)).status, 204);

  const empty = await upload(unit, Buffer.alloc(0), '空.pdf');
  assert.equal(empty.status, 400);
  assert.equal(empty.body.field, 'file');
  assert.equal(await count(), before);
});

test('malformed requests name their field', async () => {
  const noFile = new FormData();
  noFile.append('note', '说明');
  const res = await unit.post(listPath(), noFile);
  assert.equal(res.status, 400);
  assert.equal(res.body.field, 'note');
  const json = await unit.post(listPath(), { file: 'x' });
  assert.equal(json.status, 400);
  assert.equal(json.body.field, 'Content-Type');
  const noDoc = await unit.post('/api/v1/evidence', form(pdf(), 'a.pdf'));
  assert.equal(noDoc.status, 400);
  assert.equal(noDoc.body.field, 'document_type');
  const badType = await unit.post(`/api/v1/evidence?document_type=invoice&document_id=${project.id}`, form(pdf(), 'a.pdf'));
  assert.equal(badType.status, 400);
  assert.equal(badType.body.field, 'document_type');
  const truncated = await unit.post(listPath(), '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4',
    { headers: { 'content-type': 'multipart/form-data; boundary=xyz' } });
  assert.equal(truncated.status, 400);
  assert.equal(truncated.body.field, 'body');
});

test('an upload without the CSRF header is refused', async () => {
  const before = await count();
  const res = await upload(unit, pdf(), 'a.pdf', { csrf: false });
  assert.equal(res.status, 403);
  assert.equal(res.body.code, 'csrf');
  assert.equal(await count(), before);
});

test('another unit learns nothing of the file and cannot attach to the project', async () => {
  const f = (await upload(unit, pdf(), '内部资料.pdf')).body;
  for (const path of [listPath(), `/api/v1/evidence/${f.id}`, `/api/v1/evidence/${f.id}/content`]) {
    const res = await unit2.get(path);
    assert.equal(res.status, 404, path);
    assert.ok(!JSON.stringify(res.body).includes('内部资料'), path);
  }
  assert.equal((await unit2.delete(`/api/v1/evidence/${f.id}`)).status, 404);
  assert.equal((await upload(unit2, pdf(), 'x.pdf')).status, 404);
  assert.equal((await unit.get(`/api/v1/evidence/${f.id}`)).status, 200);
  // Ids that do not exist look the same.
  assert.equal((await unit2.get('/api/v1/evidence/999999999')).status, 404);
  assert.equal((await unit.get('/api/v1/evidence/abc')).status, 404);
});

test('a viewer reads the evidence but cannot add or delete any', async () => {
  const f = (await upload(unit, pdf(), '审计意见.pdf')).body;
  const list = await viewer.get(listPath());
  assert.equal(list.status, 200);
  assert.ok(list.body.items.some((i) => i.id === f.id));
  const got = await viewer.get(`/api/v1/evidence/${f.id}/content`);
  assert.equal(got.status, 200);
  assert.equal(sha256(got.body), f.sha256);
  const del = await viewer.delete(`/api/v1/evidence/${f.id}`);
  assert.equal(del.status, 403);
  assert.equal(del.body.code, 'forbidden');
  const up = await upload(viewer, pdf(), 'v.pdf');
  assert.equal(up.status, 403);
  assert.equal((await unit.get(`/api/v1/evidence/${f.id}`)).status, 200);
});

test('delete removes the file and both changes appear in the project history', async () => {
  const bytes = pdf();
  const f = (await upload(unit, bytes, '待删除.pdf')).body;
  const del = await unit.delete(`/api/v1/evidence/${f.id}`);
  assert.equal(del.status, 204);
  assert.equal((await unit.get(`/api/v1/evidence/${f.id}`)).status, 404);
  assert.equal((await unit.get(`/api/v1/evidence/${f.id}/content`)).status, 404);
  assert.equal((await unit.delete(`/api/v1/evidence/${f.id}`)).status, 404);
  assert.ok((await unit.get(listPath())).body.items.every((i) => i.id !== f.id));

  const history = await unit.get(`/api/v1/projects/${project.id}/history`);
  assert.equal(history.status, 200);
  const mine = history.body.items.filter((r) => r.action.startsWith('evidence_') && (r.after?.id ?? r.before?.id) === f.id);
  assert.deepEqual(mine.map((r) => r.action), ['evidence_upload', 'evidence_delete']);
  assert.equal(mine[0].after.sha256, sha256(bytes));
  assert.equal(mine[1].before.sha256, sha256(bytes));
  assert.equal(mine[1].after, null);
  assert.ok(!('content' in mine[0].after));
  assert.equal(mine[1].actor, 'demo_unit');
});

// Sends a request's header and only the first bytes of its body, and waits for the answer: the
// server must give it without the rest (which never comes).
function headerOnly(path, { contentLength, cookie = '', csrf = '', chunked = false }) {
  const { port } = new URL(server.base);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => { socket.destroy(); resolve({ status: 0, seconds: 99, text }); }, 8000);
    socket.on('connect', () => {
      const lines = [`POST ${path} HTTP/1.1`, 'Host: x', 'Content-Type: multipart/form-data; boundary=b'];
      if (chunked) lines.push('Transfer-Encoding: chunked');
      else lines.push(`Content-Length: ${contentLength}`);
      if (cookie) lines.push(`Cookie: ${cookie}`);
      if (csrf) lines.push(`X-CSRF-Token: ${csrf}`);
      socket.write(lines.join('\r\n') + '\r\n\r\n' + (chunked ? '10\r\n--b\r\nContent-Di\r\n' : '--b\r\nContent-Di'));
    });
    socket.on('data', (d) => {
      text += d;
      const m = text.match(/^HTTP\/1\.1 (\d+)[^]*?\r\n\r\n([^]*)$/);
      if (m && m[2].endsWith('}')) {
        clearTimeout(timer);
        socket.destroy();
        resolve({ status: Number(m[1]), seconds: (Date.now() - started) / 1000, text });
      }
    });
    socket.on('error', reject);
  });
}

test('a large upload is refused on its header: no session 401, no CSRF 403, too long 413, no body read', async () => {
  const sixty = 60 * 1000 * 1000;
  const anonymous = await headerOnly(listPath(), { contentLength: sixty });
  assert.equal(anonymous.status, 401, anonymous.text);
  assert.ok(anonymous.seconds < 3, `answered after ${anonymous.seconds} s`);
  assert.match(anonymous.text, /application\/problem\+json/);
  const chunked = await headerOnly(listPath(), { chunked: true });
  assert.equal(chunked.status, 401, chunked.text);
  const noCsrf = await headerOnly(listPath(), { contentLength: 10 * 1000 * 1000, cookie: unit.cookie });
  assert.equal(noCsrf.status, 403, noCsrf.text);
  // A viewer may not attach files: told so before its file is sent.
  const readOnly = await headerOnly(listPath(), { contentLength: 10 * 1000 * 1000, cookie: viewer.cookie, csrf: viewer.csrf });
  assert.equal(readOnly.status, 403, readOnly.text);
  // Over the evidence limit (20 MiB and the framing) by its Content-Length alone, even logged in.
  const tooLong = await headerOnly(listPath(), { contentLength: sixty, cookie: unit.cookie, csrf: unit.csrf });
  assert.equal(tooLong.status, 413, tooLong.text);
  assert.ok(tooLong.seconds < 3, `answered after ${tooLong.seconds} s`);
  assert.match(tooLong.text, /application\/problem\+json/);
  assert.match(tooLong.text, /body_too_large/);
  // The server still serves.
  assert.equal((await unit.get(listPath())).status, 200);
});
