import { describe, it } from "vitest";
import { useMigratedDatabase } from "../support/test-database";
import { loadSeed, readSeedFile } from "@/lib/data/seed";
import { listCommitments } from "@/lib/data/commitments";
import { listDossiers, getDossier } from "@/lib/data/dossiers";
import { db } from "@/lib/db";
describe("t", () => {
  it("explore", async () => {
    const d = await useMigratedDatabase("postgres");
    await loadSeed(await readSeedFile("prisma/seed/kamerstuk-29628-1030.json"));
    const page = await listCommitments({ limit: 100 });
    for (const c of page.items) console.log(c.number, c.status, c.madeOn, JSON.stringify(c.deadline), c.overdue, c.daysOverdue, c.dossiers.map(x=>x.key).join(","), c.references.map(r=>r.role+":"+r.id).join(" "));
    console.log(JSON.stringify(await listDossiers()));
    console.log(JSON.stringify(await getDossier("29628")));
    console.log(JSON.stringify(await db().document.findMany({select:{id:true,url:true,label:true}})));
    console.log(JSON.stringify(await db().commitmentNumberSequence.findMany()));
    await d.drop();
  });
});
