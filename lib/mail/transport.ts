// Sending one composed mail. Two transports with one interface, so the scheduler does not care which it has.
import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { MailConfig } from "./config";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** the page where the recipient manages what they receive (List-Unsubscribe) */
  manageUrl?: string;
}

export interface MailTransport {
  /** Resolves once the mail is handed over (accepted by the SMTP server, or written); rejects otherwise. */
  send(mail: OutgoingMail): Promise<{ messageId: string; file?: string }>;
  close(): void;
}

function message(from: string, mail: OutgoingMail) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    ...(mail.manageUrl ? { list: { unsubscribe: mail.manageUrl } } : {}),
  };
}

export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(mail) {
      const info = await transporter.sendMail(message(from, mail));
      return { messageId: info.messageId };
    },
    close: () => transporter.close(),
  };
}

/** Writes each mail as an .eml file (RFC 822, CRLF line ends, opens in any mail program) in `dir`. */
export function createFileTransport(dir: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(mail) {
      const info = await transporter.sendMail(message(from, mail));
      await mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[-:.]/g, "").replace("T", "-").slice(0, 15);
      const recipient = mail.to.replace(/[^A-Za-z0-9@._-]+/g, "_");
      const file = path.join(dir, `${stamp}-${recipient}-${randomUUID().slice(0, 8)}.eml`);
      // Write then rename: whoever watches the folder never sees half a mail.
      await writeFile(`${file}.tmp`, info.message as Buffer);
      await rename(`${file}.tmp`, file);
      return { messageId: info.messageId, file };
    },
    close: () => transporter.close(),
  };
}

export function createMailTransport(config: MailConfig): MailTransport {
  return config.kind === "smtp" ? createSmtpTransport(config.url, config.from) : createFileTransport(config.dir, config.from);
}
