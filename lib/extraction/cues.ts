/**
 * What makes a sentence a commitment: the wording of a promise to the Kamer, of a promise made before and kept
 * in this letter, or of a delivery announced with a date. And what does not: forecasts, plans, the letter
 * pointing at itself, third parties' own measures, history.
 */

export interface SentenceCue {
  kind: "new" | "fulfilled";
  /**
   * fulfilled: "toezegging" (a promise made before, which this letter keeps), "nakoming" ("conform mijn toezegging …");
   * new: "belofte", "voornemen", "verzoek", "toezegging (eerder gedaan)", "verwachte oplevering".
   */
  label: string;
  /** The words that triggered it, as they stand in the sentence. */
  quote: string;
  /** Only a commitment with a deadline that is still ahead. */
  needsDeadline: boolean;
  /** "In deze brief doe ik u mijn toezeggingen … gestand": covers the specific ones. */
  umbrella?: boolean;
  /** "Conform mijn toezegging …": the sentence before says where it was made. */
  sourceBefore?: boolean;
  /** Announced work of someone else (a committee, the police), reported to the Kamer. */
  thirdParty?: boolean;
  /** "dat de Kamer te zijner tijd wordt geïnformeerd over …": kept only if this letter gives the outcome. */
  needsOutcome?: boolean;
  /** "Zoals eerder benoemd …": repeats a commitment made higher up. */
  repeat?: boolean;
}

interface Rule {
  re: RegExp;
  cue: Omit<SentenceCue, "quote">;
}

const IN_THIS_LETTER = "(?:in deze brief|met deze brief|hierbij|bij deze|hieronder|hierna)";
/** Without "hierbij": "…; hierbij zal ik ook … betrekken" is "in doing so", not "with this letter". */
const POINTS_AT_LETTER = "(?:in deze brief|met deze brief|in het vervolg van deze brief|hieronder|hierna|verderop)";
const INFORM_TARGET =
  "(?:(?:nader |verder )?in te gaan op|(?:nader |verder )?te informeren over|terug te komen op|te rapporteren over|te berichten over|(?:een|de|mijn) (?:brief|reactie|appreciatie|overzicht|beleidsreactie) te (?:sturen|geven|zenden))";

const FULFILLED: Rule[] = [
  {
    re: /\b(?:in|met) (?:deze|onderhavige) brief doe ik\b.{0,300}?\btoezeggingen\b.{0,300}?\bgestand\b/,
    cue: { kind: "fulfilled", label: "nakoming", needsDeadline: false, umbrella: true },
  },
  {
    re: /\b(?:in|met) (?:deze|onderhavige) brief doe ik\b.{0,300}?\btoezegging\b.{0,300}?\bgestand\b/,
    cue: { kind: "fulfilled", label: "nakoming", needsDeadline: false, sourceBefore: true },
  },
  {
    // "Hierbij doe ik mijn toezegging in het algemeen overleg … gestand", "Deze toezegging doen wij hiermee gestand."
    re: /\b(?:hierbij|hiermee|bij deze|met deze brief)\b.{0,40}?\bdoe[n]?\b.{0,200}?\btoezegging\b.{0,200}?\bgestand\b|\btoezegging\b.{0,40}?\bdoe[n]? (?:ik|wij|we) (?:hierbij |hiermee |bij deze )\bgestand\b/,
    cue: { kind: "fulfilled", label: "nakoming", needsDeadline: false, sourceBefore: true },
  },
  {
    re: new RegExp(String.raw`\b(?:conform|overeenkomstig|volgens) (?:mijn|de|onze|deze) toezegging\b.{0,120}?\b${IN_THIS_LETTER}`),
    cue: { kind: "fulfilled", label: "nakoming", needsDeadline: false, sourceBefore: true },
  },
  {
    re: new RegExp(
      String.raw`\b(?:zoals|conform) (?:ik )?(?:u |uw kamer )?(?:heb |is )?toegezegd\b.{0,120}?\b${IN_THIS_LETTER}|\b${IN_THIS_LETTER}\b.{0,120}?\b(?:zoals|conform) (?:ik )?(?:heb |is )?toegezegd\b`,
    ),
    cue: { kind: "fulfilled", label: "nakoming", needsDeadline: false, sourceBefore: true },
  },
  {
    re: /\b(?:met|in|via) (?:deze|onderhavige) brief (?:voldoe ik|kom ik)\b.{0,80}?\b(?:aan|na)\b.{0,60}?\b(?:verzoek|toezegging|motie)|\bkom ik\b.{0,40}?\btoezegging\b.{0,40}?\bna\b/,
    cue: { kind: "fulfilled", label: "nakoming", needsDeadline: false },
  },
  {
    re: /\b(?:wordt|is|word)\b.{0,30}?\b(?:uitvoering|invulling|gevolg) gegeven aan\b.{0,60}?\b(?:wettelijke bepaling|toezegging|motie)/,
    cue: { kind: "fulfilled", label: "nakoming", needsDeadline: false },
  },
  {
    re: /\b(?:invulling|gevolg|uitvoering) (?:aan|te geven aan)\b.{0,60}?\btoezegging/,
    cue: { kind: "fulfilled", label: "nakoming", needsDeadline: false },
  },
  {
    re: new RegExp(String.raw`\b(?:(?:heb|hebben|had|is)\s+(?:ik\s+|wij\s+|we\s+)?(?:u\s+|uw kamer\s+)?)?toegezegd\b.{0,160}?\b${INFORM_TARGET}`),
    cue: { kind: "fulfilled", label: "toezegging", needsDeadline: false },
  },
  {
    re: /\b(?:heb|hebben|had|is)\b.{0,200}?\bdat (?:de|uw) kamer\b.{0,60}?\b(?:wordt|zou worden|zal worden) ge[iï]nformeerd over\b/,
    cue: { kind: "fulfilled", label: "toezegging", needsDeadline: false, needsOutcome: true },
  },
];

