import { cachedGet } from "@/lib/api/cached-get";
import { badRequest, internalError, json, notFound } from "@/lib/api/responses";
import { getDocument } from "@/lib/data/documents";
import { KamerstukCitationError, parseDocumentId } from "@/lib/kamerstuk";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return cachedGet(request, () => readDocument(params));
}

async function readDocument(params: Promise<{ id: string }>) {
  const { id } = await params;
  let canonical: string;
  try {
    canonical = parseDocumentId(id).id;
  } catch (error) {
    if (error instanceof KamerstukCitationError) return badRequest({ id: [error.message] });
    return internalError(error, `parse document id ${id}`);
  }
  try {
    const doc = await getDocument(canonical);
    return doc ? json(doc) : notFound(`Document ${canonical} staat niet in het register.`);
  } catch (error) {
    return internalError(error, `GET document ${canonical}`);
  }
}
