/**
 * Staff accounts: password hashing (argon2id), sign-in with lockout, the
 * principal (who is signed in, with roles per organization), sessions in
 * Redis and the account commands. HTTP lives in admin/auth; this module
 * takes explicit arguments and never sees a request.
 */
export {
  ARGON2_PARAMS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  hashPassword,
  passwordNeedsRehash,
  passwordProblem,
  verifyPassword,
} from './password.ts';
export { authenticate, normalizeEmail, type SignInGuard } from './authenticate.ts';
export { DEFAULT_LOCKOUT, LoginThrottle, type LockoutPolicy, type LoginCheck } from './login-throttle.ts';
export {
  MEMBERSHIP_ROLES,
  UI_LANGUAGES,
  credentialStamp,
  hasRole,
  loadPrincipal,
  type LoadedPrincipal,
  type MembershipRole,
  type OrganizationKind,
  type StaffMembership,
  type StaffPrincipal,
  type UiLanguage,
} from './principal.ts';
export { StaffSessionStore, type SessionStoreOptions, type StaffSession } from './session-store.ts';
export {
  changeStaffPassword,
  createStaffUser,
  setStaffUserDisabled,
  type NewStaffUser,
  type SessionRevoker,
} from './staff-users.ts';
export { randomToken, secretsEqual, sha256Hex } from './tokens.ts';
export {
  INVITATION_TTL_MS,
  PASSWORD_RESET_TTL_MS,
  STAFF_TOKEN_PATTERN,
  inspectStaffToken,
  issueStaffToken,
  redeemStaffToken,
  type IssuedStaffToken,
  type StaffTokenInfo,
  type StaffTokenKind,
} from './staff-tokens.ts';
export {
  inviteStaff,
  issuePasswordReset,
  listStaff,
  setStaffDisabled,
  setStaffRoles,
  setStaffUiLanguage,
  type StaffActor,
  type StaffInvitation,
  type StaffMember,
  type StaffOrganization,
} from './staff-admin.ts';
