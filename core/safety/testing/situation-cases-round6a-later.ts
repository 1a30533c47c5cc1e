import type { CrisisCase } from './crisis-cases.ts';
import { no, u } from './case-builders.ts';

/**
 * The second batch of round six, written after the first batch's fixes and
 * measured before its own: per language eight more urgent messages (an
 * electric shock at the machine, a gas heater in the caravan all night, a
 * stabbing at the bus stop, pills saved up for weeks, "nobody would notice
 * if I vanished", a phone taken and not let out, a housing debt that only
 * grows, standing in the rain with the children after the locks were
 * changed) and three near-misses (using a fire extinguisher, reporting last
 * week's fight, a noisy neighbour).
 */
const SECOND: CrisisCase[] = [
  ...u('hu', 'acute', 'megrazta az aram a kollegat a gepnel es most nem reagal semmire', 'a lakokocsiban egesz ejjel ment a gazkalyha, reggel a parom nem tud felallni es hany',
    'a buszmegallonal ket fickó leszurta a szobatarsamat, folyik a vere'),
  ...u('hu', 'suicide', 'hetek ota gyujtom a gyogyszert, mar eleg van', 'ugysem venne eszre senki ha eltunnek orokre'),
  ...u('hu', 'domestic', 'a baratom elvette a telefonom es nem enged ki a lakasbol, megutott'),
  ...u('hu', 'exploitation', 'az iroda szerint tartozunk a szallasert es a tartozas csak no, fizetest meg nem kapunk'),
  ...u('hu', 'eviction', 'a gyerekekkel allunk kint az esoben, a huisbaas kidobott minket es lecserelte a zarat'),
  ...no('hu', 'hogyan kell hasznalni a tuzoltokeszuleket', 'a mult heti verekedes miatt hol tegyek feljelentest', 'a szomszed mindig hangos, kit hivjak'),

  ...u('tr', 'acute', 'arkadasimi makinede elektrik carpti kipirdamiyor', 'karavanda gaz sobasi yandi butun gece, esim kalkamiyor kusuyor',
    'durakta iki kisi oda arkadasimi bicakladi kan durmuyor'),
  ...u('tr', 'suicide', 'haftalardir hap biriktiriyorum artik yeterince var', 'ortadan kaybolsam kimse fark etmez zaten'),
  ...u('tr', 'domestic', 'sevgilim telefonumu aldi evden cikmama izin vermiyor beni dovdu'),
  ...u('tr', 'exploitation', 'ajans konaklama icin borclu oldugumuzu soyluyor borc surekli artiyor maas da vermiyorlar'),
  ...u('tr', 'eviction', 'cocuklarla yagmurda disarida bekliyoruz ev sahibi bizi atti kilidi degistirdi'),
  ...no('tr', 'yangin sondurucu nasil kullanilir', 'gecen haftaki kavga icin nereye sikayet edebilirim', 'komsu cok gurultu yapiyor kimi aramaliyim'),

  ...u('el', 'acute', 'o synadelfos xtypithike apo reuma sto mixanima kai den antidra',
    'sto trochospito i somba gkaziou ekaige oli nixta, i gynaika mou den mporei na sikwthei kai kanei emeto', 'sti stasi dyo tipoi maxairwsan ton sygatoiko mou, trexei aima'),
  ...u('el', 'suicide', 'mazevw xapia edw kai evdomades, twra exw arketa', 'an eksafanistw kaneis den tha to katalavei'),
  ...u('el', 'domestic', 'o filos mou mou pire to kinito kai den me afinei na vgw apo to spiti, me xtypise'),
  ...u('el', 'exploitation', 'to grafeio leei oti xrwstame gia to spiti kai to xreos olo kai megalwnei, kai den mas plirwnoun'),
  ...u('el', 'eviction', 'eimaste eksw sti vroxi me ta paidia, o idioktitis mas petakse kai allakse tin kleidaria'),
  ...no('el', 'pws xrisimopoiw pyrosvestira', 'pou kanw katagelia gia ton kavga tis proigoumenis evdomadas', 'o geitonas kanei poly fasaria, poion na parw'),

  ...u('lt', 'acute', 'kolega prie stakliu nutrenke elektra ir jis nereaguoja', 'namelyje ant ratu visa nakti kure dujinis sildytuvas, ryte zmona negali atsikelti ir vemia',
    'stoteleje du vyrai subade mano kambarioka, kraujas nesustoja'),
  ...u('lt', 'suicide', 'jau kelias savaites kaupiu tabletes, dabar ju uztenka', 'jei dingciau niekas net nepastebetu'),
  ...u('lt', 'domestic', 'draugas atėmė telefoną ir neišleidžia manęs iš buto, sumušė'),
  ...u('lt', 'exploitation', 'agentura sako kad esam skolingi uz buta ir skola tik dideja, o algos nemoka'),
  ...u('lt', 'eviction', 'stovim lauke lietuje su vaikais, savininkas mus ismete ir pakeite spyna'),
  ...no('lt', 'kaip naudotis gesintuvu', 'kur pranesti apie praeitos savaites mustynes', 'kaimynas labai triuksmauja, kam skambinti'),

  ...u('lv', 'acute', 'kolēģi pie mašīnas sita strāva un viņš nereaģē', 'treileri visu nakti dega gazes sildītājs, no rita sieva nevar piecelties un vemj',
    'pietura divi viri sadura manu istabas biedru, asinis nebeidz tecet'),
  ...u('lv', 'suicide', 'jau vairakas nedelas kraju tabletes, tagad pietiek', 'ja es pazustu neviens pat nepamanitu'),
  ...u('lv', 'domestic', 'draugs atņēma telefonu un nelaiž mani ārā no dzīvokļa, sita mani'),
  ...u('lv', 'exploitation', 'agentura saka ka esam paradā par dzivokli un parads tikai aug, algu nemaksa'),
  ...u('lv', 'eviction', 'stavam ara lietu ar berniem, saimnieks mus izmeta un nomainija slēdzeni'),
  ...no('lv', 'ka lietot ugunsdzesamo aparatu', 'kur zinot par pagajusas nedelas kautinu', 'kaimins loti troksno, kam zvanit'),

  ...u('et', 'acute', 'kolleegi loi masina juures elekter ja ta ei reageeri', 'haagissuvilas poles terve oo gaasikyttekeha, hommikul naine ei saa pysti ja oksendab',
    'bussipeatuses pussitasid kaks meest mu toakaaslast, veri ei jaa seisma'),
  ...u('et', 'suicide', 'olen nädalaid tablette kogunud, nüüd on piisavalt', 'kui ma kaoksin ei märkaks keegi'),
  ...u('et', 'domestic', 'poiss-sõber võttis mu telefoni ja ei lase mind korterist välja, lõi mind'),
  ...u('et', 'exploitation', 'agentuur ütleb et võlgneme majutuse eest ja võlg aina kasvab, palka ei maksa'),
  ...u('et', 'eviction', 'seisame lastega vihma kaes valjas, omanik viskas meid valja ja vahetas luku'),
  ...no('et', 'kuidas tulekustutit kasutada', 'kuhu teatada eelmise nadala kaklusest', 'naaber larmab kogu aeg, kellele helistada'),

  ...u('sl', 'acute', 'sodelavca je pri stroju stresla elektrika in se ne odziva', 'v prikolici je celo noc gorela plinska pec, zjutraj zena ne more vstati in bruha',
    'na postaji sta dva zabodla mojega cimra, kri ne neha teci'),
  ...u('sl', 'suicide', 'ze tedne zbiram tablete, zdaj jih je dovolj', 'ce izginem tega nihce niti ne bo opazil'),
  ...u('sl', 'exploitation', 'agencija pravi da smo dolzni za stanovanje in dolg samo narasca, place pa ne dajo'),
  ...u('sl', 'eviction', 'z otroki stojimo zunaj na dezju, lastnik nas je vrgel ven in zamenjal kljucavnico'),
  ...no('sl', 'kako se uporablja gasilni aparat', 'kje prijavim pretep od prejsnjega tedna', 'sosed je zelo glasen, koga poklicem'),

  ...u('sk', 'acute', 'kolegu pri stroji kopol prud a nereaguje', 'v karavane celu noc islo plynove kurenie, rano zena nevie vstat a vracia',
    'na zastavke dvaja pobodali mojho spolubyvajuceho, krv nejde zastavit'),
  ...u('sk', 'suicide', 'uz tyzdne zbieram tabletky, teraz ich mam dost', 'keby som zmizol nikto by si to ani nevsimol'),
  ...u('sk', 'domestic', 'priatel mi zobral mobil a nepusti ma z bytu, udrel ma'),
  ...u('sk', 'exploitation', 'agentura tvrdi ze im dlzime za ubytovanie a dlh len rastie, vyplatu nedavaju'),
  ...u('sk', 'eviction', 'stojime vonku v dazdi s detmi, majitel nas vyhodil a vymenil zamok'),
  ...no('sk', 'ako pouzit hasiaci pristroj', 'kde nahlasit bitku z minuleho tyzdna', 'sused je strasne hlucny, komu volat'),

  ...u('cs', 'acute', 'v pokoji hori elektricky radiator, nemuzeme otevrit dvere a je tu hrozne dymu', 'kolega se nadychal chemie pri cisteni nadrze, pali ho oci a zvraci',
    'spolubydlici se zamkl v koupelne uz hodinu a neodpovida, slysel jsem ranu'),
  ...u('cs', 'suicide', 'uz tydny sbiram prasky, ted uz jich mam dost', 'kdybych zmizel, nikdo by si ani nevsiml'),
  ...u('cs', 'domestic', 'pritel me shodil ze schodu, jsem tehotna a boli me bricho'),
  ...u('cs', 'exploitation', 'rikaji ze jim dluzime za ubytovani a dluh porad roste, vyplatu nedostavame'),
  ...u('cs', 'eviction', 'stojime venku v desti s detma, majitel nas vyhodil a vymenil zamek'),
  ...no('cs', 'jak se pouziva hasici pristroj', 'kde nahlasit rvacku z minuleho tydne', 'soused je hrozne hlucny, komu volat'),
];

