/*
 * The sign-in page's script (served as /staff-assets/login.js, after
 * staff-session.js). Shows the form; posts the form as
 * JSON to /api/auth/login; afterwards (or at once when already signed in)
 * goes to data-next when that is a path on this site, else to the staff
 * app's start page.
 */
(function () {
  'use strict';

  var root = document.getElementById('staff-login');
  var form = document.getElementById('login-form');
  var email = document.getElementById('login-email');
  var password = document.getElementById('login-password');
  var submit = document.getElementById('login-submit');
  var alertBox = document.getElementById('login-error');
  if (!root || !form || !email || !password || !submit || !alertBox || !window.StaffSession) return;

  /* English unless the page gives its own words (data-text-*: the Dutch page, admin/web/login-page.ts). */
  var TEXTS = {
    wrong: root.getAttribute('data-text-wrong') || 'The email address or password is incorrect.',
    invalid: root.getAttribute('data-text-invalid') || 'Please enter your email address and password.',
    unavailable: root.getAttribute('data-text-unavailable') || 'Signing in is not possible right now. Please try again in a few minutes.',
  };

  /* The same rule as the server's safeNextPath: one leading slash, no backslash or control character, same origin. */
  function safeNext(value) {
    if (!value || value.charAt(0) !== '/' || value.charAt(1) === '/' || value.charAt(1) === '\\') return null;
    if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
    try {
      var url = new URL(value, window.location.origin);
      return url.origin === window.location.origin ? url.pathname + url.search + url.hash : null;
    } catch (error) {
      return null;
    }
  }

  var HOME = '/app/';
  var next = safeNext(root.getAttribute('data-next')) || HOME;

  function showError(text, fields) {
    alertBox.textContent = text;
    alertBox.hidden = false;
    [email, password].forEach(function (input) {
      if (fields) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    });
    alertBox.focus();
  }

  function clearError() {
    alertBox.hidden = true;
    alertBox.textContent = '';
    email.removeAttribute('aria-invalid');
    password.removeAttribute('aria-invalid');
  }

  function showForm() {
    form.hidden = false;
    email.focus();
  }

  function showSignedIn() {
    window.location.replace(next);
  }

  function setBusy(busy) {
    submit.disabled = busy;
    form.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  function messageFor(res, body) {
    if (res.status === 401) return { text: TEXTS.wrong, fields: true };
    if (res.status === 400 || res.status === 415) return { text: TEXTS.invalid, fields: true };
    /* Locked (423) and rate limited (429): the server's message says how long to wait. */
    if ((res.status === 423 || res.status === 429) && body && typeof body.message === 'string') return { text: body.message + '.', fields: false };
    return { text: TEXTS.unavailable, fields: false };
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearError();
    if (!email.value.trim() || !password.value) {
      showError(TEXTS.invalid, true);
      return;
    }
    setBusy(true);
    fetch('/api/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ email: email.value.trim(), password: password.value }),
    })
      .then(function (res) {
        return res
          .json()
          .catch(function () {
            return null;
          })
          .then(function (body) {
            if (res.ok && body) {
              password.value = '';
              window.StaffSession.setToken(body.csrfToken);
              showSignedIn();
              return;
            }
            var message = messageFor(res, body);
            password.value = '';
            showError(message.text, message.fields);
          });
      })
      .catch(function () {
        showError(TEXTS.unavailable, false);
      })
      .then(function () {
        setBusy(false);
      });
  });

  window.StaffSession.me().then(
    function (session) {
      if (session) showSignedIn();
      else showForm();
    },
    function () {
      showForm();
    },
  );
})();
