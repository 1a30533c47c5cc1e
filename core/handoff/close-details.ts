/**
 * What an outreach worker records when closing a handed-off conversation,
 * besides the outcome: the agency the person was referred to, their kind of
 * employment and housing. Optional, anonymous (HandoffRecord), for the
 * municipality's reports. Pure data: the staff app imports it too.
 */

/** How a worker may close a conversation. */
export const CLOSE_OUTCOMES = ['resolved', 'referred', 'no_response', 'other'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/** Through an employment agency, employed directly, self-employed. */
export const EMPLOYMENT_TYPES = ['agency', 'direct', 'self_employed'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Housing from the employer (or its agency), rented privately, other. */
export const HOUSING_TYPES = ['employer', 'private_rent', 'other'] as const;
export type HousingType = (typeof HOUSING_TYPES)[number];

/** Longest agency name (as Organization.settings.referralAgencies allows). */
export const MAX_AGENCY_LENGTH = 120;

/**
 * The agencies a worker can pick when the municipality has not listed its
 * own (Organization.settings.referralAgencies); its own desks are added by
 * name (see referralAgencyNames).
 */
export const DEFAULT_REFERRAL_AGENCIES = ['Juridisch Loket', 'FairWork', 'Nederlandse Arbeidsinspectie', 'Veilig Thuis', 'GGD'] as const;

/** The closing details beside the outcome; each may be left out. */
export interface CloseDetails {
  /** One of the municipality's referral agencies (closeOptions). */
  agency?: string;
  employmentType?: EmploymentType;
  housingType?: HousingType;
}

/** The choices the close form offers for one conversation. */
export interface CloseOptions {
  outcomes: readonly CloseOutcome[];
  agencies: string[];
  employmentTypes: readonly EmploymentType[];
  housingTypes: readonly HousingType[];
}

/**
 * The municipality's referral agencies by name: its own list when it has
 * one, else the national defaults and its own desks (the municipality's name).
 */
export function referralAgencyNames(listed: ReadonlyArray<{ name: string }>, municipalityName: string): string[] {
  if (listed.length > 0) return [...new Set(listed.map((a) => a.name.trim()).filter(Boolean))];
  return [...DEFAULT_REFERRAL_AGENCIES, municipalityName];
}
