"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/toezeggingen" })} className="text-white underline underline-offset-2">
      Uitloggen
    </button>
  );
}
