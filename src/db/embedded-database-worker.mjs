// Entry of the embedded database's worker thread. The product runs from TypeScript through tsx,
// and a worker thread does not inherit the loader hooks of the thread that started it (nor, under
// vitest, its transforms), so the worker registers tsx itself before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./run-embedded-database-worker.ts');
