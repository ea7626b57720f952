import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAtSignIn } from './layout/signInRoute';
import { getAccessToken, loadSession } from './session';

/** Settles the session first (one refresh if the access token has expired), then renders. */
async function boot(): Promise<void> {
  try {
    await getAccessToken();
  } catch {
    /* server unreachable: the app shows it */
  }
  if (!loadSession()) startAtSignIn(window);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
