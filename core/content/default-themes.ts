/**
 * The themes every installation starts with. Seeded by `npm run db:seed` (and
 * by the first tile import into an empty database); editors may rename,
 * reorder or deactivate them afterwards, so seeding never overwrites a theme
 * that exists.
 */
export interface DefaultTheme {
  key: string;
  /** Display names per language code; other languages are added by editors. */
  names: { en: string; nl: string };
  icon: string;
}

export const DEFAULT_THEMES: readonly DefaultTheme[] = [
  { key: 'registration', names: { en: 'Registration', nl: 'Inschrijving' }, icon: '🪪' },
  { key: 'work', names: { en: 'Work', nl: 'Werk' }, icon: '🛠️' },
  { key: 'income', names: { en: 'Income and taxes', nl: 'Inkomen en belasting' }, icon: '💶' },
  { key: 'housing', names: { en: 'Housing', nl: 'Wonen' }, icon: '🏠' },
  { key: 'health', names: { en: 'Health', nl: 'Gezondheid' }, icon: '🩺' },
  { key: 'language', names: { en: 'Learning Dutch', nl: 'Nederlands leren' }, icon: '🗣️' },
  { key: 'family', names: { en: 'Family and children', nl: 'Gezin en kinderen' }, icon: '👪' },
  { key: 'practical', names: { en: 'Practical matters', nl: 'Praktische zaken' }, icon: '🧾' },
  { key: 'leisure', names: { en: 'Leisure', nl: 'Vrije tijd' }, icon: '⚽' },
  { key: 'help', names: { en: 'Help and emergencies', nl: 'Hulp en noodgevallen' }, icon: '🆘' },
  { key: 'abuse', names: { en: 'Exploitation and abuse', nl: 'Uitbuiting en misbruik' }, icon: '🛡️' },
];
