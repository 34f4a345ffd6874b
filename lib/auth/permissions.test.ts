import { describe, expect, it } from "vitest";
import { type Actor, decide, isRole, PERMISSIONS, type Permission, ROLE_LABELS, ROLES, statusPermission } from "./permissions";

const OWN = { ministryCode: "JenV" };
const OTHER = { ministryCode: "BZK" };

const ACTORS: Record<string, Actor | null> = {
  anonymous: null,
  unknown: { id: "u0", role: "superuser", ministryCode: "JenV" },
  "editor-no-ministry": { id: "u1", role: "editor", ministryCode: null },
  editor: { id: "u2", role: "editor", ministryCode: "JenV" },
  coordinator: { id: "u3", role: "coordinator", ministryCode: "JenV" },
  admin: { id: "u4", role: "admin", ministryCode: null },
};

// The full matrix. Per permission: the outcome on a commitment of the actor's own ministry, then of another
// ministry ("own/other"). Y = allowed, otherwise the HTTP status of the refusal.
type Cell = `${"Y" | "401" | "403"}/${"Y" | "401" | "403"}`;
const MATRIX: Record<Permission, Record<keyof typeof ACTORS, Cell>> = {
  //                           anonymous     unknown       editor-no-ministry        editor             coordinator        admin
  "commitment.create": { anonymous: "401/401", unknown: "403/403", "editor-no-ministry": "403/403", editor: "Y/403", coordinator: "Y/Y", admin: "Y/Y" },
  "commitment.edit": { anonymous: "401/401", unknown: "403/403", "editor-no-ministry": "403/403", editor: "Y/403", coordinator: "Y/Y", admin: "Y/Y" },
  "commitment.note": { anonymous: "401/401", unknown: "403/403", "editor-no-ministry": "403/403", editor: "Y/403", coordinator: "Y/Y", admin: "Y/Y" },
  "commitment.status.progress": {
    anonymous: "401/401",
    unknown: "403/403",
    "editor-no-ministry": "403/403",
    editor: "Y/403",
    coordinator: "Y/Y",
    admin: "Y/Y",
  },
  "commitment.status.fulfil": {
    anonymous: "401/401",
    unknown: "403/403",
    "editor-no-ministry": "403/403",
    editor: "403/403",
    coordinator: "Y/Y",
    admin: "Y/Y",
  },
  "commitment.status.lapse": { anonymous: "401/401", unknown: "403/403", "editor-no-ministry": "403/403", editor: "403/403", coordinator: "Y/Y", admin: "Y/Y" },
  "commitment.status.withdraw": {
    anonymous: "401/401",
    unknown: "403/403",
    "editor-no-ministry": "403/403",
    editor: "403/403",
    coordinator: "Y/Y",
    admin: "Y/Y",
  },
  "commitment.status.reopen": {
    anonymous: "401/401",
    unknown: "403/403",
    "editor-no-ministry": "403/403",
    editor: "403/403",
    coordinator: "Y/Y",
    admin: "Y/Y",
  },
  "commitment.deadline.reset": {
    anonymous: "401/401",
    unknown: "403/403",
    "editor-no-ministry": "403/403",
    editor: "403/403",
    coordinator: "Y/Y",
    admin: "Y/Y",
  },
  "commitment.deadline.postpone_by_letter": {
    anonymous: "401/401",
    unknown: "403/403",
    "editor-no-ministry": "403/403",
    editor: "Y/403",
    coordinator: "Y/Y",
    admin: "Y/Y",
  },
  "user.manage": { anonymous: "401/401", unknown: "403/403", "editor-no-ministry": "403/403", editor: "403/403", coordinator: "403/403", admin: "Y/Y" },
  "minister.merge": { anonymous: "401/401", unknown: "403/403", "editor-no-ministry": "403/403", editor: "403/403", coordinator: "403/403", admin: "Y/Y" },
  "token.manage_own": { anonymous: "401/401", unknown: "403/403", "editor-no-ministry": "Y/Y", editor: "Y/Y", coordinator: "Y/Y", admin: "Y/Y" },
};

function outcome(actor: Actor | null, permission: Permission, target: { ministryCode: string }): string {
  const d = decide(actor, permission, target);
  return d.allowed ? "Y" : String(d.status);
}

const cells = PERMISSIONS.flatMap((permission) => Object.keys(ACTORS).map((who) => [permission, who, MATRIX[permission][who]!] as const));

describe("decide: the full matrix", () => {
  it("covers every permission × actor", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...PERMISSIONS].sort());
    expect(cells).toHaveLength(PERMISSIONS.length * Object.keys(ACTORS).length);
  });

  it.each(cells)("%s for %s: %s (own/other ministry)", (permission, who, expected) => {
    const actor = ACTORS[who]!;
    expect(`${outcome(actor, permission, OWN)}/${outcome(actor, permission, OTHER)}`).toBe(expected);
  });

  it("every refusal carries a message", () => {
    for (const [permission, who] of cells) {
      for (const target of [OWN, OTHER]) {
        const d = decide(ACTORS[who]!, permission, target);
        if (!d.allowed) expect(d.message.length).toBeGreaterThan(10);
      }
    }
  });
});

