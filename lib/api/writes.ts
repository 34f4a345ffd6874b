import "server-only";
import { bearerToken } from "@/lib/auth/api-token";
import type { CurrentUser } from "@/lib/auth/current-user";
import { userForApiToken } from "@/lib/data/api-tokens";
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

const TITLES = { 400: "Ongeldige invoer", 401: "Niet ingelogd", 403: "Geen toestemming", 404: "Niet gevonden", 409: "Conflict" } as const;

/** A mutation's result as an HTTP answer. */
export function mutationResponse(result: MutationResult, okStatus: 200 | 201, location?: (number: string) => string): Response {
  if (result.ok) {
    const headers = location ? { Location: location(result.value.number) } : undefined;
    return json({ number: result.value.number, unchanged: result.unchanged ?? false }, { status: okStatus, headers });
  }
  const extra: Record<string, unknown> = {};
  if (result.errors) extra.errors = result.errors;
  if (result.status === 409) extra.current = result.current ?? null;
  const response = problem(result.status, TITLES[result.status], result.message, extra);
  if (result.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="toezeggingenregister"');
  return response;
}

export async function runWrite(context: string, fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    return internalError(error, context);
  }
}
