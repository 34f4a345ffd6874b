import "server-only";
// The one wrapper around the work of a server action: a typed failure from lib/data (lib/data/errors.ts) becomes a
// value the form shows; anything unexpected is logged with its context and shown as a generic message, never as
// its internals.
import { AppError, failureOf, type Failure, type Settled } from "@/lib/data/errors";

export type ActionOutcome<T> = Settled<T> | (Omit<Failure, "status"> & { status: 500 });

const UNEXPECTED = "Er ging iets mis bij het opslaan. Er is niets gewijzigd; probeer het opnieuw.";

export async function runAction<T>(context: string, details: Record<string, unknown>, work: () => Promise<T>): Promise<ActionOutcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AppError) return failureOf(error);
    // redirect() and notFound() signal by throwing; they are not failures.
    if (isNextSignal(error)) throw error;
    console.error(`[action] ${context}: unexpected failure`, details, error);
    return { ok: false, status: 500, message: UNEXPECTED };
  }
}

function isNextSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}
