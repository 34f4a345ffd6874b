// Without SMTP_URL (the embedded demo) mail is written as .eml files under <TZR_DATA_DIR>/mail/.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseMailConfig } from "@/lib/mail/config";
import { createMailTransport } from "@/lib/mail/transport";
import { parseMessage } from "./smtp-test-server";

describe("mail configuration", () => {
  it("writes files under <TZR_DATA_DIR>/mail when SMTP_URL is not set", () => {
    expect(parseMailConfig({ TZR_DATA_DIR: "/srv/tzr" })).toEqual({
      ok: true,
      config: { kind: "file", dir: "/srv/tzr/mail", from: expect.stringContaining("Toezeggingenregister") },
    });
  });

  it("sends through SMTP_URL, and then insists on MAIL_FROM", () => {
    expect(parseMailConfig({ SMTP_URL: "smtp://u:p@mail.example.nl:587", MAIL_FROM: "Register <noreply@example.nl>" })).toEqual({
      ok: true,
      config: { kind: "smtp", url: "smtp://u:p@mail.example.nl:587", from: "Register <noreply@example.nl>" },
    });
    expect(parseMailConfig({ SMTP_URL: "smtp://mail.example.nl" })).toEqual({ ok: false, issues: [expect.stringMatching(/^MAIL_FROM: is verplicht/)] });
    expect(parseMailConfig({ SMTP_URL: "http://mail.example.nl", MAIL_FROM: "x@example.nl" })).toMatchObject({
      ok: false,
      issues: [expect.stringMatching(/^SMTP_URL: moet met smtp:\/\//)],
    });
  });
});

describe("file transport", () => {
  let dataDir: string | undefined;
  afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("writes each mail as a complete .eml file that a mail program can open", async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "tzr-mail-"));
    const parsed = parseMailConfig({ TZR_DATA_DIR: dataDir });
    if (!parsed.ok) throw new Error(parsed.issues.join("; "));
    const transport = createMailTransport(parsed.config);
    const sent = await transport.send({
      to: "redacteur@example.nl",
      subject: "Toezeggingenregister: 1 herinnering (1 mei 2031)",
      text: "Beste Coördinator,\n\nNog 30 dagen: uiterlijk 31 mei 2031.",
      html: "<p>Beste Coördinator,</p><p>Nog 30 dagen: uiterlijk 31 mei 2031.</p>",
      manageUrl: "https://toezeggingen.example.nl/volgen",
    });
    await transport.send({ to: "ander@example.nl", subject: "Tweede", text: "twee", html: "<p>twee</p>" });
    transport.close();

    const files = (await readdir(path.join(dataDir, "mail"))).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith(".eml"))).toBe(true);
    expect(sent.file && path.basename(sent.file)).toBe(files.find((f) => f.includes("redacteur@example.nl")));
    const raw = await readFile(sent.file!, "utf8");
    expect(raw).toContain("\r\n");
    const mail = parseMessage(raw);
    expect(mail.headers.to).toBe("redacteur@example.nl");
    expect(mail.headers.from).toContain("Toezeggingenregister");
    expect(mail.headers["list-unsubscribe"]).toBe("<https://toezeggingen.example.nl/volgen>");
    expect(mail.subject).toBe("Toezeggingenregister: 1 herinnering (1 mei 2031)");
    expect(mail.text).toContain("Beste Coördinator,\n\nNog 30 dagen: uiterlijk 31 mei 2031.");
    expect(mail.html).toContain("<p>Beste Coördinator,</p>");
  });
});
