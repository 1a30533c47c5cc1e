import type { Language } from '../../languages/index.ts';

/**
 * Per language: requests for a person (`yes`), and in-domain questions that
 * mention people, offices or talking but ask for information (`no`).
 * Written without and with diacritics, Bulgarian and Ukrainian in both scripts.
 */
export const HANDOFF_CASES: Record<Language, { yes: string[]; no: string[] }> = {
  en: {
    yes: [
      'Can I please speak with a human?',
      'is there a live agent i can chat to',
      "I don't want to talk to a bot, give me a person",
      'could someone from the municipality call me back?',
      'connect me to a staff member',
      'talk to human',
      'i need to speak to somebody, this is urgent',
    ],
    no: [
      'how much rent can my landlord ask per person?',
      'my employer pays me less than the minimum wage, is that allowed?',
      'do I have to register at the town hall in person?',
      'I have a fever, where can I see a doctor at night?',
      'the agency employee told me I have to move out tomorrow',
      'is human trafficking a crime here and who helps victims?',
      'can a person with an EU passport work without a permit?',
    ],
  },
  nl: {
    yes: [
      'Ik wil met een echt persoon praten',
      'Kan ik een medewerker spreken?',
      'kunt u mij doorverbinden met iemand van het loket',
      'liever een mens dan een robot',
      'Kan ik iemand van de gemeente bellen?',
      'ik wil een afspraak met een consulent',
    ],
    no: [
      'Hoeveel huur mag mijn huisbaas vragen per persoon?',
      'Moet ik mij persoonlijk inschrijven bij de gemeente?',
      'Mijn werkgever betaalt mijn vakantiegeld niet uit',
      'De medewerker van het uitzendbureau zegt dat ik moet verhuizen',
      'Waar vind ik een huisarts die Engels spreekt?',
      'Ik heb een brief van de gemeente gekregen, wat betekent dit?',
    ],
  },
  pl: {
    yes: [
      'Chciałbym porozmawiać z konsultantem',
      'czy moge zadzwonic do kogos z urzedu?',
      'połączcie mnie z żywym człowiekiem',
      'nie chce rozmawiac z botem, daj mi czlowieka',
      'wolę rozmowę z pracownikiem gminy',
    ],
    no: [
      'Ile godzin tygodniowo może pracować pracownik tymczasowy?',
      'Pracodawca zabrał mi paszport, co mam zrobić?',
      'Jak zameldować się w gminie?',
      'Gdzie znajdę lekarza, który mówi po polsku?',
      'Koordynator z agencji mówi, że muszę się wyprowadzić w trzy dni',
      'Ile kosztuje pokój dla jednej osoby?',
    ],
  },
  cs: {
    yes: [
      'Chci mluvit s živým člověkem',
      'můžu zavolat někomu z úřadu?',
      'prosim spojte me s operatorem',
      'nechci mluvit s robotem, chci člověka',
      'potřebuji schůzku s poradcem',
    ],
    no: [
      'Kolik hodin týdně smí zaměstnanec pracovat?',
      'Zaměstnavatel mi nevyplatil mzdu, co mám dělat?',
      'Musím se osobně přihlásit na obci?',
      'Kde najdu lékaře, který mluví česky?',
      'Pronajímatel chce vyšší nájem za osobu',
    ],
  },
  sk: {
    yes: [
      'Chcem hovoriť so živým človekom',
      'mozem sa porozpravat s niekym z uradu?',
      'spojte ma prosím s operátorom',
      'Potrebujem stretnutie s poradcom',
    ],
    no: [
      'Koľko hodín týždenne môže zamestnanec pracovať?',
      'Zamestnávateľ mi nevyplatil výplatu',
      'Musím sa osobne prihlásiť na obecnom úrade?',
      'Kde nájdem lekára, ktorý hovorí po slovensky?',
      'Zamestnanec agentúry mi vzal pas',
    ],
  },
  sl: {
    yes: [
      'Želim govoriti z živim človekom',
      'Lahko poklicem nekoga z obcine?',
      'povežite me z operaterjem prosim',
      'rad bi se pogovoril s svetovalcem',
    ],
    no: [
      'Koliko ur na teden lahko delam?',
      'Delodajalec mi ni izplačal plače',
      'Ali se moram osebno prijaviti na upravni enoti?',
      'Kje najdem zdravnika, ki govori angleško?',
      'Koliko stane soba na osebo?',
    ],
  },
  ro: {
    yes: [
      'As vrea sa vorbesc cu o persoana reala',
      'pot să sun pe cineva de la primărie?',
      'vreau un operator uman, nu un robot',
      'Doresc o programare cu un consilier',
    ],
    no: [
      'Câte ore pe săptămână poate lucra un angajat?',
      'Angajatorul mi-a luat pașaportul, ce pot face?',
      'Trebuie să mă înregistrez personal la primărie?',
      'Unde găsesc un medic care vorbește română?',
      'Cât costă chiria pe persoană?',
    ],
  },
  bg: {
    yes: [
      'Искам да говоря с жив човек',
      'mozhe li da se svarzha sas sluzhitel na obshtinata',
      'iskam da govorq s 4ovek',
      'Може ли да се обадя на консултант?',
      'nqkoi ot ofisa moje li da mi se obadi?',
    ],
    no: [
      'Колко часа седмично мога да работя?',
      'Работодателят ми не плати заплатата',
      'Трябва ли лично да се регистрирам в общината?',
      'kade da nameria lekar koito govori bulgarski',
      'kolko struva naemat na chovek',
    ],
  },
  uk: {
    yes: [
      'Хочу поговорити з живою людиною',
      'можна зателефонувати комусь із громади?',
      "z'yednaite mene z operatorom bud laska",
      'khochu zustritysia z konsultantom osobysto',
      'не хочу спілкуватися з ботом',
    ],
    no: [
      'Скільки годин на тиждень може працювати працівник?',
      'Роботодавець забрав мій паспорт, що робити?',
      'Чи потрібно особисто реєструватися в гемеенте?',
      'de znaity likaria yakyi rozmovliaie ukrainskoiu',
      'skilky koshtuie kimnata na odnu osobu',
    ],
  },
  el: {
    yes: [
      'Θέλω να μιλήσω με έναν άνθρωπο',
      'Μπορώ να μιλήσω με κάποιον υπάλληλο του δήμου;',
      'thelw na milisw me anthrwpo',
      'όχι με το ρομπότ, θέλω υπάλληλο',
    ],
    no: [
      'Πόσες ώρες την εβδομάδα μπορεί να δουλέψει ένας εργαζόμενος;',
      'Ο εργοδότης μου δεν με πλήρωσε',
      'Πού βρίσκω γιατρό που μιλάει αγγλικά;',
      'Πόσο κοστίζει το ενοίκιο ανά άτομο;',
      'Πρέπει να εγγραφώ αυτοπροσώπως στο δημαρχείο;',
    ],
  },
  es: {
    yes: [
      'Quiero hablar con una persona real',
      '¿Puedo hablar con alguien del ayuntamiento?',
      'no quiero hablar con un bot, pasame con un agente',
      'necesito una cita con un asesor',
    ],
    no: [
      '¿Cuántas horas puede trabajar una persona a la semana?',
      'Mi empleador no me paga las horas extra',
      '¿Tengo que registrarme en persona en el ayuntamiento?',
      '¿Dónde encuentro un médico que hable español?',
      '¿Cuánto cuesta el alquiler por persona?',
    ],
  },
  pt: {
    yes: [
      'Quero falar com uma pessoa de verdade',
      'posso ligar para alguém da câmara?',
      'preciso de atendimento humano',
      'gostaria de marcar uma reuniao com um funcionario',
    ],
    no: [
      'Quantas horas por semana pode trabalhar um funcionário?',
      'O meu empregador ficou com o meu passaporte',
      'Tenho de me registar pessoalmente na câmara?',
      'Onde encontro um médico que fale português?',
      'Quanto custa o quarto por pessoa?',
    ],
  },
  it: {
    yes: [
      'Vorrei parlare con un operatore',
      'posso parlare con qualcuno del comune?',
      'non voglio il bot, voglio una persona vera',
      'mi serve un appuntamento con un consulente',
    ],
    no: [
      'Quante ore a settimana può lavorare un dipendente?',
      'Il mio datore di lavoro non mi paga gli straordinari',
      'Devo registrarmi di persona in comune?',
      'Dove trovo un medico che parla inglese?',
      "Quanto costa l'affitto per persona?",
    ],
  },
  et: {
    yes: [
      'Tahan rääkida päris inimesega',
      'kas saan helistada kellelegi omavalitsusest?',
      'ühendage mind palun konsultandiga',
      'soovin kohtuda ametnikuga',
    ],
    no: [
      'Mitu tundi nädalas võib töötaja töötada?',
      'Tööandja ei maksnud mulle palka',
      'Kas pean end isiklikult registreerima?',
      'Kust leida arsti, kes räägib inglise keelt?',
    ],
  },
  lv: {
    yes: [
      'Es gribu runāt ar īstu cilvēku',
      'vai varu piezvanit kadam no pasvaldibas?',
      'lūdzu savienojiet mani ar operatoru',
      'vēlos tikties ar konsultantu klātienē',
    ],
    no: [
      'Cik stundas nedēļā drīkst strādāt darbinieks?',
      'Darba devējs man nesamaksāja algu',
      'Vai man jāreģistrējas klātienē pašvaldībā?',
      'Kur atrast ārstu, kas runā angliski?',
    ],
  },
  lt: {
    yes: [
      'Noriu pasikalbėti su tikru žmogumi',
      'ar galiu paskambinti kazkam is savivaldybes?',
      'sujunkite mane su konsultantu',
      'norėčiau susitikti su darbuotoju asmeniškai',
    ],
    no: [
      'Kiek valandų per savaitę gali dirbti darbuotojas?',
      'Darbdavys nesumokėjo man atlyginimo',
      'Ar turiu registruotis asmeniškai?',
      'Kur rasti gydytoją, kuris kalba angliškai?',
    ],
  },
  hu: {
    yes: [
      'Szeretnék egy élő emberrel beszélni',
      'Beszélhetnék valakivel az önkormányzattól?',
      'kapcsoljon egy munkatárshoz',
      'idopontot szeretnek kerni egy tanacsadohoz',
    ],
    no: [
      'Hány órát dolgozhat egy munkavállaló hetente?',
      'A munkáltatóm nem fizette ki a béremet',
      'Személyesen kell bejelentkeznem az önkormányzatnál?',
      'Hol találok angolul beszélő orvost?',
      'Mennyi a lakbér személyenként?',
    ],
  },
  tr: {
    yes: [
      'Gerçek bir insanla konuşmak istiyorum',
      'belediyeden biriyle gorusebilir miyim?',
      'beni bir müşteri temsilcisine bağlayın',
      'robotla değil, bir çalışanla konuşmak istiyorum',
    ],
    no: [
      'Bir işçi haftada kaç saat çalışabilir?',
      'İşverenim maaşımı ödemedi',
      'Belediyeye şahsen kayıt olmam gerekiyor mu?',
      'İngilizce konuşan bir doktor nerede bulabilirim?',
      'Kişi başı kira ne kadar?',
    ],
  },
};