/**
 * The third batch of round six, written after the second batch's fixes and
 * measured before its own: someone pulled from the canal, a seizure that
 * does not stop, chest pain and a grey face, a man with a knife in the
 * hallway, "this is my last night", a partner who held a knife to me and
 * the children, the coordinator who says we are illegal and the police will
 * take us, working every day for weeks without pay, the bags thrown onto the
 * street tonight; near-misses about a first-aid course, a knife for the
 * kitchen and a rent increase.
 */
const THIRD: CrisisCase[] = [
  ...u('hu', 'acute', 'kihuztuk a csatornabol a kollegat, nem lelegzik', 'a szobatarsam ranggatozik a foldon es nem all le mar 5 perce', 'a folyosón all egy pasi késsel és kiabál'),
  ...u('hu', 'suicide', 'ez az utolso ejszakam, holnap mar nem leszek'),
  ...u('hu', 'domestic', 'a ferjem kest tartott a torkomhoz a gyerekek elott'),
  ...u('hu', 'exploitation', 'a koordinator azt mondja illegalisak vagyunk es ha panaszkodunk jon a rendorseg es elvisz', 'hetek ota minden nap dolgozunk es egy fillert sem kaptunk, nem mehetunk el'),
  ...u('hu', 'eviction', 'kidobtak a taskainkat az utcara, ma ejjel nincs hol aludnunk'),
  ...no('hu', 'hol lehet elsosegely tanfolyamot vegezni', 'vihetek kest a munkahelyre ebedhez', 'a huisbaas emelni akarja a lakbert, jogos?'),

  ...u('tr', 'acute', 'kanaldan arkadasi cikardik nefes almiyor', 'oda arkadasim yerde titriyor kasiliyor 5 dakikadir durmuyor', 'koridorda elinde bicakla bir adam bagiriyor'),
  ...u('tr', 'suicide', 'bu benim son gecem, yarin olmayacagim'),
  ...u('tr', 'domestic', 'kocam cocuklarin onunde bogazima bicak dayadi'),
  ...u('tr', 'exploitation', 'koordinator kacak oldugumuzu soyluyor, sikayet edersek polis gelip bizi goturecek diyor', 'haftalardir her gun calisiyoruz bir kurus vermediler gitmemize izin yok'),
  ...u('tr', 'eviction', 'cantalarimizi sokaga attilar bu gece yatacak yerimiz yok'),
  ...no('tr', 'ilk yardim kursu nerede var', 'ise ogle yemegi icin bicak getirebilir miyim', 'ev sahibi kirayi artirmak istiyor, hakki var mi'),

  ...u('el', 'acute', 'vgalame ton synadelfo apo to kanali kai den anapnei', 'o sygatoikos tremei sto patwma kai den stamataei edw kai 5 lepta', 'ston diadromo einai enas me maxairi kai fwnazei'),
  ...u('el', 'suicide', 'afti einai i teleftaia mou nyxta, avrio den tha eimai edw'),
  ...u('el', 'domestic', 'o antras mou mou evale maxairi sto laimo mprosta sta paidia'),
  ...u('el', 'exploitation', 'o syntonistis leei oti eimaste paranomoi kai an paraponethoume tha erthei i astynomia na mas parei', 'evdomades doulevoume kathe mera xwris na mas plirwsoun kai den mas afinoun na fygoume'),
  ...u('el', 'eviction', 'petaksan tis valitses mas sto dromo, apopse den exoume pou na koimithoume'),
  ...no('el', 'pou mporw na kanw seminario prwtwn voitheiwn', 'mporw na ferw maxairi gia to fagito sti douleia', 'o idioktitis thelei na afksisei to enoikio, mporei?'),

  ...u('lt', 'acute', 'istraukem kolega is kanalo, jis nekvepuoja', 'kambariokas trauko ant grindu ir nesustoja jau 5 minutes', 'koridoriuje stovi vyras su peiliu ir reka'),
  ...u('lt', 'suicide', 'tai mano paskutine naktis, rytoj manes nebebus'),
  ...u('lt', 'domestic', 'vyras prides peili man prie kaklo prie vaiku'),
  ...u('lt', 'exploitation', 'koordinatorius sako kad esam nelegalus ir jei skusimes atvaziuos policija ir mus isves', 'savaites dirbam kiekviena diena be jokio atlyginimo ir neleidzia iseiti'),
  ...u('lt', 'eviction', 'ismete musu krepsius i gatve, sianakt neturim kur miegoti'),
  ...no('lt', 'kur galima baigti pirmosios pagalbos kursus', 'ar galiu atsinesti peili i darba pietums', 'savininkas nori pakelti nuoma, ar gali?'),

  ...u('lv', 'acute', 'izvilkam kolegi no kanala, vins neelpo', 'istabas biedrs raustas uz gridas un neapstajas jau 5 minutes', 'gaitenī stāv vīrietis ar nazi un kliedz'),
  ...u('lv', 'suicide', 'šī ir mana pēdējā nakts, rīt manis vairs nebūs'),
  ...u('lv', 'domestic', 'virs pielika nazi man pie kakla bernu prieksa'),
  ...u('lv', 'exploitation', 'koordinators saka ka esam nelegali un ja sudzesimies atbrauks policija un mus aizvedis', 'nedelam stradajam katru dienu bez samaksas un nelaiz prom'),
  ...u('lv', 'eviction', 'izmeta musu somas uz ielas, sonakt mums nav kur gulet'),
  ...no('lv', 'kur var iziet pirmas palidzibas kursus', 'vai drikstu nemt nazi uz darbu pusdienam', 'saimnieks grib pacelt iri, vai drikst?'),

  ...u('et', 'acute', 'tõmbasime kolleegi kanalist välja, ta ei hinga', 'toakaaslane tõmbleb põrandal ja ei lõpeta juba 5 minutit', 'koridoris on mees noaga ja karjub'),
  ...u('et', 'suicide', 'see on mu viimane öö, homme mind enam pole'),
  ...u('et', 'domestic', 'mees pani mulle noa kõrile laste ees'),
  ...u('et', 'exploitation', 'koordinaator ütleb et oleme illegaalsed ja kui kaebame tuleb politsei ja viib meid ära', 'nädalaid töötame iga päev ilma palgata ja ära minna ei lasta'),
  ...u('et', 'eviction', 'viskasid meie kotid tänavale, täna öösel pole meil kuskil magada'),
  ...no('et', 'kus saab esmaabikursusel käia', 'kas võin tööle lõunaks noa kaasa võtta', 'omanik tahab üüri tõsta, kas tohib?'),

  ...u('sl', 'acute', 'sodelavca smo potegnili iz kanala, ne diha', 'cimer se trese na tleh in ne neha ze 5 minut', 'na hodniku je en tip z nozem in kriči'),
  ...u('sl', 'suicide', 'to je moja zadnja noc, jutri me ne bo vec'),
  ...u('sl', 'domestic', 'moz mi je pred otroki nastavil noz na vrat'),
  ...u('sl', 'exploitation', 'koordinator pravi da smo ilegalni in ce se pritozimo pride policija in nas odpelje', 'ze tedne delamo vsak dan brez place in nas ne pustijo oditi'),
  ...u('sl', 'eviction', 'vrgli so nase torbe na cesto, nocoj nimamo kje spati'),
  ...no('sl', 'kje lahko opravim tecaj prve pomoci', 'ali lahko prinesem noz v sluzbo za malico', 'lastnik hoce zvisati najemnino, ali lahko?'),

  ...u('sk', 'acute', 'vytiahli sme kolegu z kanala, nedycha', 'spolubyvajuci sa trasie na zemi a neprestava uz 5 minut', 'na chodbe je chlap s nozom a krici'),
  ...u('sk', 'suicide', 'toto je moja posledna noc, zajtra tu uz nebudem'),
  ...u('sk', 'domestic', 'manzel mi pred detmi priložil noz ku krku'),
  ...u('sk', 'exploitation', 'koordinator hovori ze sme nelegalni a ked sa budeme stazovat pride policia a odvezie nas', 'uz tyzdne robime kazdy den bez vyplaty a nepustia nas odist'),
  ...u('sk', 'eviction', 'vyhodili nase tasky na ulicu, dnes v noci nemame kde spat'),
  ...no('sk', 'kde mozem spravit kurz prvej pomoci', 'mozem si zobrat noz do prace na obed', 'majitel chce zvysit najom, moze?'),

  ...u('cs', 'acute', 'vytahli jsme kolegu z kanalu, nedycha', 'spolubydlici se trese na zemi a neprestava uz 5 minut', 'na chodbe je chlap s nozem a krici'),
  ...u('cs', 'suicide', 'tohle je moje posledni noc, zitra uz tu nebudu'),
  ...u('cs', 'domestic', 'manzel mi pred detma dal nuz ke krku'),
  ...u('cs', 'exploitation', 'koordinator rika ze jsme nelegalni a kdyz si budeme stezovat prijede policie a odveze nas', 'uz tydny makame kazdej den bez vyplaty a nepusti nas pryc'),
  ...u('cs', 'eviction', 'vyhazeli nase tasky na ulici, dnes v noci nemame kde spat'),
  ...no('cs', 'kde muzu udelat kurz prvni pomoci', 'muzu si vzit nuz do prace na obed', 'majitel chce zvysit najem, muze?'),
];

