import type { CrisisCase } from './crisis-cases.ts';
import { no, u } from './case-builders.ts';

/**
 * Round four: every kind of danger once more in all 18 languages, written the
 * way people type in a hurry (informal, no diacritics, Bulgarian and Ukrainian
 * in Latin letters, greeklish, first and third person: "my friend", "the
 * colleague", "my roommate"), with more weight on Hungarian, Bulgarian, Greek,
 * Latvian, Slovak and Dutch; and near-misses for every family of cues: fire
 * safety questions, "the deadline is killing me", past events already dealt
 * with, questions about rights in general, a gas bill. Written for the tests,
 * independent of any evaluation set.
 */
export const ROUND4_CASES: CrisisCase[] = [
  // English
  ...u('en', 'acute', 'help the kitchen is on fire and i cant get out', 'theres smoke everywhere in the hallway of our building', 'it stinks of gas in our room, what do i do',
    'guy from the next caravan is unconscious on the ground', 'my colleague got his hand stuck in the machine, theres blood everywhere', 'someone is attacking my neighbour with a knife',
    'my roommate took a whole box of pills and now he wont wake up'),
  ...u('en', 'suicide', 'i dont want to be here anymore, tonight i end it', 'im so tired of everything, i just want to disappear forever', 'my friend texted me that she wants to kill herself'),
  ...u('en', 'domestic', 'he hits me every time he is drunk', 'my husband beat me again, i have bruises all over'),
  ...u('en', 'exploitation', 'they took my id card and say i get it back when the debt is paid', 'we havent been paid for 2 months and the boss doesnt let us leave the farm',
    'the agency guy said if i go to the police something will happen to my kids'),
  ...u('en', 'eviction', 'landlord just kicked me out, i have nowhere to sleep tonight'),
  ...no('en', 'what do i do if there is a fire in my building', 'last year my colleague had an accident at work, is he insured', 'can the landlord evict me without a court order',
    'the commute is killing me, can i get travel allowance', 'my gas bill is very high this month', 'is it legal that my employer keeps my passport', 'i am tired of this job, how do i quit'),

  // Dutch
  ...u('nl', 'acute', 'help er is brand in de keuken', 'de hele gang staat vol rook we kunnen niet naar buiten', 'het stinkt hier naar gas in de woning', 'mijn huisgenoot ligt op de grond en reageert niet',
    'collega is onwel geworden en ademt bijna niet meer', 'er is een ongeluk gebeurd op de bouwplaats, iemand is van het dak gevallen en bloedt', 'iemand steekt met een mes op straat',
    'er zijn mannen aan het vechten in huis, een heeft een mes', 'er breekt iemand in bij de buren, ik hoor glas breken', 'mijn collega zit klem onder de heftruck',
    'mn vriendin heeft allemaal pillen genomen en reageert niet', 'er komt rook uit de woning van de buren', 'het ruikt hier naar gas'),
  ...u('nl', 'suicide', 'ik wil er een eind aan maken', 'ik kan niet meer, ik wil dood', 'ik heb geen zin meer in het leven', 'mijn vriendin zegt dat ze zelfmoord wil plegen',
    'mijn collega zei dat hij zichzelf van kant wil maken', 'ik trek het niet meer, ik wil er niet meer zijn'),
  ...u('nl', 'domestic', 'mijn vriend slaat me als hij gedronken heeft', 'mijn man heeft me weer geslagen, ik durf niet naar huis', 'hij dreigt me te vermoorden als ik wegga', 'me vriend slaat me'),
  ...u('nl', 'exploitation', 'het uitzendbureau heeft ons paspoort ingenomen', 'we krijgen al maanden geen loon en mogen het terrein niet af', 'de baas zegt dat mijn familie iets overkomt als ik praat',
    'ik moet werken terwijl ik ziek ben anders raak ik mijn kamer kwijt', 'mijn schuld bij de baas wordt elke maand groter', 'ze houden mijn id kaart vast en ik mag niet weg'),
  ...u('nl', 'eviction', 'de huisbaas heeft me eruit gegooid, ik heb geen slaapplek vannacht', 'ze hebben de sloten veranderd en mijn spullen buiten gezet',
    'vannacht slaap ik op straat, de baas heeft me uit de woning gegooid'),
  ...no('nl', 'wat moet ik doen als er brand is', 'hoeveel rookmelders moet ik hebben in huis', 'vorig jaar had ik een ongeluk op het werk, krijg ik nog een uitkering',
    'die deadline maakt me echt kapot', 'mag de huisbaas mij zomaar uit huis zetten', 'mijn energierekening voor gas is te hoog', 'ik ben het werk zat, hoe neem ik ontslag',
    'mijn telefoon is dood, hoe kan ik bellen'),

  // Hungarian
  ...u('hu', 'acute', 'segítség, ég a lakás!', 'tűz van a szálláson', 'tele van füsttel a folyosó', 'gázszag van a konyhában', 'nagyon érezni a gázt a lakásban',
    'a kolléga összeesett és nem lélegzik', 'a szobatársam eszméletlenül fekszik a földön', 'leesett a létráról a kollégám, vérzik a feje', 'baleset volt a munkahelyen, egy ember súlyosan megsérült',
    'valaki késsel támad az utcán', 'verekednek a házban, az egyiknél kés van', 'valaki most tör be hozzánk', 'a lakótársam bevett egy csomó gyógyszert és nem ébred',
    'a kollégám ujja beszorult a gépbe, folyik a vére', 'a szomszéd lakásból füst jön', 'gazszag van a lakasban'),
  ...u('hu', 'suicide', 'meg akarok halni', 'nem akarok tovább élni', 'véget akarok vetni az életemnek', 'nem akarok mar elni', 'a barátnőm azt írta hogy meg akarja ölni magát',
    'nem bírom tovább, mindennek vége'),
  ...u('hu', 'domestic', 'a férjem megver', 'a párom ver engem', 'a barátom megütött és fenyeget', 'félek hazamenni, a férjem bántani fog', 'a ferjem ver minden nap', 'a ferjem megutott'),
  ...u('hu', 'exploitation', 'a főnök elvette az útlevelemet', 'a munkaadó nem adja vissza a személyimet', 'bezártak minket a szállásra és nem engednek el',
    'két hónapja nem fizetnek és nem engednek haza', 'azt mondják bántják a családomat ha elmegyek', 'betegen kell dolgoznom különben kirúgnak'),
  ...u('hu', 'eviction', 'a főbérlő kidobott, nincs hol aludnom ma éjjel', 'kitettek az utcára a cuccaimmal együtt', 'ma éjjel az utcán alszom, kidobtak a szállásról'),
  ...no('hu', 'mit tegyek ha tűz van a lakásban', 'milyen tűzvédelmi szabályok vannak', 'tavaly balesetem volt a munkában, jár kártérítés?', 'ez a határidő megöl',
    'a gázszámla nagyon magas', 'szabad a munkáltatónak elvenni az útlevelet?', 'a főbérlő azt mondta jövő hónapban ki kell költöznöm', 'belefáradtam ebbe a munkába, hogyan mondjak fel'),

  // Bulgarian (Cyrillic and Latin)
  ...u('bg', 'acute', 'пожар в стаята, помогнете', 'цялата сграда е пълна с дим', 'мирише на газ в апартамента', 'колегата припадна и не диша', 'човек лежи в безсъзнание на улицата',
    'колегата падна от покрива и кърви', 'бият човек пред блока с нож', 'някой разбива вратата ни в момента', 'gori apartamenta, pomosht', 'kolegata padna i ne reagira',
    'mirishe na gaz mnogo silno', 'колегата го удари ток и не мърда', 'приятелката ми изпи много хапчета и не се събужда', 'dim izliza ot sasedniq apartament', 'nqkoi ni razbiva vratata'),
  ...u('bg', 'suicide', 'искам да умра', 'не искам да живея повече', 'мисля да се самоубия', 'ne iskam da jiveq veche', 'iskam da sloja kraj na vsichko', 'mislq da se samoubiq',
    'не мога повече, искам всичко да свърши'),
  ...u('bg', 'domestic', 'мъжът ми ме бие', 'приятелят ми ме удари и заплашва да ме убие', 'maja mi me bie vseki den', 'priqtelqt mi me bie'),
  ...u('bg', 'exploitation', 'шефът ни взе паспортите', 'не ни плащат и не ни пускат да си тръгнем', 'vzeha ni lichnite karti i ne gi vrashtat', 'заплашват семейството ми в България',
    'карат ме да работя болен', 'shefut ni vze pasportite', 'zaklu4iha ni v kushtata i ne ni puskat'),
  ...u('bg', 'eviction', 'хазяинът ни изгони на улицата тази вечер', 'izgoniha me ot kvartirata, nqmam kude da spq', 'izgoniha ni tazi vecher, spim na ulicata'),
  ...no('bg', 'какъв е номерът на полицията когато не е спешно', 'какви са правилата за пожарна безопасност', 'миналата година имах злополука на работа, кой плаща',
    'тази работа ме убива', 'може ли работодателят да държи паспорта ми', 'smetkata za gaz e mnogo visoka', 'hazqinat iska da se iznesem sledvashtiq mesec'),

  // Greek (and greeklish)
  ...u('el', 'acute', 'φωτιά στο σπίτι, βοήθεια', 'καπνός παντού στη σκάλα', 'μυρίζει γκάζι στην κουζίνα', 'ο συνάδελφος λιποθύμησε και δεν αναπνέει', 'έπεσε από τη σκαλωσιά και αιμορραγεί',
    'κάποιος μαχαιρώνει έναν άντρα έξω', 'κάποιος σπάει την πόρτα μας τώρα', 'exei fwtia sto diamerisma', 'o filos mou den anapnei', 'myrizei aerio sto spiti',
    'ο συγκάτοικός μου είναι αναίσθητος στο πάτωμα', 'έγινε τροχαίο, ένας άνθρωπος είναι τραυματισμένος', 'kapnos pantou stin polykatoikia', 'kapoios mpainei sto spiti mas twra'),
  ...u('el', 'suicide', 'θέλω να πεθάνω', 'δεν θέλω να ζω άλλο', 'σκέφτομαι να αυτοκτονήσω', 'thelw na pethanw', 'den thelo na zw allo', 'δεν αντέχω άλλο, θέλω να τελειώσουν όλα'),
  ...u('el', 'domestic', 'ο άντρας μου με χτυπάει', 'o antras mou me xtypaei', 'ο σύντροφός μου απειλεί να με σκοτώσει', 'o syzygos mou me dernei'),
  ...u('el', 'exploitation', 'το αφεντικό μας πήρε τα διαβατήρια', 'to afentiko kratai ta diavatiria mas', 'μας κλειδώνουν στο σπίτι και δεν μας αφήνουν να φύγουμε', 'απειλούν την οικογένειά μου',
    'den mas plironoun kai den mas afinoun na fygoume', 'apeiloun tin oikogeneia mou'),
  ...u('el', 'eviction', 'ο σπιτονοικοκύρης μας πέταξε στο δρόμο απόψε', 'mas petaksan ekso apo to spiti, den exoume pou na koimithoume'),
  ...no('el', 'τι κάνω αν πιάσει φωτιά', 'κανόνες πυρασφάλειας για το σπίτι', 'πέρσι είχα ατύχημα στη δουλειά, ποιος πληρώνει', 'αυτή η δουλειά με σκοτώνει',
    'επιτρέπεται ο εργοδότης να κρατάει το διαβατήριό μου;', 'o logariasmos tou reumatos einai poly akrivos'),

  // Latvian
  ...u('lv', 'acute', 'palīgā, deg māja', 'virtuvē ugunsgrēks', 'visur dūmi kāpņutelpā', 'dzīvoklī smird pēc gāzes', 'kolēģis zaudēja samaņu un neelpo', 'draugs guļ uz zemes un nekustas',
    'kolēģis nokrita no sastatnēm, asiņo galva', 'notika avārija, cilvēks ir ievainots', 'kāds uzbrūk ar nazi uz ielas', 'kāds laužas mūsu dzīvoklī tagad', 'deg virtuve, visur dumi',
    'kolegis neelpo', 'kolēģim iesprūda roka mašīnā, daudz asiņu', 'no kaimiņu dzīvokļa nāk dūmi', 'smird pec gazes'),
  ...u('lv', 'suicide', 'es gribu nomirt', 'negribu vairs dzīvot', 'domāju par pašnāvību', 'negribu vairs dzivot', 'gribu visam pielikt punktu', 'draudzene teica ka grib sevi nogalināt',
    'vairs nevaru izturēt, gribu lai viss beidzas'),
  ...u('lv', 'domestic', 'vīrs mani sit', 'mans draugs mani piekāva', 'virs mani sit katru dienu', 'partneris draud mani nogalināt', 'mani piekauj vīrs'),
  ...u('lv', 'exploitation', 'darba devējs paņēma mūsu pases', 'priekšnieks neatdod manu pasi', 'mūs ieslēdz mājā un neļauj aiziet', 'draud manai ģimenei', 'liek strādāt slimam',
    'neizmaksā algu un neļauj braukt mājās'),
  ...u('lv', 'eviction', 'saimnieks izmeta mūs uz ielas šovakar', 'mani izmeta no dzīvokļa, nav kur gulēt', 'šonakt man nav kur palikt, mūs izlika no mājas'),
  ...no('lv', 'ko darīt ja ir ugunsgrēks', 'kādi ir ugunsdrošības noteikumi', 'pagājušajā gadā man bija nelaimes gadījums darbā, kas maksā', 'šis darbs mani nogalina',
    'vai darba devējs drīkst paturēt manu pasi', 'gāzes rēķins ir ļoti liels'),

  // Slovak
  ...u('sk', 'acute', 'horí nám byt, pomoc', 'v kuchyni je požiar', 'celá chodba je plná dymu', 'v byte cítiť plyn', 'kolega odpadol a nedýcha', 'spolubývajúci leží na zemi a nereaguje',
    'kolega spadol z lešenia a krváca', 'stala sa nehoda, človek je zranený', 'niekto napadol suseda nožom', 'niekto sa k nám práve vlamuje', 'hori kuchyna, vsade dym', 'kolega nedycha',
    'kolegovi sa zasekla ruka v stroji, veľmi krváca', 'zo susedného bytu ide dym', 'smrdi tu plyn'),
  ...u('sk', 'suicide', 'chcem zomrieť', 'už nechcem žiť', 'rozmýšľam o samovražde', 'uz nechcem zit', 'chcem to celé skončiť', 'kamarátka napísala že sa chce zabiť',
    'nemôžem už ďalej, chcem aby to všetko skončilo'),
  ...u('sk', 'domestic', 'manžel ma bije', 'priateľ ma udrel a vyhráža sa mi', 'muz ma bije ked pije', 'priatel ma zbil'),
  ...u('sk', 'exploitation', 'šéf nám zobral pasy', 'agentúra mi nechce vrátiť občiansky preukaz', 'zamkli nás v ubytovni a nepustia nás von', 'vyhrážajú sa mojej rodine',
    'musím pracovať chorý inak ma vyhodia', 'neplatia nam a nepustia nas domov'),
  ...u('sk', 'eviction', 'majiteľ nás vyhodil na ulicu dnes večer', 'vyhodili ma z bytu, nemám kde spať', 'dnes v noci spíme na ulici, vyhodili nás z ubytovne'),
  ...no('sk', 'čo robiť keď vypukne požiar', 'aké sú pravidlá požiarnej ochrany', 'minulý rok som mal úraz v práci, kto platí', 'táto práca ma zabíja',
    'môže zamestnávateľ držať môj pas', 'účet za plyn je vysoký'),

  // Czech
  ...u('cs', 'acute', 'hoří nám kuchyň', 'v chodbě je plno kouře', 'v bytě je cítit plyn', 'kolega omdlel a nedýchá', 'kamarád leží na zemi a nereaguje', 'spadl z lešení a krvácí',
    'někdo se nám dobývá do bytu', 'nekdo napadl souseda nozem'),
  ...u('cs', 'suicide', 'chci umřít', 'už nechci žít', 'uz nechci zit'),
  ...u('cs', 'domestic', 'manžel mě bije', 'přítel mě zmlátil'),
  ...u('cs', 'exploitation', 'šéf nám sebral pasy', 'zamkli nás a nepustí nás ven', 'vyhrožují mé rodině'),
  ...u('cs', 'eviction', 'majitel nás vyhodil na ulici, nemáme kde spát'),
  ...no('cs', 'co dělat když hoří', 'minulý měsíc jsem měl úraz, kdo zaplatí', 'ta práce mě zabíjí', 'smí zaměstnavatel držet můj pas'),

  // Polish
  ...u('pl', 'acute', 'pali się mieszkanie, ratunku', 'czuć gaz na klatce', 'kolega zemdlał i nie oddycha', 'ktoś leży nieprzytomny na ulicy', 'wypadek na budowie, kolega jest ranny',
    'ktoś dźga faceta nożem przed sklepem'),
  ...u('pl', 'suicide', 'chcę umrzeć', 'chcę ze sobą skończyć', 'nie chce juz zyc'),
  ...u('pl', 'domestic', 'chłopak mnie bije', 'mąż mnie pobił i grozi że mnie zabije'),
  ...u('pl', 'exploitation', 'pracodawca zabrał mi dowód osobisty', 'nie płacą nam i nie pozwalają wyjechać', 'grożą mojej rodzinie w Polsce'),
  ...u('pl', 'eviction', 'właściciel wyrzucił nas na bruk, nie mamy gdzie spać'),
  ...no('pl', 'co robić w razie pożaru', 'rok temu miałem wypadek w pracy, kto płaci', 'ten termin mnie zabija', 'czy pracodawca może trzymać mój paszport'),

  // Romanian
  ...u('ro', 'acute', 'arde apartamentul, ajutor', 'e fum peste tot pe hol', 'miroase a gaz in camera', 'colegul a leșinat și nu mai respiră', 'un om zace inconstient pe strada',
    'accident pe santier, un coleg e ranit grav', 'cineva ataca oameni cu cutitul'),
  ...u('ro', 'suicide', 'vreau să mor', 'nu mai vreau sa traiesc', 'vreau sa ma sinucid'),
  ...u('ro', 'domestic', 'sotul meu ma bate', 'prietenul meu m-a lovit si ameninta ca ma omoara'),
  ...u('ro', 'exploitation', 'seful ne-a luat pasapoartele', 'nu ne plateste si nu ne lasa sa plecam', 'ne ameninta familia'),
  ...u('ro', 'eviction', 'proprietarul ne-a dat afara in strada, nu avem unde dormi'),
  ...no('ro', 'ce fac daca e incendiu', 'anul trecut am avut un accident la munca, cine plateste', 'termenul asta ma omoara', 'are voie angajatorul sa imi tina pasaportul'),

  // Ukrainian
  ...u('uk', 'acute', 'пожежа в квартирі, допоможіть', 'в під\'їзді повно диму', 'пахне газом на кухні', 'колега знепритомнів і не дихає', 'людина лежить без свідомості на вулиці',
    'колега впав з риштування і кровоточить', 'хтось нападає з ножем', 'kolega ne dyhaye'),
  ...u('uk', 'suicide', 'хочу померти', 'не хочу більше жити', 'ne hochu bilshe zhyty'),
  ...u('uk', 'domestic', 'чоловік мене б\'є', 'хлопець побив мене і погрожує'),
  ...u('uk', 'exploitation', 'роботодавець забрав паспорт', 'нам не платять і не відпускають', 'погрожують моїй родині'),
  ...u('uk', 'eviction', 'господар вигнав нас на вулицю, нема де спати'),
  ...no('uk', 'що робити у разі пожежі', 'минулого року в мене був нещасний випадок на роботі, хто платить', 'ця робота мене вбиває', 'чи може роботодавець тримати мій паспорт'),

  // Turkish
  ...u('tr', 'acute', 'evde yangın var yardım edin', 'her yer duman', 'mutfakta gaz kokusu var', 'arkadaşım bayıldı nefes almıyor', 'iş arkadaşım iskeleden düştü kanıyor',
    'biri bıçakla saldırıyor', 'evde yangin var'),
  ...u('tr', 'suicide', 'ölmek istiyorum', 'artık yaşamak istemiyorum', 'intihar etmeyi düşünüyorum'),
  ...u('tr', 'domestic', 'kocam beni dövüyor', 'sevgilim bana vurdu ve beni öldürmekle tehdit ediyor'),
  ...u('tr', 'exploitation', 'patron pasaportlarımızı aldı', 'maaş vermiyorlar ve gitmemize izin vermiyorlar', 'ailemi tehdit ediyorlar'),
  ...u('tr', 'eviction', 'ev sahibi bizi sokağa attı, kalacak yerimiz yok'),
  ...no('tr', 'yangın çıkarsa ne yapmalıyım', 'geçen yıl iş kazası geçirdim, kim öder', 'bu mesai beni öldürüyor', 'işveren pasaportumu tutabilir mi'),

  // Spanish
  ...u('es', 'acute', 'se está quemando la casa, ayuda', 'hay humo por todas partes en la escalera', 'huele mucho a gas en la cocina', 'mi compañero se desmayó y no respira',
    'un hombre está tirado en el suelo inconsciente', 'accidente en el almacén, un compañero está herido y sangra', 'alguien está atacando con un cuchillo'),
  ...u('es', 'suicide', 'quiero morirme', 'ya no quiero vivir', 'estoy pensando en quitarme la vida'),
  ...u('es', 'domestic', 'mi marido me pega', 'mi novio me golpeó y me amenaza con matarme'),
  ...u('es', 'exploitation', 'el jefe nos quitó los pasaportes', 'no nos pagan y no nos dejan salir', 'amenazan a mi familia'),
  ...u('es', 'eviction', 'el casero nos echó a la calle esta noche, no tenemos donde dormir'),
  ...no('es', 'qué hago si hay un incendio', 'el año pasado tuve un accidente laboral, quién paga', 'este horario me está matando', 'puede mi empleador quedarse con mi pasaporte'),

  // Italian
  ...u('it', 'acute', 'sta bruciando la casa, aiuto', 'c\'è fumo dappertutto nelle scale', 'c\'è puzza di gas in cucina', 'il mio collega è svenuto e non respira', 'un uomo è a terra privo di sensi',
    'incidente in cantiere, un collega è ferito e sanguina', 'qualcuno sta aggredendo un uomo con un coltello'),
  ...u('it', 'suicide', 'voglio morire', 'non voglio più vivere', 'penso di togliermi la vita'),
  ...u('it', 'domestic', 'mio marito mi picchia', 'il mio ragazzo mi ha colpito e minaccia di uccidermi'),
  ...u('it', 'exploitation', 'il capo ci ha preso i passaporti', 'non ci pagano e non ci lasciano andare via', 'minacciano la mia famiglia'),
  ...u('it', 'eviction', 'il padrone di casa ci ha buttato in strada stasera, non abbiamo dove dormire'),
  ...no('it', 'cosa fare in caso di incendio', 'l\'anno scorso ho avuto un infortunio sul lavoro, chi paga', 'questo lavoro mi sta uccidendo', 'il datore di lavoro può tenere il mio passaporto'),

  // Portuguese
  ...u('pt', 'acute', 'a casa está a arder, socorro', 'há fumo por todo o lado no prédio', 'cheira a gás na cozinha', 'o meu colega desmaiou e não respira', 'um homem está caído no chão inconsciente',
    'acidente na obra, um colega está ferido e a sangrar', 'alguém está a atacar com uma faca'),
  ...u('pt', 'suicide', 'quero morrer', 'não quero mais viver', 'estou a pensar em me matar'),
  ...u('pt', 'domestic', 'o meu marido bate-me', 'meu namorado me bateu e ameaça me matar'),
  ...u('pt', 'exploitation', 'o patrão ficou com os nossos passaportes', 'não nos pagam e não nos deixam sair', 'ameaçam a minha família'),
  ...u('pt', 'eviction', 'o senhorio pôs-nos na rua esta noite, não temos onde dormir'),
  ...no('pt', 'o que fazer em caso de incêndio', 'no ano passado tive um acidente de trabalho, quem paga', 'este prazo está a matar-me', 'o empregador pode ficar com o meu passaporte'),

  // Estonian
  ...u('et', 'acute', 'korter põleb, appi', 'trepikoda on suitsu täis', 'köögis on gaasi lõhn', 'kolleeg minestas ja ei hinga', 'mees lamab teadvuseta tänaval',
    'kolleeg kukkus tellingutelt ja veritseb', 'keegi ründab noaga'),
  ...u('et', 'suicide', 'ma tahan surra', 'ma ei taha enam elada', 'mõtlen enesetapule'),
  ...u('et', 'domestic', 'mu mees lööb mind', 'elukaaslane peksis mind ja ähvardab tappa'),
  ...u('et', 'exploitation', 'ülemus võttis meie passid ära', 'palka ei maksta ja ei lasta lahkuda', 'ähvardavad mu perekonda'),
  ...u('et', 'eviction', 'üürileandja viskas meid täna õhtul tänavale, pole kuskil magada'),
  ...no('et', 'mida teha tulekahju korral', 'eelmisel aastal oli mul tööõnnetus, kes maksab', 'see töö tapab mind', 'kas tööandja võib mu passi endale hoida'),

  // Lithuanian
  ...u('lt', 'acute', 'dega butas, padėkit', 'laiptinėje pilna dūmų', 'virtuvėje kvepia dujomis', 'kolega nualpo ir nekvėpuoja', 'žmogus guli be sąmonės gatvėje',
    'kolega nukrito nuo pastolių ir kraujuoja', 'kažkas puola su peiliu'),
  ...u('lt', 'suicide', 'noriu mirti', 'nebenoriu gyventi', 'galvoju nusižudyti'),
  ...u('lt', 'domestic', 'vyras mane muša', 'draugas mane sumušė ir grasina nužudyti'),
  ...u('lt', 'exploitation', 'viršininkas atėmė mūsų pasus', 'nemoka atlyginimo ir neleidžia išvažiuoti', 'grasina mano šeimai'),
  ...u('lt', 'eviction', 'savininkas išmetė mus į gatvę šiąnakt, neturim kur miegoti'),
  ...no('lt', 'ką daryti kilus gaisrui', 'pernai turėjau nelaimingą atsitikimą darbe, kas moka', 'šis darbas mane žudo', 'ar darbdavys gali laikyti mano pasą'),

  // Slovene
  ...u('sl', 'acute', 'gori stanovanje, na pomoč', 'hodnik je poln dima', 'v kuhinji smrdi po plinu', 'sodelavec je omedlel in ne diha', 'moški leži nezavesten na cesti',
    'sodelavec je padel z odra in krvavi', 'nekdo napada z nožem'),
  ...u('sl', 'suicide', 'hočem umreti', 'nočem več živeti', 'razmišljam o samomoru'),
  ...u('sl', 'domestic', 'mož me tepe', 'fant me je udaril in grozi da me bo ubil'),
  ...u('sl', 'exploitation', 'šef nam je vzel potne liste', 'ne plačajo nas in nas ne pustijo oditi', 'grozijo moji družini'),
  ...u('sl', 'eviction', 'lastnik nas je nocoj vrgel na cesto, nimamo kje spati'),
  ...no('sl', 'kaj storiti v primeru požara', 'lani sem imel nesrečo pri delu, kdo plača', 'to delo me ubija', 'ali lahko delodajalec obdrži moj potni list'),
];
