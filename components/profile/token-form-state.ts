import type { FormState } from "@/lib/validation/form-state";

/** The create-token form's state: on success it carries the new token, which exists only in this answer. */
export interface TokenFormState extends FormState {
  token?: string;
  tokenName?: string;
}

/** A token as the profile page shows it: dates already formatted, the hash never leaves the server. */
export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export { TOKEN_NAME_MAX, TOKEN_NAME_MIN } from "@/lib/validation/api-token";
