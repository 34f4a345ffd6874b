import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Wachtwoord vergeten" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-4 rounded border border-gray-200 bg-white p-6">
      <h1 className="text-2xl font-semibold">Wachtwoord vergeten</h1>
      <p className="text-sm">Vul het e-mailadres van uw account in. U krijgt een link waarmee u één keer een nieuw wachtwoord kiest.</p>
      <ForgotPasswordForm action={forgotPasswordAction} />
      <p className="text-sm">
        <Link href="/login">Terug naar inloggen</Link>
      </p>
    </div>
  );
}
