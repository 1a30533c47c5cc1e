import type { Language } from '../../languages/index.ts';

/** Per language: questions no tile answers (`none`), and in-scope look-alikes that must still get their tile (`[question, tile key]`). */
export interface OutOfScopeCases {
  none: string[];
  inScope: Array<[string, string]>;
}

/**
 * Questions outside a migrant-information library, chat style, written before the lexicon was
 * extended for them: car insurance, a loan, a phone plan, a visa for a non-EU partner, a speeding
 * ticket, a used car, a pension from the home country, flights home, a divorce lawyer at home, a
 * haircut, sending money home, exchanging a driving licence. Each shares a generic word with some
 * tile (insurance, bank, fine, money, lawyer, home) but none of the tiles of the demo national
 * library (prisma/demo/national-library.json) answers it. The look-alikes name tiles of that
 * library: a bank account, health insurance, a public-transport fine, the dentist, tax back.
 * A gym is NOT out of scope there: its sport tile covers gyms and their contracts.
 */
export const OUT_OF_SCOPE_CASES: Record<Language, OutOfScopeCases> = {
  en: {
    none: [
      'how much is car insurance here for a polish car',
      'can i get a loan from a bank, need 3000 euro',
      'which phone sim card is cheapest with internet',
      'my girlfriend is from ukraine, can she get a visa to come live with me',
      'got a speeding ticket in the post, how do i pay it',
      'where can i get a cheap haircut',
    ],
    inScope: [
      ['how do i open a bank account without bsn', 'bank-account'],
      ['forgot to check out on the bus, will i get a fine?', 'cycling-and-public-transport'],
    ],
  },
  nl: {
    none: [
      'wat kost een autoverzekering ongeveer',
      'waar kan ik snel geld lenen',
      'welk telefoonabonnement is het goedkoopst',
      'hoe wissel ik mijn poolse rijbewijs om voor een nederlands',
      'goedkope vliegtickets naar roemenie waar boeken',
      'hoe stuur ik geld naar mijn familie in polen',
    ],
    inScope: [
      ['moet ik een zorgverzekering hebben als ik hier werk', 'health-insurance'],
      ['hoeveel kost de tandarts', 'dentist-costs'],
    ],
  },
  pl: {
    none: [
      'ile kosztuje ubezpieczenie auta w holandii',
      'gdzie moge wziac pozyczke albo kredyt',
      'jaki abonament na telefon polecacie',
      'dostalem mandat za predkosc z fotoradaru co teraz',
      'chce kupic uzywany samochod, na co uwazac',
      'jak dostac emeryture z polski bedac tutaj',
    ],
    inScope: [
      ['jak zalozyc konto w banku', 'bank-account'],
      ['czy moge dostac zwrot podatku', 'tax-return-refund'],
    ],
  },
  ro: {
    none: [
      'cat costa asigurarea la masina aici',
      'vreau sa fac un credit, unde ma duc',
      'ce abonament de telefon e bun si ieftin',
      'sotia mea e din moldova, are nevoie de viza?',
      'bilete de avion ieftine spre bucuresti',
      'cum trimit bani acasa in romania',
    ],
    inScope: [
      ['am uitat sa fac check out in autobuz, primesc amenda?', 'cycling-and-public-transport'],
      ['trebuie sa am asigurare de sanatate daca lucrez aici', 'health-insurance'],
    ],
  },
  bg: {
    none: [
      'kolko struva zastrahovka za kolata',
      'мога ли да взема кредит от банка',
      'коя сим карта е най-евтина',
      'glob za skorost ot kamera, kak da platya',
      'как да сменя българската шофьорска книжка с холандска',
      'razvod v bulgaria, tryabva mi advokat tam',
    ],
    inScope: [
      ['как да си открия банкова сметка', 'bank-account'],
      ['колко струва зъболекар', 'dentist-costs'],
    ],
  },
  uk: {
    none: [
      'скільки коштує страховка на машину',
      'де взяти кредит або позику',
      'який мобільний тариф найдешевший',
      'моя дружина з грузії, чи потрібна їй віза',
      'hroshi dodomu v ukrainu yak perekazaty',
      'де купити дешеві авіаквитки додому',
    ],
    inScope: [
      ['як відкрити рахунок у банку', 'bank-account'],
      ['чи можна повернути податок', 'tax-return-refund'],
    ],
  },
  lt: {
    none: [
      'kiek kainuoja automobilio draudimas',
      'kur galiu gauti paskola',
      'koks telefono planas pigiausias',
      'gavau bauda uz greiti, ka daryti',
      'noriu nusipirkti naudota automobili',
      'kaip gauti pensija is lietuvos',
    ],
    inScope: [
      ['kaip atsidaryti banko saskaita', 'bank-account'],
      ['ar privalau tureti sveikatos draudima', 'health-insurance'],
    ],
  },
  hu: {
    none: [
      'mennyi a kotelezo biztositas az autora',
      'hol tudok kolcsont felvenni',
      'melyik telefon elofizetes a legolcsobb',
      'a barátnőm szerb, kaphat vízumot?',
      'hogyan kuldjek penzt haza magyarorszagra',
      'hol van olcso fodrasz',
    ],
    inScope: [
      ['hogyan nyithatok bankszamlat', 'bank-account'],
      ['mennyibe kerul a fogorvos', 'dentist-costs'],
    ],
  },
  tr: {
    none: [
      'araba sigortasi ne kadar',
      'bankadan kredi cekebilir miyim',
      'en ucuz telefon hatti hangisi',
      'esim turkiyede, hollandaya gelmesi icin vize lazim mi',
      'hiz cezasi geldi nasil odeyecegim',
      'turk ehliyetimi hollanda ehliyetine cevirebilir miyim',
    ],
    inScope: [
      ['banka hesabi nasil acarim', 'bank-account'],
      ['saglik sigortasi zorunlu mu', 'health-insurance'],
    ],
  },
  cs: {
    none: [
      'kolik stoji pojisteni auta',
      'kde si muzu pujcit penize',
      'jaky telefonni tarif je nejlevnejsi',
      'dostal jsem pokutu za rychlost',
      'chci koupit ojete auto',
      'levne letenky domu do prahy',
    ],
    inScope: [
      ['jak si otevrit bankovni ucet', 'bank-account'],
      ['musim mit zdravotni pojisteni', 'health-insurance'],
    ],
  },
  sk: {
    none: [
      'kolko stoji poistenie auta',
      'kde si mozem pozicat peniaze',
      'aky mobilny pausal je najlacnejsi',
      'manzelka je z ukrajiny, potrebuje viza?',
      'ako poslat peniaze domov na slovensko',
      'kde je lacne kadernictvo',
    ],
    inScope: [
      ['ako si otvorit bankovy ucet', 'bank-account'],
      ['kolko stoji zubar', 'dentist-costs'],
    ],
  },
  sl: {
    none: [
      'koliko stane zavarovanje za avto',
      'kje lahko dobim posojilo',
      'kateri mobilni paket je najcenejsi',
      'dobil sem kazen za prehitro voznjo',
      'kako zamenjam slovensko vozniško dovoljenje',
      'potrebujem odvetnika za locitev v sloveniji',
    ],
    inScope: [
      ['kako odprem bancni racun', 'bank-account'],
      ['ali lahko dobim vracilo davka', 'tax-return-refund'],
    ],
  },
  el: {
    none: [
      'ποσο κοστιζει η ασφαλεια αυτοκινητου',
      'που μπορω να παρω δανειο',
      'ποιο κινητο προγραμμα ειναι φθηνο',
      'η γυναικα μου ειναι απο την αλβανια, χρειαζεται βιζα;',
      'φθηνα αεροπορικα εισιτηρια για αθηνα',
      'πως στελνω λεφτα στην ελλαδα',
    ],
    inScope: [
      ['πως ανοιγω τραπεζικο λογαριασμο', 'bank-account'],
      ['ειναι υποχρεωτικη η ασφαλεια υγειας', 'health-insurance'],
    ],
  },
  es: {
    none: [
      'cuanto cuesta el seguro del coche',
      'donde puedo pedir un prestamo',
      'que tarifa de movil es la mas barata',
      'me llego una multa por exceso de velocidad',
      'quiero comprar un coche de segunda mano',
      'como cobro mi pension de espana desde aqui',
    ],
    inScope: [
      ['como abro una cuenta bancaria', 'bank-account'],
      ['cuanto cuesta el dentista', 'dentist-costs'],
    ],
  },
  pt: {
    none: [
      'quanto custa o seguro do carro',
      'onde posso pedir um emprestimo',
      'qual o tarifario de telemovel mais barato',
      'a minha mulher e brasileira, precisa de visto?',
      'voos baratos para lisboa',
      'como envio dinheiro para portugal',
    ],
    inScope: [
      ['como abro uma conta no banco', 'bank-account'],
      ['o seguro de saude e obrigatorio', 'health-insurance'],
    ],
  },
  it: {
    none: [
      "quanto costa l'assicurazione della macchina",
      'dove posso chiedere un prestito',
      'quale piano telefonico costa meno',
      'ho preso una multa per eccesso di velocita',
      'come converto la patente italiana',
      'mi serve un avvocato per il divorzio in italia',
    ],
    inScope: [
      ['come apro un conto in banca', 'bank-account'],
      ['posso avere un rimborso delle tasse', 'tax-return-refund'],
    ],
  },
  et: {
    none: [
      'kui palju maksab auto kindlustus',
      'kust saan laenu votta',
      'milline telefonipakett on koige odavam',
      'sain kiiruseuletuse eest trahvi',
      'kuidas saata raha koju eestisse',
      'odavad lennupiletid tallinnasse',
    ],
    inScope: [
      ['kuidas avada pangakonto', 'bank-account'],
      ['kas tervisekindlustus on kohustuslik', 'health-insurance'],
    ],
  },
  lv: {
    none: [
      'cik maksa auto apdrosinasana',
      'kur var dabut kreditu',
      'kurs telefona tarifs ir letakais',
      'sieva ir no baltkrievijas, vai vajag vizu',
      'gribu nopirkt lietotu auto',
      'kur ir leta frizetava',
    ],
    inScope: [
      ['ka atvert bankas kontu', 'bank-account'],
      ['cik maksa zobarsts', 'dentist-costs'],
    ],
  },
};
