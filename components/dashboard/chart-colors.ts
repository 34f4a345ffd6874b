// Shared by the chart (client) and its legend (server). Both at least 3:1 against white (WCAG 1.4.11), and apart
// in lightness so the stack can be read without telling blue from green; a white line separates the segments.
export const CHART_COLORS = {
  outstanding: "#154273", // Rijksoverheid donkerblauw, 10.5:1
  fulfilled: "#39870c", // Rijksoverheid groen, 4.5:1
} as const;
