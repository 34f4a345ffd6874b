// The dashboard counts exactly what the list behind each number shows: the list's own WHERE.
export { buildCommitmentWhere } from "./commitment-list-sql";
