import { admin } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { formatDuration } from '../lib/format.js';
import { Code, ErrorBox, Loading, StatusBadge, Time, useLoad, useTitle } from '../components/common.jsx';

export function Logs({ logs, truncated }) {
  if (!logs || logs.length === 0) {
    return (
      <p class="muted">
        No log lines. A script logs with <code>log::info("message", #{'{'} key: value {'}'})</code> (also{' '}
        <code>debug</code>, <code>warn</code>, <code>error</code>).
      </p>
    );
  }
  return (
    <>
      <ol class="logs">
        {logs.map((l) => (
          <li class={'log-' + l.level}>
            <span class="log-level">{l.level}</span> <span class="log-msg">{l.message}</span>
            {l.data !== undefined && l.data !== null && <code class="log-data">{JSON.stringify(l.data)}</code>}
            <time class="muted small" dateTime={l.ts}>
              {l.ts && l.ts.slice(11, 23)}
            </time>
          </li>
        ))}
      </ol>
      {truncated && <p class="muted small">More lines were logged than are kept.</p>}
    </>
  );
}

export function ScriptErrorBox({ error, onGoto }) {
  if (!error) return null;
  const where = error.line ? `line ${error.line}, column ${error.column}` : '';
  return (
    <div class="error" role="alert">
      <strong>{error.kind}</strong>: {error.message}
      {where && (
        <>
          {' '}
          {onGoto ? (
            <button type="button" class="link" onClick={() => onGoto(error)}>
              at {where}
            </button>
          ) : (
            <span>at {where}</span>
          )}
        </>
      )}
      {error.call_stack && error.call_stack.length > 0 && <pre class="small">{[].concat(error.call_stack).join('\n')}</pre>}
    </div>
  );
}

function Headers({ headers }) {
  const entries = Object.entries(headers || {});
  if (!entries.length) return <p class="muted">No headers.</p>;
  return (
    <table class="kv">
      <tbody>
        {entries.map(([k, v]) => (
          <tr>
            <th scope="row">{k}</th>
            <td>{Array.isArray(v) ? v.join(', ') : String(v)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ExecutionPage({ id }) {
  useTitle('Execution');
  const ex = useLoad(() => admin('GET', '/executions/' + encodeURIComponent(id)), [id]);
  if (ex.error) {
    return (
      <section>
        <p class="crumbs">
          <Link href="/executions">Executions</Link> /
        </p>
        <ErrorBox error={ex.error} title="Execution" />
        {ex.error.status === 404 && (
          <p>
            Records are written within a second of a run, and kept for the retention period.{' '}
            <button type="button" onClick={ex.reload}>
              Try again
            </button>
          </p>
        )}
      </section>
    );
  }
  if (!ex.data) return <Loading what="the execution" />;
  const e = ex.data;
  return (
    <section>
      <p class="crumbs">
        <Link href="/executions">Executions</Link> /
      </p>
      <div class="page-head">
        <h1>
          <span class="method">{e.method}</span> {e.path}
        </h1>
        <StatusBadge status={e.status} />
      </div>
      <dl class="facts">
        <dt>Status</dt>
        <dd>
          {e.status} · HTTP {e.status_code}
        </dd>
        <dt>Duration</dt>
        <dd>{formatDuration(e.duration_ms)}</dd>
        <dt>Started</dt>
        <dd>
          <Time iso={e.started_at} /> <span class="muted small">{e.started_at}</span>
        </dd>
        <dt>Script</dt>
        <dd>
          {e.script_id ? <Link href={'/scripts/' + e.script_id}>{e.script_name}</Link> : '—'} v{e.script_version}
        </dd>
        <dt>Invocation</dt>
        <dd>
          {e.invocation_type}
          {e.route_id ? ' via a route' : ' (direct call)'}
        </dd>
        <dt>Ids</dt>
        <dd class="small">
          execution {e.id}
          <br />
          request {e.request_id} · trace {e.trace_id} · executor {e.executor}
        </dd>
      </dl>
      <ScriptErrorBox error={e.error} />
      <h2>Logs</h2>
      <Logs logs={e.logs} truncated={e.logs_truncated} />
      <div class="two-col">
        <div>
          <h2>Request</h2>
          <details>
            <summary>Headers ({Object.keys((e.request && e.request.headers) || {}).length})</summary>
            <Headers headers={e.request && e.request.headers} />
          </details>
          <h3>Body</h3>
          <Code text={e.request && e.request.body} label="Request body" />
          {e.request && e.request.body_truncated && <p class="muted small">Body cut at 64 KiB.</p>}
        </div>
        <div>
          <h2>Response</h2>
          <p>HTTP {e.response && e.response.status_code}</p>
          <h3>Body</h3>
          <Code text={e.response && e.response.body} label="Response body" />
          {e.response && e.response.body_truncated && <p class="muted small">Body cut at 64 KiB.</p>}
        </div>
      </div>
    </section>
  );
}
