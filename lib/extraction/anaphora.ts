/**
 * Which earlier sentences a commitment needs to be understood: "deze evaluatie" points back to the sentence
 * that announces the evaluation, "de resultaten" to the thing whose results they are, "De externe
 * adviescommissie zal …" continues the sentences about that committee.
 */
import type { Sentence } from "./sentences";

const NOT_A_TOPIC = new Set([
  "brief",
  "kamerbrief",
  "jaar",
  "moment",
  "verband",
  "kader",
  "periode",
  "wijze",
  "manier",
  "tijd",
  "punt",
  "zaak",
  "situatie",
  "context",
  "cijfers",
  "niveau",
  "geval",
  "gevallen",
  "opzicht",
  "kabinet",
  "toezegging",
  "week",
  "maand",
]);
const SUFFIXES = ["aties", "atie", "ingen", "ing", "eren", "en", "s"];
const MAX_BACK = 4;

/** "evaluatie" and "evalueren" share "evalu"; "verkenning" and "verkennen" share "verkenn". */
export function stem(noun: string): string {
  const lower = noun.toLowerCase();
  for (const suffix of SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 5) return lower.slice(0, lower.length - suffix.length);
  }
  return lower;
}

/** "over de uitkomsten van de consultatie": the thing whose outcome is promised, named before. */
export function outcomeOfNouns(sentence: string): string[] {
  const m = /\b(?:uitkomst(?:en)?|resultat(?:en)?|resultaat|bevindingen) (?:van|uit) (?:de|het) (\p{L}{5,})/iu.exec(sentence);
  return m?.[1] && !NOT_A_TOPIC.has(m[1].toLowerCase()) ? [m[1]] : [];
}

/** The nouns a "deze …"/"dit …" may name: the word after it, or the one after that (past an adjective). */
export function demonstrativeNouns(sentence: string): string[] {
  const m = /\b(?:deze|dit)\s+(\p{L}+)(?:\s+(\p{L}+))?/iu.exec(sentence);
  if (!m) return [];
  const [first, second] = [m[1] ?? "", m[2] ?? ""];
  // "deze externe adviescommissie": an inflected adjective first; "deze evaluatie", "deze taskforce": the noun.
  const adjective = /[^aeiou]e$/.test(first) && !/^(?:\p{L}+t|is|zijn|zal|zullen|kan|kunnen|moet|moeten|hebben)$/u.test(second);
  const words = adjective ? [second, first] : [first];
  return words.filter((w) => w.length >= 5 && !NOT_A_TOPIC.has(w.toLowerCase()));
}

function sameParagraph(sentences: Sentence[], a: number, b: number): boolean {
  return sentences[a]?.paragraph === sentences[b]?.paragraph;
}

/** The nearest earlier sentence in the paragraph that names one of the nouns. */
function antecedent(sentences: Sentence[], index: number, nouns: string[]): { index: number; noun: string } | null {
  for (let k = index - 1; k >= Math.max(0, index - MAX_BACK) && sameParagraph(sentences, k, index); k--) {
    const lower = sentences[k]?.text.toLowerCase() ?? "";
    const noun = nouns.find((n) => lower.includes(stem(n)));
    if (noun) return { index: k, noun };
  }
  return null;
}

export interface Reach {
  /** First sentence the commitment needs. */
  first: number;
  /** The topic the anaphor named, e.g. "evaluatie", "taskforce". */
  topic: string | null;
  /** The sentence that introduces that topic. */
  topicSentence: number | null;
}

const OUTCOME = /\b(?:de|het) (?:resultaten|uitkomsten|uitkomst|resultaat|bevindingen)\b(?!\s+(?:van|uit))/i;
const DEFINITE_SUBJECT = /^(?:\p{L}+\s+)?(?:de|het)\s+(?:\p{L}+\s+)?(\p{L}{6,})\s+(?:zal|zullen|wordt|worden)\b/iu;

/** How far back the commitment in sentence `index` reaches. */
export function reachBack(sentences: Sentence[], index: number, thirdParty: boolean): Reach {
  const sentence = sentences[index]?.text ?? "";
  const direct = antecedent(sentences, index, demonstrativeNouns(sentence)) ?? antecedent(sentences, index, outcomeOfNouns(sentence));
  if (direct) return { first: direct.index, topic: direct.noun, topicSentence: direct.index };
  if (OUTCOME.test(sentence)) {
    // "over de resultaten": of the thing a "deze …" just before refers to.
    for (let j = index - 1; j >= Math.max(0, index - MAX_BACK) && sameParagraph(sentences, j, index); j--) {
      const nouns = demonstrativeNouns(sentences[j]?.text ?? "");
      if (nouns.length === 0) continue;
      const intro = antecedent(sentences, j, nouns);
      return intro ? { first: intro.index, topic: intro.noun, topicSentence: intro.index } : { first: j, topic: nouns[0] ?? null, topicSentence: j };
    }
  }
  if (thirdParty) {
    const subject = DEFINITE_SUBJECT.exec(sentence)?.[1];
    if (subject && !NOT_A_TOPIC.has(subject.toLowerCase())) {
      let first = index;
      for (let k = index - 1; k >= Math.max(0, index - MAX_BACK) && sameParagraph(sentences, k, index); k--) {
        const lower = sentences[k]?.text.toLowerCase() ?? "";
        if (!lower.includes(stem(subject)) || !/\b(?:zal|zullen)\b/.test(lower)) break;
        first = k;
      }
      if (first < index) return { first, topic: subject, topicSentence: first };
    }
  }
  return { first: index, topic: null, topicSentence: null };
}

/** "Hierover informeerde ik u reeds …": sentences that only add to the one before. */
export function reachForward(sentences: Sentence[], index: number): number {
  let last = index;
  while (sameParagraph(sentences, last + 1, index) && /^(?:hierover|daarover|hiervan|daarvan)\b/i.test(sentences[last + 1]?.text ?? "")) {
    last++;
  }
  return last;
}
