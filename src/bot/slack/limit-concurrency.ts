/**
 * Runs at most `maximum` tasks at once, the rest in arrival order, and starts a task only while
 * `canStart()` holds (no Slack request is waiting for its ack). Answers queue here so the event
 * loop stays free to acknowledge new requests within Slack's 3 s: the embedded database runs in
 * this thread, and fifty answers computing at once would starve the acks.
 */
export function limitConcurrency(maximum: number, canStart: () => boolean = () => true): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  const startNext = () => {
    if (running >= maximum || waiting.length === 0) return;
    if (!canStart()) {
      setTimeout(startNext, 5);
      return;
    }
    running += 1;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      setImmediate(startNext);
    });
    try {
      return await task();
    } finally {
      running -= 1;
      setImmediate(startNext);
    }
  };
}
