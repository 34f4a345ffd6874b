/**
 * npm run extract -- <brief.txt> [--date JJJJ-MM-DD] [--register]
 *
 * Reads a Kamerbrief as plain text and prints its identity, the documents it cites and its candidate
 * commitments as JSON. With --register, each postponement also lists the register's outstanding commitments it
 * may postpone (`matches`, best first), from the app's database (as the other command-line tools reach it). Bad input (no file, an empty, binary or PDF file, a bad date) gives a message on stderr
 * and exit code 2.
 */
import { readFileSync, statSync } from "node:fs";
import { toCliOutput, inputProblem } from "../lib/extraction/cli-output";
import { isIsoDate } from "../lib/extraction/dutch-dates";
import { extractLetter, type Extraction } from "../lib/extraction";

const USAGE = "Gebruik: npm run extract -- <brief.txt> [--date JJJJ-MM-DD] [--register]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; date?: string; register: boolean } {
  let file: string | undefined;
  let date: string | undefined;
  let register = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--register") {
      register = true;
    } else if (arg === "--date") {
      date = argv[++i];
      if (date === undefined) fail(`--date mist een datum.\n${USAGE}`);
    } else if (arg.startsWith("--date=")) {
      date = arg.slice("--date=".length);
    } else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith("-")) {
      fail(`Onbekende optie ${arg}.\n${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      fail(`Eén bestand tegelijk, niet ook ${arg}.\n${USAGE}`);
    }
  }
  if (file === undefined) fail(`Geen bestand opgegeven.\n${USAGE}`);
  if (date !== undefined && !isIsoDate(date)) fail(`--date "${date}" is geen geldige datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2021-06-29.`);
  return { file, register, ...(date !== undefined ? { date } : {}) };
}

function readLetter(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) fail(`${file} is een map, geen tekstbestand.`);
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") fail(`Bestand ${file} bestaat niet.`);
    fail(`Bestand ${file} is niet te lezen: ${(error as Error).message}`);
  }
  switch (inputProblem(bytes)) {
    case "empty":
      return fail(`Bestand ${file} is leeg.`);
    case "pdf":
      return fail(`Bestand ${file} is een PDF. Zet het eerst om naar tekst, bijvoorbeeld met: pdftotext -layout ${file}`);
    case "binary":
      return fail(`Bestand ${file} is geen tekstbestand (binair, of geen UTF-8).`);
    default:
      return bytes.toString("utf8");
  }
}

/** For each postponed candidate, the numbers of the outstanding commitments in the register it may postpone. */
async function registerMatches(extraction: Extraction): Promise<string[][]> {
  const postponed = extraction.commitments.filter((c) => c.kind === "postponed");
  if (!postponed.length) return [];
  const { withCliDatabase } = await import("./cli-database");
  const { outstandingMatches } = await import("../lib/data/letter-proposals");
  return withCliDatabase(async () => {
    const matches = await outstandingMatches(
      postponed.map((c) => ({
        text: c.postponement?.about ?? c.text,
        documentIds: (c.postponement?.references ?? c.references).filter((r) => r !== extraction.letter.id),
      })),
    );
    return matches.map((list) => list.map((m) => m.number));
  });
}

const { file, date, register } = parseArgs(process.argv.slice(2));
const extraction = extractLetter(readLetter(file), date ? { madeOn: date } : {});
if (!date && !extraction.letter.date) {
  process.stderr.write(
    "Let op: de brief noemt geen datum; termijnen zijn gelezen vanaf de laatste datum die de brief noemt, of leeg gelaten. Geef --date JJJJ-MM-DD.\n",
  );
}
const matches = register ? await registerMatches(extraction) : undefined;
process.stdout.write(`${JSON.stringify(toCliOutput(extraction, matches), null, 2)}\n`);
