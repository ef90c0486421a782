import { useState } from 'preact/hooks';
import { admin } from '../lib/api.js';
import { explainRouteError } from '../lib/format.js';
import { Empty, ErrorBox } from '../components/common.jsx';

const METHODS = ['ANY', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

export function RoutesPanel({ script, app, routes, onTry }) {
  const [method, setMethod] = useState('GET');
  const [path, setPath] = useState('');
  const [host, setHost] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const list = routes.data || [];
  const origin = location.origin;

  const add = async (e) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await admin('POST', `/scripts/${script.id}/routes`, { method, path: path.trim(), host: host.trim() || undefined });
      setPath('');
      setHost('');
      routes.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (route) => {
    if (!confirm(`Remove the route ${route.method} ${route.path}?`)) return;
    try {
      await admin('DELETE', '/routes/' + route.id);
      routes.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div>
      <ErrorBox error={routes.error} />
      {routes.data && list.length === 0 && (
        <Empty title="No routes yet">
          <p>
            The script already answers at <code>/api/v1/execute/{script.id}</code>. Give it a route to publish it at a
            path of your own: for example <code>GET /hello/:name</code> answers <code>{origin}/hello/ann</code>, with{' '}
            <code>ctx.request.params.name</code> set to <code>"ann"</code>.
          </p>
        </Empty>
      )}
      {list.length > 0 && (
        <ul class="routes">
          {list.map((r) => (
            <li key={r.id}>
              <span class="method">{r.method}</span> <code>{r.path}</code>
              {r.host && <span class="muted small"> host {r.host}</span>}
              {r.dispatch_mode !== 'sync' && <span class="muted small"> {r.dispatch_mode}</span>}
              <span class="route-actions">
                <button type="button" class="small" onClick={() => onTry(r)}>
                  Try
                </button>
                <button type="button" class="small danger" onClick={() => remove(r)} aria-label={`Remove route ${r.method} ${r.path}`}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form class="stack" onSubmit={add} aria-label="Add a route">
        <h3>Add a route</h3>
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
            <input
              required
              class="mono"
              value={path}
              placeholder="/hello/:name"
              onInput={(e) => setPath(e.currentTarget.value)}
              spellcheck={false}
            />
          </label>
        </div>
        <details>
          <summary>Host (optional)</summary>
          <label>
            Only for requests to this host {app && app.domains.length ? `(one of ${app.domains.join(', ')})` : ''}
            <input class="mono" value={host} placeholder="api.example.com" onInput={(e) => setHost(e.currentTarget.value)} />
          </label>
        </details>
        <p class="muted small">
          <code>:name</code> matches one segment, a trailing <code>*</code> the rest. Paths under <code>/api</code>,{' '}
          <code>/admin</code>, <code>/healthz</code> and <code>/version</code> are PiCloud's own.
        </p>
        {error && (
          <p class="error" role="alert" data-testid="route-error">
            {explainRouteError(error)}
          </p>
        )}
        <div>
          <button type="submit" disabled={busy}>
            Add route
          </button>
        </div>
      </form>
    </div>
  );
}
