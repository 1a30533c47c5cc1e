/** Named access policies of the staff API (see policies.ts). */
export {
  layerAccess,
  mayEditLayer,
  mayManageEntryCodes,
  mayManageOrganizations,
  mayManageSettings,
  mayManageStaff,
  mayManageSubscriptions,
  mayReadAuditLog,
  mayReadReports,
  maySeeConversations,
  maySeeEntryCodes,
  maySeeLayer,
  type LayerAccess,
  type LayerRef,
} from './policies.ts';