const VETOES: RegExp[] = [
  /\b(?:is het|het is) de bedoeling\b/, // a plan, not a promise
  /\b(?:ik|wij|we|het kabinet) verwacht(?:en)? dat\b|\bverwacht(?:en)? (?:ik|wij|we|het kabinet) dat\b/, // a forecast
  new RegExp(String.raw`\b(?:zal|ga|kom|ik|wij|we)\b.{0,40}?\b${POINTS_AT_LETTER}|\b${POINTS_AT_LETTER}\b.{0,40}?\b(?:zal|ga|kom) (?:ik|wij|we)\b`), // the letter itself
  /\b(?:ga|gaan) (?:ik|wij|we)\b.{0,80}?\bin op\b|\b(?:ik|wij|we) (?:ga|gaan)\b.{0,80}?\bin op\b/,
  /\b(?:ik ga|ga ik|wij gaan|we gaan) ervan uit\b/,
];

const DELIVERY =
  /\b(?:voltooi\p{L}*|afgerond|af te ronden|afronden|opgeleverd|opleveren|op te leveren|uitbrengen|uit te brengen|uitgebracht|rapporteren|gerapporteerd|publiceren|gepubliceerd|verschijn\p{L}*|aangeboden|aanbieden|toegezonden|toesturen|toegestuurd|presenteren|gepresenteerd|gereed|plaatsvinden|geëvalueerd|evalueren|ingediend|indienen|adviseren|informeren|geïnformeerd)\b/u;

