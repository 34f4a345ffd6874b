import type { CommitmentStatus } from "@/lib/validation/commitment-filters";

export const STATUS_LABELS: Record<CommitmentStatus, string> = {
  open: "Open",
  partially_fulfilled: "Deels nagekomen",
  fulfilled: "Nagekomen",
  lapsed: "Vervallen",
  withdrawn: "Ingetrokken",
};

export const REFERENCE_ROLE_LABELS = {
  source: "Bron",
  fulfilment: "Nakoming",
  related: "Aangehaald",
} as const;

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
