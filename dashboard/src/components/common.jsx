// Small shared pieces: data loading, error boxes, empty states, times, status badges, code blocks.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { relativeTime, prettyBody } from '../lib/format.js';

/** Runs `load()` when `deps` change; {data, error, loading, reload, setData}. Stale answers are dropped. */
export function useLoad(load, deps) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const seq = useRef(0);
  const run = useCallback(() => {
    const n = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => n === seq.current && setState({ data, error: null, loading: false }),
      (error) => n === seq.current && setState({ data: null, error, loading: false }),
    );
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run, setData: (data) => setState({ data, error: null, loading: false }) };
}

export function ErrorBox({ error, title }) {
  if (!error) return null;
  return (
    <div class="error" role="alert">
      {title && <strong>{title}: </strong>}
      {error.message || String(error)}
      {error.body && error.body.field && <span class="muted"> (field “{error.body.field}”)</span>}
    </div>
  );
}

export function Loading({ what }) {
  return (
    <p class="muted" role="status">
      Loading {what}…
    </p>
  );
}

/** An empty state that says what to do next. */
export function Empty({ title, children }) {
  return (
    <div class="empty">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

export function Time({ iso }) {
  if (!iso) return null;
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString()}>
      {relativeTime(iso)}
    </time>
  );
}

export function StatusBadge({ status }) {
  return <span class={'badge status-' + (status || 'none')}>{status}</span>;
}

export function Code({ text, label }) {
  return (
    <pre class="code" tabIndex={0} aria-label={label}>
      {prettyBody(text) || <span class="muted">(empty)</span>}
    </pre>
  );
}

export function Json({ value }) {
  return <pre class="code">{JSON.stringify(value, null, 2)}</pre>;
}

/** Sets document.title for a page. */
export function useTitle(title) {
  useEffect(() => {
    document.title = title ? `${title} · PiCloud` : 'PiCloud';
  }, [title]);
}
