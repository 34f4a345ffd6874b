import { describe, expect, it } from "vitest";
import { inflatesBeyond, tooManyPagesMessage } from "./pdf-limits";
import { flateBombPdf, makePdf } from "./test-support";

describe("inflatesBeyond", () => {
  it("finds a flate bomb without inflating more than the budget", () => {
    const bomb = new Uint8Array(flateBombPdf(40));
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(inflatesBeyond(bomb, 30 * 1024 * 1024)).toBe(true);
    expect(inflatesBeyond(bomb, 50 * 1024 * 1024)).toBe(false);
  });

  it("lets an ordinary letter through", async () => {
    const letter = new Uint8Array(await makePdf((doc) => doc.text("Geachte voorzitter, hierbij informeer ik uw Kamer.")));
    expect(inflatesBeyond(letter)).toBe(false);
  });
});

it("says how many pages a PDF has and how many are allowed, in Dutch numbers", () => {
  expect(tooManyPagesMessage(10_000)).toBe(
    "Deze pdf heeft 10.000 bladzijden; het maximum is 500. Importeer alleen de brief zelf, zonder bijlagen, of plak de tekst.",
  );
});
