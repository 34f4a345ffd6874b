// One Toezegging record of the Tweede Kamer's open data → a commitment for the register, with a problem for
// every field that cannot be used. Statuses map by a fixed table; anything else is reported, never guessed.
import type { ReferenceRole } from "@/lib/commitment/references";
import { tryResolveDeadline, type ResolvedDeadline } from "@/lib/deadline";
import type { CommitmentStatus } from "@/lib/commitment/status";
import { createCommitmentSchema } from "@/lib/validation/commitment";
import { ministryFromFunction, resolveMinistry, type MinistryRef } from "./ministry";
import type { PlannedReference } from "./plan";
import type { ImportProblem } from "./report";
import { deadlinePhraseFor, tkActivity, tkCitation, tkDate, tkFields, tkMinisterName, tkText, titleFromText } from "./tk-fields";

/** The Tweede Kamer's statuses and what they mean in the register. */
export const TK_STATUS_MAPPING: ReadonlyArray<{ tk: string; status: CommitmentStatus }> = [
  { tk: "Openstaand", status: "open" },
  { tk: "Voldaan", status: "fulfilled" },
  { tk: "Afgedaan", status: "fulfilled" },
  { tk: "Deels voldaan", status: "partially_fulfilled" },
  { tk: "Deels afgedaan", status: "partially_fulfilled" },
  { tk: "Vervallen", status: "lapsed" },
];

export function mapTkStatus(value: string): CommitmentStatus | null {
  const wanted = value.trim().replace(/\s+/g, " ").toLowerCase();
  return TK_STATUS_MAPPING.find((m) => m.tk.toLowerCase() === wanted)?.status ?? null;
}

export interface TkCommitment {
  tkNummer: string;
  /** the status as the Tweede Kamer writes it, for reasons and messages */
  tkStatus: string;
  title: string;
  text: string;
  status: CommitmentStatus;
  deadline: ResolvedDeadline | null;
  madeOn: string;
  activity: string;
  ministerName: string;
  ministerFunction: string;
  ministry: string;
  /** KamerbriefNakoming: the fulfilling letter (role fulfilment when (partly) fulfilled, else related) */
  reference: PlannedReference | null;
  /** GewijzigdOp: when the Kamer last changed it, the best date of fulfilment there is when the letter's is unknown */
  changedOn: string | null;
}

export type TkMapped =
  | { kind: "deleted"; row: number; tkNummer: string | null; problems: ImportProblem[] }
  | { kind: "invalid"; row: number; tkNummer: string | null; problems: ImportProblem[] }
  | { kind: "ok"; row: number; tkNummer: string; commitment: TkCommitment; warnings: ImportProblem[] };

const SCHEMA_FIELDS: Record<string, string> = {
  title: "Tekst",
  text: "Tekst",
  madeOn: "Aanmaakdatum",
  activity: "Activiteit",
  ministerName: "Naam",
  ministerFunction: "Functie",
  ministry: "Ministerie",
};

