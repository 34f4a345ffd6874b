export type { DeadlineErrorCode, DeadlinePrecision, ResolvedDeadline } from "./types";
export { DeadlinePhraseError } from "./errors";
export { resolveDeadline, tryResolveDeadline } from "./resolver";
export {
  createParliamentaryCalendar,
  defaultParliamentaryCalendar,
  defaultPrinsjesdag,
  defaultRecess,
  defaultVerantwoordingsdag,
  prinsjesdag,
  recess,
  RECESS_NAMES,
  verantwoordingsdag,
} from "./parliamentary-calendar";
export type {
  CalendarSource,
  IsoRange,
  NotaWindow,
  ParliamentaryCalendar,
  ParliamentaryCalendarOverrides,
  RecessAlias,
  RecessName,
  RecessPeriod,
} from "./parliamentary-calendar";
export { TWEEDE_KAMER_RECESSES } from "./recess-table";
