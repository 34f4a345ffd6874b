// What the review screen shows of an analysed letter: plain data, built on the server and handed to the client
// components (nothing here reaches the database).
import type { CommitmentStatus } from "@/lib/commitment/status";
import type { CandidateKind } from "@/lib/extraction";
import type { HighlightedContext } from "./highlight";
import type { SharedReferenceRole } from "./similarity";

export interface ReviewProposal {
  number: string;
  title: string;
  status: CommitmentStatus;
  ministryCode: string;
  /** the version the reviewer saw; saving refuses when it has changed since */
  version: number;
  /** overall score, text score (0–1) */
  score: number;
  textScore: number;
  sharedReferences: Array<{ id: string; label: string; role: SharedReferenceRole }>;
  /** null when this user may fulfil it, else why not */
  refusal: string | null;
}

export interface ReviewCandidate {
  index: number;
  kind: CandidateKind;
  /** the words that made the extraction pick the sentence ("zal ik", "heb ik toegezegd") */
  cue: string;
  /** what it is about, beside the verbatim text: "Onder ‘Geweld door politieambtenaren’ · ‘de analyse’: een analyse naar …" ("" when nothing to add) */
  subject: string;
  title: string;
  text: string;
  deadlinePhrase: string;
  /** the Kamerstukken the sentence cites, as citations ("Kamerstuk 29 628, nr. 985") */
  references: string[];
  context: HighlightedContext;
  /** fulfilled candidates: outstanding commitments it may fulfil; postponed: those whose deadline it may re-set; best first */
  proposals: ReviewProposal[];
  /** postponed candidates: the letter's sentence saying it comes later ("… niet binnen de gebruikelijke termijn …") */
  postponementReason: string;
  /** new candidates: the commitment already in the register that says the same, made in this letter */
  duplicateOf: { number: string; title: string } | null;
}

export interface LetterReview {
  letter: {
    /** citation of the letter itself, prefilled from its footer ("" when not found) */
    citation: string;
    date: string;
    title: string;
    ministerName: string;
    ministerFunction: string;
    /** the ministry new commitments default to */
    ministry: string;
  };
  /** dossiers the letter names without a document number: the register's dossier page when it knows it, else officielebekendmakingen's */
  dossiers: Array<{ key: string; label: string; href: string; inRegister: boolean }>;
  /** when the register already knows this letter: how many commitments cite it (a second import would duplicate) */
  alreadyCitedBy: number;
  candidates: ReviewCandidate[];
}

export type AnalyseResult = { ok: true; review: LetterReview } | { ok: false; message: string; errors?: Record<string, string[]> };

export type SaveResult = { ok: false; status: number; message: string; errors?: Record<string, string[]> };
