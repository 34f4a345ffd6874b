// npm run bench:calendar [-- --n 10000]: how long the first build of a calendar of N deadlines takes (what a calendar
// client that subscribes to the whole register waits for after every change), and what it weighs; read back with
// ical.js to be sure every event is in it. A measurement, not a test: it exits 0 whatever the time.
import ICAL from "ical.js";
import type { CommitmentView } from "@/lib/data/commitment-view";
import { buildCalendar } from "@/lib/export/ics";

const arg = process.argv.indexOf("--n");
const n = arg > 0 ? Number(process.argv[arg + 1]) : 10_000;
const STATUSES = ["open", "partially_fulfilled", "fulfilled", "lapsed"] as const;

function view(i: number): CommitmentView {
  const year = 2020 + (i % 8);
  const month = String((i % 12) + 1).padStart(2, "0");
  const short = i % 3 === 0;
  return {
    number: `TZ-${year}-${String(i).padStart(5, "0")}`,
    title: `Evaluatie van de heroriëntatie op het toezicht, deel ${i}`,
    text: "Ik informeer uw Kamer vóór de zomer over de uitkomsten van de evaluatie.",
    status: STATUSES[i % STATUSES.length]!,
    overdue: false,
    daysOverdue: null,
    daysRemaining: null,
    deadline: {
      phrase: short ? `in maand ${month}` : `in ${year}`,
      earliest: short ? `${year}-${month}-01` : `${year}-01-01`,
      latest: short ? `${year}-${month}-28` : `${year}-12-31`,
      precision: short ? "month" : "year",
    },
    madeOn: `${year - 1}-06-01`,
    fulfilledOn: null,
    activity: "Commissiedebat",
    minister: { id: 1 + (i % 40), name: `Minister ${i % 40}`, function: "Minister van Justitie en Veiligheid" },
    ministry: { code: "JenV", name: "Ministerie van Justitie en Veiligheid" },
    committee: null,
    addressee: null,
    dossiers: [],
    references: [],
    version: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-02T00:00:00.000Z",
  };
}

async function* batches(): AsyncIterable<CommitmentView[]> {
  for (let from = 0; from < n; from += 1000) yield Array.from({ length: Math.min(1000, n - from) }, (_, k) => view(from + k));
}

const started = performance.now();
const calendar = await buildCalendar(batches(), { origin: "https://toezeggingen.example.nl", name: "Alle toezeggingen" });
const ms = performance.now() - started;
const events = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents("vevent").length;
console.log(
  `calendar of ${n.toLocaleString("en")} deadlines: built in ${ms.toFixed(0)} ms, ${(calendar.length / 1024 / 1024).toFixed(1)} MB, ${events} events read back`,
);