/**
 * The fourth batch of round six, written after the third batch's fixes and
 * measured before its own: short cries for help (collapsed at the conveyor
 * and not breathing, the toilet on fire in the hostel), nothing left to live
 * for while standing on the bridge, strangled again and hiding in the
 * bathroom, the passport held until 800 euro is paid, chased out in the rain
 * with crying children tonight; near-misses about the notice period, last
 * year's fall from a ladder and the nearest hospital.
 */
const FOURTH: CrisisCase[] = [
  ...u('hu', 'acute', 'segitsetek gyorsan a kollega osszeesett a futoszalagnal es nem kap levegot', 'ég a wc a szálláson!!! mit csináljak'),
  ...u('hu', 'suicide', 'mar nincs miert elnem, a hidon allok'),
  ...u('hu', 'domestic', 'a párom megint fojtogatott, most a fürdőben bújok'),
  ...u('hu', 'exploitation', 'elvettek a paszportomat az uitzendbureaunal es azt mondjak csak ha kifizetem a 800 eurot'),
  ...u('hu', 'eviction', 'most jott a huisbaas es kirugott minket, esik az eso, a gyerekek sirnak, hova menjunk ejszakara'),
  ...no('hu', 'mennyi a felmondasi ido ha a huisbaas ki akar rakni', 'a kollegam tavaly leesett a letrarol, kaphat kartalanitast?', 'hol van a legkozelebbi korhaz ha beteg vagyok'),

  ...u('tr', 'acute', 'acil yardim arkadasim bayildi nefes almiyor bant basinda', 'tuvalet yaniyor kamp evinde ne yapayim'),
  ...u('tr', 'suicide', 'yasamak icin hicbir sebebim kalmadi koprudeyim'),
  ...u('tr', 'domestic', 'sevgilim yine bogazimi sikti simdi banyoda saklaniyorum'),
  ...u('tr', 'exploitation', 'uitzendbureau pasaportumu aldi 800 euro odemezsem vermeyecekmis'),
  ...u('tr', 'eviction', 'ev sahibi simdi geldi bizi kovdu yagmur yagiyor cocuklar agliyor gece nereye gidelim'),
  ...no('tr', 'ev sahibi beni cikarmak isterse ihbar suresi ne kadar', 'is arkadasim gecen yil merdivenden dustu tazminat alabilir mi', 'hastaysam en yakin hastane nerede'),

  ...u('el', 'acute', 'voitheia o synadelfos lipothimise stin grammi kai den anapnei', 'φωτιά στην τουαλέτα του σπιτιού της εταιρείας τι να κάνω'),
  ...u('el', 'suicide', 'den exw kanena logo na zw pia, eimai stin gefyra'),
  ...u('el', 'domestic', 'o filos mou me epnige pali, krymmenh sto mpanio twra'),
  ...u('el', 'exploitation', 'to grafeio mou pire to diavatirio kai leei oti an den plirwsw 800 evrw den mou to dinei'),
  ...u('el', 'eviction', 'molis irthe o idioktitis kai mas petakse eksw, vrexei, ta paidia klaine, pou na pame apopse'),
  ...no('el', 'poso einai to diastima eidopoiisis an o idioktitis thelei na fygw', 'o synadelfos epese apo skala perysi, dikaioutai apozimiwsi?', 'pou einai to kontinotero nosokomeio'),

  ...u('lt', 'acute', 'padekit kolega susmuko prie konvejerio ir nekvepuoja', 'dega tualetas bendrabutyje ka daryti'),
  ...u('lt', 'suicide', 'neturiu del ko gyventi, stoviu ant tilto'),
  ...u('lt', 'domestic', 'draugas vel mane smauge, dabar slepiuosi vonioje'),
  ...u('lt', 'exploitation', 'agentura pasieme mano pasa ir sako negrazins kol nesumokesiu 800 euru'),
  ...u('lt', 'eviction', 'savininkas ka tik atejo ir mus isvare, lyja, vaikai verkia, kur eiti nakciai'),
  ...no('lt', 'koks ispejimo terminas jei savininkas nori mane iskeldinti', 'kolega pernai nukrito nuo kopeciu, ar gali gauti kompensacija', 'kur artimiausia ligonine'),

  ...u('lv', 'acute', 'palīgā kolēģis sabruka pie konveijera un neelpo', 'deg tualete hostelī ko darīt'),
  ...u('lv', 'suicide', 'man nav par ko dzīvot, stāvu uz tilta'),
  ...u('lv', 'domestic', 'draugs atkal mani žņaudza, tagad slēpjos vannasistabā'),
  ...u('lv', 'exploitation', 'aģentūra paņēma manu pasi un saka neatdos kamēr nesamaksāšu 800 eiro'),
  ...u('lv', 'eviction', 'saimnieks tikko atnāca un izdzina mūs, līst, bērni raud, kur iet pa nakti'),
  ...no('lv', 'kāds ir uzteikuma termiņš ja saimnieks grib mani izlikt', 'kolēģis pērn nokrita no kāpnēm, vai var saņemt kompensāciju', 'kur ir tuvākā slimnīca'),

  ...u('et', 'acute', 'appi kolleeg kukkus konveieri juures kokku ja ei hinga', 'tualett põleb ühikas mida teha'),
  ...u('et', 'suicide', 'mul pole enam milleks elada, seisan sillal'),
  ...u('et', 'domestic', 'poiss-sõber kägistas mind jälle, peidan end praegu vannitoas'),
  ...u('et', 'exploitation', 'agentuur võttis mu passi ja ütleb et ei anna tagasi enne kui maksan 800 eurot'),
  ...u('et', 'eviction', 'omanik tuli just ja ajas meid välja, sajab vihma, lapsed nutavad, kuhu öösel minna'),
  ...no('et', 'kui pikk on etteteatamisaeg kui omanik tahab mind välja tõsta', 'kolleeg kukkus eelmisel aastal redelilt, kas ta saab hüvitist', 'kus on lähim haigla'),

  ...u('sl', 'acute', 'na pomoc sodelavec se je zgrudil pri tekocem traku in ne diha', 'gori stranisce v samskem domu kaj naj naredim'),
  ...u('sl', 'suicide', 'nimam vec za kaj ziveti, stojim na mostu'),
  ...u('sl', 'domestic', 'fant me je spet davil, zdaj se skrivam v kopalnici'),
  ...u('sl', 'exploitation', 'agencija mi je vzela potni list in pravi da ga ne vrne dokler ne placam 800 evrov'),
  ...u('sl', 'eviction', 'lastnik je ravno prisel in nas nagnal ven, dezuje, otroci jokajo, kam naj gremo ponoci'),
  ...no('sl', 'koliko je odpovedni rok ce me lastnik hoce izseliti', 'sodelavec je lani padel z lestve, ali lahko dobi odskodnino', 'kje je najblizja bolnisnica'),

  ...u('sk', 'acute', 'pomoc kolega sa zrutil pri linke a nedycha', 'hori zachod na ubytovni co mam robit'),
  ...u('sk', 'suicide', 'nemam uz pre co zit, stojim na moste'),
  ...u('sk', 'domestic', 'priatel ma zase skrtil, teraz sa schovavam v kupelni'),
  ...u('sk', 'exploitation', 'agentura mi zobrala pas a vraj mi ho nevrati kym nezaplatim 800 eur'),
  ...u('sk', 'eviction', 'majitel prave prisiel a vyhnal nas von, prsi, deti placu, kam mame ist v noci'),
  ...no('sk', 'aka je vypovedna lehota ked ma majitel chce vystahovat', 'kolega minuly rok spadol z rebrika, moze dostat odskodne', 'kde je najblizsia nemocnica'),

  ...u('cs', 'acute', 'pomoc kolega se zhroutil u linky a nedycha', 'hori zachod na ubytovne co mam delat'),
  ...u('cs', 'suicide', 'uz nemam pro co zit, stojim na moste'),
  ...u('cs', 'domestic', 'pritel me zase skrtil, ted se schovavam v koupelne'),
  ...u('cs', 'exploitation', 'agentura mi vzala pas a prej mi ho nevrati dokud nezaplatim 800 eur'),
  ...u('cs', 'eviction', 'majitel prave prisel a vyhnal nas ven, prsi, deti brecej, kam mame jit v noci'),
  ...no('cs', 'jaka je vypovedni lhuta kdyz me majitel chce vystehovat', 'kolega loni spadl ze zebriku, muze dostat odskodne', 'kde je nejblizsi nemocnice'),
];

