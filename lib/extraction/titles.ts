/** A short Dutch title (at most 90 characters) for a commitment, made from its own words. */
import { findDeadlineSpans } from "./deadline-spans";

export const MAX_TITLE = 90;

const CONNECTIVES =
  /^(?:daarnaast|tevens|ook|verder|bovendien|tenslotte|ten slotte|tot slot|voorts|daarom|vervolgens|hierbij|daarbij|eveneens|nog|tegelijkertijd|zoals eerder benoemd|zoals gezegd),?\s+/i;
const IRREGULAR: Record<string, string> = {
  ga: "gaan",
  sta: "staan",
  doe: "doen",
  zie: "zien",
  kom: "komen",
  ben: "zijn",
  heb: "hebben",
  wil: "willen",
  kan: "kunnen",
  zal: "zullen",
  zeg: "zeggen",
};
const NOT_INFINITIVE = new Set([
  "tussen",
  "binnen",
  "buiten",
  "boven",
  "tegen",
  "zonder",
  "even",
  "open",
  "heden",
  "kosten",
  "zeven",
  "negen",
  "eigen",
  "tien",
  "wegen",
  "gegeven",
  "regen",
]);

/** "breng" → "brengen", "bezie" → "bezien", "stuur" → "sturen", "verken" → "verkennen". Rough, but only for titles. */
export function infinitive(stem: string): string {
  const s = stem.toLowerCase();
  const irregular = IRREGULAR[s];
  if (irregular) return irregular;
  if (/(?:ie|ee)$/.test(s)) return `${s}n`;
  const long = /^(.*)([aeou])\2([^aeiou])$/.exec(s);
  if (long) {
    const last = long[3] === "f" ? "v" : long[3] === "s" ? "z" : long[3];
    return `${long[1]}${long[2]}${last}en`;
  }
  if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(s) && s.length > 2) return `${s}${s.slice(-1)}en`;
  return `${s}en`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withoutArticle(text: string): string {
  return text.replace(/^(?:de|het|een)\s+/i, "");
}

