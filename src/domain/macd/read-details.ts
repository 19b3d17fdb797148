import type { Prisma } from '../../db/generated/client.js';

/** A request's details as stored: string values only (names as typed, resolved ids as strings). */
export function readDetails(value: Prisma.JsonValue): Record<string, string | undefined> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).flatMap(([key, entry]) => (typeof entry === 'string' ? [[key, entry]] : [])));
}
