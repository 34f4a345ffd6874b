// How well the extractor reads a labelled letter (beside similarity.ts, whose containment decides what counts as a
// labelled quote). A label (tests/fixtures/letters/labels.json) gives the letter's
// id and date, per kind a [min, max] count and the quotes that must be found, the documents it cites and a window
// for each new commitment's latest deadline. Pure: scripts/eval-extraction.ts runs it over a folder and prints it.
import { containment } from "./similarity";
import type { Extraction } from "@/lib/extraction/types";

export type LabelledKind = "new" | "fulfilled" | "postponed";
export const LABELLED_KINDS: readonly LabelledKind[] = ["new", "fulfilled", "postponed"];

export interface LetterLabel {
  letter: string | null;
  date: string | null;
  minister?: string;
  new: [number, number];
  fulfilled: [number, number];
  /** absent in labels made before postponements were a kind of their own: [0, 0] */
  postponed?: [number, number];
  refs: string[];
  /** [earliest, latest] acceptable for each new commitment's latest deadline, in the order of its quotes. */
  deadlines: Array<[string, string]>;
  /** the same for each postponement's new deadline */
  postponed_deadlines?: Array<[string, string]>;
  commitments: Array<{ kind: LabelledKind; quote: string; deadline_phrase?: string | null }>;
}

export interface KindScore {
  /** quotes found, counted up to the label's minimum (the ones that must be found) */
  found: number;
  required: number;
  /** candidates that are a labelled quote, or fit in the label's room for borderline ones */
  correct: number;
  extracted: number;
}

export interface LetterScore {
  kinds: Record<LabelledKind, KindScore>;
  /** null: the label has none to check */
  idRight: boolean | null;
  dateRight: boolean | null;
  ministerRight: boolean | null;
  refsFound: number;
  refsLabelled: number;
  windowsHit: number;
  windows: number;
  /** the labelled quotes no candidate matched, for the report */
  missed: string[];
  /** candidates that match no quote and do not fit the label's range */
  unexpected: string[];
}

