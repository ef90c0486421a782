// The shell: sign-in gate, header with navigation, and the page for the current path.
import { useEffect, useState } from 'preact/hooks';
import { clearToken, onUnauthorized, storedToken } from './lib/api.js';
import { Link, match, useLocation } from './lib/router.js';
import { SignIn } from './pages/SignIn.jsx';
import { AppsPage } from './pages/Apps.jsx';
import { AppPage } from './pages/AppPage.jsx';
import { ScriptsPage } from './pages/Scripts.jsx';
import { NewScriptPage } from './pages/NewScript.jsx';
import { ScriptPage } from './pages/ScriptPage.jsx';
import { ExecutionsPage } from './pages/Executions.jsx';
import { ExecutionPage } from './pages/ExecutionPage.jsx';

function page(loc) {
  const { path, query } = loc;
  let p;
  if (path === '/' || path === '') return <AppsPage />;
  if ((p = match('/apps/:app', path))) return <AppPage key={p.app} app={p.app} />;
  if (match('/scripts', path)) return <ScriptsPage query={query} />;
  if (match('/scripts/new', path)) return <NewScriptPage query={query} />;
  if ((p = match('/scripts/:id/:tab?', path))) return <ScriptPage key={p.id} id={p.id} tab={p.tab || 'try'} />;
  if (match('/executions', path)) return <ExecutionsPage query={query} />;
  if ((p = match('/executions/:id', path))) return <ExecutionPage key={p.id} id={p.id} />;
  return (
    <section>
      <h1>Not found</h1>
      <p>
        There is no dashboard page at <code>/admin{path}</code>. Go to the <Link href="/">apps</Link> or the{' '}
        <Link href="/scripts">scripts</Link>.
      </p>
    </section>
  );
}

const NAV = [
  ['/', 'Apps', (p) => p === '/' || p.startsWith('/apps')],
  ['/scripts', 'Scripts', (p) => p.startsWith('/scripts')],
  ['/executions', 'Executions', (p) => p.startsWith('/executions')],
];

export function App() {
  const loc = useLocation();
  const [token, setToken] = useState(storedToken);
  const [notice, setNotice] = useState('');

  useEffect(
    () =>
      onUnauthorized(() => {
        setToken(null);
        setNotice('The server no longer accepts your token. Sign in again.');
      }),
    [],
  );

  if (!token) {
    return (
      <SignIn
        notice={notice}
        onSignedIn={(t) => {
          setNotice('');
          setToken(t);
        }}
      />
    );
  }

  const signOut = () => {
    clearToken();
    setNotice('Signed out.');
    setToken(null);
  };

  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <Link href="/" class="brand">
          PiCloud
        </Link>
        <nav aria-label="Main">
          {NAV.map(([href, label, active]) => (
            <Link href={href} aria-current={active(loc.path) ? 'page' : undefined}>
              {label}
            </Link>
          ))}
        </nav>
        <button type="button" class="link signout" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {page(loc)}
      </main>
    </>
  );
}
