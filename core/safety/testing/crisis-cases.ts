import type { Language } from '../../languages/index.ts';
import type { CrisisKind } from '../crisis-kind.ts';
import { ONGOING_INDIRECT_CASES } from './ongoing-indirect-cases.ts';
import { SITUATION_CASES } from './situation-cases.ts';
import { MORE_SITUATION_CASES } from './situation-cases-more.ts';
import { HUNGARIAN_SITUATION_CASES } from './situation-cases-hungarian.ts';
import { ROUND4_CASES } from './situation-cases-round4.ts';
import { ROUND4B_CASES } from './situation-cases-round4b.ts';
import { ROUND4C_CASES } from './situation-cases-round4c.ts';
import { ROUND5A_CASES } from './situation-cases-round5a.ts';
import { ROUND5B_CASES } from './situation-cases-round5b.ts';
import { ROUND5C_CASES } from './situation-cases-round5c.ts';
import { ROUND5D_CASES } from './situation-cases-round5d.ts';
import { ROUND5E_CASES } from './situation-cases-round5e.ts';
import { ROUND5F_CASES } from './situation-cases-round5f.ts';
import { ROUND5G_CASES } from './situation-cases-round5g.ts';
import { ROUND6A_CASES } from './situation-cases-round6a.ts';
import { ROUND6B_CASES } from './situation-cases-round6b.ts';
import { ROUND6C_CASES } from './situation-cases-round6c.ts';
import { ROUND6D_CASES } from './situation-cases-round6d.ts';
import { WITHDRAW_CASES } from './situation-cases-withdraw.ts';
import { no, u } from './case-builders.ts';

/**
 * Hand-written messages for the crisis table test, in all 18 languages:
 * per language each kind of danger written several ways (directly,
 * indirectly, without diacritics, with a typo, Bulgarian and Ukrainian in
 * Latin letters, Dutch words mixed in), and near-misses that use alarming
 * words for an ordinary need. Written for the tests, independent of any
 * evaluation set.
 */
export interface CrisisCase { lang: Language; text: string; kind: CrisisKind | null }



