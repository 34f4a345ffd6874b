// Connection parameters as separate fields. Prisma's pg adapter must be given these rather than a connection
// string: pg lets a connectionString win over `database`, which would point the migration "shadow" at the main db.
export interface PgConnectionParams {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
}

export function parseDatabaseUrl(url: string): PgConnectionParams {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`DATABASE_URL is geen geldige URL (verwacht postgres://gebruiker@host:5432/database).`);
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new Error(`DATABASE_URL moet met postgres:// of postgresql:// beginnen, niet met ${parsed.protocol}//.`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
  return {
    host: decodeURIComponent(parsed.hostname) || "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || "postgres",
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database,
  };
}

export function toDatabaseUrl(p: PgConnectionParams): string {
  const auth = encodeURIComponent(p.user) + (p.password ? `:${encodeURIComponent(p.password)}` : "");
  return `postgresql://${auth}@${p.host}:${p.port}/${encodeURIComponent(p.database)}`;
}

export function poolConfig(p: PgConnectionParams, max: number) {
  return {
    host: p.host,
    port: p.port,
    user: p.user,
    password: p.password,
    database: p.database,
    max,
  };
}
