// The explorer's entry point, bundled for the browser by ../server/bundle.ts.
import { render } from 'preact';
import { App } from './app.tsx';
import './styles.css';

const root = document.getElementById('explorer')!;
root.replaceChildren(); // the "Loading" line the page holds until the script runs
render(<App />, root);
