import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { dismissQuickSignIn, takeOverQuickSignIn } from './layout/quickSignIn';
import { startAtSignIn } from './layout/signInRoute';
import { clearSession, onSignOutElsewhere, restoreSession, saveSession } from './session';

/**
 * Takes over the quick sign-in page (a session it opened is this one), else signs in silently through the refresh
 * cookie when there is a session (a reload, a new tab), then renders.
 */
async function boot(): Promise<void> {
  const quick = await takeOverQuickSignIn();
  if (quick) {
    saveSession(quick);
    dismissQuickSignIn();
  } else if (await restoreSession()) dismissQuickSignIn();
  else {
    clearSession(); // also drops the "signed in before" hint: the next load shows the quick sign-in page at once
    startAtSignIn(window); // the sign-in page dismisses the quick one once it is on screen, keeping what was typed
  }
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