/** The "# source:" and "# note:" lines a corpus file opens with are not part of the letter. */
export function letterText(file: string): string {
  const lines = file.split(/\r?\n/);
  let start = 0;
  while (start < lines.length && /^# (source|note):/.test(lines[start] ?? "")) start++;
  return lines.slice(start).join("\n");
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

/** A candidate is a quote when it covers at least 70% of the quote (candidates may be cut or longer). */
export function matchesQuote(candidate: string, quote: string): boolean {
  return containment(quote, candidate) >= 0.7;
}

/**
 * Which kinds of candidate may stand for a labelled quote. A postponement the register cannot place is offered as a
 * new commitment, so a postponed candidate also counts for a quote labelled new (labels made before postponements
 * were a kind of their own call them new).
 */
const STANDS_FOR: Record<LabelledKind, LabelledKind[]> = { postponed: ["postponed"], fulfilled: ["fulfilled"], new: ["new", "postponed"] };

export function scoreLetter(label: LetterLabel, extraction: Extraction): LetterScore {
  const missed: string[] = [];
  const unexpected: string[] = [];
  const kinds = {} as Record<LabelledKind, KindScore>;
  const matchedCandidate = new Map<string, number>();
  const used = new Map<number, LabelledKind>();
  const range = (kind: LabelledKind): [number, number] => (kind === "postponed" ? (label.postponed ?? [0, 0]) : label[kind]);
  const matched = {} as Record<LabelledKind, number>;
  // Postponements first, so that a postponed candidate goes to its own kind before it may stand for a new one.
  for (const kind of ["postponed", "fulfilled", "new"] as const) {
    matched[kind] = 0;
    for (const q of label.commitments.filter((c) => c.kind === kind)) {
      const hit = extraction.commitments.findIndex((c, i) => !used.has(i) && STANDS_FOR[kind].includes(c.kind) && matchesQuote(c.text, q.quote));
      if (hit >= 0) {
        used.set(hit, kind);
        matchedCandidate.set(q.quote, hit);
        matched[kind]++;
      } else missed.push(`${kind}: ${q.quote}`);
    }
  }
  for (const kind of LABELLED_KINDS) {
    const [min, max] = range(kind);
    const quotes = label.commitments.filter((c) => c.kind === kind).length;
    const unmatched = extraction.commitments.filter((c, i) => c.kind === kind && !used.has(i));
    const room = Math.max(0, max - quotes);
    unexpected.push(...unmatched.slice(room).map((c) => `${kind}: ${c.text}`));
    kinds[kind] = {
      found: Math.min(matched[kind], min),
      required: min,
      correct: matched[kind] + Math.min(unmatched.length, room),
      extracted: matched[kind] + unmatched.length,
    };
  }
  let windowsHit = 0;
  const windowsOf = (kind: LabelledKind, windows: Array<[string, string]>) => {
    const quotes = label.commitments.filter((c) => c.kind === kind);
    windows.forEach(([from, to], n) => {
      const quote = quotes[n];
      const index = quote ? matchedCandidate.get(quote.quote) : undefined;
      const latest = index === undefined ? undefined : extraction.commitments[index]?.deadline?.latest;
      if (latest && latest >= from && latest <= to) windowsHit++;
    });
  };
  windowsOf("new", label.deadlines);
  windowsOf("postponed", label.postponed_deadlines ?? []);
  const cited = new Set(extraction.references.map((r) => r.id));
  const minister = extraction.letter.minister;
  return {
    kinds,
    idRight: label.letter === null ? null : extraction.letter.id === label.letter,
    dateRight: label.date === null ? null : extraction.letter.date === label.date,
    ministerRight: label.minister === undefined ? null : minister != null && words(minister).join(" ").includes(words(label.minister).join(" ")),
    refsFound: label.refs.filter((r) => cited.has(r)).length,
    refsLabelled: label.refs.length,
    windowsHit,
    windows: label.deadlines.length + (label.postponed_deadlines?.length ?? 0),
    missed,
    unexpected,
  };
}

export interface CorpusTotals {
  letters: number;
  kinds: Record<LabelledKind, { recall: number; precision: number } & KindScore>;
  commitments: { recall: number; precision: number };
  id: { right: number; of: number };
  date: { right: number; of: number };
  minister: { right: number; of: number };
  refs: { found: number; of: number };
  windows: { hit: number; of: number };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function corpusTotals(scores: LetterScore[]): CorpusTotals {
  const sum = (f: (s: LetterScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const count = (f: (s: LetterScore) => boolean | null) => ({
    right: scores.filter((s) => f(s) === true).length,
    of: scores.filter((s) => f(s) !== null).length,
  });
  const kinds = {} as CorpusTotals["kinds"];
  for (const kind of LABELLED_KINDS) {
    const k = {
      found: sum((s) => s.kinds[kind].found),
      required: sum((s) => s.kinds[kind].required),
      correct: sum((s) => s.kinds[kind].correct),
      extracted: sum((s) => s.kinds[kind].extracted),
    };
    kinds[kind] = { ...k, recall: ratio(k.found, k.required), precision: ratio(k.correct, k.extracted) };
  }
  const all = LABELLED_KINDS.map((kind) => kinds[kind]);
  return {
    letters: scores.length,
    kinds,
    commitments: {
      recall: ratio(
        all.reduce((n, k) => n + k.found, 0),
        all.reduce((n, k) => n + k.required, 0),
      ),
      precision: ratio(
        all.reduce((n, k) => n + k.correct, 0),
        all.reduce((n, k) => n + k.extracted, 0),
      ),
    },
    id: count((s) => s.idRight),
    date: count((s) => s.dateRight),
    minister: count((s) => s.ministerRight),
    refs: { found: sum((s) => s.refsFound), of: sum((s) => s.refsLabelled) },
    windows: { hit: sum((s) => s.windowsHit), of: sum((s) => s.windows) },
  };
}
