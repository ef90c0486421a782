import { useEffect, useRef, useState } from 'preact/hooks';
import { admin } from '../lib/api.js';
import { hunks, stats } from '../lib/diff.js';
import { ErrorBox, Loading, Time, useLoad } from '../components/common.jsx';

function Diff({ from, to, oldText, newText }) {
  const rows = hunks(oldText, newText);
  const s = stats(oldText, newText);
  if (!rows.length) return <p class="muted">Versions {from} and {to} have the same source.</p>;
  return (
    <figure class="diff-wrap">
      <figcaption>
        v{from} → v{to}: <span class="add-text">+{s.added}</span> <span class="del-text">−{s.removed}</span>
      </figcaption>
      <table class="diff" aria-label={`Changes from version ${from} to version ${to}`}>
        <tbody>
          {rows.map((r) =>
            r.kind === 'skip' ? (
              <tr class="skip">
                <td colSpan={3}>⋯ {r.count} unchanged line{r.count === 1 ? '' : 's'}</td>
              </tr>
            ) : (
              <tr class={r.kind}>
                <td class="ln">{r.oldNo ?? ''}</td>
                <td class="ln">{r.newNo ?? ''}</td>
                <td class="src">
                  <span class="sign" aria-hidden="true">
                    {r.kind === 'add' ? '+' : r.kind === 'del' ? '−' : ' '}
                  </span>
                  <span class="visually-hidden">{r.kind === 'add' ? 'added: ' : r.kind === 'del' ? 'removed: ' : ''}</span>
                  {r.text}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </figure>
  );
}

export function VersionsPanel({ script, dirty, onRolledBack }) {
  const versions = useLoad(() => admin('GET', `/scripts/${script.id}/versions`), [script.id, script.version]);
  const [from, setFrom] = useState(Math.max(1, script.version - 1));
  const [to, setTo] = useState(script.version);
  const [texts, setTexts] = useState(null);
  const [error, setError] = useState(null);
  const cache = useRef(new Map());

  useEffect(() => {
    setFrom(Math.max(1, script.version - 1));
    setTo(script.version);
  }, [script.version]);

  useEffect(() => {
    let live = true;
    const source = (n) => {
      if (!cache.current.has(n)) {
        cache.current.set(
          n,
          admin('GET', `/scripts/${script.id}/versions/${n}`).then((v) => v.source),
        );
      }
      return cache.current.get(n);
    };
    setTexts(null);
    Promise.all([source(from), source(to)]).then(
      ([a, b]) => live && setTexts({ from, to, a, b }),
      (e) => live && setError(e),
    );
    return () => (live = false);
  }, [script.id, from, to]);

  const rollback = async (n) => {
    const msg =
      `Roll back to version ${n}? This saves its source as version ${script.version + 1}, live at once.` +
      (dirty ? '\n\nYour unsaved changes in the editor will be replaced.' : '');
    if (!confirm(msg)) return;
    try {
      onRolledBack(await admin('POST', `/scripts/${script.id}/rollback`, { version: n }));
    } catch (e) {
      setError(e);
    }
  };

  const list = versions.data ? versions.data.versions : [];
  return (
    <div>
      <ErrorBox error={versions.error || error} />
      {versions.loading && !versions.data && <Loading what="versions" />}
      <ol class="versions" reversed>
        {list.map((v) => (
          <li key={v.version}>
            <strong>v{v.version}</strong> <Time iso={v.version_created_at} />
            {v.rolled_back_from && <span class="muted small"> rolled back from v{v.rolled_back_from}</span>}
            {v.version === script.version ? (
              <span class="badge">current</span>
            ) : (
              <span class="route-actions">
                <button type="button" class="small" onClick={() => (setFrom(v.version), setTo(script.version))}>
                  Diff with current
                </button>
                <button type="button" class="small" onClick={() => rollback(v.version)}>
                  Roll back to v{v.version}
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {script.version === 1 ? (
        <p class="muted">Only one version so far. Every save makes a new one; you can compare and roll back here.</p>
      ) : (
        <>
          <div class="row">
            <label>
              From
              <select aria-label="From version" value={from} onChange={(e) => setFrom(Number(e.currentTarget.value))}>
                {list.map((v) => (
                  <option value={v.version}>v{v.version}</option>
                ))}
              </select>
            </label>
            <label>
              To
              <select aria-label="To version" value={to} onChange={(e) => setTo(Number(e.currentTarget.value))}>
                {list.map((v) => (
                  <option value={v.version}>v{v.version}</option>
                ))}
              </select>
            </label>
          </div>
          {texts ? <Diff from={texts.from} to={texts.to} oldText={texts.a} newText={texts.b} /> : <Loading what="the diff" />}
        </>
      )}
    </div>
  );
}
