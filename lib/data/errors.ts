// The failures a use case in lib/data can end in. They are thrown (a throw inside a transaction rolls it back) and
// turned into an answer once, at the edge: lib/actions/run-action.ts for forms, lib/api/writes.ts for the API.
import type { CommitmentView } from "./commitment-view";
import type { MergeNotice } from "@/lib/commitment/merge";

export type FailureStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415;

export abstract class AppError extends Error {
  abstract readonly status: FailureStatus;
  readonly errors?: Record<string, string[]>;
  constructor(message: string, errors?: Record<string, string[]>) {
    super(message);
    this.name = new.target.name;
    this.errors = errors;
  }
}

const INVALID = "Niet alles is goed ingevuld; zie de meldingen bij de velden.";

export class InvalidInput extends AppError {
  readonly status = 400;
  constructor(errors: Record<string, string[]>, message = INVALID) {
    super(message, errors);
  }
}

export class NotSignedIn extends AppError {
  readonly status = 401;
}

export class Forbidden extends AppError {
  readonly status = 403;
}

export class NotFound extends AppError {
  readonly status = 404;
}

export class TooLarge extends AppError {
  readonly status = 413;
}

export class UnsupportedMediaType extends AppError {
  readonly status = 415;
}

export const CONFLICT_MESSAGE = "Iemand anders heeft deze toezegging gewijzigd nadat u begon. Er is nog niets opgeslagen; hieronder staat wat er veranderd is.";

/** Someone else saved first. `current` is the commitment as it is now; `merge` what a re-save would keep. */
export class Conflict extends AppError {
  readonly status = 409;
  current: CommitmentView | null = null;
  constructor(
    message = CONFLICT_MESSAGE,
    readonly merge: MergeNotice | null = null,
    errors?: Record<string, string[]>,
  ) {
    super(message, errors);
  }
}

export const missingCommitment = (number: string) => new NotFound(`Toezegging ${number} bestaat niet.`);

/** What an edge answers with: a failure in plain values. */
export interface Failure {
  ok: false;
  status: FailureStatus;
  message: string;
  errors?: Record<string, string[]>;
  current?: CommitmentView | null;
  merge?: MergeNotice | null;
}

export function failureOf(error: AppError): Failure {
  const failure: Failure = { ok: false, status: error.status, message: error.message };
  if (error.errors) failure.errors = error.errors;
  if (error instanceof Conflict) {
    failure.current = error.current;
    failure.merge = error.merge;
  }
  return failure;
}

export type Settled<T> = { ok: true; value: T } | Failure;

/** A use case's outcome as a value: for callers that report rather than answer (tests, the command line). */
export async function settle<T>(work: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    if (error instanceof AppError) return failureOf(error);
    throw error;
  }
}
