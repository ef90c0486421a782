import { useState } from 'preact/hooks';
import { admin } from '../lib/api.js';
import { Link, navigate } from '../lib/router.js';
import { Empty, ErrorBox, Loading, Time, useLoad, useTitle } from '../components/common.jsx';

export function splitDomains(text) {
  return text
    .split(/[\s,]+/)
    .map((d) => d.trim())
    .filter(Boolean);
}

function NewAppForm({ onCreated }) {
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [domains, setDomains] = useState('');
  const [error, setError] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      const app = await admin('POST', '/apps', { slug: slug.trim(), name: name.trim() || undefined, domains: splitDomains(domains) });
      onCreated(app);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form class="card stack" onSubmit={submit}>
      <h2>New app</h2>
      <div class="row">
        <label>
          Slug
          <input required value={slug} onInput={(e) => setSlug(e.currentTarget.value)} placeholder="shop" />
        </label>
        <label>
          Name <span class="muted">(optional)</span>
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="Shop API" />
        </label>
      </div>
      <label>
        Domains <span class="muted">(optional, comma-separated; {'{name}'} matches any one label)</span>
        <input value={domains} onInput={(e) => setDomains(e.currentTarget.value)} placeholder="api.example.com, {tenant}.example.com" />
      </label>
      <ErrorBox error={error} />
      <div>
        <button class="primary" type="submit">
          Create app
        </button>
      </div>
    </form>
  );
}

export function AppsPage() {
  useTitle('Apps');
  const apps = useLoad(() => admin('GET', '/apps'), []);
  const [creating, setCreating] = useState(false);
  const list = apps.data ? apps.data.apps : [];
  return (
    <section>
      <div class="page-head">
        <h1>Apps</h1>
        <button type="button" onClick={() => setCreating(!creating)} aria-expanded={creating}>
          {creating ? 'Cancel' : 'New app'}
        </button>
      </div>
      {creating && <NewAppForm onCreated={(app) => navigate('/apps/' + app.slug)} />}
      <ErrorBox error={apps.error} />
      {apps.loading && !apps.data && <Loading what="apps" />}
      {apps.data && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>App</th>
                <th>Domains</th>
                <th class="hide-narrow">Created</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={'/apps/' + a.slug}>{a.name || a.slug}</Link>
                    <div class="muted small">{a.slug}</div>
                  </td>
                  <td>{a.domains.length ? a.domains.join(', ') : <span class="muted">{a.slug === 'default' ? 'every other host' : 'none'}</span>}</td>
                  <td class="hide-narrow">
                    <Time iso={a.created_at} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {apps.data && list.length <= 1 && (
        <Empty title="Start with a script">
          <p>
            Every script belongs to an app. The <strong>default</strong> app answers every host that no other app
            claims, so you can <Link href="/scripts/new">create your first script</Link> right away. Create another app
            when a group of scripts should answer on its own domain, like <code>api.example.com</code>.
          </p>
        </Empty>
      )}
    </section>
  );
}
