import type { DeadlineErrorCode } from "./types";

export class DeadlinePhraseError extends Error {
  readonly code: DeadlineErrorCode;
  readonly phrase: string;

  constructor(code: DeadlineErrorCode, phrase: string, message: string) {
    super(message);
    this.name = "DeadlinePhraseError";
    this.code = code;
    this.phrase = phrase;
  }
}

export const EXAMPLE_PHRASES = '"uiterlijk in 2025", "voor de zomer van 2022", "Q3 2022"';

/** For dates/periods that do not exist on the calendar, e.g. 30 februari. */
export function invalidDate(phrase: string, problem: string): DeadlinePhraseError {
  return new DeadlinePhraseError("invalid-date", phrase, `Termijn "${phrase}" bestaat niet: ${problem}.`);
}

export function unrecognized(phrase: string): DeadlinePhraseError {
  return new DeadlinePhraseError("unrecognized", phrase, `Termijn "${phrase}" niet herkend. Voorbeelden: ${EXAMPLE_PHRASES}.`);
}
