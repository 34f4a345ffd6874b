import type { FormState } from "@/lib/validation/form-state";

/** A follow form's state: whether the user follows the thing now, as the server saw it after the action. */
export interface FollowState extends FormState {
  following?: boolean;
}

export type FollowAction = (state: FollowState, form: FormData) => Promise<FollowState>;

/** A followed commitment as the following page shows it (dates already formatted). */
export interface FollowedCommitmentRow {
  number: string;
  title: string;
  status: string;
  deadline: string;
  since: string;
}

export interface FollowedFilterRow {
  id: number;
  name: string;
  href: string;
  description: string;
  since: string;
}
