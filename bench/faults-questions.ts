/**
 * What the people of the fault scenario ask: Polish questions that the
 * sample library's municipality `testdorp` (tests/fixtures/engine-library.ts)
 * answers with a tile, none of them a request for a person, an emergency or
 * a sensitive subject, so that every message gets a reply and the bot never
 * hands the chat to people (where it would rightly stay silent).
 */
export const FAULT_QUESTIONS: string[] = [
  'Jak dostać numer BSN?',
  'Gdzie się zameldować?',
  'Ile wynosi płaca minimalna za godzinę?',
  'Agencja płaci za mało, czy to legalne?',
  'Czy potrzebuję holenderskiego ubezpieczenia?',
  'Czy mogę sam wybrać ubezpieczyciela?',
  'Do którego pojemnika plastik?',
  'Kiedy wywożą śmieci?',
  'Gdzie dostanę numer BSN w gminie?',
  'Jaka jest płaca minimalna w Holandii?',
  'Czy muszę mieć ubezpieczenie zdrowotne w Holandii?',
  'Gdzie wyrzucić papier i szkło?',
];
