import type { CrisisCase } from './crisis-cases.ts';
import { no, u } from './case-builders.ts';

/**
 * The sixth batch of round six, written after the fifth batch's fixes and
 * measured before its own: a child who swallowed something and turns blue,
 * a throat swelling shut after a wasp sting, the coordinator who hits us,
 * going to the railway tracks tonight, cut myself and it will not stop
 * bleeding, a husband who put me out in the cold with the baby, a quitting
 * fine that keeps the debt growing; near-misses about a first-aid kit and
 * the notice period of a job.
 */
const SIXTH: CrisisCase[] = [
  ...u('hu', 'acute', 'a kisfiam lenyelt valamit es kekul, nem kap levegot', 'megcsipett egy daras es bedagadt a torkom, alig kapok levegot'),
  ...u('hu', 'suicide', 'ma este kimegyek a sinekhez, nem birom tovabb'),
  ...u('hu', 'domestic', 'a ferjem kizart a hidegbe a babaval, nem enged be'),
  ...u('hu', 'exploitation', 'a koordinator megutott minket mert lassan dolgoztunk'),
  ...u('hu', 'eviction', 'a tulaj emberei most hanyjak ki a cuccainkat a lakasbol'),
  ...no('hu', 'mi legyen az elsosegelydobozban a szallason', 'mennyi a felmondasi ido ha en akarok kilepni'),

  ...u('tr', 'acute', 'oglum bir sey yuttu morariyor nefes alamiyor', 'ari soktu bogazim sisiyor nefes alamiyorum'),
  ...u('tr', 'suicide', 'bu aksam tren yoluna gidecegim artik dayanamiyorum'),
  ...u('tr', 'domestic', 'kocam beni bebekle soguga kapinin disina atti iceri almiyor'),
  ...u('tr', 'exploitation', 'koordinator yavas calistik diye bize vurdu'),
  ...u('tr', 'eviction', 'ev sahibinin adamlari su an esyalarimizi evden atiyor'),
  ...no('tr', 'ilk yardim cantasinda ne olmali', 'isten ayrilmak istersem ihbar suresi ne kadar'),

  ...u('el', 'acute', 'to paidi katapie kati kai mavrizei, den anapnei', 'me tsimpise sfika kai prizetai o laimos mou, den mporw na anapnefsw'),
  ...u('el', 'suicide', 'apopse tha paw stis grammes tou trenou, den antexw allo'),
  ...u('el', 'domestic', 'o antras mou me petakse eksw sto krio me to mwro kai den me afinei na mpw'),
  ...u('el', 'exploitation', 'o syntonistis mas xtypise giati doulevame arga'),
  ...u('el', 'eviction', 'oi anthrwpoi tou idioktiti petane twra ta pragmata mas eksw apo to spiti'),
  ...no('el', 'ti prepei na exei to kouti prwtwn voitheiwn', 'poso einai to diastima proeidopoiisis an thelw na fygw apo ti douleia'),

  ...u('lt', 'acute', 'vaikas kazka prarijo ir melsta, nekvepuoja', 'ikando vapsva ir tinsta gerkle, negaliu kvepuoti'),
  ...u('lt', 'suicide', 'siandien vakare eisiu prie geležinkelio begiu, nebegaliu'),
  ...u('lt', 'domestic', 'vyras isvare mane su kudikiu i salti ir neileidzia vidun'),
  ...u('lt', 'exploitation', 'koordinatorius mus sumuse nes leta dirbom'),
  ...u('lt', 'eviction', 'savininko vyrai dabar isnesa musu daiktus is buto'),
  ...no('lt', 'kas turi buti pirmosios pagalbos vaistineleje', 'koks ispejimo terminas jei noriu iseiti is darbo'),

  ...u('lv', 'acute', 'bērns kaut ko norija un zilē, neelpo', 'iedzēla lapsene un kakls uztūkst, nevaru paelpot'),
  ...u('lv', 'suicide', 'šovakar iešu uz dzelzceļa sliedēm, vairs nevaru'),
  ...u('lv', 'domestic', 'vīrs izmeta mani ar mazuli aukstumā un nelaiž iekšā'),
  ...u('lv', 'exploitation', 'koordinators mūs sita jo strādājām lēni'),
  ...u('lv', 'eviction', 'saimnieka vīri tagad nes mūsu mantas ārā no dzīvokļa'),
  ...no('lv', 'kam jābūt pirmās palīdzības aptieciņā', 'kāds ir uzteikuma termiņš ja gribu aiziet no darba'),

  ...u('et', 'acute', 'laps neelas midagi alla ja läheb siniseks, ei hinga', 'herilane nõelas ja kurk paistetab, ei saa hingata'),
  ...u('et', 'suicide', 'täna õhtul lähen raudtee rööbastele, ma ei jaksa enam'),
  ...u('et', 'domestic', 'mees viskas mu beebiga külma kätte ega lase sisse'),
  ...u('et', 'exploitation', 'koordinaator lõi meid sest töötasime aeglaselt'),
  ...u('et', 'eviction', 'omaniku mehed viskavad praegu meie asju korterist välja'),
  ...no('et', 'mis peab esmaabikarbis olema', 'kui pikk on etteteatamisaeg kui tahan töölt lahkuda'),

  ...u('sl', 'acute', 'otrok je nekaj pogoltnil in postaja moder, ne diha', 'pičila me je osa in grlo mi otaka, ne morem dihati'),
  ...u('sl', 'suicide', 'nocoj grem na železniške tire, ne zmorem več'),
  ...u('sl', 'domestic', 'moz me je z dojenckom vrgel ven na mraz in me ne spusti noter'),
  ...u('sl', 'exploitation', 'koordinator nas je pretepel ker smo delali pocasi'),
  ...u('sl', 'eviction', 'lastnikovi mozje zdaj mecejo nase stvari iz stanovanja'),
  ...no('sl', 'kaj mora biti v omarici za prvo pomoc', 'koliko je odpovedni rok ce hocem dati odpoved'),

  ...u('sk', 'acute', 'dieta nieco prehltlo a modrie, nedycha', 'stipla ma osa a opuchne mi hrdlo, nemozem dychat'),
  ...u('sk', 'suicide', 'dnes vecer idem na kolajnice, uz nevladzem'),
  ...u('sk', 'domestic', 'manzel ma s babatkom vyhodil von do zimy a nepusti ma dnu'),
  ...u('sk', 'exploitation', 'koordinator nas zbil lebo sme robili pomaly'),
  ...u('sk', 'eviction', 'majitelovi chlapi teraz vyhadzuju nase veci z bytu'),
  ...no('sk', 'co ma byt v lekarnicke', 'aka je vypovedna lehota ked chcem dat vypoved'),

  ...u('cs', 'acute', 'dite neco spolklo a modra, nedycha', 'stipla me vosa a otejka mi krk, nemuzu dychat'),
  ...u('cs', 'suicide', 'dneska vecer jdu na koleje, uz nemuzu'),
  ...u('cs', 'domestic', 'manzel me s miminem vyhodil ven do zimy a nepusti me dovnitr'),
  ...u('cs', 'exploitation', 'koordinator nas zmlatil protoze jsme makali pomalu'),
  ...u('cs', 'eviction', 'majitelovi chlapi ted vyhazujou nase veci z bytu'),
  ...no('cs', 'co ma byt v lekarnicce', 'jaka je vypovedni lhuta kdyz chci dat vypoved'),
];

