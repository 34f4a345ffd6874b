import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proxySessionToken } from "./proxy-token";

const SECRET = "test-secret-for-the-proxy-token-0123456789";
const previous = process.env.NEXTAUTH_SECRET;
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
});
afterAll(() => {
  process.env.NEXTAUTH_SECRET = previous;
});

const request = (cookie?: string) => new NextRequest("http://localhost:3000/overzicht", { headers: cookie ? { cookie } : {} });
const session = async (uid: string, maxAge: number) => `next-auth.session-token=${await encode({ token: { uid, name: uid }, secret: SECRET, maxAge })}`;

describe("the session as the proxy reads it", () => {
  it("knows who is signed in, every time the same cookie comes back", async () => {
    const cookie = await session("user-1", 3600);
    expect((await proxySessionToken(request(cookie)))?.uid).toBe("user-1");
    expect((await proxySessionToken(request(cookie)))?.uid).toBe("user-1");
    expect((await proxySessionToken(request(await session("user-2", 3600))))?.uid).toBe("user-2");
  });

  it("knows nobody without a cookie or with one that was tampered with", async () => {
    expect(await proxySessionToken(request())).toBeNull();
    const cookie = await session("user-1", 3600);
    expect(await proxySessionToken(request(`${cookie.slice(0, -6)}AAAAAA`))).toBeNull();
    expect(await proxySessionToken(request("next-auth.session-token=niet-een-token"))).toBeNull();
  });

  it("stops knowing someone when their session expires, also after having read it before", async () => {
    const cookie = await session("user-3", 60);
    expect((await proxySessionToken(request(cookie)))?.uid).toBe("user-3");
    expect(await proxySessionToken(request(cookie), Date.now() + 61_000)).toBeNull();
  });
});
