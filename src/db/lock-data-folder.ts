import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { LedgerlineError } from '../errors.js';

// PGlite is a single-process database: two processes writing one folder corrupt it. The first
// to open a folder writes its pid there; another process finds it and stops with a message that
// says what to do. A lock left by a process that no longer exists (killed, crashed) is taken over.
// Within one process the folder may be opened more than once (tests reopen it); it is released
// when the last opener closes.

const lockFileName = 'ledgerline.pid';
const openers = new Map<string, number>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(lockPath: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function removeIfOurs(lockPath: string): void {
  try {
    if (holderOf(lockPath) === process.pid) unlinkSync(lockPath);
  } catch {
    // Already gone: nothing to release.
  }
}

/** Takes the folder for this process; returns the release. Throws CONFLICT when another live process holds it. */
export function lockDataFolder(dataDir: string): () => void {
  const lockPath = path.resolve(dataDir, lockFileName);
  const held = openers.get(lockPath);
  if (held === undefined) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const descriptor = openSync(lockPath, 'wx');
        writeSync(descriptor, String(process.pid));
        closeSync(descriptor);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
        const holder = holderOf(lockPath);
        if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
          throw new LedgerlineError(
            'CONFLICT',
            `The database in ${dataDir} is in use by Ledgerline (pid ${holder}) — stop it or use DATABASE_URL.`,
          );
        }
        unlinkSync(lockPath);
      }
    }
    process.once('exit', () => removeIfOurs(lockPath));
  }
  openers.set(lockPath, (held ?? 0) + 1);
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    const remaining = (openers.get(lockPath) ?? 1) - 1;
    if (remaining > 0) openers.set(lockPath, remaining);
    else {
      openers.delete(lockPath);
      removeIfOurs(lockPath);
    }
  };
}
