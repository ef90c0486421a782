import { admin, query } from '../lib/api.js';
import { Link, navigate } from '../lib/router.js';
import { searchScripts } from '../lib/format.js';
import { Empty, ErrorBox, Loading, Time, useLoad, useTitle } from '../components/common.jsx';

export function ScriptsPage({ query: params }) {
  useTitle('Scripts');
  const q = params.get('q') || '';
  const app = params.get('app') || '';
  const scripts = useLoad(() => admin('GET', '/scripts' + query({ app })), [app]);
  const apps = useLoad(() => admin('GET', '/apps'), []);
  const slugs = {};
  for (const a of apps.data ? apps.data.apps : []) slugs[a.id] = a.slug;
  const all = scripts.data ? scripts.data.scripts : [];
  const shown = searchScripts(all, q, slugs);
  const setParam = (name, value) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    const s = next.toString();
    navigate('/scripts' + (s ? '?' + s : ''), { replace: true });
  };

  return (
    <section>
      <div class="page-head">
        <h1>Scripts</h1>
        <Link class="button primary" href={'/scripts/new' + query({ app })}>
          New script
        </Link>
      </div>
      <div class="filters" role="search">
        <label>
          Search
          <input
            type="search"
            value={q}
            placeholder="name, description or app"
            onInput={(e) => setParam('q', e.currentTarget.value)}
          />
        </label>
        <label>
          App
          <select aria-label="App" value={app} onChange={(e) => setParam('app', e.currentTarget.value)}>
            <option value="">all apps</option>
            {(apps.data ? apps.data.apps : []).map((a) => (
              <option value={a.slug}>{a.slug}</option>
            ))}
          </select>
        </label>
      </div>
      <ErrorBox error={scripts.error} />
      {scripts.loading && !scripts.data && <Loading what="scripts" />}
      {scripts.data && all.length === 0 && (
        <Empty title={app ? `No scripts in ${app} yet` : 'No scripts yet'}>
          <p>
            A script is a few lines of Rhai that answer an HTTP request. Create one, save it, and it is live at once:
            callable at <code>/api/v1/execute/&lt;its id&gt;</code>, and at any route you give it.
          </p>
          <Link class="button primary" href={'/scripts/new' + query({ app })}>
            Create your first script
          </Link>
        </Empty>
      )}
      {all.length > 0 && shown.length === 0 && (
        <p class="muted" role="status">
          No script matches “{q}”.
        </p>
      )}
      {shown.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Script</th>
                <th>App</th>
                <th>Version</th>
                <th class="hide-narrow">Changed</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={'/scripts/' + s.id}>{s.name}</Link>
                    {s.description && <div class="muted small">{s.description}</div>}
                  </td>
                  <td>{slugs[s.app_id] || ''}</td>
                  <td>v{s.version}</td>
                  <td class="hide-narrow">
                    <Time iso={s.version_created_at || s.updated_at} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
