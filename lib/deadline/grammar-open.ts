/**
 * Phrases that promise action but name no period. They are recognised (so they are not
 * reported as typos) and resolved as open: no earliest, no latest.
 */
import type { Grammar } from "./period";

const URGENT = "Geen concrete termijn: er is spoed toegezegd, maar geen datum of periode genoemd.";
const UNDETERMINED = "Geen termijn: de termijn is (nog) niet vastgesteld.";

const OPEN_PHRASES: Record<string, string> = {
  "op korte termijn": URGENT,
  "korte termijn": URGENT,
  "op zo kort mogelijke termijn": URGENT,
  "zo spoedig mogelijk": URGENT,
  "zo snel mogelijk": URGENT,
  "zo snel als mogelijk": URGENT,
  "zo spoedig als mogelijk": URGENT,
  zsm: URGENT,
  "z.s.m": URGENT,
  spoedig: URGENT,
  binnenkort: URGENT,
  "binnen afzienbare tijd": URGENT,
  "de komende tijd": URGENT,
  "op termijn": UNDETERMINED,
  "op middellange termijn": UNDETERMINED,
  "op (middel)lange termijn": UNDETERMINED,
  "op lange termijn": UNDETERMINED,
  "op langere termijn": UNDETERMINED,
  "nog nader te bepalen": UNDETERMINED,
  "nader te bepalen": UNDETERMINED,
  "nog te bepalen": UNDETERMINED,
  ntb: UNDETERMINED,
  "n.t.b": UNDETERMINED,
  nnb: UNDETERMINED,
  "n.n.b": UNDETERMINED,
  "te zijner tijd": UNDETERMINED,
  tzt: UNDETERMINED,
  "t.z.t": UNDETERMINED,
  onbekend: UNDETERMINED,
  "nog onbekend": UNDETERMINED,
  "nog niet bekend": UNDETERMINED,
  "geen termijn": UNDETERMINED,
  "geen termijn genoemd": UNDETERMINED,
};

export const parseOpen: Grammar = (text) => {
  const explanation = OPEN_PHRASES[text];
  return explanation ? { open: true, explanation } : null;
};