export const CRISIS_CASES: CrisisCase[] = [
  // English
  ...u('en', 'acute', 'there is thick smoke coming out of the flat below us', 'my colleague collapsed and is not breathing', 'a car hit a cyclist in front of our house, he is bleeding and not moving', 'two men are fighting with knives in the hallway right now', 'someone is trying to open our door, we hear footsteps downstairs', 'it smells of gas in the whole building', 'my roomate is lying on the floor and his lips are blue'),
  ...u('en', 'suicide', 'i want to end my life', 'everyone would be better off without me', 'i want to sleep and never wake up', 'i cant go on like this anymore, i have my pills ready'),
  ...u('en', 'domestic', 'my husband hits me when he drinks', 'my boyfriend grabbed me by the throat last night', 'im scared of my partner, he threatens to kill me'),
  ...u('en', 'exploitation', 'my boss took our passports and we cannot get them back', 'the agency locked us in the house, we are not allowed to leave', 'my debt to the agency keeps growing every week', 'the coordinator threatens my family back home', 'they force me to work with a broken arm', 'de uitzendbureau keeps my paspoort', 'the agency confiscatd our passprts'),
  ...u('en', 'eviction', 'the landlord threw us out tonight and changed the locks'),
  ...no('en', 'my child fell at school and hurt his knee', 'how do i call an ambulance in the netherlands', 'the smoke detector in my room keeps beeping', 'my colleague had an accident last month and was injured, who pays', 'i am sick, must i still go to work', 'i owe the agency money for the bus ticket', 'my landlord wants me out next month'),
  ...no('en', 'what is the non urgent police number', 'this overtime is killing me', 'what are the fire safety rules for my house', 'my phone died, how do i reset my digid', 'where can i buy a fire extinguisher', 'how do i report exploitation in general', 'is an employer allowed to keep the passport of a worker', "i'm dying to know when the payslip comes", 'my boss will fire me if i am late again', 'the deadline for the tax return is killing me'),
  // Dutch
  ...u('nl', 'acute', 'er komt dikke rook uit het raam van de buren', 'mijn collega is bewusteloos en ademt niet', 'mijn collega is van de steiger gevallen en bloedt heel erg', 'er staat een man met een mes voor mijn deur', 'het ruikt naar gas in het hele trappenhuis'),
  ...u('nl', 'suicide', 'ik wil niet meer leven', 'het hoeft voor mij niet meer, iedereen is beter af zonder mij', 'ik wil slapen en nooit meer wakker worden'),
  ...u('nl', 'domestic', 'mijn man slaat mij', 'mijn vriend heeft me gewurgd en ik ben bang voor hem'),
  ...u('nl', 'exploitation', 'mijn baas heeft mijn paspoort afgepakt', 'we worden opgesloten in het huis van het uitzendbureau', 'mijn schuld bij het bureau wordt steeds hoger'),
  ...u('nl', 'eviction', 'de huisbaas heeft ons vanavond op straat gezet'),
  ...no('nl', 'mijn kind is gevallen op school en heeft pijn aan zijn knie', 'ik heb een klein ongeluk gehad op het werk, wie betaalt', 'mag ik roken op het balkon'),
  ...no('nl', 'wat is het nummer van de politie als het geen spoed is', 'wat zijn de regels voor brandveiligheid in huis', 'dit overwerk maakt me doodmoe', 'mag mijn werkgever mijn paspoort houden', 'hoe meld ik uitbuiting in het algemeen'),
  // Polish
  ...u('pl', 'acute', 'z mieszkania sąsiada leci czarny dym', 'z mieszkania sasiada leci czarny dym', 'kolega stracił przytomność i nie oddycha', 'kolega spadł z rusztowania i mocno krwawi', 'przed domem bija sie nozami', 'ktoś się włamuje do mieszkania'),
  ...u('pl', 'suicide', 'nie chcę już żyć', 'nie chce mi się żyć', 'wszystkim będzie lepiej beze mnie', 'chciałbym zasnąć i się nie obudzić'),
  ...u('pl', 'domestic', 'mój mąż mnie bije', 'moj maz mnie bije jak pije'),
  ...u('pl', 'exploitation', 'szef zabrał nam paszpotry', 'szef zabrał nam paszporty', 'szef zabral nam paszporty', 'agencja zamyka nas w domu i nie pozwala wyjść', 'dług w agencji ciągle rośnie', 'szef każe pracować ze złamaną ręką', 'koordynator grozi mojej rodzinie'),
  ...u('pl', 'eviction', 'właściciel wyrzucił nas dziś w nocy na ulicę'),
  ...no('pl', 'moje dziecko przewróciło się w szkole i zraniło kolano', 'jak zadzwonić po karetkę', 'czujnik dymu piszczy w pokoju', 'mój szef na mnie krzyczy'),
  ...no('pl', 'jaki jest numer policji gdy sprawa nie jest pilna', 'te nadgodziny mnie zabijają', 'jakie są przepisy przeciwpożarowe w domu', 'padł mi telefon, jak zalogować się do digid', 'czy pracodawca może trzymać paszport pracownika'),
  // Romanian
  ...u('ro', 'acute', 'iese fum negru din apartamentul vecinului', 'colegul meu nu mai respiră', 'colegul a căzut de pe schelă și sângerează mult', 'colegul a cazut de pe schela si sangereaza mult', 'un bărbat cu un cuțit atacă oameni pe stradă acum'),
  ...u('ro', 'suicide', 'nu mai vreau să trăiesc', 'ar fi mai bine fără mine', 'vreau să adorm și să nu mă mai trezesc'),
  ...u('ro', 'domestic', 'soțul meu mă bate', 'sotul meu ma bate in fiecare seara'),
  ...u('ro', 'exploitation', 'șeful ne-a luat pașapoartele', 'seful ne-a luat pasapoartele', 'ne încuie în casă și nu ne lasă să plecăm', 'datoria la agenție crește mereu'),
  ...u('ro', 'eviction', 'proprietarul ne-a aruncat afară în stradă acum'),
  ...no('ro', 'care este numărul poliției care nu este urgent', 'care sunt regulile pentru incendiu în casă', 'orele suplimentare mă omoară', 'are voie angajatorul să păstreze pașaportul'),
  // Bulgarian (also in Latin letters)
  ...u('bg', 'acute', 'от апартамента на съседите излиза дим навсякъде', 'ot apartamenta na sasedite izliza dim navsqkade', 'колегата не диша', 'kolegata ne disha', 'колегата падна от скелето и кърви', 'мирише на газ в целия блок'),
  ...u('bg', 'suicide', 'не искам да живея повече', 'ne iskam da jiveq poveche', 'не ми се живее', 'на всички ще им е по-добре без мен'),
  ...u('bg', 'domestic', 'мъжът ми ме бие', 'muj mi me bie vseki den'),
  ...u('bg', 'exploitation', 'шефът ни взе паспортите', 'shefa ni vze pasportite', 'заключват ни в къщата и не ни пускат', 'дългът към агенцията все расте'),
  ...u('bg', 'eviction', 'хазяинът ни изгони на улицата тази вечер'),
  ...no('bg', 'какъв е телефонът на полицията, не е спешно', 'тези извънредни часове ме убиват', 'какви са правилата за пожарна безопасност у дома', 'има ли право работодателят да държи паспорта'),
  // Ukrainian (also in Latin letters)
  ...u('uk', 'acute', 'з квартири сусідів валить дим', 'колега не дихає', 'kolega ne dyhaie', 'колега впав з риштовання і сильно кровоточить', 'хтось вламується в нашу квартиру'),
  ...u('uk', 'suicide', 'не хочу більше жити', 'ne hochu zhyty', 'всім буде краще без мене', 'хочу заснути і не прокинутися'),
  ...u('uk', 'domestic', "чоловік мене б'є", "cholovik mene b'ye"),
  ...u('uk', 'exploitation', 'бос забрав наші паспорти', 'bos zabrav pasporty', 'нас замикають у будинку і не випускають', 'борг агентству весь час росте'),
  ...u('uk', 'eviction', 'власник вигнали нас на вулицю сьогодні ввечері'),
  ...no('uk', 'який номер поліції, це не терміново', 'ця робота мене вбиває', 'які правила пожежної безпеки вдома', 'чи має право роботодавець тримати паспорт'),
  // Lithuanian
  ...u('lt', 'acute', 'iš kaimynų buto eina juodi dūmai', 'kolega nekvėpuoja', 'kolega nukrito nuo pastolių ir kraujuoja', 'koridoriuje vyras su peiliu puola žmones'),
  ...u('lt', 'suicide', 'nebenoriu gyventi', 'visiems būtų geriau be manęs'),
  ...u('lt', 'domestic', 'vyras mane muša', 'vyras mane musa kiekviena vakara'),
  ...u('lt', 'exploitation', 'bosas atėmė mano pasą', 'bosas ateme mano pasa', 'mus užrakina name ir neleidžia išeiti'),
  ...no('lt', 'koks policijos numeris, ne skubu', 'kokios yra priešgaisrinės saugos taisyklės namuose', 'šitas viršvalandžių darbas mane žudo', 'negaliu eiti į darbą, sergu, ką daryti'),
  // Hungarian
  ...u('hu', 'acute', 'a szomszéd lakásából füst jön', 'a szomszed lakasabol fust jon', 'a kollégám nem lélegzik', 'a kollégám leesett az állványról és vérzik', 'késsel támadnak az utcán most'),
  ...u('hu', 'suicide', 'nem akarok tovább élni', 'mindenkinek jobb lenne nélkülem', 'meg akarok halni'),
  ...u('hu', 'domestic', 'a férjem megver', 'a ferjem megver minden este'),
  ...u('hu', 'exploitation', 'a főnököm elvette az útlevelemet', 'a fonokom elvette az utlevelemet', 'bezártak minket a házba, nem engednek el'),
  ...no('hu', 'mi a rendőrség nem sürgős száma', 'milyen tűzvédelmi szabályok vannak otthon', 'megöl ez a túlóra'),
  // Turkish
  ...u('tr', 'acute', 'komşunun dairesinden duman çıkıyor', 'komsunun dairesinden duman cikiyor', 'iş arkadaşım nefes almıyor', 'arkadaşım iskeleden düştü ve kanıyor', 'sokakta bıçakla saldırıyorlar şu anda'),
  ...u('tr', 'suicide', 'artık yaşamak istemiyorum', 'ölmek istiyorum'),
  ...u('tr', 'domestic', 'kocam beni dövüyor', 'kocam beni dovuyor'),
  ...u('tr', 'exploitation', 'patron pasaportumu aldı', 'patron pasaportumu aldi', 'bizi evde kilitli tutuyorlar, çıkmamıza izin vermiyorlar'),
  ...no('tr', 'çocuğum okulda düştü dizini incitti', 'patronum bana bağırıyor'),
  ...no('tr', 'acil olmayan polis numarası nedir', 'evde yangın güvenliği kuralları nelerdir', 'bu fazla mesai beni öldürüyor'),
  // Czech
  ...u('cs', 'acute', 'ze sousedního bytu jde hustý kouř', 'kolega nedýchá', 'kolega spadl z lešení a krvácí', 'někdo se vloupává do bytu'),
  ...u('cs', 'suicide', 'už nechci žít', 'všem bude líp beze mě'),
  ...u('cs', 'domestic', 'manžel mě bije', 'manzel me bije'),
  ...u('cs', 'exploitation', 'šéf nám vzal pasy', 'sef nam vzal pasy', 'zamykají nás v ubytovně a nepustí nás ven'),
  ...no('cs', 'jaké je číslo policie, není to naléhavé', 'jaká jsou pravidla požární ochrany doma'),
  // Slovak
  ...u('sk', 'acute', 'zo susedného bytu ide hustý dym', 'kolega nedýcha', 'kolega spadol z lešenia a krváca'),
  ...u('sk', 'suicide', 'už nechcem žiť', 'nechce sa mi žiť'),
  ...u('sk', 'domestic', 'manžel ma bije', 'manzel ma bije'),
  ...u('sk', 'exploitation', 'šéf nám zobral pasy', 'sef nam zobral pasy'),
  ...no('sk', 'aké je číslo polície, nie je to naliehavé', 'aké sú pravidlá požiarnej ochrany doma'),
  // Slovenian
  ...u('sl', 'acute', 'iz sosednjega stanovanja gre gost dim', 'sodelavec ne diha', 'sodelavec je padel z odra in močno krvavi'),
  ...u('sl', 'suicide', 'nočem več živeti', 'vsem bi bilo bolje brez mene'),
  ...u('sl', 'domestic', 'mož me tepe', 'moz me tepe'),
  ...u('sl', 'exploitation', 'šef nam je vzel potne liste', 'sef nam je vzel potne liste'),
  ...no('sl', 'katera je številka policije, ni nujno', 'kakšna so pravila požarne varnosti doma'),
  // Greek
  ...u('el', 'acute', 'βγαίνει καπνός από το διαμέρισμα του γείτονα', 'ο συνάδελφος δεν αναπνέει', 'ο συναδελφος δεν αναπνεει', 'ο συνάδελφος έπεσε από τη σκαλωσιά και αιμορραγεί πολύ'),
  ...u('el', 'suicide', 'δεν θέλω να ζω άλλο', 'θέλω να πεθάνω'),
  ...u('el', 'domestic', 'ο άντρας μου με χτυπάει'),
  ...u('el', 'exploitation', 'το αφεντικό πήρε τα διαβατήριά μας'),
  ...no('el', 'ποιο είναι το τηλέφωνο της αστυνομίας, δεν είναι επείγον', 'ποιοι είναι οι κανόνες πυρασφάλειας στο σπίτι'),
  // Spanish
  ...u('es', 'acute', 'sale humo negro de la ventana del vecino', 'mi compañero no respira', 'mi compañero se cayó del andamio y sangra mucho', 'hay un hombre con un cuchillo en el portal ahora'),
  ...u('es', 'suicide', 'no quiero vivir más', 'todos estarían mejor sin mí'),
  ...u('es', 'domestic', 'mi marido me pega', 'mi novio me pega cuando bebe'),
  ...u('es', 'exploitation', 'el jefe se quedó con mi pasaporte', 'el jefe se quedo con mi pasaporte', 'nos encierran en la casa y no nos dejan salir'),
  ...no('es', 'cuál es el número de la policía que no es urgente', 'estas horas extra me están matando', 'cuáles son las normas de seguridad contra incendios en casa'),
  // Italian
  ...u('it', 'acute', 'esce fumo nero dalla finestra dei vicini', 'il mio collega non respira', 'il collega è caduto dall impalcatura e sanguina molto'),
  ...u('it', 'suicide', 'non voglio più vivere', 'tutti starebbero meglio senza di me'),
  ...u('it', 'domestic', 'mio marito mi picchia', 'mio marito mi mette le mani addosso'),
  ...u('it', 'exploitation', 'il capo ha preso il mio passaporto', 'ci chiudono dentro la casa e non ci lasciano uscire'),
  ...no('it', 'qual è il numero della polizia non urgente', 'quali sono le regole antincendio in casa', 'questi straordinari mi stanno uccidendo', 'non posso andare al lavoro, ho la febbre'),
  ...u('it', 'exploitation', 'il capo non ci lascia andare via dalla fattoria'),
  // Portuguese
  ...u('pt', 'acute', 'sai fumo preto da janela do vizinho', 'o meu colega não respira', 'o meu colega caiu do andaime e sangra muito'),
  ...u('pt', 'suicide', 'não quero mais viver', 'todos ficariam melhor sem mim'),
  ...u('pt', 'domestic', 'o meu marido bate-me', 'o meu marido bate me todos os dias'),
  ...u('pt', 'exploitation', 'o patrão ficou com o meu passaporte', 'o patrao ficou com o meu passaporte'),
  ...no('pt', 'qual é o número da polícia que não é urgente', 'quais são as regras de segurança contra incêndio em casa'),
  // Estonian
  ...u('et', 'acute', 'naabri korterist tuleb paksu suitsu', 'kolleeg ei hinga', 'kolleeg kukkus tellingutelt ja veritseb'),
  ...u('et', 'suicide', 'ma ei taha enam elada', 'kõigil oleks parem ilma minuta'),
  ...u('et', 'domestic', 'mees peksab mind'),
  ...u('et', 'exploitation', 'ülemus võttis mu passi', 'ulemus vottis mu passi'),
  ...no('et', 'mis on politsei number kui pole kiire', 'millised on tuleohutuse reeglid kodus'),
  // Latvian
  ...u('lv', 'acute', 'no kaimiņu dzīvokļa nāk dūmi', 'kolēģis neelpo', 'kolēģis nokrita no sastatnēm un stipri asiņo'),
  ...u('lv', 'suicide', 'negribu vairs dzīvot', 'visiem būtu labāk bez manis'),
  ...u('lv', 'domestic', 'vīrs mani sit'),
  ...u('lv', 'exploitation', 'priekšnieks paņēma manu pasi', 'prieksnieks panema manu pasi'),
  ...no('lv', 'kāds ir policijas numurs, nav steidzami', 'kādi ir ugunsdrošības noteikumi mājās'),
  // Situations told in full sentences (fire with children inside, a neighbour down, threats, eviction tonight).
  ...u('et', 'acute', 'köögis on tulekahju ja lapsed on sees'),
  ...u('et', 'acute', 'trepikojas on paks suits ja me ei saa välja'),
  ...u('et', 'acute', 'mu naaber lamab põrandal ega reageeri'),
  ...u('et', 'acute', 'töökaaslane sai elektrilöögi ja ei hinga'),
  ...u('et', 'suicide', 'ma ei jaksa enam, tahan lihtsalt kaduda igaveseks'),
  ...u('et', 'suicide', 'mõtlen enesetapule'),
  ...u('et', 'domestic', 'mu elukaaslane lõi mind ja ähvardab tappa'),
  ...u('et', 'domestic', 'kardan oma meest, ta peksab mind'),
  ...u('et', 'exploitation', 'tööandja võttis meie passid ära ja me ei saa lahkuda'),
  ...u('et', 'exploitation', 'võlg agentuurile kasvab iga nädal'),
  ...u('et', 'eviction', 'üürileandja viskas meid täna õhtul tänavale'),
  ...u('sl', 'acute', 'v kuhinji gori in otroci so notri'),
  ...u('sl', 'acute', 'na stopnišču je gost dim, ne moremo ven'),
  ...u('sl', 'acute', 'sosed leži na tleh in se ne odziva'),
  ...u('sl', 'acute', 'sodelavca je udaril tok in ne diha'),
  ...u('sl', 'suicide', 'ne zdržim več, hočem izginiti za vedno'),
  ...u('sl', 'suicide', 'razmišljam o samomoru'),
  ...u('sl', 'domestic', 'partner me je udaril in grozi, da me bo ubil'),
  ...u('sl', 'domestic', 'bojim se moža, tepe me'),
  ...u('sl', 'exploitation', 'delodajalec nam je vzel potne liste in ne smemo oditi'),
  ...u('sl', 'exploitation', 'dolg agenciji vsak teden raste'),
  ...u('sl', 'eviction', 'najemodajalec nas je nocoj vrgel na cesto'),
  ...u('nl', 'acute', 'er is brand in de keuken en de kinderen zijn binnen'),
  ...u('nl', 'acute', 'mijn buurman ligt op de grond en reageert niet'),
  ...u('nl', 'acute', 'een collega kreeg een schok en ademt niet meer'),
  ...u('nl', 'acute', 'er staan mannen met messen voor de deur'),
  ...u('nl', 'suicide', 'ik denk erover om een eind aan mijn leven te maken'),
  ...u('nl', 'domestic', 'mijn partner heeft me geslagen en dreigt me te vermoorden'),
  ...u('nl', 'exploitation', 'de werkgever heeft onze paspoorten en we mogen niet weg'),
  ...u('nl', 'eviction', 'de huisbaas heeft ons vanavond buiten gezet en de sloten vervangen'),
  ...u('it', 'acute', 'c è un incendio in cucina e i bambini sono dentro'),
  ...u('it', 'acute', 'il mio vicino è a terra e non risponde'),
  ...u('it', 'acute', 'un uomo con un coltello minaccia la gente davanti al portone'),
  ...u('it', 'suicide', 'penso di togliermi la vita'),
  ...u('it', 'domestic', 'il mio compagno mi ha picchiata e minaccia di uccidermi'),
  ...u('it', 'exploitation', 'il datore di lavoro ci ha tolto i passaporti e non possiamo andare via'),
  ...u('it', 'eviction', 'il padrone di casa ci ha buttati fuori stasera'),
  ...u('el', 'acute', 'έχει πάρει φωτιά η κουζίνα και τα παιδιά είναι μέσα'),
  ...u('el', 'acute', 'ο γείτονας είναι πεσμένος στο πάτωμα και δεν αντιδρά'),
  ...u('el', 'suicide', 'σκέφτομαι να αυτοκτονήσω'),
  ...u('el', 'domestic', 'ο σύντροφός μου με χτύπησε και απειλεί να με σκοτώσει'),
  ...u('el', 'exploitation', 'ο εργοδότης κράτησε τα διαβατήριά μας και δεν μας αφήνει να φύγουμε'),
  ...u('es', 'acute', 'hay fuego en la cocina y los niños están dentro'),
  ...u('es', 'acute', 'mi vecino está en el suelo y no responde'),
  ...u('es', 'suicide', 'estoy pensando en quitarme la vida'),
  ...u('es', 'domestic', 'mi pareja me pegó y amenaza con matarme'),
  ...u('es', 'exploitation', 'el empleador nos quitó los pasaportes y no nos deja salir'),
  ...u('es', 'eviction', 'el casero nos echó a la calle esta noche'),
  ...u('lt', 'acute', 'virtuvėje gaisras, vaikai viduje'),
  ...u('lt', 'acute', 'kaimynas guli ant grindų ir nereaguoja'),
  ...u('lt', 'suicide', 'galvoju apie savižudybę'),
  ...u('lt', 'domestic', 'sugyventinis mane sumušė ir grasina nužudyti'),
  ...u('lt', 'exploitation', 'darbdavys atėmė mūsų pasus ir neleidžia išvažiuoti'),
  ...u('uk', 'acute', 'на кухні пожежа, діти всередині'),
  ...u('uk', 'acute', 'сусід лежить на підлозі і не реагує'),
  ...u('uk', 'suicide', 'думаю про самогубство'),
  ...u('uk', 'domestic', 'мій партнер мене побив і погрожує вбити'),
  ...u('uk', 'exploitation', 'роботодавець забрав наші паспорти і не відпускає нас'),
  ...u('uk', 'eviction', 'власник викинув нас на вулицю сьогодні ввечері'),
  ...u('ro', 'acute', 'e foc în bucătărie și copiii sunt înăuntru'),
  ...u('ro', 'acute', 'vecinul zace pe jos și nu reacționează'),
  ...u('ro', 'suicide', 'mă gândesc să mă sinucid'),
  ...u('ro', 'domestic', 'partenerul m-a bătut și amenință că mă omoară'),
  ...u('ro', 'exploitation', 'angajatorul ne-a luat pașapoartele și nu ne lasă să plecăm'),
  ...u('en', 'acute', 'there is a fire in the kitchen and the kids are inside'),
  ...u('en', 'acute', 'my neighbour is lying on the floor and not reacting'),
  ...u('en', 'suicide', 'i am thinking about killing myself'),
  ...u('en', 'domestic', 'my partner beat me up and says he will kill me'),
  ...u('en', 'exploitation', "the employer has our passports and won't let us leave"),
  ...u('en', 'eviction', 'the landlord put us on the street tonight'),
  ...SITUATION_CASES,
  ...MORE_SITUATION_CASES,
  ...HUNGARIAN_SITUATION_CASES,
  ...ONGOING_INDIRECT_CASES,
  ...ROUND4_CASES,
  ...ROUND4B_CASES,
  ...ROUND4C_CASES,
  ...ROUND5A_CASES,
  ...ROUND5B_CASES,
  ...ROUND5C_CASES,
  ...ROUND5D_CASES,
  ...ROUND5E_CASES,
  ...ROUND5F_CASES,
  ...ROUND5G_CASES,
  ...ROUND6A_CASES,
  ...ROUND6B_CASES,
  ...ROUND6C_CASES,
  ...ROUND6D_CASES,
  ...WITHDRAW_CASES,
];
