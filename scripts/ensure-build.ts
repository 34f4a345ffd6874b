// Builds the app when there is no build yet or a source file changed since the last one, so that `npm start`
// on a fresh clone (or after a pull) serves the current code without a separate build step.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "next.config.js", "postcss.config.mjs", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (SKIP.has(child) || child.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/**
 * Builds when needed; resolves when the build is there. It runs as a child process, so the caller may prepare the
 * database meanwhile (npm start does: on a fresh clone the two together take the time of the build alone).
 */
export function ensureBuild(log: (m: string) => void): Promise<void> {
  const buildId = path.join(".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= Math.max(...SOURCES.map(newestMtime))) return Promise.resolve();
  log("app bouwen (next build), eenmalig na een wijziging…");
  const started = Date.now();
  const build = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return new Promise((resolve, reject) => {
    build.on("error", reject);
    build.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`next build is mislukt (exit ${code})`));
      log(`app gebouwd in ${Math.round((Date.now() - started) / 1000)} s`);
      resolve();
    });
  });
}
