/**
 * Staff authentication over HTTP: register {@link staffAuthPlugin} once, then
 * guard staff routes with `app.requireStaff({ role })`.
 */
export { staffAuthPlugin, type StaffAuthOptions } from './staff-auth-plugin.ts';
export type { RequireStaffOptions, StaffGuard } from './require-staff.ts';
export type { WindowLimit } from './auth-routes.ts';
export { CSRF_HEADER, STATE_CHANGING_METHODS, originAllowed } from './csrf.ts';
export { SESSION_COOKIE } from './session-cookie.ts';
