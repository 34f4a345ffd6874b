// The signed-in person as the rest of the code sees them, always re-read from the database (a role change or
// a disabled account takes effect at the next request, not when the session expires).
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: string;
  ministryCode: string | null;
  ministryName: string | null;
}