const NEW: Rule[] = [
  {
    re: /\b(?:(?:ik|wij|we)\s+(?:heb|hebben)\s+|(?:heb|hebben|is)\s+(?:ik\s+|wij\s+|we\s+)?(?:u\s+|uw kamer\s+)?)?toegezegd dat\b/,
    cue: { kind: "new", label: "toezegging (eerder gedaan)", needsDeadline: false },
  },
  {
    re: /\b(?:heb|hebben) (?:ik|wij|we|het kabinet)\b.{0,80}?\b(?:gevraagd|verzocht)\b|\b(?:ik|wij|we) (?:heb|hebben)\b.{0,80}?\b(?:gevraagd|verzocht)\b/,
    cue: { kind: "new", label: "verzoek", needsDeadline: true },
  },
  {
    re: /\b(?:ik zal|zal ik|wij zullen|zullen wij|we zullen|zullen we|het kabinet zal|zal het kabinet|de regering zal|zal de regering|ik ga|ga ik|wij gaan|gaan wij|ik zeg\b.{0,60}?\btoe|zeg ik\b.{0,60}?\btoe|kom ik\b.{0,80}?\bterug|ik kom\b.{0,80}?\bterug|(?:ik ben|ben ik|het kabinet is|is het kabinet) voornemens|(?:ik verwacht|wij verwachten|we verwachten)\b(?! dat\b).{0,120}?\bte (?:kunnen )?(?:informeren|sturen|rapporteren|berichten|zenden|doen toekomen)|(?:de minister|de staatssecretaris)\b.{0,60}?\bzegt\b.{0,200}?\btoe\b|\b(?:dat ik|dat wij|dat we)\b.{0,120}?\b(?:zal|zullen) (?:toesturen|sturen|informeren|doen toekomen|zenden|rapporteren))\b/,
    cue: { kind: "new", label: "belofte", needsDeadline: false },
  },
  {
    // "… doe ik u ook de reactie van het kabinet toekomen" (not "hierbij": that is this letter), "kunt u de brief in januari tegemoet zien".
    re: /^(?!.*\b(?:hierbij|hiermee|bij deze|met deze brief|in de bijlage)\b).*?\b(?:doe|doen) (?:ik|wij|we) (?:u|uw kamer)\b.{0,160}?\btoekomen\b|\b(?:kunt|kan) u\b.{0,100}?\btegemoet zien\b/,
    cue: { kind: "new", label: "belofte", needsDeadline: false },
  },
  {
    re: /\b(?:informeer|bericht|stuur) (?:ik|wij|we)\b.{0,100}?\bzodra\b|\bzodra\b.{0,100}?\b(?:informeer|bericht|stuur) (?:ik|wij|we)\b|\b(?:ik|wij|we) (?:informeer|informeren|bericht|stuur|sturen)\b.{0,100}?\bzodra\b/,
    cue: { kind: "new", label: "belofte", needsDeadline: false },
  },
  {
    re: /\b(?:uw kamer|de kamer|u) ontvangt\b|\bontvangt (?:uw kamer|u)\b|\b(?:uw kamer|de kamer|u) (?:wordt|zal)\b.{0,80}?\bge[iï]nformeerd\b|\bzal (?:uw kamer|u)\b.{0,60}?\bontvangen\b/,
    cue: { kind: "new", label: "belofte", needsDeadline: true },
  },
];

const THIS_LETTER_SPEAKS = /\b(?:hierbij|hiermee|bij deze|met deze brief)\b/;
/** Verbs by which a letter says, asks or points out something: present tense, but no promise. */
const SAYING = new Set([
  "merk",
  "constateer",
  "deel",
  "wijs",
  "verzoek",
  "vraag",
  "meld",
  "benadruk",
  "onderstreep",
  "concludeer",
  "herhaal",
  "verwijs",
  "stel",
  "hoop",
  "begrijp",
  "erken",
  "betreur",
]);

const REPEAT = /^zoals (?:eerder|hierboven|reeds|al) (?:benoemd|gemeld|aangegeven|gezegd|vermeld|genoemd)\b/;

const FUNCTION_WORDS = new Set([
  "de",
  "het",
  "een",
  "en",
  "of",
  "dat",
  "die",
  "dit",
  "deze",
  "u",
  "uw",
  "mij",
  "mijn",
  "me",
  "zij",
  "hij",
  "ook",
  "nog",
  "al",
  "niet",
  "wel",
  "dan",
  "als",
  "want",
  "maar",
  "omdat",
  "zodat",
  "zoals",
  "nu",
  "wat",
  "wanneer",
  "hetgeen",
  "toen",
  "terwijl",
  "indien",
  "tenzij",
  "voordat",
  "nadat",
  "sinds",
  "of",
  "hoe",
  "wie",
  "welke",
  "op",
  "in",
  "aan",
  "met",
  "voor",
  "door",
  "bij",
  "naar",
  "over",
  "om",
  "tot",
  "van",
  "te",
  "er",
  "hier",
  "daar",
  "zelf",
]);
const NOT_PRESENT = new Set([
  "heb",
  "hebben",
  "had",
  "hadden",
  "ben",
  "was",
  "waren",
  "is",
  "zou",
  "zouden",
  "kon",
  "konden",
  "wilde",
  "moest",
  "mocht",
  "kwam",
  "ging",
  "gaf",
  "nam",
  "zag",
  "bracht",
  "dacht",
  "vond",
  "stond",
  "liet",
  "hield",
  "schreef",
  "sprak",
  "zei",
  "deed",
  "wist",
  "zocht",
  "kocht",
  "riep",
  "vroeg",
  "bleef",
  "koos",
  "sloot",
  "besloot",
  "las",
]);

