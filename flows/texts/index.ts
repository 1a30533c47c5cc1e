import { SUPPORTED_LANGUAGES, type Language } from '../../core/languages/index.ts';
import type { AnswerTextCatalog } from '../../core/answers/index.ts';
import type { FixedTexts } from '../../core/conversation/dialog-texts.ts';
import bg from './bg.json' with { type: 'json' };
import cs from './cs.json' with { type: 'json' };
import el from './el.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import et from './et.json' with { type: 'json' };
import hu from './hu.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };
import lt from './lt.json' with { type: 'json' };
import lv from './lv.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };
import pt from './pt.json' with { type: 'json' };
import ro from './ro.json' with { type: 'json' };
import sk from './sk.json' with { type: 'json' };
import sl from './sl.json' with { type: 'json' };
import tr from './tr.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };

export type {
  CommandTexts, FeedbackTexts, FixedTexts, HandoffTexts, InputTexts, MenuTexts, ThemeNames, WelcomeTexts,
} from '../../core/conversation/dialog-texts.ts';

export const FIXED_TEXTS: Record<Language, FixedTexts> = {
  bg, cs, el, en, es, et, hu, it, lt, lv, nl, pl, pt, ro, sk, sl, tr, uk,
};

/** The answer texts of every language, in the shape the answer engine's renderer takes. */
export const ANSWER_TEXTS: AnswerTextCatalog = Object.fromEntries(
  SUPPORTED_LANGUAGES.map((lang) => [lang, FIXED_TEXTS[lang].answer]),
) as AnswerTextCatalog;
