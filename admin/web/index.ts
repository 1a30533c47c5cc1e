/**
 * The staff UI (served by the admin app): for now the sign-in page and the
 * shared session script (`staff-session.js`: CSRF header, sign-out buttons)
 * that the inbox pages will load too.
 */
export { loginPagePlugin, renderLoginPage } from './login-page.ts';
export { STAFF_PAGE_CSP, staffPageHeaders, staffDocument } from './staff-page.ts';
export { safeNextPath, NEXT_MAX_LENGTH } from './safe-next.ts';
export { assetUrl, loadStaticAssets, staticAssetRoute, STAFF_ASSETS_PREFIX, type StaticAsset, type StaticAssets } from './static-assets.ts';
