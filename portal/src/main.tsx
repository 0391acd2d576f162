import '@fontsource/noto-sans-thai/400.css';
import '@fontsource/noto-sans-thai/700.css';
import './styles.css';
import { render } from 'preact';
import { App } from './App.tsx';
import { loadSettings } from './lib/config.ts';

const root = document.getElementById('app')!;
loadSettings().then(
  (settings) => render(<App settings={settings} />, root),
  () => {
    root.innerHTML = '';
    const problem = document.createElement('p');
    problem.setAttribute('role', 'alert');
    problem.textContent = 'The service is not reachable right now. Check your connection and reload the page.';
    root.append(problem);
  },
);
