/**
 * Puppeteer (used by whatsapp-web.js) must never download a browser of its own:
 * the project runs Debian's Chromium at /usr/bin/chromium (configurable).
 * @type {import("puppeteer").Configuration}
 */
module.exports = { skipDownload: true };
