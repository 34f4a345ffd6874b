// Runs once when a Next.js server process starts: the settings are checked first (lib/env), so that plain
// `next start` refuses a wrong one as `npm start` does; then the reminder job starts in the app process, on its own
// database client (on the embedded database a second process's connection would break the one-connection rule).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkServerEnv, configurationMessage } = await import("@/lib/env");
    const checked = checkServerEnv(process.env);
    if (!checked.ok) {
      console.error(configurationMessage(checked.issues));
      process.exit(1);
    }
    const { startRemindersInApp } = await import("@/lib/scheduler/start-in-app");
    startRemindersInApp();
  }
}
