// The reviewed seed data file (prisma/seed/*.json). Validated before anything is written.
import { z } from "zod";
import { COMMITMENT_STATUSES } from "@/lib/commitment/status";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "verwacht JJJJ-MM-DD");

export const seedFileSchema = z.object({
  letter: z.string().min(1),
  ministries: z.array(z.object({ code: z.string().min(1), name: z.string().min(1) })),
  ministers: z.array(z.object({ key: z.string().min(1), name: z.string().min(1), function: z.string().min(1), ministry: z.string().min(1) })),
  dossiers: z.array(z.object({ nummer: z.string().regex(/^\d{4,6}$/), toevoeging: z.string().nullable(), title: z.string().nullable() })),
  documents: z.array(z.object({ citation: z.string().min(1), title: z.string().nullable(), date: isoDate.nullable() })),
  commitments: z.array(
    z.object({
      number: z.string().regex(/^TZ-\d{4}-\d{4}$/, "verwacht TZ-<jaar>-<nnnn>"),
      title: z.string().min(1).max(200),
      text: z.string().min(1),
      status: z.enum(COMMITMENT_STATUSES),
      deadlinePhrase: z.string().min(1).nullable(),
      madeOn: isoDate.nullable(),
      activity: z.string().min(1),
      minister: z.string().min(1),
      ministry: z.string().min(1),
      committee: z.string().nullable(),
      addressee: z.string().nullable(),
      references: z.array(z.object({ citation: z.string().min(1), role: z.enum(["source", "fulfilment", "related"]) })),
    }),
  ),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