export function truncateTitle(text: string): string {
  const clean = text
    .replace(/\s+/g, " ")
    .replace(/[\s,;:.]+$/, "")
    .trim();
  if (clean.length <= MAX_TITLE) return clean;
  const cut = clean.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

/**
 * The sentence without its deadlines, connectives, asides and closing full stop. A year that qualifies a noun
 * ("de doelstellingen voor 2022") is part of the subject and stays.
 */
function strip(sentence: string): string {
  let text = sentence;
  for (const span of findDeadlineSpans(sentence).sort((a, b) => b.start - a.start)) {
    if (/^(?:voor|over|van)\s+\d{4}$/i.test(span.phrase) && /\p{L}{4,}\s$/u.test(sentence.slice(0, span.start))) continue;
    text = text.slice(0, span.start) + text.slice(span.end);
  }
  return text
    .replace(/\s*\((?:[^()]*\b(?:kamerstuk(?:ken)?|handelingen|nr\.)[^()]*)\)/gi, "")
    .replace(/\s+[–—-]\s+[^–—]*?\s+[–—-]\s+/g, " ")
    .replace(/\b(?:naar verwachting|daarnaast|tevens|eveneens|bovendien|voorts)\s+/gi, "")
    .replace(/\s+/g, " ")
    .replace(/\s+([,;.])/g, "$1")
    .trim()
    .replace(/[.!?]+$/, "")
    .replace(CONNECTIVES, "")
    .replace(CONNECTIVES, "");
}

/** "… zal [subject] [rest] adviseren over …": where the verb group starts. */
function splitAtInfinitive(words: string[]): number {
  return words.findIndex((w, i) => i >= 1 && /^\p{Ll}+en$/u.test(w) && w.length > 4 && !NOT_INFINITIVE.has(w));
}

const INFORM: Array<[RegExp, string]> = [
  [/\binformeer (?:ik|wij|we)(?:\s+(?:u|uw kamer|hierbij|bij deze|tevens|ook|nader|graag))*\s+over\s+(.+)$/i, "informeren over"],
  [/\b(?:ga|gaan) (?:ik|wij|we)\b.*?\bin op\s+(.+)$/i, "ingaan op"],
  [
    /\bover\s+(.+?)\s+(?:zal\s+ik\s+(?:uw kamer\s+|u\s+)?(?:nader\s+)?informeren|informeer\s+ik|(?:uw kamer\s+|u\s+)?(?:nader\s+)?(?:te\s+)?informeren)\b/i,
    "informeren over",
  ],
  [/\b(nader |verder )?(?:in te gaan op|ingaan op|in te gaan over)\s+(.+)$/i, "ingaan op"],
  [/\b(nader |verder )?(?:te informeren|informeren|ge[iï]nformeerd)\s+over\s+(.+)$/i, "informeren over"],
  [/\b(nader )?(?:terug te komen|terugkomen) op\s+(.+)$/i, "terugkomen op"],
  [/\b(nader )?(?:te rapporteren|rapporteren) over\s+(.+)$/i, "rapporteren over"],
  [/\b(?:zal )?over\s+(.+?)\s+(?:zal\s+)?(?:worden\s+)?gerapporteerd(?:\s+worden)?$/i, "rapporteren over"],
];

/** A title for a sentence of the letter. `requester`: "de korpschef" in "heb ik de korpschef gevraagd …". */
export function sentenceTitle(sentence: string): string {
  const text = strip(sentence);
  const kept = /\b(toezegging(?:en)?)\s+(uit .+?)\s+gestand$/i.exec(text);
  if (kept) return truncateTitle(`${capitalize(kept[1] ?? "")} ${kept[2]}`);
  const asked = /\b(?:heb ik|ik heb|hebben wij|wij hebben)\s+(.+?)\s+(?:gevraagd|verzocht)\b/i.exec(text);
  const prefix = asked?.[1] ? `${capitalize(withoutArticle(asked[1]))}: ` : "";
  for (const [re, verb] of INFORM) {
    const m = re.exec(text);
    if (!m) continue;
    const object = m.length === 3 ? m[2] : m[1];
    const nader = m.length === 3 && m[1] ? `${m[1].trim()} ` : "";
    const phrase = `${nader}${verb} ${object ?? ""}`;
    return truncateTitle(prefix ? prefix + phrase : capitalize(phrase));
  }
  const clause = text.split(";")[0] ?? text;
  // "zeg ik toe het Besluit … te evalueren" → "Het Besluit … evalueren"
  const promised = /\b(?:zeg (?:ik|wij|we)|(?:ik|wij|we) zeg(?:gen)?)\s+(?:u\s+|uw kamer\s+)?toe\s+(?:om\s+)?(?:(.+?)\s+te\s+(\p{L}+)|dat\s+(.+))$/iu.exec(
    clause,
  );
  if (promised) return truncateTitle(capitalize(promised[3] ?? `${promised[1]} ${promised[2]}`));
  const receives = /^(?:uw kamer|u)\s+ontvangt\s+(.+)$/i.exec(clause);
  if (receives?.[1]) return truncateTitle(capitalize(`${receives[1]} sturen`));
  const promise = /^(?:(?:ik|wij|we|het kabinet)\s+(?:zal|zullen|ga|gaan)|(?:zal|zullen|ga|gaan)\s+(?:ik|wij|we|het kabinet))\s+(.+)$/i.exec(clause);
  if (promise?.[1]) return truncateTitle(capitalize(promise[1].replace(/^(?:uw kamer|u)\s+/i, "")));
  const intent = /^(?:(\p{L}+)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(\p{L}+))\s+(.+)$/iu.exec(clause);
  if (intent?.[3]) {
    const rest = intent[3].replace(/^(?:uw kamer|u)\s+/i, "");
    return truncateTitle(capitalize(`${rest} ${infinitive(intent[1] ?? intent[2] ?? "")}`));
  }
  const third = /^(.+?)\s+(?:zal|zullen)\s+(.+)$/i.exec(clause) ?? /^(?:zal|zullen)\s+(.+)$/i.exec(clause);
  if (third) {
    if (third.length === 3) return truncateTitle(`${capitalize(withoutArticle(third[1] ?? ""))}: ${third[2]}`);
    const words = (third[1] ?? "").split(" ");
    const at = splitAtInfinitive(words);
    if (at > 0) return truncateTitle(`${capitalize(withoutArticle(words.slice(0, at).join(" ")))}: ${words.slice(at).join(" ")}`);
  }
  return truncateTitle(capitalize(clause));
}

/** A table row: the subject, with who does it. */
export function rowTitle(cells: string[]): string {
  const [subject = "", ...rest] = cells;
  const who = rest.slice(0, -1).join(", ");
  if (!who) return truncateTitle(subject);
  const tail = ` (${who})`;
  if (subject.length + tail.length <= MAX_TITLE) return subject + tail;
  return truncateTitle(subject);
}
