// Which build is serving: set at `next build` (next.config.js), so that a deployment of new code changes every
// entity tag even while the register stands still.
export const BUILD_STAMP: string = process.env.TZR_BUILD_STAMP ?? "development";
