export const COMMITMENT_NUMBER = /^TZ-\d{4}-\d{4,}$/;

export function isCommitmentNumber(value: string): boolean {
  return COMMITMENT_NUMBER.test(value);
}
