/**
 * Applies year inference and the qualifier semantics documented in README.md to a
 * parsed phrase. All arithmetic is on local-midnight Dates (see calendar-date.ts).
 */
import { compareDays, formatDutch, formatDutchRange, laterOf, parseIsoDate, toIso } from "./calendar-date";
import { DeadlinePhraseError, EXAMPLE_PHRASES, invalidDate, unrecognized } from "./errors";
import { normalizePhrase } from "./normalize";
import { defaultParliamentaryCalendar, type ParliamentaryCalendar } from "./parliamentary-calendar";
import { type ParsedPhrase, type Qualifier, parseNormalized, sentenceCandidates } from "./parser";
import { type BuildContext, type Period, type Target, capitalize, dayAfter, dayBefore } from "./period";
import type { ResolvedDeadline } from "./types";

/** How far ahead a year-less phrase may look: far enough for "29 februari" and "week 53". */
const INFERENCE_YEARS_AHEAD = 10;
/** A register of government commitments has no use for other years; they are typos ("20222"). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function beforeBoundary(period: Period): Date {
  return period.before?.date ?? period.start;
}

function afterBoundary(period: Period): Date {
  return period.after?.date ?? dayAfter(period.end);
}

/** Is this period still usable for the qualifier, seen from the day the commitment was made? */
function stillAhead(qualifier: Qualifier, period: Period, madeOn: Date): boolean {
  switch (qualifier) {
    case "in":
    case "uiterlijk":
    case "vanaf":
      return compareDays(period.end, madeOn) >= 0;
    case "voor":
      return compareDays(beforeBoundary(period), madeOn) > 0;
    case "na":
      return compareDays(afterBoundary(period), madeOn) >= 0;
    case "per":
      return compareDays(period.start, madeOn) >= 0;
  }
}

function beforeMadeOn(ctx: BuildContext, period: Period): DeadlinePhraseError {
  return new DeadlinePhraseError(
    "before-made-on",
    ctx.phrase,
    `Termijn "${ctx.phrase}" ligt vóór de datum van de toezegging (${formatDutch(ctx.madeOn)}): ` +
      `${period.label} (${formatDutchRange(period.start, period.end)}) is dan al voorbij.`,
  );
}

function selectPeriod(target: Target, qualifier: Qualifier, ctx: BuildContext): { period: Period; inferred: boolean } {
  const madeYear = ctx.madeOn.getFullYear();
  const ref = target.year;
  if (ref.kind === "none") return { period: target.build(madeYear, ctx), inferred: false };
  if (ref.kind === "explicit" || ref.kind === "offset") {
    const year = ref.kind === "explicit" ? ref.year : madeYear + ref.offset;
    if (year < MIN_YEAR || year > MAX_YEAR) throw invalidDate(ctx.phrase, `jaartal ${year} valt buiten ${MIN_YEAR}-${MAX_YEAR}`);
    const period = target.build(year, ctx);
    // Open-ended windows ("vanaf 2020") can never be over, so they are accepted and clamped.
    const openEnded = qualifier === "na" || qualifier === "vanaf";
    if (!openEnded && !stillAhead(qualifier, period, ctx.madeOn)) throw beforeMadeOn(ctx, period);
    return { period, inferred: false };
  }
  let invalid: DeadlinePhraseError | undefined;
  // Start a year early: "winter" or "kerstreces" said in January belongs to the previous year.
  for (let year = madeYear - 1; year <= madeYear + INFERENCE_YEARS_AHEAD; year++) {
    let period: Period;
    try {
      period = target.build(year, ctx);
    } catch (error) {
      // "29 februari" without a year: skip to the next leap year. Should no year fit
      // ("31 april"), report the problem for a year at or after madeOn, not the year before.
      if (error instanceof DeadlinePhraseError && error.code === "invalid-date") {
        if (year >= madeYear) invalid ??= error;
        continue;
      }
      throw error;
    }
    if (ref.kind === "next" && compareDays(period.start, ctx.madeOn) <= 0) continue;
    if (stillAhead(qualifier, period, ctx.madeOn)) return { period, inferred: true };
  }
  throw invalid ?? new DeadlinePhraseError("unrecognized", ctx.phrase, `Termijn "${ctx.phrase}" niet herkend.`);
}

interface Window {
  earliest: Date | null;
  latest: Date | null;
  reading: string;
}

