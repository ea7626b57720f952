interface WindowLike {
  location: { pathname: string; search: string; hash: string };
  history: { replaceState: (data: unknown, unused: string, url?: string) => void };
}

/**
 * Opens the console on its sign-in page when nobody is signed in. Started elsewhere, react-admin 5
 * with react-router 7 first mounts the protected routes, whose LogoutOnMount and the router's
 * transition-wrapped navigation chase each other for 10–15 s before the form shows
 * (marmelab/react-admin#10885). The page asked for is kept the way react-admin's useLogout keeps it
 * (router state `nextPathname` / `nextSearch`, stored by react-router as `history.state.usr`), so
 * signing in still lands on it.
 */
export function startAtSignIn(win: WindowLike): boolean {
  const route = win.location.hash.replace(/^#/, '') || '/';
  const [pathname, query] = route.split('?');
  if (pathname === '/login') return false;
  const next = pathname === '/' ? null : { nextPathname: pathname, nextSearch: query ? `?${query}` : '' };
  win.history.replaceState(
    { usr: next, key: 'signin', idx: 0 },
    '',
    `${win.location.pathname}${win.location.search}#/login`,
  );
  return true;
}
