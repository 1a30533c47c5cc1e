import { describe, expect, it } from 'vitest';
import { LanguageDetector } from './language-detect.ts';
import { AnswerEngine } from './answer-engine.ts';
import { toAnswerJson } from './answer-json.ts';
import { ANSWER_TEXTS } from '../../flows/texts/index.ts';
import { SAMPLE_LIBRARY } from './testing/sample-library.ts';

const detector = new LanguageDetector();
for (const tile of SAMPLE_LIBRARY) {
  for (const [lang, c] of Object.entries(tile.content)) detector.addWords(lang as never, [c!.title, c!.body, ...c!.examples]);
}

describe('messages in a language the bot does not speak', () => {
  it.each([
    ['ru', 'Где мне найти врача?'],
    ['ru', 'Здравствуйте, мне нужна помощь с жильём'],
    ['ru', 'Как мне получить номер BSN?'],
    ['ru', 'как найти работу в Нидерландах'],
    ['ru', 'Мы живём в доме от агентства, что нам делать?'],
    ['de', 'Wie bekomme ich eine BSN Nummer?'],
    ['de', 'Ich brauche Hilfe'],
    ['de', 'Mein Arbeitgeber zahlt mir keinen Lohn'],
    ['de', 'Wo kann ich einen Arzt finden?'],
    ['fr', 'Je cherche un logement'],
    ['fr', 'Mon employeur ne me paie pas'],
    ['hr', 'Kako da dobijem BSN broj?'],
    ['sr', 'Где да нађем лекара?'],
    ['vi', 'Làm thế nào để đăng ký BSN?'],
    ['zh', '如何获得BSN号码？'],
    ['zh', '我需要帮助'],
    ['ar', 'كيف أحصل على رقم BSN؟'],
    ['ar', 'أحتاج مساعدة في السكن'],
    ['he', 'איפה אני מוצא רופא'],
    ['sq', 'Si mund të marr numrin BSN?'],
    ['da', 'Jeg har brug for hjælp'],
    ['ms', 'Saya perlu bantuan dengan perumahan'],
    ['tl', 'Paano ako makakakuha ng BSN?'],
  ])('%s: %s', (code, text) => {
    expect(detector.detect(text).foreign).toBe(code);
  });

  it.each([
    // Latin-typed Bulgarian and Ukrainian, which eld alone reads as Croatian.
    ['bg', 'kakvo da pravya s dogovora'],
    ['bg', 'kolko e minimalnata zaplata na chas'],
    ['bg', 'iskam da govorya s nyakoi ot obshtinata'],
    ['uk', 'de ya mozhu znayty likarya'],
    ['uk', 'mozhna pohovoryty z lyudynoyu'],
    // Ukrainian and Bulgarian in Cyrillic, also without their own letters.
    ['uk', 'Як отримати номер BSN?'],
    ['uk', 'Що робити, якщо роботодавець не платить?'],
    ['bg', 'Как да получа BSN номер?'],
    ['bg', 'Какво да правя?'],
    ['bg', 'Добър ден, имам въпрос'],
    ['uk', 'Користуйтеся нею лише в одного роботодавця одночасно.'],
    // Dutch, short and with typos, against German.
    ['nl', 'Ik heb gen huis meer wat moet ik doen'],
    ['nl', 'waar kan ik mijn bsn haale'],
    ['nl', 'mijn baas betaalt niet'],
    ['nl', 'ich heb hulp nodig'],
    // Neighbours of foreign languages.
    ['cs', 'Jak získat číslo BSN?'],
    ['sk', 'Potrebujem pomoc s bývaním'],
    ['sk', 'Je knižnica zadarmo?'],
    ['sl', 'Kje najdem zdravnika?'],
    ['pt', 'Preciso de ajuda com a casa'],
    ['es', 'Necesito ayuda con la vivienda'],
    ['it', 'Come ottenere il numero BSN?'],
    ['et', 'Kuidas saada BSN numbrit?'],
    ['lv', 'Kā iegūt BSN numuru?'],
    ['ro', 'Bună ziua, cum obțin BSN?'],
    ['el', 'Πού μπορώ να βρω γιατρό;'],
    // One word says too little, whatever it is.
    ['-', 'привет'],
    ['-', 'Danke'],
    ['-', 'ok'],
  ])('stays supported (%s): %s', (_lang, text) => {
    expect(detector.detect(text).foreign).toBeUndefined();
  });
});

describe('the answer engine with a foreign message', () => {
  const engine = new AnswerEngine(SAMPLE_LIBRARY, { languages: ['en', 'nl', 'pl', 'bg', 'uk'] });

  it('answers nothing from a misreading: unanswered, reason foreign-language, in English', () => {
    const answer = engine.ask('Где мне найти врача для ребёнка?');
    expect(answer).toMatchObject({ outcome: 'unanswered', reason: 'foreign-language', lang: 'en', foreign: 'ru' });
    expect(answer.tile).toBeUndefined();
    const json = toAnswerJson(answer, ANSWER_TEXTS, 'f1');
    expect(json).toMatchObject({ id: 'f1', outcome: 'unanswered', lang: 'en', tile: null, foreign: 'ru' });
  });

  it('treats an urgent message as urgent first, whatever its language', () => {
    const text = 'Пожар в доме, помогите, мы не можем выйти';
    expect(detector.detect(text).foreign).toBe('ru');
    const answer = engine.ask(text);
    expect(answer.urgent).toBeDefined();
    expect(answer.foreign).toBeUndefined();
    expect(answer.reason).not.toBe('foreign-language');
  });

  it('honours a request for a person before anything else', () => {
    expect(engine.ask('I want to talk to a real person').outcome).toBe('handoff');
  });

  it('leaves supported messages alone', () => {
    const answer = engine.ask('Jak dostać numer BSN?');
    expect(answer.foreign).toBeUndefined();
    expect(answer.lang).toBe('pl');
    expect(toAnswerJson(answer, ANSWER_TEXTS)).not.toHaveProperty('foreign');
  });
});
