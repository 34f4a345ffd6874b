// Fixtures for the reminder tests: a fake clock on the Amsterdam wall clock, several "app instances" (each its own
// connection pool and SMTP connection) over one database, and helpers to step through days.
import type { CurrentUser } from "@/lib/auth/current-user";
import { settle } from "@/lib/data/errors";
import { createCommitment } from "@/lib/data/commitment-create";
import { createUser } from "@/lib/data/user-admin";
import { getActiveUser } from "@/lib/data/users";
import { createPrismaClient, type Db } from "@/lib/db";
import { createSmtpTransport, type MailTransport } from "@/lib/mail/transport";
import { addDays, amsterdamWallClock } from "@/lib/reminders/dates";
import type { PgConnectionParams } from "@/lib/platform/pg-connection";
import type { Clock } from "@/lib/scheduler/clock";
import { createReminderRunner, type RunReport } from "@/lib/scheduler/reminder-runner";
import type { ReceivedMail, TestSmtpServer } from "./smtp-test-server";

export const BASE_URL = "https://toezeggingen.example.nl";

/** The instant at which it is `time` (HH:MM) on `date` in Amsterdam, summer or winter. */
export function amsterdamInstant(date: string, time: string): Date {
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.parse(`${date}T${time}:00Z`) - offsetHours * 3_600_000);
    const wall = amsterdamWallClock(candidate);
    const hhmm = `${String(wall.hour).padStart(2, "0")}:${String(wall.minute).padStart(2, "0")}`;
    if (wall.date === date && hhmm === time) return candidate;
  }
  throw new Error(`${date} ${time} does not exist in Amsterdam`);
}

export class FakeClock implements Clock {
  private instant = new Date("2031-01-01T06:00:00Z");
  now(): Date {
    return new Date(this.instant);
  }
  set(date: string, time: string): void {
    const next = amsterdamInstant(date, time);
    // The tests share one database whose claims are per day: going back in time would make them meaningless.
    if (next < this.instant) throw new Error(`the fake clock only moves forward (${date} ${time})`);
    this.instant = next;
  }
}

export interface Instance {
  runOnce(): Promise<RunReport>;
  client: Db;
  transport: MailTransport;
}

/** `count` app instances on one database, each with its own pool and SMTP transport, sharing the clock. */
export function startInstances(count: number, params: PgConnectionParams, clock: Clock, smtpUrl: string): Instance[] {
  return Array.from({ length: count }, () => {
    const client = createPrismaClient(params, 2);
    const transport = createSmtpTransport(smtpUrl, "Toezeggingenregister <toezeggingen@example.nl>");
    const runner = createReminderRunner({ clock, transport, digestHour: 7, baseUrl: BASE_URL, db: client });
    return { runOnce: () => runner.runOnce(), client, transport };
  });
}

export async function stopInstances(instances: Instance[]): Promise<void> {
  for (const instance of instances) {
    instance.transport.close();
    await instance.client.$disconnect();
  }
}

export interface Delivery {
  day: string;
  time: string;
  mail: ReceivedMail;
}

/** Runs every instance at once at each of `times` on each day from `from` to `to`; returns what arrived when. */
export async function stepDays(instances: Instance[], clock: FakeClock, smtp: TestSmtpServer, from: string, to: string, times: string[]): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const time of times) {
      const before = smtp.messages.length;
      clock.set(day, time);
      await Promise.all(instances.map((i) => i.runOnce()));
      for (const mail of smtp.messages.slice(before)) deliveries.push({ day, time, mail });
    }
  }
  return deliveries;
}

export const to = (user: CurrentUser) => (d: Delivery) => d.mail.to.includes(user.email);
export const when = (deliveries: Delivery[]) => deliveries.map((d) => `${d.day} ${d.time}`);

let counter = 0;

/** An account made the way `npm run user:create` makes one. */
export async function makeUser(role: "editor" | "coordinator" | "admin", ministry: string | null, name: string): Promise<CurrentUser> {
  counter += 1;
  const result = await createUser("system", { email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${counter}@example.nl`, name, role, ministry });
  if (!result.ok) throw new Error(`createUser failed: ${result.message} ${JSON.stringify(result.errors ?? {})}`);
  const user = await getActiveUser(result.value.id);
  if (!user) throw new Error("the new account is not active");
  return user;
}

const MINISTERS: Record<string, { ministerName: string; ministerFunction: string }> = {
  JenV: { ministerName: "F.B.J. Grapperhaus", ministerFunction: "Minister van Justitie en Veiligheid" },
  BZK: { ministerName: "H.G.J. Bruins Slot", ministerFunction: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" },
  SZW: { ministerName: "C.E.G. van Gennip", ministerFunction: "Minister van Sociale Zaken en Werkgelegenheid" },
  OCW: { ministerName: "R.H. Dijkgraaf", ministerFunction: "Minister van Onderwijs, Cultuur en Wetenschap" },
  VWS: { ministerName: "E.J. Kuipers", ministerFunction: "Minister van Volksgezondheid, Welzijn en Sport" },
};

/** Records a commitment through the same function as the form and the API; returns its number. */
export async function recordCommitment(by: CurrentUser, ministry: string, title: string, deadlinePhrase: string | null): Promise<string> {
  const result = await settle(
    createCommitment(by, {
      title,
      text: `Ik zal uw Kamer ${deadlinePhrase ?? "te zijner tijd"} informeren: ${title.toLowerCase()}.`,
      madeOn: "2026-01-15",
      activity: "Commissiedebat, 15 januari 2026",
      ...MINISTERS[ministry],
      ministry,
      committee: null,
      addressee: null,
      deadlinePhrase,
      references: [{ citation: "Kamerstuk 29 628, nr. 1030", role: "source" }],
    }),
  );
  if (!result.ok) throw new Error(`createCommitment failed: ${result.message} ${JSON.stringify(result.errors)}`);
  return result.value.number;
}
