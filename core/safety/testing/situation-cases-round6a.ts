import type { CrisisCase } from './crisis-cases.ts';
import { no, u } from './case-builders.ts';
import { ROUND6A_LAST_CASES } from './situation-cases-round6a-last.ts';
import { ROUND6A_LATER_CASES } from './situation-cases-round6a-later.ts';

/**
 * Round six, first batch: chat-style messages in nine languages (hu tr el
 * lt lv et sl sk cs), written the way migrant workers type them: lower
 * case, diacritics often missing, run-on sentences with the context of the
 * job and the housing (the agency, the coordinator, the warehouse, the bus,
 * the container or caravan), the danger described rather than named (lips
 * gone blue, pills laid out and a last message to the mother, a rope
 * bought, standing on the roof, the stove heater and everyone's headache,
 * locks changed while at work), Greek mostly as greeklish. Per language
 * about fourteen urgent messages over every kind and seven near-misses
 * (the non-urgent police number, overtime that "kills", fire-safety rules,
 * last month's accident and who pays, a lease ending next month, reporting
 * a former employer, deductions from pay).
 * Written for the tests before the detector was run on them, independent
 * of any evaluation set.
 *
 * Two messages of the batches are left out of the table, as known misses:
 * "lazasan is be kell mennem a csomagoloba, a fonok azt mondta ha nem jovok
 * kirak a szallasrol" (hu, forced to work with a fever or out of the
 * housing: the fever and the threat lie further apart than the force +
 * unwell rule's window, and an "otherwise out" cue in `force` would make
 * evict + force read every "or else they throw me out?" as an eviction),
 * and "fant mi je vzel telefon in me ne pusti iz stanovanja, udaril me je"
 * (sl, read as urgent but as exploitation: the boyfriend stands more than
 * partner + confine's six words from "ne pusti", and a window of ten turned
 * two other table cases).
 *
 * Batches two to nine, each written after the previous batch's fixes and
 * measured before its own, are in situation-cases-round6a-later.ts (two to
 * five) and situation-cases-round6a-last.ts (six to nine, and near-misses
 * written to hold the widened cues in).
 */
