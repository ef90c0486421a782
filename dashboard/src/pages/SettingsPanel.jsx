import { useState } from 'preact/hooks';
import { admin } from '../lib/api.js';
import { navigate } from '../lib/router.js';
import { ErrorBox } from '../components/common.jsx';

export function SettingsPanel({ script, onSaved }) {
  const [description, setDescription] = useState(script.description || '');
  const [timeout, setTimeoutMs] = useState(String(script.timeout_ms));
  const [memory, setMemory] = useState(String(script.memory_limit_mb));
  const [ops, setOps] = useState(String(script.max_operations));
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');

  const submit = async (e) => {
    e.preventDefault();
    setError(null);
    setSaved('');
    try {
      const s = await admin('PUT', '/scripts/' + script.id, {
        description,
        timeout_ms: Number(timeout),
        memory_limit_mb: Number(memory),
        max_operations: Number(ops),
      });
      onSaved(s);
      setSaved(`Saved as version ${s.version}.`);
    } catch (err) {
      setError(err);
    }
  };

  const remove = async () => {
    if (!confirm(`Delete the script “${script.name}” with its routes and versions?`)) return;
    try {
      await admin('DELETE', '/scripts/' + script.id);
      navigate('/scripts', { replace: true });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div>
      <form class="stack" onSubmit={submit}>
        <label>
          Description
          <input value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        </label>
        <div class="row">
          <label>
            Timeout (ms)
            <input type="number" min="1" value={timeout} onInput={(e) => setTimeoutMs(e.currentTarget.value)} />
          </label>
          <label>
            Memory (MB)
            <input type="number" min="1" value={memory} onInput={(e) => setMemory(e.currentTarget.value)} />
          </label>
          <label>
            Max operations
            <input type="number" min="1" value={ops} onInput={(e) => setOps(e.currentTarget.value)} />
          </label>
        </div>
        <p class="muted small">Saving settings makes a new version with the current saved source.</p>
        <ErrorBox error={error} />
        <div class="row">
          <button type="submit">Save settings</button>
          <span class="ok-text" role="status">
            {saved}
          </span>
        </div>
      </form>
      <p class="small">
        Script id <code>{script.id}</code> · language {script.language}
      </p>
      <div class="danger-zone">
        <button type="button" class="danger" onClick={remove}>
          Delete script
        </button>
      </div>
    </div>
  );
}
