import { startAtSignIn } from './signInRoute';

function fakeWindow(hash: string) {
  const calls: Array<{ data: unknown; url?: string }> = [];
  return {
    calls,
    location: { pathname: '/', search: '', hash },
    history: { replaceState: (data: unknown, _unused: string, url?: string) => void calls.push({ data, url }) },
  };
}

describe('startAtSignIn', () => {
  it('opens the sign-in page instead of the dashboard', () => {
    const win = fakeWindow('');
    expect(startAtSignIn(win)).toBe(true);
    expect(win.calls).toEqual([{ data: { usr: null, key: 'signin', idx: 0 }, url: '/#/login' }]);
  });

  it('keeps a deep link, with its query, for after sign-in', () => {
    const win = fakeWindow('#/requests?filter=%7B%22overdue%22%3Atrue%7D');
    startAtSignIn(win);
    expect(win.calls[0]).toEqual({
      data: {
        usr: { nextPathname: '/requests', nextSearch: '?filter=%7B%22overdue%22%3Atrue%7D' },
        key: 'signin',
        idx: 0,
      },
      url: '/#/login',
    });
    const show = fakeWindow('#/requests/5/show');
    startAtSignIn(show);
    expect(show.calls[0].data).toEqual({
      usr: { nextPathname: '/requests/5/show', nextSearch: '' },
      key: 'signin',
      idx: 0,
    });
  });

  it('leaves the sign-in page alone', () => {
    const win = fakeWindow('#/login');
    expect(startAtSignIn(win)).toBe(false);
    expect(win.calls).toEqual([]);
  });
});
