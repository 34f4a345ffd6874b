// Fixtures for the export and feed tests: commitments whose text tests what a file format can break (Dutch
// diacritics, typographic apostrophes, quotes, commas, line breaks, a leading "="), a coordinator, and helpers to
// call a route handler as the app would.
import type { CurrentUser } from "@/lib/auth/current-user";
import { createUser } from "@/lib/data/user-admin";
import { getActiveUser } from "@/lib/data/users";
import { db } from "@/lib/db";

export const ORIGIN = "http://localhost:3000";

export const DUTCH_TITLE = "Coördinatie van de heroriëntatie op de politie in ’s-Hertogenbosch";
export const DUTCH_TEXT =
  'Ik zal uw Kamer in maart 2023 informeren over de coördinatie, de "heroriëntatie" en de aanpak;\nook over wat de burgemeester van ’s-Hertogenbosch daarover zei.';
export const FORMULA_TITLE = "=SOM(A1:A9) is geen formule";

/** Adds two JenV commitments: TZ-2023-0001 (Dutch text, "in maart 2023", exactly 31 days) and TZ-2023-0002 (a leading "=", open deadline). */
export async function addTrickyCommitments(): Promise<{ dutch: string; formula: string }> {
  const { recordNewCommitment } = await import("@/lib/data/commitment-writes");
  const { resolveDeadline } = await import("@/lib/deadline");
  const { parseDocumentId } = await import("@/lib/kamerstuk");
  const actor = { id: null, name: "Test", ministry: null };
  return db().$transaction(async (tx) => {
    const minister = await tx.minister.findFirstOrThrow({ where: { name: "F.B.J. Grapperhaus" } });
    const base = {
      status: "open" as const,
      madeOn: "2022-11-01",
      activity: "Commissiedebat politie, 1 november 2022",
      ministerName: minister.name,
      ministerFunction: minister.function,
      ministry: "JenV",
      committee: "Vaste commissie voor Justitie en Veiligheid",
      addressee: "het lid Michon-Derkzen (VVD)",
      references: [
        { citation: parseDocumentId("kst-29628-1030"), role: "source" as const },
        { citation: parseDocumentId("kst-29628-997"), role: "related" as const },
      ],
      note: null,
      fulfilledOnHint: null,
      tkNummer: null,
    };
    const ctx = { actor, today: "2022-11-01" };
    const { number: dutch } = await recordNewCommitment(
      tx,
      { ...base, title: DUTCH_TITLE, text: DUTCH_TEXT, deadline: resolveDeadline("in maart 2023", "2022-11-01") },
      { ...ctx, today: "2023-01-01" },
    );
    const { number: formula } = await recordNewCommitment(
      tx,
      { ...base, title: FORMULA_TITLE, text: "-1 is ook geen formule.", deadline: resolveDeadline("te zijner tijd", "2022-11-01") },
      { ...ctx, today: "2023-01-01" },
    );
    return { dutch, formula };
  });
}

let counter = 0;

/** A coordinator (may change any ministry's commitments), created as `npm run user:create` would. */
export async function makeCoordinator(name: string): Promise<CurrentUser> {
  counter += 1;
  const result = await createUser("system", { email: `coordinator-${counter}-${process.pid}@example.nl`, name, role: "coordinator", ministry: null });
  if (!result.ok) throw new Error(`createUser failed: ${result.message}`);
  const user = await getActiveUser(result.value.id);
  if (!user) throw new Error("the new coordinator is not active");
  return user;
}

export const get = (handler: (request: Request) => Promise<Response>, pathAndQuery: string) => handler(new Request(`${ORIGIN}${pathAndQuery}`));

export async function version(number: string): Promise<number> {
  return (await db().commitment.findUniqueOrThrow({ where: { number }, select: { version: true } })).version;
}
