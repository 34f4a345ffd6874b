import { describe, expect, it } from "vitest";
import { refusalForAuthPost } from "./auth-request";

describe("refusalForAuthPost", () => {
  it("lets the sign-in form and a session update through", () => {
    expect(refusalForAuthPost("application/x-www-form-urlencoded", "csrfToken=x&email=a%40b.nl")).toBeNull();
    expect(refusalForAuthPost("application/json", '{"data":{}}')).toBeNull();
  });

  it("refuses unparseable JSON and other bodies with a message instead of next-auth's 500 or '[object Object]'", () => {
    expect(refusalForAuthPost("application/json; charset=utf-7", "{")).toMatchObject({ status: 400, message: expect.stringContaining("JSON") });
    expect(refusalForAuthPost("application/json", "[1]")?.status).toBe(400);
    expect(refusalForAuthPost("text/plain", "{}")).toMatchObject({ status: 415, message: expect.stringContaining("formulier") });
    expect(refusalForAuthPost(null, "")?.status).toBe(415);
  });
});
