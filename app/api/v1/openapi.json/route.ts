import { json } from "@/lib/api/responses";
import { openApiDocument } from "@/lib/api/openapi";

export function GET() {
  return json(openApiDocument);
}
