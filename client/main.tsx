import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.js';
import { detectLanguage, initI18n, loadLanguage } from './i18n/index.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/room.css';
import './styles/items.css';
import './styles/plan.css';

const language = detectLanguage();
const i18n = initI18n(language);
// A Spanish speaker's first paint is in Spanish: wait for that chunk (English is bundled).
await loadLanguage(language).catch(() => undefined);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
