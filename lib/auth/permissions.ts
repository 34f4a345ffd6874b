// Who may do what. One function decides, for pages, server actions and the API alike, so a rule cannot be
// enforced in one place and forgotten in another. It fails closed: an unknown role, permission or missing
// ministry is refused, never mapped to "some" rights.

export const ROLES = ["editor", "coordinator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  editor: "Redacteur",
  coordinator: "Coördinator",
  admin: "Beheerder",
};

export function isRole(x: unknown): x is Role {
  return typeof x === "string" && (ROLES as readonly string[]).includes(x);
}

export const PERMISSIONS = [
  "commitment.create",
  "commitment.edit",
  "commitment.note",
  "commitment.status.progress",
  "commitment.status.fulfil",
  "commitment.status.lapse",
  "commitment.status.withdraw",
  "commitment.status.reopen",
  "commitment.deadline.reset",
  "commitment.deadline.postpone_by_letter",
  "user.manage",
  "minister.merge",
  "token.manage_own",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(x: unknown): x is Permission {
  return typeof x === "string" && (PERMISSIONS as readonly string[]).includes(x);
}

/** `role` is a plain string because it comes from the database or a session, which the type system cannot vouch for. */
export type Actor = { id: string; role: string; ministryCode: string | null };

export type Decision = { allowed: true } | { allowed: false; status: 401 | 403; message: string };

import { transitionKindFor, type TransitionKind } from "@/lib/commitment/transitions";
import type { CommitmentStatus } from "@/lib/commitment/status";

/** A kind of status change (lib/commitment/transitions.ts): each needs its own permission. */
export type StatusKind = TransitionKind;

const STATUS_PERMISSIONS: Readonly<Record<StatusKind, Permission>> = {
  progress: "commitment.status.progress",
  fulfil: "commitment.status.fulfil",
  lapse: "commitment.status.lapse",
  withdraw: "commitment.status.withdraw",
  reopen: "commitment.status.reopen",
};

/** The permission a status change of this kind (see checkTransition in lib/commitment/transitions.ts) needs. */
export function statusPermission(kind: StatusKind): Permission {
  const permission = STATUS_PERMISSIONS[kind];
  // A kind added to the workflow without a permission must not slip through as "no permission needed".
  if (!permission) throw new Error(`Geen recht bekend voor statuswijziging "${String(kind)}".`);
  return permission;
}

/** The permission moving a commitment to `to` needs: the one map from target status to right. */
export function statusChangePermission(to: CommitmentStatus): Permission {
  return statusPermission(transitionKindFor(to));
}

// Editors may do these, within their own ministry: the day-to-day upkeep of their ministry's commitments.
// Closing, reopening and postponing a commitment change what the register reports to the Kamer, so those
// stay with coordinators, who oversee all ministries. One postponement is upkeep: recording the new deadline a
// minister's own letter gave the Kamer ("uitstelbericht"), with that letter as the reason — the decision was the
// minister's, and the letter is on record.
const EDITOR_COMMITMENT_PERMISSIONS: ReadonlySet<Permission> = new Set([
  "commitment.create",
  "commitment.edit",
  "commitment.note",
  "commitment.status.progress",
  "commitment.deadline.postpone_by_letter",
]);

/** Completes "Log in om …" and "Alleen een coördinator kan …". */
const ACTIONS: Readonly<Record<Permission, { infinitive: string; verb: string }>> = {
  "commitment.create": { infinitive: "een toezegging toe te voegen", verb: "een toezegging toevoegen" },
  "commitment.edit": { infinitive: "een toezegging te wijzigen", verb: "een toezegging wijzigen" },
  "commitment.note": { infinitive: "een notitie bij een toezegging te plaatsen", verb: "een notitie bij een toezegging plaatsen" },
  "commitment.status.progress": { infinitive: "een toezegging als deels nagekomen te markeren", verb: "een toezegging als deels nagekomen markeren" },
  "commitment.status.fulfil": { infinitive: "een toezegging als nagekomen te markeren", verb: "een toezegging als nagekomen markeren" },
  "commitment.status.lapse": { infinitive: "een toezegging als vervallen te markeren", verb: "een toezegging als vervallen markeren" },
  "commitment.status.withdraw": { infinitive: "een toezegging in te trekken", verb: "een toezegging intrekken" },
  "commitment.status.reopen": { infinitive: "een toezegging te heropenen", verb: "een toezegging heropenen" },
  "commitment.deadline.reset": { infinitive: "een toezegging een nieuwe termijn te geven", verb: "een toezegging een nieuwe termijn geven" },
  "commitment.deadline.postpone_by_letter": {
    infinitive: "de nieuwe termijn uit een uitstelbericht vast te leggen",
    verb: "de nieuwe termijn uit een uitstelbericht vastleggen",
  },
  "user.manage": { infinitive: "gebruikers te beheren", verb: "gebruikers beheren" },
  "minister.merge": { infinitive: "bewindspersonen samen te voegen", verb: "bewindspersonen samenvoegen" },
  "token.manage_own": { infinitive: "uw API-tokens te beheren", verb: "API-tokens beheren" },
};

/** What an editor may do to their own ministry's commitments, for the "eigen ministerie" refusal. */
const OWN_MINISTRY_PHRASES: Partial<Record<Permission, string>> = {
  "commitment.create": "alleen toezeggingen voor uw eigen ministerie ({own}) toevoegen",
  "commitment.edit": "alleen toezeggingen van uw eigen ministerie ({own}) wijzigen",
  "commitment.note": "alleen bij toezeggingen van uw eigen ministerie ({own}) notities plaatsen",
  "commitment.status.progress": "alleen toezeggingen van uw eigen ministerie ({own}) als deels nagekomen markeren",
  "commitment.deadline.postpone_by_letter": "alleen bij toezeggingen van uw eigen ministerie ({own}) een uitstelbericht vastleggen",
};

const ALLOWED: Decision = { allowed: true };

// Managing accounts and merging ministers change the register for everyone: a beheerder's work.
const ADMIN_ONLY: ReadonlySet<Permission> = new Set(["user.manage", "minister.merge"]);

function forbidden(message: string): Decision {
  return { allowed: false, status: 403, message };
}

function decideEditor(actor: Actor, permission: Permission, target: { ministryCode: string } | undefined): Decision {
  if (permission === "token.manage_own") return ALLOWED;
  if (ADMIN_ONLY.has(permission)) return forbidden(`Alleen een beheerder kan ${ACTIONS[permission].verb}.`);
  if (!EDITOR_COMMITMENT_PERMISSIONS.has(permission)) {
    return forbidden(`Alleen een coördinator kan ${ACTIONS[permission].verb}.`);
  }
  // An editor's rights are scoped to a ministry; without one there is no scope, so nothing is allowed
  // (rather than everything, which is what "no restriction" would amount to).
  if (!actor.ministryCode) {
    return forbidden(
      "Uw account is niet aan een ministerie gekoppeld, dus als redacteur kunt u geen toezeggingen wijzigen. Vraag een beheerder dit in te stellen.",
    );
  }
  // Callers must say whose commitment it is; forgetting to must not read as permission.
  if (!target || typeof target.ministryCode !== "string" || target.ministryCode === "") {
    return forbidden("Het is niet bekend bij welk ministerie deze toezegging hoort, dus kan niet worden nagegaan of u haar mag wijzigen.");
  }
  // Exact comparison: ministry codes are unique keys ("JenV", "BZK"), and a loose match could confuse two.
  if (target.ministryCode !== actor.ministryCode) {
    const phrase = OWN_MINISTRY_PHRASES[permission]!.replace("{own}", actor.ministryCode);
    return forbidden(`Als redacteur kunt u ${phrase}; deze hoort bij ${target.ministryCode}.`);
  }
  return ALLOWED;
}

/**
 * Whether `actor` may do `permission`, on a commitment of `target.ministryCode` where the permission concerns
 * one (for "commitment.create": the ministry the new commitment will belong to). 401 means "sign in", 403
 * means signing in (again) will not help.
 */
export function decide(actor: Actor | null, permission: Permission, target?: { ministryCode: string }): Decision {
  // Permission names can arrive as strings from route tables; an unknown one is a programming error to refuse.
  if (!isPermission(permission)) return forbidden(`Onbekende actie "${String(permission)}": geen rechten.`);
  if (!actor) return { allowed: false, status: 401, message: `Log in om ${ACTIONS[permission].infinitive}.` };
  if (!isRole(actor.role)) return forbidden(`Onbekende rol "${String(actor.role)}": geen rechten.`);

  switch (actor.role) {
    case "admin":
      return ALLOWED;
    case "coordinator":
      return ADMIN_ONLY.has(permission) ? forbidden(`Alleen een beheerder kan ${ACTIONS[permission].verb}.`) : ALLOWED;
    case "editor":
      return decideEditor(actor, permission, target);
  }
}
