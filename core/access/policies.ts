import type { MembershipRole, OrganizationKind, StaffPrincipal } from '../staff/index.ts';

/**
 * Who may do what: every access rule of the staff API, named, in one place.
 * Routes ask these functions and never look at roles themselves; each rule is
 * a pure function of the signed-in principal and the organization concerned,
 * so the isolation matrix test (tests/integration/isolation-matrix.test.ts)
 * can walk every role against every kind of layer.
 *
 * The layers: the national library (national editors), regions (their
 * municipalities inherit the region's tiles), municipalities, and employer
 * and housing-provider layers (shown in the municipalities where an
 * administrator made them active). Editors edit only their own layer; a
 * municipality's staff read the national library, their region's and the
 * employer and housing-provider layers active in their municipality.
 */

/** An organization as the policies need it; `activeIn` only for employers and housing providers. */
export interface LayerRef {
  id: string;
  kind: OrganizationKind;
  /** A municipality's region; an employer's or housing provider's home municipality. */
  parentId: string | null;
  /** Employer and housing-provider layers: the municipalities where the layer is active. */
  activeIn?: readonly string[];
}

/** What a staff member may do with a layer's content: the studio answers 404 for `none`, 403 for a write with `read`. */
export type LayerAccess = 'none' | 'read' | 'edit';

const EDIT_ROLES: readonly MembershipRole[] = ['editor', 'admin'];

function holds(principal: StaffPrincipal, organizationId: string, roles?: readonly MembershipRole[]): boolean {
  return principal.memberships.some((m) => m.organizationId === organizationId && (!roles || roles.includes(m.role)));
}

function holdsIn(principal: StaffPrincipal, kind: OrganizationKind, roles?: readonly MembershipRole[]): boolean {
  return principal.memberships.some((m) => m.kind === kind && (!roles || roles.includes(m.role)));
}

/** May edit the layer's tiles (create, save, publish, schedule, restore): its editors and administrators. */
export function mayEditLayer(principal: StaffPrincipal, layer: LayerRef): boolean {
  return holds(principal, layer.id, EDIT_ROLES);
}

/**
 * May read the layer's tiles: its own staff; every staff member for the
 * national library; for a region, the staff of its municipalities; for an
 * employer or housing provider, the staff of a municipality where it is active.
 */
export function maySeeLayer(principal: StaffPrincipal, layer: LayerRef): boolean {
  if (holds(principal, layer.id)) return true;
  switch (layer.kind) {
    case 'national':
      return principal.memberships.length > 0;
    case 'region':
      return principal.memberships.some((m) => m.kind === 'municipality' && m.parentId === layer.id);
    case 'employer':
    case 'housing_provider':
      return (layer.activeIn ?? []).some((municipalityId) => holds(principal, municipalityId));
    default:
      return false;
  }
}

/**
 * May write the translations of the layer's tiles (edit in place, mark machine text as checked, XLIFF export and
 * import): its translators, editors and administrators. The source text and the monthly DeepL budget stay with
 * editors ({@link mayEditLayer}).
 */
export function mayTranslateLayer(principal: StaffPrincipal, layer: LayerRef): boolean {
  return holds(principal, layer.id, [...EDIT_ROLES, 'translator']);
}

/** `edit`, `read` or `none`: the one answer the studio's routes turn into 200, 403 or 404. */
export function layerAccess(principal: StaffPrincipal, layer: LayerRef): LayerAccess {
  if (mayEditLayer(principal, layer)) return 'edit';
  return maySeeLayer(principal, layer) ? 'read' : 'none';
}

/** May choose which national and regional tiles a municipality shows, hide them and add local additions. */
export function mayManageSubscriptions(principal: StaffPrincipal, municipality: LayerRef): boolean {
  return municipality.kind === 'municipality' && mayEditLayer(principal, municipality);
}

/** May read and answer the municipality's conversations in the inbox. */
export function maySeeConversations(principal: StaffPrincipal, municipalityId: string): boolean {
  return holds(principal, municipalityId, ['outreach_worker']);
}

/**
 * The municipalities whose conversations the principal may see
 * ({@link maySeeConversations}); an employer's outreach worker has none.
 */
export function conversationMunicipalities(principal: StaffPrincipal): string[] {
  return principal.memberships
    .filter((m) => m.kind === 'municipality' && maySeeConversations(principal, m.organizationId))
    .map((m) => m.organizationId);
}

/**
 * May open the inbox: outreach workers of any organization. What the inbox
 * shows them is limited to {@link conversationMunicipalities} (an employer's
 * outreach worker sees an empty inbox rather than a refusal).
 */
export function mayUseInbox(principal: StaffPrincipal): boolean {
  return principal.memberships.some((m) => m.role === 'outreach_worker');
}

/** Is a member of the organization (any role): may know it exists, so a refusal there is 403 rather than 404. */
export function isMemberOf(principal: StaffPrincipal, organizationId: string): boolean {
  return holds(principal, organizationId);
}

