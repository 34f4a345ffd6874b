// A worker for lib/platform/child-job.test.ts: each input names how it misbehaves (or behaves).
import { serveChildJob } from "./child-job";

type Input = { kind: "echo"; value: string } | { kind: "spin" } | { kind: "hog" } | { kind: "throw" } | { kind: "progress"; steps: number };

serveChildJob<Input, number, string>(async (input, progress) => {
  switch (input.kind) {
    case "echo":
      return input.value.toUpperCase();
    case "spin":
      // Busy forever, without ever yielding: only a kill ends this.
      for (;;) Math.sqrt(Math.random());
    case "hog": {
      // Memory outside the V8 heap (as pdf.js's inflated streams are), a few MB at a time.
      const kept: Buffer[] = [];
      for (;;) {
        kept.push(Buffer.alloc(8 * 1024 * 1024, 1));
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    case "throw":
      throw new Error("kapot");
    case "progress":
      for (let i = 1; i <= input.steps; i++) progress(i);
      return "klaar";
  }
});
