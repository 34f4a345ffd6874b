import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { problem } from "@/lib/api/responses";
import { refusalForAuthPost } from "@/lib/auth/auth-request";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's POST, after the body is known to be one it can read (lib/auth/auth-request). */
async function POST(request: NextRequest, context: Context) {
  const body = await request.text();
  const refusal = refusalForAuthPost(request.headers.get("content-type"), body);
  if (refusal) return problem(refusal.status, "Verzoek geweigerd", refusal.message);
  return handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
}

export { handler as GET, POST };
