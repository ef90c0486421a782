import { useState } from 'preact/hooks';
import { storeToken, verifyToken } from '../lib/api.js';
import { useTitle } from '../components/common.jsx';

export function SignIn({ onSignedIn, notice }) {
  useTitle('Sign in');
  const [token, setToken] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e) => {
    e.preventDefault();
    const t = token.trim();
    if (!t) return setError('Enter the admin token.');
    setBusy(true);
    setError('');
    try {
      if (await verifyToken(t)) {
        storeToken(t, remember);
        onSignedIn(t);
      } else {
        setError('PiCloud rejected this token. Check PICLOUD_ADMIN_TOKEN or the admin-token file in the data directory.');
      }
    } catch (err) {
      setError(err.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="signin">
      <form onSubmit={submit} aria-describedby="signin-help">
        <h1>PiCloud</h1>
        {notice && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        <label for="token">Admin token</label>
        <input
          id="token"
          type="password"
          autocomplete="current-password"
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
          autofocus
        />
        <label class="check">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} /> Remember
          me on this device
        </label>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Checking…' : 'Sign in'}
        </button>
        <p id="signin-help" class="muted small">
          The token is <code>PICLOUD_ADMIN_TOKEN</code>, or the one PiCloud generated at its first start (printed
          once, saved as <code>admin-token</code> in its data directory). It stays in this tab only, unless you ask to
          be remembered.
        </p>
      </form>
    </main>
  );
}
