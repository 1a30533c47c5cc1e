import { describe, expect, it } from 'vitest';
import type { Language } from '../languages/index.ts';
import { detectHandoffIntent } from './handoff-intent.ts';
import { HANDOFF_CASES as CASES } from './testing/handoff-cases.ts';
import { ROUND3_HANDOFF_CASES } from './testing/handoff-cases-round3.ts';

const rows = (want: 'yes' | 'no', cases: Record<Language, { yes: string[]; no: string[] }> = CASES) =>
  (Object.entries(cases) as Array<[Language, { yes: string[]; no: string[] }]>)
    .flatMap(([lang, c]) => c[want].map((text) => [lang, text] as const));

describe('detectHandoffIntent', () => {
  it.each(rows('yes'))('%s: asks for a person: %s', (_lang, text) => {
    expect(detectHandoffIntent(text).matched).toBe(true);
  });

  it.each(rows('no'))('%s: asks for information: %s', (_lang, text) => {
    expect(detectHandoffIntent(text).matched).toBe(false);
  });

  it.each(rows('yes', ROUND3_HANDOFF_CASES))('%s: asks for a person, chat style: %s', (_lang, text) => {
    expect(detectHandoffIntent(text).matched).toBe(true);
  });

  it.each(rows('no', ROUND3_HANDOFF_CASES))('%s: not a request of the user (a colleague\'s wish, negated, about staff): %s', (_lang, text) => {
    expect(detectHandoffIntent(text).matched).toBe(false);
  });

  it.each([
    'human', 'persoon', 'człowiek', 'operator', '/human', '/agent', 'a human please', 'HUMAN!!', 'humna',
  ])('short command %s', (text) => {
    expect(detectHandoffIntent(text).matched).toBe(true);
  });

  it.each(['human trafficking', 'are you human?', 'employee rights', 'humor', 'human resources'])('not a command: %s', (text) => {
    expect(detectHandoffIntent(text).matched).toBe(false);
  });

  it.each([
    ['callback request', 'Kan iemand mij terugbellen?'],
    ['callback request', 'czy ktos moze do mnie zadzwonic?'],
    ['callback request', 'Ma poate suna cineva?'],
    ['asks whether someone can be called', 'Is there anyone I can call?'],
    ['chatbot phrasing', 'transfer me to a live agent'],
    ['someone inside a gapped phrase', 'Potřebuji, aby mi někdo z úřadu zavolal'],
  ])('%s: %s', (_why, text) => {
    expect(detectHandoffIntent(text).matched).toBe(true);
  });

  it.each([
    ['"we are not robots" is about work', 'we are people, not robots'],
    ['"not a machine" is about work', 'I am not a machine, I cannot work 14 hours'],
    ['"someone" with an obligation to call', 'Do I need to call someone when I am sick?'],
    ['the employment agent is not our staff', 'Should I call the agent about my contract?'],
    ['descriptive "first person"', 'Who is the first person to contact when I am ill?'],
    ['a companion, not a contact', 'Can I bring a person with me to the appointment at the municipality?'],
    ['speaking a language is not talking to us', 'Czy urzędnik mówi po angielsku?'],
    ['ro "cât" is not "chat"', 'Ai nevoie de cineva care să aibă grijă de copii cât timp lucrezi?'],
    ['nl "om" is not ro "om" (human)', 'Teken geen overeenkomst om uw contract te beëindigen'],
    ['a legal advisor is a third party', 'ev sahibiyle sorunum var, ücretsiz avukat ya da hukuk danışmanı nereden bulurum?'],
    ['a past conversation with agency staff', 'Rozmawiałem z pracownikiem agencji i powiedział, że muszę płacić za dom'],
  ])('not a request (%s): %s', (_why, text) => {
    expect(detectHandoffIntent(text).matched).toBe(false);
  });

  it('tolerates a typo next to the other half of the request', () => {
    expect(detectHandoffIntent('can i talk to a real preson').matched).toBe(true);
    expect(detectHandoffIntent('chcę porozmawiać z człowiekeim').matched).toBe(true);
    expect(detectHandoffIntent('can I speak to an emplyee?').matched).toBe(true);
  });

  it('explains what fired', () => {
    const result = detectHandoffIntent('kan ik iemand van de gemeente spreken?');
    expect(result.evidence).toContain('staff+talk:nl');
  });

  it('takes a callback request as a request on its own, and names it', () => {
    expect(detectHandoffIntent('bel me terug').evidence).toContain('callback:nl');
    expect(detectHandoffIntent('sunați-mă').evidence).toContain('callback:ro');
  });

  it('lets a negation cancel only the request it stands before, in the same clause', () => {
    expect(detectHandoffIntent("I don't want to talk to anyone").matched).toBe(false);
    expect(detectHandoffIntent("I don't understand this letter. Can I talk to a person?").matched).toBe(true);
    expect(detectHandoffIntent("I don't want the bot, give me a person").matched).toBe(true);
    expect(detectHandoffIntent('no need to call me, thanks').matched).toBe(false);
    expect(detectHandoffIntent('kimseyle konuşmak istemiyorum').matched).toBe(false);
    expect(detectHandoffIntent('bel me niet').matched).toBe(false);
    expect(detectHandoffIntent('ik wil niet met iemand praten').matched).toBe(false);
    expect(detectHandoffIntent('ik weet het niet ik wil een mens spreken').matched).toBe(true);
    expect(detectHandoffIntent('nie wiem chce rozmawiac z czlowiekiem').matched).toBe(true);
    expect(detectHandoffIntent('no thanks i want a person').matched).toBe(true);
  });

  it('takes "who can I talk to about this" and meeting "you" in person as requests, a named topic only in a short command', () => {
    expect(detectHandoffIntent('who can i talk to?').matched).toBe(true);
    expect(detectHandoffIntent('who do I speak with about my problem').matched).toBe(true);
    expect(detectHandoffIntent('who do I need to tell that I moved?').matched).toBe(false);
    expect(detectHandoffIntent('who pays for my health insurance?').matched).toBe(false);
    expect(detectHandoffIntent('can you explain my payslip').matched).toBe(false);
  });

  it('does not take somebody else\'s wish for a person for the user\'s, unless the user is in it', () => {
    expect(detectHandoffIntent('my wife wants to talk to someone from the gemeente').matched).toBe(false);
    expect(detectHandoffIntent('szef chce ze mna porozmawiac').matched).toBe(false);
    expect(detectHandoffIntent('my friend said I should talk to someone at the gemeente').matched).toBe(true);
  });

  it('does not take somebody else\'s call for a request', () => {
    expect(detectHandoffIntent('my boss said he will call me back').matched).toBe(false);
    expect(detectHandoffIntent('if they call me from the agency, what do I say?').matched).toBe(false);
  });

  it('returns not matched for empty, blank and emoji-only text', () => {
    for (const text of ['', '   ', '👍', '🙂🙏🏻', '???']) {
      expect(detectHandoffIntent(text)).toEqual({ matched: false, evidence: [] });
    }
  });

  it('handles very long text, with and without a request in it', () => {
    const filler = 'My contract ends next month and I want to know about my holiday pay and the rent. ';
    const long = filler.repeat(Math.ceil(10_000 / filler.length)).slice(0, 10_000);
    expect(detectHandoffIntent(long).matched).toBe(false);
    expect(detectHandoffIntent(`${long} Can I talk to a real person?`).matched).toBe(true);
  });
});

