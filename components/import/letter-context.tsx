import type { HighlightedContext } from "@/lib/letter-import/highlight";

/** The candidate's sentence marked in its paragraph of the letter. */
export function LetterContext({ context, cue, id }: { context: HighlightedContext; cue: string; id: string }) {
  return (
    <figure className="space-y-1">
      <blockquote id={id} className="rounded border-l-4 border-rijks bg-rijks-light px-3 py-2 text-sm leading-relaxed">
        {context.clippedBefore ? "… " : null}
        {context.before}
        <mark className="rounded-sm bg-yellow-200 px-0.5 text-ink">{context.match}</mark>
        {context.after}
        {context.clippedAfter ? " …" : null}
      </blockquote>
      <figcaption className="text-xs text-muted">Uit de brief; de gemarkeerde zin is herkend aan “{cue}”.</figcaption>
    </figure>
  );
}
