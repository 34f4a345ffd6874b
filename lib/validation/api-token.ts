// What an API token's name must be: a label for its owner, unique among their active tokens (checked by
// lib/data/api-tokens). Shared by the profile form and npm run token:create.
import { z } from "zod";
import { text } from "./primitives";

export const TOKEN_NAME_MIN = 3;
export const TOKEN_NAME_MAX = 60;

export const tokenNameSchema = z.object({
  name: text({ message: "Geef het token een naam." })
    .trim()
    .min(TOKEN_NAME_MIN, `Een naam heeft minstens ${TOKEN_NAME_MIN} tekens.`)
    .max(TOKEN_NAME_MAX, `Een naam heeft hoogstens ${TOKEN_NAME_MAX} tekens.`),
});
