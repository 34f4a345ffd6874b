import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BROKEN_FORM, jsonNesting, refusalForActionPost, UNKNOWN_ACTION } from "./action-guard";

const ID = "60".padEnd(42, "a");
const known = new Set([ID]);
const boundary = "grens";
const contentType = `multipart/form-data; boundary=${boundary}`;
function multipart(fields: Array<[string, string]>): Buffer {
  return Buffer.from(`${fields.map(([n, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`).join("")}--${boundary}--\r\n`);
}
const scripted = (body: Buffer, actionId = ID, type = contentType) => refusalForActionPost({ actionId, contentType: type, body }, known);
const plain = (body: Buffer) => refusalForActionPost({ actionId: undefined, contentType, body }, known);

describe("refusalForActionPost: calls made by the browser's JavaScript", () => {
  it("lets a call through that has the shape React sends for (state, form)", async () => {
    expect(
      await scripted(
        multipart([
          ["0", '[{"status":"idle"},"$K1"]'],
          ["1_email", "a@example.nl"],
        ]),
      ),
    ).toBeNull();
  });

  it("refuses an action id that is malformed or not in the build with 404", async () => {
    expect(await scripted(multipart([["0", '[{},"$K1"]']]), "../../etc/passwd")).toEqual({ status: 404, message: UNKNOWN_ACTION });
    expect((await scripted(multipart([["0", '[{},"$K1"]']]), "ab".repeat(21)))?.status).toBe(404);
  });

  it("refuses a body that is no multipart form, a cut-off form, and arguments of another shape with 400", async () => {
    const refusals = await Promise.all([
      scripted(Buffer.from('[{},"$K1"]'), ID, "text/plain;charset=UTF-8"),
      scripted(Buffer.alloc(0)),
      scripted(multipart([["0", '[{},"$K1"]']]).subarray(0, 40)),
      scripted(multipart([["0", '["$K1"]']])),
      scripted(multipart([["0", "[1,2,3]"]])),
      scripted(multipart([["0", '[{},"$Q1"]']])),
      scripted(multipart([["0", "[[["]])),
      scripted(multipart([["1_title", "x"]])),
      scripted(multipart([["0", '[{},"$K1"]']]), ID, "multipart/form-data"),
    ]);
    expect(refusals).toEqual(refusals.map(() => ({ status: 400, message: BROKEN_FORM })));
  });

  it("refuses arguments nested deeper than 32 levels before parsing them", async () => {
    expect(jsonNesting('[{"a":"[[[["},[]]')).toBe(2);
    expect((await scripted(multipart([["0", `${"[".repeat(50_000)}{},"$K1"${"]".repeat(50_000)}`]])))?.status).toBe(400);
  });
});

describe("refusalForActionPost: forms posted without JavaScript", () => {
  const form = (id: string, state: string) =>
    multipart([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", `{"id":"${id}","bound":"$@1"}`],
      ["$ACTION_1:1", state],
      ["email", "a@example.nl"],
    ]);

  it("lets the fields through that React renders into a form", async () => {
    expect(await plain(form(ID, '[{"status":"idle"}]'))).toBeNull();
    expect(await plain(multipart([["q", "politie"]]))).toBeNull();
  });

  it("refuses an unknown action, a missing state, and a bare $ACTION_ID_ call (our actions take a state first)", async () => {
    expect((await plain(form("f".repeat(42), "[{}]")))?.status).toBe(404);
    expect((await plain(form(ID, "[{},{}]")))?.status).toBe(400);
    expect(
      (
        await plain(
          multipart([
            ["$ACTION_REF_1", ""],
            ["$ACTION_1:0", `{"id":"${ID}","bound":null}`],
          ]),
        )
      )?.status,
    ).toBe(400);
    expect(
      (
        await plain(
          multipart([
            [`$ACTION_ID_${ID}`, ""],
            ["x", "1"],
          ]),
        )
      )?.status,
    ).toBe(400);
  });
});

describe("every server action takes (state, form: FormData)", () => {
  function actionFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? actionFiles(full) : entry.name === "actions.ts" ? [full] : [];
    });
  }

  it("so that the guard's one call shape fits them all", () => {
    const files = actionFiles("app");
    expect(files.length).toBeGreaterThan(5);
    const signatures = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/export async function (\w+)\(([^)]*)\)/g)].map(([, name, params]) => ({
        file,
        name,
        params: params!.split(",").map((p) => p.trim()),
      })),
    );
    expect(signatures.length).toBeGreaterThan(15);
    const misfits = signatures.filter(({ params }) => params.length !== 2 || !params[0]!.startsWith("_") || !/^\w+: FormData$/.test(params[1]!));
    expect(misfits).toEqual([]);
    for (const file of files) expect(readFileSync(file, "utf8")).not.toMatch(/export (const|default|\{)/);
  });
});
