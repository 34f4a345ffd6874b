import { describe, expect, it } from "vitest";
import { parseVergaderjaar, shortVergaderjaar, vergaderjaarFromIdPart, vergaderjaarIdPart } from "./vergaderjaar";

describe("parseVergaderjaar", () => {
  it.each([
    ["2020/21", "2020-2021"],
    ["2020/2021", "2020-2021"],
    ["2020-2021", "2020-2021"],
    ["2020–2021", "2020-2021"],
    ["2020-21", "2020-2021"],
    ["2020 / 21", "2020-2021"],
    ["1999/00", "1999-2000"],
    ["1999/2000", "1999-2000"],
  ])("accepts %j as %s", (input, expected) => {
    expect(parseVergaderjaar(input)).toBe(expected);
  });

  it.each(["2020/23", "2020/2020", "2020-2019", "2021/20", "2020/221", "2020", "20/21", "2020/1", "abcd/ef"])("rejects %j", (input) => {
    expect(parseVergaderjaar(input)).toBeNull();
  });
});

describe("vergaderjaar formats", () => {
  it("writes the short label form", () => {
    expect(shortVergaderjaar("2020-2021")).toBe("2020/21");
    expect(shortVergaderjaar("1999-2000")).toBe("1999/00");
    expect(shortVergaderjaar("2008-2009")).toBe("2008/09");
  });

  it("writes and reads the id form", () => {
    expect(vergaderjaarIdPart("2019-2020")).toBe("20192020");
    expect(vergaderjaarFromIdPart("20192020")).toBe("2019-2020");
    expect(vergaderjaarFromIdPart("20192021")).toBeNull();
    expect(vergaderjaarFromIdPart("2019202")).toBeNull();
  });
});
