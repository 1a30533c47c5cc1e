import type { CrisisCase } from './crisis-cases.ts';
import { no, u } from './case-builders.ts';

/**
 * Round four, second batch: written after the first batch had been fitted, to
 * check that the new cue families (oneself + kill, wanting + ending it all,
 * thrown out + nowhere to sleep, not let + leave; inflection stems) reach
 * messages they were not written for, and near-misses for each family (not
 * allowed to leave early, ending a contract, "killing myself working", a past
 * accident). Written for the tests, independent of any evaluation set.
 */
export const ROUND4B_CASES: CrisisCase[] = [
  ...u('en', 'suicide', 'my brother keeps saying he will hang himself', 'i just want to end it all, im done'),
  ...u('en', 'eviction', 'the owner threw our stuff out, we are sleeping in the car tonight'),
  ...u('en', 'exploitation', 'they wont let us leave the camp and they keep our money'),
  ...no('en', 'my boss doesnt let me leave early on fridays', 'i want to end my contract with the agency, what is the notice period', 'where is a night shelter in case i have nowhere to sleep', 'i am killing myself at the gym every day lol'),
  ...u('nl', 'suicide', 'mijn broer wil zichzelf ophangen', 'ik wil er gewoon een einde aan maken', 'ik denk eraan om er een eind aan te maken'),
  ...u('nl', 'eviction', 'de eigenaar heeft ons eruit gezet en we slapen vannacht buiten'),
  ...u('nl', 'exploitation', 'ze laten ons niet weg van de boerderij en we krijgen niks betaald'),
  ...u('nl', 'acute', 'mijn collega is bewusteloos geraakt in de hal', 'brand bij de buren, rook komt ons huis in'),
  ...no('nl', 'ik mag van mijn baas niet eerder weg op vrijdag', 'ik wil mijn contract beëindigen, wat is de opzegtermijn', 'waar is de nachtopvang als ik geen slaapplek heb'),
  ...u('hu', 'suicide', 'a bátyám azt mondta felakasztja magát', 'véget akarok vetni mindennek', 'meg fogom ölni magam'),
  ...u('hu', 'eviction', 'a tulaj kidobott minket, az utcán alszunk ma'),
  ...u('hu', 'exploitation', 'nem engednek haza és nem fizetnek'),
  ...u('hu', 'acute', 'a lakótársam nem mozdul a fürdőszobában', 'ég a szomszéd háza, mindenhol füst', 'gazszagot erzek a konyhaban'),
  ...no('hu', 'a főnök nem enged el korábban pénteken', 'fel akarom mondani a szerződésemet, mennyi a felmondási idő', 'tavaly leesett a kollégám a létráról, kap kártérítést?'),
  ...u('bg', 'suicide', 'брат ми каза че ще се обеси', 'iskam da se samoubiq', 'реших да сложа край на всичко'),
  ...u('bg', 'eviction', 'хазяинът ни изхвърли, спим на улицата тази нощ'),
  ...u('bg', 'exploitation', 'не ни пускат да си тръгнем от фермата', 'ne ni puskat da si hodim vkushti'),
  ...u('bg', 'acute', 'kolegata leji v bezsaznanie na poda', 'гори кухнята на съседите, всичко е в дим'),
  ...no('bg', 'шефът не ме пуска да си тръгна по-рано в петък', 'искам да прекратя договора си, какво е предизвестието', 'миналата година колегата падна от стълбата, има ли обезщетение'),
  ...u('el', 'suicide', 'ο αδερφός μου λέει ότι θα κρεμαστεί', 'θέλω να τα τελειώσω όλα', 'thelo na skotwsw ton eafto mou'),
  ...u('el', 'eviction', 'μας πέταξαν έξω, κοιμόμαστε στο δρόμο απόψε'),
  ...u('el', 'exploitation', 'δεν μας αφήνουν να φύγουμε από τη φάρμα'),
  ...u('el', 'acute', 'o syndelfos mou einai anaisthitos sto patwma', 'καίγεται το διαμέρισμα του γείτονα'),
  ...no('el', 'το αφεντικό δεν με αφήνει να φύγω νωρίτερα την παρασκευή', 'θέλω να λύσω το συμβόλαιό μου, ποια είναι η προθεσμία'),
  ...u('lv', 'suicide', 'brālis teica ka pakārsies', 'gribu pielikt punktu visam', 'gribu sevi nogalināt'),
  ...u('lv', 'eviction', 'saimnieks mūs izmeta, guļam uz ielas'),
  ...u('lv', 'exploitation', 'nelaiž mūs prom no fermas un nemaksā'),
  ...u('lv', 'acute', 'kolēģis guļ bezsamaņā uz grīdas', 'kaimiņu mājā deg, visur dūmi'),
  ...no('lv', 'priekšnieks neļauj aiziet agrāk piektdienā', 'gribu izbeigt līgumu, kāds ir uzteikuma termiņš', 'pagājušajā gadā kolēģis nokrita no kāpnēm, vai pienākas kompensācija'),
  ...u('sk', 'suicide', 'brat povedal že sa obesí', 'chcem so všetkým skoncovať', 'chcem sa zabiť'),
  ...u('sk', 'eviction', 'majiteľ nás vyhodil, spíme vonku'),
  ...u('sk', 'exploitation', 'nepustia nás preč z farmy a neplatia'),
  ...u('sk', 'acute', 'kolega leží v bezvedomí na podlahe', 'horí susedný dom, všade dym'),
  ...no('sk', 'šéf ma nepustí skôr domov v piatok', 'chcem ukončiť zmluvu, aká je výpovedná lehota', 'minulý rok sa kolega zabil na motorke, dostane rodina odškodné'),
  ...u('cs', 'suicide', 'chci se zabít'), ...u('cs', 'eviction', 'vyhodili nás, spíme venku'), ...no('cs', 'šéf mě nepustí dřív domů'),
  ...u('pl', 'suicide', 'chcę się zabić', 'brat mówi że się powiesi'), ...u('pl', 'eviction', 'wyrzucili nas, śpimy na ulicy'), ...u('pl', 'exploitation', 'nie pozwalają nam wyjechać do domu'),
  ...no('pl', 'szef nie pozwala mi wyjść wcześniej w piątek', 'chcę zakończyć umowę z agencją, jaki jest okres wypowiedzenia'),
  ...u('ro', 'suicide', 'vreau să mă sinucid', 'fratele meu zice că se spânzură'), ...u('ro', 'eviction', 'ne-au dat afară, dormim în stradă'), ...u('ro', 'exploitation', 'nu ne lasă să plecăm acasă'),
  ...no('ro', 'șeful nu mă lasă să plec mai devreme vinerea'),
  ...u('uk', 'suicide', 'брат каже що повіситься', 'хочу покінчити з собою'), ...u('uk', 'eviction', 'нас вигнали, спимо на вулиці'), ...u('uk', 'exploitation', 'нас не відпускають додому'),
  ...no('uk', 'начальник не відпускає мене раніше в пʼятницю'),
  ...u('tr', 'suicide', 'kendimi öldürmek istiyorum'), ...u('tr', 'eviction', 'bizi evden attılar, sokakta yatıyoruz'), ...no('tr', 'patron cuma günü erken çıkmama izin vermiyor'),
  ...u('es', 'suicide', 'me quiero matar', 'mi hermano dice que se va a ahorcar', 'quiero acabar con todo'), ...u('es', 'eviction', 'nos echaron del piso, dormimos en la calle'),
  ...no('es', 'me mato trabajando todos los días', 'mi jefe no me deja salir antes los viernes', 'quiero terminar mi contrato, cuál es el preaviso'),
  ...u('it', 'suicide', 'voglio farla finita', 'mio fratello dice che si vuole uccidere'), ...u('it', 'eviction', 'ci hanno cacciato di casa, dormiamo in macchina'),
  ...no('it', 'il capo non mi lascia uscire prima il venerdì'),
  ...u('pt', 'suicide', 'quero me matar', 'o meu irmão diz que se vai matar'), ...u('pt', 'eviction', 'expulsaram-nos da casa, dormimos na rua'),
  ...no('pt', 'estou a me matar de trabalhar', 'o patrão não me deixa sair mais cedo à sexta'),
  ...u('et', 'suicide', 'tahan ennast tappa'), ...u('et', 'eviction', 'meid visati välja, magame tänaval'), ...no('et', 'ülemus ei lase mind reedel varem koju'),
  ...u('lt', 'suicide', 'noriu save nužudyti'), ...u('lt', 'eviction', 'mus išmetė, miegame gatvėje'), ...no('lt', 'viršininkas neleidžia išeiti anksčiau penktadienį'),
  ...u('sl', 'suicide', 'hočem se ubiti'), ...u('sl', 'eviction', 'vrgli so nas ven, spimo na cesti'), ...no('sl', 'šef me ne pusti prej domov v petek'),
];
