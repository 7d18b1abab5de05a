// The API document (GET /api/v1/openapi.json, OpenAPI 3.1) as the integrators' page shows it:
// its operations by tag, each with its parameters, the fields of its body and answer, its
// problem statuses and how to authenticate, in Chinese.

type Json = Record<string, unknown>;

export interface Field {
  name: string;
  type: string;         // 整数, 文本, 列表（对象）…
  required: boolean;
  description: string;
}

export interface Parameter extends Field {
  place: string;        // 路径 or 查询
}

export interface Body {
  mediaType: string;
  kind: string;         // JSON, CSV 文件, 上传文件…
  schemaName: string;   // the registry's name, '' for a generic object
  fields: Field[];
}

export interface Operation {
  method: string;       // GET, POST…
  path: string;
  summary: string;
  parameters: Parameter[];
  request: Body | null;
  answer: Body | null;
  problems: { status: string; title: string }[];
  auth: string;
}

export interface Tag {
  name: string;
  operations: Operation[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const TYPES: Record<string, string> = {
  integer: '整数', number: '数字', string: '文本', boolean: '是/否', array: '列表', object: '对象', null: '空',
};

function obj(v: unknown): Json {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
}

function refName(ref: unknown): string {
  return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : '';
}

// A schema with its $ref followed and its allOf parts merged (properties and required).
export function resolve(schema: unknown, schemas: Json, depth = 0): Json {
  let s = obj(schema);
  if (depth > 8) return s;
  if (s.$ref) s = { ...resolve(schemas[refName(s.$ref)], schemas, depth + 1), ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$ref')) };
  if (Array.isArray(s.allOf)) {
    let properties: Json = {};
    let required: string[] = [];
    const merged: Json = { ...s };
    for (const part of s.allOf) {
      const p = resolve(part, schemas, depth + 1);
      properties = { ...properties, ...obj(p.properties) };
      required = required.concat(Array.isArray(p.required) ? (p.required as string[]) : []);
      if (p.type && !merged.type) merged.type = p.type;
      if (p.description && !merged.description) merged.description = p.description;
    }
    merged.properties = { ...properties, ...obj(s.properties) };
    merged.required = required.concat(Array.isArray(s.required) ? (s.required as string[]) : []);
    delete merged.allOf;
    s = merged;
  }
  return s;
}

// A schema's type in Chinese: 整数, 文本或空, 列表（对象）, one of its values for an enum.
export function typeText(schema: unknown, schemas: Json): string {
  const s = resolve(schema, schemas);
  if ('const' in s) return `固定为 ${JSON.stringify(s.const)}`;
  if (Array.isArray(s.enum)) return `取值之一：${s.enum.map((v) => (v === '' ? '（空）' : String(v))).join('、')}`;
  const types = Array.isArray(s.type) ? (s.type as string[]) : s.type ? [s.type as string] : [];
  if (!types.length) return s.properties ? '对象' : '任意';
  return types.map((t) => {
    if (t === 'array') return `列表（${typeText(s.items, schemas)}）`;
    if (t === 'string' && s.format === 'binary') return '文件';
    if (t === 'string' && s.format === 'date') return '日期（YYYY-MM-DD）';
    return TYPES[t] ?? t;
  }).join('或');
}

// The fields of an object schema, in the order it declares them.
export function fieldsOf(schema: unknown, schemas: Json): Field[] {
  const s = resolve(schema, schemas);
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  return Object.entries(obj(s.properties)).map(([name, p]) => {
    const r = resolve(p, schemas);
    return { name, type: typeText(p, schemas), required: required.has(name), description: String(r.description ?? '') };
  });
}

function kindOf(mediaType: string): string {
  if (mediaType === 'application/json') return 'JSON';
  if (mediaType === 'text/csv') return 'CSV 文件';
  if (mediaType === 'multipart/form-data') return '上传文件（multipart/form-data）';
  if (mediaType.includes('wordprocessingml')) return 'Word 文档（.docx）';
  if (mediaType.includes('spreadsheetml')) return 'Excel 表格（.xlsx）';
  if (mediaType === 'text/html') return 'HTML 页面';
  if (mediaType === 'text/plain') return '纯文本';
  return '文件';
}

function bodyOf(content: unknown, schemas: Json): Body | null {
  const entries = Object.entries(obj(content));
  if (!entries.length) return null;
  const [mediaType, media] = entries[0];
  const schema = obj(obj(media).schema);
  return {
    mediaType,
    kind: kindOf(mediaType),
    schemaName: refName(schema.$ref),
    fields: mediaType === 'application/json' || mediaType === 'multipart/form-data' ? fieldsOf(schema, schemas) : [],
  };
}

export function authText(security: unknown, method: string): string {
  if (!Array.isArray(security) || security.length === 0) return '无需登录';
  const cookie = method === 'GET' ? '登录会话（Cookie）' : '登录会话（Cookie）加 X-CSRF-Token 头';
  return `${cookie}，或 API 令牌（Authorization: Bearer）`;
}

const PLACES: Record<string, string> = { path: '路径', query: '查询', header: '请求头', cookie: 'Cookie' };

export function operationsOf(doc: unknown): Tag[] {
  const d = obj(doc);
  const schemas = obj(obj(d.components).schemas);
  const tags: Tag[] = (Array.isArray(d.tags) ? d.tags : []).map((t) => ({ name: String(obj(t).name), operations: [] }));
  const tagOf = (name: string) => {
    let t = tags.find((x) => x.name === name);
    if (!t) { t = { name, operations: [] }; tags.push(t); }
    return t;
  };
  for (const [path, item] of Object.entries(obj(d.paths))) {
    for (const m of METHODS) {
      const op = obj(obj(item)[m]);
      if (!Object.keys(op).length) continue;
      const method = m.toUpperCase();
      const responses = obj(op.responses);
      const success = Object.keys(responses).find((k) => k.startsWith('2'));
      const parameters = (Array.isArray(op.parameters) ? op.parameters : []).map((p) => {
        const x = obj(p);
        return { name: String(x.name), place: PLACES[String(x.in)] ?? String(x.in), type: typeText(x.schema, schemas),
          required: x.required === true, description: String(x.description ?? '') };
      });
      const tag = Array.isArray(op.tags) && op.tags.length ? String(op.tags[0]) : '其他';
      tagOf(tag).operations.push({
        method, path, summary: String(op.summary ?? ''), parameters,
        request: op.requestBody ? bodyOf(obj(op.requestBody).content, schemas) : null,
        answer: success ? bodyOf(obj(responses[success]).content, schemas) : null,
        problems: Object.keys(responses).filter((k) => !k.startsWith('2'))
          .map((status) => ({ status, title: String(obj(responses[status]).description ?? '') })),
        auth: authText(op.security, method),
      });
    }
  }
  return tags.filter((t) => t.operations.length);
}

export interface Section {
  label: string;        // 参数, 请求内容, 成功答复
  kind: string;         // what the body is (JSON, CSV 文件…); '' for the parameters
  schemaName: string;
  rows: (Field & { place?: string })[];
  places: boolean;      // the rows say where they go (path or query)
}

// What the page shows of an operation, part by part: its parameters, its body, its answer.
export function sectionsOf(o: Operation): Section[] {
  const out: Section[] = [];
  if (o.parameters.length) out.push({ label: '参数', kind: '', schemaName: '', rows: o.parameters, places: true });
  for (const [label, body] of [['请求内容', o.request], ['成功答复', o.answer]] as const) {
    if (body) out.push({ label, kind: body.kind, schemaName: body.schemaName, rows: body.fields, places: false });
  }
  return out;
}

// The operations whose path or summary holds the words (all of them, case aside).
export function matching(tags: Tag[], words: string): Tag[] {
  const ws = words.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!ws.length) return tags;
  const hit = (o: Operation) => ws.every((w) => `${o.method} ${o.path} ${o.summary}`.toLowerCase().includes(w));
  return tags.map((t) => ({ ...t, operations: t.operations.filter(hit) })).filter((t) => t.operations.length);
}