export const ROUND6A_CASES: CrisisCase[] = [
  ...u('hu', 'acute', 'a szallason a konyhaban eg a tuzhely es tele van fusttel a folyoso, a tobbiek meg alszanak',
    'a raktarban leesett a kolega a targoncarol es nem szol semmit csak fekszik, a feje alatt ver van',
    'erosen gazszagu az egesz lepcsohaz es a kisfiam szedul, hanyingere van',
    'a szobatarsam kek a szaja es alig lelegzik, nem tudom felkelteni',
    'most rugjak az ajtonkat ketten reszegen es kiabaljak hogy megolnek minket'),
  ...u('hu', 'suicide', 'kiraktam a gyogyszereket az asztalra es irtam anyamnak egy bucsulevelet',
    'mar semmi ertelme, ma este lemegyek a hidhoz es vege', 'nem birom tovabb, jobb lenne ha nem lennek, senkinek nem hianyoznek'),
  ...u('hu', 'domestic', 'az elettarsam ma megint megvert es elvette a telefonomat, a gyerekkel bezarkoztunk a wcbe',
    'a ferjem tegnap este fojtogatott, felek hazamenni mert azt mondta legkozelebb megol'),
  ...u('hu', 'exploitation', 'a koordinator nala tartja a szemelyimet es csak akkor adja vissza ha ledolgozom a tartozast, ami minden heten no',
    'azt irtak hogy ha feljelentem oket akkor otthon a csaladomnak baja lesz'),
  ...u('hu', 'eviction', 'a huisbaas ket emberrel jott es most dobaljak ki a cuccainkat, ejszakara az utcan maradunk'),
  ...no('hu', 'mi a rendorseg szama ha nem surgos, csak elloptak a biciklimet', 'ez a tulora kikeszit, mar het napja dolgozom szunet nelkul',
    'milyen tuzvedelmi szabalyok vannak a kiadott hazakban, kell e fustjelzo', 'mult honapban baleset ert a munkaban, ki fizeti a korhazat',
    'a berleti szerzodesem jovo honapban lejar es a huisbaas nem akarja meghosszabbitani', 'hogyan jelenthetem fel a regi munkaltatomat aki nem fizetett ki',
    'levonhatja az uitzendbureau a buszt a fizetesembol'),

  ...u('tr', 'acute', 'servisten inince bi araba arkadasima carpti yerde yatiyo kafasindan kan geliyo',
    'mutfakta yag alev aldi duman her yerde cikamiyoruz', 'oda arkadasim yerde yatiyor dudaklari mor nefes almiyo galiba',
    'biri su an pencereyi kirip iceri girmeye calisiyor', 'konteynerde soba yaniyor hepimizin basi cok agriyor biri bayildi'),
  ...u('tr', 'suicide', 'haplari masaya dizdim anneme son mesajimi yazdim', 'bu gece her seyi bitirecegim kimse aramasin',
    'kopruden atlamayi dusunuyorum her gun dayanamiyorum artik'),
  ...u('tr', 'domestic', 'kocam yine icip geldi beni tokatladi cocuklar agliyor banyoya kilitlendim', 'esim bicak gosterip beni oldurecegini soyledi'),
  ...u('tr', 'exploitation', 'koordinator pasaportlarimizi aldi borcunuz bitmeden vermem diyor borc her hafta artiyor',
    'ayagim kirik ama sef ise gel yoksa evden atarim dedi', 'geceleri bizi konteynere kilitliyorlar disari cikamiyoruz'),
  ...u('tr', 'eviction', 'ev sahibi adamlarla geldi esyalarimizi disari atiyor bu gece sokaktayiz'),
  ...no('tr', 'acil olmayan polis numarasi kac, arabamin aynasini kirmislar', 'bu mesai beni oldurecek 12 saattir ayaktayim',
    'evde yangin guvenligi icin ne lazim yangin tupu zorunlu mu', 'gecen ay is kazasi gecirdim sigorta oder mi',
    'kira sozlesmem gelecek ay bitiyor ev sahibi uzatmiyor ne yapmaliyim', 'eski isverenim maasimi odemedi nasil sikayet ederim',
    'uitzendbureau maasimdan otobus parasi kesebilir mi'),

  ...u('el', 'acute', 'o synadelfos phre reuma apo to mixanima kai twra einai katw kai den kounietai',
    'vgainei kapnos apo to dwmatio tou diplanou kai i porta kaiei', 'o sygatoikos einai pesmenos sto mpanio, ta xeilia tou mple kai den anapnei',
    'mirizei gkazi se olo to spiti kai to paidi zalistike', 'kapoios spaei tin porta mas twra, kryftikame sto dwmatio'),
  ...u('el', 'suicide', 'evala ola ta xapia sto trapezi kai egrapsa sti mana mou', 'den antexw allo, apopse ta teleiwnw ola, sygnwmi se olous',
    'σκέφτομαι να πηδήξω από τη γέφυρα, δεν έχει νόημα τίποτα'),
  ...u('el', 'domestic', 'o andras mou me xtypise pali mprosta sta paidia kai fovamai na gyrisw spiti', 'o filos mou me epiase apo to laimo kai leei oti tha me skotwsei'),
  ...u('el', 'exploitation', 'o syntonistis kratae ta diavatiria mas kai to xreos megalwnei kathe evdomada',
    'me anagkazoun na doulevw me spasmeno xeri alliws me petane apo to spiti', 'μας κλειδώνουν στο κοντέινερ το βράδυ και δεν μπορούμε να βγούμε'),
  ...u('el', 'eviction', 'o idioktitis irthe me dyo tipous kai mas petaei eksw apopse, ta pragmata mas einai sto dromo'),
  ...no('el', 'poio einai to tilefwno tis astynomias gia mi epeigonta', 'aftes oi yperwries me skotwnoun, kathe mera 12 wres',
    'ti kanones pyrasfaleias isxyoun gia to spiti pou noikiazw', 'ton perasmeno mina eixa atyxima sti douleia, poios plirwnei to nosokomeio',
    'to symvolaio tou spitiou liyei ton allo mina, prepei na fygw?', 'pws kanw katagelia gia to palio afentiko pou den me plirwse',
    'boroun na mou kratisoun apo ton mistho gia to leoforeio?'),

  ...u('lt', 'acute', 'sandelyje kolega nukrito nuo lentynu, guli ir nekalba, is galvos bega kraujas',
    'koridoriuje pilna dumu, is kaimyno kambario matosi ugnis', 'kambariokas guli ant grindu lupos melynos ir beveik nekvepuoja',
    'prie autobuso stoteles masina partrenke zmogu jis nejuda', 'kazkas dabar lauzia musu duris ir rekia kad mus nuzudys'),
  ...u('lt', 'suicide', 'issidejau visas tabletes ant stalo ir parasiau mamai atsisveikinimo zinute', 'nebematau prasmes gyventi, siandien viska baigsiu',
    'nusipirkau virve, atsiprasau visu'),
  ...u('lt', 'domestic', 'vyras vel girtas sumuse mane prie vaiku, uzsirakinau vonioje', 'draugas smaugė mane ir grasina nuzudyti jei kam pasakysiu'),
  ...u('lt', 'exploitation', 'koordinatorius pasieme musu pasus ir sako atiduos tik kai grazinsim skola, o skola vis auga',
    'vercia dirbti su luzusia ranka, sako kitaip ismes is buto', 'grasina kad mano seimai lietuvoje kas nors atsitiks jei eisiu i policija'),
  ...u('lt', 'eviction', 'savininkas atejo su dviem vyrais ir jega mus ismeta lauk, siandien nakti neturim kur miegot'),
  ...no('lt', 'koks policijos numeris ne skubiais atvejais', 'sie virsvalandziai mane uzmus', 'kokios priesgaisrines saugos taisykles nuomojamam bute',
    'praeita menesi patyriau nelaime darbe, kas sumokes uz gydyma', 'nuomos sutartis baigiasi kita menesi, ar galiu likti',
    'kaip pranesti apie buvusi darbdavi kuris nesumokejo algos', 'ar agentura gali issiskaiciuoti is algos uz autobusa'),

  ...u('lv', 'acute', 'noliktava kolegis nokrita no kapnem un nekustas, asinis uz gridas', 'virtuve deg ella panna un dumi pa visu maju nevaram nodzest',
    'istabas biedrs guļ uz grīdas, lūpas zilas, neelpo', 'kolegis pie linijas sabruka un nereage, nejutu pulsu',
    'kads tagad lauzas mums iekša pa logu'),
  ...u('lv', 'suicide', 'saliku visas tabletes uz galda un uzrakstiju mammai ardievas', 'vairs negribu dzivot, sonakt visu izbeigsu',
    'stavu uz tilta un domaju lekt'),
  ...u('lv', 'domestic', 'virs atkal piedzeries mani sita berna prieksa, es paslepos vannas istaba', 'draugs mani znaudza un draud nogalinat ja aiziesu'),
  ...u('lv', 'exploitation', 'koordinators paturēja mūsu pases un saka atdos tikai kad atmaksāsim parādu, bet parāds katru nedēļu aug',
    'liek stradat ar salauztu roku citadi izmetis no majas', 'agentura mus nakti ieslēdz konteinerā un neizlaiž ārā'),
  ...u('lv', 'eviction', 'saimnieks atnaca ar diviem viriem un sovakar ar varu mus izmet uz ielas'),
  ...no('lv', 'kads ir policijas numurs ne arkartas gadijumos', 'sis virsstundas mani nobeigs', 'kadi ir ugunsdrosibas noteikumi ireta maja',
    'pagajusaja menesi darba bija nelaimes gadijums, kas maksas par arstesanu', 'ires ligums beidzas nakammenes, ko darit',
    'ka sudzeties par bijušo darba deveju kurs nesamaksaja algu', 'vai agentura drikst ieturet no algas par autobusu'),

  ...u('et', 'acute', 'laos kukkus kolleeg redelilt ja ei liiguta, peast tuleb verd', 'koridor on suitsu täis ja naabri toast paistab leeke',
    'toakaaslane lamab porandal huuled sinised ei hinga vist', 'terve maja haiseb gaasi järele, lapsel on paha ja pea käib ringi',
    'keegi murrab praegu meie ust sisse'),
  ...u('et', 'suicide', 'panin koik tabletid lauale ja kirjutasin emale hyvastijatu', 'ma ei taha enam elada, täna öösel lõpetan kõik',
    'mõtlen sillalt alla hüpata, kellelgi pole mind vaja'),
  ...u('et', 'domestic', 'mees tuli jälle purjus koju ja peksis mind laste ees, lukustasin end vannituppa', 'elukaaslane kagistas mind ja ahvardab tappa kui ara lahen'),
  ...u('et', 'exploitation', 'koordinaator vottis meie passid, annab tagasi alles kui volg makstud aga volg kasvab iga nadal',
    'sunnivad töötama katkise käega muidu viskavad majast välja', 'ööseks pannakse meid konteinerisse luku taha ja välja ei lasta'),
  ...u('et', 'eviction', 'omanik tuli kahe mehega ja viskab meid täna öösel jõuga tänavale'),
  ...no('et', 'mis on politsei number kui pole kiire', 'need ületunnid tapavad mu ära', 'millised on tuleohutuse reeglid üürikorteris',
    'eelmisel kuul oli tööõnnetus, kes maksab ravi eest', 'üürileping lõpeb järgmisel kuul, mida teha',
    'kuidas kaevata endise tööandja peale kes palka ei maksnud', 'kas agentuur voib palgast bussi eest kinni pidada'),

  ...u('sl', 'acute', 'v kuhinji v baraki gori, dim je po celem hodniku, sosedje se spijo', 'sodelavca je stisnil vilicar, ves je krvav in ne odgovarja',
    'cimra lezi na tleh v kopalnici, ustnice ima modre, ne diha', 'v stanovanju smrdi po plinu, otroka bruhata',
    'pred hiso se tepeta dva z nozem, eden ze krvavi'),
  ...u('sl', 'suicide', 'tablete sem dal na mizo in mami napisal da jo imam rad, adijo', 'nocoj bom naredil konec, nimam vec moci',
    'razmisljam da skocim z mostu, nikomur ne bom manjkal'),
  ...u('sl', 'domestic', 'mož me je spet pretepel pred otroki, zaklenila sem se v spalnico', 'fant mi grozi da me ubije ce ga zapustim, vceraj me je davil'),
  ...u('sl', 'exploitation', 'koordinator ima nase potne liste in pravi da jih dobimo nazaj ko odplacamo dolg ki vsak teden raste',
    'moram delat z zlomljeno nogo sicer me vrze iz sobe', 'grozijo da bodo moji druzini doma nekaj naredili ce grem na policijo'),
  ...u('sl', 'eviction', 'lastnik je prisel z dvema tipoma in nas zdaj na silo mece ven, nocoj bomo na cesti'),
  ...no('sl', 'katera je stevilka policije ko ni nujno', 'te nadure me bodo ubile', 'kaksna so pravila o pozarni varnosti v najemniskem stanovanju',
    'prejsnji mesec sem imel nesreco v sluzbi, kdo placa', 'najemna pogodba se izteče naslednji mesec',
    'kako prijavim bivsega delodajalca ki ni placal', 'ali lahko agencija odteguje za prevoz'),

  ...u('sk', 'acute', 'na ubytovni hori kuchyna, vsade je dym a nemozeme vyjst po schodoch', 'kolega spadol z rebrika v sklade a nehybe sa, z hlavy mu tecie krv',
    'spolubyvajuci ma modre pery a nedycha, neviem ho zobudit', 'cely barak smrdi plynom, deti vracaju',
    'niekto sa nam prave dobija do izby a krici ze nas zabije'),
  ...u('sk', 'suicide', 'vsetky tabletky mam na stole a mame som napisal nech mi odpusti', 'uz nevladzem, dnes v noci to skoncim',
    'stojim na moste a rozmyslam ze skocim'),
  ...u('sk', 'domestic', 'manzel ma zase zbil pred detmi, zamkla som sa v kupelni', 'priatel ma skrtil a hovori ze ma zabije ked odidem'),
  ...u('sk', 'exploitation', 'koordinator nam zobral pasy a vrati ich az ked splatime dlh, a dlh stale rastie',
    'musim robit so zlomenou rukou inak ma vyhodia z ubytovne', 'v noci nas zamykaju v kontajneri a nepustia von'),
  ...u('sk', 'eviction', 'majitel prisiel s dvoma chlapmi a teraz nas nasilim vyhadzuje, dnes budeme spat na ulici'),
  ...no('sk', 'ake je cislo na policiu ked to nie je naliehave', 'tie nadcasy ma zabiju', 'ake su pravidla poziarnej bezpecnosti v prenajatom dome',
    'minuly mesiac som mal v praci uraz, kto zaplati', 'najomna zmluva mi konci buduci mesiac',
    'ako nahlasit byvaleho zamestnavatela co nezaplatil', 'moze agentura strhavat z vyplaty za autobus'),

  ...u('cs', 'acute', 'na ubytovne nekdo zapalil matraci a cela chodba je v dymu', 'kolegu to kopla elektrika u linky a ted lezi a nereaguje',
    'kamarad se topi v kanalu u haly, nikdo neumi plavat', 'v karavanu jede plynove topeni, vsichni mame hrozne bolesti hlavy a pritel omdlel',
    'na parkovisti u busu do skladu nekoho pobodali, hodne krvaci'),
  ...u('cs', 'suicide', 'koupil jsem provaz, uz to nechci resit, sbohem', 'stojim na strese ubytovny a premyslim ze skocim',
    'poslal jsem mame posledni zpravu, prasky uz mam v sobe'),
  ...u('cs', 'domestic', 'pritel me zamkl v byte a vzal mi telefon, minule mi zlomil nos', 'tata zase mlati mamu v kuchyni, slysim to z pokoje'),
  ...u('cs', 'exploitation', 'agentura si nechala moji obcanku na uschovu a nevrati ji dokud jim nezaplatim za ubytovani',
    'mam horecku 39 ale vedouci rekl at prijdu na smenu jinak prijdu o postel', 'pracujeme po 16 hodin, neplati nam a z arealu nas nepousti'),
  ...u('cs', 'eviction', 'vymenili zamky kdyz jsem byl v praci, veci mam venku na ulici a dnes nemam kde spat'),
  ...no('cs', 'jake je cislo na policii kdyz to neni akutni, ukradli mi kolo', 'ty prescasy me zabijou', 'jaka jsou pravidla pozarni bezpecnosti pro byt',
    'minuly mesic jsem mel uraz v praci, plati to pojistovna?', 'smlouva na byt mi konci pristi mesic, musim se odstehovat?',
    'jak nahlasit byvalou agenturu ktera mi nezaplatila', 'muze mi agentura strhnout z vyplaty pokutu'),
  ...ROUND6A_LATER_CASES,
  ...ROUND6A_LAST_CASES,
];
