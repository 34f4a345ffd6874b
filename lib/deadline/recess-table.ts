/**
 * Known Tweede Kamer recess dates. Only dates checked against a public source are
 * listed; every other year falls back to the default rules in parliamentary-calendar.ts.
 * Recesses run from a Friday up to and including a Monday (the Kamer meets again on the
 * Tuesday), and each recess is filed under the year in which it starts, so
 * kerstreces 2023 ends in January 2024.
 */
import type { IsoRange, RecessName } from "./parliamentary-calendar";

export const TWEEDE_KAMER_RECESSES: Readonly<Record<RecessName, Readonly<Record<number, IsoRange>>>> = {
  zomerreces: {
    // Longer than usual: the Kamer moved to its temporary building and met again on dinsdag 7 september (tweedekamer.nl).
    2021: { start: "2021-07-02", end: "2021-09-06" },
    2022: { start: "2022-07-08", end: "2022-09-05" }, // nu.nl, juli 2022
    2023: { start: "2023-07-07", end: "2023-09-04" }, // tweedekamer.nl/recessen
    2024: { start: "2024-07-05", end: "2024-09-02" }, // tweedekamer.nl/recessen
  },
  kerstreces: {
    2023: { start: "2023-12-22", end: "2024-01-15" }, // tweedekamer.nl/recessen
  },
  voorjaarsreces: {
    2024: { start: "2024-02-16", end: "2024-02-26" }, // tweedekamer.nl/recessen
  },
  meireces: {
    2023: { start: "2023-04-21", end: "2023-05-08" }, // tweedekamer.nl/recessen
    2024: { start: "2024-04-26", end: "2024-05-13" }, // tweedekamer.nl/recessen
  },
  herfstreces: {
    2023: { start: "2023-10-13", end: "2023-10-23" }, // tweedekamer.nl/recessen
  },
};
