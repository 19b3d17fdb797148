/**
 * Whether a person is one of the admins named in configuration (LEDGERLINE_ADMINS): by any id the
 * platform sent (Slack user id, Teams AAD object id or 29: id) or by e-mail, case-insensitively.
 */
export function isConfiguredAdmin(admins: readonly string[], person: { ids: readonly string[]; email?: string | undefined }): boolean {
  if (admins.length === 0) return false;
  const named = new Set(admins.map((admin) => admin.trim().toLowerCase()).filter((admin) => admin !== ''));
  const keys = [...person.ids, ...(person.email ? [person.email] : [])].map((key) => key.trim().toLowerCase());
  return keys.some((key) => named.has(key));
}