/** The examples of the task description, as a regression table. */
describe('detectHandoffIntent on the reference examples', () => {
  it.each([
    'can i talk to a real person please',
    "I'd rather explain this to someone from the office. Is there an employee I could chat with?",
    'kan ik iemand van de gemeente spreken?',
    'ik wil graag met een medewerker bellen',
    'Czy jest ktoś w urzędzie, kto mówi po polsku? Wolę porozmawiać z człowiekiem.',
    'vreau să vorbesc cu un om, nu cu robotul',
    'mozhe li da govorya s nyakoi ot obshtinata po telefona?',
    'хочу записатися на прийом до працівника, щоб пояснити свою ситуацію особисто',
    'beszélhetnék egy ügyintézővel?',
    'bir yetkiliyle konuşmak istiyorum',
    'norėčiau pasikalbėti su žmogumi',
    'chce porozmawiac z czlowiekiem',
    'puteti sa ma puneti in legatura cu cineva',
    'iskam da govorya s zhiv chovek',
    'mozhna pohovoryty z lyudynoyu',
  ])('handoff: %s', (text) => {
    expect(detectHandoffIntent(text).matched).toBe(true);
  });

  it.each([
    'who can translate and explain a letter from the municipality?',
    'pryishov lyst z gemeente, hto mozhe pereklasty i poyasnyty?',
    'my employer took my passport, what can I do',
    'the agency worker says I must leave the house in 3 days',
    'how many hours may a worker work per week?',
    'do I need to tell the municipality my new address?',
    'where can I find a doctor who speaks English?',
    'can I talk to my boss about a pay rise?',
    'who do I need to inform about moving?',
    'I want to complain about discrimination by a shop employee',
    'zaměstnanec agentury na mě křičí',
  ])('not handoff: %s', (text) => {
    expect(detectHandoffIntent(text).matched).toBe(false);
  });
});
