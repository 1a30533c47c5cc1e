/*
 * The web chat page's script (served as /chat-assets/chat.js, after Web
 * Chat's bundle, which defines window.WebChat). Reads the page's
 * configuration from the data-* attributes of #chat-app (the CSP forbids
 * inline scripts), asks this server for a Direct Line token and renders Web
 * Chat against this server's Direct Line API.
 *
 * Language: a new visitor starts in the browser's language (the first of
 * the organization's languages it prefers). From then on the page follows
 * the language the bot answers in (each bot activity's `locale`): it sets
 * <html lang>, re-renders Web Chat with that locale (its own strings: send
 * box, aria labels) on the same store, and keeps the language in
 * sessionStorage so a reload of the tab starts in it.
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
    var options = {
      hideUploadButton: true,
      suggestedActionLayout: 'stacked',
      markdownRenderHTML: false,
      /* The bot has a robot avatar; an outreach worker gets their own (see workerAvatar). '' still reserves the avatar column. */
      botAvatarImage: BOT_AVATAR,
      botAvatarInitials: '',
    };
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

  /*
   * Who wrote a message. An outreach worker's messages come from
   * `from.id` "worker:<first name>" with `from.name` their first name
   * (bots/webchat/activities.ts): the chat shows that name at the top of
   * their messages and an avatar with their initial instead of the bot's
   * robot, so the person can tell a person from the bot. Everything here uses Web Chat's documented middleware.
   */
  var WORKER_ID_PREFIX = 'worker:';
  var BOT_AVATAR =
    'data:image/svg+xml,' +
    encodeURIComponent(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#e6e6e6"/>' +
        '<circle cx="20" cy="9" r="2" fill="#505050"/><rect x="19.2" y="10" width="1.6" height="4" fill="#505050"/>' +
        '<rect x="11" y="14" width="18" height="14" rx="3" fill="#505050"/><circle cx="16.5" cy="20" r="2" fill="#fff"/>' +
        '<circle cx="23.5" cy="20" r="2" fill="#fff"/><rect x="16" y="24" width="8" height="1.6" rx="0.8" fill="#fff"/></svg>',
    );

  /* The worker's first name when an outreach worker wrote this activity, else null. */
  function workerName(activity) {
    var from = activity && activity.from;
    if (!from || from.role !== 'bot' || typeof from.id !== 'string' || from.id.indexOf(WORKER_ID_PREFIX) !== 0) return null;
    return typeof from.name === 'string' && from.name ? from.name : from.id.slice(WORKER_ID_PREFIX.length);
  }

  function senderKey(activity) {
    return (activity.from && activity.from.role) + ' ' + (workerName(activity) === null ? '' : activity.from.id);
  }

  /* Web Chat groups consecutive messages by role only; the bot's and a worker's messages must not share one avatar. */
  function groupActivitiesMiddleware() {
    return function (next) {
      return function (options) {
        var groups = next(options);
        var sender = [];
        groups.sender.forEach(function (group) {
          var current = null;
          group.forEach(function (activity) {
            if (!current || senderKey(current[0]) !== senderKey(activity)) {
              current = [];
              sender.push(current);
            }
            current.push(activity);
          });
        });
        return { sender: sender, status: groups.status };
      };
    };
  }

  /* A worker's avatar: the first letter of their name (styled by chat.css as a coloured circle). */
  function avatarMiddleware() {
    return function (next) {
      return function (options) {
        var name = workerName(options.activity);
        if (name === null) return next(options);
        var initial = (Array.from(name)[0] || '?').toLocaleUpperCase();
        return function () {
          return initial;
        };
      };
    };
  }

  /* Markdown punctuation escaped, so a name shows as written. */
  function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
  }

  /* A worker's message starts with their name in bold, inside the bubble (as group chats show who wrote). */
  function attachmentMiddleware() {
    return function (next) {
      return function (options) {
        var name = workerName(options.activity);
        var attachment = options.attachment;
        if (name === null || !attachment || attachment.contentType !== 'text/markdown' || typeof attachment.content !== 'string') {
          return next(options);
        }
        var signed = { contentType: attachment.contentType, content: '**' + escapeMarkdown(name) + '**\n\n' + attachment.content };
        return next(Object.assign({}, options, { attachment: signed }));
      };
    };
  }

  /* The browser's preferred language that the organization offers, else the browser's language. */
  function chooseLocale(offered) {
    var preferred = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]).filter(Boolean);
    for (var i = 0; i < preferred.length; i += 1) {
      if (offered.indexOf(preferred[i].split('-')[0].toLowerCase()) !== -1) return preferred[i];
    }
    return navigator.language || 'en-US';
  }

  /*
   * Web Chat's own strings (send box, aria labels) for the languages the bot
   * speaks: botframework-webchat 4.18 ships all 18 (its
   * botframework-webchat-api/lib/localization/*.json); anything else gets English.
   */
  var WEB_CHAT_LOCALES = {
    bg: 'bg-BG', cs: 'cs-CZ', el: 'el-GR', en: 'en-US', es: 'es-ES', et: 'et-EE', hu: 'hu-HU', it: 'it-IT', lt: 'lt-LT',
    lv: 'lv-LV', nl: 'nl-NL', pl: 'pl-PL', pt: 'pt-PT', ro: 'ro-RO', sk: 'sk-SK', sl: 'sl-SI', tr: 'tr-TR', uk: 'uk-UA',
  };
  var LANGUAGE_CODE = /^[a-z]{2,3}$/;

  function webChatLocale(language) {
    return Object.prototype.hasOwnProperty.call(WEB_CHAT_LOCALES, language) ? WEB_CHAT_LOCALES[language] : 'en-US';
  }

  /* 'pl' of 'pl-PL' / 'pl'; null when it is not a language code. */
  function primaryLanguage(locale) {
    var code = typeof locale === 'string' ? locale.split('-')[0].toLowerCase() : '';
    return LANGUAGE_CODE.test(code) ? code : null;
  }

  /*
   * The language the bot last answered in, kept for this tab (sessionStorage)
   * so a reload shows the chat in it again; a new visitor has none and gets
   * the browser's. Storage may be unavailable (privacy settings): then nothing is kept.
   */
  var LANGUAGE_KEY = 'chat-language:' + (root.dataset.org || '');

  function rememberedLanguage() {
    try {
      return primaryLanguage(window.sessionStorage.getItem(LANGUAGE_KEY));
    } catch (err) {
      return null;
    }
  }

  function rememberLanguage(language) {
    try {
      window.sessionStorage.setItem(LANGUAGE_KEY, language);
    } catch (err) {
      /* not kept */
    }
  }

  if (!window.WebChat || typeof window.fetch !== 'function') {
    showStatus(TEXTS.unavailable);
    return;
  }

  var body = { org: root.dataset.org };
  if (root.dataset.entry) body.entry = root.dataset.entry;
  var offered = (root.dataset.languages || '').split(',').filter(Boolean);
  var language = rememberedLanguage();
  var initialLocale = language ? webChatLocale(language) : chooseLocale(offered);
  document.documentElement.lang = language || primaryLanguage(initialLocale) || 'en';

  /* Set once Web Chat is rendered. */
  var switchLanguage = null;

  /* The language of a bot message (its `locale`, set from the reply's language by bots/webchat/activities.ts), else null. */
  function botLanguage(activity) {
    if (!activity || activity.type !== 'message' || !activity.from || activity.from.role !== 'bot') return null;
    return primaryLanguage(activity.locale);
  }

  /* Web Chat store middleware: watches incoming bot messages; a language change re-renders after the dispatch. */
  function followLanguageMiddleware() {
    return function (next) {
      return function (action) {
        var result = next(action);
        var incoming = action && action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload ? botLanguage(action.payload.activity) : null;
        if (incoming && incoming !== language) {
          language = incoming;
          window.setTimeout(function () {
            if (switchLanguage && incoming === language) switchLanguage(incoming);
          }, 0);
        }
        return result;
      };
    };
  }

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
      var options = {
        directLine: directLine,
        store: window.WebChat.createStore({}, followLanguageMiddleware),
        styleOptions: styleOptions(root.dataset.colour || ''),
        locale: initialLocale,
        groupActivitiesMiddleware: groupActivitiesMiddleware,
        avatarMiddleware: avatarMiddleware,
        attachmentMiddleware: attachmentMiddleware,
      };
      /* The bot answers in another language: the page and Web Chat's own strings follow (same store, transcript kept). */
      switchLanguage = function (next) {
        language = next;
        rememberLanguage(next);
        document.documentElement.lang = next;
        options = Object.assign({}, options, { locale: webChatLocale(next) });
        window.WebChat.renderWebChat(options, target);
      };
      window.WebChat.renderWebChat(options, target);
      root.setAttribute('data-ready', 'true');
    })
    .catch(function () {
      showStatus(TEXTS.unavailable);
    });
})();
