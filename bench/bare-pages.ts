// The baseline for the public pages MPs' staff open: the same rows as the app's pages, as plain HTML, with the best
// SQL for each page and nothing else (no React, no layout, no filter form). The list runs the app's index-backed
// page query and a plain count(*), as a hand-written server would; the detail, document and dossier pages one
// query per block. The app/bare ratio of these rows is what the framework, the layout and our own code cost.
import { buildCommitmentByNumberQuery, buildCommitmentCountQuery, buildCommitmentListQuery } from "@/lib/data/commitment-list-sql";
import { type CommitmentRow, type CommitmentView, toCommitmentView } from "@/lib/data/commitment-view";
import { DEFAULT_LIMIT, parseCommitmentFilters } from "@/lib/validation/commitment-filters";
import type { RunQuery } from "./bare-queries";

export interface BarePage {
  status: number;
  html: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (value: unknown) => String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function document(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main>${body}</main></body></html>`;
}

function rowsTable(items: CommitmentView[]): string {
  const rows = items
    .map(
      (c) =>
        `<tr><td><a href="/toezeggingen/${esc(c.number)}">${esc(c.number)}</a></td><td>${esc(c.title)}</td><td>${esc(c.minister.name)}</td><td>${esc(
          c.ministry.code,
        )}</td><td>${esc(c.status)}</td><td>${esc(c.deadline?.phrase)} ${esc(c.deadline?.latest)}</td></tr>`,
    )
    .join("");
  return `<table><thead><tr><th>Nummer</th><th>Titel</th><th>Bewindspersoon</th><th>Ministerie</th><th>Status</th><th>Termijn</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const notFound = (what: string): BarePage => ({ status: 404, html: document("Niet gevonden", `<h1>${esc(what)} niet gevonden</h1>`) });

/** /toezeggingen?…: one page of rows by page number, and the total. */
export async function listHtml(run: RunQuery, params: URLSearchParams, today: string): Promise<BarePage> {
  const parsed = parseCommitmentFilters(params);
  if (!parsed.ok) return { status: 200, html: document("Toezeggingen", "<h1>Deze zoekopdracht klopt niet</h1>") };
  const filters = { ...parsed.filters, cursor: undefined, page: parsed.filters.page ?? 1, limit: parsed.filters.limit ?? DEFAULT_LIMIT };
  const [rows, [count]] = await Promise.all([
    run<CommitmentRow>(buildCommitmentListQuery(filters, today, { limit: filters.limit, offset: (filters.page - 1) * filters.limit })),
    run<{ total: number }>(buildCommitmentCountQuery(filters, today)),
  ]);
  const items = rows.slice(0, filters.limit).map((r) => toCommitmentView(r, today));
  const total = count?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / filters.limit));
  return {
    status: 200,
    html: document(
      "Toezeggingen",
      `<h1>Toezeggingen</h1><p>${total.toLocaleString("nl-NL")} toezeggingen gevonden</p>${rowsTable(items)}<p>Pagina ${filters.page} van ${pages}</p>`,
    ),
  };
}

/** /toezeggingen/TZ-…: the commitment with its Kamerstukken. */
export async function detailHtml(run: RunQuery, number: string, today: string): Promise<BarePage> {
  const [row] = await run<CommitmentRow>(buildCommitmentByNumberQuery(number));
  if (!row) return notFound(`Toezegging ${number}`);
  const c = toCommitmentView(row, today);
  const refs = c.references.map((r) => `<li><a href="/documenten/${esc(r.id)}">${esc(r.label)}</a> (${esc(r.role)})</li>`).join("");
  return {
    status: 200,
    html: document(
      c.title,
      `<h1>${esc(c.title)}</h1><p>${esc(c.number)} · ${esc(c.status)} · ${esc(c.ministry.name)} · ${esc(c.minister.name)}</p><blockquote>${esc(
        c.text,
      )}</blockquote><p>${esc(c.deadline?.phrase)} ${esc(c.deadline?.earliest)} – ${esc(c.deadline?.latest)}</p><ul>${refs}</ul>`,
    ),
  };
}

