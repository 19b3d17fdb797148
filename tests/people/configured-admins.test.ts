import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { isConfiguredAdmin } from '../../src/domain/people/configured-admins.js';

describe('LEDGERLINE_ADMINS', () => {
  it('reads Slack ids, Teams AAD ids, 29: ids and e-mails, and names itself when malformed', () => {
    const config = loadConfig({ LEDGERLINE_ADMINS: ' U0ADMIN , 7c0ffee0-0000-4000-8000-0000000000a1,29:1abc-def, Boss@Example.com ' });
    expect(config.admins).toEqual(['U0ADMIN', '7c0ffee0-0000-4000-8000-0000000000a1', '29:1abc-def', 'Boss@Example.com']);
    expect(loadConfig({}).admins).toEqual([]);
    expect(() => loadConfig({ LEDGERLINE_ADMINS: 'U0ADMIN,not an id' })).toThrow(/LEDGERLINE_ADMINS/);
  });

  it('matches a person by any id the platform sent or by e-mail, case-insensitively', () => {
    const admins = ['U0ADMIN', 'boss@example.com', '7C0FFEE0-0000-4000-8000-0000000000A1'];
    expect(isConfiguredAdmin(admins, { ids: ['U0ADMIN'] })).toBe(true);
    expect(isConfiguredAdmin(admins, { ids: ['U0OTHER'], email: 'Boss@Example.com' })).toBe(true);
    expect(isConfiguredAdmin(admins, { ids: ['7c0ffee0-0000-4000-8000-0000000000a1', '29:x'] })).toBe(true);
    expect(isConfiguredAdmin(admins, { ids: ['U0OTHER'], email: 'someone@example.com' })).toBe(false);
    expect(isConfiguredAdmin([], { ids: ['U0ADMIN'] })).toBe(false);
  });
});
