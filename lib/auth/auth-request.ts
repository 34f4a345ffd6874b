// What next-auth's POST endpoints can read: a form (sign-in, callback, sign-out) or a JSON object (a session
// update). next-auth itself answers anything else with a bare 500 (unparseable JSON) or a 400 saying
// "[object Object]"; refused here first with a message. Pure: app/api/auth/[...nextauth]/route.ts applies it.

export interface AuthPostRefusal {
  status: 400 | 415;
  message: string;
}

export function refusalForAuthPost(contentType: string | null, body: string): AuthPostRefusal | null {
  const type = (contentType ?? "").toLowerCase();
  if (type.includes("application/x-www-form-urlencoded")) return null;
  if (type.includes("application/json")) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) return null;
    } catch {
      // below
    }
    return { status: 400, message: "De inhoud van dit aanmeldverzoek is geen geldig JSON-object." };
  }
  return { status: 415, message: "Aanmelden verwacht een formulier (application/x-www-form-urlencoded)." };
}
