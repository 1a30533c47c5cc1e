/**
 * The themes every installation starts with. Seeded by `npm run db:seed` (and
 * by the first tile import into an empty database); editors may rename,
 * reorder or deactivate them afterwards, so seeding never overwrites a theme
 * that exists.
 */
export interface DefaultTheme {
  key: string;
  /**
   * Display names in English and Dutch (the same as flows/texts, which has all
   * 18 languages; `npm run db:seed` stores those). Editors may rename them.
   */
  names: { en: string; nl: string };
  icon: string;
}

export const DEFAULT_THEMES: readonly DefaultTheme[] = [
  { key: 'registration', names: { en: 'Registration & BSN', nl: 'Inschrijving & BSN' }, icon: '🪪' },
  { key: 'work', names: { en: 'Work', nl: 'Werk' }, icon: '🛠️' },
  { key: 'income', names: { en: 'Pay & allowances', nl: 'Loon & toeslagen' }, icon: '💶' },
  { key: 'housing', names: { en: 'Housing', nl: 'Wonen' }, icon: '🏠' },
  { key: 'health', names: { en: 'Health & insurance', nl: 'Gezondheid & verzekering' }, icon: '🩺' },
  { key: 'language', names: { en: 'Learning Dutch', nl: 'Nederlands leren' }, icon: '🗣️' },
  { key: 'family', names: { en: 'Family & school', nl: 'Gezin & school' }, icon: '👪' },
  { key: 'practical', names: { en: 'Practical matters', nl: 'Praktische zaken' }, icon: '🧾' },
  { key: 'leisure', names: { en: 'Free time', nl: 'Vrije tijd' }, icon: '⚽' },
  { key: 'help', names: { en: 'Help & emergencies', nl: 'Hulp & noodgevallen' }, icon: '🆘' },
  { key: 'abuse', names: { en: 'Exploitation & discrimination', nl: 'Uitbuiting & discriminatie' }, icon: '🛡️' },
];
