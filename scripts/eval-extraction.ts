/**
 * npm run eval:extraction [-- <map>]
 *
 * Runs the extractor over a folder of labelled letters (default tests/fixtures/letters) and prints per letter and in
 * total: recall and precision per kind, letter id, date and minister right, references found, deadline windows hit.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { LABELLED_KINDS, type KindScore } from "../lib/letter-import/extraction-score";
import { DEFAULT_CORPUS, evaluateCorpus } from "./extraction-corpus";

const dir = path.resolve(process.argv[2] ?? DEFAULT_CORPUS);
if (!existsSync(path.join(dir, "labels.json"))) {
  process.stderr.write(`${dir} heeft geen labels.json.\nGebruik: npm run eval:extraction [-- <map met brieven en labels.json>]\n`);
  process.exit(2);
}
const { letters, totals } = evaluateCorpus(dir);
const pct = (a: number, b: number) => (b === 0 ? "–" : `${Math.round((100 * a) / b)}%`);
const yes = (v: boolean | null) => (v === null ? "–" : v ? "ja" : "NEE");
const kind = (k: KindScore) => `${k.found}/${k.required} ${k.correct}/${k.extracted}`;

const rows = letters.map(({ file, score: s }) => [
  file.replace(/\.txt$/, "").slice(0, 48),
  kind(s.kinds.new),
  kind(s.kinds.fulfilled),
  kind(s.kinds.postponed),
  yes(s.idRight),
  yes(s.dateRight),
  yes(s.ministerRight),
  `${s.refsFound}/${s.refsLabelled}`,
  `${s.windowsHit}/${s.windows}`,
]);
const head = ["brief", "nieuw (gevonden/nodig juist/kandidaten)", "nagekomen", "uitgesteld", "id", "datum", "minister", "verwijzingen", "termijnen"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
console.log(line(head));
for (const r of rows) console.log(line(r));
for (const { file, score } of letters) {
  for (const m of score.missed) console.log(`  gemist   ${file}: ${m.slice(0, 140)}`);
  for (const u of score.unexpected) console.log(`  onterecht ${file}: ${u.slice(0, 140)}`);
}
const t = totals;
console.log(`\nTotaal over ${t.letters} brieven`);
const KIND_NAMES = { new: "nieuw     ", fulfilled: "nagekomen ", postponed: "uitgesteld" } as const;
for (const k of LABELLED_KINDS) {
  const s = t.kinds[k];
  console.log(
    `  ${KIND_NAMES[k]} recall ${pct(s.found, s.required)} (${s.found}/${s.required})  precisie ${pct(s.correct, s.extracted)} (${s.correct}/${s.extracted})`,
  );
}
console.log(`  samen      recall ${Math.round(100 * t.commitments.recall)}%  precisie ${Math.round(100 * t.commitments.precision)}%`);
console.log(`  kenmerk    ${pct(t.id.right, t.id.of)} (${t.id.right}/${t.id.of})`);
console.log(`  datum      ${pct(t.date.right, t.date.of)} (${t.date.right}/${t.date.of})`);
console.log(`  minister   ${pct(t.minister.right, t.minister.of)} (${t.minister.right}/${t.minister.of})`);
console.log(`  verwijzingen ${pct(t.refs.found, t.refs.of)} (${t.refs.found}/${t.refs.of})`);
console.log(`  termijnen  ${pct(t.windows.hit, t.windows.of)} (${t.windows.hit}/${t.windows.of})`);
