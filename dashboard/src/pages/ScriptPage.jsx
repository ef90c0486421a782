// The script page: editor (save → new version, compile errors inline), and panels for trying it, its routes,
// versions, settings and executions.
import { useEffect, useRef, useState } from 'preact/hooks';
import { admin, query } from '../lib/api.js';
import { Link, navigate, setNavigationGuard } from '../lib/router.js';
import { compileErrorText } from '../lib/format.js';
import { ErrorBox, Loading, useLoad, useTitle } from '../components/common.jsx';
import { TryPanel } from './TryPanel.jsx';
import { RoutesPanel } from './RoutesPanel.jsx';
import { VersionsPanel } from './VersionsPanel.jsx';
import { SettingsPanel } from './SettingsPanel.jsx';
import { ExecutionsTable, useExecutions } from './Executions.jsx';

const TABS = [
  ['try', 'Try it'],
  ['routes', 'Routes'],
  ['versions', 'Versions'],
  ['executions', 'Executions'],
  ['settings', 'Settings'],
];

async function validate(source) {
  try {
    await admin('POST', '/scripts/validate', { source });
    return null;
  } catch (e) {
    if (e.status === 422) return e.body;
    throw e;
  }
}

function CompileStatus({ status }) {
  const { kind } = status;
  let content = null;
  if (kind === 'saving') content = 'Saving…';
  else if (kind === 'saved') content = <span class="ok-text">{status.text}</span>;
  else if (kind === 'ok') content = <span class="ok-text">Compiles.</span>;
  else if (kind === 'info') content = status.text;
  else if (kind === 'fail') content = <span class="error-text">{status.text}</span>;
  else if (kind === 'error') {
    const e = status.error;
    content = (
      <span class="error-text">
        {status.refused ? 'Not saved: ' : ''}line {e.line}, column {e.column}: {compileErrorText(e.message)}
      </span>
    );
  }
  return (
    <p class="compile-status" role="status" aria-live="polite" data-kind={kind}>
      {content}
    </p>
  );
}

function ScriptExecutions({ script }) {
  const list = useExecutions({ script: script.id }, 20);
  return (
    <div>
      <div class="row">
        <button type="button" onClick={list.reload}>
          Refresh
        </button>
        <Link href={'/executions' + query({ script: script.id })}>All executions of this script</Link>
      </div>
      <ErrorBox error={list.error} />
      {!list.loading && list.items.length === 0 && (
        <p class="muted">No runs yet. Send a request from the Try it panel, or call one of the script's routes.</p>
      )}
      {list.items.length > 0 && <ExecutionsTable items={list.items} showScript={false} busy={list.loading} />}
    </div>
  );
}

