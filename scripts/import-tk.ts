// npm run import:tk -- <bestand.json> [--dry-run] [--alleen-geldige] [--ook-dubbelen]
// Imports a Tweede Kamer open data file of the Toezegging entity, as the system (no signed-in person). Writes
// nothing with --dry-run; without it, writes nothing while any record is invalid unless --alleen-geldige is given.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { importTk } from "@/lib/data/import-tk";
import { reportLines } from "@/lib/import/report-text";
import { withCliDatabase } from "./cli-database";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean" }, "alleen-geldige": { type: "boolean" }, "ook-dubbelen": { type: "boolean" } },
});

const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error("Gebruik: npm run import:tk -- <bestand.json> [--dry-run] [--alleen-geldige] [--ook-dubbelen]");
  process.exit(2);
}

let bytes: Uint8Array;
try {
  bytes = new Uint8Array(await readFile(file));
} catch (error) {
  console.error(`Kan ${file} niet lezen: ${(error as Error).message}`);
  process.exit(2);
}

const mode = values["dry-run"] ? "dry-run" : values["alleen-geldige"] ? "valid-only" : "all";
const result = await withCliDatabase(() =>
  importTk("system", { name: path.basename(file), bytes }, mode, { allowDuplicates: values["ook-dubbelen"] ?? false }),
);
if (!result.ok) {
  console.error(`Niet geïmporteerd: ${result.message}`);
  process.exit(1);
}
for (const line of reportLines(result.value)) console.log(line);
process.exit(result.value.mode !== "dry-run" && !result.value.written ? 1 : 0);
