import type { CrisisCase } from './crisis-cases.ts';
import { no, u } from './case-builders.ts';

/**
 * Round five, third batch: Hungarian, Dutch and English told one step more
 * indirectly (what the writer sees, hears or has done, never the name of
 * the danger: "he has been on the floor for ten minutes and does not open
 * his eyes", "I have been saving my pills", "the office says I must leave
 * the house today now that I am fired"), and near-misses close to them.
 * Written for the tests, independent of any evaluation set.
 */
export const ROUND5C_CASES: CrisisCase[] = [
  // Hungarian
  ...u('hu', 'acute',
    'a kolléga összeesett a raktárban, nem szól semmit', 'a lakótársam a földön fekszik, a szeme fennakadt', 'furcsa szag van és mindenkinek fáj a feje, a kályha megy',
    'kiabálnak a folyosón, valaki üveggel hadonászik', 'a szomszéd ordít hogy megöli a feleségét', 'leszakadt az állvány, ketten alatta vannak',
    'a barátom túladagolta magát', 'a fiam megivott valami tisztítószert', 'füstöl a konnektor és szikrázik', 'valaki dörömböl az ajtón és azt kiabálja hogy megöl'),
  ...u('hu', 'suicide',
    'nem akarok már itt lenni', 'mindegy már minden, senkinek nem fogok hiányozni', 'összegyűjtöttem a gyógyszereimet', 'ez az utolsó üzenetem',
    'bocsássatok meg mindenért, ez így lesz a legjobb', 'kint állok a hídon és lenézek', 'teher vagyok mindenkinek'),
  ...u('hu', 'domestic',
    'a párom megint megütött, bedagadt a szemem', 'azt mondta ha elmegyek megtalál és megöl', 'elmenekültem a gyerekekkel, a férjem keres minket',
    'a férjem nem enged ki a lakásból', 'a férjem részeg és azt mondja, ha szólok, megöl'),
  // Someone at the door trying to get in now: acute, 112 first.
  ...u('hu', 'acute', 'az exem az ajtó előtt áll és be akar jönni, korábban már megvert'),
  ...u('hu', 'exploitation',
    'napi 14 órát dolgozunk fizetés nélkül és nem mehetünk el', 'azt mondják csak akkor mehetünk haza ha kifizettük a tartozást', 'elvették a papírjainkat',
    'tizenketten alszunk egy garázsban és ránk zárják az ajtót', 'azzal fenyegetnek hogy feljelentenek a rendőrségen mert illegálisak vagyunk', 'törött kézzel is dolgoznom kell'),
  ...u('hu', 'eviction',
    'a tulaj két emberrel áll az ajtó előtt hogy most azonnal menjünk', 'minden cuccunk kint van az esőben és zárva az ajtó', 'ma este el kell hagynunk a szállást, nincs hova mennem',
    'az iroda azt mondta azonnal el kell hagynom a házat mert kirúgtak', 'a gyerekekkel az utcán vagyunk, kizártak'),
  ...no('hu', 'mikor kell elhagynom a szállást ha felmondok?', 'hol tudok gyógyszert venni fejfájásra?', 'a kolléga elesett, de jól van, kell jelenteni?', 'milyen kötél kell a költözéshez?',
    'fáj a fejem a munkától, mit tegyek?', 'el kell hagynom a lakást a hónap végén, hol keressek újat?'),

  // Dutch
  ...u('nl', 'acute',
    'mijn collega zakte net in elkaar en zegt niks meer', 'hij ligt al 10 min op de grond en doet zn ogen niet open', 'er hangt een rare lucht in huis en we worden allemaal duizelig',
    'het knettert in de meterkast en er komt rook uit', 'er staat een vent voor de deur die roept dat hij ons gaat afmaken', 'er wordt op de gang gevochten, iemand heeft een fles kapotgeslagen',
    'de machine heeft zijn vingers eraf gehaald', 'hij is onder de heftruck gekomen', 'mijn dochter heeft schoonmaakmiddel gedronken', 'mijn vriend heeft een overdosis genomen'),
  ...u('nl', 'suicide',
    'ik zie het echt niet meer zitten', 'niemand zou me missen als ik er niet meer was', 'ik ben zo moe van alles, ik wil gewoon verdwijnen', 'ik heb mn pillen gespaard',
    'dit is mijn laatste bericht', 'sorry voor alles, zeg tegen mama dat ik van haar hou', 'ik sta op de brug'),
  ...u('nl', 'domestic',
    'mijn vriend heeft me weer geslagen, mijn oog is dik', 'hij dreigt me iets aan te doen als ik wegga', 'ik ben met de kinderen het huis uit gevlucht, hij zoekt ons',
    'mn ex staat voor de deur en wil binnenkomen, hij heeft me eerder geslagen', 'mijn man laat me de deur niet uit'),
  ...u('nl', 'exploitation',
    'we werken 16 uur per dag zonder loon en we mogen niet weg', 'de baas zegt dat we pas weg mogen als de schuld betaald is', 'ze hebben onze papieren ingenomen',
    'we slapen met 12 man in een garage en de deur gaat op slot', 'ze dreigen ons bij de politie aan te geven als illegalen', 'ik moet doorwerken met een gebroken hand'),
  ...u('nl', 'eviction',
    'de huisbaas staat met twee kerels voor de deur en zegt dat we nu weg moeten', 'al onze spullen staan buiten in de regen en de deur is op slot',
    'we moeten vanavond nog weg uit de woning van het bureau, ik heb geen plek', 'het bureau zegt dat ik per direct uit het huis moet nu ik ontslagen ben', 'we staan met de kinderen op straat'),
  ...no('nl', 'hoe lang mag ik in het huis blijven als ik ontslagen word?', 'welke pillen helpen tegen hoofdpijn?', 'mijn collega is gevallen maar het gaat goed, moet ik het melden?', 'waar koop ik een touw voor de verhuizing',
    'ik ben moe van het werk, hoeveel pauze krijg ik?', 'de huur moet voor het eind van de maand betaald, anders moeten we weg?'),

  // English
  ...u('en', 'acute',
    'my coworker just collapsed and isnt saying anything', 'hes been on the floor for 10 minutes and wont open his eyes', 'theres a weird smell in the house and were all getting dizzy',
    'the fuse box is crackling and smoke is coming out', 'a guy is at the door shouting hes going to finish us', 'people are fighting in the hallway, someone smashed a bottle',
    'the machine took his fingers off', 'he got pinned under the forklift', 'my daughter drank cleaning liquid'),
  // An overdose reads as suicidal: its card has 112 too.
  ...u('en', 'suicide', 'my friend took an overdose'),
  ...u('en', 'suicide',
    'i really cant see a way forward anymore', 'nobody would miss me if i was gone', 'im so tired of everything i just want to disappear', 'ive been saving up my pills',
    'this is my last message', 'sorry for everything, tell mum i love her', 'im standing on the bridge'),
  ...u('en', 'domestic',
    'my boyfriend hit me again, my eye is swollen', 'he says he will hurt me if i leave', 'i ran out of the house with the kids, he is looking for us',
    'my husband wont let me out of the house', 'my partner drinks every night and then he beats me'),
  ...u('en', 'acute', 'my ex is at the door trying to get in, he beat me before'),
  ...u('en', 'exploitation',
    'we work 16 hours a day without pay and cant leave', 'the boss says we can only go when the debt is paid off', 'they took our papers',
    'we sleep 12 people in a garage and they lock the door', 'they threaten to report us to the police as illegals', 'i have to keep working with a broken hand'),
  ...u('en', 'eviction',
    'the landlord is at the door with two guys saying we have to leave now', 'all our stuff is outside in the rain and the door is locked', 'we have to be out of the agency house tonight and i have nowhere to go',
    'the agency says i must leave the house today now that im fired', 'me and the kids are out on the street'),
  ...no('en', 'how long can i stay in the house if im fired?', 'which pills help against a headache?', 'my colleague fell but hes fine, do i need to report it?', 'where do i buy a rope for moving',
    'im tired from work, how many breaks do i get?', 'rent must be paid before the end of the month or we have to leave?', 'no thanks, i dont need a person'),
];
