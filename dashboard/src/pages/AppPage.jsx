import { useState } from 'preact/hooks';
import { admin, query } from '../lib/api.js';
import { Link, navigate } from '../lib/router.js';
import { Empty, ErrorBox, Loading, Time, useLoad, useTitle } from '../components/common.jsx';
import { splitDomains } from './Apps.jsx';

function EditApp({ app, onSaved }) {
  const [name, setName] = useState(app.name || '');
  const [description, setDescription] = useState(app.description || '');
  const [domains, setDomains] = useState(app.domains.join(', '));
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const isDefault = app.slug === 'default';
  const submit = async (e) => {
    e.preventDefault();
    setError(null);
    setSaved('');
    const body = { name, description };
    if (!isDefault) body.domains = splitDomains(domains);
    try {
      onSaved(await admin('PATCH', '/apps/' + app.id, body));
      setSaved('Saved.');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form class="card stack" onSubmit={submit}>
      <h2>Settings</h2>
      <label>
        Name
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        Description
        <input value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
      </label>
      {!isDefault && (
        <label>
          Domains <span class="muted">(comma-separated; replaces the list)</span>
          <input value={domains} onInput={(e) => setDomains(e.currentTarget.value)} placeholder="api.example.com" />
        </label>
      )}
      <ErrorBox error={error} />
      <div class="row">
        <button type="submit">Save app</button>
        <span role="status" class="ok-text">
          {saved}
        </span>
      </div>
    </form>
  );
}

export function AppPage({ app: ref }) {
  const app = useLoad(() => admin('GET', '/apps/' + encodeURIComponent(ref)), [ref]);
  const scripts = useLoad(() => admin('GET', '/scripts' + query({ app: ref })), [ref]);
  const [error, setError] = useState(null);
  useTitle(app.data ? app.data.name || app.data.slug : 'App');
  if (app.error) return <ErrorBox error={app.error} title={'App ' + ref} />;
  if (!app.data) return <Loading what="the app" />;
  const a = app.data;
  const remove = async () => {
    if (!confirm(`Delete app “${a.slug}” with all its scripts, routes and executions?`)) return;
    try {
      await admin('DELETE', '/apps/' + a.id);
      navigate('/');
    } catch (err) {
      setError(err);
    }
  };
  const list = scripts.data ? scripts.data.scripts : [];
  return (
    <section>
      <p class="crumbs">
        <Link href="/">Apps</Link> /
      </p>
      <div class="page-head">
        <h1>{a.name || a.slug}</h1>
        <Link class="button primary" href={'/scripts/new?app=' + encodeURIComponent(a.slug)}>
          New script
        </Link>
      </div>
      <p class="muted">
        {a.description} <span class="small">slug {a.slug} · created <Time iso={a.created_at} /></span>
      </p>
      <p>
        {a.slug === 'default'
          ? 'Answers every host that no other app claims.'
          : a.domains.length
            ? 'Answers requests for ' + a.domains.join(', ') + '.'
            : 'Claims no domain yet: its routes answer only once you add one below (direct calls work already).'}
      </p>
      <h2>Scripts</h2>
      <ErrorBox error={scripts.error} />
      {scripts.data && list.length === 0 && (
        <Empty title="No scripts in this app yet">
          <p>
            A script is a small Rhai program that answers HTTP requests.{' '}
            <Link href={'/scripts/new?app=' + encodeURIComponent(a.slug)}>Create one</Link>, then give it a route.
          </p>
        </Empty>
      )}
      {list.length > 0 && (
        <ul class="plain-list">
          {list.map((s) => (
            <li key={s.id}>
              <Link href={'/scripts/' + s.id}>{s.name}</Link> <span class="muted small">v{s.version}</span>{' '}
              <span class="muted">{s.description}</span>
            </li>
          ))}
        </ul>
      )}
      <EditApp key={a.updated_at} app={a} onSaved={app.setData} />
      {a.slug !== 'default' && (
        <div class="danger-zone">
          <button type="button" class="danger" onClick={remove}>
            Delete app
          </button>
          <ErrorBox error={error} />
        </div>
      )}
    </section>
  );
}
