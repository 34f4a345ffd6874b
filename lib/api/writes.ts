import "server-only";
import { bearerToken } from "@/lib/auth/api-token";
import type { CurrentUser } from "@/lib/auth/current-user";
import { userForApiToken } from "@/lib/data/api-tokens";
import { AppError, failureOf, type Failure } from "@/lib/data/errors";
import type { MutationResult } from "@/lib/data/mutation-result";
import { internalError, json, problem } from "./responses";

/** The user behind the request's bearer token; null without a (valid) token — the data layer answers 401 then. */
export async function apiUser(request: Request): Promise<CurrentUser | null> {
  const token = bearerToken(request);
  return token ? userForApiToken(token) : null;
}

export async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    return { ok: false, response: problem(415, "Verkeerd formaat", "Stuur de gegevens als JSON (Content-Type: application/json).") };
  }
  try {
    const body: unknown = await request.json();
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      return { ok: false, response: problem(400, "Ongeldige invoer", "De body moet een JSON-object zijn.") };
    }
    return { ok: true, body };
  } catch {
    return { ok: false, response: problem(400, "Ongeldige invoer", "De body is geen geldige JSON.") };
  }
}

const TITLES: Record<number, string> = {
  400: "Ongeldige invoer",
  401: "Niet ingelogd",
  403: "Geen toestemming",
  404: "Niet gevonden",
  409: "Conflict",
  413: "Te groot",
  415: "Verkeerd formaat",
};

/** The one error map of the API: a failure as problem details (RFC 9457), with the current commitment on a 409. */
export function failureResponse(failure: Failure | Extract<MutationResult, { ok: false }>): Response {
  const extra: Record<string, unknown> = {};
  if (failure.errors) extra.errors = failure.errors;
  if (failure.status === 409) extra.current = failure.current ?? null;
  const response = problem(failure.status, TITLES[failure.status] ?? "Fout", failure.message, extra);
  if (failure.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="toezeggingenregister"');
  return response;
}

/** A change's outcome as an HTTP answer. */
export function writeResponse(outcome: { number: string; unchanged?: boolean }, okStatus: 200 | 201, location?: (number: string) => string): Response {
  const headers = location ? { Location: location(outcome.number) } : undefined;
  return json({ number: outcome.number, unchanged: outcome.unchanged ?? false }, { status: okStatus, headers });
}

/** A result-returning function's answer (user admin, tokens, imports), for the routes that call one. */
export function mutationResponse(result: MutationResult, okStatus: 200 | 201, location?: (number: string) => string): Response {
  return result.ok ? writeResponse({ number: result.value.number, unchanged: result.unchanged }, okStatus, location) : failureResponse(result);
}

/** Runs a write route: typed failures answered through the one map, anything else logged and answered 500. */
export async function runWrite(context: string, fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof AppError) return failureResponse(failureOf(error));
    return internalError(error, context);
  }
}
