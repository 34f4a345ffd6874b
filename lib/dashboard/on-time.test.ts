import { describe, expect, it } from "vitest";
import { formatOnTimeRate, onTimeRate, sumCounts } from "./on-time";

describe("on-time fulfilment rate", () => {
  it("is on time ÷ measured", () => {
    expect(onTimeRate({ measured: 4, onTime: 3 })).toBe(0.75);
    expect(formatOnTimeRate({ measured: 3, onTime: 2 })).toBe("67%");
    expect(formatOnTimeRate({ measured: 5, onTime: 5 })).toBe("100%");
    expect(formatOnTimeRate({ measured: 5, onTime: 0 })).toBe("0%");
  });

  it("is '—', not 0%, when nothing could be measured", () => {
    expect(onTimeRate({ measured: 0, onTime: 0 })).toBeNull();
    expect(formatOnTimeRate({ measured: 0, onTime: 0 })).toBe("—");
  });

  it("never shows a late fulfilment as 100% or an on-time one as 0%", () => {
    expect(formatOnTimeRate({ measured: 1000, onTime: 999 })).toBe("99%");
    expect(formatOnTimeRate({ measured: 1000, onTime: 1 })).toBe("1%");
  });

  it("refuses more on time than measured", () => {
    expect(() => onTimeRate({ measured: 2, onTime: 3 })).toThrow(RangeError);
  });

  it("totals columns by summing counts, so the total's rate is not an average of rates", () => {
    const rows = [
      { measured: 1, onTime: 1, overdue: 2 },
      { measured: 9, onTime: 0, overdue: 1 },
    ];
    const total = sumCounts(rows, ["measured", "onTime", "overdue"] as const);
    expect(total).toEqual({ measured: 10, onTime: 1, overdue: 3 });
    expect(formatOnTimeRate(total)).toBe("10%"); // the average of 100% and 0% would say 50%
  });
});
