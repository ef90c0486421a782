// Sends a real request to the script (direct invoke or one of its routes, same origin) and shows the answer and
// the execution's logs, fetched by the X-Execution-Id header.
import { useEffect, useState } from 'preact/hooks';
import { awaitExecution } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { formatDuration, parseHeaders } from '../lib/format.js';
import { Code, ErrorBox } from '../components/common.jsx';
import { Logs, ScriptErrorBox } from './ExecutionPage.jsx';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const NO_BODY = new Set(['GET', 'HEAD']);

/** The request path a route suggests: parameters left as :name for the user to fill in, no trailing wildcard. */
export function routeExample(route) {
  return route.path.replace(/\/\*$/, '/') || '/';
}

export function TryPanel({ script, app, routes, preset, onGoto }) {
  const direct = `/api/v1/execute/${script.id}`;
  const [target, setTarget] = useState(preset ? preset.id : 'direct');
  const [method, setMethod] = useState(preset && preset.method !== 'ANY' ? preset.method : 'GET');
  const [path, setPath] = useState(preset ? routeExample(preset) : direct);
  const [headers, setHeaders] = useState('Content-Type: application/json');
  const [body, setBody] = useState('{\n  "hello": "picloud"\n}');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [result, setResult] = useState(null);
  const [execution, setExecution] = useState(null);
  const [execError, setExecError] = useState(null);

  useEffect(() => {
    if (preset) choose(preset.id);
  }, [preset]);

  function choose(value) {
    setTarget(value);
    if (value === 'direct') return setPath(direct);
    const r = routes.find((x) => x.id === value);
    if (r) {
      setPath(routeExample(r));
      if (r.method !== 'ANY') setMethod(r.method);
    }
  }

  const send = async (e) => {
    e.preventDefault();
    setProblem(null);
    const parsed = parseHeaders(headers);
    if (parsed.errors.length) return setProblem('Headers: ' + parsed.errors.join('; '));
    if (!path.startsWith('/')) return setProblem('The path starts with /.');
    if (path.startsWith('/api/v1/admin')) return setProblem('This panel calls scripts, not the admin API.');
    setBusy(true);
    setResult(null);
    setExecution(null);
    setExecError(null);
    const started = performance.now();
    try {
      const res = await fetch(path, {
        method,
        headers: parsed.headers,
        body: NO_BODY.has(method) ? undefined : body,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'manual',
      });
      const text = await res.text();
      const ms = performance.now() - started;
      const id = res.headers.get('x-execution-id');
      setResult({ status: res.status, statusText: res.statusText, headers: [...res.headers.entries()], body: text, ms, id });
      if (id) awaitExecution(id).then(setExecution, setExecError);
    } catch (err) {
      setProblem('The request failed: ' + err.message);
    } finally {
      setBusy(false);
    }
  };

  const ownDomains = app && app.slug !== 'default' && app.domains.length > 0;
  return (
    <div class="try">
      <form class="stack" onSubmit={send} aria-label="Try this script">
        <label>
          Call
          <select aria-label="Call" value={target} onChange={(e) => choose(e.currentTarget.value)}>
            <option value="direct">directly (/api/v1/execute/…)</option>
            {routes.map((r) => (
              <option value={r.id}>
                route {r.method} {r.path}
                {r.host ? ` (host ${r.host})` : ''}
              </option>
            ))}
          </select>
        </label>
        {target !== 'direct' && ownDomains && (
          <p class="notice small">
            This app answers on {app.domains.join(', ')}; from here the request goes to this dashboard's host and may
            not reach the route. The direct call always works.
          </p>
        )}
        <div class="row request-line">
          <label class="method-field">
            Method
            <select aria-label="Method" value={method} onChange={(e) => setMethod(e.currentTarget.value)}>
              {METHODS.map((m) => (
                <option>{m}</option>
              ))}
            </select>
          </label>
          <label class="grow">
            Path
            <input value={path} onInput={(e) => setPath(e.currentTarget.value)} spellcheck={false} class="mono" />
          </label>
        </div>
        {target !== 'direct' && /:/.test(path) && (
          <p class="muted small">Replace the :parameters in the path with values.</p>
        )}
        <label>
          Headers <span class="muted">(one “Name: value” a line)</span>
          <textarea rows={2} value={headers} onInput={(e) => setHeaders(e.currentTarget.value)} spellcheck={false} class="mono" />
        </label>
        <label>
          Body {NO_BODY.has(method) && <span class="muted">(not sent with {method})</span>}
          <textarea
            rows={4}
            value={body}
            disabled={NO_BODY.has(method)}
            onInput={(e) => setBody(e.currentTarget.value)}
            spellcheck={false}
            class="mono"
          />
        </label>
        {problem && (
          <p class="error" role="alert">
            {problem}
          </p>
        )}
        <div>
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Sending…' : 'Send'}
          </button>
        </div>
      </form>
      {result && (
        <div class="result" aria-live="polite" data-testid="try-result">
          <h3>
            <span class={'badge http-' + String(result.status)[0]}>{result.status}</span> {result.statusText}{' '}
            <span class="muted small">
              {formatDuration(result.ms)} round trip
              {execution ? ` · ${formatDuration(execution.duration_ms)} in the script` : ''}
            </span>
          </h3>
          <details>
            <summary>Headers ({result.headers.length})</summary>
            <table class="kv">
              <tbody>
                {result.headers.map(([k, v]) => (
                  <tr>
                    <th scope="row">{k}</th>
                    <td>{v}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <Code text={result.body} label="Response body" />
          <h3>Logs</h3>
          {execution && (
            <>
              <ScriptErrorBox error={execution.error} onGoto={onGoto} />
              <Logs logs={execution.logs} truncated={execution.logs_truncated} />
              <p class="small">
                <Link href={'/executions/' + execution.id}>Open execution {execution.id}</Link>
              </p>
            </>
          )}
          {!execution && result.id && !execError && <p class="muted">Waiting for the execution record…</p>}
          {!result.id && <p class="muted">The answer carried no X-Execution-Id: no script ran.</p>}
          <ErrorBox error={execError} title="Execution record" />
        </div>
      )}
    </div>
  );
}
