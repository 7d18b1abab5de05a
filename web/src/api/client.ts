// The one way the app talks to the server: JSON with the session cookie and the CSRF header,
// errors as problem+json turned into ApiError (with the field at fault), session expiry
// reported to whoever listens (the router sends the person to the login page and says why).

export interface Problem {
  status: number;
  code: string;
  detail: string;
  field?: string;
  errors?: { row: number; column: string; message: string }[];
  /** 422 lint_errors: the lint findings that keep a target from being submitted. */
  findings?: { code: string; title: string; severity: 'error' | 'warning'; indicator: number | null; message: string; rule: string }[];
}

export class ApiError extends Error {
  constructor(public problem: Problem) {
    super(problem.detail);
  }
  get status() { return this.problem.status; }
  get field() { return this.problem.field; }
  get code() { return this.problem.code; }
}

let csrfToken = '';
export function setCsrfToken(token: string) { csrfToken = token; }

type Listener = (reason: 'expired' | 'password_change_required') => void;
let onSessionProblem: Listener = () => {};
export function onSession(listener: Listener) { onSessionProblem = listener; }

export interface RequestOptions {
  body?: unknown;
  raw?: BodyInit;           // sent as is (CSV text, FormData)
  contentType?: string;
  /** Called with the share of the body sent so far (0 to 1); 1 once it is all sent. */
  onUploadProgress?: (fraction: number) => void;
}

async function parse(res: Response): Promise<unknown> {
  if (res.status === 204) return null;
  const type = res.headers.get('content-type') || '';
  if (type.includes('json')) return res.json();
  return res.blob();
}

// fetch() reports nothing while the body goes out; XMLHttpRequest does. Its answer is turned
// into a Response so that both ways share what follows.
function sendWithProgress(method: string, path: string, headers: Record<string, string>, body: BodyInit | undefined,
  onProgress: (fraction: number) => void): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.responseType = 'blob';
    let last = -1;
    const report = (fraction: number) => {
      const f = Math.min(1, Math.max(0, fraction));
      if (f !== last) { last = f; onProgress(f); }
    };
    xhr.upload.onprogress = (e) => { if (e.lengthComputable && e.total > 0) report(e.loaded / e.total); };
    xhr.upload.onload = () => report(1);
    xhr.onload = () => {
      report(1);
      const type = xhr.getResponseHeader('content-type');
      const noBody = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      try {
        resolve(new Response(noBody ? null : (xhr.response as Blob), {
          status: xhr.status, statusText: xhr.statusText, headers: type ? { 'content-type': type } : {},
        }));
      } catch (e) {
        reject(e);
      }
    };
    xhr.onerror = xhr.onabort = xhr.ontimeout = () => reject(new TypeError('network error'));
    report(0);
    xhr.send((body ?? null) as XMLHttpRequestBodyInit | null);
  });
}

export async function request<T>(method: string, path: string, o: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let body: BodyInit | undefined;
  if (o.raw !== undefined) {
    body = o.raw;
    if (o.contentType) headers['Content-Type'] = o.contentType;
  } else if (o.body !== undefined) {
    body = JSON.stringify(o.body);
    headers['Content-Type'] = 'application/json';
  }
  let res: Response;
  try {
    res = o.onUploadProgress
      ? await sendWithProgress(method, path, headers, body, o.onUploadProgress)
      : await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ status: 0, code: 'network', detail: '无法连接服务器，请检查网络后重试' });
  }
  const data = await parse(res);
  if (res.ok) return data as T;
  const problem = (data && typeof data === 'object' && 'detail' in (data as object))
    ? (data as Problem)
    : { status: res.status, code: 'http_' + res.status, detail: `服务器返回错误（${res.status}）` };
  problem.status = res.status;
  if (res.status === 401 && !path.endsWith('/sessions')) onSessionProblem('expired');
  if (res.status === 403 && problem.code === 'password_change_required') onSessionProblem('password_change_required');
  throw new ApiError(problem);
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  del: <T>(path: string) => request<T>('DELETE', path),
};

// Query strings from an object, leaving out empty values; arrays repeat the key.
export function query(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => q.append(k, String(x)));
    else q.append(k, String(v));
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
  total: number;
}

/** A page of a list that counts its total on its first page only (the project list). */
export type FirstCountedPage<T> = Omit<Page<T>, 'total'> & { total?: number };
