// JSON responses of the API. Errors are problem details (RFC 9457) that name what is wrong.
export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, {
    ...init,
    headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*", ...init.headers },
  });
}

export function problem(status: number, title: string, detail: string, extra: Record<string, unknown> = {}): Response {
  return Response.json(
    { type: "about:blank", title, status, detail, ...extra },
    { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
  );
}

export function badRequest(errors: Record<string, string[]>): Response {
  const detail = Object.entries(errors)
    .map(([param, messages]) => `${param}: ${messages.join("; ")}`)
    .join(". ");
  return problem(400, "Ongeldige parameter", detail, { errors });
}

export function notFound(detail: string): Response {
  return problem(404, "Niet gevonden", detail);
}

/** Unexpected failures: logged with context, answered without internals. */
export function internalError(error: unknown, context: string): Response {
  console.error(`[api] ${context}:`, error);
  return problem(500, "Interne fout", "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
}