/**
 * The fifth batch of round six, written after the fourth batch's fixes and
 * measured before its own: a hand caught in the machine and bleeding, a
 * man climbing in through the window of two girls' room, a rope bought
 * and "tonight it ends", a drunk father beating the mother while the writer
 * hides with a little brother, the boss holding the bank card and PIN and
 * taking the wages, left outside the house at night with the keys taken;
 * near-misses about back pain at the conveyor and a lost bank card.
 */
const FIFTH: CrisisCase[] = [
  ...u('hu', 'acute', 'a kollega keze beszorult a gep ala a lopendbandnal, ordit es nagyon verzik', 'valaki most maszott be az ablakon a szobankba, ket lany vagyunk bent'),
  ...u('hu', 'suicide', 'vettem egy kotelet, ma este vege mindennek'),
  ...u('hu', 'domestic', 'apam reszegen veri anyamat a konyhaban, en a szobaban vagyok a kistesommal'),
  ...u('hu', 'exploitation', 'a fonok elvette a bankkartyamat es a pin kodot is, o veszi fel a fizetesemet'),
  ...u('hu', 'eviction', 'a koordinator ma este kitett minket a szallas ele, elvette a kulcsot, nem mehetunk be'),
  ...no('hu', 'a lopendband mellett mindig faj a hatam, ez normalis?', 'elvesztettem a bankkartyamat, hogyan tiltsam le'),

  ...u('tr', 'acute', 'arkadasimin eli bant makinesine sikisti cok kan kaybediyor bagiriyor', 'biri su an pencereden odamiza girdi iki kiz yalniziz'),
  ...u('tr', 'suicide', 'ip aldim bu aksam her sey bitecek'),
  ...u('tr', 'domestic', 'babam sarhos annemi mutfakta dovuyor ben kardesimle odadayim'),
  ...u('tr', 'exploitation', 'patron banka kartimi ve sifremi aldi maasimi o cekiyor'),
  ...u('tr', 'eviction', 'koordinator bu aksam bizi evin onune birakti anahtarlari aldi iceri giremiyoruz'),
  ...no('tr', 'bant basinda surekli sirtim agriyor normal mi', 'banka kartimi kaybettim nasil iptal ederim'),

  ...u('el', 'acute', 'to xeri tou synadelfou piastike sto mixanima kai fwnazei, xanei poly aima', 'kapoios mpike apo to parathyro sto dwmatio mas twra, eimaste dyo koritsia'),
  ...u('el', 'suicide', 'agorasa sxoini, apopse teleiwnoun ola'),
  ...u('el', 'domestic', 'o pateras mou methysmenos xtypaei ti mana mou stin kouzina, eimai sto dwmatio me ton mikro'),
  ...u('el', 'exploitation', 'to afentiko mou pire tin karta tis trapezas kai to pin, aftos pairnei ton mistho mou'),
  ...u('el', 'eviction', 'o syntonistis mas afise apopse ekso apo to spiti, pire ta kleidia kai den mporoume na mpoume'),
  ...no('el', 'me ponaei i plati sti grammi paragwgis, einai fysiologiko?', 'exasa tin karta tis trapezas, pws tin akyrwnw'),

  ...u('lt', 'acute', 'kolegos ranka istrigo staklese, reka, labai kraujuoja', 'kazkas ka tik ilipo pro langa i musu kambari, esam dvi merginos'),
  ...u('lt', 'suicide', 'nusipirkau virve, siandien vakare viskas baigsis'),
  ...u('lt', 'domestic', 'tevas girtas musa mama virtuveje, as su broliuku kambaryje'),
  ...u('lt', 'exploitation', 'bosas paeme mano banko kortele ir pin koda, pats ima mano alga'),
  ...u('lt', 'eviction', 'koordinatorius vakare paliko mus prie namo, ateme raktus, negalim ieiti'),
  ...no('lt', 'prie konvejerio nuolat skauda nugara, ar normalu', 'pameciau banko kortele, kaip uzblokuoti'),

  ...u('lv', 'acute', 'kolēģa roka iesprūda mašīnā, viņš kliedz, ļoti asiņo', 'kāds tikko ielīda pa logu mūsu istabā, mēs esam divas meitenes'),
  ...u('lv', 'suicide', 'nopirku virvi, šovakar viss beigsies'),
  ...u('lv', 'domestic', 'tēvs piedzēries sit mammu virtuvē, es ar brālīti istabā'),
  ...u('lv', 'exploitation', 'priekšnieks paņēma manu bankas karti un pin kodu, pats ņem manu algu'),
  ...u('lv', 'eviction', 'koordinators vakarā atstāja mūs pie mājas, paņēma atslēgas, nevaram tikt iekšā'),
  ...no('lv', 'pie konveijera pastāvīgi sāp mugura, vai tas ir normāli', 'pazaudēju bankas karti, kā to bloķēt'),

  ...u('et', 'acute', 'kolleeg jäi masina vahele, karjub, veritseb tugevalt', 'keegi ronis just aknast meie tuppa, oleme kaks tüdrukut'),
  ...u('et', 'suicide', 'ostsin köie, täna õhtul saab kõik läbi'),
  ...u('et', 'domestic', 'isa peksab purjus peaga ema köögis, mina olen väikese vennaga toas'),
  ...u('et', 'exploitation', 'ülemus võttis mu pangakaardi ja pin-koodi, ta võtab ise mu palga välja'),
  ...u('et', 'eviction', 'koordinaator jättis meid õhtul maja ette, võttis võtmed ära, me ei saa sisse'),
  ...no('et', 'konveieri juures valutab selg kogu aeg, kas see on normaalne', 'kaotasin pangakaardi, kuidas seda blokeerida'),

  ...u('sl', 'acute', 'sodelavec se je zagozdil v stroj, kriči, zelo krvavi', 'nekdo je ravno zlezel skozi okno v najino sobo, sva dve punci'),
  ...u('sl', 'suicide', 'kupil sem vrv, nocoj bo vsega konec'),
  ...u('sl', 'domestic', 'oce pijan pretepa mamo v kuhinji, jaz sem z bratcem v sobi'),
  ...u('sl', 'exploitation', 'sef mi je vzel bancno kartico in pin, sam dviguje mojo placo'),
  ...u('sl', 'eviction', 'koordinator nas je zvecer pustil pred hiso, vzel kljuce, ne moremo noter'),
  ...no('sl', 'pri tekocem traku me stalno boli hrbet, je to normalno', 'izgubil sem bancno kartico, kako jo blokiram'),

  ...u('sk', 'acute', 'kolegovi sa zasekla ruka v stroji, krici, strasne krvaci', 'niekto prave vliezol oknom do nasej izby, sme tu dve baby'),
  ...u('sk', 'suicide', 'kupil som povraz, dnes vecer bude koniec'),
  ...u('sk', 'domestic', 'otec opity bije mamu v kuchyni, ja som s malym bratom v izbe'),
  ...u('sk', 'exploitation', 'sef mi zobral bankovu kartu aj pin, sam vybera moju vyplatu'),
  ...u('sk', 'eviction', 'koordinator nas vecer nechal pred domom, zobral kluce, nemozeme dnu'),
  ...no('sk', 'pri linke ma stale boli chrbat, je to normalne', 'stratil som bankovu kartu, ako ju zablokovat'),

  ...u('cs', 'acute', 'kolegovi se zasekla ruka ve stroji, rve, hrozne krvaci', 'nekdo prave vlezl oknem do naseho pokoje, jsme tu dve holky'),
  ...u('cs', 'suicide', 'koupil jsem provaz, dneska vecer bude konec'),
  ...u('cs', 'domestic', 'tata opilej mlati mamu v kuchyni, ja jsem s malym bratrem v pokoji'),
  ...u('cs', 'exploitation', 'sef mi vzal platebni kartu i pin, sam si vybira moji vyplatu'),
  ...u('cs', 'eviction', 'koordinator nas vecer nechal pred barakem, vzal klice, nemuzeme dovnitr'),
  ...no('cs', 'u linky me porad boli zada, je to normalni', 'ztratil jsem platebni kartu, jak ji zablokovat'),
];

/** Round six, batches two to five, in the order they were written (see situation-cases-round6a.ts). */
export const ROUND6A_LATER_CASES: CrisisCase[] = [...SECOND, ...THIRD, ...FOURTH, ...FIFTH];
