import { badRequest } from "@/lib/api/responses";
import { apiUser, mutationResponse, readJson, runWrite } from "@/lib/api/writes";
import { resetCommitmentDeadline } from "@/lib/data/commitment-deadline";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";

/** Deadline re-set: {deadlinePhrase, reason, version}. */
export async function POST(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  return runWrite(`POST deadline ${number}`, async () => {
    const user = await apiUser(request);
    if (!user) return mutationResponse(await resetCommitmentDeadline(null, number, {}), 200);
    if (!isCommitmentNumber(number)) return badRequest({ number: [`"${number}" is geen toezeggingnummer`] });
    const body = await readJson(request);
    if (!body.ok) return body.response;
    return mutationResponse(await resetCommitmentDeadline(user, number, body.body), 200);
  });
}
