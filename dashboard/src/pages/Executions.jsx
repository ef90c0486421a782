import { useEffect, useMemo, useState } from 'preact/hooks';
import { admin, query } from '../lib/api.js';
import { Link, navigate } from '../lib/router.js';
import { EXECUTION_STATUSES, formatDuration, sinceFromPreset } from '../lib/format.js';
import { Empty, ErrorBox, Loading, StatusBadge, Time, useTitle } from '../components/common.jsx';

const SINCE = [
  ['', 'any time'],
  ['15m', 'last 15 minutes'],
  ['1h', 'last hour'],
  ['24h', 'last 24 hours'],
  ['7d', 'last 7 days'],
];

/** Pages through GET /executions with the given filters; {items, error, loading, more, loadMore, reload}. */
export function useExecutions(filters, limit = 50) {
  const key = JSON.stringify(filters);
  const [state, setState] = useState({ items: [], cursor: null, error: null, loading: true });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    admin('GET', '/executions' + query({ ...filters, limit })).then(
      (r) => live && setState({ items: r.executions, cursor: r.next_cursor || null, error: null, loading: false }),
      (error) => live && setState({ items: [], cursor: null, error, loading: false }),
    );
    return () => (live = false);
  }, [key, nonce]);
  const loadMore = async () => {
    try {
      const r = await admin('GET', '/executions' + query({ ...filters, limit, cursor: state.cursor }));
      setState((s) => ({ ...s, items: s.items.concat(r.executions), cursor: r.next_cursor || null }));
    } catch (error) {
      setState((s) => ({ ...s, error }));
    }
  };
  return { ...state, more: !!state.cursor && state.items.length >= limit, loadMore, reload: () => setNonce((n) => n + 1) };
}

export function ExecutionsTable({ items, showScript = true, busy = false }) {
  return (
    <div class="table-wrap">
      <table class={'executions' + (busy ? ' busy' : '')} aria-busy={busy ? 'true' : 'false'}>
        <thead>
          <tr>
            <th>Started</th>
            {showScript && <th>Script</th>}
            <th>Request</th>
            <th>Status</th>
            <th class="num">Duration</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td>
                <Link href={'/executions/' + e.id} aria-label={`Execution ${e.id}`}>
                  <Time iso={e.started_at} />
                </Link>
              </td>
              {showScript && (
                <td>
                  {e.script_id ? <Link href={'/scripts/' + e.script_id}>{e.script_name}</Link> : <span class="muted">—</span>}
                  {e.script_version && <span class="muted small"> v{e.script_version}</span>}
                </td>
              )}
              <td class="path">
                <span class="method">{e.method}</span> {e.path}
              </td>
              <td>
                <StatusBadge status={e.status} /> <span class="muted">{e.status_code}</span>
              </td>
              <td class="num">{formatDuration(e.duration_ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ExecutionsPage({ query: params }) {
  useTitle('Executions');
  const script = params.get('script') || '';
  const status = params.get('status') || '';
  const preset = params.get('since') || '';
  const app = params.get('app') || '';
  // The time window is resolved when the filters change (or on refresh), not on every render.
  const [refreshes, setRefreshes] = useState(0);
  const since = useMemo(() => sinceFromPreset(preset), [preset, refreshes]);
  const filters = { app, script, status, since };
  const list = useExecutions(filters);
  const [scripts, setScripts] = useState([]);
  useEffect(() => {
    admin('GET', '/scripts').then((r) => setScripts(r.scripts), () => setScripts([]));
  }, []);
  const set = (name, value) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    const s = next.toString();
    navigate('/executions' + (s ? '?' + s : ''), { replace: true });
  };
  const filtered = script || status || preset || app;
  const refresh = () => {
    setRefreshes((n) => n + 1);
    list.reload();
  };

  return (
    <section>
      <div class="page-head">
        <h1>Executions</h1>
        <button type="button" onClick={refresh}>
          Refresh
        </button>
      </div>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter executions">
        <label>
          Script
          <select aria-label="Script" value={script} onChange={(e) => set('script', e.currentTarget.value)}>
            <option value="">all scripts</option>
            {scripts.map((s) => (
              <option value={s.id}>{s.name}</option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select aria-label="Status" value={status} onChange={(e) => set('status', e.currentTarget.value)}>
            <option value="">any status</option>
            {EXECUTION_STATUSES.map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Time
          <select aria-label="Time" value={preset} onChange={(e) => set('since', e.currentTarget.value)}>
            {SINCE.map(([v, label]) => (
              <option value={v}>{label}</option>
            ))}
          </select>
        </label>
      </form>
      <ErrorBox error={list.error} />
      {list.loading && list.items.length === 0 && <Loading what="executions" />}
      {!list.loading && !list.error && list.items.length === 0 && (
        filtered ? (
          <Empty title="No executions match these filters">
            <p>
              Widen the time window or clear a filter. Runs are recorded within a second of finishing.{' '}
              <Link href="/executions">Clear all filters</Link>
            </p>
          </Empty>
        ) : (
          <Empty title="No executions yet">
            <p>
              Every run of a script is recorded here: its request, response, duration and logs. Open a script's{' '}
              <strong>Try it</strong> panel and send a request, or call one of its routes.
            </p>
            <Link class="button" href="/scripts">
              Go to scripts
            </Link>
          </Empty>
        )
      )}
      {list.items.length > 0 && <ExecutionsTable items={list.items} busy={list.loading} />}
      {list.more && (
        <p>
          <button type="button" onClick={list.loadMore}>
            Load more
          </button>
        </p>
      )}
    </section>
  );
}
