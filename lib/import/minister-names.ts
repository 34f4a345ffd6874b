// A minister as an import file names them → the spelling the register already has for that person
// (lib/commitment/minister-identity.ts), so "Grapperhaus" beside "F.B.J. Grapperhaus" is one minister. A name that
// could be several becomes a problem naming them: the import asks, it never creates a near-duplicate.
import { ambiguousMinisterMessage, matchMinister, type KnownMinister } from "@/lib/commitment/minister-identity";
import { resolveMinistry, type MinistryRef } from "./ministry";
import type { ImportProblem } from "./report";

export interface MinisterInFile {
  name: string;
  function: string;
  /** code or name, as the file has it */
  ministry: string;
}

export function settleMinisterName(
  known: readonly KnownMinister[],
  ministries: readonly (MinistryRef & { id: number })[],
  input: MinisterInFile,
  row: number,
  column: string,
): { name: string; problem: ImportProblem | null } {
  const ministry = resolveMinistry(input.ministry, ministries) as (MinistryRef & { id: number }) | null;
  if (!ministry || !input.name.trim()) return { name: input.name, problem: null };
  const match = matchMinister(known, input.name, input.function, ministry.id);
  if (match.kind === "same-person") {
    const message = `"${input.name}" is in het register "${match.minister.name}"; die bewindspersoon wordt gebruikt.`;
    return { name: match.minister.name, problem: { row, column, message, severity: "let op" } };
  }
  if (match.kind === "ambiguous")
    return { name: input.name, problem: { row, column, message: ambiguousMinisterMessage(input.name, match.candidates), severity: "fout" } };
  return { name: input.name, problem: null };
}
