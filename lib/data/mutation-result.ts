import type { CommitmentView } from "./commitment-view";

/** What every mutation returns: forms show `errors` beside their fields and `message` on top; the API maps `status`. */
export type MutationResult<T = { number: string }> =
  | { ok: true; value: T; unchanged?: boolean }
  | { ok: false; status: 400 | 401 | 403 | 404 | 409; message: string; errors?: Record<string, string[]>; current?: CommitmentView | null };

export function invalid(errors: Record<string, string[]>, message = "Niet alles is goed ingevuld; zie de meldingen bij de velden."): MutationResult<never> {
  return { ok: false, status: 400, message, errors };
}

export function refused(status: 401 | 403, message: string): MutationResult<never> {
  return { ok: false, status, message };
}

export function missing(number: string): MutationResult<never> {
  return { ok: false, status: 404, message: `Toezegging ${number} bestaat niet.` };
}

export function conflict(current: CommitmentView | null): MutationResult<never> {
  return {
    ok: false,
    status: 409,
    message:
      "Iemand anders heeft deze toezegging gewijzigd nadat u begon. Uw wijziging is niet opgeslagen; hieronder staat de huidige versie. Neem uw wijziging daarin over en sla opnieuw op.",
    current,
  };
}

/** Thrown inside a transaction to roll it back and answer with `result`. */
export class MutationAbort extends Error {
  constructor(readonly result: MutationResult<never>) {
    super(result.ok ? "" : result.message);
  }
}
