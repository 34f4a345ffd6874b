// A folder of labelled letters (`labels.json` beside the .txt files) read and scored: what npm run eval:extraction
// prints and what the corpus floor test asserts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractLetter } from "../lib/extraction";
import { corpusTotals, letterText, type CorpusTotals, type LetterLabel, type LetterScore, scoreLetter } from "../lib/letter-import/extraction-score";

export const DEFAULT_CORPUS = path.resolve("tests/fixtures/letters");

export interface CorpusResult {
  letters: Array<{ file: string; score: LetterScore }>;
  totals: CorpusTotals;
}

export function evaluateCorpus(dir: string = DEFAULT_CORPUS): CorpusResult {
  const labels = JSON.parse(readFileSync(path.join(dir, "labels.json"), "utf8")) as Record<string, LetterLabel | string>;
  const letters = Object.entries(labels)
    .filter((entry): entry is [string, LetterLabel] => typeof entry[1] === "object")
    .map(([file, label]) => ({ file, score: scoreLetter(label, extractLetter(letterText(readFileSync(path.join(dir, file), "utf8")))) }));
  return { letters, totals: corpusTotals(letters.map((l) => l.score)) };
}
