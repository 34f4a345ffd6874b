export type KamerstukCitationErrorCode =
  | "empty"
  | "unrecognized"
  | "missing-dossier"
  | "invalid-dossier"
  | "missing-number"
  | "invalid-number"
  | "missing-kamer"
  | "missing-vergaderjaar"
  | "invalid-vergaderjaar"
  | "invalid-item"
  | "invalid-page"
  | "extra-text"
  | "multiple-citations"
  | "invalid-id";

export class KamerstukCitationError extends Error {
  readonly code: KamerstukCitationErrorCode;
  /** The text that was passed in, unchanged. */
  readonly input: string;

  constructor(code: KamerstukCitationErrorCode, message: string, input: string) {
    super(message);
    this.name = "KamerstukCitationError";
    this.code = code;
    this.input = input;
  }
}

const MAX_QUOTED = 120;

/** Quotes user text for a message; long footnotes are cut so the message stays readable. */
export function quote(text: string): string {
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
  return `"${shown}"`;
}

export const VOORBEELD_KAMERSTUK = '"Kamerstuk 29 628, nr. 985"';
export const VOORBEELD_AANHANGSEL = '"Aanhangsel Handelingen II 2020/21, nr. 2065"';
export const VOORBEELD_HANDELINGEN = '"Handelingen II 2020/21, nr. 36, item 8"';
