// A tiny history-API router under /admin: the manager answers every /admin/... path with index.html.
import { useEffect, useState } from 'preact/hooks';
import { jsx } from 'preact/jsx-runtime';

export const BASE = '/admin';
const EVENT = 'picloud:navigate';
let guard = null;

/**
 * Installs a check run before in-app navigation (e.g. "discard unsaved changes?"): called with the target path,
 * it returns false to stay. null removes it.
 */
export function setNavigationGuard(fn) {
  guard = fn;
}

export function currentLocation() {
  let path = location.pathname;
  if (path.startsWith(BASE)) path = path.slice(BASE.length);
  return { path: path || '/', query: new URLSearchParams(location.search) };
}

/** Goes to `to` (a path below /admin, may carry a query). */
export function navigate(to, { replace = false } = {}) {
  if (guard && !guard(to)) return false;
  history[replace ? 'replaceState' : 'pushState'](null, '', BASE + to);
  window.dispatchEvent(new Event(EVENT));
  if (!replace) window.scrollTo(0, 0);
  return true;
}

export function useLocation() {
  const [loc, setLoc] = useState(currentLocation);
  useEffect(() => {
    const update = () => setLoc(currentLocation());
    window.addEventListener('popstate', update);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(EVENT, update);
    };
  }, []);
  return loc;
}

/** Matches `/scripts/:id/:tab?` style patterns; returns the parameters or null. */
export function match(pattern, path) {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  const params = {};
  for (let i = 0; i < p.length; i++) {
    const optional = p[i].endsWith('?');
    const part = optional ? p[i].slice(0, -1) : p[i];
    if (i >= s.length) {
      if (optional) continue;
      return null;
    }
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(s[i]);
    else if (part !== s[i]) return null;
  }
  return s.length <= p.length ? params : null;
}

/** An in-app link: a real <a href> (open in new tab works), handled without a page load. */
export function Link({ href, replace = false, ...props }) {
  const onClick = (e) => {
    if (props.onClick) props.onClick(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href, { replace });
  };
  return jsx('a', { ...props, href: BASE + href, onClick });
}
