/**
 * Tables of ongoing work ("Onderwerp | Onderzoekende partij | Voltooiing") come out of a PDF as one paragraph
 * per cell. After a header whose last column is a completion date, cells are gathered into rows, each ending at
 * the cell that names the completion ("Najaar 2021", "Na de zomer", "Nog nader te bepalen", "Juli 2020").
 */
import { isPeriodPhrase } from "./deadline-spans";
import type { BodyParagraph } from "./normalize";

export interface LaidOutParagraph extends BodyParagraph {
  kind: "prose" | "table-row";
  /** Table rows: the cells, the last being the completion. */
  cells?: string[];
}

const HEADER =
  /\b(?:voltooiing|voltooid|planning|gereed|afronding|oplevering|streefdatum|(?:verwachte )?(?:afronding|oplevering|publicatie|einddatum)|termijn|verwacht)$/i;
const STATUS = /^(?:afgerond|gereed|voltooid|onbekend|nog niet bekend|nnb|n\.n\.b\.|ntb|n\.t\.b\.)$/i;
const MAX_CELLS_PER_ROW = 6;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The completion at the end of a cell: the longest closing run of words that is a period or a status. */
export function completionSuffix(text: string): string | null {
  const w = words(text);
  for (let k = Math.min(6, w.length); k >= 1; k--) {
    const suffix = w.slice(w.length - k).join(" ");
    if (STATUS.test(suffix) || isPeriodPhrase(suffix)) return suffix;
  }
  return null;
}

function isProse(p: BodyParagraph): boolean {
  return /[.!?]$/.test(p.text) && words(p.text).length >= 12;
}

function isHeader(p: BodyParagraph): boolean {
  return words(p.text).length <= 8 && HEADER.test(p.text);
}

function toRow(cells: BodyParagraph[]): LaidOutParagraph {
  let text = "";
  const markers: BodyParagraph["markers"] = [];
  for (const cell of cells) {
    const base = text === "" ? 0 : text.length + 1;
    text = text === "" ? cell.text : `${text} ${cell.text}`;
    markers.push(...cell.markers.map((m) => ({ ...m, offset: m.offset + base })));
  }
  const last = cells[cells.length - 1]?.text ?? "";
  const completion = completionSuffix(last) ?? "";
  const rest = last.slice(0, last.length - completion.length).trim();
  const names = [...cells.slice(0, -1).map((c) => c.text), rest].filter((c) => c !== "");
  return { text, markers, kind: "table-row", cells: [...names, completion] };
}

export function groupTableRows(paragraphs: BodyParagraph[]): LaidOutParagraph[] {
  const out: LaidOutParagraph[] = [];
  let inTable = false;
  let pending: BodyParagraph[] = [];
  const flush = () => {
    out.push(...pending.map((p) => ({ ...p, kind: "prose" as const })));
    pending = [];
  };
  for (const p of paragraphs) {
    if (!inTable) {
      out.push({ ...p, kind: "prose" });
      inTable = isHeader(p);
      continue;
    }
    if (isProse(p) || pending.length >= MAX_CELLS_PER_ROW) {
      flush();
      inTable = false;
      out.push({ ...p, kind: "prose" });
      inTable = isHeader(p);
      continue;
    }
    pending.push(p);
    if (completionSuffix(p.text) !== null) {
      out.push(toRow(pending));
      pending = [];
    }
  }
  flush();
  return out;
}