/**
 * The seventh batch of round six, written after the sixth batch's fixes and
 * measured before its own: a friend who swallowed a lot of pills and does
 * not wake up, the neighbours' balcony burning with smoke coming in, a car
 * into the bus stop with people on the ground, "I've had enough of
 * everything, I'm ending it", an ex outside with a knife, the IDs taken
 * "for registration" weeks ago, a fine for every sick day and a debt of
 * 1200, out within the hour after being fired; near-misses about renewing
 * an ID card and child support. The ex-partner outside with a knife was
 * written as domestic and is read as acute (the knife and the threat make
 * the emergency rule, tried before every domestic one, decide): kept as
 * acute, which brings 112 first.
 */
const SEVENTH: CrisisCase[] = [
  ...u('hu', 'acute', 'a baratom bevett egy csomo gyogyszert es nem lehet felebreszteni', 'ég a szomszéd erkélye és jön be a füst a szobánkba', 'egy auto belehajtott a buszmegalloba, emberek fekszenek a foldon'),
  ...u('hu', 'suicide', 'elegem van mindenbol, veget vetek ennek az egesznek'),
  ...u('hu', 'acute', 'az exem kint all kessel az ajto elott es azt mondja megol'),
  ...u('hu', 'exploitation', 'az iroda harom hete elvette a szemelyinket regisztraciora es nem adja vissza', 'minden beteg napert 50 euro buntetest kell fizetni, mar 1200 a tartozasom'),
  ...u('hu', 'eviction', 'a koordinator azt mondta pakoljatok, egy oran belul kint vagytok, ki vagytok rugva, nincs hol aludnunk'),
  ...no('hu', 'hol tudom megujitani a szemelyi igazolvanyomat', 'az exem nem fizet gyerektartast'),

  ...u('tr', 'acute', 'arkadasim bir suru hap icti uyanmiyor', 'komsunun balkonu yaniyor duman odamiza giriyor', 'bir araba otobus duragina daldi insanlar yerde yatiyor'),
  ...u('tr', 'suicide', 'her seyden biktim, bu ise son verecegim'),
  ...u('tr', 'acute', 'eski kocam disarida elinde bicakla beni oldurecegini soyluyor'),
  ...u('tr', 'exploitation', 'ajans uc hafta once kayit icin kimliklerimizi aldi geri vermiyor', 'her hasta gun icin 50 euro ceza kesiyorlar borcum 1200 oldu'),
  ...u('tr', 'eviction', 'koordinator esyalarinizi toplayin bir saat icinde cikin kovuldunuz dedi, yatacak yerimiz yok'),
  ...no('tr', 'kimlik kartimi nerede yenileyebilirim', 'eski esim nafaka odemiyor'),

  ...u('el', 'acute', 'o filos mou ipie polla xapia kai den ksypnaei', 'kaigetai to mpalkoni tou geitona kai mpainei kapnos sto dwmatio mas', 'ena amaxi epese sti stasi tou leoforeiou, anthrwpoi einai pesmenoi katw'),
  ...u('el', 'suicide', 'varethika ta panta, tha ta teleiwsw ola'),
  ...u('el', 'acute', 'o prwin mou einai eksw me maxairi kai leei oti tha me skotwsei'),
  ...u('el', 'exploitation', 'to grafeio mas pire tis taftotites prin treis evdomades gia eggrafi kai den tis dinei pisw', 'gia kathe mera arrwstias mas kovoun 50 evrw, to xreos mou einai idi 1200'),
  ...u('el', 'eviction', 'o syntonistis eipe mazepste ta pragmata sas, se mia wra na eiste eksw, apolyeste, den exoume pou na koimithoume'),
  ...no('el', 'pou ananewnw tin taftotita mou', 'o prwin mou den plirwnei diatrofi'),

  ...u('lt', 'acute', 'draugas isgere daug tableciu ir neatsibunda', 'dega kaimyno balkonas ir dumai eina i musu kambari', 'masina ivaziavo i autobusu stotele, zmones guli ant zemes'),
  ...u('lt', 'suicide', 'man viskas atsibodo, padarysiu tam gala'),
  ...u('lt', 'acute', 'buves vyras stovi lauke su peiliu ir sako kad mane nuzudys'),
  ...u('lt', 'exploitation', 'agentura pries tris savaites paeme musu asmens dokumentus registracijai ir negrazina', 'uz kiekviena ligos diena 50 euru bauda, skola jau 1200'),
  ...u('lt', 'eviction', 'koordinatorius pasake susipakuokit daiktus, per valanda kad jusu nebutu, esat atleisti, neturim kur miegoti'),
  ...no('lt', 'kur galiu atnaujinti asmens tapatybes kortele', 'buves vyras nemoka alimentu'),

  ...u('lv', 'acute', 'draugs izdzēra daudz tablešu un nevar pamosties', 'deg kaimiņu balkons un dūmi nāk mūsu istabā', 'mašīna iebrauca autobusa pieturā, cilvēki guļ uz zemes'),
  ...u('lv', 'suicide', 'man viss ir apnicis, es tam pielikšu punktu'),
  ...u('lv', 'acute', 'bijušais vīrs stāv ārā ar nazi un saka ka mani nogalinās'),
  ...u('lv', 'exploitation', 'aģentūra pirms trim nedēļām paņēma mūsu ID kartes reģistrācijai un neatdod', 'par katru slimības dienu 50 eiro sods, parāds jau 1200'),
  ...u('lv', 'eviction', 'koordinators teica sakravājiet mantas, pēc stundas jums te nav jābūt, esat atlaisti, mums nav kur gulēt'),
  ...no('lv', 'kur var atjaunot personas apliecību', 'bijušais vīrs nemaksā alimentus'),

  ...u('et', 'acute', 'sõber võttis palju tablette ja ei ärka üles', 'naabri rõdu põleb ja suits tuleb meie tuppa', 'auto sõitis bussipeatusesse, inimesed lamavad maas'),
  ...u('et', 'suicide', 'mul on kõigest kõrini, teen sellele lõpu'),
  ...u('et', 'acute', 'endine mees seisab õues noaga ja ütleb et tapab mu'),
  ...u('et', 'exploitation', 'agentuur võttis kolm nädalat tagasi meie id-kaardid registreerimiseks ega anna tagasi', 'iga haiguspäeva eest 50 eurot trahvi, võlg on juba 1200'),
  ...u('et', 'eviction', 'koordinaator ütles pakkige asjad, tunni aja pärast olete väljas, olete vallandatud, meil pole kuskil magada'),
  ...no('et', 'kus saan id-kaarti uuendada', 'endine mees ei maksa elatist'),

  ...u('sl', 'acute', 'prijatelj je vzel veliko tablet in se ne zbudi', 'gori sosedov balkon in dim prihaja v naso sobo', 'avto je zapeljal v avtobusno postajo, ljudje lezijo na tleh'),
  ...u('sl', 'suicide', 'vsega imam dovolj, naredil bom konec'),
  ...u('sl', 'acute', 'bivsi moz stoji zunaj z nozem in pravi da me bo ubil'),
  ...u('sl', 'exploitation', 'agencija nam je pred tremi tedni vzela osebne izkaznice za registracijo in jih ne vrne', 'za vsak dan bolniske 50 evrov kazni, dolg je ze 1200'),
  ...u('sl', 'eviction', 'koordinator je rekel spakirajte stvari, v eni uri morate biti zunaj, odpusceni ste, nimamo kje spati'),
  ...no('sl', 'kje lahko podaljsam osebno izkaznico', 'bivsi moz ne placuje prezivnine'),

  ...u('sk', 'acute', 'kamarat zjedol kopu tabletiek a neda sa zobudit', 'hori susedov balkon a dym ide do nasej izby', 'auto vrazilo do zastavky, ludia lezia na zemi'),
  ...u('sk', 'suicide', 'mam toho vsetkeho dost, urobim tomu koniec'),
  ...u('sk', 'acute', 'byvaly manzel stoji vonku s nozom a hovori ze ma zabije'),
  ...u('sk', 'exploitation', 'agentura nam pred tromi tyzdnami zobrala obcianske na registraciu a nevracia ich', 'za kazdy den choroby 50 eur pokuta, dlh je uz 1200'),
  ...u('sk', 'eviction', 'koordinator povedal zbalte si veci, do hodiny nech ste prec, ste vyhodeni, nemame kde spat'),
  ...no('sk', 'kde si mozem obnovit obciansky preukaz', 'byvaly manzel neplati vyzivne'),

  ...u('cs', 'acute', 'kamarad spolykal hromadu prasku a nejde probudit', 'hori sousedum balkon a kour jde do naseho pokoje', 'auto vjelo do zastavky, lidi lezi na zemi'),
  ...u('cs', 'suicide', 'mam vseho dost, udelam tomu konec'),
  ...u('cs', 'acute', 'bejvaly manzel stoji venku s nozem a rika ze me zabije'),
  ...u('cs', 'exploitation', 'agentura nam pred tremi tydny vzala obcanky na registraci a nevraci je', 'za kazdej den nemoci 50 eur pokuta, dluh je uz 1200'),
  ...u('cs', 'eviction', 'koordinator rekl zbalte si veci, do hodiny at jste pryc, jste vyhozeni, nemame kde spat'),
  ...no('cs', 'kde si muzu obnovit obcanku', 'bejvaly manzel neplati alimenty'),
];

