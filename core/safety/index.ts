/**
 * Safety: recognising people in danger before anything else happens to their
 * message. Public API of core/safety; other modules import only from here.
 */
export { CRISIS_KINDS, MODEL_CUE, crisisTopics, detectCrisis, type CrisisKind, type CrisisSignal } from './crisis.ts';
export { NATIONAL_CARD, NATIONAL_SERVICES, safetyCard, type SafetyContact, type SafetyService } from './safety-card.ts';
