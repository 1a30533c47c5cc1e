import type { CrisisCase } from './crisis-cases.ts';
import { no, u } from './case-builders.ts';

/**
 * Round five, fifth batch: English, Hungarian and Greek (also greeklish)
 * in the words of a chat, many ways of telling each family of danger
 * (a fit on the floor, lips going blue, guys with bats outside, "what is
 * the point of waking up tomorrow", "tonight is my last night", pushed down
 * the stairs, hiding from one's husband, never seeing wages "for the debt",
 * sleeping in the car tonight), and near-misses from the same everyday
 * situations (a burglary last week, a roommate who snores, rent paid late).
 * Written for the tests, independent of any evaluation set.
 */
export const ROUND5E_CASES: CrisisCase[] = [
  // English
  ...u('en', 'acute',
    'theres smoke pouring out from under the neighbours door', 'the whole kitchen is on fire help', 'we cant get down the stairs theres too much smoke',
    'it stinks of gas in the hallway and the neighbour isnt answering the door', 'sparks coming from the socket and a burning smell',
    'guy at work got his arm stuck in the conveyor and hes screaming', 'my mate fell off the roof and hes not getting up', 'a van just ran over a guy outside our building',
    'hes bleeding really bad from his leg and its not stopping', 'he hit his head on the concrete and is talking nonsense',
    'my roommate is on the bathroom floor and i cant wake him', 'she took a bunch of pills and now shes really sleepy and wont answer', 'my colleague is having a fit on the floor',
    'he is breathing weird and his lips are going blue', 'my friend passed out and feels cold',
    'someone is kicking our door in', 'a man with a knife is in the hallway', 'theres a fight outside and a guy is on the ground not moving',
    'someone broke in and is still inside, im hiding in the bathroom', 'guys with baseball bats are outside the house'),
  ...u('en', 'suicide',
    'i dont want to be here anymore', 'whats the point of waking up tomorrow', 'i just want it all to stop', 'i keep thinking about jumping in front of a train',
    'ive written goodbye notes', 'everyone would be happier if i wasnt around', 'tonight is my last night', 'i have the pills in my hand', 'i cant do this anymore, im done with life',
    'i gave my dog to my neighbour, i wont be needing anything'),
  ...u('en', 'domestic',
    'my husband pushed me down the stairs', 'my partner smashed my phone and wont let me leave the flat',
    'im hiding in the bathroom from my husband', 'he chokes me when he gets angry', 'my dad beats my mum and me', 'i have bruises everywhere, my husband says its my fault'),
  // A knife is named: the acute card (112) comes first.
  ...u('en', 'acute', 'my boyfriend threatened me with a knife last night'),
  ...u('en', 'exploitation',
    'the boss has all our passports in his safe', 'they say i owe 3000 euro for the trip and it keeps going up', 'we are not allowed to leave the farm and they take our phones',
    'they said if we go to the police our families will pay', 'i hurt my back but the boss says work or go home with no money',
    'we work every day for months and never see any wages, they say its for the debt', 'the coordinator locks us in at night'),
  ...u('en', 'eviction',
    'the landlord changed the locks while we were at work, our stuff is inside', 'they are throwing us out right now and its freezing', 'im sleeping in my car tonight, the agency kicked me out',
    'the agency guys came and threw our bags out, we have nowhere to sleep', 'got fired today and they say i have to leave the house tonight'),
  ...no('en', 'how do i report a burglary from last week', 'my car broke down, who can help', 'this heat is killing me in the greenhouse, any rules for breaks?',
    'i need to call the police about a stolen bike', 'my roommate snores, i cant sleep', 'my colleague is sick, who does he call', 'where do i see a doctor for my back pain',
    'i owe rent, what happens if i pay late', 'can my landlord change the locks when my contract ends', 'i am so done with this job lol'),

  // Hungarian
  ...u('hu', 'acute',
    'a szomszéd ajtaja alól dől a füst', 'lángol az erkély', 'annyi a füst a folyosón hogy nem tudunk lemenni', 'gázszag van a lépcsőházban és a szomszéd nem nyit ajtót',
    'a kollégám keze beszorult a szalagba és üvölt', 'a barátom leesett a tetőről és nem kel fel', 'egy kisbusz elütött egy embert a szállás előtt',
    'nagyon vérzik a lába és nem áll el', 'beverte a fejét a betonba és összevissza beszél',
    'a szobatársam a fürdőszoba padlóján fekszik és nem tudom felébreszteni', 'bevett egy csomó gyógyszert és most nagyon álmos és nem válaszol',
    'a kollégám rohamot kapott és rángatózik a földön', 'furcsán lélegzik és lilul a szája',
    'valaki rugdossa az ajtónkat', 'egy késes férfi van a folyosón', 'verekedés van kint és egy srác a földön fekszik és nem mozdul', 'betörtek és még bent vannak, a fürdőben bújok'),
  ...u('hu', 'suicide',
    'minek felkelni holnap', 'csak azt akarom hogy vége legyen mindennek', 'folyton arra gondolok hogy a vonat elé ugrom', 'megírtam a búcsúleveleket',
    'mindenki boldogabb lenne nélkülem', 'ma este van az utolsó éjszakám', 'a kezemben vannak a gyógyszerek', 'nem bírom tovább, végeztem',
    'elajándékoztam a kutyámat, nekem már semmire nincs szükségem'),
  ...u('hu', 'domestic',
    'a férjem lelökött a lépcsőn', 'a párom összetörte a telefonomat és nem enged ki a lakásból',
    'a fürdőszobában bujkálok a férjem elől', 'a férjem fojtogat amikor dühös', 'tele vagyok zúzódással, a párom azt mondja az én hibám'),
  ...u('hu', 'acute', 'a barátom tegnap késsel fenyegetett'),
  ...u('hu', 'exploitation',
    'a főnöknél van az összes útlevelünk a széfben', 'azt mondják 3000 euróval tartozom az útért és egyre több', 'nem hagyhatjuk el a farmot és elveszik a telefonjainkat',
    'azt mondták ha rendőrhöz megyünk a családunk megfizet', 'megsérült a hátam de a főnök azt mondja dolgozz vagy menj haza pénz nélkül',
    'hónapok óta dolgozunk és egy fillért sem kapunk, azt mondják az adósságra megy', 'a koordinátor éjszakára bezár minket'),
  ...u('hu', 'eviction',
    'a tulaj lecserélte a zárat amíg dolgoztunk, bent vannak a cuccaink', 'most dobnak ki minket és fagy van', 'ma éjjel az autóban alszom, az iroda kirakott',
    'az iroda emberei kidobták a táskáinkat, nincs hol aludnunk', 'ma kirúgtak és azt mondják ma este el kell hagynom a házat'),
  ...no('hu', 'hogyan jelentsek be egy múlt heti betörést', 'lerobbant az autóm, ki tud segíteni', 'megöl ez a hőség az üvegházban, van szabály a szünetre?',
    'a szobatársam horkol, nem tudok aludni', 'beteg a kollégám, kit hívjon?', 'hol van orvos hátfájásra', 'tartozom a lakbérrel, mi lesz ha később fizetek',
    'lecserélheti a tulaj a zárat ha lejár a szerződés?'),

  // Greek (Greek letters and greeklish)
  ...u('el', 'acute',
    'vgainei kapnos apo tin porta tou geitona', 'πήρε φωτιά το μπαλκόνι', 'τόσος καπνός στη σκάλα που δεν μπορούμε να κατέβουμε',
    'mirizei gkazi sti skala kai o geitonas den anoigei', 'το χέρι του συναδέλφου πιάστηκε στον ιμάντα και ουρλιάζει', 'o filos mou epese apo ti stegi kai den sikwnetai',
    'ένα βαν χτύπησε έναν άνθρωπο έξω από το σπίτι', 'aimorragei poli apo to podi kai den stamataei',
    'ο συγκάτοικος είναι στο πάτωμα του μπάνιου και δεν μπορώ να τον ξυπνήσω', 'pire ena soro xapia kai twra den apantaei', 'o synadelfos pathe kripsi kai tremei sto patwma',
    'κάποιος κλωτσάει την πόρτα μας', 'enas me maxairi einai ston diadromo', 'έγινε διάρρηξη και είναι ακόμα μέσα, κρύβομαι στο μπάνιο'),
  ...u('el', 'suicide',
    'den thelw na eimai edw pia', 'γιατί να ξυπνήσω αύριο', 'thelw apla na teleiwsoun ola', 'σκέφτομαι συνέχεια να πέσω στις ράγες του τρένου',
    'apopse einai i teleutaia mou nyxta', 'έχω τα χάπια στο χέρι μου'),
  ...u('el', 'domestic',
    'o antras mou me esprwxe apo tis skales', 'ο σύντροφός μου έσπασε το κινητό μου και δεν με αφήνει να βγω', 'kryvomai sto mpanio apo ton antra mou',
    'ο άντρας μου με πνίγει όταν θυμώνει', 'eimai gemati melanies kai o antras mou leei oti ftaiw egw'),
  ...u('el', 'exploitation',
    'to afentiko exei ola ta diavatiria mas sto xrimatokivwtio', 'λένε ότι χρωστάω 3000 ευρώ για το ταξίδι και όλο ανεβαίνει', 'δεν μας αφήνουν να φύγουμε από το χωράφι και μας παίρνουν τα κινητά',
    'eipan an pame stin astynomia oi oikogeneies mas tha plirwsoun', 'douleuoume mines xwris na paroume lefta kai den mas afinoun na fygoume', 'o syntonistis mas kleidwnei to vrady'),
  ...u('el', 'eviction',
    'άλλαξε την κλειδαριά ο ιδιοκτήτης όσο δουλεύαμε, τα πράγματά μας είναι μέσα', 'mas petane exw twra kai kanei krio', 'απόψε κοιμάμαι στο αμάξι, το γραφείο με έδιωξε',
    'me apolysan simera kai lene na fygw apo to spiti apopse'),
  ...no('el', 'pws kanw katangelia gia diarixi pou egine tin perasmeni evdomada', 'χάλασε το αυτοκίνητο, ποιος βοηθάει', 'o sygatoikos mou roxalizei den mporw na koimithw',
    'χρωστάω νοίκι, τι γίνεται αν πληρώσω αργότερα'),
];
