import { cachedGet } from "@/lib/api/cached-get";
import { badRequest, internalError, json, notFound } from "@/lib/api/responses";
import { apiUser, writeResponse, readJson, runWrite } from "@/lib/api/writes";
import { updateCommitment } from "@/lib/data/commitment-changes";
import { editableFields } from "@/lib/data/commitment-view";
import { getCommitment } from "@/lib/data/commitments";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";

export function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  return cachedGet(request, () => readCommitment(params));
}

async function readCommitment(params: Promise<{ number: string }>) {
  const { number } = await params;
  if (!isCommitmentNumber(number))
    return badRequest({ number: [`"${number}" is geen toezeggingnummer; verwacht TZ-<jaar>-<nnnn>, bijvoorbeeld TZ-2021-0010`] });
  try {
    const commitment = await getCommitment(number);
    return commitment ? json(commitment) : notFound(`Toezegging ${number} bestaat niet.`);
  } catch (error) {
    return internalError(error, `GET commitment ${number}`);
  }
}

/**
 * Partial update: fields left out keep their current value. `version` (the one the change starts from) is required;
 * when it is stale the answer is 409 with the current commitment.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  return runWrite(`PATCH commitment ${number}`, async () => {
    const user = await apiUser(request);
    if (!user) return writeResponse(await updateCommitment(null, number, {}), 200);
    if (!isCommitmentNumber(number)) return badRequest({ number: [`"${number}" is geen toezeggingnummer`] });
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const current = await getCommitment(number);
    if (!current) return notFound(`Toezegging ${number} bestaat niet.`);
    const merged = { ...editableFields(current), ...(body.body as Record<string, unknown>) };
    return writeResponse(await updateCommitment(user, number, merged), 200);
  });
}