/**
 * The eighth batch of round six, written after the seventh batch's fixes
 * and measured before its own, with Dutch and English words mixed in:
 * "brand" in the keuken of the agency house, a colleague under a pallet not
 * responding, "next time he will finish me off", not allowed out after
 * eight with the salary paid to the boss, the huisbaas's men at the door
 * now, "I'm writing this for the last time"; near-misses about a fire drill
 * at work and the uitzendbureau's rules for visitors. The Lithuanian men
 * at the door, written as an eviction, are read as acute ("daužo duris",
 * banging on the door, is an emergency on its own there): kept as acute.
 */
const EIGHTH: CrisisCase[] = [
  ...u('hu', 'acute', 'brand van a keukenben a bureau hazaban, mindenki kint van csak a szobatarsam nem jott ki', 'a kollegara raesett egy pallet es nem reagal'),
  ...u('hu', 'suicide', 'ezt irom utoljara, koszonok mindent'),
  ...u('hu', 'domestic', 'azt mondta a ferjem hogy legkozelebb vegez velem'),
  ...u('hu', 'exploitation', 'este 8 utan nem mehetunk ki a hazbol es a fizetesunket a fonok kapja meg'),
  ...u('hu', 'eviction', 'a huisbaas emberei most dorombolnek az ajton hogy azonnal menjunk ki'),
  ...no('hu', 'mikor lesz tuzriado gyakorlat a munkahelyen', 'mik az uitzendbureau szabalyai a latogatokra'),

  ...u('tr', 'acute', 'ajansin evinde mutfakta brand var herkes disarida oda arkadasim cikmadi', 'is arkadasimin ustune palet dustu tepki vermiyor'),
  ...u('tr', 'suicide', 'bunu son kez yaziyorum, her sey icin tesekkurler'),
  ...u('tr', 'domestic', 'kocam bir dahaki sefere beni bitirecegini soyledi'),
  ...u('tr', 'exploitation', 'aksam 8den sonra evden cikamiyoruz ve maasimizi patron aliyor'),
  ...u('tr', 'eviction', 'ev sahibinin adamlari su an kapiya vuruyor hemen cikin diyorlar'),
  ...no('tr', 'iste yangin tatbikati ne zaman', 'uitzendbureau evinde misafir kurallari neler'),

  ...u('el', 'acute', 'exei brand stin kouzina sto spiti tou grafeiou, oloi vgikan ektos apo ton sygatoiko mou', 'epese mia paleta panw ston synadelfo kai den antidra'),
  ...u('el', 'suicide', 'to grafw afto teleftaia fora, efxaristw gia ola'),
  ...u('el', 'domestic', 'o antras mou eipe oti tin epomeni fora tha me teleiwsei'),
  ...u('el', 'exploitation', 'meta tis 8 den mas afinoun na vgoume apo to spiti kai ton mistho mas ton pairnei to afentiko'),
  ...u('el', 'eviction', 'oi anthrwpoi tou idioktiti xtypane tin porta twra kai leene na fygoume amesws'),
  ...no('el', 'pote einai i askisi pyrkagias sti douleia', 'poioi einai oi kanones tou uitzendbureau gia episkeptes'),

  ...u('lt', 'acute', 'agenturos name virtuveje brand, visi isejo tik mano kambariokas ne', 'ant kolegos nukrito paletė ir jis nereaguoja'),
  ...u('lt', 'suicide', 'rasau tai paskutini karta, aciu uz viska'),
  ...u('lt', 'domestic', 'vyras pasake kad kita karta mane pribaigs'),
  ...u('lt', 'exploitation', 'po 8 vakaro negalim iseiti is namo, o musu alga gauna bosas'),
  ...u('lt', 'acute', 'savininko vyrai dabar dauzo duris ir sako tuoj pat isikraustyti'),
  ...no('lt', 'kada darbe bus gaisro pratybos', 'kokios uitzendbureau taisykles svečiams'),

  ...u('lv', 'acute', 'aģentūras mājā virtuvē brand, visi izgāja ārā tikai mans istabas biedrs nē', 'uz kolēģa uzkrita palete un viņš nereaģē'),
  ...u('lv', 'suicide', 'rakstu šo pēdējo reizi, paldies par visu'),
  ...u('lv', 'domestic', 'vīrs teica ka nākamreiz mani nobeigs'),
  ...u('lv', 'exploitation', 'pēc 8 vakarā nedrīkstam iziet no mājas un mūsu algu saņem priekšnieks'),
  ...u('lv', 'eviction', 'saimnieka vīri tagad dauzās pie durvīm un saka lai tūlīt ejam ārā'),
  ...no('lv', 'kad darbā būs ugunsdrošības mācības', 'kādi ir uitzendbureau noteikumi viesiem'),

  ...u('et', 'acute', 'agentuuri maja köögis on brand, kõik tulid välja ainult mu toakaaslane mitte', 'kolleegile kukkus kaubaalus peale ja ta ei reageeri'),
  ...u('et', 'suicide', 'kirjutan seda viimast korda, aitäh kõige eest'),
  ...u('et', 'domestic', 'mees ütles et järgmine kord lõpetab ta mu ära'),
  ...u('et', 'exploitation', 'pärast kella 8 ei tohi me majast välja minna ja meie palga saab ülemus'),
  ...u('et', 'eviction', 'omaniku mehed taovad praegu ust ja ütlevad et minge kohe välja'),
  ...no('et', 'millal on tööl tuletõrjeõppus', 'millised on uitzendbureau reeglid külalistele'),

  ...u('sl', 'acute', 'v kuhinji v hisi agencije je brand, vsi so ven razen mojega cimra', 'na sodelavca je padla paleta in se ne odziva'),
  ...u('sl', 'suicide', 'to pisem zadnjic, hvala za vse'),
  ...u('sl', 'domestic', 'moz je rekel da me bo naslednjic dokoncal'),
  ...u('sl', 'exploitation', 'po 8 zvecer ne smemo iz hise, nase place pa dobi sef'),
  ...u('sl', 'eviction', 'lastnikovi mozje zdaj razbijajo po vratih in pravijo naj takoj gremo ven'),
  ...no('sl', 'kdaj bo v sluzbi gasilska vaja', 'kaksna so pravila uitzendbureau za obiske'),

  ...u('sk', 'acute', 'v kuchyni v dome agentury je brand, vsetci vysli len moj spolubyvajuci nie', 'na kolegu spadla paleta a nereaguje'),
  ...u('sk', 'suicide', 'pisem to naposledy, dakujem za vsetko'),
  ...u('sk', 'domestic', 'manzel povedal ze ma nabuduce dorazi'),
  ...u('sk', 'exploitation', 'po 8 vecer nesmieme vyjst z domu a nase vyplaty dostava sef'),
  ...u('sk', 'eviction', 'majitelovi chlapi teraz busia na dvere a hovoria nech hned vypadneme'),
  ...no('sk', 'kedy bude v praci poziarne cvicenie', 'ake su pravidla uitzendbureau pre navstevy'),

  ...u('cs', 'acute', 'v kuchyni v barake agentury je brand, vsichni vylezli jen muj spolubydlici ne', 'na kolegu spadla paleta a nereaguje'),
  ...u('cs', 'suicide', 'pisu to naposledy, diky za vsechno'),
  ...u('cs', 'domestic', 'manzel rekl ze me priste dorazi'),
  ...u('cs', 'exploitation', 'po 8 vecer nesmime ven z baraku a nase vyplaty dostava sef'),
  ...u('cs', 'eviction', 'majitelovi chlapi ted busi na dvere a rikaji at hned vypadneme'),
  ...no('cs', 'kdy bude v praci pozarni cviceni', 'jaka jsou pravidla uitzendbureau pro navstevy'),
];

