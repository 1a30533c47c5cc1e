/*
 * The web chat page's script (served as /chat-assets/chat.js, after Web
 * Chat's bundle, which defines window.WebChat). Reads the page's
 * configuration from the data-* attributes of #chat-app (the CSP forbids
 * inline scripts), asks this server for a Direct Line token and renders Web
 * Chat against this server's Direct Line API.
 *
 * Token refresh: DirectLineJS refreshes the token itself every 15 minutes
 * through `<domain>/tokens/refresh` (tokens live 30 minutes by default), and
 * a reconnecting WebSocket asks `<domain>/conversations/<id>` for a fresh
 * stream URL with the current token; nothing to do here.
 */
(function () {
  'use strict';

  var DIRECT_LINE = '/v3/directline';
  /* DirectLineJS connection states (botframework-directlinejs ConnectionStatus). */
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;
  var TEXTS = {
    unavailable: 'The chat is not available right now. Please try again in a few minutes.',
    disconnected: 'The connection to the chat was lost. Please reload the page.',
  };

  var root = document.getElementById('chat-app');
  var target = document.getElementById('webchat');
  var status = document.getElementById('chat-status');
  if (!root || !target || !status) return;

  function showStatus(text) {
    status.textContent = text;
    status.hidden = false;
  }

  /* Relative luminance of a #rgb / #rrggbb colour (WCAG 2). */
  function luminance(hex) {
    var digits = hex.slice(1);
    if (digits.length === 3) digits = digits.replace(/(.)/g, '$1$1');
    var channels = [0, 2, 4].map(function (i) {
      var c = parseInt(digits.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }

  function contrast(a, b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /*
   * Web Chat style options in the organization's colour, readable whatever the
   * colour is. markdownRenderHTML: false makes Web Chat's Markdown renderer
   * show HTML in bot text as text (its default since 4.17 renders sanitized
   * HTML); user text is shown as plain text anyway.
   */
  function styleOptions(colour) {
    var options = { hideUploadButton: true, suggestedActionLayout: 'stacked', markdownRenderHTML: false };
    if (!/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(colour)) return options;
    var l = luminance(colour);
    var onColour = contrast(l, 1) >= contrast(l, 0) ? '#ffffff' : '#1f1f1f';
    /* On the white transcript, a light brand colour is unreadable as text or outline: use it as a fill only. */
    var onWhite = contrast(l, 1) >= 4.5 ? colour : '#1f1f1f';
    root.style.setProperty('--chat-accent', colour);
    root.style.setProperty('--chat-on-accent', onColour);
    options.accent = onWhite;
    options.bubbleFromUserBackground = colour;
    options.bubbleFromUserBorderColor = colour;
    options.bubbleFromUserTextColor = onColour;
    options.suggestedActionBorderColor = onWhite;
    options.suggestedActionTextColor = onWhite;
    return options;
  }

  /* The browser's preferred language that the organization offers, else the browser's language. */
  function chooseLocale(offered) {
    var preferred = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]).filter(Boolean);
    for (var i = 0; i < preferred.length; i += 1) {
      if (offered.indexOf(preferred[i].split('-')[0].toLowerCase()) !== -1) return preferred[i];
    }
    return navigator.language || 'en-US';
  }

  if (!window.WebChat || typeof window.fetch !== 'function') {
    showStatus(TEXTS.unavailable);
    return;
  }

  var body = { org: root.dataset.org };
  if (root.dataset.entry) body.entry = root.dataset.entry;
  var offered = (root.dataset.languages || '').split(',').filter(Boolean);

  window
    .fetch(DIRECT_LINE + '/tokens/generate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
    })
    .then(function (response) {
      if (!response.ok) throw new Error('token request answered ' + response.status);
      return response.json();
    })
    .then(function (conversation) {
      var directLine = window.WebChat.createDirectLine({
        token: conversation.token,
        domain: window.location.origin + DIRECT_LINE,
        webSocket: true,
      });
      directLine.connectionStatus$.subscribe(function (state) {
        if (state === EXPIRED_TOKEN || state === FAILED_TO_CONNECT || state === ENDED) showStatus(TEXTS.disconnected);
      });
      window.WebChat.renderWebChat(
        { directLine: directLine, styleOptions: styleOptions(root.dataset.colour || ''), locale: chooseLocale(offered) },
        target,
      );
      root.setAttribute('data-ready', 'true');
    })
    .catch(function () {
      showStatus(TEXTS.unavailable);
    });
})();