describe("decide: messages", () => {
  const message = (actor: Actor | null, permission: Permission, target?: { ministryCode: string }) => {
    const d = decide(actor, permission, target);
    return d.allowed ? "(allowed)" : d.message;
  };

  it("asks anonymous visitors to log in, naming the action", () => {
    expect(message(null, "commitment.status.reopen", OWN)).toBe("Log in om een toezegging te heropenen.");
    expect(message(null, "commitment.create")).toBe("Log in om een toezegging toe te voegen.");
    expect(message(null, "token.manage_own")).toBe("Log in om uw API-tokens te beheren.");
  });

  it("refuses unknown roles everywhere instead of treating them as the lowest role", () => {
    expect(message(ACTORS.unknown!, "token.manage_own")).toBe('Onbekende rol "superuser": geen rechten.');
    for (const role of ["", "Editor", "ADMIN", " admin", "viewer"]) {
      for (const permission of PERMISSIONS) {
        expect(decide({ id: "x", role, ministryCode: "JenV" }, permission, OWN)).toEqual({
          allowed: false,
          status: 403,
          message: `Onbekende rol "${role}": geen rechten.`,
        });
      }
    }
  });

  it("tells an editor whose ministry a commitment belongs to", () => {
    expect(message(ACTORS.editor!, "commitment.edit", OTHER)).toBe(
      "Als redacteur kunt u alleen toezeggingen van uw eigen ministerie (JenV) wijzigen; deze hoort bij BZK.",
    );
    expect(message(ACTORS.editor!, "commitment.create", OTHER)).toBe(
      "Als redacteur kunt u alleen toezeggingen voor uw eigen ministerie (JenV) toevoegen; deze hoort bij BZK.",
    );
    expect(message(ACTORS.editor!, "commitment.note", OTHER)).toBe(
      "Als redacteur kunt u alleen bij toezeggingen van uw eigen ministerie (JenV) notities plaatsen; deze hoort bij BZK.",
    );
    expect(message(ACTORS.editor!, "commitment.status.progress", OTHER)).toBe(
      "Als redacteur kunt u alleen toezeggingen van uw eigen ministerie (JenV) als deels nagekomen markeren; deze hoort bij BZK.",
    );
  });

  it("names the role an editor would need", () => {
    expect(message(ACTORS.editor!, "commitment.status.fulfil", OWN)).toBe("Alleen een coördinator kan een toezegging als nagekomen markeren.");
    expect(message(ACTORS.editor!, "commitment.status.lapse", OWN)).toBe("Alleen een coördinator kan een toezegging als vervallen markeren.");
    expect(message(ACTORS.editor!, "commitment.status.withdraw", OWN)).toBe("Alleen een coördinator kan een toezegging intrekken.");
    expect(message(ACTORS.editor!, "commitment.status.reopen", OWN)).toBe("Alleen een coördinator kan een toezegging heropenen.");
    expect(message(ACTORS.editor!, "commitment.deadline.reset", OWN)).toBe("Alleen een coördinator kan een toezegging een nieuwe termijn geven.");
    expect(message(ACTORS.editor!, "user.manage")).toBe("Alleen een beheerder kan gebruikers beheren.");
    expect(message(ACTORS.coordinator!, "user.manage")).toBe("Alleen een beheerder kan gebruikers beheren.");
    expect(message(ACTORS.coordinator!, "minister.merge")).toBe("Alleen een beheerder kan bewindspersonen samenvoegen.");
  });

  it("refuses an editor without a ministry, and explains how to fix it", () => {
    expect(message(ACTORS["editor-no-ministry"]!, "commitment.edit", OWN)).toBe(
      "Uw account is niet aan een ministerie gekoppeld, dus als redacteur kunt u geen toezeggingen wijzigen. Vraag een beheerder dit in te stellen.",
    );
    expect(decide({ id: "x", role: "editor", ministryCode: "" }, "commitment.edit", { ministryCode: "" }).allowed).toBe(false);
  });

  it("refuses an editor when the caller forgot to say whose commitment it is", () => {
    for (const permission of ["commitment.create", "commitment.edit", "commitment.note", "commitment.status.progress"] as const) {
      expect(decide(ACTORS.editor!, permission)).toMatchObject({ allowed: false, status: 403 });
      expect(decide(ACTORS.editor!, permission, { ministryCode: "" })).toMatchObject({ allowed: false, status: 403 });
    }
    // coordinators and admins work across ministries, so they need no target
    expect(decide(ACTORS.coordinator!, "commitment.status.fulfil")).toEqual({ allowed: true });
    expect(decide(ACTORS.admin!, "commitment.edit")).toEqual({ allowed: true });
  });

  it("compares ministry codes exactly", () => {
    expect(decide(ACTORS.editor!, "commitment.edit", { ministryCode: "jenv" }).allowed).toBe(false);
  });

  it("refuses an unknown permission", () => {
    expect(decide(ACTORS.admin!, "commitment.delete" as Permission)).toEqual({
      allowed: false,
      status: 403,
      message: 'Onbekende actie "commitment.delete": geen rechten.',
    });
  });
});

describe("statusPermission", () => {
  it("maps each kind of status change to its permission", () => {
    expect(statusPermission("progress")).toBe("commitment.status.progress");
    expect(statusPermission("fulfil")).toBe("commitment.status.fulfil");
    expect(statusPermission("lapse")).toBe("commitment.status.lapse");
    expect(statusPermission("withdraw")).toBe("commitment.status.withdraw");
    expect(statusPermission("reopen")).toBe("commitment.status.reopen");
  });

  it("throws for a kind it does not know rather than require nothing", () => {
    expect(() => statusPermission("archive" as "reopen")).toThrow(/archive/);
  });
});

describe("roles", () => {
  it("lists the three roles with Dutch labels", () => {
    expect(ROLES).toEqual(["editor", "coordinator", "admin"]);
    expect(ROLE_LABELS).toEqual({ editor: "Redacteur", coordinator: "Coördinator", admin: "Beheerder" });
  });

  it("recognizes only exact role names", () => {
    expect(ROLES.every(isRole)).toBe(true);
    for (const x of ["Editor", "superuser", "", null, undefined, 1]) expect(isRole(x)).toBe(false);
  });
});
