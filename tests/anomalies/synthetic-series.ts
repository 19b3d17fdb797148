/** Deterministic noise for synthetic series: a small linear congruential generator. */
export function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
}

/** Weekdays at `weekday`, the two weekend days at `weekend`, ±amplitude/2 noise. Day 0 is a Monday. */
export function weeklySeries(
  days: number,
  { weekday, weekend, amplitude, seed }: { weekday: number; weekend: number; amplitude: number; seed: number },
): number[] {
  const random = noise(seed);
  return Array.from(
    { length: days },
    (_, day) => (day % 7 >= 5 ? weekend : weekday) + (weekend === 0 && day % 7 >= 5 ? 0 : amplitude * random()),
  );
}
