// Seeded randomness for randomised tests (integration and e2e alike), so a failing run can be replayed from its seed.

/** mulberry32: a small seeded PRNG, so a failing random run can be replayed from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function picker(random: () => number) {
  return {
    int: (n: number) => Math.floor(random() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!,
    chance: (p: number) => random() < p,
  };
}
