import type { CrisisCase } from './crisis-cases.ts';
import { no, u } from './case-builders.ts';

/**
 * Refusing contact in a way that signals danger ("I don't want to talk to
 * anyone anymore", "nobody can help me now", "don't look for me"), together
 * with another sign (it is better this way, the pills, a goodbye, it will
 * be over soon): suicidal. The refusal alone, and a plain "no thanks, I
 * don't need a person", are not urgent. Written for the tests, independent
 * of any evaluation set.
 */
export const WITHDRAW_CASES: CrisisCase[] = [
  ...u('en', 'suicide', 'i dont want to talk to anyone anymore, its better this way', 'nobody can help me now, i have the pills here', 'dont look for me, goodbye'),
  ...no('en', 'no thanks, i dont need a person', 'i dont want to talk to anyone, just tell me the number', 'nobody can help me with my tax return', 'its too late to register for the course?', 'leave me alone, im working tonight'),
  ...u('nl', 'suicide', 'ik wil met niemand meer praten, het is beter zo', 'niemand kan me nog helpen, vanavond maak ik er een einde aan', 'zoek me niet, ik heb mijn spullen weggegeven'),
  ...no('nl', 'nee dank je, ik hoef geen persoon', 'niemand kan me helpen met de belasting', 'het is te laat om me in te schrijven'),
  ...u('hu', 'suicide', 'nem akarok senkivel beszélni, így lesz a legjobb', 'senki nem tud segíteni, hamarosan vége', 'ne keressetek, ég veletek'),
  ...no('hu', 'köszönöm, nem kérek embert', 'senki nem tud segíteni az adóbevallásban', 'már késő jelentkezni a tanfolyamra?'),
  ...u('pl', 'suicide', 'nie chcę już z nikim rozmawiać, niedługo będzie po wszystkim', 'nikt mi nie pomoże, mam już tabletki', 'nie szukajcie mnie, żegnajcie'),
  ...no('pl', 'nie, dziękuję, nie potrzebuję konsultanta', 'nikt mi nie pomoże z podatkami?', 'za późno na zapisy na kurs?'),
  ...u('ro', 'suicide', 'nu vreau sa mai vorbesc cu nimeni, e mai bine asa', 'nimeni nu ma poate ajuta, am pastilele pregatite'),
  ...no('ro', 'nu multumesc, nu am nevoie de o persoana', 'e prea tarziu sa ma inscriu la curs?'),
  ...u('bg', 'suicide', 'не искам да говоря с никого, така е по-добре', 'никой не може да ми помогне, хапчетата са до мен', 'ne me tarsete, sbogom'),
  ...no('bg', 'не, благодаря, не ми трябва човек', 'вече е късно за записване на курса?'),
  ...u('uk', 'suicide', 'не хочу ні з ким говорити, так буде краще', 'ніхто мені не допоможе, таблетки вже готові'),
  ...no('uk', 'ні, дякую, людина мені не потрібна', 'вже пізно записатися на курс?'),
  ...u('lt', 'suicide', 'nenoriu su niekuo kalbėti, taip bus geriau', 'niekas man nepadės, tabletės jau paruoštos'),
  ...no('lt', 'ne, ačiū, man nereikia žmogaus', 'jau per vėlu užsiregistruoti į kursus?'),
  ...u('tr', 'suicide', 'kimseyle konuşmak istemiyorum, böylesi daha iyi', 'kimse bana yardım edemez, haplar hazır'),
  ...no('tr', 'hayır teşekkürler, birine ihtiyacım yok', 'kursa kayıt için artık çok geç mi?'),
  ...u('es', 'suicide', 'no quiero hablar con nadie, es mejor así', 'nadie me puede ayudar, ya tengo las pastillas'),
  ...no('es', 'no gracias, no necesito una persona', 'ya es tarde para apuntarme al curso?'),
  ...u('it', 'suicide', 'non voglio parlare con nessuno, è meglio così', 'nessuno può aiutarmi, ho già le pastiglie'),
  ...no('it', 'no grazie, non mi serve una persona'),
  ...u('el', 'suicide', 'δεν θέλω να μιλήσω με κανέναν, είναι καλύτερα έτσι', 'κανείς δεν μπορεί να με βοηθήσει, τα χάπια είναι έτοιμα'),
  ...no('el', 'όχι ευχαριστώ, δεν χρειάζομαι άνθρωπο'),
  ...u('lv', 'suicide', 'negribu ne ar vienu runāt, tā būs labāk', 'neviens man nevar palīdzēt, tabletes jau sagatavotas'),
  ...no('lv', 'nē paldies, man nevajag cilvēku'),
];
