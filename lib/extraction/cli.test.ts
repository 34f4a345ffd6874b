import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { inputProblem, toCliOutput } from "./cli-output";
import { extractLetter } from "./index";

const root = fileURLToPath(new URL("../../", import.meta.url));
const seedLetter = fileURLToPath(new URL("../kamerstuk/fixtures/kamerstuk-29628-1030.txt", import.meta.url));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/extract.ts", ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const BAD_INPUT: Array<[string, string[], RegExp]> = [
  ["a missing file", [join(dir, "bestaat-niet.txt")], /bestaat niet/],
  ["an empty file", [file("leeg.txt", "  \n\n")], /is leeg/],
  ["a PDF", [file("brief.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")], /is een PDF.*pdftotext/],
  ["a binary file", [file("brief.txt", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]))], /geen tekstbestand/],
  ["a bad date", [seedLetter, "--date", "29-06-2021"], /geen geldige datum/],
];

// Each run starts a process; they run side by side.
const runs = new Map<string, Run>();
beforeAll(async () => {
  const all: Array<[string, string[]]> = [
    ["dated", [seedLetter, "--date", "2021-06-29"]],
    ...BAD_INPUT.map(([name, args]): [string, string[]] => [name, args]),
  ];
  const results = await Promise.all(all.map(([, args]) => run(...args)));
  for (const [i, [name]] of all.entries()) runs.set(name, results[i] as Run);
});

function result(name: string): Run {
  const r = runs.get(name);
  if (!r) throw new Error(`no run ${name}`);
  return r;
}

describe("npm run extract", () => {
  it("prints the seed letter's identity, citations and 17 commitments as JSON", () => {
    const { status, stdout, stderr } = result("dated");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"letter": \{\n/); // pretty-printed
    const out = JSON.parse(stdout) as Record<string, unknown> & {
      references: Array<Record<string, unknown>>;
      dossiers: unknown[];
      commitments: Array<Record<string, unknown> & { deadline: Record<string, unknown> | null }>;
    };
    expect(Object.keys(out)).toEqual(["letter", "references", "dossiers", "commitments"]);
    expect(out.letter).toEqual({ id: "kst-29628-1030", minister: "F.B.J. Grapperhaus" });
    expect(out.references).toHaveLength(19);
    expect(out.dossiers).toEqual([]); // the seed letter cites every document by its number
    for (const r of out.references) expect(Object.keys(r)).toEqual(["id", "label", "url"]);
    expect(out.commitments).toHaveLength(17);
    for (const c of out.commitments) {
      expect(Object.keys(c)).toEqual(["kind", "text", "title", "deadline", "references", "context"]);
      if (c.deadline) expect(Object.keys(c.deadline)).toEqual(["phrase", "earliest", "latest", "precision"]);
    }
    expect(out.commitments).toContainEqual({
      kind: "new",
      text: "Ik heb de korpschef gevraagd om in het jaarverslag over 2021 nader in te gaan op de vervolgstappen die naar aanleiding van de analyse zijn gezet en welke inzichten dit heeft opgeleverd.",
      title: "Korpschef: nader ingaan op de vervolgstappen die naar aanleiding van de… (analyse GDPA)",
      deadline: { phrase: "in het jaarverslag over 2021", earliest: "2022-05-18", latest: "2022-05-18", precision: "day" },
      references: [],
      // which analysis: the letter says so two paragraphs up, under the same heading
      context: {
        heading: "Geweld door politieambtenaren",
        refersTo: [{ phrase: "de analyse", meaning: "een analyse naar geweld door politieambtenaren (GDPA)" }],
      },
    });
  });

  it.each(BAD_INPUT)("refuses %s with exit code 2 and a message on stderr", (name, _args, message) => {
    const { status, stdout, stderr } = result(name);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });
});

describe("what the CLI checks and prints (in process)", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("tells text from what is not", () => {
    expect(inputProblem(bytes("Ik zal u informeren."))).toBeNull();
    expect(inputProblem(bytes(" \n\t\n"))).toBe("empty");
    expect(inputProblem(bytes("%PDF-1.4\n"))).toBe("pdf");
    expect(inputProblem(new Uint8Array([0x49, 0x6b, 0x00, 0x7a]))).toBe("binary");
    expect(inputProblem(new Uint8Array([0x49, 0x6b, 0xc3, 0x28]))).toBe("binary"); // not UTF-8
    expect(inputProblem(bytes("Pagina 1\fPagina 2\n"))).toBeNull(); // form feeds are text
  });

  it("leaves out what the letter does not state", () => {
    const output = toCliOutput(extractLetter("Ik zal uw Kamer voor de zomer informeren over de evaluatie.", { madeOn: "2021-07-02" }));
    expect(output.letter).toEqual({ id: null });
    expect(output.commitments).toEqual([
      {
        kind: "new",
        text: "Ik zal uw Kamer voor de zomer informeren over de evaluatie.",
        title: "Informeren over de evaluatie",
        deadline: { phrase: "voor de zomer", earliest: "2021-07-02", latest: "2022-07-07", precision: "season" },
        references: [],
        context: { heading: null, refersTo: [] },
      },
    ]);
  });
});
