import { useState } from 'preact/hooks';
import { admin } from '../lib/api.js';
import { Link, navigate } from '../lib/router.js';
import { ErrorBox, useLoad, useTitle } from '../components/common.jsx';

export const STARTER = `// Runs for every request to this script: ctx.request has method, path, query, headers, body, params.
let name = ctx.request.query.name ?? "world";
log::info("greeting", #{ name: name });
#{ statusCode: 200, body: #{ hello: name } }
`;

export function NewScriptPage({ query: params }) {
  useTitle('New script');
  const apps = useLoad(() => admin('GET', '/apps'), []);
  const [app, setApp] = useState(params.get('app') || 'default');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const script = await admin('POST', '/scripts', { app, name: name.trim(), description, source: STARTER });
      navigate('/scripts/' + script.id, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section>
      <p class="crumbs">
        <Link href="/scripts">Scripts</Link> /
      </p>
      <h1>New script</h1>
      <form class="card stack narrow" onSubmit={submit}>
        <label>
          Name
          <input
            required
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
            placeholder="hello"
            autofocus
          />
        </label>
        <label>
          App
          <select aria-label="App" value={app} onChange={(e) => setApp(e.currentTarget.value)}>
            {(apps.data ? apps.data.apps : [{ slug: 'default' }]).map((a) => (
              <option value={a.slug}>{a.slug}</option>
            ))}
          </select>
        </label>
        <label>
          Description <span class="muted">(optional)</span>
          <input value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        </label>
        <p class="muted small">
          The script starts from a small greeting example; you edit it in the next step. Names are unique within an
          app: letters, digits, <code>_ - .</code>
        </p>
        <ErrorBox error={error} />
        <div>
          <button class="primary" type="submit" disabled={busy}>
            Create and edit
          </button>
        </div>
      </form>
    </section>
  );
}
