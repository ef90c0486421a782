import { render } from 'preact';
import { App } from './app.jsx';
import './styles.css';

const root = document.getElementById('app');
root.textContent = ''; // drop the "Loading…" placeholder (Preact 11 renders beside existing children)
render(<App />, root);
