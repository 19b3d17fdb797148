import { PGlite } from '@electric-sql/pglite';

/**
 * PGlite in the app's own thread, running one query per turn of the event loop.
 *
 * PGlite runs a query synchronously and answers with an already-settled promise, so an answer's
 * dozen queries — and those of every other answer in flight — ran back to back as microtasks,
 * and a Slack request that arrived meanwhile was not even read until they had all finished
 * (acks p99 220–950 ms at 30 mentions/s on an idle machine). Here queries wait in line and are let
 * go one per `setImmediate`: between two queries the event loop reads sockets and runs timers,
 * so a request is read, verified and acknowledged after at most one query, and "Working on it…"
 * timers fire on time. Order is kept (first come, first run); PGlite's own mutexes still keep a
 * transaction's queries together and other queries out of it — a query let go while another
 * connection's transaction is open waits there, and the line moves on.
 */
export class PGliteTakingTurns extends PGlite {
  readonly #waiting: Array<() => void> = [];
  #isTurnScheduled = false;

  override async _runExclusiveQuery<T>(query: () => Promise<T>): Promise<T> {
    await new Promise<void>((resolve) => {
      this.#waiting.push(resolve);
      this.#scheduleTurn();
    });
    return super._runExclusiveQuery(query);
  }

  #scheduleTurn(): void {
    if (this.#isTurnScheduled) return;
    this.#isTurnScheduled = true;
    setImmediate(() => {
      this.#isTurnScheduled = false;
      this.#waiting.shift()?.();
      if (this.#waiting.length > 0) this.#scheduleTurn();
    });
  }
}
