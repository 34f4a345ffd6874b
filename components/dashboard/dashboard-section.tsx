// A dashboard section: a heading that is there at once, and content that streams in when its query is done.

interface SectionProps {
  id: string;
  title: string;
  /** one line under the heading: what the numbers are */
  intro?: React.ReactNode;
  children: React.ReactNode;
  /** keep the whole section on one printed page (small sections only) */
  keepTogether?: boolean;
}

export function DashboardSection({ id, title, intro, children, keepTogether }: SectionProps) {
  return (
    <section aria-labelledby={id} className={`space-y-3 ${keepTogether ? "print:break-inside-avoid" : ""}`}>
      <div>
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {intro ? <p className="text-sm text-muted">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}

/** The fallback while a section's query runs: its heading, and quiet grey blocks of about its size. */
export function SectionSkeleton({ id, title, intro, rows = 3 }: Omit<SectionProps, "children"> & { rows?: number }) {
  return (
    <DashboardSection id={id} title={title} intro={intro}>
      <div aria-busy="true" className="space-y-2 rounded border border-gray-200 bg-white p-4">
        <p className="sr-only">{title}: bezig met laden…</p>
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows with no identity of their own
          <div key={i} aria-hidden="true" className={`h-5 rounded bg-gray-100 motion-safe:animate-pulse ${i % 2 ? "w-2/3" : "w-full"}`} />
        ))}
      </div>
    </DashboardSection>
  );
}
