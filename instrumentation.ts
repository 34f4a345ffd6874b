// Runs once when a Next.js server process starts: the reminder job lives in the app process, on its own database
// client (on the embedded database a second process's connection would break the one-connection rule).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startRemindersInApp } = await import("@/lib/scheduler/start-in-app");
    startRemindersInApp();
  }
}
