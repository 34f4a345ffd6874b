// Word lists from which the synthetic commitments are composed. Realistic Dutch, so that the Dutch full-text
// configuration stems and matches them as it would real commitments, and so that SEARCH_WORDS have known,
// moderate selectivity (each topic lands in about 1 of TOPICS.length commitments).

/** Topics as used in a sentence. */
export const TOPICS: readonly string[] = [
  "de aanpak van netcongestie",
  "de stikstofuitstoot van de landbouw",
  "de woningbouw in de Randstad",
  "de wachtlijsten in de jeugdzorg",
  "de asielopvang in Ter Apel",
  "de hersteloperatie toeslagen",
  "de versterkingsopgave in Groningen",
  "de invoering van het nieuwe pensioenstelsel",
  "de kosten van kinderopvang",
  "de digitale weerbaarheid van gemeenten",
  "het lerarentekort in het primair onderwijs",
  "de capaciteit van de politie",
  "de bestrijding van cybercriminaliteit",
  "ondermijning en drugscriminaliteit",
  "de huurprijzen in de vrije sector",
  "de energierekening van huishoudens",
  "de verduurzaming van de industrie",
  "de windparken op zee",
  "de bouw van nieuwe kerncentrales",
  "de waterkwaliteit van rivieren",
  "het mestbeleid",
  "het openbaar vervoer in de regio",
  "de onderhoudsachterstand bij Rijkswaterstaat",
  "de geluidshinder rond Schiphol",
  "de arbeidsmigratie uit Midden-Europa",
  "de uitvoering van de WIA",
  "de verhoging van het minimumloon",
  "de schuldhulpverlening door gemeenten",
  "de toegankelijkheid van de huisartsenzorg",
  "de personeelstekorten in de zorg",
  "de wachttijden in de ggz",
  "de preventie van overgewicht",
  "de inzet van de krijgsmacht",
  "de militaire steun aan Oekraïne",
  "de exportcontrole op strategische goederen",
  "de modernisering van de Belastingdienst",
  "de herziening van de box 3-heffing",
  "de inzet van algoritmes door de overheid",
  "de gesubsidieerde rechtsbijstand",
  "de capaciteit van het gevangeniswezen",
  "de kansengelijkheid in het onderwijs",
  "de hoogte van de studiefinanciering",
  "de positie van de publieke omroep",
  "de financiering van de culturele sector",
];

/** What the benchmark searches for: words from TOPICS, so each matches about 1/TOPICS.length of the rows. */
export const SEARCH_WORDS: readonly string[] = [
  "netcongestie",
  "stikstofuitstoot",
  "jeugdzorg",
  "asielopvang",
  "pensioenstelsel",
  "kinderopvang",
  "lerarentekort",
  "cybercriminaliteit",
  "windparken",
  "studiefinanciering",
];

/** How a title frames its topic: {t} is replaced by the topic. */
export const TITLE_TEMPLATES: readonly string[] = [
  "Kamer informeren over {t}",
  "Brief sturen over {t}",
  "Evaluatie van {t} naar de Kamer sturen",
  "Onderzoek laten uitvoeren naar {t}",
  "Voortgangsrapportage over {t}",
  "Reactie geven op het rapport over {t}",
  "Wetsvoorstel over {t} in consultatie brengen",
  "Nader ingaan op {t}",
  "Tijdpad opstellen voor {t}",
  "In overleg treden met de sector over {t}",
];

/** The promise in the text, before the topic. */
export const TEXT_ACTIONS: readonly string[] = [
  "de Kamer per brief te informeren over",
  "voor de begrotingsbehandeling terug te komen op",
  "nader in te gaan op",
  "een evaluatie te laten uitvoeren van",
  "met de betrokken partijen in gesprek te gaan over",
  "de Kamer een tijdpad te sturen voor",
  "de mogelijkheden te verkennen voor",
  "de Kamer halfjaarlijks te rapporteren over",
];

export const ASPECTS: readonly string[] = [
  "de financiële gevolgen",
  "de uitvoerbaarheid voor de uitvoeringsorganisaties",
  "de planning van de maatregelen",
  "de rol van gemeenten en provincies",
  "de resultaten van de pilots",
  "de signalen uit de praktijk",
  "de regeldruk voor ondernemers",
  "de gevolgen voor burgers",
  "een internationale vergelijking",
  "het advies van de Raad van State",
  "de aanbevelingen van de Algemene Rekenkamer",
  "de uitkomsten van het bestuurlijk overleg",
];

/** Kinds of parliamentary activity; each reads after "tijdens het" in a commitment's text. */
export const ACTIVITY_KINDS: readonly string[] = [
  "Commissiedebat",
  "Plenair debat",
  "Wetgevingsoverleg",
  "Notaoverleg",
  "Vragenuur",
  "Schriftelijk overleg",
  "Tweeminutendebat",
];

export const MONTHS: readonly string[] = [
  "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
];

export const QUARTERS: readonly string[] = ["eerste", "tweede", "derde", "vierde"];

export const DOSSIER_TITLES: readonly string[] = [
  "Politie", "Jeugdbeleid", "Vreemdelingenbeleid", "Arbeidsmarktbeleid", "Onderwijs en coronavirus",
  "Klimaatbeleid", "Staat van de volkshuisvesting", "Digitale overheid", "Mijnbouw", "Luchtvaart",
  "Water", "Landbouw- en visserijbeleid", "Pensioenen", "Armoede- en schuldenbeleid", "Zorgverzekeringsstelsel",
  "Defensie", "Belastingdienst", "Gevangeniswezen en tbs", "Cultuurbeleid", "Mediabeleid",
];

export const SURNAMES: readonly string[] = [
  "De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "De Groot", "Bos",
  "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer", "De Wit", "Dijkstra", "Smits", "De Graaf",
  "Van der Meer", "Van der Linden", "Kok", "Jacobs", "De Haan", "Vermeulen", "Van den Berg", "Van der Heijden", "Schouten", "Van Beek",
  "Willems", "Van Vliet", "Van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "Van Dam", "Van der Wal", "Prins",
];
