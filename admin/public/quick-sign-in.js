/* global window, document */
/*
 * The sign-in page before the console's code has arrived (on a slow link, seconds later): shown only when nobody is
 * signed in on this path (the console at "/" or its sign-in route, no refresh cookie known to be usable yet), it signs
 * in over the same API as the console (POST /api/auth/login sets the httpOnly refresh cookie) and hands the answer to
 * the console (window.lenteraQuickSignIn), which then starts signed in. Once the console has loaded it takes the form
 * over (quickSignIn.ts), keeping what was typed. Plain ES5, no dependencies: it must be tiny.
 */
(function () {
  var hash = window.location.hash;
  // a deep link (#/requests/5/show) is most likely a signed-in user reloading: let the console restore the session
  if (hash && hash !== '#/' && hash.indexOf('#/login') !== 0) return;
  // signed in before in this browser (session.ts keeps the hint): a reload most likely restores the session
  try {
    if (window.localStorage.getItem('lenteraSignedIn') === '1') return;
  } catch (e) {
    /* storage unavailable: show the form */
  }
  var form = document.getElementById('qs-form');
  if (!form) return;
  document.documentElement.classList.add('qs-on');
  var state = (window.lenteraQuickSignIn = { pending: null, takenOver: false, submitted: false });
  var error = document.getElementById('qs-error');
  var button = form.querySelector('button');
  form.setAttribute('data-sign-in-ready', '1');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (state.pending) return;
    // the console has taken over but its own form is not on screen yet: it submits what was sent here
    if (state.takenOver) {
      state.submitted = true;
      return;
    }
    var username = form.elements.username.value.trim();
    var password = form.elements.password.value;
    if (!username || !password) {
      error.textContent = 'Isi nama pengguna dan kata sandi.';
      error.hidden = false;
      return;
    }
    error.hidden = true;
    button.disabled = true;
    state.pending = fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'id' },
      body: JSON.stringify({ username: username, password: password }),
      credentials: 'same-origin',
    })
      .then(function (response) {
        return response.json().then(
          function (body) {
            return { ok: response.ok, status: response.status, body: body };
          },
          function () {
            return { ok: false, status: response.status, body: null };
          },
        );
      })
      .then(
        function (answer) {
          if (answer.ok) return answer.body;
          var m = answer.body && answer.body.message;
          error.textContent =
            (Array.isArray(m) ? m.join('; ') : typeof m === 'string' && m ? m : null) ||
            (answer.status === 429
              ? 'Terlalu banyak percobaan masuk. Tunggu sebentar lalu coba lagi.'
              : 'Nama pengguna atau kata sandi salah.');
          error.hidden = false;
          return null;
        },
        function () {
          error.textContent = 'Server tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.';
          error.hidden = false;
          return null;
        },
      )
      .then(function (session) {
        button.disabled = false;
        if (!session) state.pending = null;
        else button.textContent = 'Memuat…';
        return session;
      });
  });
})();