export function ScriptPage({ id, tab }) {
  const loaded = useLoad(() => admin('GET', '/scripts/' + id), [id]);
  const apps = useLoad(() => admin('GET', '/apps'), []);
  const routes = useLoad(() => admin('GET', `/scripts/${id}/routes`).then((r) => r.routes), [id]);
  const [script, setScript] = useState(null);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState({ kind: 'idle' });
  const [tryRoute, setTryRoute] = useState(null);
  const host = useRef(null);
  const editor = useRef(null); // {view, mod}
  const scriptRef = useRef(null);
  const saveRef = useRef(null);
  useTitle(script ? script.name : 'Script');

  useEffect(() => {
    if (loaded.data) {
      setScript(loaded.data);
      scriptRef.current = loaded.data;
    }
  }, [loaded.data]);

  // Mount the editor once the script is there; CodeMirror is loaded only on this page.
  const ready = !!script;
  useEffect(() => {
    if (!ready) return undefined;
    let view = null;
    let cancelled = false;
    import('../editor/editor.js').then((mod) => {
      if (cancelled) return;
      view = mod.createEditor(host.current, {
        doc: scriptRef.current.source,
        label: `Source of ${scriptRef.current.name}`,
        onChange: (text) => setDirty(text !== scriptRef.current.source),
        onSave: () => saveRef.current(),
        validate,
        onValidated: (error) => setStatus(error ? { kind: 'error', error } : { kind: 'ok' }),
      });
      editor.current = { view, mod };
    });
    return () => {
      cancelled = true;
      if (view) view.destroy();
      editor.current = null;
    };
  }, [ready]);

  const save = async () => {
    const ed = editor.current;
    const current = scriptRef.current;
    if (!ed || !current) return;
    const text = ed.view.state.doc.toString();
    if (text === current.source) {
      setStatus({ kind: 'info', text: `No changes: version ${current.version} is current.` });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const saved = await admin('PUT', '/scripts/' + id, { source: text });
      scriptRef.current = saved;
      setScript(saved);
      setDirty(ed.view.state.doc.toString() !== saved.source);
      ed.mod.clearDiagnostics(ed.view);
      setStatus({ kind: 'saved', text: `Saved as version ${saved.version}. It answers the next request.` });
    } catch (e) {
      if (e.status === 422) {
        ed.mod.showCompileError(ed.view, e.body);
        setStatus({ kind: 'error', error: e.body, refused: true });
      } else setStatus({ kind: 'fail', text: 'Not saved: ' + e.message });
    }
  };
  saveRef.current = save;

  // Ctrl/Cmd-S anywhere on the page (the editor handles it itself when focused).
  useEffect(() => {
    const onKey = (e) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's' && !e.defaultPrevented) {
        e.preventDefault();
        saveRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Unsaved changes: ask before leaving the script (tabs of the same script are fine) or closing the page.
  useEffect(() => {
    if (!dirty) return undefined;
    setNavigationGuard(
      (to) => to.startsWith(`/scripts/${id}`) || confirm('This script has unsaved changes. Leave without saving?'),
    );
    const onUnload = (e) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      setNavigationGuard(null);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [dirty, id]);

  const replaceScript = (s) => {
    scriptRef.current = s;
    setScript(s);
    const ed = editor.current;
    if (ed) {
      ed.mod.replaceDoc(ed.view, s.source);
      ed.mod.clearDiagnostics(ed.view);
    }
    setDirty(false);
  };

  // A runtime error from the try-it panel: mark it in the editor (until the next edit) and put the cursor there.
  const gotoPosition = (error) => {
    const ed = editor.current;
    if (ed) ed.mod.showCompileError(ed.view, { ...error, message: `${error.kind}: ${error.message}` });
  };

  if (loaded.error) return <ErrorBox error={loaded.error} title="Script" />;
  if (!script) return <Loading what="the script" />;
  const app = apps.data && apps.data.apps.find((a) => a.id === script.app_id);

  return (
    <section class="script-page">
      <p class="crumbs">
        <Link href="/scripts">Scripts</Link> / {app && <Link href={'/apps/' + app.slug}>{app.slug}</Link>} /
      </p>
      <div class="page-head">
        <h1>
          {script.name} <span class="badge version">v{script.version}</span>
          {dirty && <span class="badge modified">unsaved</span>}
        </h1>
        <button type="button" class="primary" onClick={save} aria-keyshortcuts="Control+S Meta+S" title="Save (Ctrl/Cmd-S)">
          Save <kbd>Ctrl-S</kbd>
        </button>
      </div>
      <div class="script-grid">
        <div class="editor-pane">
          <div ref={host} class="editor-host" data-testid="editor" />
          <CompileStatus status={status} />
        </div>
        <div class="side-pane">
          <nav class="tabs" aria-label="Script panels">
            {TABS.map(([key, label]) => (
              <Link href={`/scripts/${id}/${key}`} aria-current={tab === key ? 'page' : undefined} replace>
                {label}
                {key === 'routes' && routes.data ? ` (${routes.data.length})` : ''}
              </Link>
            ))}
          </nav>
          <div class="panel">
            {tab === 'try' && <TryPanel script={script} app={app} routes={routes.data || []} preset={tryRoute} onGoto={gotoPosition} />}
            {tab === 'routes' && (
              <RoutesPanel
                script={script}
                app={app}
                routes={routes}
                onTry={(route) => {
                  setTryRoute(route);
                  navigate(`/scripts/${id}/try`);
                }}
              />
            )}
            {tab === 'versions' && <VersionsPanel script={script} dirty={dirty} onRolledBack={replaceScript} />}
            {tab === 'executions' && <ScriptExecutions script={script} />}
            {tab === 'settings' && <SettingsPanel script={script} onSaved={(s) => { scriptRef.current = s; setScript(s); }} />}
          </div>
        </div>
      </div>
    </section>
  );
}
