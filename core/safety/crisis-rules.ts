/**
 * Combines the cues found in a message into a verdict, following the rules
 * of data/rules.json in order: the first rule whose roles are all present,
 * close together and from one language (words of the `mixable` languages,
 * Dutch and English, count for any language unless the rule says
 * `mixed: false`), and that no counter role cancels (counter roles count from
 * the rule's language and from the message's own), decides the kind.
 */
import type { Language } from '../languages/index.ts';
import type { CrisisSignal } from './crisis-kind.ts';
import { CRISIS_RULES } from './crisis-lexicon.ts';
import type { CueHit } from './cue-matcher.ts';

const MIXABLE: ReadonlySet<Language> = new Set(CRISIS_RULES.mixable);
const OVERRIDES: Readonly<Record<string, string[]>> = CRISIS_RULES.overrides ?? {};

/**
 * Whether counter role `role` is present in the message, read without the
 * typo pass ("gereden" is not "geleden") and without inflection stems
 * ("kouře", smoke, is not "kouřit", to smoke), and not voided by an override role
 * ("still" voids "yesterday").
 */
function cancels(role: string, views: (Map<string, CueHit[]> | undefined)[]): boolean {
  if (!views.some((v) => v?.get(role)?.some((h) => !h.typo && !h.stem))) return false;
  const voiders = OVERRIDES[role];
  return !voiders?.some((o) => views.some((v) => v?.has(o)));
}

/** One hit per role, all within `window` tokens of each other (and, when `distinct`, on different tokens), or undefined. */
function combination(byRole: CueHit[][], window: number, distinct: boolean, chosen: CueHit[] = []): CueHit[] | undefined {
  if (chosen.length === byRole.length) return chosen;
  next: for (const hit of byRole[chosen.length]) {
    let start = hit.start;
    let end = hit.end;
    for (const h of chosen) {
      if (distinct && h.start < hit.end && hit.start < h.end) continue next;
      if (h.start < start) start = h.start;
      if (h.end > end) end = h.end;
    }
    if (end - start - 1 > window) continue;
    const found = combination(byRole, window, distinct, [...chosen, hit]);
    if (found) return found;
  }
  return undefined;
}

/** The hits a message in `lang` can use (its own and, when `mixed`, the mixable languages'), by role. */
function hitsByRole(hits: CueHit[], lang: Language, mixed: boolean): Map<string, CueHit[]> {
  const byRole = new Map<string, CueHit[]>();
  for (const h of hits) {
    if (h.lang !== lang && !(mixed && MIXABLE.has(h.lang))) continue;
    const list = byRole.get(h.role);
    if (list) list.push(h);
    else byRole.set(h.role, [h]);
  }
  return byRole;
}

/**
 * The first rule that fires on `hits`, as a signal, or undefined. `hint`
 * (the detected language) is tried first; then every language a cue came from.
 */
export function applyRules(hits: CueHit[], hint?: Language): CrisisSignal | undefined {
  if (hits.length === 0) return undefined;
  const langs: Language[] = hint ? [hint] : [];
  for (const h of hits) if (!langs.includes(h.lang)) langs.push(h.lang);
  const views = langs.map((lang) => hitsByRole(hits, lang, true));
  const ownViews = langs.map((lang) => hitsByRole(hits, lang, false));
  // Counter roles in the message's own language cancel a rule in every view: a
  // Polish "how do I report" also answers the Slovak reading of "włamanie teraz".
  const hintRoles = hint ? views[0] : undefined;
  for (const rule of CRISIS_RULES.rules) {
    for (const byRole of rule.mixed === false ? ownViews : views) {
      const lists = rule.roles.map((role) => byRole.get(role));
      if (lists.some((l) => l === undefined)) continue;
      if (rule.unless?.some((role) => cancels(role, [byRole, hintRoles]))) continue;
      const found = combination(lists as CueHit[][], rule.window ?? CRISIS_RULES.defaultWindow, rule.distinct === true);
      if (found) return { kind: rule.kind, cues: found.map((h) => `${h.role}:${h.lang}`) };
    }
  }
  return undefined;
}
