/**
 * Background work taken one piece at a time, each after a paint. Five charts drawn in one go
 * commit in one task of a third of a second on a slow machine, and the page answers no click
 * meanwhile; drawn in turn, each is a task of its own.
 */

interface Job {
  run: () => void | Promise<void>;
  /** Moves on if the job never says it is done (its update was dropped, say). */
  timer: number;
}

/** The longest a piece holds the next back, in ms. */
const PATIENCE = 1000;

const waiting: Job[] = [];
let active: Job | null = null;

function next() {
  if (active || waiting.length === 0) return;
  const job = waiting.shift()!;
  active = job;
  // A timer set in an animation frame runs once that frame is painted.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (active !== job) return;
      job.timer = window.setTimeout(() => done(job), PATIENCE);
      void job.run();
    }),
  );
}

function done(job: Job) {
  clearTimeout(job.timer);
  if (active === job) {
    active = null;
    next();
  } else {
    const at = waiting.indexOf(job);
    if (at >= 0) waiting.splice(at, 1);
  }
}

/**
 * Runs `run` when the pieces queued before it are done and a frame has been painted since. The
 * returned function says the piece is done (or no longer wanted): call it once its update has
 * been drawn, from the cleanup of the effect that queued it.
 */
export function inTurn(run: () => void | Promise<void>): () => void {
  const job: Job = { run, timer: 0 };
  waiting.push(job);
  next();
  return () => done(job);
}
