// Many callers, one call at a time, and still never an old answer: every caller gets the result of a call that
// started after it asked. While a call runs, newcomers wait for the next one, which all of them share. Under load
// that is one call per round trip instead of one per caller; alone, a caller waits for nobody.
export function sharedFreshCall<T>(call: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let next: Promise<T> | undefined;

  const start = (): Promise<T> => {
    const started = call();
    running = started;
    const clear = () => {
      if (running === started) running = undefined;
    };
    started.then(clear, clear);
    return started;
  };

  return () => {
    if (!running) return start();
    next ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = undefined;
        return start();
      });
    return next;
  };
}
