import type { CommitmentStatus } from "./status";

export const STATUS_LABELS: Record<CommitmentStatus, string> = {
  open: "Open",
  partially_fulfilled: "Deels nagekomen",
  fulfilled: "Nagekomen",
  lapsed: "Vervallen",
  withdrawn: "Ingetrokken",
};

export const PRECISION_LABELS = {
  day: "dag",
  week: "week",
  month: "maand",
  quarter: "kwartaal",
  season: "seizoen",
  "half-year": "halfjaar",
  year: "jaar",
  open: "open termijn",
} as const;

/** Names of a commitment's fields in the history and the changes feed. */
export const FIELD_LABELS: Record<string, string> = {
  title: "titel",
  text: "tekst",
  status: "status",
  deadlinePhrase: "termijn",
  deadlineEarliest: "vroegste datum",
  deadlineLatest: "uiterste datum",
  deadlinePrecision: "precisie",
  madeOn: "gedaan op",
  activity: "activiteit",
  minister: "bewindspersoon",
  ministry: "ministerie",
  committee: "commissie",
  addressee: "gedaan aan",
  references: "Kamerstukken",
  fulfilledBy: "nagekomen met",
  note: "voortgang",
};