const CITING = `SELECT c.number, c.title, c.status, m.name AS minister_name, mi.code AS ministry_code, r.role
FROM commitment_reference r JOIN commitment c ON c.id = r.commitment_id JOIN minister m ON m.id = c.minister_id JOIN ministry mi ON mi.id = c.ministry_id
WHERE r.document_id = $1 ORDER BY c.number`;

/** /documenten/<id>: the document and every commitment citing it, with its role. */
export async function documentHtml(run: RunQuery, id: string): Promise<BarePage> {
  const [[doc], citing] = await Promise.all([
    run<{ id: string; label: string; title: string | null; date: string | null }>({
      text: "SELECT id, label, title, to_char(date, 'YYYY-MM-DD') AS date FROM document WHERE id = $1",
      values: [id],
    }),
    run<{ number: string; title: string; status: string; minister_name: string; ministry_code: string; role: string }>({ text: CITING, values: [id] }),
  ]);
  if (!doc) return notFound(`Document ${id}`);
  const rows = citing
    .map(
      (c) =>
        `<tr><td>${esc(c.number)}</td><td>${esc(c.title)}</td><td>${esc(c.minister_name)}</td><td>${esc(c.ministry_code)}</td><td>${esc(c.status)}</td><td>${esc(c.role)}</td></tr>`,
    )
    .join("");
  return { status: 200, html: document(doc.label, `<h1>${esc(doc.label)}</h1><p>${esc(doc.title)} ${esc(doc.date)}</p><table><tbody>${rows}</tbody></table>`) };
}

/** As the dossier page shows them: the 25 open commitments with the earliest deadline, the newest 100 documents. */
const DOSSIER_OPEN_SHOWN = 25;
const DOSSIER_DOCUMENTS_SHOWN = 100;

/** /dossiers/<key>: its open commitments with the earliest deadline, its counts and its newest documents. */
export async function dossierHtml(run: RunQuery, key: string, today: string): Promise<BarePage> {
  const match = /^(\d{4,6})(?:-([A-Za-z0-9]+))?$/.exec(key);
  if (!match) return notFound(`Dossier ${key}`);
  const [dossier] = await run<{ id: number; title: string | null }>({
    text: "SELECT id, title FROM dossier WHERE nummer = $1 AND toevoeging = $2",
    values: [match[1], match[2] ?? ""],
  });
  if (!dossier) return notFound(`Dossier ${key}`);
  const open = { dossier: [key], status: ["open", "partially_fulfilled"] as const, sort: "deadline" as const, limit: DOSSIER_OPEN_SHOWN };
  const [rows, [openCount], [allCount], documents, [documentCount]] = await Promise.all([
    run<CommitmentRow>(buildCommitmentListQuery({ ...open, status: [...open.status] }, today, { limit: DOSSIER_OPEN_SHOWN })),
    run<{ total: number }>(buildCommitmentCountQuery({ ...open, status: [...open.status] }, today)),
    run<{ total: number }>(buildCommitmentCountQuery({ dossier: [key] }, today)),
    run<{ id: string; label: string; title: string | null; date: string | null }>({
      text: `SELECT d.id, d.label, d.title, to_char(d.date, 'YYYY-MM-DD') AS date FROM document_dossier dd JOIN document d ON d.id = dd.document_id
WHERE dd.dossier_id = $1 ORDER BY d.date DESC NULLS LAST, d.id LIMIT ${DOSSIER_DOCUMENTS_SHOWN}`,
      values: [dossier.id],
    }),
    run<{ total: number }>({ text: "SELECT count(*)::int AS total FROM document_dossier WHERE dossier_id = $1", values: [dossier.id] }),
  ]);
  const items = rows.slice(0, DOSSIER_OPEN_SHOWN).map((r) => toCommitmentView(r, today));
  const docs = documents.map((d) => `<li><a href="/documenten/${esc(d.id)}">${esc(d.label)}</a> ${esc(d.title)} ${esc(d.date)}</li>`).join("");
  return {
    status: 200,
    html: document(
      `Dossier ${key}`,
      `<h1>Dossier ${esc(key)} ${esc(dossier.title)}</h1><p>${allCount?.total ?? 0} toezeggingen in dit dossier, waarvan ${openCount?.total ?? 0} openstaand.</p>${rowsTable(
        items,
      )}<h2>Kamerstukken (${documentCount?.total ?? 0})</h2><ul>${docs}</ul>`,
    ),
  };
}
