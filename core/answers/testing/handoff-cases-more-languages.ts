import type { Language } from '../../languages/index.ts';

/** Requests for a person (`yes`) and messages that are not (`no`) in one language; see handoff-cases.ts. */
export interface HandoffCases {
  yes: string[];
  no: string[];
}

/**
 * The cases of the nine product languages outside the evaluation corpus (cs el es et it lv pt sk sl),
 * written the same way as those in handoff-cases.ts, which merges them.
 */
export const MORE_HANDOFF_CASES: Record<Exclude<Language, 'en' | 'nl' | 'pl' | 'ro' | 'bg' | 'uk' | 'lt' | 'hu' | 'tr'>, HandoffCases> = {
  cs: {
    yes: [
      'Chci mluvit s živým člověkem',
      'můžu zavolat někomu z úřadu?',
      'prosim spojte me s operatorem',
      'nechci mluvit s robotem, chci člověka',
      'potřebuji schůzku s poradcem',
      'zavolejte mi prosím',
      'Zavolejte mi prosím zítra',
      'muzu mluvit s nekym z uradu',
    ],
    no: [
      'Kolik hodin týdně smí zaměstnanec pracovat?',
      'Zaměstnavatel mi nevyplatil mzdu, co mám dělat?',
      'Musím se osobně přihlásit na obci?',
      'Kde najdu lékaře, který mluví česky?',
      'Pronajímatel chce vyšší nájem za osobu',
      'nechci s nikým mluvit',
      'nechci mluvit s člověkem, jen mi řekněte jak',
      'agentura mi volala včera',
      'jak zavolat na úřad?',
    ],
  },
  sk: {
    yes: [
      'Chcem hovoriť so živým človekom',
      'mozem sa porozpravat s niekym z uradu?',
      'spojte ma prosím s operátorom',
      'Potrebujem stretnutie s poradcom',
      'zavolajte mi prosím',
      'chcem hovorit s niekym',
    ],
    no: [
      'Koľko hodín týždenne môže zamestnanec pracovať?',
      'Zamestnávateľ mi nevyplatil výplatu',
      'Musím sa osobne prihlásiť na obecnom úrade?',
      'Kde nájdem lekára, ktorý hovorí po slovensky?',
      'Zamestnanec agentúry mi vzal pas',
      'nechcem hovoriť s človekom, len mi povedzte',
    ],
  },
  sl: {
    yes: [
      'Želim govoriti z živim človekom',
      'Lahko poklicem nekoga z obcine?',
      'povežite me z operaterjem prosim',
      'rad bi se pogovoril s svetovalcem',
      'pokličite me prosim',
      'Pokličite me jutri',
    ],
    no: [
      'Koliko ur na teden lahko delam?',
      'Delodajalec mi ni izplačal plače',
      'Ali se moram osebno prijaviti na upravni enoti?',
      'Kje najdem zdravnika, ki govori angleško?',
      'Koliko stane soba na osebo?',
      'ne želim govoriti s človekom, samo povejte mi',
    ],
  },
  el: {
    yes: [
      'Θέλω να μιλήσω με έναν άνθρωπο',
      'Μπορώ να μιλήσω με κάποιον υπάλληλο του δήμου;',
      'thelw na milisw me anthrwpo',
      'όχι με το ρομπότ, θέλω υπάλληλο',
      'πάρτε με τηλέφωνο',
      'parte me tilefono',
      'Μπορείτε να με πάρετε τηλέφωνο;',
      'thelo na milisw me kapoion',
    ],
    no: [
      'Πόσες ώρες την εβδομάδα μπορεί να δουλέψει ένας εργαζόμενος;',
      'Ο εργοδότης μου δεν με πλήρωσε',
      'Πού βρίσκω γιατρό που μιλάει αγγλικά;',
      'Πόσο κοστίζει το ενοίκιο ανά άτομο;',
      'Πρέπει να εγγραφώ αυτοπροσώπως στο δημαρχείο;',
      'δεν θέλω να μιλήσω με άνθρωπο, απλά πείτε μου',
      'η εταιρεία με πήρε τηλέφωνο χθες',
      'Πώς μπορώ να καλέσω τον δήμο;',
    ],
  },
  es: {
    yes: [
      'Quiero hablar con una persona real',
      '¿Puedo hablar con alguien del ayuntamiento?',
      'no quiero hablar con un bot, pasame con un agente',
      'necesito una cita con un asesor',
      'llámame por favor',
      'pueden llamarme?',
      '¿me pueden llamar mañana?',
      'puedo hablar con un trabajador del ayuntamiento',
    ],
    no: [
      '¿Cuántas horas puede trabajar una persona a la semana?',
      'Mi empleador no me paga las horas extra',
      '¿Tengo que registrarme en persona en el ayuntamiento?',
      '¿Dónde encuentro un médico que hable español?',
      '¿Cuánto cuesta el alquiler por persona?',
      'no hace falta que me llamen',
      'no quiero hablar con nadie',
      'mi jefe me llamó ayer',
      '¿cómo llamo al ayuntamiento?',
      'me llamo Ana y busco trabajo',
      'no necesito hablar con una persona, solo dime cómo',
    ],
  },
  pt: {
    yes: [
      'Quero falar com uma pessoa de verdade',
      'posso ligar para alguém da câmara?',
      'preciso de atendimento humano',
      'gostaria de marcar uma reuniao com um funcionario',
      'liguem-me por favor',
      'podem ligar-me?',
      'quero falar com alguém',
    ],
    no: [
      'Quantas horas por semana pode trabalhar um funcionário?',
      'O meu empregador ficou com o meu passaporte',
      'Tenho de me registar pessoalmente na câmara?',
      'Onde encontro um médico que fale português?',
      'Quanto custa o quarto por pessoa?',
      'não precisa de me ligar',
      'não preciso falar com uma pessoa, só me diga como',
      'a agência ligou-me ontem',
      'como ligar para a câmara?',
    ],
  },
  it: {
    yes: [
      'Vorrei parlare con un operatore',
      'posso parlare con qualcuno del comune?',
      'non voglio il bot, voglio una persona vera',
      'mi serve un appuntamento con un consulente',
      'chiamatemi per favore',
      'potete richiamarmi?',
      'mi potete richiamare?',
      'vorrei essere richiamato',
    ],
    no: [
      'Quante ore a settimana può lavorare un dipendente?',
      'Il mio datore di lavoro non mi paga gli straordinari',
      'Devo registrarmi di persona in comune?',
      'Dove trovo un medico che parla inglese?',
      "Quanto costa l'affitto per persona?",
      'non voglio parlare con nessuno',
      'non voglio parlare con una persona, dimmi solo come',
      "l'agenzia mi ha chiamato ieri",
      'come chiamare il comune?',
      'mi chiamo Marco',
    ],
  },
  et: {
    yes: [
      'Tahan rääkida päris inimesega',
      'kas saan helistada kellelegi omavalitsusest?',
      'ühendage mind palun konsultandiga',
      'soovin kohtuda ametnikuga',
      'helistage mulle palun',
      'tahan inimesega rääkida',
    ],
    no: [
      'Mitu tundi nädalas võib töötaja töötada?',
      'Tööandja ei maksnud mulle palka',
      'Kas pean end isiklikult registreerima?',
      'Kust leida arsti, kes räägib inglise keelt?',
      'ma ei taha inimesega rääkida, öelge lihtsalt',
      'agentuur helistas mulle eile',
    ],
  },
  lv: {
    yes: [
      'Es gribu runāt ar īstu cilvēku',
      'vai varu piezvanit kadam no pasvaldibas?',
      'lūdzu savienojiet mani ar operatoru',
      'vēlos tikties ar konsultantu klātienē',
      'lūdzu piezvaniet man',
      'gribu runat ar kadu',
    ],
    no: [
      'Cik stundas nedēļā drīkst strādāt darbinieks?',
      'Darba devējs man nesamaksāja algu',
      'Vai man jāreģistrējas klātienē pašvaldībā?',
      'Kur atrast ārstu, kas runā angliski?',
      'negribu runāt ar cilvēku, vienkārši pasakiet',
      'aģentūra man zvanīja vakar',
    ],
  },
};
