// The admin API client: bearer token from sessionStorage (or localStorage with "remember me"), JSON in and out,
// errors as ApiError, and a sign-out on any 401.

const TOKEN_KEY = 'picloud.adminToken';
export const ADMIN = '/api/v1/admin';

export function storedToken() {
  return sessionStorage.getItem(TOKEN_KEY) || localStorage.getItem(TOKEN_KEY);
}

export function storeToken(token, remember) {
  clearToken();
  (remember ? localStorage : sessionStorage).setItem(TOKEN_KEY, token);
}

export function clearToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(TOKEN_KEY);
}

/** A non-2xx answer of the admin API: `status`, the error `code` and the whole JSON `body`. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.code = (body && body.error) || 'http_' + status;
    this.body = body || {};
  }
}

let unauthorized = () => {};

/** Called once by the app shell: what to do when the server rejects the token. */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

async function readJson(res) {
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { error: 'bad_response', message: text.slice(0, 300) };
  }
}

/** Calls the admin API; `path` is relative to /api/v1/admin. Resolves to the JSON body (null for 204). */
export async function admin(method, path, body, token = storedToken()) {
  const headers = { Authorization: 'Bearer ' + token, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(ADMIN + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, { error: 'network', message: 'PiCloud did not answer (' + e.message + ')' });
  }
  const data = await readJson(res);
  if (res.status === 401) {
    if (token === storedToken()) {
      clearToken();
      unauthorized();
    }
    throw new ApiError(401, data);
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

/** Checks a token with a harmless call; true when the server accepts it. */
export async function verifyToken(token) {
  try {
    await admin('GET', '/apps', undefined, token);
    return true;
  } catch (e) {
    if (e.status === 401) return false;
    throw e;
  }
}

/** Builds a query string from the non-empty entries of `params`. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

/**
 * Fetches an execution record, polling briefly: records are written in batches off the request path, so a fresh
 * one may take a moment to appear.
 */
export async function awaitExecution(id, { timeoutMs = 6000, intervalMs = 150 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await admin('GET', '/executions/' + encodeURIComponent(id));
    } catch (e) {
      if (e.status !== 404 || Date.now() > deadline) throw e;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
