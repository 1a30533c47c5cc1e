import type { CrisisCase } from './crisis-cases.ts';
import { no, u } from './case-builders.ts';

/**
 * Round five, sixth batch: English, Hungarian and Greek with other
 * vocabulary again (chest pain, a swallowed battery, a child in the canal,
 * an explosion, a raised hand, a stalking ex, interest on a debt, one hour
 * to move out, put out in the middle of the night), and near-misses.
 * Written for the tests, independent of any evaluation set.
 */
export const ROUND5F_CASES: CrisisCase[] = [
  ...u('en', 'acute',
    'my son swallowed a battery and is choking', 'the ceiling collapsed on two workers', 'my colleague has chest pains and cant breathe properly', 'my baby is not breathing properly and is very pale',
    'a woman is screaming next door and i hear things breaking', 'my kid fell in the canal', 'my friend is unconscious in the car', 'someone is following us and threatening us',
    'someone is trying to get into our house', 'blood is pouring from his hand', 'his leg is stuck under the machine', 'there was an explosion in the kitchen',
    'he got electrocuted and is lying there', 'my colleague drank something from the chemical bottle'),
  ...u('en', 'suicide',
    'im going to end it tonight', 'i have nothing to live for', 'i want to disappear forever', 'this is goodbye, dont look for me', 'im going to the tracks', 'life is worthless', 'i wont be a burden anymore'),
  ...u('en', 'domestic',
    'my husband raised his hand against me again', 'my partner threatened to take the kids and kill me', 'i dont dare to go home, my husband is waiting', 'my ex is stalking me and threatening me',
    'my brother hit me and locked me out of the house'),
  ...u('en', 'exploitation',
    'we dont get paid and they wont let us go', 'the manager confiscated our ids', 'they took my phone and locked me up', 'the interest on my agency debt keeps growing',
    'they say theyll report me to the police if i leave', 'i have to come in sick or they dock my pay'),
  ...u('en', 'eviction',
    'they put us out of the room with our bags', 'they came just now and said we have one hour to move out', 'they kicked us out in the middle of the night',
    'i have nowhere to sleep, fired from the job and the housing', 'they forced us out of the house'),
  ...no('en', 'how long do i have to move out if i quit?', 'what do i do if my child swallows something?', 'my colleague is sick, can he stay home?', 'where can i get a blood test?',
    'the interest on my car loan is high', 'i dont dare to ask my boss for a raise'),

  ...u('hu', 'acute',
    'rosszul lett a kollégám és összeesett', 'a kollégám mellkasa fáj és nem kap rendesen levegőt', 'a babám nem lélegzik rendesen és nagyon sápadt',
    'a szomszédban sikoltozik egy nő és törést hallok', 'a gyerek beleesett a csatornába', 'a barátom eszméletlenül fekszik a kocsiban', 'valaki be akar jönni hozzánk az ajtón',
    'ömlik a vér a kezéből', 'beszorult a lába a gép alá', 'robbanás volt a konyhában', 'áramütés érte és ott fekszik', 'a kollégám ivott valamit a vegyszeres flakonból'),
  ...u('hu', 'suicide',
    'ma este véget vetek mindennek', 'nincs miért élnem', 'örökre el akarok tűnni', 'ez a búcsú, ne keressetek', 'megyek a sínekhez', 'az élet nem ér semmit', 'nem leszek többé teher'),
  ...u('hu', 'domestic',
    'a férjem megint kezet emelt rám', 'a párom megfenyegetett hogy elviszi a gyerekeket és megöl', 'nem merek hazamenni, a férjem vár', 'az exem követ és fenyeget',
    'a bátyám megütött és kizárt a házból'),
  ...u('hu', 'exploitation',
    'nem fizetnek és nem engednek el', 'a menedzser elkobozta a személyiket', 'elvették a telefonomat és bezártak', 'egyre nő a kamat az irodánál lévő tartozásomon',
    'azt mondják feljelentenek a rendőrségen ha elmegyek', 'betegen is be kell mennem, különben levonják a fizetésem'),
  ...u('hu', 'eviction',
    'kitettek a szobából a csomagjainkkal', 'most jöttek és azt mondták egy órán belül ki kell költözni', 'az éjszaka közepén kidobtak', 'nincs hol aludnom, kirúgtak a munkából és a szállásról is',
    'erőszakkal kitettek minket'),
  ...no('hu', 'mennyi idő alatt kell kiköltözni ha felmondok?', 'mit csináljak ha a gyerek lenyel valamit?', 'a kollégám beteg, otthon maradhat?', 'hol kapok vérvételt?',
    'magas a kamat az autóhitelemen', 'nem merem megkérdezni a főnököt a fizetésemelésről'),

  ...u('el', 'acute',
    'o gios mou katapie mia mpataria kai pnigetai', 'έπεσε το ταβάνι πάνω σε δύο εργάτες', 'o synadelfos exei ponous sto stithos kai den mporei na anapnefsei',
    'μια γυναίκα ουρλιάζει δίπλα και ακούω πράγματα να σπάνε', 'to paidi epese sto kanali', 'ο φίλος μου είναι αναίσθητος στο αυτοκίνητο', 'kapoios prospathei na mpei sto spiti mas',
    'τρέχει αίμα από το χέρι του', 'to podi tou kolise kato apo to mixanima', 'έγινε έκρηξη στην κουζίνα', 'ton xtypise revma kai einai xamw'),
  ...u('el', 'suicide',
    'apopse tha ta teleiwsw ola', 'δεν έχω τίποτα για να ζήσω', 'θέλω να εξαφανιστώ για πάντα', 'afto einai ena antio, mi me psaxnete', 'η ζωή δεν αξίζει τίποτα', 'den tha eimai pia varos se kanenan'),
  ...u('el', 'domestic',
    'o antras mou mou sikwse xeri pali', 'ο σύντροφός μου απείλησε ότι θα πάρει τα παιδιά και θα με σκοτώσει', 'den tolmaw na paw spiti, o antras mou me perimenei',
    'ο πρώην μου με παρακολουθεί και με απειλεί', 'o aderfos mou me xtypise kai me kleidwse ekso apo to spiti'),
  ...u('el', 'exploitation',
    'den mas plirwnoun kai den mas afinoun na fygoume', 'ο μάνατζερ κατάσχεσε τις ταυτότητές μας', 'mou piran to kinito kai me kleidwsan',
    'ο τόκος στο χρέος μου στο γραφείο όλο ανεβαίνει', 'lene oti tha me katangeiloun stin astynomia an fygw', 'πρέπει να πηγαίνω άρρωστος αλλιώς μου κόβουν από τον μισθό'),
  ...u('el', 'eviction',
    'mas evgalan apo to dwmatio me tis valitses', 'ήρθαν τώρα και είπαν ότι σε μια ώρα πρέπει να φύγουμε από το σπίτι', 'mas petaxan exw mes ti nyxta',
    'δεν έχω πού να κοιμηθώ, με απέλυσαν από τη δουλειά και με έδιωξαν από το σπίτι', 'mas evgalan me ti via apo to spiti'),
  ...no('el', 'σε πόσο καιρό πρέπει να φύγω από το σπίτι αν παραιτηθώ;', 'ti kanw an to paidi katapiei kati?', 'o synadelfos einai arrwstos, mporei na meinei spiti?'),
];