function applyQualifier(qualifier: Qualifier, period: Period, madeOn: Date): Window {
  const madeOnText = formatDutch(madeOn);
  switch (qualifier) {
    case "in": {
      const clamped = compareDays(period.start, madeOn) < 0;
      return {
        earliest: laterOf(period.start, madeOn),
        latest: period.end,
        reading: clamped ? `; niet eerder dan de toezegging op ${madeOnText}` : "",
      };
    }
    case "uiterlijk":
      return {
        earliest: madeOn,
        latest: period.end,
        reading: `; 'uiterlijk': van de toezegging op ${madeOnText} t/m ${formatDutch(period.end)}`,
      };
    case "voor": {
      const latest = dayBefore(beforeBoundary(period));
      const why = period.before ? ` (${period.before.note})` : "";
      return { earliest: madeOn, latest, reading: `; 'vóór': t/m ${formatDutch(latest)}${why}` };
    }
    case "na": {
      const earliest = laterOf(afterBoundary(period), madeOn);
      const why = period.after ? ` (${period.after.note})` : "";
      const end = period.customaryEnd;
      if (end && compareDays(end.date, earliest) >= 0) {
        return {
          earliest,
          latest: end.date,
          reading: `; 'na': vanaf ${formatDutch(earliest)}${why}; geen einddatum genoemd, geschat t/m ${formatDutch(end.date)} (${end.note})`,
        };
      }
      return { earliest, latest: null, reading: `; 'na': vanaf ${formatDutch(earliest)}, zonder einddatum${why}` };
    }
    case "vanaf": {
      const earliest = laterOf(period.start, madeOn);
      return { earliest, latest: null, reading: `; 'vanaf': vanaf ${formatDutch(earliest)}, zonder einddatum` };
    }
    case "per":
      return { earliest: period.start, latest: period.start, reading: `; 'per': met ingang van ${formatDutch(period.start)}` };
  }
}

function describe(period: Period): string {
  const range = formatDutchRange(period.start, period.end);
  const name = capitalize(period.label);
  return `${name}${period.label === range ? "" : ` (${range})`}${period.note ? `: ${period.note}` : ""}`;
}

function build(parsed: ParsedPhrase, ctx: BuildContext, span: string | null): ResolvedDeadline {
  const prefix = span === null ? "" : `Termijn "${span}" uit de tekst. `;
  if (parsed.kind === "open") {
    return {
      phrase: ctx.phrase,
      earliest: null,
      latest: null,
      precision: "open",
      open: true,
      explanation: prefix + parsed.target.explanation,
    };
  }
  const { period, inferred } = selectPeriod(parsed.target, parsed.qualifier, ctx);
  const window = applyQualifier(parsed.qualifier, period, ctx.madeOn);
  const yearNote = inferred ? `. Geen jaar genoemd: de eerstvolgende na de toezegging op ${formatDutch(ctx.madeOn)}` : "";
  return {
    phrase: ctx.phrase,
    earliest: window.earliest && toIso(window.earliest),
    latest: window.latest && toIso(window.latest),
    precision: parsed.qualifier === "per" ? "day" : period.precision,
    open: false,
    // biome-ignore lint/correctness/usePlaywrightValidDescribeCallback: describe() here words a period; this is not a test
    explanation: `${prefix}${describe(period)}${window.reading}${yearNote}.`,
  };
}

/**
 * Resolves a Dutch deadline phrase, read from the day the commitment was made.
 * Throws DeadlinePhraseError; see README.md for every interpretation.
 */
export function resolveDeadline(phrase: string, madeOn: string, calendar: ParliamentaryCalendar = defaultParliamentaryCalendar): ResolvedDeadline {
  const trimmed = typeof phrase === "string" ? phrase.trim() : "";
  if (trimmed === "") {
    throw new DeadlinePhraseError("empty", "", `Termijn is leeg. Voorbeelden: ${EXAMPLE_PHRASES}.`);
  }
  const made = parseIsoDate(typeof madeOn === "string" ? madeOn.trim() : "");
  const madeYear = made.ok ? made.date.getFullYear() : 0;
  const problem = !made.ok ? made.problem : madeYear < MIN_YEAR || madeYear > MAX_YEAR ? `jaartal ${madeYear} valt buiten ${MIN_YEAR}-${MAX_YEAR}` : null;
  if (!made.ok || problem) {
    throw new DeadlinePhraseError("invalid-made-on", trimmed, `Datum van toezegging "${String(madeOn)}" is ongeldig: ${problem}.`);
  }
  const ctx: BuildContext = { madeOn: made.date, calendar, phrase: trimmed };
  const normalized = normalizePhrase(trimmed);
  const parsed = parseNormalized(normalized);
  if (parsed) return build(parsed, ctx, null);

  let firstError: DeadlinePhraseError | undefined;
  for (const candidate of sentenceCandidates(normalized)) {
    try {
      return build(candidate.parsed, ctx, candidate.span);
    } catch (error) {
      if (!(error instanceof DeadlinePhraseError)) throw error;
      firstError ??= error;
    }
  }
  throw firstError ?? unrecognized(trimmed);
}

export function tryResolveDeadline(
  phrase: string,
  madeOn: string,
  calendar?: ParliamentaryCalendar,
): { ok: true; deadline: ResolvedDeadline } | { ok: false; error: DeadlinePhraseError } {
  try {
    return { ok: true, deadline: resolveDeadline(phrase, madeOn, calendar) };
  } catch (error) {
    if (error instanceof DeadlinePhraseError) return { ok: false, error };
    throw error;
  }
}
