/**
 * The intermediate model between grammar and resolver: a grammar piece recognises
 * words and yields a Target; the resolver picks the year and applies the leading
 * qualifier ("uiterlijk", "voor", ...) to the Period the Target builds.
 */
import { addDays } from "date-fns";
import type { ParliamentaryCalendar } from "./parliamentary-calendar";
import type { DeadlinePrecision } from "./types";

export interface Period {
  start: Date;
  /** Inclusive. */
  end: Date;
  precision: DeadlinePrecision;
  /** Dutch name including the year, e.g. "voorjaar 2022"; used in explanations. */
  label: string;
  /** Why this period, e.g. "de (concept)begroting 2023 wordt dan aangeboden". */
  note?: string;
  /**
   * First day that no longer counts as "vóór X" (default: start). Differs when Kamer
   * usage differs from the literal meaning: "vóór de zomer" means before the zomerreces.
   */
  before?: { date: Date; note: string };
  /** First day that counts as "na X" (default: the day after end). */
  after?: { date: Date; note: string };
  /**
   * Where "na X" ends in practice although the phrase names no end: "na de zomer" is the
   * autumn's session, so a register reminds at the latest on the day before the kerstreces.
   * Always an estimate, and said so in the explanation.
   */
  customaryEnd?: { date: Date; note: string };
}

export interface BuildContext {
  madeOn: Date;
  calendar: ParliamentaryCalendar;
  /** The trimmed original phrase, for error messages. */
  phrase: string;
}

export type YearRef =
  /** Year written out: "mei 2022". */
  | { kind: "explicit"; year: number }
  /** Relative to the year of madeOn: "dit jaar" (0), "volgend jaar" (+1). */
  | { kind: "offset"; offset: number }
  /** No year: the first matching period at or after madeOn. */
  | { kind: "infer" }
  /** "volgende zomer": like infer, but the period must not have started yet. */
  | { kind: "next" }
  /** Not year-based (durations like "binnen drie weken"): build ignores the year. */
  | { kind: "none" };

export interface Target {
  year: YearRef;
  /** May throw DeadlinePhraseError("invalid-date") for impossible dates. */
  build(year: number, ctx: BuildContext): Period;
}

/** A recognised phrase that names no period at all. */
export interface OpenTarget {
  open: true;
  explanation: string;
}

export type Grammar = (text: string) => Target | OpenTarget | null;

export function dayAfter(date: Date): Date {
  return addDays(date, 1);
}

export function dayBefore(date: Date): Date {
  return addDays(date, -1);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
