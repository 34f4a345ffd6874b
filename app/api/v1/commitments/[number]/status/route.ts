import { badRequest } from "@/lib/api/responses";
import { apiUser, writeResponse, readJson, runWrite } from "@/lib/api/writes";
import { changeCommitmentStatus } from "@/lib/data/commitment-changes";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";

/** Status change: {to, reason?, note?, fulfilledBy?, version}. */
export async function POST(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  return runWrite(`POST status ${number}`, async () => {
    const user = await apiUser(request);
    if (!user) return writeResponse(await changeCommitmentStatus(null, number, {}), 200);
    if (!isCommitmentNumber(number)) return badRequest({ number: [`"${number}" is geen toezeggingnummer`] });
    const body = await readJson(request);
    if (!body.ok) return body.response;
    return writeResponse(await changeCommitmentStatus(user, number, body.body), 200);
  });
}
