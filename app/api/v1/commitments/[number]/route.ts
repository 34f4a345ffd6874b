import { badRequest, internalError, json, notFound } from "@/lib/api/responses";
import { getCommitment } from "@/lib/data/commitments";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";

export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  if (!isCommitmentNumber(number)) return badRequest({ number: [`"${number}" is geen toezeggingnummer; verwacht TZ-<jaar>-<nnnn>, bijvoorbeeld TZ-2021-0010`] });
  try {
    const commitment = await getCommitment(number);
    return commitment ? json(commitment) : notFound(`Toezegging ${number} bestaat niet.`);
  } catch (error) {
    return internalError(error, `GET commitment ${number}`);
  }
}
