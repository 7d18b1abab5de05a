// The integrators' page: the API document's operations by tag, with their fields in Chinese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { operationsOf, fieldsOf, typeText, matching, sectionsOf } = await load('org/apiDocs');

const schemas = {
  Money: { type: 'integer', description: '金额，单位：分' },
  Project: { type: 'object', required: ['id'], properties: {
    id: { type: 'integer' }, amount_fen: { $ref: '#/components/schemas/Money' },
    parent_id: { type: ['integer', 'null'] }, tags: { type: 'array', items: { type: 'string' } } } },
  ProjectView: { allOf: [{ $ref: '#/components/schemas/Project' }], required: ['actions'],
    properties: { actions: { type: 'array', items: { type: 'string' }, description: '可做的操作' } } },
  Problem: { type: 'object' },
};
const problem = (title) => ({ description: title, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
const doc = {
  openapi: '3.1.0',
  tags: [{ name: '登录与会话' }, { name: '项目库' }],
  paths: {
    '/api/v1/projects/{id}': {
      get: { summary: '查看项目', tags: ['项目库'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: '对象编号' }],
        responses: { 200: { description: '成功', content: { 'application/json': { schema: { $ref: '#/components/schemas/ProjectView' } } } },
          404: problem('未找到') },
        security: [{ sessionCookie: [] }, { bearerAuth: [] }] },
      patch: { summary: '修改项目', tags: ['项目库'], requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: { '2XX': { description: '成功', content: { 'application/json': { schema: { type: 'object' } } } } },
        security: [{ sessionCookie: [], csrfToken: [] }, { bearerAuth: [] }] },
    },
    '/api/v1/projects:import': {
      post: { summary: '导入项目', tags: ['项目库'], requestBody: { content: { 'text/csv': { schema: { type: 'string' } } } },
        responses: { 200: { description: '成功' }, 413: problem('内容过大') }, security: [{ sessionCookie: [], csrfToken: [] }] },
    },
    '/healthz': { get: { summary: '健康检查', tags: ['系统运行'], responses: { 200: { description: '成功' } }, security: [] } },
  },
  components: { schemas },
};

test('operations come by tag in the document\'s order, a tag the list lacks after them', () => {
  const tags = operationsOf(doc);
  assert.deepEqual(tags.map((t) => t.name), ['项目库', '系统运行']);  // 登录与会话 has none here
  assert.deepEqual(tags[0].operations.map((o) => `${o.method} ${o.path}`),
    ['GET /api/v1/projects/{id}', 'PATCH /api/v1/projects/{id}', 'POST /api/v1/projects:import']);
});

test('an operation says its parameters, answer fields, problems and how to log in, in Chinese', () => {
  const [get, patch, upload] = operationsOf(doc)[0].operations;
  assert.deepEqual(get.parameters, [{ name: 'id', place: '路径', type: '整数', required: true, description: '对象编号' }]);
  assert.equal(get.answer.schemaName, 'ProjectView');
  assert.deepEqual(get.answer.fields.map((f) => [f.name, f.type, f.required]), [
    ['id', '整数', true], ['amount_fen', '整数', false], ['parent_id', '整数或空', false],
    ['tags', '列表（文本）', false], ['actions', '列表（文本）', true]]);
  assert.equal(get.answer.fields[1].description, '金额，单位：分');
  assert.deepEqual(get.problems, [{ status: '404', title: '未找到' }]);
  assert.equal(get.auth, '登录会话（Cookie），或 API 令牌（Authorization: Bearer）');
  assert.equal(patch.auth, '登录会话（Cookie）加 X-CSRF-Token 头，或 API 令牌（Authorization: Bearer）');
  assert.equal(upload.request.kind, 'CSV 文件');
  assert.deepEqual(upload.request.fields, []);
  assert.equal(operationsOf(doc)[1].operations[0].auth, '无需登录');
});

test('types read as Chinese, enums by their values', () => {
  assert.equal(typeText({ enum: ['none', 'blue', 'red'] }, schemas), '取值之一：none、blue、red');
  assert.equal(typeText({ type: 'string', format: 'binary' }, schemas), '文件');
  assert.equal(typeText({ type: 'array', items: { $ref: '#/components/schemas/Project' } }, schemas), '列表（对象）');
  assert.deepEqual(fieldsOf({ type: 'object' }, schemas), []);
});

test('a search keeps the operations whose method, path or summary hold every word', () => {
  const tags = operationsOf(doc);
  assert.deepEqual(matching(tags, '导入').flatMap((t) => t.operations.map((o) => o.path)), ['/api/v1/projects:import']);
  assert.deepEqual(matching(tags, 'get projects').flatMap((t) => t.operations.map((o) => o.summary)), ['查看项目']);
  assert.equal(matching(tags, '  ').length, 2);
});

test('the page shows an operation part by part: parameters with their place, then body and answer', () => {
  const [get, , upload] = operationsOf(doc)[0].operations;
  assert.deepEqual(sectionsOf(get).map((s) => [s.label, s.kind, s.schemaName, s.places, s.rows.length]),
    [['参数', '', '', true, 1], ['成功答复', 'JSON', 'ProjectView', false, 5]]);
  assert.deepEqual(sectionsOf(upload).map((s) => [s.label, s.kind]), [['请求内容', 'CSV 文件']]);
});
