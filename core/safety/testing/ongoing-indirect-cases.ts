import type { CrisisCase } from './crisis-cases.ts';
import { no, u } from './case-builders.ts';

/**
 * A danger that is still going on although a time word points back
 * ("since yesterday he has not woken up"), suicidal intent told only by its
 * signs (letters to the children, a bridge or the tracks tonight, giving
 * things away, no longer eating), acute situations told without naming them
 * (heater fumes and fainting, an electric shock, a chemical spill, someone
 * pinned under a load, a man with an axe), and their near-misses, in many
 * languages. Written for the tests, independent of any evaluation set.
 */
export const ONGOING_INDIRECT_CASES: CrisisCase[] = [
  // Still going on: the time word does not cancel.
  ...u('en', 'acute', "since yesterday my brother hasn't woken up", 'he has been lying on the floor since this morning and still does not answer'),
  ...u('nl', 'acute', 'sinds gisteren wordt mijn man niet meer wakker'),
  ...u('hu', 'acute', 'tegnap óta nem ébred fel a szobatársam'),
  ...no('en', 'yesterday there was a small leak in the bathroom, who pays the repair?', 'i am still waiting for my payslip since last month'),
  // Suicide told by its signs.
  ...u('en', 'suicide', 'i wrote letters to my kids, tonight i walk to the bridge', 'i gave away all my clothes and my phone, i wont need them anymore', 'i stopped eating a week ago, soon it will be over'),
  ...u('nl', 'suicide', 'ik heb brieven voor mijn dochters geschreven en ga vannacht naar het spoor', 'ik heb al mijn spullen weggegeven, ik heb niks meer nodig'),
  ...u('hu', 'suicide', 'leveleket írtam a gyerekeimnek, ma éjjel kimegyek a sínekhez', 'elajándékoztam mindent, nincs szükségem semmire'),
  ...u('bg', 'suicide', 'написах писма на децата си, довечера отивам на моста', 'napisah pisma na decata, taka e po-dobre za vsichki'),
  ...u('el', 'suicide', 'έγραψα γράμματα στα παιδιά μου, απόψε πάω στη γέφυρα'),
  ...u('lv', 'suicide', 'uzrakstīju vēstules bērniem, šonakt iešu uz tiltu'),
  ...u('sk', 'suicide', 'napísal som listy deťom, dnes v noci idem na koľajnice'),
  ...u('cs', 'suicide', 'rozdal jsem všechny své věci, už nic nepotřebuju'),
  ...u('pl', 'suicide', 'rozdałem wszystkie rzeczy, już nic nie potrzebuję'),
  ...u('ro', 'suicide', 'am scris scrisori copiilor, diseară merg la pod'),
  ...u('tr', 'suicide', 'çocuklarıma mektup yazdım, bu gece köprüye gidiyorum'),
  ...u('pt', 'suicide', 'escrevi cartas aos meus filhos, esta noite vou à ponte'),
  ...u('it', 'suicide', 'ho scritto lettere ai miei figli, stasera vado al ponte'),
  ...u('es', 'suicide', 'escribí cartas a mis hijos, esta noche voy al puente'),
  ...u('uk', 'suicide', 'я написав листи дітям, сьогодні вночі піду на міст'),
  ...u('lt', 'suicide', 'parašiau laiškus vaikams, šiąnakt eisiu prie tilto'),
  ...u('sl', 'suicide', 'napisal sem pisma otrokom, nocoj grem na most'),
  ...u('et', 'suicide', 'kirjutasin lastele kirjad, täna öösel lähen sillale'),
  ...no('en', 'is the bridge closed for cars tonight?', 'i gave away my old sofa because i am moving, i wont need it', 'i wrote letters to the agency about my contract'),
  ...no('nl', 'rijdt de trein vanavond naar het spoor 3?', 'ik heb mijn fiets weggegeven want ik verhuis'),
  // Acute danger told without naming it.
  ...u('en', 'acute', 'the gas heater in our room, my wife fainted and i am dizzy', 'my colleague got an electric shock and is not responding', 'some chemical spilled in the hall, our eyes burn and people are vomiting', 'a man with an axe is threatening people at the gate'),
  ...u('nl', 'acute', 'door de kachel zijn we duizelig en mijn vrouw is flauwgevallen', 'hij kreeg een stroomstoot en beweegt niet meer', 'een collega is bekneld geraakt onder een pallet'),
  ...u('hu', 'acute', 'a gázkonvektor miatt elájultunk, fáj a fejünk', 'a kolléga áramütést kapott és nem mozdul', 'valaki feszegeti az ajtónkat, bent vagyunk'),
  ...u('bg', 'acute', 'ot pechkata vsichki ni se vie svyat i edin pripadna', 'токов удар, колегата не се движи'),
  ...u('el', 'acute', 'από τη σόμπα λιποθυμήσαμε, πονάει το κεφάλι'),
  ...u('lv', 'acute', 'no krāsns dūmiem visi nogība'),
  ...u('sk', 'acute', 'od gamatiek sme odpadli, bolí nás hlava', 'strašne krváca z ruky a neprestáva'),
  ...no('en', 'our heater is broken since yesterday, who repairs it?', 'is it allowed to use a gas heater in a caravan?'),
  // Violence, exploitation and eviction told by their signs.
  ...u('en', 'domestic', 'my husband locked me out in the cold in my pyjamas and wont let me in'),
  ...u('ro', 'domestic', 'm-a împins pe scări și el e încă în casă'),
  ...u('en', 'exploitation', 'they say something will happen to my mother back home if i quit', 'they threaten to tell the police we are illegal if we complain', 'we sleep in the warehouse and the door is locked at night'),
  ...u('es', 'exploitation', 'nos amenazan con decir a la policía que somos ilegales'),
  ...u('nl', 'exploitation', 'de coördinator heeft onze bankpassen afgepakt'),
  ...u('nl', 'acute', 'een auto is op een fietser gereden, hij ligt op de weg'),
  ...u('nl', 'exploitation', 'we mogen het terrein niet af van de baas'),
  ...u('hu', 'suicide', 'összegyűjtöttem a gyógyszereket, ma este beveszem mindet'),
  ...u('lv', 'acute', 'bērns aizrijās un kļūst zils'),
  ...no('en', 'can i lock my locker at the warehouse?', 'how do i order a new bank card?'),
];
