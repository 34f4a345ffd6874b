/** A user as the management table shows it: what an admin needs, nothing more (no hashes, no SSO subject). */
export interface UserRowData {
  id: string;
  email: string;
  name: string;
  role: string;
  ministryCode: string | null;
  ssoLinked: boolean;
  disabled: boolean;
  isSelf: boolean;
}

export interface MinistryOption {
  code: string;
  name: string;
}
