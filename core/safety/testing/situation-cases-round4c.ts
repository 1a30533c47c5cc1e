import type { CrisisCase } from './crisis-cases.ts';

const u = (lang: CrisisCase['lang'], kind: NonNullable<CrisisCase['kind']>, ...texts: string[]): CrisisCase[] => texts.map((text) => ({ lang, text, kind }));
const no = (lang: CrisisCase['lang'], ...texts: string[]): CrisisCase[] => texts.map((text) => ({ lang, text, kind: null }));

/**
 * Round four, third batch: Hungarian and Dutch written many ways (no
 * diacritics, a verb prefix standing apart: "most dobtak ki"), Bulgarian,
 * Slovak, Latvian and Greek typed in Latin letters, and near-misses for the
 * new cue families: finishing all one's work ("finire tutto il lavoro",
 * "baigti viską iki penktadienio"), doing everything oneself ("végzek mindent
 * magam"), overtime that is "killing me", an eviction announced for next
 * month with nowhere to sleep then. Written for the tests, independent of any
 * evaluation set.
 */
export const ROUND4C_CASES: CrisisCase[] = [
  ...u('hu', 'acute', 'Segítség! Tűz van a házban!', 'A szomszéd lakásból sűrű füst jön ki', 'Gázszivárgás van, nagyon büdös a lépcsőházban', 'Elütöttek egy biciklist, vérzik és nem mozdul',
    'A kollégám leesett az állványról, nem reagál', 'Valaki fekszik a földön és nem lélegzik', 'Egy férfi késsel fenyegetőzik a szálláson', 'Betörtek hozzánk, még bent vannak',
    'Hívjatok mentőt, a barátom nem kap levegőt', 'tuz van a szallason', 'a kollegam nem lelegzik'),
  ...u('hu', 'suicide', 'Nem akarok tovább élni', 'Már nincs értelme semminek, ma este véget vetek az egésznek', 'Szeretnék meghalni', 'Gondolkodom, hogy megölöm magam',
    'Jobb lenne mindenkinek, ha nem lennék', 'Nem bírom tovább, elegem van az életből', 'Legszívesebben meghalnék', 'öngyilkos akarok lenni', 'nem akarok elni tobbet'),
  ...u('hu', 'domestic', 'A férjem megint megvert', 'Az élettársam üt és fenyeget, hogy megöl', 'A párom bántalmaz, félek tőle', 'Otthon ver a férjem, nem merek hazamenni',
    'a ferjem vert meg tegnap este es most is fenyeget'),
  ...u('hu', 'exploitation', 'Elvették az útlevelünket és nem engednek el', 'A munkáltató elvette a személyi igazolványomat', 'Be vagyunk zárva a szálláson, nem mehetünk ki',
    'Nem kapunk fizetést és fenyegetnek, ha elmegyünk', 'Az adósságom egyre nő, soha nem tudom kifizetni', 'Betegen is dolgoznom kell, különben kirúgnak',
    'Azt mondták, ha szólok a rendőrségnek, bántják a családomat', 'a fonok elvette az utlevelem'),
  ...u('hu', 'eviction', 'A főbérlő ma este kidobott minket az utcára', 'Kitették a cuccainkat, lecserélték a zárat, nincs hol aludnunk',
    'Ma éjjel erővel kidobnak a szállásról', 'kidobtak a szallasrol, nincs hol aludnom'),
  ...no('hu', 'Mi a rendőrség nem sürgős száma?', 'Ez a túlóra megöl', 'Milyen tűzvédelmi szabályok vannak egy házban?', 'Hogyan lehet felmondani a lakást?', 'Mennyi a minimálbér?',
    'Mit csináljak, ha a munkáltató nem fizet?', 'Szabad a főnöknek megtartani az útlevelemet?'),
  ...u('nl', 'acute', 'Help, mijn buurman ligt bewusteloos in de gang', 'Er is brand in ons huis!', 'Het ruikt heel sterk naar gas bij ons in de flat',
    'Mijn collega is onder een pallet terechtgekomen en bloedt erg', 'Er is een vechtpartij op de camping, iemand heeft een mes', 'Er staat iemand in onze tuin die probeert binnen te komen',
    'mijn kamergenoot reageert niet meer en ademt raar'),
  ...u('nl', 'suicide', 'Ik wil niet meer, ik ga er een einde aan maken', 'Ik denk erover om zelfmoord te plegen', 'Het leven heeft voor mij geen zin meer', 'Niemand zou me missen als ik dood was'),
  ...u('nl', 'domestic', 'Mijn man slaat me en ik ben bang', 'Mijn vriend heeft me geschopt en dreigt me te vermoorden', 'Mijn partner mishandelt mij al maanden'),
  ...u('nl', 'exploitation', 'De baas heeft mijn paspoort en geeft het niet terug', 'We worden opgesloten en mogen niet naar buiten', 'Als ik wegga doen ze mijn familie iets aan',
    'Mijn schuld bij het uitzendbureau blijft groeien'),
  ...u('nl', 'eviction', 'De verhuurder heeft ons vandaag op straat gezet', 'Het bureau heeft me uit het huis gezet, ik heb geen plek om te slapen'),
  ...no('nl', 'Wat is het nummer van de politie voor als het geen spoed heeft?', 'Dit overwerk maakt me kapot', 'Welke brandveiligheidsregels gelden voor mijn kamer?',
    'Ik ben vorig jaar gevallen op het werk, krijg ik nog geld?', 'Mag de huisbaas de sloten veranderen?', 'Mag mijn baas mijn paspoort bewaren?'),

  ...u('hu', 'acute', 'segitseg a hazban tuz van', 'a szobatarsam eszmeletlen', 'egy munkatars rosszul lett es osszeesett, nem mozdul', 'leszurtak valakit a szallas elott', 'a haver beszedett egy rakas gyogyszert es nem ebred',
    'füstöl a konnektor és lángra kapott a függöny', 'baleset a gyárban, a targonca elütött egy embert'),
  ...u('hu', 'suicide', 'meg akarok halni mar nem birom', 'szeretnék végleg elaludni', 'a kolléganőm öngyilkos akar lenni', 'nem akarok élni többé'),
  ...u('hu', 'domestic', 'a ferjem megfenyegetett hogy megol', 'a párom megint megütött, a gyerekeket is bántja', 'a pasim ver'),
  ...u('hu', 'exploitation', 'a munkaltato nala tartja az utlevelemet', 'nem adjak vissza a papirjainkat', 'bezartak minket a hazba', 'az ügynökség emberei megverték a kollégámat'),
  ...u('hu', 'eviction', 'a tulaj kirakott az utcara az egesz csaladdal', 'most dobtak ki a szallasrol minket, az utcan vagyunk'),
  ...no('hu', 'hol tudok tűzoltó készüléket venni', 'a kollégám tavaly megsérült, mit fizet a biztosító', 'elvesztettem az útlevelemet, mit tegyek', 'mikor kapom meg a fizetésemet'),
  ...u('bg', 'acute', 'pojar v obshtejitieto', 'kolegata padna ot stulbata i ne mardа', 'mirishe silno na gaz', 'nqkoi napada hora s noj'),
  ...u('bg', 'suicide', 'ne iskam poveche da jiveq', 'iskam da se samoubiq', 'mislq si da slozha kraj na jivota si'),
  ...u('bg', 'domestic', 'mujut mi me bie i me zaplashva', 'partniorat mi me udari'),
  ...u('bg', 'exploitation', 'vzeha ni pasportite', 'zaklyuchvat ni i ne ni puskat navan'),
  ...u('bg', 'eviction', 'hazqinut ni izhvurli na ulicata dnes'),
  ...no('bg', 'kak da si vzema obratno depozita', 'kolko e minimalnata zaplata', 'izgubih si lichnata karta, kakvo da pravq'),
  ...u('sk', 'acute', 'hori v kuchyni pomoc', 'kolega odpadol v hale a nedycha', 'nekto ma napadol nozom'),
  ...u('sk', 'suicide', 'nechcem uz zit', 'mam chut sa zabit'),
  ...u('sk', 'exploitation', 'sef nam zobral obcianky a nechce ich vratit', 'nepustia nas z ubytovne'),
  ...u('sk', 'eviction', 'vyhodili nas z ubytovne, nemame kde spat'),
  ...no('sk', 'stratil som obciansky preukaz, co mam robit', 'ako si vybavim prídavky na deti'),
  ...u('lv', 'acute', 'deg dzivoklis palidziet', 'kolegis nokrita un neelpo', 'kads uzbruka ar nazi'),
  ...u('lv', 'suicide', 'negribu vairs dzivot', 'gribu nomirt'),
  ...u('lv', 'exploitation', 'priekšnieks atņēma pases', 'mūs ieslēdza un neļauj iziet'),
  ...u('lv', 'eviction', 'mūs izmeta no dzīvokļa šovakar'),
  ...no('lv', 'pazaudēju pasi, ko darīt', 'cik ir minimālā alga'),
  ...u('el', 'acute', 'fwtia stin kouzina voitheia', 'o filos mou lipothymise kai den anapnei', 'kapoios epitithetai me maxairi'),
  ...u('el', 'suicide', 'den thelw na zisw allo', 'thelw na pethanw'),
  ...u('el', 'exploitation', 'mas kleidwnoun sto spiti'),
  ...u('el', 'eviction', 'mas petaxan sto dromo apopse'),
  ...no('el', 'exasa to diavatirio mou, ti na kanw', 'poso einai o vasikos misthos'),
  ...no('it', 'voglio finire tutto il lavoro prima di partire'),
  ...no('ro', 'vreau să termin tot ce am de făcut azi'),
  ...no('lt', 'noriu baigti viską iki penktadienio'),
  ...no('tr', 'bu akşam hepsini bitirmek istiyorum, işler çok'),
  ...no('hu', 'egyedül végzek mindent magam a szálláson', 'a főbérlő jövő hónapban kidob minket, nem lesz hol aludnunk'),
  ...no('pt', 'as horas extra estão a matar-me'),
  ...no('en', 'im killing myself with all this overtime'),
  ...no('bg', 'искам да приключа всичко до петък'),
  ...no('pl', 'chcę zakończyć wszystko przed wyjazdem', 'właściciel wyrzuci nas za miesiąc i nie będziemy mieli gdzie spać'),
  ...no('sk', 'chcem to skončiť s agentúrou, aká je výpovedná lehota'),
  ...no('nl', 'de huisbaas zet ons over twee weken eruit, dan hebben we geen slaapplek'),
  ...no('es', 'este horario me está matando, me mato trabajando'),
];
