import type { TokenResponse } from '../api/types';

/**
 * The sign-in page that index.html shows before the console's code has arrived (public/quick-sign-in.js): on a slow
 * link it is usable within a second or two instead of after the whole bundle. The console takes it over here: a
 * session it opened is the console's session; what was typed into it carries on into the console's own form.
 */
interface QuickState {
  pending: Promise<TokenResponse | null> | null;
  takenOver: boolean;
  /** submitted after the console took over, before its own form was on screen */
  submitted?: boolean;
}

declare global {
  interface Window {
    lenteraQuickSignIn?: QuickState;
  }
}

export interface QuickTyped {
  username: string;
  password: string;
  /** the form was sent while the console was taking over: the console's form sends it */
  submitted: boolean;
  /** the field that had the focus */
  focus: 'username' | 'password' | null;
}

const page = () => document.getElementById('quick-sign-in');

/** Stops the quick form and waits for a sign-in it has under way: its session, or null. */
export async function takeOverQuickSignIn(): Promise<TokenResponse | null> {
  const state = window.lenteraQuickSignIn;
  if (!state) return null;
  state.takenOver = true;
  return state.pending ? await state.pending.catch(() => null) : null;
}

/** What was typed into the quick form (null when it was not shown). */
export function quickTyped(): QuickTyped | null {
  const form = document.getElementById('qs-form') as HTMLFormElement | null;
  if (!form || !document.documentElement.classList.contains('qs-on')) return null;
  const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
  const focused = document.activeElement?.getAttribute('name');
  return {
    username: field('username'),
    password: field('password'),
    submitted: Boolean(window.lenteraQuickSignIn?.submitted),
    focus: focused === 'username' || focused === 'password' ? focused : null,
  };
}

/** Removes the quick page: the console's own page is on screen. */
export function dismissQuickSignIn(): void {
  page()?.remove();
  document.documentElement.classList.remove('qs-on');
}
