import type { Language } from '../../languages/index.ts';
import type { HandoffCases } from './handoff-cases-more-languages.ts';

/**
 * Round 3 of the handoff cases, written before the lexicon was extended for them: per language about
 * eight chat-style requests for a person (a callback, "is there a real human", someone from the
 * gemeente, a worker who speaks the user's language, "who can I talk to about this", a bare
 * "human pls" or "operator", meeting in person), typed without diacritics, with typos and slang,
 * Bulgarian and Ukrainian partly in Latin letters; and three messages that are not requests:
 *   - a colleague's wish ("my colleague wants to talk to someone about his contract"): somebody
 *     else wants a person, the user asks nothing of us; a handoff would connect the wrong person,
 *     so it is NOT a request (the retrieval answers it, or says it does not know);
 *   - a negated request ("I don't want to talk to anyone, just tell me");
 *   - a question about staff ("does the gemeente worker speak English?"): information, not a request.
 */
export const ROUND3_HANDOFF_CASES: Record<Language, HandoffCases> = {
  en: {
    yes: [
      'can sombody call me back pls',
      'is there a real human here??',
      'i want to talk to someone from the gemeente',
      'connect me with a worker who speaks polish',
      'who can i talk to about this',
      'pls human',
      'operator!!',
      'can i speak with u in person',
      'i need a real person not answers',
    ],
    no: [
      'my colleague wants to talk to someone about his contract',
      'i dont wanna talk to anybody just tell me the rules',
      'does the gemeente worker speak polish?',
    ],
  },
  nl: {
    yes: [
      'kan iemand me terug bellen aub',
      'is er een echt mens?',
      'ik wil iemand van de gemeente spreken',
      'kan ik een medewerker krijgen die pools spreekt',
      'met wie kan ik hierover praten',
      'mens aub',
      'operator graag',
      'kan ik langskomen om het persoonlijk te bespreken',
    ],
    no: [
      'mijn collega wil met iemand praten over zijn contract',
      'ik hoef niemand te spreken, zeg gewoon wat ik moet doen',
      'spreekt de medewerker van de gemeente engels?',
    ],
  },
  pl: {
    yes: [
      'czy ktos moze do mnie oddzwonic',
      'jest tu jakis zywy czlowiek?',
      'chce pogadac z kims z gminy',
      'polaczcie mnie z pracownikiem ktory mowi po polsku',
      'z kim moge o tym porozmawiac',
      'czlowiek prosze',
      'konsultant',
      'moge sie z wami spotkac osobiscie?',
    ],
    no: [
      'kolega chce porozmawiac z kims o swojej umowie',
      'nie chce z nikim gadac, napisz tylko co robic',
      'czy urzednik w gminie mowi po polsku?',
    ],
  },
  ro: {
    yes: [
      'ma poate suna cineva inapoi?',
      'e vreun om real aici?',
      'vreau sa vorbesc cu cineva de la primarie',
      'puneti-ma in legatura cu un angajat care vorbeste romana',
      'cu cine pot vorbi despre asta',
      'om va rog',
      'operator',
      'pot sa vin sa vorbesc cu voi personal?',
    ],
    no: [
      'colegul meu vrea sa vorbeasca cu cineva despre contractul lui',
      'nu vreau sa vorbesc cu nimeni, spune-mi doar ce sa fac',
      'angajatul de la primarie vorbeste engleza?',
    ],
  },
  bg: {
    yes: [
      'може ли някой да ми се обади',
      'ima li realen chovek tuk',
      'iskam da govorya s nyakoi ot obshtinata',
      'свържете ме със служител който говори български',
      's kogo moga da govorya za tova',
      'човек моля',
      'operator',
      'може ли да се срещна с вас лично',
    ],
    no: [
      'колегата ми иска да говори с някой за договора си',
      'ne iskam da govorya s nikogo, samo mi kaji kakvo da napravya',
      'служителят в общината говори ли английски?',
    ],
  },
  uk: {
    yes: [
      'можете мені передзвонити?',
      'tut ye zhyva lyudyna?',
      'хочу поговорити з кимось з гементе',
      "з'єднайте мене з працівником який говорить українською",
      'z kym mozhna pro tse pohovoryty',
      'людину будь ласка',
      'оператор',
      'можна з вами зустрітися особисто?',
    ],
    no: [
      'мій колега хоче поговорити з кимось про свій контракт',
      'ne khochu ni z kym hovoryty, prosto skazhy shcho robyty',
      'працівник гементе говорить англійською?',
    ],
  },
  lt: {
    yes: [
      'ar kas nors gali man paskambinti?',
      'ar yra tikras zmogus?',
      'noriu pasikalbeti su kazkuo is savivaldybes',
      'sujunkite mane su darbuotoju kuris kalba lietuviskai',
      'su kuo galiu apie tai pasikalbeti',
      'zmogus prasau',
      'operatorius',
      'ar galiu su jumis susitikti asmeniskai?',
    ],
    no: [
      'mano kolega nori pasikalbeti su kazkuo apie savo sutarti',
      'nenoriu su niekuo kalbeti, tiesiog pasakyk ka daryti',
      'ar savivaldybes darbuotojas kalba angliskai?',
    ],
  },
  hu: {
    yes: [
      'vissza tudna hivni valaki?',
      'van itt egy igazi ember?',
      'beszelni szeretnek valakivel az onkormanyzattol',
      'kapcsoljon egy munkatarshoz aki beszel magyarul',
      'kivel beszelhetek errol',
      'embert kerek',
      'operátor',
      'szemelyesen talalkozhatnek onokkel?',
    ],
    no: [
      'a kollegam beszelni akar valakivel a szerzodeserol',
      'nem akarok senkivel beszelni, csak mondd meg mit csinaljak',
      'tud angolul az onkormanyzati ugyintezo?',
    ],
  },
  tr: {
    yes: [
      'biri beni geri arayabilir mi',
      'gercek bir insan var mi',
      'belediyeden biriyle konusmak istiyorum',
      'beni turkce konusan bir calisana baglayin',
      'bunu kiminle konusabilirim',
      'insan lutfen',
      'operator',
      'sizinle yuz yuze gorusebilir miyim',
    ],
    no: [
      'is arkadasim sozlesmesi hakkinda biriyle konusmak istiyor',
      'kimseyle konusmak istemiyorum sadece ne yapacagimi soyle',
      'belediye calisani ingilizce biliyor mu',
    ],
  },
  cs: {
    yes: [
      'muze mi nekdo zavolat zpet?',
      'je tu nejaky skutecny clovek?',
      'chci mluvit s nekym z obce',
      'spojte me s pracovnikem ktery mluvi cesky',
      's kym o tom muzu mluvit',
      'clovek prosim',
      'operator',
      'muzu se s vami setkat osobne?',
    ],
    no: [
      'muj kolega chce mluvit s nekym o sve smlouve',
      'nechci s nikym mluvit, jen mi rekni co mam delat',
      'mluvi urednik na obci anglicky?',
    ],
  },
  sk: {
    yes: [
      'moze mi niekto zavolat naspat?',
      'je tu nejaky skutocny clovek?',
      'chcem hovorit s niekym z obce',
      'spojte ma s pracovnikom ktory hovori po slovensky',
      's kym sa o tom mozem porozpravat',
      'clovek prosim',
      'operator',
      'mozem sa s vami stretnut osobne?',
    ],
    no: [
      'moj kolega chce hovorit s niekym o svojej zmluve',
      'nechcem s nikym hovorit, len mi povedz co mam robit',
      'hovori urednik na obci po anglicky?',
    ],
  },
  sl: {
    yes: [
      'me lahko kdo poklice nazaj?',
      'je tu kaksen pravi clovek?',
      'rad bi govoril z nekom iz obcine',
      'povezite me z delavcem ki govori slovensko',
      's kom se lahko o tem pogovorim',
      'clovek prosim',
      'operater',
      'se lahko dobiva osebno?',
    ],
    no: [
      'moj sodelavec se hoce pogovoriti z nekom o svoji pogodbi',
      'nocem govoriti z nikomer, samo povej kaj naj naredim',
      'ali uradnik na obcini govori anglesko?',
    ],
  },
  el: {
    yes: [
      'μπορει καποιος να με παρει τηλεφωνο;',
      'υπαρχει αληθινος ανθρωπος εδω;',
      'θελω να μιλησω με καποιον απο τον δημο',
      'συνδεστε με με εναν υπαλληλο που μιλαει ελληνικα',
      'με ποιον μπορω να μιλησω γι αυτο',
      'ανθρωπο παρακαλω',
      'operator',
      'thelo na milisw me anthrwpo',
      'μπορω να σας συναντησω προσωπικα;',
    ],
    no: [
      'ο συναδελφος μου θελει να μιλησει με καποιον για το συμβολαιο του',
      'δεν θελω να μιλησω με κανεναν, πες μου μονο τι να κανω',
      'ο υπαλληλος του δημου μιλαει αγγλικα;',
    ],
  },
  es: {
    yes: [
      'me puede llamar alguien?',
      'hay alguna persona real?',
      'quiero hablar con alguien del ayuntamiento',
      'pasame con un trabajador que hable espanol',
      'con quien puedo hablar de esto',
      'humano porfa',
      'operador',
      'puedo hablar con ustedes en persona?',
    ],
    no: [
      'mi companero quiere hablar con alguien sobre su contrato',
      'no quiero hablar con nadie, solo dime que hacer',
      'el funcionario del ayuntamiento habla ingles?',
    ],
  },
  pt: {
    yes: [
      'alguem me pode ligar de volta?',
      'ha alguma pessoa real aqui?',
      'quero falar com alguem da camara',
      'passem-me a um funcionario que fale portugues',
      'com quem posso falar sobre isto',
      'humano pfv',
      'operador',
      'posso falar convosco pessoalmente?',
    ],
    no: [
      'o meu colega quer falar com alguem sobre o contrato dele',
      'nao quero falar com ninguem, so diz me o que fazer',
      'o funcionario da camara fala ingles?',
    ],
  },
  it: {
    yes: [
      'qualcuno mi puo richiamare?',
      "c'e una persona vera?",
      'voglio parlare con qualcuno del comune',
      'mettetemi in contatto con un impiegato che parla italiano',
      'con chi posso parlare di questo',
      'umano per favore',
      'operatore',
      'posso vedervi di persona?',
    ],
    no: [
      'il mio collega vuole parlare con qualcuno riguardo al suo contratto',
      'non voglio parlare con nessuno, dimmi solo cosa fare',
      "l'impiegato del comune parla inglese?",
    ],
  },
  et: {
    yes: [
      'kas keegi saab mulle tagasi helistada?',
      'kas siin on paris inimene?',
      'tahan raakida kellegagi vallast',
      'uhendage mind tootajaga kes raagib eesti keelt',
      'kellega ma saan sellest raakida',
      'inimene palun',
      'operaator',
      'kas ma saan teiega isiklikult kohtuda?',
    ],
    no: [
      'mu kolleeg tahab kellegagi oma lepingust raakida',
      'ma ei taha kellegagi raakida, utle lihtsalt mida teha',
      'kas valla ametnik raagib inglise keelt?',
    ],
  },
  lv: {
    yes: [
      'vai kads var man atzvanit?',
      'vai te ir ists cilveks?',
      'gribu runat ar kadu no pasvaldibas',
      'savienojiet mani ar darbinieku kas runa latviski',
      'ar ko es varu par so runat',
      'cilveku ludzu',
      'operators',
      'vai varu ar jums tikties klatiene?',
    ],
    no: [
      'mans kolegis grib runat ar kadu par savu ligumu',
      'negribu ne ar vienu runat, vienkarsi pasaki ko darit',
      'vai pasvaldibas darbinieks runa angliski?',
    ],
  },
};