/** May link the WhatsApp phone (sees the session's QR code on the channel status): administrators. */
export function mayLinkChannels(principal: StaffPrincipal): boolean {
  return principal.memberships.some((m) => m.role === 'admin');
}

/**
 * May read the organization's reports: its analysts and administrators, and
 * those of the region above a municipality and of the national organization.
 */
export function mayReadReports(principal: StaffPrincipal, organization: LayerRef): boolean {
  const roles: readonly MembershipRole[] = ['analyst', 'admin'];
  if (holds(principal, organization.id, roles) || holdsIn(principal, 'national', roles)) return true;
  return organization.kind === 'municipality' && organization.parentId !== null && holds(principal, organization.parentId, roles);
}

/** What a staff member may read of an organization's reports ({@link reportScope}). */
export type ReportScope = 'full' | 'layer_only' | 'none';

/** Roles that read reports (read-only for editors: reports are never written). */
const REPORT_ROLES: readonly MembershipRole[] = ['analyst', 'admin', 'editor'];

/**
 * What the principal may read of the organization's reports (issue 13, "who sees what"):
 * - a municipality: `full` for its analysts, administrators and editors, and those of its region;
 * - a region: `full` for its own analysts, administrators and editors (its municipalities' figures, each protected on its own);
 * - the national organization: `full` for its analysts, administrators and editors (national figures, national tiles);
 * - an employer or housing provider: `layer_only` for its own analysts, administrators and editors: how often its own
 *   tiles were shown and how many chats started through its codes, never themes, outcomes or handoffs of the people
 *   who came in through them (the inbox's conflict-of-interest rule);
 * - anyone else: `none` (the routes answer 404, or 403 to the organization's own members).
 */
export function reportScope(principal: StaffPrincipal, organization: LayerRef): ReportScope {
  switch (organization.kind) {
    case 'municipality':
      return holds(principal, organization.id, REPORT_ROLES) || (organization.parentId !== null && holds(principal, organization.parentId, REPORT_ROLES))
        ? 'full' : 'none';
    case 'region':
    case 'national':
      return holds(principal, organization.id, REPORT_ROLES) ? 'full' : 'none';
    case 'employer':
    case 'housing_provider':
      return holds(principal, organization.id, REPORT_ROLES) ? 'layer_only' : 'none';
    default:
      return 'none';
  }
}

/** May read any report of the organization ({@link reportScope} is not `none`). */
export function mayReadReportsOf(principal: StaffPrincipal, organization: LayerRef): boolean {
  return reportScope(principal, organization) !== 'none';
}

/**
 * May see the organization's content gaps (unanswered questions and "not helpful" answers, scrubbed, grouped) and act
 * on them (add as an example, draft a tile, dismiss; a tile is changed only with {@link mayEditLayer} on its layer):
 * a municipality's editors and administrators see their municipality's; the national organization's see those of
 * national tiles across municipalities. Other kinds of organization have no gap view.
 */
export function maySeeContentGaps(principal: StaffPrincipal, organization: LayerRef): boolean {
  return (organization.kind === 'municipality' || organization.kind === 'national') && holds(principal, organization.id, EDIT_ROLES);
}

/** May invite staff, disable accounts and issue password-reset links: the organization's administrators and national administrators. */
export function mayManageStaff(principal: StaffPrincipal, organizationId: string): boolean {
  return holds(principal, organizationId, ['admin']) || holdsIn(principal, 'national', ['admin']);
}

/**
 * May create and change the municipality's entry codes: its editors and
 * administrators for the municipality alone; with an employer or housing
 * provider layer (which must be active there), its administrators only.
 */
export function mayManageEntryCodes(principal: StaffPrincipal, municipalityId: string, withLayer: boolean): boolean {
  return holds(principal, municipalityId, withLayer ? ['admin'] : EDIT_ROLES);
}

/** May see the municipality's entry codes, links and counts: its editors, administrators and outreach workers. */
export function maySeeEntryCodes(principal: StaffPrincipal, municipalityId: string): boolean {
  return holds(principal, municipalityId, ['editor', 'admin', 'outreach_worker']);
}

/** May change the organization's settings (name, branding, languages, office hours, safety card...): its administrators. */
export function mayManageSettings(principal: StaffPrincipal, organizationId: string): boolean {
  return holds(principal, organizationId, ['admin']);
}

/** May read and export the organization's audit log: its administrators. */
export function mayReadAuditLog(principal: StaffPrincipal, organizationId: string): boolean {
  return holds(principal, organizationId, ['admin']);
}

/**
 * May create organizations, set where employers and housing providers are
 * active and change deployment-wide settings (the default municipality):
 * national administrators.
 */
export function mayManageOrganizations(principal: StaffPrincipal): boolean {
  return holdsIn(principal, 'national', ['admin']);
}
