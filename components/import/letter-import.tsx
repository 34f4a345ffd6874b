"use client";

import { useEffect, useRef, useState } from "react";
import type { Actor } from "@/lib/auth/permissions";
import type { AnalyseResult, LetterReview, SaveResult } from "@/lib/letter-import/review";
import { LetterReviewForm } from "./letter-review-form";
import { LetterUpload } from "./letter-upload";

/**
 * The two steps of a letter import. The letter's text lives here between them and goes back to the server with the
 * review, which reads it again; nothing is stored until the reviewer saves.
 */
export function LetterImport({
  ministries,
  actor,
  analyse,
  save,
}: {
  ministries: Array<{ code: string; name: string }>;
  actor: Actor;
  analyse: (state: null, form: FormData) => Promise<AnalyseResult>;
  save: (state: null, form: FormData) => Promise<SaveResult>;
}) {
  const [text, setText] = useState("");
  const [review, setReview] = useState<LetterReview | null>(null);
  const moved = useRef(false);

  // Moving between the steps replaces most of the page: take keyboard and screen reader focus to the new heading.
  useEffect(() => {
    if (!moved.current) return;
    document.getElementById(review ? "stap-beoordelen" : "stap-brief")?.focus();
  }, [review]);

  const go = (next: LetterReview | null) => {
    moved.current = true;
    setReview(next);
  };

  return review ? (
    <LetterReviewForm review={review} text={text} ministries={ministries} actor={actor} save={save} onBack={() => go(null)} />
  ) : (
    <LetterUpload text={text} onText={setText} onAnalysed={go} analyse={analyse} />
  );
}
