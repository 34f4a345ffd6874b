// The "wachtwoord vergeten" mail: the one-time link, how long it works, and what to do when you did not ask for it.
// Pure: wording only, no sending.
export interface PasswordResetMessage {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function passwordResetMessage(name: string, link: string, minutes: number): PasswordResetMessage {
  const lines = [
    `Beste ${name},`,
    "",
    "Iemand (hopelijk u) vroeg een nieuw wachtwoord aan voor uw account in het Toezeggingenregister.",
    `Met deze link kiest u een nieuw wachtwoord. De link werkt ${minutes} minuten en één keer:`,
    "",
    link,
    "",
    "Vroeg u dit niet aan? Dan kunt u deze mail negeren; uw wachtwoord blijft zoals het is.",
  ];
  const html = [
    `<p>Beste ${escapeHtml(name)},</p>`,
    "<p>Iemand (hopelijk u) vroeg een nieuw wachtwoord aan voor uw account in het Toezeggingenregister.</p>",
    `<p>Met deze link kiest u een nieuw wachtwoord. De link werkt ${minutes} minuten en één keer:</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    "<p>Vroeg u dit niet aan? Dan kunt u deze mail negeren; uw wachtwoord blijft zoals het is.</p>",
  ].join("\n");
  return { subject: "Nieuw wachtwoord voor het Toezeggingenregister", text: lines.join("\n"), html };
}
