// The daily digest as a mail: Dutch, plain text and simple HTML with the same content, a link to every commitment
// and to the page where the recipient manages what they follow. Pure: wording only, no sending.
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { describeChange } from "@/lib/reminders/changes";
import type { DigestPlan, PlannedChange, PlannedReminder } from "@/lib/reminders/rules";

export interface DigestMessage {
  subject: string;
  text: string;
  html: string;
  manageUrl: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function commitmentUrl(baseUrl: string, number: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/toezeggingen/${encodeURIComponent(number)}`;
}

export function manageUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/volgen`;
}

function reminderLine(r: PlannedReminder): string {
  const latest = formatDate(r.commitment.deadlineLatest);
  if (r.daysLeft < 0) return `Over de termijn: de uiterste datum was ${latest}.`;
  if (r.daysLeft === 0) return `Vandaag is de uiterste datum (${latest}).`;
  return `Nog ${plural(r.daysLeft, "dag", "dagen")}: uiterlijk ${latest}.`;
}

function reminderReason(r: PlannedReminder): string {
  return r.as === "owner" ? "U bent redacteur bij het ministerie van deze toezegging." : "U volgt deze toezegging.";
}

function changeLine(c: PlannedChange): string {
  return `${formatDateTime(c.change.at)} · ${describeChange(c.change.action, c.change.changes)} (${c.change.actor})`;
}

function changeVia(c: PlannedChange): string {
  return c.viaFilters ? `Via uw selectie ${c.viaFilters.map((n) => `"${n}"`).join(", ")}.` : "U volgt deze toezegging.";
}

/** Changes grouped per commitment, in the order of their first change. */
function groupChanges(changes: PlannedChange[]): PlannedChange[][] {
  const groups = new Map<number, PlannedChange[]>();
  for (const c of changes) {
    const group = groups.get(c.commitment.id);
    if (group) group.push(c);
    else groups.set(c.commitment.id, [c]);
  }
  return [...groups.values()];
}

export function renderDigest(plan: DigestPlan, options: { baseUrl: string; today: string }): DigestMessage {
  const { reminders, changes, recipient } = plan;
  const counts = [
    reminders.length ? plural(reminders.length, "herinnering", "herinneringen") : null,
    changes.length ? plural(changes.length, "wijziging", "wijzigingen") : null,
  ].filter(Boolean);
  const subject = `Toezeggingenregister: ${counts.join(" en ")} (${formatDate(options.today)})`;
  const manage = manageUrl(options.baseUrl);
  const link = (number: string) => commitmentUrl(options.baseUrl, number);
  const groups = groupChanges(changes);

  const text: string[] = [`Beste ${recipient.name},`, "", `Uw overzicht van het Toezeggingenregister van ${formatDate(options.today)}.`];
  if (reminders.length) {
    text.push("", "TERMIJNEN", "");
    for (const r of reminders) {
      const phrase = r.commitment.deadlinePhrase ? ` (termijn: "${r.commitment.deadlinePhrase}")` : "";
      text.push(
        `- ${r.commitment.number} ${r.commitment.title}`,
        `  ${reminderLine(r)}${phrase}`,
        `  ${reminderReason(r)}`,
        `  ${link(r.commitment.number)}`,
        "",
      );
    }
  }
  if (groups.length) {
    text.push("", "WIJZIGINGEN", "");
    for (const group of groups) {
      const first = group[0]!;
      text.push(`- ${first.commitment.number} ${first.commitment.title}`);
      for (const c of group) {
        text.push(`  ${changeLine(c)}`);
        if (c.change.reason) text.push(`    Toelichting: ${c.change.reason}`);
      }
      text.push(`  ${changeVia(first)}`, `  ${link(first.commitment.number)}`, "");
    }
  }
  text.push(
    "--",
    "U krijgt dit bericht omdat u toezeggingen volgt of redacteur bent bij het ministerie dat ze deed.",
    `Bekijk wat u volgt, stop met volgen of zet herinneringen uit: ${manage}`,
  );

  const html: string[] = [
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#1a1a1a;max-width:40rem">`,
    `<p>Beste ${escapeHtml(recipient.name)},</p>`,
    `<p>Uw overzicht van het Toezeggingenregister van ${escapeHtml(formatDate(options.today))}.</p>`,
  ];
  if (reminders.length) {
    html.push(`<h2 style="font-size:1.1rem">Termijnen</h2><ul>`);
    for (const r of reminders) {
      const phrase = r.commitment.deadlinePhrase ? ` (termijn: &ldquo;${escapeHtml(r.commitment.deadlinePhrase)}&rdquo;)` : "";
      html.push(
        `<li><a href="${escapeHtml(link(r.commitment.number))}">${escapeHtml(r.commitment.number)} ${escapeHtml(r.commitment.title)}</a><br>`,
        `<strong>${escapeHtml(reminderLine(r))}</strong>${phrase}<br><small>${escapeHtml(reminderReason(r))}</small></li>`,
      );
    }
    html.push(`</ul>`);
  }
  if (groups.length) {
    html.push(`<h2 style="font-size:1.1rem">Wijzigingen</h2><ul>`);
    for (const group of groups) {
      const first = group[0]!;
      html.push(
        `<li><a href="${escapeHtml(link(first.commitment.number))}">${escapeHtml(first.commitment.number)} ${escapeHtml(first.commitment.title)}</a><ul>`,
      );
      for (const c of group) {
        html.push(`<li>${escapeHtml(changeLine(c))}${c.change.reason ? `<br>Toelichting: ${escapeHtml(c.change.reason)}` : ""}</li>`);
      }
      html.push(`</ul><small>${escapeHtml(changeVia(first))}</small></li>`);
    }
    html.push(`</ul>`);
  }
  html.push(
    `<hr><p><small>U krijgt dit bericht omdat u toezeggingen volgt of redacteur bent bij het ministerie dat ze deed. `,
    `<a href="${escapeHtml(manage)}">Bekijk wat u volgt, stop met volgen of zet herinneringen uit</a>.</small></p></body></html>`,
  );
  return { subject, text: text.join("\n"), html: html.join("\n"), manageUrl: manage };
}
