"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The plain token, shown this once: only its hash is stored, so it cannot be shown again. Focus moves here so
 * keyboard and screen-reader users land on it (the form above has just been cleared).
 */
export function NewTokenNotice({ token, name }: { token: string; name: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again for every new token, though it does not read it
  useEffect(() => {
    heading.current?.focus();
    setCopied(null);
  }, [token]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  }

  return (
    <section aria-labelledby="new-token-heading" className="space-y-3 rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h3 id="new-token-heading" ref={heading} tabIndex={-1} className="font-semibold">
        Uw nieuwe token “{name}”
      </h3>
      <p className="text-sm">
        <strong>Kopieer het token nu.</strong> Het wordt niet opnieuw getoond: het register bewaart alleen een onomkeerbare afdruk (hash) ervan. Kwijt? Trek het
        in en maak een nieuw.
      </p>
      <div className="flex flex-wrap items-start gap-2">
        <code data-testid="new-token" className="block min-w-0 flex-1 break-all rounded border border-gray-400 bg-white px-3 py-2 font-mono text-sm">
          {token}
        </code>
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded border border-rijks bg-white px-3 py-2 text-sm font-medium text-rijks hover:bg-rijks-light"
        >
          Kopiëren
        </button>
      </div>
      <p aria-live="polite" className="text-sm">
        {copied === "yes" ? "Gekopieerd naar het klembord." : copied === "no" ? "Kopiëren lukte niet; selecteer het token en kopieer het zelf." : null}
      </p>
      <div className="text-sm">
        <p>Programma's sturen het mee in de kop van elk verzoek aan de API:</p>
        <pre className="mt-1 overflow-x-auto rounded bg-white px-3 py-2 font-mono text-xs">Authorization: Bearer {token}</pre>
        <p className="mt-2 text-muted">
          Het token heeft dezelfde rechten als uw account. Bewaar het als een wachtwoord en zet het niet in e-mail of in code die anderen kunnen lezen.
        </p>
      </div>
    </section>
  );
}