export function mapTkRecord(row: number, raw: unknown, ministries: readonly MinistryRef[]): TkMapped {
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const fail = (column: string | null, message: string) => problems.push({ row, column, message, severity: "fout" });
  const warn = (column: string | null, message: string) => warnings.push({ row, column, message, severity: "let op" });
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    fail(null, "Dit element is geen toezegging (geen object met velden).");
    return { kind: "invalid", row, tkNummer: null, problems };
  }
  const fields = tkFields(raw as Record<string, unknown>);
  const tkNummer = tkText(fields, "Nummer");
  if (fields("Verwijderd") === true) {
    return {
      kind: "deleted",
      row,
      tkNummer,
      problems: [{ row, column: "Verwijderd", message: "Verwijderd bij de Tweede Kamer; overgeslagen.", severity: "let op" }],
    };
  }
  if (!tkNummer) fail("Nummer", "Het nummer van de toezegging ontbreekt; zonder nummer kan een volgende import haar niet herkennen.");

  const tkStatus = tkText(fields, "Status") ?? "";
  const status = mapTkStatus(tkStatus);
  if (!status) {
    fail(
      "Status",
      `${tkStatus ? `Onbekende status "${tkStatus}"` : "De status ontbreekt"}; bekend zijn ${TK_STATUS_MAPPING.map((m) => m.tk).join(", ")}. Deze toezegging wordt niet geïmporteerd.`,
    );
  }

  const madeOnRaw = tkText(fields, "Aanmaakdatum");
  const madeOn = madeOnRaw ? tkDate(madeOnRaw) : null;
  if (!madeOn) fail("Aanmaakdatum", madeOnRaw ? `"${madeOnRaw}" is geen datum.` : "De aanmaakdatum ontbreekt; die bepaalt het jaar van het toezeggingsnummer.");

  let deadline: ResolvedDeadline | null = null;
  const dueRaw = tkText(fields, "DatumNakoming");
  if (dueRaw) {
    const due = tkDate(dueRaw);
    if (due === undefined) fail("DatumNakoming", `"${dueRaw}" is geen datum.`);
    else if (due) {
      const resolved = tryResolveDeadline(deadlinePhraseFor(due), madeOn || due);
      if (resolved.ok) deadline = resolved.deadline;
      else fail("DatumNakoming", resolved.error.message);
    }
  }

  const ministerFunction = tkText(fields, "Functie") ?? "";
  const ministryName = tkText(fields, "Ministerie");
  const ministry = ministryName ? resolveMinistry(ministryName, ministries) : ministryFromFunction(ministerFunction, ministries);
  if (!ministry) {
    fail("Ministerie", ministryName ? `Onbekend ministerie "${ministryName}".` : "Het ministerie ontbreekt (en volgt niet uit de functie).");
  }

  let reference: PlannedReference | null = null;
  const letter = tkText(fields, "KamerbriefNakoming");
  if (letter) {
    const citation = tkCitation(letter);
    const role: ReferenceRole = status === "fulfilled" || status === "partially_fulfilled" ? "fulfilment" : "related";
    if (citation) reference = { citation, role };
    else warn("KamerbriefNakoming", `"${letter}" is geen herkenbaar Kamerstuk; de toezegging wordt zonder deze verwijzing geïmporteerd.`);
  } else if (status === "fulfilled") {
    warn("KamerbriefNakoming", "Voldaan, maar zonder kamerbrief: er wordt geen Kamerstuk als nakoming gekoppeld.");
  }

  const text = tkText(fields, "Tekst") ?? "";
  const candidate = {
    title: titleFromText(text),
    text,
    madeOn: madeOn || "2000-01-01",
    activity: tkActivity(fields, tkNummer ?? "?"),
    ministerName: tkMinisterName(fields) ?? "",
    ministerFunction,
    ministry: ministry?.code ?? "?",
  };
  // The same rules as a commitment typed in the form (lengths, no NUL characters).
  const parsed = createCommitmentSchema.safeParse({ ...candidate, committee: null, addressee: null, deadlinePhrase: null, references: [] });
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (field === "title" && seen.has("text")) continue; // a too short text makes a too short title: say it once
      seen.add(field);
      fail(SCHEMA_FIELDS[field] ?? field, field === "title" ? `De titel (uit de tekst afgeleid): ${issue.message}` : issue.message);
    }
  }
  if (problems.length || !status || !tkNummer || !parsed.success) return { kind: "invalid", row, tkNummer, problems: [...problems, ...warnings] };

  const changedRaw = tkText(fields, "GewijzigdOp");
  const { title, text: cleanText, madeOn: madeOnIso, activity, ministerName, ministerFunction: fn, ministry: code } = parsed.data;
  return {
    kind: "ok",
    row,
    tkNummer,
    commitment: {
      tkNummer,
      tkStatus,
      title,
      text: cleanText,
      madeOn: madeOnIso,
      activity,
      ministerName,
      ministerFunction: fn,
      ministry: code,
      status,
      deadline,
      reference,
      changedOn: changedRaw ? (tkDate(changedRaw) ?? null) : null,
    },
    warnings,
  };
}
