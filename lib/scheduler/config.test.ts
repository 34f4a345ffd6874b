import { describe, expect, it } from "vitest";
import { parseReminderConfig } from "./config";

describe("parseReminderConfig", () => {
  it("needs nothing set: every 15 minutes, digest from 07:00, mail as files", () => {
    expect(parseReminderConfig({ TZR_DATA_DIR: "/srv/tzr" })).toEqual({
      ok: true,
      config: { intervalMinutes: 15, digestHour: 7, mail: { kind: "file", dir: "/srv/tzr/mail", from: expect.any(String) } },
    });
  });

  it("takes the interval and hour from the environment", () => {
    const parsed = parseReminderConfig({ REMINDER_INTERVAL_MINUTES: "5", DIGEST_HOUR: "0" });
    expect(parsed).toMatchObject({ ok: true, config: { intervalMinutes: 5, digestHour: 0 } });
  });

  it("names every bad setting at once", () => {
    const parsed = parseReminderConfig({ REMINDER_INTERVAL_MINUTES: "0", DIGEST_HOUR: "24", SMTP_URL: "smtp://mail.example.nl" });
    expect(parsed).toEqual({
      ok: false,
      issues: [expect.stringMatching(/^REMINDER_INTERVAL_MINUTES: /), expect.stringMatching(/^DIGEST_HOUR: /), expect.stringMatching(/^MAIL_FROM: /)],
    });
  });
});
