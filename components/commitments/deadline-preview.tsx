"use client";

import { tryResolveDeadline } from "@/lib/deadline";
import { formatRange } from "@/lib/format/dates";

/** What the typed phrase resolves to, live, with the same rules the server applies. */
export function DeadlinePreview({ phrase, madeOn, id }: { phrase: string; madeOn: string; id: string }) {
  let content: React.ReactNode = "Vul een termijn in om te zien welke periode het wordt.";
  let tone = "text-muted";
  if (phrase.trim()) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(madeOn)) {
      content = "Vul eerst de datum in waarop de toezegging is gedaan.";
    } else {
      const result = tryResolveDeadline(phrase, madeOn);
      if (result.ok) {
        const d = result.deadline;
        content = d.open ? "Open termijn: geen datum (wordt niet als 'over de termijn' getoond)." : `${formatRange(d.earliest, d.latest)} · ${d.explanation}`;
        tone = "text-ok";
      } else {
        content = result.error.message;
        tone = "text-overdue";
      }
    }
  }
  return (
    <p id={id} aria-live="polite" className={`text-sm ${tone}`}>
      {content}
    </p>
  );
}
