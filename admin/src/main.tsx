import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAtSignIn } from './layout/signInRoute';
import { onSignOutElsewhere, restoreSession } from './session';

/** Signs in silently through the refresh cookie when there is a session (a reload, a new tab), then renders. */
async function boot(): Promise<void> {
  if (!(await restoreSession())) startAtSignIn(window);
  // a sign-out in another tab ends this tab's session too
  onSignOutElsewhere(() => {
    startAtSignIn(window);
    window.location.reload();
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
