// Server action calls checked before Next decodes them. Next answers a call it cannot decode (a cut-off form, an
// action id it does not know, arguments that are no FormData) with a bare 500, and lets an action run with
// arguments of the wrong shape. Every action of ours takes (state, form: FormData) — a test keeps it so — which
// gives one call shape to check: with JavaScript, a multipart body whose field "0" is a JSON array of two
// arguments, the second a FormData reference ("$K1"); without JavaScript, the fields React renders into the form
// ($ACTION_REF_n, $ACTION_n:0 naming the action, $ACTION_n:k holding the one bound argument, the state). The body
// is read with busboy, the parser Next itself uses, so the guard and Next agree on what a body holds.
import busboy from "busboy";
import { isMultipart, type Refusal } from "./request-guard";

/** Next 16 action ids: hex, 42 characters today. */
export const ACTION_ID_PATTERN = /^[0-9a-f]{40,64}$/;
const MAX_NESTING = 32;
const FORM_REFERENCE = /^\$K\d+$/;

export const BROKEN_FORM = "Het formulier is onvolledig of beschadigd aangekomen. Er is niets gewijzigd; laad de pagina opnieuw en probeer het nog eens.";
export const UNKNOWN_ACTION = "Deze formulieractie bestaat niet (meer). Er is niets gewijzigd; laad de pagina opnieuw en probeer het nog eens.";

export interface ActionPost {
  /** The Next-Action header, when the browser's JavaScript sent the form. */
  actionId: string | undefined;
  contentType: string | undefined;
  body: Buffer;
}

const broken: Refusal = { status: 400, message: BROKEN_FORM };
const unknown: Refusal = { status: 404, message: UNKNOWN_ACTION };

/** The text fields of a multipart body (files are skipped), or null when it is no well-formed multipart body. */
export function multipartFields(contentType: string, body: Buffer): Promise<Map<string, string> | null> {
  return new Promise((resolve) => {
    const fields = new Map<string, string>();
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: { "content-type": contentType }, limits: { fieldSize: body.length + 1 } });
    } catch {
      resolve(null);
      return;
    }
    parser.on("field", (name, value) => fields.set(name, value));
    parser.on("file", (_name, stream) => stream.resume());
    parser.on("error", () => resolve(null));
    parser.on("close", () => resolve(fields));
    parser.end(body);
  });
}

/** How deeply arrays and objects nest in a JSON text, counted without parsing it (a deep one overflows the stack). */
export function jsonNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return max;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined || jsonNesting(text) > MAX_NESTING) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function refusalForScriptedCall(fields: Map<string, string>): Refusal | null {
  const args = parseJson(fields.get("0"));
  if (!Array.isArray(args) || args.length !== 2 || typeof args[1] !== "string" || !FORM_REFERENCE.test(args[1])) return broken;
  return null;
}

function refusalForPlainForm(fields: Map<string, string>, knownIds: ReadonlySet<string>): Refusal | null {
  const names = [...fields.keys()].filter((name) => name.startsWith("$ACTION_"));
  if (names.length === 0) return null;
  const refs = names.filter((name) => /^\$ACTION_REF_\d+$/.test(name));
  if (refs.length !== 1 || names.some((name) => name.startsWith("$ACTION_ID_"))) return broken;
  const n = refs[0]!.slice("$ACTION_REF_".length);
  const action = parseJson(fields.get(`$ACTION_${n}:0`)) as { id?: unknown; bound?: unknown } | undefined;
  if (!action || typeof action !== "object" || typeof action.id !== "string" || typeof action.bound !== "string") return broken;
  if (!ACTION_ID_PATTERN.test(action.id) || !knownIds.has(action.id)) return unknown;
  const bound = /^\$@(\d+)$/.exec(action.bound);
  const state = bound ? parseJson(fields.get(`$ACTION_${n}:${bound[1]}`)) : undefined;
  return Array.isArray(state) && state.length === 1 ? null : broken;
}

/**
 * Why a POST that Next would treat as a server action call must be refused, or null when it has the one shape our
 * actions accept. `knownIds` are the ids in the build's server-reference manifest.
 */
export async function refusalForActionPost(post: ActionPost, knownIds: ReadonlySet<string>): Promise<Refusal | null> {
  if (post.actionId !== undefined) {
    if (!ACTION_ID_PATTERN.test(post.actionId) || !knownIds.has(post.actionId)) return unknown;
    if (!isMultipart(post.contentType)) return broken;
  } else if (!isMultipart(post.contentType)) return null;
  const fields = await multipartFields(post.contentType!, post.body);
  if (!fields) return broken;
  return post.actionId !== undefined ? refusalForScriptedCall(fields) : refusalForPlainForm(fields, knownIds);
}
