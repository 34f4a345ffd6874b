// The export links keep the list's filters (but not its paging) and say what they do.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExportLinks } from "@/components/commitments/export-links";
import type { CommitmentFilters } from "@/lib/validation/commitment-filters";

function links(filters: CommitmentFilters, origin = "https://toezeggingen.example.nl") {
  const html = renderToStaticMarkup(createElement(ExportLinks, { filters, origin }));
  return [...html.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, text]) => ({
    href: /href="([^"]*)"/.exec(attributes!)![1]!.replace(/&amp;/g, "&"),
    label: /aria-label="([^"]*)"/.exec(attributes!)![1]!,
    text: text!.trim(),
  }));
}

describe("ExportLinks", () => {
  it("links every format with the current filters and without paging", () => {
    const result = links({ status: ["open", "overdue"], ministry: ["JenV"], q: "wijkagent", sort: "-made", page: 3, limit: 50 });
    const query = "status=open%2Coverdue&ministry=JenV&q=wijkagent&sort=-made";
    expect(result.map((l) => l.href)).toEqual([
      `/api/v1/commitments.csv?${query}`,
      `/api/v1/commitments.xlsx?${query}`,
      `/api/v1/commitments.ics?${query}`,
      `webcal://toezeggingen.example.nl/api/v1/commitments.ics?${query}`,
      `/api/v1/changes.atom?${query}`,
    ]);
  });

  it("has no query string without filters, and keeps the port of a local origin", () => {
    const result = links({}, "http://localhost:3000");
    expect(result[0]!.href).toBe("/api/v1/commitments.csv");
    expect(result[3]!.href).toBe("webcal://localhost:3000/api/v1/commitments.ics");
  });

  it("gives each link an accessible name that says what it does and contains its visible text", () => {
    const result = links({});
    expect(result.map((l) => l.label)).toEqual([
      "Download als CSV (Excel)",
      "Download als Excel-bestand (.xlsx)",
      "Agenda (iCal) met de termijnen downloaden",
      "Abonneren op de agenda met de termijnen (webcal, bijvoorbeeld in Outlook)",
      "Atom-feed van wijzigingen in deze toezeggingen volgen",
    ]);
    for (const link of result) expect(link.label.toLowerCase()).toContain(link.text.toLowerCase());
  });
});
