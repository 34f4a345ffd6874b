import { expect, type Browser, type Page, test } from "@playwright/test";
import { createAccount, expectNoAxeViolations, recordCommitment, screenshot, signIn, type Account } from "./support";

async function signedIn(browser: Browser, account: Account): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

const saveButton = (page: Page) => page.getByRole("button", { name: "Wijzigingen opslaan" });

test("two people edit one commitment at once: after the conflict both changes survive, and a field both changed is chosen", async ({ browser }, testInfo) => {
  const first = createAccount("coordinator", { ministry: "JenV", name: "Anna Eerste" });
  const second = createAccount("coordinator", { ministry: "JenV", name: "Bart Tweede" });
  const a = await signedIn(browser, first);
  const b = await signedIn(browser, second);
  const number = await recordCommitment(a, {
    title: "Evaluatie van de wet op de wijkagent",
    text: "Ik zal de wet op de wijkagent uiterlijk in 2028 laten evalueren en uw Kamer over de uitkomst informeren.",
    madeOn: "2026-11-12",
    occasion: "Commissiedebat politie, 12 november 2026",
    minister: "D. Minister",
    ministerFunction: "Minister van Justitie en Veiligheid",
    ministry: "JenV",
    deadline: "uiterlijk in 2028",
  });
  const edit = `/beheer/toezeggingen/${number}/bewerken`;

  // Both open the form; A changes the committee, B the title. A saves first.
  await a.goto(edit);
  await b.goto(edit);
  await a.getByLabel("Commissie").fill("Vaste commissie voor Justitie en Veiligheid");
  await saveButton(a).click();
  await expect(a).toHaveURL(new RegExp(`${number}\\?opgeslagen=1$`));

  await b.getByLabel("Korte titel").fill("Evaluatie wet op de wijkagent in 2028");
  await saveButton(b).click();
  const merge = b.getByRole("region", { name: /Samenvoegen met versie/ });
  await expect(merge).toContainText("Commissie: Vaste commissie voor Justitie en Veiligheid");
  await expect(merge).toContainText("Anna Eerste");
  // The form now holds both: B's title and A's committee.
  await expect(b.getByLabel("Korte titel")).toHaveValue("Evaluatie wet op de wijkagent in 2028");
  await expect(b.getByLabel("Commissie")).toHaveValue("Vaste commissie voor Justitie en Veiligheid");
  await screenshot(b, testInfo, "bewerkconflict-samengevoegd");
  await expectNoAxeViolations(b);
  await saveButton(b).click();
  await expect(b).toHaveURL(new RegExp(`${number}\\?opgeslagen=1$`));

  const api = await b.request.get(`/api/v1/commitments/${number}`);
  const saved = await api.json();
  expect({ title: saved.title, committee: saved.committee }).toEqual({
    title: "Evaluatie wet op de wijkagent in 2028",
    committee: "Vaste commissie voor Justitie en Veiligheid",
  });

  // Now both change the title (and B also the occasion): the title is put side by side, B chooses A's.
  await a.goto(edit);
  await b.goto(edit);
  await a.getByLabel("Korte titel").fill("Evaluatie wijkagentenwet (titel van Anna)");
  await saveButton(a).click();
  await expect(a).toHaveURL(new RegExp(`${number}\\?opgeslagen=1$`));
  await b.getByLabel("Korte titel").fill("Evaluatie wijkagentenwet (titel van Bart)");
  await b.getByLabel("Waar (debat of brief)").fill("Commissiedebat politie (tweede termijn), 12 november 2026");
  await saveButton(b).click();
  const choice = b.getByRole("group", { name: /Korte titel: door u beiden gewijzigd/ });
  await expect(choice).toContainText("(titel van Anna)");
  await expect(choice).toContainText("(titel van Bart)");
  await expect(choice).toContainText("Anna Eerste");
  await screenshot(b, testInfo, "bewerkconflict-kiezen");
  await expectNoAxeViolations(b);
  await choice.getByRole("radio", { name: /Waarde van Anna Eerste/ }).check();
  await saveButton(b).click();
  await expect(b).toHaveURL(new RegExp(`${number}\\?opgeslagen=1$`));

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/toezeggingen/${number}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Evaluatie wijkagentenwet (titel van Anna)");
  const details = reader.getByRole("region", { name: "Gegevens" });
  await expect(details).toContainText("Commissiedebat politie (tweede termijn), 12 november 2026");
  await expect(details).toContainText("Vaste commissie voor Justitie en Veiligheid");
});

test("a fulfilled commitment shows its fulfilment date; reopened, it has no current nakoming but says what fulfilled it earlier", async ({
  browser,
}, testInfo) => {
  const coordinator = createAccount("coordinator", { ministry: "JenV" });
  const page = await signedIn(browser, coordinator);
  const number = await recordCommitment(page, {
    title: "Rapportage over de bodycams",
    text: "Voor de zomer van 2027 stuur ik uw Kamer een rapportage over het gebruik van bodycams.",
    madeOn: "2026-10-01",
    occasion: "Commissiedebat politie, 1 oktober 2026",
    minister: "D. Minister",
    ministerFunction: "Minister van Justitie en Veiligheid",
    ministry: "JenV",
    deadline: "voor de zomer van 2027",
  });

  await page.goto(`/beheer/toezeggingen/${number}/status`);
  await page.getByLabel("Nieuwe status").selectOption("fulfilled");
  await page.getByLabel("Kamerstuk dat de toezegging nakomt").fill("Kamerstuk 29 628, nr. 1099");
  await page.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(page).toHaveURL(new RegExp(`${number}\\?opgeslagen=1$`));
  await expect(page.getByRole("region", { name: "Gegevens" })).toContainText("Nagekomen op");
  await expect(page.getByRole("region", { name: "Kamerstukken" })).toContainText("Kamerstuk 29 628, nr. 1099");

  await page.goto(`/beheer/toezeggingen/${number}/status`);
  await page.getByLabel("Nieuwe status").selectOption("open");
  await page.getByLabel("Reden").fill("De rapportage beantwoordt de vraag over de opslag van beelden niet.");
  await page.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(page).toHaveURL(new RegExp(`${number}\\?opgeslagen=1$`));

  const kamerstukken = page.getByRole("region", { name: "Kamerstukken" });
  await expect(kamerstukken.getByRole("listitem").filter({ hasText: "Kamerstuk 29 628, nr. 1099" })).toHaveCount(0);
  await expect(kamerstukken).toContainText("Eerder nagekomen met Kamerstuk 29 628, nr. 1099");
  await expect(page.getByRole("region", { name: "Gegevens" })).not.toContainText("Nagekomen op");
  await screenshot(page, testInfo, "heropend-eerder-nagekomen");
  await expectNoAxeViolations(page);

  const api = await (await page.request.get(`/api/v1/commitments/${number}`)).json();
  expect({ status: api.status, fulfilledOn: api.fulfilledOn, fulfilment: api.references.filter((r: { role: string }) => r.role === "fulfilment") }).toEqual({
    status: "open",
    fulfilledOn: null,
    fulfilment: [],
  });
});
