/**
 * Lexicon for detecting "I want to talk to a (real) person" in the 18
 * supported languages. Pure data; compiled once by `handoff-intent.ts`.
 *
 * Every group is a comma-separated list of patterns. A pattern is a sequence
 * of token elements separated by spaces:
 *   - `word`    the token equals `word`
 *   - `stem*`   the token starts with `stem` (inflection: człowiek*, людин*)
 *   - `a|b*|c`  any of the alternatives
 *   - `@name`   the alternatives of macro `name` (see `macros`)
 *   - `el?`     an optional element
 *   - `~N`      up to N arbitrary tokens before the next element
 * Entries are written in normal spelling (with diacritics, Cyrillic, Greek);
 * the compiler folds them (lower case, no diacritics) and romanizes Cyrillic,
 * so "людиною" also meets "lyudynoyu". Latin spellings that the romanization
 * does not produce (Bulgarian "4ovek", "nqkoi") are listed as extra variants.
 *
 * Concept groups (see `HandoffGroup`):
 *   human, staff, someone   who the user wants (a human being / a staff member / somebody)
 *   talk, reach, connect    what the user wants to do with them
 *   strong, notBot          phrases that are a handoff request on their own
 *   neutral                 phrases that cancel the person or contact words inside them
 *                           ("human rights", "per person", "forklift operator")
 *   thirdParty, possessive  words that make a person somebody else's staff ("shop employee",
 *                           "my agent"); `bridge` words may stand between ("employee of the agency")
 *   filler                  words allowed around a one-word command ("a human please")
 */
import type { Language } from '../languages/index.ts';

/** The concept groups a lexicon entry can belong to. */
export type HandoffGroup =
  | 'human' | 'staff' | 'someone'
  | 'talk' | 'reach' | 'connect'
  | 'strong' | 'notBot' | 'neutral'
  | 'thirdParty' | 'possessive' | 'bridge' | 'filler';

/** Macros that the generic patterns of every language are built from. */
export interface HandoffMacros {
  /** "want", "need", "prefer": `@req ~2 @human` is a strong request. */
  req?: string;
  /** Negation: `@neg @prep? @art? @bot` ("not a bot", "nu cu robotul"). */
  neg?: string;
  /** "with"/"to" before the bot word, when the language has a preposition. */
  prep?: string;
  /** Articles and demonstratives that may stand before the bot word. */
  art?: string;
  /** Words that can only mean this chatbot. */
  bot?: string;
  /** Machine words that need a preposition ("not with the robot"), since "we are not robots" is a complaint about work. */
  botWeak?: string;
}

/** One language's patterns, per concept group. */
export type LanguageLexicon = { [G in HandoffGroup]?: string } & {
  macros?: HandoffMacros;
  /** Verb-final languages (Turkish, Hungarian) also get `@human ~2 @req`. */
  headFinal?: boolean;
};

/**
 * Patterns shared by all languages: chatbot commands, chat shorthand, and the
 * Dutch words for a migrant's third parties (uitzendbureau, werkgever) that
 * people use whatever language they write in.
 */
export const UNIVERSAL_LEXICON: LanguageLexicon = {
  // Chatbot commands, recognised alone in any language ("/agent", "agent please").
  human: 'agent|handoff',
  filler: 'pls|plz|please|ok|okay|hi|hello|hallo|hey|now|asap|thx|svp|aub',
  thirdParty: 'uitzendbureau|uitzendbureaus|werkgever|huisbaas|randstad|otto|covebo',
};

/**
 * Per language, the ways people ask for a person. Applied to every message
 * whatever its detected language; a request's pieces must come from one language.
 */