/**
 * The ninth batch of round six, written after the eighth batch's fixes and
 * measured before its own, weighted to the languages measured weakest:
 * Greek in Greek letters without accents, Hungarian and Turkish with full
 * endings and diacritics (a colleague hanging in the barn, the gas bottle
 * hissing in the caravan, the wife who drank bleach, a drunk husband
 * kicking the bathroom door in, an agency that sells us on to another
 * farm, working with stitches in the hand), a few more in the other six.
 * The Greek husband kicking the bathroom door in, written as domestic, is
 * read as acute (kicking a door in now is an emergency on its own there):
 * kept as acute.
 */
const NINTH: CrisisCase[] = [
  ...u('hu', 'acute', 'a kollégám felakasztotta magát a pajtában, most vágtuk le, nem lélegzik', 'sziszeg a gázpalack a lakókocsiban és mindenkinek fáj a feje', 'a párom megivott egy flakon hypót és hány'),
  ...u('hu', 'suicide', 'úgy érzem, mindenkinek jobb lenne, ha nem ébrednék fel többé'),
  ...u('hu', 'domestic', 'a részeg férjem most rúgja be a fürdőszoba ajtaját, bent vagyok a gyerekekkel'),
  ...u('hu', 'exploitation', 'az ügynökség eladott minket egy másik farmra és azt mondják, onnan se mehetünk el, amíg le nem dolgozzuk', 'varratokkal a kezemben kell dolgoznom, különben kirúgnak'),
  ...u('hu', 'eviction', 'a főbérlő emberei kirángattak minket a szobából, a gyerekek az utcán vannak mezítláb'),
  ...no('hu', 'mennyi ideig kell varratokkal otthon maradni', 'a gázpalackot hol lehet cserélni'),

  ...u('tr', 'acute', 'iş arkadaşım ahırda kendini asmış, indirdik ama nefes almıyor', 'karavanda gaz tüpü ıslık gibi ses çıkarıyor herkesin başı ağrıyor', 'karım çamaşır suyu içti kusuyor'),
  ...u('tr', 'suicide', 'sabah hiç uyanmasam herkes için daha iyi olur'),
  ...u('tr', 'domestic', 'sarhoş kocam şimdi banyo kapısını tekmeliyor, çocuklarla içerideyim'),
  ...u('tr', 'exploitation', 'ajans bizi başka bir çiftliğe sattı, borcu ödemeden oradan da gidemezsiniz diyorlar', 'elimde dikişlerle çalışmak zorundayım yoksa kovuyorlar'),
  ...u('tr', 'eviction', 'ev sahibinin adamları bizi odadan sürükleyerek çıkardı, çocuklar sokakta yalınayak'),
  ...no('tr', 'dikiş olunca kaç gün evde kalmalıyım', 'gaz tüpünü nerede değiştirebilirim'),

  ...u('el', 'acute', 'ο συναδελφος κρεμαστηκε στον σταβλο, τον κατεβασαμε αλλα δεν αναπνεει', 'η φιαλη γκαζιου σφυριζει στο τροχοσπιτο και ολοι εχουμε πονοκεφαλο', 'η γυναικα μου ηπιε χλωρινη και κανει εμετο'),
  ...u('el', 'suicide', 'θα ηταν καλυτερα για ολους αν δεν ξυπνουσα το πρωι'),
  ...u('el', 'acute', 'ο μεθυσμενος αντρας μου κλωτσαει τωρα την πορτα του μπανιου, ειμαι μεσα με τα παιδια'),
  ...u('el', 'exploitation', 'το γραφειο μας πουλησε σε αλλη φαρμα και λενε οτι ουτε απο εκει μπορουμε να φυγουμε πριν ξεπληρωσουμε', 'πρεπει να δουλευω με ραμματα στο χερι αλλιως με διωχνουν'),
  ...u('el', 'eviction', 'οι ανθρωποι του ιδιοκτητη μας εσυραν εξω απο το δωματιο, τα παιδια ειναι στο δρομο ξυπολυτα'),
  ...no('el', 'ποσες μερες πρεπει να μεινω σπιτι με ραμματα', 'που αλλαζω φιαλη γκαζιου'),

  ...u('lt', 'acute', 'kolega pasikore darzineje, nuemem bet nekvepuoja'),
  ...u('lt', 'suicide', 'visiems butu geriau jei as ryte nepabusciau'),
  ...u('lt', 'exploitation', 'agentura mus pardave i kita ferma ir sako kad is ten irgi negalim iseiti kol neatidirbsim'),
  ...no('lt', 'kur pakeisti duju balioną'),
  ...u('lv', 'acute', 'kolēģis pakārās šķūnī, mēs viņu nocēlām bet viņš neelpo'),
  ...u('lv', 'suicide', 'visiem būtu labāk ja es no rīta nepamostos'),
  ...u('lv', 'exploitation', 'aģentūra mūs pārdeva uz citu fermu un saka ka arī no turienes nedrīkstam aiziet kamēr neatstrādāsim'),
  ...no('lv', 'kur var apmainīt gāzes balonu'),
  ...u('et', 'acute', 'kolleeg poos end laudas üles, võtsime alla aga ta ei hinga'),
  ...u('et', 'suicide', 'kõigil oleks parem kui ma hommikul ei ärkaks'),
  ...u('et', 'exploitation', 'agentuur müüs meid teise farmi ja ütleb et sealt ka ei tohi lahkuda enne kui võlg on tasa'),
  ...no('et', 'kust saab gaasiballooni vahetada'),
  ...u('sl', 'acute', 'sodelavec se je obesil v hlevu, sneli smo ga ampak ne diha'),
  ...u('sl', 'suicide', 'vsem bi bilo bolje ce se zjutraj ne bi zbudil'),
  ...u('sl', 'exploitation', 'agencija nas je prodala na drugo kmetijo in pravijo da tudi od tam ne smemo oditi dokler ne odplacamo'),
  ...no('sl', 'kje lahko zamenjam plinsko jeklenko'),
  ...u('sk', 'acute', 'kolega sa obesil v stodole, zvesili sme ho ale nedycha'),
  ...u('sk', 'suicide', 'vsetkym by bolo lepsie keby som sa rano nezobudil'),
  ...u('sk', 'exploitation', 'agentura nas predala na inu farmu a hovoria ze ani odtial nemozeme odist kym to neodrobime'),
  ...no('sk', 'kde si mozem vymenit plynovu flasu'),
  ...u('cs', 'acute', 'kolega se obesil ve stodole, sundali jsme ho ale nedycha'),
  ...u('cs', 'suicide', 'vsem by bylo lip kdybych se rano neprobudil'),
  ...u('cs', 'exploitation', 'agentura nas prodala na jinou farmu a rikaji ze ani odtud nemuzeme odejit dokud to neodpracujeme'),
  ...no('cs', 'kde si muzu vymenit plynovou bombu'),
];

