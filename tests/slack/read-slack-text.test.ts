import { describe, expect, it } from 'vitest';
import { readSlackText } from '../../src/bot/slack/read-slack-text.js';

// Message text as Slack's Events API delivers it (api.slack.com/reference/surfaces/formatting).
describe('reading Slack message text', () => {
  const asMention = { botUserId: 'UBOT', leadingMentionIsBot: true };

  it.each([
    ['<@UBOT> what did we spend with AT&amp;T last month?', 'what did we spend with AT&T last month?'],
    ['<@UBOT> lines costing &gt; 50 &amp; &lt; 100', 'lines costing > 50 & < 100'],
    ['<@UBOT> add <mailto:ana.silva@corp.example|ana.silva@corp.example> as viewer', 'add ana.silva@corp.example as viewer'],
    ['<@UBOT> remove <@U0CAROL>', 'remove <@U0CAROL>'],
    ['<@UBOT|ledgerline> spend this month', 'spend this month'],
    ['<!here> <@UBOT> what is our aws spend', 'what is our aws spend'],
    ['<@UBOT> usage for <tel:+15555550100|+1 555 555 0100> in october', 'usage for +1 555 555 0100 in october'],
    ['<@UBOT> see <https://wiki.corp.example/telecom|the wiki> - lumen spend q3', 'see the wiki - lumen spend q3'],
    ['<@UBOT> posted in <#C0FIN|finance>: spend by vendor', 'posted in #finance: spend by vendor'],
    ['<@UBOT> <!subteam^S0TEM|@telecom-team> circuits at the depot', '@telecom-team circuits at the depot'],
  ])('%s → %s', (wire, typed) => {
    expect(readSlackText(wire, asMention)).toBe(typed);
  });

  it('without the bot id drops only a mention that opens an @mention event, never one in a command', () => {
    expect(readSlackText('<@U0BOT> remove <@U0CAROL>', { leadingMentionIsBot: true })).toBe('remove <@U0CAROL>');
    expect(readSlackText('<@U0CAROL> lines', { leadingMentionIsBot: false })).toBe('<@U0CAROL> lines');
  });
});
