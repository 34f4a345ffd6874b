// An admin merges two spellings of one minister: the commitments move, each says so in its history, and the
// removed spelling is gone from the list.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, recordCommitment, screenshot, signedInAs } from "./support";

test.use({ storageState: signedInAs("admin") });

test("an admin merges two spellings of a minister; the commitment moves and its history says so", async ({ page }, testInfo) => {
  const u = Date.now().toString(36);
  const fn = "Staatssecretaris van Justitie en Veiligheid";
  const base = {
    text: "Ik zeg toe dat ik de Kamer voor de zomer informeer.",
    madeOn: "2026-03-02",
    occasion: "Commissiedebat",
    ministerFunction: fn,
    ministry: "JenV",
    deadline: "voor de zomer van 2027",
  };
  await recordCommitment(page, { ...base, title: `Informatie over de pilot ${u}`, minister: `Karremans${u}` });
  const moved = await recordCommitment(page, { ...base, title: `Evaluatie van de regeling ${u}`, minister: `Karreman${u}` });

  await page.goto("/beheer/bewindspersonen");
  await expect(page.getByRole("heading", { level: 1, name: "Bewindspersonen" })).toBeVisible();
  await page.getByLabel("Blijft bestaan").selectOption({ label: `Karremans${u} — ${fn} (JenV), 1 toezegging` });
  await page.getByLabel("Gaat erin op (wordt verwijderd)").selectOption({ label: `Karreman${u} — ${fn} (JenV), 1 toezegging` });
  await page.getByRole("button", { name: "Samenvoegen" }).click();
  await expect(page.getByRole("status")).toContainText(`"Karreman${u}" is samengevoegd met "Karremans${u}": 1 toezegging verplaatst.`);
  await page.reload();
  await expect(page.getByRole("cell", { name: `Karreman${u}`, exact: true })).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(`Karremans${u} .* 2$`) })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, "bewindspersonen-samenvoegen");

  await page.goto(`/toezeggingen/${moved}`);
  await expect(page.getByText(`Karremans${u}`).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Geschiedenis" })).toContainText("Bewindspersoon samengevoegd");
});

test("a coordinator is told that merging ministers is for admins", async ({ browser }) => {
  const context = await browser.newContext({ storageState: signedInAs("coordinatorJenV") });
  const page = await context.newPage();
  await page.goto("/beheer/bewindspersonen");
  await expect(page.getByRole("alert").filter({ hasText: "Alleen een beheerder kan bewindspersonen samenvoegen." })).toBeVisible();
  await expect(page.getByLabel("Blijft bestaan")).toHaveCount(0);
  await context.close();
});
