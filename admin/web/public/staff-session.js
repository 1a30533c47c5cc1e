/*
 * The staff session in the browser (served as /staff-assets/staff-session.js;
 * every staff page loads it before its own script). Defines
 * window.StaffSession:
 *
 *   StaffSession.me()            -> Promise<{ staff, csrfToken } | null>  (null: not signed in)
 *   StaffSession.setToken(token)    remember the CSRF token a sign-in returned
 *   StaffSession.fetch(url, init)   fetch on this site; POST/PUT/PATCH/DELETE carry x-csrf-token
 *   StaffSession.logout()        -> Promise<void>
 *
 * Sign-out buttons need no script of their own: any element with a
 * data-staff-logout attribute signs out when clicked, then goes to the
 * attribute's value (a path on this site; /login when empty).
 */
(function () {
  'use strict';

  var UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'];
  var csrfToken = null;

  function me() {
    return fetch('/api/auth/me', { credentials: 'same-origin', headers: { accept: 'application/json' } }).then(function (res) {
      if (res.status === 401) return null;
      if (!res.ok) throw new Error('session check failed: HTTP ' + res.status);
      return res.json().then(function (body) {
        csrfToken = body.csrfToken;
        return body;
      });
    });
  }

  function staffFetch(url, init) {
    var options = Object.assign({}, init || {});
    var headers = new Headers(options.headers || {});
    var method = (options.method || 'GET').toUpperCase();
    if (UNSAFE.indexOf(method) !== -1 && csrfToken) headers.set('x-csrf-token', csrfToken);
    options.headers = headers;
    options.credentials = 'same-origin';
    return fetch(url, options);
  }

  function logout() {
    var ready = csrfToken ? Promise.resolve() : me();
    return ready
      .then(function () {
        return staffFetch('/api/auth/logout', { method: 'POST' });
      })
      .then(function () {
        csrfToken = null;
      });
  }

  /* Only a path on this site: "/x", not "//host" or "/\host". */
  function localPath(value) {
    return typeof value === 'string' && /^\/(?![\/\\])[^\\]*$/.test(value) ? value : '/login';
  }

  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-staff-logout]') : null;
    if (!button) return;
    event.preventDefault();
    button.disabled = true;
    var destination = localPath(button.getAttribute('data-staff-logout'));
    logout()
      .catch(function () {
        /* The session may be gone already; the destination page checks again. */
      })
      .then(function () {
        window.location.assign(destination);
      });
  });

  window.StaffSession = {
    me: me,
    setToken: function (token) {
      csrfToken = token;
    },
    fetch: staffFetch,
    logout: logout,
  };
})();
