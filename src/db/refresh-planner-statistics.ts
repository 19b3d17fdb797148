import type { PrismaClient } from './generated/client.js';

/**
 * Refreshes PostgreSQL's planner statistics for the whole database (ANALYZE samples each table,
 * so it takes well under a second at 1× and a few seconds at 50×). Call it after an import.
 *
 * Why: embedded PGlite has no autovacuum, and a PostgreSQL server may run with it off or not yet
 * have caught up with a large import. Without statistics the planner takes every table for a
 * handful of rows and joins invoice lines to services in nested loops: at 10× the "10 most
 * expensive mobile lines" ranking ran over 6 minutes and the unallocated spend reasons 33 s
 * (0.3 s each once analysed). Statistics change only the plan, never a figure.
 */
export async function refreshPlannerStatistics(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe('ANALYZE');
}