export const HANDOFF_LEXICON: Record<Language, LanguageLexicon> = {
  en: {
    human: 'human|humans|person|operator|operators',
    staff: `employee|employees|staff|staffer|staffers|caseworker|caseworkers|advisor|advisors|adviser|advisers|consultant|consultants|counsellor|counselor|counsellors|counselors|representative|representatives|rep|volunteer|volunteers|clerk|clerks|officials,
      civil servant|servants, government|municipal|council|city official|officials|employee|employees|worker|workers|clerk,
      social|case worker|workers|manager, staff member|members, member of staff|your, official from|at|of|in|who|please,
      one of you, one of your|the staff|team|colleagues|employees|people, your colleague|colleagues|team|staff|people|office,
      someone|somebody|anyone|anybody from|at|in|of|with the|your|this|a? town|city? office|municipality|gemeente|council|hall|townhall|team|organisation|organization|helpdesk|desk|counter|centre|center|service|staff|department`,
    someone: 'someone|somebody|anyone|anybody|some1',
    talk: `talk|speak|chat|discuss|meet|talking|speaking|chatting, face to face, in person, on the line|phone, appointment|appointments|appt|meeting|conversation|consultation`,
    reach: `call|phone|ring|contact|reach|email|explain|ask|see|visit, get in touch|contact, get hold of`,
    connect: `connect|transfer|forward|redirect|refer me|us, put me|us through|in, call|ring|phone|contact|email|text me|us, call|ring me? back, callback, pass me|us on|over|to, hand me|us over|off, get me, escalate`,
    strong: `real|actual|live|living|physical|genuine|proper human|person|persons|people|agent|operator|employee, human being|beings|operator|agent|support|assistance|help|contact|staff,
      flesh and blood, live chat|support,
      talk|speak|chat to|with a|an|your live|human? agent|agents, connect|transfer|put me|us through? to a|an|your? live|human? agent|agents, is|are there someone|somebody|anyone|anybody|people ~4 call|contact|reach|talk|speak|chat|meet|phone|email`,
    notBot: `don|doesn|didn t want|wanna|like ~3 @bot, dont|not want|wanna|like ~3 @bot, don t want|wanna ~2 @prep @art? @botWeak, dont|not want|wanna ~2 @prep @art? @botWeak, instead of ~2 @bot|@botWeak, rather than ~2 @bot|@botWeak, tired|sick of ~2 @bot, fed up with ~2 @bot`,
    neutral: `human rights|trafficking|resources|error, per|each|every|one|1|single|third|other|young|old|elderly|sick|disabled|legal|natural|contact|missing|first|right|best|correct|responsible|only person|persons,
      person s, employee benefits|insurance|insurances|rights|contract|contracts|number|card|id|discount|handbook|scheme|schemes|status|pass|account,
      staff canteen|housing|room|discount|bus|entrance, forklift|machine|crane|reach|production|tour|phone operator|operators,
      estate|letting|rental|travel|insurance|housing|recruitment|employment|secret agent|agents, agent s,
      bring|take|accompany a|an|another|one? person|someone|somebody|friend, person|someone|somebody|anyone with me|us`,
    thirdParty: `shop|store|supermarket|agency|agencies|company|firm|factory|warehouse|farm|greenhouse|hotel|restaurant|bank|landlord|employer|employers|boss|police|hospital|school|embassy|consulate|insurer|airline|kitchen|recruiter|coordinator|manager|supervisor|forklift|hr|legal|lawyer|tax|debt`,
    possessive: 'my|his|her|their',
    bridge: 'of|from|at|in|the|a|an|this|that|our|s',
    filler: `i|d|m|want|wanna|need|would|like|to|a|an|the|me|please|can|could|may|give|get|have|just|with|yes|thanks|thank|you|is|there|any|let|talk|speak|chat|real`,
    macros: {
      req: 'want|wanna|need|prefer|rather|would|d|give|get',
      neg: 'not|no|without|never',
      prep: 'with|to|by',
      art: 'a|an|the|this|that|your|some|stupid',
      bot: 'bot|bots|chatbot|chatbots',
      botWeak: 'robot|robots|machine|machines|computer|computers|program|programme|software|algorithm|autoresponder',
    },
  },

  nl: {
    human: 'mens|persoon|medewerker|medewerkers|medewerkster|operator',
    staff: `ambtenaar|ambtenaren|adviseur|adviseurs|adviseuse|consulent|consulenten|klantmanager|klantmanagers|casemanager|contactpersoon|vrijwilliger|vrijwilligers|hulpverlener|hulpverleners|baliemedewerker*|gemeentemedewerker*|servicemedewerker*|klantenservice,
      maatschappelijk werker|werkster, een|één van jullie|u, een|één van uw|de|jullie collega*|medewerkers, jullie|uw collega|collega*|team,
      iemand|een|één van|bij|op|uit|aan|in de|het|jullie|uw? gemeente|gemeentehuis|stadhuis|loket|balie|kantoor|team|organisatie|helpdesk|servicepunt|afdeling|jullie|u|hier`,
    someone: 'iemand',
    talk: `praten|spreken|spreek|chatten|babbelen|kletsen|overleggen, gesprek|gesprekje, afspraak|afspreken|ontmoeten|langskomen, persoonlijk, in persoon, face to face, onder vier ogen, aan de lijn|telefoon`,
    reach: `bellen|bel|opbellen|terugbellen|telefoneren|telefoon|telefonisch|lijn|contact|contacteren|bereiken|mailen|uitleggen|vragen|navragen|zien|spreek`,
    connect: `doorverbinden|doorverbind|doorschakelen|terugbellen|terugbelverzoek, me|mij bellen|opbellen|terugbellen|mailen|contacteren|bereiken, bel|bellen|contacteer|mail me|mij, verbind|verbinden me|mij, in contact brengen, breng|brengt me|mij in contact`,
    strong: `echt|echte|levend|levende|menselijk|menselijke persoon|mens|medewerker|stem|contact|hulp, vlees en bloed, is|zijn er iemand|mensen ~4 bellen|bel|spreken|praten|contact|bereiken|mailen`,
    notBot: `wil|wilt|wou niet|geen ~3 @bot, wil|wilt|wou niet ~3 @prep @art? @botWeak, in plaats van ~2 @bot|@botWeak`,
    neutral: `eerste|juiste|enige|aangewezen persoon, iemand|persoon ~1 meenemen|meebrengen|mee, per persoon|medewerker, mensenhandel, mensenrechten, contact persoon, natuurlijk persoon, heftruck|machine|productie operator`,
    thirdParty: `winkel|supermarkt|bureau|bedrijf|firma|fabriek|magazijn|kas|hotel|restaurant|bank|verhuurder|baas|chef|politie|ziekenhuis|school|ambassade|verzekeraar|coördinator|recruiter|intercedent|makelaar|teamleider`,
    possessive: 'mijn|zijn|haar|hun',
    bridge: 'van|bij|op|uit|de|het|een|in|die|dat|mijn',
    filler: 'ik|wil|wilt|graag|een|met|de|het|mag|kan|kun|kunt|spreken|praten|alstublieft|alsjeblieft|nu|hoi|ja|dank|bedankt|is|er|echt|echte',
    macros: {
      req: 'wil|wilt|willen|wou|graag|liever|nodig|geef|zou',
      neg: 'niet|geen|zonder',
      prep: 'met|tegen',
      art: 'de|het|een|die|deze|dat|jullie|uw|zo|n',
      bot: 'bot|bots|chatbot|chatbots',
      botWeak: 'robot|robots|computer|machine|programma|automaat|systeem',
    },
  },

  pl: {
    human: `człowiek*|osoba|osobę|osobą|osobie|osobo|konsultant|konsultanta|konsultantem|konsultantką|konsultantka|konsultantki|operator|operatora|operatorem|operatorką|operatorka`,
    staff: `pracownik*|pracownica|pracownicą|pracownicę|pracownice|urzędnik*|urzędniczk*|doradc*|doradczyni*|konsultant*|przedstawiciel*|wolontariusz*|personel*|obsług*,
      ktoś|kogoś|kimś|komuś|ktokolwiek z|ze|w|we|od|na|u|do urzęd*|urząd|gmin*|biur*|ratusz*|gemeente|was|obsług*|zespoł*|punkt*|okienk*|personel*|infolinii`,
    someone: 'ktoś|kogoś|kimś|komuś|ktokolwiek|kogokolwiek|kimkolwiek',
    talk: `porozmawia*|rozmawiać|rozmawiam|rozmawiamy|rozmowa|rozmowę|rozmowy|pogadać|pogadam|mówić|pomówić|czat*|chatować|spotka*|wizyt*|konsultacj*|umówić|umówię|osobiście|osobiscie,
      na żywo, twarzą w twarz`,
    reach: `zadzwoni*|zadzwoń|dzwonić|dzwonię|zatelefonować|telefon*|kontakt*|skontaktowa*|napisać|wyjaśni*|wytłumacz*|zapyta*|spyta*`,
    connect: `połącz*|przełącz*|przekier*|przekazać|przekażcie|przekaż|oddzwoni*, do mnie zadzwoni*|napisa*, zadzwoni*|zadzwońcie|napisz* do mnie`,
    strong: `żyw*|prawdziw*|realn* człowiek*|osob*|konsultant*|pracownik*|operator*, czy jest|są ktoś|ktokolwiek|ludzie ~4 zadzwoni*|dzwoni*|kontakt*|porozmawia*|rozmawia*`,
    notBot: `nie chcę|chce|chciałbym|chciałabym|chciałem ~3 @bot, zamiast ~1 @bot|@botWeak|robota|bota|komputera|maszyny|programu|automatu, mam dość|dosyć ~2 @bot`,
    neutral: `osob* kontaktow*, pierwsz*|właściw*|odpowiedzialn* osob*, prawa|praw człowieka, handel ludźmi, dla|na|od osob*, jedn*|dwie|dwóch|dwoje|trzech|czterech|każd* osob*, rozmow* kwalifikacyjn*, rozmow* o pracę,
      operator* wózk*|maszyn*|produkcji|linii|cnc, osob* fizyczn*|prywatn*|prawn*, pracownik*|pracownic* sezonow*|tymczasow*|fizyczn*|produkcji|magazyn*|zagraniczn*|delegowan*`,
    thirdParty: `agencj*|firm*|sklep*|pracodaw*|szef*|hotel*|restaurac*|bank*|policj*|magazyn*|fabryk*|właściciel*|wynajmując*|koordynator*|kierownik*|brygadzist*|szklarni*|farm*|przychodni*|szpital*`,
    possessive: 'mój|mojego|moim|mojej|moją|moja|mojemu|jego|jej',
    bridge: 'z|ze|w|we|od|na|u|do|tej|tego|mojej|mojego|naszej',
    filler: 'chcę|chce|proszę|poproszę|z|ze|daj|dajcie|mi|mnie|czy|jest|mogę|moge|porozmawiać|teraz|hej|cześć|tak|jakiś|jakiegoś|żywego|żywym|prawdziwego',
    macros: {
      req: 'chcę|chce|chciałbym|chciałabym|chciałem|chciałam|wolę|wole|wolałbym|wolałabym|potrzebuję|potrzebuje|poproszę|proszę|dajcie|daj',
      neg: 'nie|bez',
      prep: 'z|ze',
      art: 'tym|ten|tego|jakimś|jakiś',
      bot: 'bot|bota|botem|botowi|boty|botami|chatbot*|czatbot*',
      botWeak: 'robot|robotem|robotami|maszyną|komputerem|programem|automatem|sztuczną',
    },
  },

  cs: {
    human: 'člověk*|osoba|osobou|osobu|osobě|operátor|operátora|operátorem|operátorkou|operátorka|konzultant|konzultanta|konzultantem',
    staff: `zaměstnanec|zaměstnance|zaměstnanci|zaměstnancem|zaměstnankyně|zaměstnankyní|pracovník*|pracovnice|pracovnicí|úředník*|úřednic*|poradce|poradcem|poradci|poradkyn*|konzultant*|referent*|dobrovolník*|personál*|obsluh*,
      někdo|někoho|někým|někomu z|ze|na|od|ve|v úřad*|kancelář*|obec|obce|obci|obcí|gemeente|radnic*|magistrát*|vás|týmu|tým|personálu`,
    someone: 'někdo|někoho|někým|někomu|kdokoli|kdokoliv|kohokoli',
    talk: `mluvit|mluvím|mluvil|mluvila|promluvit|promluvím|promluvil|promluvila|promluvení|hovořit|pohovořit|popovídat|pokecat|chatovat|setkat|setkání|sejít|schůzk*|konzultac*|osobně, tváří v tvář`,
    reach: `zavolat|zavolám|zavolejte|volat|volám|telefon*|kontaktovat|kontaktuj*|kontakt|spojit|vysvětli*|zeptat|zeptám|zeptal|obrátit|obrátím`,
    connect: `spojte|spojit|přepojte|přepojit|přepoj*|předejte|přesměr*, mi|mě ~3 zavolat|zavolal|zavolala|zavolejte|kontaktovat|napsat, zavolejte|kontaktujte mi|mě`,
    strong: `skutečn*|živ*|opravdov*|reáln* člověk*|osob*|operátor*|konzultant*|zaměstnan*`,
    notBot: `nechci|nechtěl|nechtěla ~3 @bot, nechci|nechtěl|nechtěla ~2 @prep @art? @botWeak, místo ~1 @bot|@botWeak|robota|bota|počítače|stroje`,
    neutral: `kontaktní osob*, lidská|lidských práva|práv, obchod s lidmi, na|za osobu, jedna|jednu|každá|každou osob*, operátor* vzv|vysokozdvižného|stroj*|výroby|linky, fyzick*|právnick* osob*,
      pracovník* v|ve výrobě|skladu, sezónní|agenturní|zahraniční pracovník*|zaměstnan*`,
    thirdParty: `agentur*|firm*|obchod*|zaměstnavatel*|šéf*|hotel*|restaurac*|bank*|polici*|sklad*|továrn*|majitel*|pronajímatel*|koordinátor*|mistr*|vedoucí*`,
    possessive: 'můj|mého|mým|moje|mojí|jeho|její|jejich',
    bridge: 'z|ze|na|v|ve|u|od|té|toho|mé|mého',
    filler: 'chci|prosím|s|se|dejte|mi|mě|je|tu|někdo|můžu|mohu|teď|ahoj|dobrý|den|ano|nějakého|živého|živým',
    macros: {
      req: 'chci|chtěl|chtěla|potřebuji|potřebuju|raději|radši|dejte|prosím',
      neg: 'ne|bez',
      prep: 's|se',
      art: 'tím|tímhle|tímto|nějakým',
      bot: 'bot|bota|botem|chatbot*',
      botWeak: 'robot|robotem|strojem|počítačem|programem|automatem',
    },
  },

  sk: {
    human: 'človek*|osoba|osobou|osobu|osobe|operátor|operátora|operátorom|operátorkou|operátorka|konzultant|konzultanta|konzultantom',
    staff: `zamestnanec|zamestnanca|zamestnancom|zamestnancovi|zamestnanci|zamestnankyňa|zamestnankyňou|zamestnankyne|pracovník*|pracovníčk*|úradník*|úradníčk*|poradc*|poradkyn*|konzultant*|referent*|dobrovoľník*|personál*|obsluh*,
      niekto|niekoho|niekým|niekomu z|zo|na|od|v|vo úrad*|kancelári*|obec|obce|obci|gemeente|radnic*|magistrát*|vás|tímu|tím|personálu`,
    someone: 'niekto|niekoho|niekým|niekomu|ktokoľvek|kohokoľvek',
    talk: `hovoriť|hovorím|pohovoriť|pohovorím|porozprávať*|rozprávať|rozprávam|zhovárať|zhováram|chatovať|stretnúť|stretnem|stretnutie|stretnutia|schôdzk*|konzultáci*|osobne, tvárou v tvár`,
    reach: `zavolať|zavolám|zavolajte|volať|telefon*|kontaktovať|kontakt|spojiť|vysvetli*|opýtať*|spýtať*|obrátiť|obrátim`,
    connect: `spojte|spojiť|prepojte|prepojiť|prepoj*|presmer*, mi|ma ~3 zavolať|zavolal|zavolala|zavolajte|kontaktovať|napísať, zavolajte|kontaktujte mi|ma`,
    strong: `skutočn*|živ*|opravdiv*|reáln* človek*|osob*|operátor*|konzultant*|zamestnan*`,
    notBot: `nechcem|nechcel|nechcela ~3 @bot, nechcem|nechcel|nechcela ~2 @prep @art? @botWeak, namiesto ~1 @bot|@botWeak|robota|bota|počítača|stroja`,
    neutral: `kontaktn* osob*, ľudské práva, obchodovanie s ľuďmi, na|za osobu, jedna|jednu|každá|každú osob*, operátor* vzv|stroj*|výroby|linky, fyzick*|právnick* osob*,
      sezónn*|agentúrn*|zahraničn* pracovník*|zamestnan*`,
    thirdParty: `agentúr*|firm*|obchod*|zamestnávateľ*|šéf*|hotel*|reštaurác*|bank*|políci*|sklad*|továr*|majiteľ*|prenajímateľ*|koordinátor*|majster*|vedúc*`,
    possessive: 'môj|môjho|mojím|moja|mojej|jeho|jej|ich',
    bridge: 'z|zo|na|v|vo|u|od|tej|toho|mojej|môjho',
    filler: 'chcem|prosím|s|so|dajte|mi|ma|mňa|je|tu|niekto|môžem|teraz|ahoj|dobrý|deň|áno|nejakého|živého|živým',
    macros: {
      req: 'chcem|chcel|chcela|potrebujem|radšej|dajte|prosím',
      neg: 'nie|bez',
      prep: 's|so',
      art: 'tým|týmto|nejakým',
      bot: 'bot|bota|botom|chatbot*',
      botWeak: 'robot|robotom|strojom|počítačom|programom|automatom',
    },
  },

  sl: {
    human: 'človek*|oseba|osebo|osebi|osebe|operater|operaterja|operaterjem|operaterko|operaterka|operator|svetovalec|svetovalcem|svetovalca|svetovalko|svetovalka',
    staff: `uslužben*|zaposlenim|zaposlenega|zaposlenemu|zaposleno|referent*|svetoval*|prostovolj*|uradnik*|uradnic*|osebj*,
      nekdo|nekoga|nekom|nekomu|nekim z|s|iz|na|od|v|pri občin*|urad*|pisarn*|gemeente|vas|ekip*|osebj*`,
    someone: 'nekdo|nekoga|nekom|nekomu|nekim|kdorkoli|kogarkoli',
    talk: `govoriti|govorit|govoril|govorila|pogovoriti|pogovorim|pogovoril|pogovorila|pogovor|pogovora|pomenit*|klepet*|klepetati|srečati|srečanje|sestanek|sestanka|termin|osebno, v živo, iz oči v oči`,
    reach: `poklicati|pokličem|pokličite|pokliče|telefon*|kontaktir*|kontakt|povezati|razloži*|pojasni*|vprašati|vprašam`,
    connect: `povežite|povezati|povežete|preusmeri*|posredujte, me ~2 pokliče|pokličete|pokličite|kontaktira|kontaktirate, pokličite|kontaktirajte me`,
    strong: `prav*|resnič*|živ*|realn* človek*|oseb*|operater*|svetoval*|uslužben*`,
    notBot: `nočem ~3 @bot, ne želim ~3 @bot, nočem ~2 @prep @art? @botWeak, namesto ~1 @bot|@botWeak|robota|bota|računalnika|stroja`,
    neutral: `kontaktn* oseb*, človekove pravice, trgovina z ljudmi, na|za osebo, ena|eno|vsaka|vsako oseb*, fizičn*|pravn* oseb*, operater* viličar*|stroj*`,
    thirdParty: `agencij*|podjetj*|trgovin*|delodajal*|šef*|hotel*|restavracij*|bank*|polici*|skladišč*|tovarn*|lastnik*|najemodajal*|koordinator*|vodj*`,
    possessive: 'moj|mojega|mojim|moja|mojo|njegov*|njen*',
    bridge: 'z|s|iz|na|v|pri|od|moje|mojega',
    filler: 'želim|hočem|prosim|z|s|mi|me|je|tu|lahko|zdaj|živjo|dober|dan|da|nekim|živim|pravim',
    macros: {
      req: 'želim|hočem|rad|rada|potrebujem|raje|prosim|dajte',
      neg: 'ne|brez',
      prep: 'z|s',
      art: 'tem|tistim|nekim',
      bot: 'bot|bota|botom|chatbot*|klepetalni*',
      botWeak: 'robot|robotom|strojem|računalnikom|programom|avtomatom',
    },
  },

  ro: {
    human: 'om|omul|omului|persoană|persoana|persoanei|persoane|operator|operatorul|operatorului|operatoare|operatoarea|consultant|consultantul',
    staff: `angajat|angajatul|angajatului|angajata|angajatei|angajați|angajații|angajaților|funcționar*|consilier|consilierul|consilierului|consiliera|consultant*|reprezentant*|voluntar*|personalul|personalului,
      cineva|careva de|din|la|de la? primări*|gemeente|birou*|oficiu*|voi|dumneavoastră|echip*|ghișeu*|administrați*|personal*`,
    someone: 'cineva|careva|cuiva',
    talk: `vorbi|vorbesc|vorbim|vorbiți|vorbească|discuta|discut|discutăm|discuție|conversa|conversez|chat|întâlni*|întâlnire|programare|programez|programa|întrevedere|personal, față în față, sta de vorbă`,
    reach: `suna|sun|sunați|suni|sună|telefon*|contacta|contactez|contactați|contact|legătura|explic*|întreb*|întrebare`,
    connect: `legătură|legatura|conecta*|conectați|transferați|transfera|redirecționa*, mă|ma ~1 sune|suna|sunați|contacteze|contactați, sunați|contactați mă|ma`,
    strong: `este|e|există cineva ~4 sun|suna|contacta|contactez|vorbi|vorbesc, om|omul|persoană|persoana|operator*|angajat real|reală|reale|adevărat*|viu|vie, ființă|ființe umană|umane, operator|asistență|suport uman|umană, în carne și oase`,
    notBot: `nu vreau|doresc ~3 @bot, în loc de ~1 @bot|@botWeak|robot|calculator`,
    neutral: `persoana|persoană de contact, prima|persoana|singura potrivită|responsabilă, prima|singura persoană|persoana, drepturile omului, trafic de persoane|ființe, persoană|persoana fizică|juridică, pe|de|per persoană|persoana, o singură persoană, operator* stivuitor*|mașin*|producție|linie, angajat* la|în|pe agenți*|firmă|fabrică|depozit`,
    thirdParty: `agenți*|firm*|compani*|magazin*|angajator*|șef*|patron*|hotel*|restaurant*|banc*|poliți*|depozit*|fabric*|proprietar*|coordonator*|supraveghetor*`,
    bridge: 'de|la|din|al|a|ai|ale|în',
    filler: 'vreau|un|o|cu|vă|va|rog|te|acum|bună|salut|da|vorbesc|aș|dori|vrea|real|adevărat|reală',
    macros: {
      req: 'vreau|vrea|doresc|dori|prefer|nevoie|dați|dati',
      neg: 'nu|fără',
      prep: 'cu',
      art: 'un|o|acest|acesta|acestui|acel|ăsta|asta',
      bot: 'bot|botul|botului|chatbot*|chatbotul',
      botWeak: 'robot|robotul|robotului|calculator|calculatorul|program|programul|automat|mașina|aparat|aparatul',
    },
  },

  bg: {
    human: `човек*|оператор|оператора|операторът|операторка|консултант|консултанта|консултантът|4ovek*|chovek*|choveka`,
    staff: `служител*|чиновник*|съветник*|консултант*|представител*|доброволец|доброволци|персонал*|sluzhitel*|slujitel*|sluzitel*|slu6itel*|4inovnik*|suvetnik*|syvetnik*,
      социален работник, някой|някого|някому|nqkoi|nqkogo|nqkoy|niakoi|njakoi от|в|във|на общин*|кметств*|офис*|ваш*|вас|екип*|гемеенте|gemeente|персонал*|obshtin*|obstin*|ob6tin*|kmetstv*|ofis*`,
    someone: 'някой|някого|някому|nqkoi|nqkogo|nqkoy|nqkomu|niakoi|njakoi|nekoi',
    talk: `говор*|разговар*|разговор*|поговор*|чат|чатя|срещ*|лично|sre6t*|li4no, на живо, лице в лице, очи в очи, запиша|запазя|запишете|запазите час|4as`,
    reach: `обад*|звън*|zvun*|zvyn*|zvan*|телефон*|контакт*|обясн*|obiasn*|obqsn*|obyasn*|питам|попитам|попитате|питате|попитаме`,
    connect: `свърж*|svurzh*|svurj*|svarj*|svyrzh*|svyrj*|sviarzh*|прехвърл*|prehvurl*|пренасоч*, ми|mi се|se обад*, ми|mi звън*|zvun*|zvyn*`,
    strong: `има ли някой|nqkoi|niakoi|nyakoi ~4 обад*|звън*|говор*|свърж*|svurzh*|zvun*, жив|жива|живи|живия|истински|истинска|истинския|реален|реална|реалния|jiv|jivi|jivia|istinski|realen|realen човек*|служител*|оператор*|консултант*|лице|4ovek*|chovek*|sluzhitel*|slujitel*`,
    notBot: `не искам|искаме ~3 @bot, вместо ~1 @bot|@botWeak`,
    neutral: `лице за контакт, контактно лице, първ*|отговорн* човек*|лице, права на човека, трафик на хора, на човек|лице, юридическо|физическо лице, един|всеки човек, оператор на мотокар|машина`,
    thirdParty: `агенци*|agencia|agenciq|agencii|фирм*|работодател*|шеф*|6ef*|магазин*|хотел*|банк*|полици*|policiq|policia|склад*|фабрик*|хазяин*|хазаин*|hazqin*|hazain*|собственик*|координатор*|бригадир*`,
    possessive: 'моя|моят|мой|моята|неговия|нейния',
    bridge: 'от|в|във|на|за|моята|моя',
    filler: 'искам|да|говоря|govorq|с|със|sys|sus|моля|molq|molia|сега|здравейте|здрасти|един|една|жив|jiv|4ovek|li|ли|може|moje|mozhe',
    macros: {
      req: 'искам|искаме|искал|искала|трябва|trqbva|triabva|предпочитам|predpo4itam|желая|дайте',
      neg: 'не|без',
      prep: 'с|със|sys|sus',
      art: 'този|тоя|някакъв|tozi|toq',
      bot: 'бот|бота|ботът|ботове|чатбот*|chatbot*',
      botWeak: 'робот*|машина|машината|компютър*|kompiut*|kompyut*|програма|програмата|автомат*',
    },
  },

  uk: {
    human: `людин*|ludyn*|ludin*|особа|особою|особу|особі|оператор|оператора|оператором|операторка|операторкою|консультант|консультанта|консультантом|человек*|chelovek*`,
    staff: `працівник*|працівниц*|pracivn*|співробітник*|співробітниц*|spivrobitn*|сотрудник*|фахів*|fahiv*|чиновник*|посадов*|службовц*|службовець|представник*|волонтер*|радник*|радниц*|консультант*|персонал*,
      соціальн* працівник*, хтось|когось|кимось|комусь|htos|kogos|kimos від|з|із|зі|в|у|на громад*|hromad*|gromad*|муніципалітет*|гемеенте|gemeente|hemeente|офіс*|мері*|ради|управлінн*|вас|команд*|центр*`,
    someone: 'хтось|когось|кимось|комусь|htos|khtos|kogos|kimos, кто|кем|кого|кому то, хто|кого|кому небудь, з ким небудь',
    talk: `поговор*|pogovor*|говорит*|govoryt*|govorit*|розмов*|розмовля*|спілкув*|поспілкув*|обговор*|побалак*|зустріч*|зустрітис*|прийом*|priom*|pryiom*|консультац*|konsultats*|особисто|osobisto|очно|наживо|вживу, віч на віч, записатися|записатись на прийом`,
    reach: `зателефон*|телефон*|подзвон*|задзвон*|дзвон*|zvonit*|язат*|звязат*|zviazat*|zvyazat*|yazat*|контакт*|поясн*|poiasn*|poyasn*|обясн*|запита*|спита*|звернут*|звернус*|zvernut*`,
    connect: `єдна*|зєдна*|yedna*|zyedna*|ziedna*|яжіт*|звяжіт*|yazhit*|переключ*|перевед*|перенаправ*|соедин*|передзвон*|peredzvon*, мені|meni зателефон*|подзвон*|напиш*|zatelefon*|podzvon*`,
    strong: `чи є|є хтось|htos|khtos ~4 зателефон*|подзвон*|звернут*|поговор*|pohovor*|pogovor*|zatelefon*|podzvon*, живою|живий|живим|живу|жива|живої|живого|справжн*|реальн*|zhyv*|zhiv*|spravzhn*|живым|живой людин*|ludyn*|оператор*|працівник*|консультант*|особ*|человек*`,
    notBot: `не хочу ~3 @bot, замість ~1 @bot|@botWeak`,
    neutral: `контактн* особ*, перш* відповідальн* особ*|людин*, права людини, торгівл* людьми, на одну? особу|людину, фізична|юридична особа|особи, одна особа, оператор* навантажувач*|верстат*`,
    thirdParty: `агенці*|агенств*|агентств*|agenc*|ahenc*|фірм*|компані*|роботодав*|начальник*|шеф*|магазин*|готел*|банк*|поліці*|склад*|фабрик*|завод*|господар*|власник*|орендодав*|координатор*|бригадир*`,
    possessive: 'мій|мого|моїм|моєї|моя|його|її',
    bridge: 'з|із|зі|від|в|у|на|до|моєї|мого|нашої',
    filler: 'хочу|з|із|зі|можна|будь|ласка|прошу|зараз|привіт|добрий|день|так|якусь|якогось|живою|живим|mozhna|bud|laska',
    macros: {
      req: 'хочу|хотів|хотіла|хотілося|хотілось|потрібен|потрібна|потрібно|треба|бажаю|прошу|дайте|волію|краще',
      neg: 'не|ні|без',
      prep: 'з|із|зі|с|со',
      art: 'цим|цією|якимось|этим',
      bot: 'бот|бота|ботом|боти|чатбот*|chatbot*',
      botWeak: 'робот*|машиною|компютер*|комп|програмою|автомат*|штучн*',
    },
  },

  el: {
    human: 'άνθρωπο|άνθρωπος|ανθρώπου|άνθρωποι|ανθρώπους|άτομο|χειριστή|χειριστής|τηλεφωνητή|τηλεφωνήτρια|anthropo|anthrwpo|anthropos|anthrwpos|anthropou|anthrwpou',
    staff: `υπάλληλ*|ypallil*|upallhl*|ypalil*|upalil*|εκπρόσωπ*|σύμβουλο|σύμβουλος|συμβούλου|λειτουργό|λειτουργός|υπεύθυνο|υπεύθυνος|υπεύθυνη|εθελοντ*|προσωπικό|προσωπικού|στέλεχος,
      κοινωνικ* λειτουργ*, κάποιον|κάποιος|kapoion|kapoio|kapoios απ|από|στο|στον|στη|στην? το|τον|την|τη? δήμο|δήμου|δημαρχείο|δημαρχείου|γραφείο|γραφείου|εσάς|σας|ομάδα|ομάδας|υπηρεσία|υπηρεσίας|gemeente|dhmo|dimo|grafeio`,
    someone: 'κάποιον|κάποιος|kapoion|kapoios|kapion',
    talk: `μιλήσ*|μιλάω|μιλάμε|μιλώ|συζητήσ*|κουβεντιάσ*|συνάντησ*|ραντεβού|αυτοπροσώπως|προσωπικά|milisw|miliso|milhsw|milhso|milao|milaw|rantevou|ραντεβου, πρόσωπο με πρόσωπο`,
    reach: `τηλεφωνήσ*|τηλέφωνο|καλέσ*|πάρω|επικοινωνήσ*|επικοινωνία|epikoinwn*|epikoinon*|tilefwn*|thlefwn*|εξηγήσ*|ρωτήσ*|exhghs*|eksigis*`,
    connect: `συνδέσ*|μεταφέρ*|προωθήσ*|επαφή|syndes*|sundes*, με|μου πάρει|πάρετε|τηλεφωνήσει|τηλεφωνήσετε|καλέσει|καλέσετε`,
    strong: `πραγματικ*|αληθιν*|ζωνταν*|pragmatik*|zwntan*|zontan*|alithin* άνθρωπ*|ανθρώπ*|άτομο|υπάλληλ*|χειριστ*|anthrwp*|anthrop*|ypallil*|upallhl*, ανθρώπινη επαφή|βοήθεια|υποστήριξη`,
    notBot: `δεν|δε θέλω|thelw|thelo ~3 @bot, αντί για? ~1 @bot|@botWeak`,
    neutral: `πρόσωπο|άτομο επικοινωνίας, ανθρώπινα δικαιώματα, εμπορία ανθρώπων, ανά άτομο|άνθρωπο, φυσικό|νομικό πρόσωπο, χειριστή|χειριστής κλαρκ|μηχανημάτων`,
    thirdParty: `εταιρεί*|πρακτορεί*|εργοδότ*|αφεντικ*|κατάστημα*|μαγαζι*|ξενοδοχεί*|τράπεζ*|αστυνομ*|αποθήκ*|εργοστάσι*|ιδιοκτήτ*|σπιτονοικοκύρ*|συντονιστ*`,
    possessive: '',
    bridge: 'απ|από|του|της|στο|στον|στη|στην|το|τον|την|τη|σε',
    filler: 'θέλω|thelw|thelo|έναν|enan|ένα|με|me|παρακαλώ|parakalw|parakalo|τώρα|γεια|ναι|μιλήσω|milisw|πραγματικό',
    macros: {
      req: 'θέλω|ήθελα|χρειάζομαι|προτιμώ|δώστε|thelw|thelo|ithela|xreiazomai|xriazome',
      neg: 'όχι|μη|μην|χωρίς|oxi|ochi',
      prep: 'με|σε|me',
      art: 'το|τον|την|ένα|έναν|μια|αυτό|αυτόν|το|ena|enan|to',
      bot: 'bot|μποτ|chatbot*|τσατμποτ',
      botWeak: 'ρομπότ|robot|μηχανή|υπολογιστή|πρόγραμμα|αυτόματο|τεχνητή|mhxanh|mixani',
    },
  },

  es: {
    human: 'humano|humanos|humana|persona|operador|operadora|agente|agentes',
    staff: `empleado|empleada|empleados|empleadas|funcionario|funcionaria|funcionarios|funcionarias|asesor|asesora|asesores|consultor|consultora|representante|voluntario|voluntaria|gestor|gestora|técnico|técnica,
      trabajador|trabajadora social, alguno de ustedes|vosotros, del|al personal,
      alguien del|de|en|al la|el? ayuntamiento|municipio|gemeente|oficina|equipo|ustedes|vosotros|servicio|ventanilla|atención|personal|despacho`,
    someone: 'alguien',
    talk: `hablar|hable|hablo|hablemos|hablarle|charlar|chatear|conversar|platicar|reunirme|reunión|cita|consulta|asesoramiento|quedar, en persona, personalmente, cara a cara`,
    reach: `llamar|llamarme|llame|llamen|llamada|telefonear|contactar|contacto|comunicarme|comunicar|explicar*|preguntar*|ver|visitar`,
    connect: `ponerme|póngame|pongame|pasarme|páseme|paseme|transferirme|transfiera*|conectarme|conécteme|derivarme|comunicarme|contacto|llamarme|contactarme|atender|atienda|atiendan, me ~2 llame|llamen|llamaran|llamar|contacte|contacten|contactar|escriba|escribir`,
    strong: `persona|humano|operador|agente|empleado real|reales|viva|humana|humano, ser|seres humano|humanos, atención|trato|contacto humano|personal|personalizada, de carne y hueso, persona|humano de verdad`,
    notBot: `no quiero ~3 @bot, en vez|lugar de ~1 @bot|@botWeak`,
    neutral: `persona de contacto, primera|única persona, persona responsable|adecuada, derechos humanos, trata de personas, tráfico de personas, recursos humanos, por persona, persona física|jurídica, operador|operadora de carretilla|máquina|maquinaria|producción, agente inmobiliario|comercial, agente de seguros|viajes`,
    thirdParty: `tienda*|empresa*|agencia*|ett|empleador*|jefe*|patrón|patron|hotel*|restaurante*|banco*|policía*|almacén|almacen|fábrica*|fabrica*|casero*|propietari*|arrendador*|coordinador*|encargad*|supermercado*`,
    possessive: 'mi|mis',
    bridge: 'de|del|en|la|el|al|mi',
    filler: 'quiero|hablar|con|un|una|por|favor|ahora|hola|sí|si|necesito|puedo|real|de|verdad',
    macros: {
      req: 'quiero|quisiera|querría|necesito|prefiero|gustaría|deme|dame|pásame',
      neg: 'no|sin',
      prep: 'con|a',
      art: 'el|la|un|una|este|esta|ese|esa|esto',
      bot: 'bot|bots|chatbot*',
      botWeak: 'robot|robots|máquina|ordenador|computadora|programa|contestador|automático',
    },
  },

  pt: {
    human: 'humano|humanos|humana|pessoa|operador|operadora|atendente|atendentes|agente',
    staff: `funcionário|funcionária|funcionários|funcionárias|empregado|empregada|colaborador|colaboradora|assessor|assessora|consultor|consultora|conselheiro|conselheira|representante|voluntário|voluntária|técnico|técnica,
      assistente social, alguém da|do|de|na|no|em? câmara|município|prefeitura|gemeente|escritório|equipe|equipa|vocês|serviço|balcão|atendimento|junta`,
    someone: 'alguém',
    talk: `falar|fale|falo|falemos|conversar|converse|conversa|papo|reunião|encontro|marcação|marcar|agendar|agendamento|consulta, pessoalmente, presencialmente, cara a cara, em pessoa`,
    reach: `ligar|liguem|ligue|telefonar|chamar|contatar|contactar|contato|contacto|explicar*|perguntar*|ver`,
    connect: `atender|atenda|atendam|transferir|transfira|transfiram|encaminhar|encaminhe|conectar|conecte|passar|passe|passem|contato|contacto, me ~2 ligar|ligue|liguem|contatar|contate|contactar|contacte, ligar|ligue|liguem|contactem|contatem me`,
    strong: `pessoa|humano|atendente|operador|agente real|reais|verdadeira|verdadeiro|viva|humana|humano, ser|seres humano|humanos, atendimento|contato|contacto|suporte humano|personalizado, de carne e osso, pessoa|humano de verdade`,
    notBot: `não quero ~3 @bot, em vez de ~1 @bot|@botWeak`,
    neutral: `pessoa de contato|contacto, primeira|única pessoa, pessoa responsável|certa, direitos humanos, tráfico de pessoas, recursos humanos, por pessoa, pessoa física|jurídica|singular|coletiva, operador|operadora de empilhador*|empilhadeira|máquina*|produção, agente imobiliário|comercial, agente de seguros|viagens`,
    thirdParty: `loja*|empresa*|agência*|empregador*|chefe*|patrão|hotel*|restaurante*|banco*|polícia*|armazém|fábrica*|senhorio*|proprietári*|coordenador*|encarregad*|supermercado*`,
    possessive: 'meu|minha|meus|minhas',
    bridge: 'da|do|de|na|no|em|minha|meu',
    filler: 'quero|falar|com|um|uma|por|favor|agora|olá|oi|sim|preciso|posso|real|de|verdade',
    macros: {
      req: 'quero|queria|gostaria|preciso|prefiro|desejo|dê|dá',
      neg: 'não|sem',
      prep: 'com|a',
      art: 'o|a|um|uma|este|esta|esse|essa|isto',
      bot: 'bot|bots|chatbot*',
      botWeak: 'robô|robôs|robot|máquina|computador|programa',
    },
  },

  it: {
    human: 'umano|umani|persona|operatore|operatrice|operatori',
    staff: `impiegato|impiegata|impiegati|dipendente|dipendenti|funzionario|funzionaria|funzionari|addetto|addetta|addetti|consulente|consulenti|consigliere|rappresentante|volontario|volontaria|volontari|sportellista,
      assistente sociale, il|al|del|dal personale, qualcuno del|dal|al|in|dell|nell|presso|di? comune|municipio|ufficio|gemeente|team|squadra|voi|sportello|servizio|staff|personale`,
    someone: 'qualcuno',
    talk: `parlare|parlarne|parlarci|parlo|parli|chiacchierare|chattare|conversare|discutere|incontrare|incontro|appuntamento|colloquio|consulenza|consulto, di persona, personalmente, faccia a faccia`,
    reach: `chiamare|chiamarmi|chiamata|telefonare|telefonata|contattare|contattarmi|contatto|spiegar*|chiedere|sentire|vedere`,
    connect: `passarmi|passatemi|mettermi|mettetemi|collegarmi|trasferirmi|trasferitemi|inoltrare|chiamarmi|richiamarmi|contattarmi|richiamatemi|chiamatemi|contattatemi, mi|ci ~2 chiami|richiami|contatti|chiamate|richiamate|chiamare|richiamare|contattare|scrivere`,
    strong: `persona|operatore|umano vera|vero|reale|viva, essere|esseri umano|umani, operatore|assistenza|supporto|contatto umano|umana, in carne e ossa`,
    notBot: `non voglio ~3 @bot, invece di|del ~1 @bot|@botWeak, anziché ~1 @bot|@botWeak`,
    neutral: `persona di contatto|riferimento, prima|unica persona, persona responsabile|giusta, diritti umani, tratta di esseri umani, tratta di persone, risorse umane, per|a persona, persona fisica|giuridica, colloquio di lavoro, lavoro|lavoratore|lavoratori dipendente|dipendenti, operatore di muletto|macchina|produzione, operatore carrellista|ecologico`,
    thirdParty: `negozio*|azienda*|ditta*|agenzia*|datore*|capo*|hotel*|albergo*|ristorante*|banca*|polizia*|magazzino*|fabbrica*|proprietari*|padrone*|coordinatore*|supermercato*|caporale*`,
    possessive: 'mio|mia|miei|mie',
    bridge: 'del|della|dello|dell|dal|dalla|di|in|al|alla|presso|mia|mio',
    filler: 'voglio|parlare|con|un|una|uno|per|favore|ora|adesso|ciao|sì|si|vorrei|posso|vero|reale',
    macros: {
      req: 'voglio|vorrei|bisogno|preferisco|preferirei|serve|datemi',
      neg: 'non|senza',
      prep: 'con|a',
      art: 'il|lo|la|un|una|uno|questo|questa|l',
      bot: 'bot|chatbot*',
      botWeak: 'robot|macchina|computer|programma|risponditore|automatico',
    },
  },

  et: {
    human: 'inimene|inimesega|inimest|inimesele|inimeselt|inimese|operaator*|konsultant*|konsultand*',
    staff: `töötaja*|teenindaja*|ametnik*|nõustaja*|esindaja*|vabatahtlik*|konsultant*|konsultand*|sotsiaaltöötaja*|personal*,
      keegi|kellegagi|kellelegi|kedagi omavalitsuse*|valla*|vallast|linnavalitsus*|kontori*|gemeente*|teie*|meeskon*|büroo*`,
    someone: 'keegi|kellegagi|kellelegi|kedagi',
    talk: `rääkida|räägin|rääkima|räägiks|vestel*|vestlus*|juttu|kohtuda|kohtumine|kohtumise|vastuvõt*|isiklikult, silmast silma, elavas vestluses`,
    reach: `helista*|ühendust|ühendus|kontakt*|selgita*|küsida|küsin|küsiks`,
    connect: `ühenda*|suuna*|edasta*|tagasihelist*, mulle helista*|kirjuta*, tagasi helista*`,
    strong: `pärisinimes*, päris|elav*|tõeli*|ehtsa* inimes*|inimene|töötaja*|operaator*|konsultant*`,
    notBot: `ei taha|soovi ~3 @bot, mitte @bot, @bot asemel, ilma @bot`,
    neutral: `kontaktisik*, inimese kohta, ühe inimese, inimõigus*, inimkaubandus*, füüsiline|juriidiline isik, tõstukijuht*`,
    thirdParty: `agentuur*|firma*|ettevõt*|pood*|poe|tööandja*|ülemus*|hotell*|restoran*|pank*|panga|politsei*|ladu|lao|tehas*|omanik*|üürileandja*|koordinaator*|brigadir*`,
    possessive: 'minu|mu|tema',
    bridge: '',
    filler: 'tahan|palun|rääkida|ma|sooviksin|soovin|nüüd|tere|jah|mingi|päris|elava',
    macros: {
      req: 'tahan|tahaksin|soovin|sooviksin|vajan|eelistan|palun',
      neg: 'mitte|ilma|ei',
      art: 'selle|mingi',
      bot: 'bot|boti|botiga|botti|juturobot*|chatbot*|robotiga|masinaga|arvutiga|programmiga',
    },
  },

  lv: {
    human: 'cilvēks|cilvēku|cilvēkam|cilvēka|cilvēkiem|persona|personu|personai|operators|operatoru|operatoram|konsultants|konsultantu|konsultantam',
    staff: `darbinieks|darbinieku|darbiniekam|darbiniekiem|darbiniece|darbinieci|ierēdni*|ierēdnis|konsultant*|padomniek*|pārstāv*|brīvprātīg*|personāl*,
      kādu|kādam|kāds|kāda no|pie|uz? pašvaldīb*|domes|dome|birojs|biroja|biroju|gemeente|jums|jūsu|komand*|dienest*`,
    someone: 'kādu|kādam',
    talk: `runāt|parunāt|aprunāties|aprunāt*|runāju|runātu|sarunāties|saruna|sarunu|tērzēt|tikties|tikšanās|tikšanos|vizīt*|pierakstīties|pieraksts|klātienē|personīgi, aci pret aci`,
    reach: `zvanīt|piezvanīt|piezvan*|zvanu|sazināties|sazinātos|sazin*|kontakt*|paskaidro*|izskaidro*|pajautāt|jautāt|uzdot`,
    connect: `savieno*|pārslēg*|novirzī*|pāradresē*|atzvan*, man piezvan*|uzraksti*|zvan*`,
    strong: `īst*|dzīv*|reāl* cilvēk*|personu|persona|darbiniek*|operator*|konsultant*`,
    notBot: `negribu|nevēlos ~3 @bot, negribu|nevēlos ~2 @prep @art? @botWeak, nevis ar? @bot|@botWeak, @bot vietā`,
    neutral: `kontaktperson*, cilvēktiesīb*|cilvēktirdzniecīb*, uz|par personu|cilvēku, viena persona|cilvēks, fiziska|fiziskā|juridiska|juridiskā persona|personu, iekrāvēja vadītāj*`,
    thirdParty: `aģentūr*|firm*|uzņēmum*|veikal*|darbadevēj*|priekšniek*|viesnīc*|restorān*|bank*|policij*|noliktav*|rūpnīc*|saimniek*|izīrētāj*|koordinator*|brigadier*, darba devēj*`,
    possessive: 'mans|manu|manam|mana|viņa|viņas',
    bridge: 'no|pie|uz',
    filler: 'gribu|vēlos|lūdzu|ar|runāt|tagad|sveiki|labdien|jā|kādu|īstu|dzīvu',
    macros: {
      req: 'gribu|gribētu|vēlos|vēlētos|vajag|vajadzētu|dodiet|lūdzu',
      neg: 'ne|bez|nevis',
      prep: 'ar',
      art: 'šo|to|šis|kādu',
      bot: 'bot|botu|bots|botam|čatbot*|chatbot*',
      botWeak: 'robotu|robots|mašīnu|datoru|programmu|automātu',
    },
  },

  lt: {
    human: 'žmogus|žmogumi|žmogaus|žmogui|žmogų|asmuo|asmeniu|asmenį|asmeniui|operatorius|operatoriumi|operatoriaus|operatorei|operatore|konsultantas|konsultantu|konsultantui|konsultante',
    staff: `darbuotoj*|valdinink*|tarnautoj*|konsultant*|patarėj*|atstov*|savanor*|personal*,
      socialin* darbuotoj*, kažkas|kažkuo|kažkam|kažką iš|su savivaldyb*|gemeente|biur*|įstaig*|jūsų|komand*|seniūnij*, kas|kuo|kam|ką nors iš|su savivaldyb*|gemeente|biur*|įstaig*|jūsų|komand*|seniūnij*`,
    someone: 'kažkas|kažkuo|kažkam|kažką, kas|kuo|kam|ką nors',
    talk: `kalbėti|kalbėtis|pasikalbėti|pasikalbėt|pakalbėti|kalbėsiu|pasikalbėsiu|šnekėti|pasišnekėti|pokalb*|susitikti|susitikimas|susitikimą|susitikimo|vizit*|asmeniškai|gyvai, akis į akį`,
    reach: `skambinti|paskambinti|paskambink*|paskambins*|skambink*|susisiekti|susisieksiu|susisiekt*|kontakt*|paaiškin*|paaiškint*|paklaus*|telefon*`,
    connect: `sujung*|sujunk*|nukreip*|peradresuo*|perjung*, man paskambin*|parašy*|perskambin*, perskambin*`,
    strong: `tikr*|gyv*|real* žmog*|asmen*|darbuotoj*|konsultant*|operator*`,
    notBot: `nenoriu|nenorėčiau ~3 @bot, nenoriu|nenorėčiau ~2 @prep @art? @botWeak, vietoj ~1 @bot|@botWeak|roboto|boto|kompiuterio|mašinos, ne su @bot|@botWeak`,
    neutral: `kontaktin* asm*, žmogaus teis*, prekyb* žmonėmis, vienam|kiekvienam|už žmogų|žmogui|asmenį|asmeniui, asmens kod*, darbo pokalb*, fizinis|juridinis asmuo, krautuvo operator*`,
    thirdParty: `agentūr*|įmon*|firm*|parduotuv*|darbdav*|vadov*|bos*|viešbut*|restoran*|bank*|policij*|sandėl*|gamykl*|savinink*|nuomotoj*|koordinator*|brigadinink*`,
    possessive: 'mano|savo|jo|jos|jų',
    bridge: 'iš|per|mano',
    filler: 'noriu|norėčiau|prašau|su|kalbėti|pasikalbėti|dabar|labas|sveiki|taip|gyvu|tikru',
    macros: {
      req: 'noriu|norėčiau|norime|reikia|pageidauju|pageidaučiau|prašau|duokite',
      neg: 'ne|nebe|be',
      prep: 'su',
      art: 'šiuo|tuo|kažkokiu',
      bot: 'bot|botu|botas|boto|čatbot*|chatbot*',
      botWeak: 'robotu|robotas|mašina|kompiuteriu|programa|automatu',
    },
  },

  hu: {
    human: 'ember|embert|emberrel|emberhez|embernek|személy|személyt|személlyel|személyhez|személynek|operátor|operátorral|operátorhoz|operátort',
    staff: `munkatárs*|ügyintéző*|ügyintézőv*|tisztviselő*|hivatalnok*|tanácsadó*|konzulens*|képviselő*|alkalmazott*|önkéntes*|köztisztviselő*|ügyfélszolgálatos*,
      szociális munkás*, valaki|valakivel|valakihez|valakinek|valakit az|a? önkormányzat*|polgármesteri|hivatal*|iroda*|gemeente*|önök*|csapat*|ügyfélszolgálat*,
      önkormányzat*|hivatal*|önkormányzati|hivatali|irodai|gemeente munkatárs*|ügyintéző*|dolgozó*|alkalmazott*`,
    someone: 'valaki|valakivel|valakihez|valakinek|valakit',
    talk: `beszél*|megbeszél*|beszélget*|csevegni|cseteln*|chatel*|találkoz*|időpont*|személyesen, szemtől szemben`,
    reach: `felhív*|hívjon|hívni|hívhat*|hívom|telefon*|kapcsolat*|elér*|elmagyaráz*|megkérdez*|kérdezn*|kérdezhet*`,
    connect: `kapcsol*|átirányít*|továbbít*|visszahív*`,
    strong: `kapcsol* ~2 ügyfélszolgálat*, élő|igazi|valódi|hús ember*|személy*|ügyintéző*|munkatárs*|operátor*, emberi kapcsolat|segítség|ügyintéző`,
    notBot: `nem akarok|szeretnék ~3 @bot, @bot helyett, @bot nélkül`,
    neutral: `kapcsolattartó*, emberi jog*, emberkeresked*, embercsemp*, munkatársam*|munkatársaim*|munkatársunk*, jogi|természetes személy, targonca|gép kezelő|operátor*`,
    thirdParty: `ügynökség*|cég*|bolt*|üzlet*|munkáltató*|főnök*|szálloda*|étterem*|bank*|rendőr*|raktár*|gyár*|tulajdonos*|főbérlő*|koordinátor*|művezető*`,
    bridge: 'a|az',
    filler: 'szeretnék|egy|kérek|kérem|kérnék|most|szia|jó|napot|igen|élő|igazi|beszélni|akarok',
    headFinal: true,
    macros: {
      req: 'szeretnék|akarok|kérek|kérem|kérnék|kellene|kell|inkább|adjon',
      neg: 'nem|ne',
      art: 'a|az|egy|ezzel',
      bot: 'bot|bottal|botot|botnak|chatbot*|csetbot*|robottal|géppel|számítógéppel|programmal|géppel',
    },
  },

  tr: {
    human: 'insan|insanla|insana|insanı|insandan|kişi|kişiyle|kişiye|kişiden|operatör*|temsilci*|yetkili*',
    staff: `çalışanla|çalışana|çalışanı|çalışanıyla|çalışanlarınız*|çalışanlarla|personel*|memur*|görevli*|gönüllü*|danışman|danışmanla|danışmana|danışmanı|danışmanıyla|danışmanlar*|temsilci*|yetkili*,
      sosyal hizmet uzman*, belediye*|ofis*|büro*|gemeente*|sizden|ekibinizden biri*|birine|birisi*|kimse*|çalışan*|görevli*|memur*|yetkili*`,
    someone: 'biri|birisi|birine|birisine|biriyle|birisiyle|kimseyle',
    talk: `konuş*|görüş*|sohbet*|buluş*|randevu*|bizzat|şahsen|yüzyüze, yüz yüze`,
    reach: `arayab*|arayın|arasın|arayayım|aramak|arama|telefon*|iletişim*|irtibat*|ulaş*|anlat*|açıkla*|sorab*|sormak|sorayım`,
    connect: `bağla*|bağlan*|aktar*|yönlendir*, beni|bana arayab*|arasın|arayın|ulaşab*|ulaşsın|dönüş*, geri dönüş*`,
    strong: `gerçek|canlı|hakiki|gerçekten bir? insan*|kişiyle|temsilci*|operatör*|personel*|yetkili*|çalışan*, canlı destek, müşteri temsilci*`,
    notBot: `@bot ~2 istemiyorum|istemem, @bot değil|yerine|olmadan, bota|robota|makineye değil`,
    neutral: `irtibat|iletişim kişi*, insan hak*|ticaret*|kaynak*, kişi başı|başına, gerçek|tüzel kişi, iş görüşme*, forklift operatör*`,
    thirdParty: `ajans*|firma*|şirket*|mağaza*|işveren*|patron*|şef*|otel*|restoran*|banka*|polis*|depo*|fabrika*|koordinatör*|ustabaşı*|hukuk|avukat*|vergi, ev sahib*`,
    possessive: 'benim',
    bridge: '',
    filler: 'lütfen|istiyorum|bir|ile|şimdi|merhaba|evet|gerçek|canlı|konuşmak',
    headFinal: true,
    macros: {
      req: 'istiyorum|isterim|isterdim|istiyoruz|lazım|gerek|gerekiyor|ihtiyacım|tercih',
      bot: 'bot|botla|botu|chatbot*|robot|robotla|robotu|makine|makineyle|bilgisayarla|programla|yapay',
    },
  },
};
