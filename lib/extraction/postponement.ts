/**
 * Letters that postpone: "De vragen … kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord
 * … De beantwoording zal plaatshebben omstreeks half februari 2010." A promise with a new deadline that stands
 * beside such a delay is no new commitment but a postponement of an earlier one (answers to Kamervragen, a
 * promised letter or reaction); the review proposes it as a deadline re-set on that commitment.
 */
import type { LetterDocument } from "./document";

/** The words that say something comes later than promised or than the usual term. */
const DELAY =
  /\bniet binnen (?:de|die|deze|de daarvoor) (?:gebruikelijke |gestelde |afgesproken |reguliere |wettelijke |gevraagde |toegezegde |eerder genoemde |aangekondigde )?termijn\b|\buitstel\b|\b(?:meer|extra|langer) tijd\b.{0,40}?\b(?:nodig|kost|vergt|vergen|vragen|vraagt|gevergd|in beslag)\b|\bmeer tijd (?:dan|nodig)\b|\blater dan (?:toegezegd|voorzien|gepland|verwacht|aangekondigd|beoogd|eerder (?:gemeld|aangegeven|toegezegd))\b|\b(?:vertraging|vertraagd)\b|\bniet (?:zoals|als) (?:toegezegd|aangekondigd|gepland|voorzien)\b|\bniet (?:lukken|gelukt|mogelijk gebleken) om\b.{0,80}?\b(?:voor|vóór|binnen|in)\b|\bnog niet gereed\b.{0,60}?\b(?:om|voor|vóór|te)\b|\bniet aan (?:het|uw|dit) verzoek (?:kan |kunnen )?(?:te )?voldoen\b|\bkan (?:ik|het kabinet) (?:daarom |helaas )?niet aan (?:het|uw|dit) verzoek voldoen\b/u;

/** "het uitstel van de invoering", "uitstel van betaling": a delay of a policy, not of what the Kamer was promised. */
const POLICY_DELAY = /\buitstel van (?:de |het )?(?:invoering|inwerkingtreding|betaling|executie|de wet|het wetsvoorstel|de maatregel)\b/;

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

/** An earlier promise told again ("Op 17 februari heb ik uw Kamer toegezegd …", "is de Kamer de toezegging gedaan …"). */
const RECOUNTED =
  /\b(?:heb|hebben|had|is|werd)\b.{0,120}?\btoegezegd\b|\bde toezegging (?:gedaan|is gedaan)\b|\bzoals (?:ik |wij |we )?(?:heb |hebben |is )?toegezegd\b/;
/** …and this letter delivering it: "Bijgaand treft u …", "In de bijlage vindt u de brief", "Deze brief behelst de eerste rapportage". */
const DELIVERED =
  /\b(?:bijgaand (?:treft|vindt|ontvangt) u|hierbij (?:ontvangt u|bied ik|stuur ik|zend ik|doe ik u)|in de bijlage (?:vindt|treft|ontvangt) u|als bijlage (?:treft|vindt) u|deze brief (?:behelst|bevat|vormt)|met deze brief (?:stuur|bied|informeer|bericht))\b/;

export function isRecountedPromise(sentence: string): boolean {
  return RECOUNTED.test(sentence.toLowerCase());
}

export function isDelivery(sentence: string): boolean {
  return DELIVERED.test(sentence.toLowerCase());
}

/** A promise-like sentence that, after a delay, gives what comes later without a date: "De verwachting is nu, dat ik u over enige maanden het standpunt kan toezenden." */
const LATER_DELIVERY =
  /\b(?:ik|wij|we|het kabinet)\b.{0,80}?\b(?:u|uw kamer)\b.{0,120}?\b(?:toezenden|toesturen|sturen|zenden|informeren|berichten|doen toekomen|aanbieden|verzenden)\b|\b(?:u|uw kamer) ontvangt\b/;

export function isLaterDelivery(sentence: string): boolean {
  return LATER_DELIVERY.test(sentence.toLowerCase());
}

/** How far before a promise a delay still counts as its reason ("… meer tijd nodig. Via deze brief laat ik u weten …"). */
const REACH_BACK = 2;

/**
 * The delay sentence that a promise (its cue sentence at `first`, reaching to `last`) postpones: one inside it, or one
 * up to two sentences before its cue in the same or the previous paragraph. Null when the promise stands on its own.
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
