// The browser entry: the API client for this origin, the session, and the app.
// The shared styles first, so each feature's stylesheet (imported by its components) comes after them.
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserApi } from './client/index.js';
import { ApiContext } from './app/api-context.js';
import { App } from './app/app.js';
import { SessionProvider } from './session/index.js';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <ApiContext.Provider value={browserApi()}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </ApiContext.Provider>
  </StrictMode>,
);