/** A present-tense verb right beside "ik"/"wij" ("breng ik", "ik bezie"); null for past and perfect tenses. */
function presentFirstPerson(lower: string): string | null {
  const tokens = lower.split(/\s+/).map((t) => t.replace(/[^\p{L}]/gu, ""));
  for (let i = 0; i < tokens.length; i++) {
    if (!["ik", "wij", "we"].includes(tokens[i] ?? "")) continue;
    for (const verb of [tokens[i - 1], tokens[i + 1]]) {
      if (!verb || verb.length < 2 || FUNCTION_WORDS.has(verb) || verb.startsWith("waar")) continue;
      if (NOT_PRESENT.has(verb) || (verb.length > 4 && /(?:de|te|den|ten)$/.test(verb))) return null;
      return verb;
    }
  }
  return null;
}

/** The words that gave the cue; a promise is quoted on to the end of its clause ("zal ik uw Kamer … informeren"). */
function quoteAt(sentence: string, from: number, to: number, toClauseEnd: boolean): string {
  if (!toClauseEnd) return sentence.slice(from, to);
  const rest = /^[^,;:.!?]*/.exec(sentence.slice(to))?.[0] ?? "";
  return sentence.slice(from, to + rest.length).trim();
}

function hit(rule: Rule, sentence: string, m: RegExpExecArray): SentenceCue {
  return { ...rule.cue, quote: quoteAt(sentence, m.index, m.index + m[0].length, rule.cue.label === "belofte") };
}

/** The cue of one sentence; `hasFutureDeadline` says whether it names a deadline still ahead. */
export function sentenceCue(sentence: string, hasFutureDeadline: boolean): SentenceCue | null {
  const lower = sentence.toLowerCase();
  if (VETOES[0]?.test(lower)) return null;
  for (const rule of FULFILLED) {
    const m = rule.re.exec(lower);
    if (!m) continue;
    // "heb ik toegezegd u vóór de zomer te informeren" in a letter of today is still open.
    if (rule.cue.label === "toezegging" && !rule.cue.needsOutcome && hasFutureDeadline) {
      return { ...hit(rule, sentence, m), kind: "new", label: "toezegging (eerder gedaan)" };
    }
    return hit(rule, sentence, m);
  }
  if (VETOES.some((v) => v.test(lower))) return null;
  for (const rule of NEW) {
    const m = rule.re.exec(lower);
    if (!m || (rule.cue.needsDeadline && !hasFutureDeadline)) continue;
    return { ...hit(rule, sentence, m), ...(REPEAT.test(lower) ? { repeat: true } : {}) };
  }
  if (!hasFutureDeadline) return null;
  const verb = presentFirstPerson(lower);
  // "Hierbij verzoek ik u …", "In reactie op uw verzoek merk ik op …": this letter speaking, not a promise.
  if (verb && !THIS_LETTER_SPEAKS.test(lower) && !SAYING.has(verb)) {
    const at = new RegExp(String.raw`\b${verb} (?:ik|wij|we)\b|\b(?:ik|wij|we) ${verb}\b`).exec(lower);
    const quote = at ? quoteAt(sentence, at.index, at.index + at[0].length, true) : verb;
    return { kind: "new", label: "voornemen", quote, needsDeadline: true };
  }
  const future = /\b(?:zal|zullen)\b|\bnaar verwachting\b/.exec(lower);
  const delivery = DELIVERY.exec(lower);
  if (future && delivery && !/\b(?:ik|wij|we)\b/.test(lower)) {
    const from = Math.min(future.index, delivery.index);
    const to = Math.max(future.index + future[0].length, delivery.index + delivery[0].length);
    return { kind: "new", label: "verwachte oplevering", quote: sentence.slice(from, to), needsDeadline: true, thirdParty: true };
  }
  return null;
}
