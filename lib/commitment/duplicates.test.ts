import { describe, expect, it } from "vitest";
import { findDuplicate } from "./duplicates";

const existing = [
  {
    number: "TZ-2021-0010",
    title: "Advies commissie-Schneiders",
    text: "Uiterlijk in het voorjaar van 2022 brengt de commissie advies uit over de politieopleiding.",
  },
  { number: "TZ-2021-0011", title: "Evaluatie stroomstootwapen", text: "De evaluatie van het stroomstootwapen vindt uiterlijk in 2025 plaats." },
];

describe("findDuplicate", () => {
  it("finds the same promise, also with small differences in wording or layout", () => {
    expect(findDuplicate("Uiterlijk in het voorjaar van 2022 brengt de commissie  advies uit over de politieopleiding.", existing)?.number).toBe(
      "TZ-2021-0010",
    );
    expect(findDuplicate("De evaluatie van het stroomstootwapen vindt uiterlijk in 2025 plaats", existing)?.number).toBe("TZ-2021-0011");
  });

  it("does not take a different promise from the same letter for a duplicate", () => {
    expect(findDuplicate("Bij de conceptbegroting 2023 informeer ik uw Kamer over de financiering van de wijkagenten.", existing)).toBeNull();
    expect(findDuplicate("De evaluatie van de bodycams vindt uiterlijk in 2027 plaats.", existing)).toBeNull();
  });

  it("finds nothing in an empty register", () => {
    expect(findDuplicate("Wat dan ook.", [])).toBeNull();
  });
});