/**
 * Near-misses of round six, written while widening the cues of batches one
 * to five, to hold them in: ordinary questions that share words with the
 * new cues (pills from the pharmacy, "excuse me", "is it illegal when the
 * police stop me without my ID", a toilet that does not work, wrote to my
 * mother that all is well, "can I bring a knife for lunch", where to go
 * out tonight, a bridge on the way to work).
 */
const NEAR: CrisisCase[] = [
  ...no('hu', 'hol tudom kivaltani a gyogyszereimet, a haziorvos felirta', 'a koordinator elvette a kulcsot mert elkoltozunk, mikor kapjuk vissza a kauciot', 'a rendorseg megallitott, illegalis ha nincs nalam a szemelyim?',
    'a wc nem mukodik a szallason, kit hivjak', 'a hidon at kell mennem a munkahoz, van busz?', 'irtam anyamnak hogy jol vagyok, hogyan kuldjek penzt haza',
    'ha beteg vagyok, kell dolgoznom?', 'a fonok kirugott, mi jar nekem', 'a huisbaas kirugott minket multkor, visszakapjuk a kauciot?',
    'hova menjunk ma este bulizni', 'meddig ervenyes a paszport?', 'elnezest, hol kapok altatot recept nelkul?',
    'beteg vagyok, ha nem megyek be kirugnak?', 'megirtam anyamnak hogy kuldje el a gyogyszereimet'),
  ...no('tr', 'eczaneden ilaclarimi nasil alirim, doktor yazdi', 'polis durdurdu, kimliksiz kacak calismak suc mu', 'tuvalet tikandi ev sahibi kimi cagirmali',
    'kopruden gecen otobus kacta', 'anneme yazdim iyiyim diye, para nasil gonderirim', 'hastayim ise gitmem lazim mi',
    'oda arkadasim telefona cevap vermiyor, banyoda mi acaba', 'tuvalette sigara icmek yasak mi', 'patron beni kovdu, maasimi alabilir miyim',
    'ev sahibi bizi kovdu gecen ay, depozitoyu vermiyor', 'bu gece nereye gidelim, sinema mi bar mi', 'karavanda tup gaz kullanmak yasal mi',
    'affedersiniz, uyku hapi recetesiz alinir mi', 'annem icin eczaneden ilac topluyorum', 'son mesajimi gordun mu, ilac hakkinda sordum',
    'yoksa evden atarim dedi ev sahibi, kira gecikti'),
  ...no('el', 'pou pairnw ta farmaka mou me syntagi', 'i astynomia me stamatise, einai paranomo na min exw taftotita?', 'i toualeta einai xalasmeni sto spiti, poion kalw',
    'egrapsa sti mana mou oti eimai kala, pws stelnw lefta', 'den exw xrimata gia to enoikio, ti kanw', 'kapnizw sto spiti, epitrepetai?',
    'pou na pame apopse gia fagito', 'i somba sto spiti vgazei mirodia, ti na kanw', 'sygnwmi, pou vriskw xapia xwris syntagi?',
    'egrapsa sti mana mou na mou steilei ta xapia mou', 'to teleftaio minima sou gia ta farmaka den to eida'),
  ...no('lt', 'kur nusipirkti vaistus nuo skausmo', 'policija sustabde, ar nelegalu neturet asmens dokumento', 'parasiau mamai kad viskas gerai, kaip issiusti pinigu',
    'tualetas neveikia bendrabutyje', 'nebera darbo, ka daryti', 'ar galima rukyti tualete',
    'zvake dega kambaryje ar saugu', 'nera del ko gyventi cia, nuobodus miestas', 'atsiprasau, kur nusipirkti tabletes be recepto?',
    'parasiau mamai kad atsiustu mano vaistus', 'paskutine zinute apie vaistus negavau', 'renku tabletes mociutei is vaistines'),
  ...no('lv', 'kur nopirkt zāles pret sāpēm', 'policija apturēja, vai ir nelegāli nebūt ar pasi', 'uzrakstīju mammai ka viss kārtībā, kā nosūtīt naudu',
    'kur iet šonakt uz ballīti', 'saimnieks mūs izdzina pagājušajā mēnesī, vai varam atgūt depozītu', 'piedodiet, kur var nopirkt tabletes bez receptes?',
    'uzrakstiju mammai lai atsuta manas zales'),
  ...no('et', 'kust osta valuvaigisteid', 'politsei peatas, kas on illegaalne ilma passita olla', 'kirjutasin emale et kõik on hästi, kuidas raha saata',
    'tualett on ummistunud ühikas', 'mul pole enam raha, mida teha', 'kas toas võib suitsetada',
    'kuhu täna õhtul minna sööma', 'toas on suitsuandur, kas see on kohustuslik', 'vabandage, kust saab tablette ilma retseptita?',
    'kirjutasin emale et ta saadaks mu rohud', 'kogun tablette vanaemale apteegist'),
  ...no('sl', 'kje kupim tablete proti bolecinam', 'policija me je ustavila, je ilegalno ce nimam osebne', 'mami sem napisal da je vse ok, kako poslati denar',
    'nimam vec denarja za najemnino', 'kam naj gremo nocoj na pijaco', 'oprostite, kje dobim tablete brez recepta?',
    'mami sem napisal naj mi poslje zdravila', 'adijo in hvala za tablete', 'tiskalnik se ne odziva, kaj naj naredim'),
  ...no('sk', 'kde kupim tabletky proti bolesti', 'policia ma zastavila, je nelegalne nemat obciansky', 'mame som napisal ze je vsetko ok, ako poslat peniaze',
    'vsetky tabletky su na recept?', 'kam mame ist dnes na veceru', 'nie je pre co zit v tomto meste, nuda',
    'prepacte, kde kupim tabletky bez receptu?', 'napisal som mame nech mi posle lieky', 'posledna sprava od agentury o liekoch',
    'strecha tecie, skocim do obchodu pre vedro', 'musim robit s horuckou?'),
  ...no('cs', 'kde koupim prasky na bolest', 'policie me zastavila, je nelegalni nemit obcanku', 'mame jsem napsal ze je vsechno ok, jak poslat penize',
    'vsechny prasky jsou na predpis?', 'kolega ma ruku v sadre, muze pracovat?', 'kam mame jit dnes vecer na pivo',
    'neni pro co zit v tomhle meste, nuda', 'promiňte, kde koupím prášky bez receptu?', 'napsal jsem mamce ať mi pošle léky',
    'poslední zprávu o lécích jsem nedostal', 'musim zaplatit najem jinak me vyhodi?', 'stojim na moste a cekam na autobus, skocim do obchodu'),
];

/** Round six, batches six to nine and the near-misses, in the order they were written (see situation-cases-round6a.ts). */
export const ROUND6A_LAST_CASES: CrisisCase[] = [...SIXTH, ...SEVENTH, ...EIGHTH, ...NINTH, ...NEAR];
