import type { SafetyCardEntry } from '../content/index.ts';
import type { CrisisKind } from './crisis.ts';

/**
 * The safety card: the numbers an urgent message is answered with, before
 * anything else. National defaults per crisis kind, then the municipality's
 * own entries (`Organization.settings.safetyCard`: its crisis line, its
 * outreach team) for that kind. Pure data; the words around the numbers are
 * fixed texts in flows/texts (`safety`), rendered by the conversation core.
 *
 * The national numbers (checked December 2026):
 * - 112: emergencies (police, fire brigade, ambulance), free;
 * - 113 Zelfmoordpreventie: 0800-0113, free, day and night; chat on 113.nl;
 * - Veilig Thuis: 0800-2000, free, day and night, violence at home;
 * - FairWork: 020 760 08 09, fairwork.nu, confidential help for exploited workers;
 * - Nederlandse Arbeidsinspectie: 0800-5151, free, reports of exploitation at work;
 * - Het Juridisch Loket: 0800-8020, free legal advice (also about being put out of one's home).
 */

/** National services, described to the person in their language (flows/texts `safety.services`). */
export type SafetyService = 'emergency' | 'suicidePrevention' | 'domesticViolence' | 'fairWork' | 'labourInspectorate' | 'legalAid';

/** One line of the card. */
export interface SafetyContact {
  /** As shown, never translated: a proper name ("Veilig Thuis", "Outreach team Demostad"). */
  name: string;
  /** For national entries: which service, so the card can say what it is for in the person's language. */
  service?: SafetyService;
  phone?: string;
  url?: string;
  /** What the link is: a chat (113) or a website. */
  urlKind?: 'chat' | 'website';
  /** True for the municipality's own entries. */
  local?: boolean;
}

/** The national services with their numbers. */
export const NATIONAL_SERVICES: Readonly<Record<SafetyService, SafetyContact>> = {
  emergency: { name: '112', service: 'emergency', phone: '112' },
  suicidePrevention: { name: '113 Zelfmoordpreventie', service: 'suicidePrevention', phone: '0800-0113', url: 'https://www.113.nl', urlKind: 'chat' },
  domesticViolence: { name: 'Veilig Thuis', service: 'domesticViolence', phone: '0800-2000' },
  fairWork: { name: 'FairWork', service: 'fairWork', phone: '020 760 08 09', url: 'https://www.fairwork.nu', urlKind: 'website' },
  labourInspectorate: { name: 'Nederlandse Arbeidsinspectie', service: 'labourInspectorate', phone: '0800-5151' },
  legalAid: { name: 'Het Juridisch Loket', service: 'legalAid', phone: '0800-8020' },
};

/**
 * Which national services each kind of danger gets, in the order shown.
 * 112 is on every card: in acute danger it comes first; for the other kinds
 * the service for that situation comes first and 112 after it, for when the
 * danger is there right now (someone threatens, locks in, uses force).
 * Being put out of one's housing tonight has no national crisis line: 112
 * when force is used, free legal advice, and above all the municipality's
 * own line or outreach team, which it adds in its settings.
 */
export const NATIONAL_CARD: Readonly<Record<CrisisKind, readonly SafetyService[]>> = {
  acute: ['emergency'],
  suicide: ['suicidePrevention', 'emergency'],
  domestic: ['domesticViolence', 'emergency'],
  exploitation: ['fairWork', 'labourInspectorate', 'emergency'],
  eviction: ['emergency', 'legalAid'],
};

/**
 * The card for one kind of danger: the national services, then the
 * municipality's entries that apply to this kind (an entry without `kinds`
 * applies to all), in the order the municipality gave them. `also`, a second
 * kind the message may be, adds its services and entries after the first
 * kind's.
 */
export function safetyCard(kind: CrisisKind, local: readonly SafetyCardEntry[] = [], also?: CrisisKind): SafetyContact[] {
  const kinds = also && also !== kind ? [kind, also] : [kind];
  const national = [...new Set(kinds.flatMap((k) => NATIONAL_CARD[k]))].map((service) => NATIONAL_SERVICES[service]);
  const own = local
    .filter((entry) => !entry.kinds || kinds.some((k) => entry.kinds!.includes(k)))
    .map((entry): SafetyContact => ({
      name: entry.name,
      ...(entry.phone ? { phone: entry.phone } : {}),
      ...(entry.url ? { url: entry.url, urlKind: 'website' as const } : {}),
      local: true,
    }));
  return [...national, ...own];
}
