/**
 * Letters that postpone: "De vragen … kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord
 * … De beantwoording zal plaatshebben omstreeks half februari 2010." A promise with a new deadline that stands
 * beside such a delay is no new commitment but a postponement of an earlier one (answers to Kamervragen, a
 * promised letter or reaction); the review proposes it as a deadline re-set on that commitment.
 */
import type { LetterDocument } from "./document";

/** The words that say something comes later than promised or than the usual term. */
const DELAY =
  /\bniet binnen (?:de|die|deze|de daarvoor) (?:gebruikelijke |gestelde |afgesproken |reguliere |wettelijke |gevraagde |toegezegde |eerder genoemde |aangekondigde )?termijn\b|\buitstel\b|\b(?:meer|extra|langer) tijd\b.{0,40}?\b(?:nodig|kost|vergt|vergen|vragen|vraagt|gevergd|in beslag)\b|\bmeer tijd (?:dan|nodig)\b|\blater dan (?:toegezegd|voorzien|gepland|verwacht|aangekondigd|beoogd|eerder (?:gemeld|aangegeven|toegezegd))\b|\b(?:vertraging|vertraagd)\b|\bniet (?:zoals|als) (?:toegezegd|aangekondigd|gepland|voorzien)\b|\bniet (?:lukken|gelukt|mogelijk gebleken) om\b.{0,80}?\b(?:voor|vóór|binnen|in)\b/u;

/** "het uitstel van de invoering", "uitstel van betaling": a delay of a policy, not of what the Kamer was promised. */
const POLICY_DELAY = /\buitstel van (?:de |het )?(?:invoering|inwerkingtreding|betaling|executie|de wet|het wetsvoorstel|de maatregel)\b/;

/** "Voor de beantwoording is uitstel verkregen tot half december": the delay granted before, not the new date. */
const EARLIER_DELAY =
  /\b(?:is|werd|was|heb|hebben|had)\b.{0,60}?\buitstel\b.{0,40}?\b(?:verkregen|verleend|gegeven|gevraagd|aangevraagd)\b|\buitstel (?:is|werd|was) (?:verkregen|verleend|gegeven)\b/;

/** Whether the deadline in a delay sentence is the one granted before ("is uitstel verkregen tot …"). */
export function namesEarlierDelay(sentence: string): boolean {
  return EARLIER_DELAY.test(sentence.toLowerCase());
}

export function isDelaySentence(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return DELAY.test(lower) && !POLICY_DELAY.test(lower);
}

/** Indices of the sentences (prose) that announce a delay. */
export function delaySentences(doc: LetterDocument): number[] {
  const found: number[] = [];
  doc.sentences.forEach((s, index) => {
    if (doc.paragraphs[s.paragraph]?.kind === "prose" && isDelaySentence(s.text)) found.push(index);
  });
  return found;
}

/** How far before a promise a delay still counts as its reason ("… meer tijd nodig. Via deze brief laat ik u weten …"). */
const REACH_BACK = 2;

/**
 * The delay sentence that a promise over sentences first..last postpones: one inside it, or one up to two
 * sentences before it in the same or the previous paragraph. Null when the promise stands on its own.
 */
export function delayFor(doc: LetterDocument, delays: number[], first: number, last: number): number | null {
  const paragraph = doc.sentences[first]?.paragraph ?? 0;
  // The first of them: "… kan niet binnen de termijn worden afgerond. De Inspectie heeft meer tijd nodig …" says what.
  for (const d of delays) {
    if (d > last || d < first - REACH_BACK) continue;
    const p = doc.sentences[d]?.paragraph ?? -1;
    if (d < first && p < paragraph - 1) continue;
    return d;
  }
  return null;
}
