// Pure helpers (unit-tested with node --test): text formatting, header parsing, compile-error positions.

/** "2 min ago" style for recent times, a local date-time otherwise. */
export function relativeTime(iso, now = Date.now()) {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const s = Math.round((now - t) / 1000);
  if (s < 5) return 'just now';
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(t).toLocaleString();
}

export function formatDuration(ms) {
  if (ms === null || ms === undefined) return '';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 10000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Pretty JSON when the text is JSON, the text itself otherwise. */
export function prettyBody(text) {
  if (text === null || text === undefined) return '';
  const trimmed = String(text).trim();
  if (!(trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('"'))) return String(text);
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return String(text);
  }
}

/** Parses "Name: value" lines into [name, value] pairs; returns {headers, errors}. */
export function parseHeaders(text) {
  const headers = [];
  const errors = [];
  String(text || '')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon).trim() : '';
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
        errors.push(`line ${i + 1}: expected "Name: value"`);
        return;
      }
      headers.push([name, line.slice(colon + 1).trim()]);
    });
  return { headers, errors };
}

/**
 * The readable part of a compile error message: the server says
 * "the script does not compile: Syntax error: Unexpected ';' (line 2, column 14)"; the position is shown apart.
 */
export function compileErrorText(message) {
  return String(message || '')
    .replace(/^the script does not compile:\s*/i, '')
    .replace(/\s*\(line \d+, column \d+\)\s*$/, '');
}

/**
 * Where a 1-based line and column fall in a document given as its lines (clamped into the document), as an offset.
 */
export function offsetOf(lines, line, column) {
  const l = Math.min(Math.max(1, line || 1), lines.length);
  let offset = 0;
  for (let i = 0; i < l - 1; i++) offset += lines[i].length + 1;
  const c = Math.min(Math.max(1, column || 1), lines[l - 1].length + 1);
  return offset + c - 1;
}

/** The RFC 3339 time `preset` ("15m", "1h", "24h", "7d") before `now`, or '' for any time. */
export function sinceFromPreset(preset, now = Date.now()) {
  const m = /^(\d+)([mhd])$/.exec(preset || '');
  if (!m) return '';
  const unit = { m: 60e3, h: 3600e3, d: 86400e3 }[m[2]];
  return new Date(now - Number(m[1]) * unit).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const EXECUTION_STATUSES = [
  'ok',
  'script_error',
  'timeout',
  'budget_exceeded',
  'platform_error',
  'not_found',
  'bad_request',
  'rejected',
];

/** Why a route path is refused, in words a first-time user can act on. */
export function explainRouteError(err) {
  if (!err) return '';
  if (err.code === 'reserved_path') {
    return (
      'Paths starting with /api, /admin, /healthz or /version belong to PiCloud itself (its API, this ' +
      'dashboard, health and version checks), so a script cannot take them. Pick another first segment, ' +
      'e.g. /hello or /v1/orders/:id.'
    );
  }
  if (err.status === 409) {
    return (
      err.message +
      '. An app can have one route per host, method and path shape (/items/:id and /items/:other are the same ' +
      'shape); remove the other route first or choose a different path or method.'
    );
  }
  if (err.code === 'invalid_argument' && err.body && err.body.field === 'path') {
    return err.message + '. A path starts with / and uses literal segments, :param segments and an optional trailing *.';
  }
  return err.message;
}

/** Scripts whose name, description or app slug contain every word of `q` (case-insensitive). */
export function searchScripts(scripts, q, appSlugs = {}) {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return scripts;
  return scripts.filter((s) => {
    const hay = `${s.name} ${s.description || ''} ${appSlugs[s.app_id] || ''}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
