// Slack's message text format (https://api.slack.com/reference/surfaces/formatting): "&", "<" and
// ">" arrive escaped, and links, e-mail addresses, phone numbers, channels, user groups and
// mentions arrive wrapped in <…>. The assistant reads the words the person typed.

export interface SlackTextOptions {
  /** The bot's own user id: its mention is not part of the question. */
  botUserId?: string;
  /** Without the bot's id, a mention that opens the text is taken to be the bot's (an @mention event). */
  leadingMentionIsBot: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * "<@UBOT> spend on AT&amp;T &gt; last month" → "spend on AT&T > last month". Other people's
 * mentions stay as <@U123> ("remove <@U123>" names a person); "<mailto:ana@corp.com|ana@corp.com>"
 * is the address, "<https://…|the bill>" its label, "<#C123|finance>" "#finance".
 */
export function readSlackText(text: string, options: SlackTextOptions): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string, offset: number) => readEnclosed(inner, offset, options))
    .replace(/&(?:amp|lt|gt);/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

function readEnclosed(inner: string, offset: number, options: SlackTextOptions): string {
  const [target = '', label] = splitLabel(inner);
  if (target.startsWith('@')) {
    const userId = target.slice(1);
    const isBot = options.botUserId === undefined ? options.leadingMentionIsBot && offset === 0 : userId === options.botUserId;
    return isBot ? ' ' : `<@${userId}>`;
  }
  if (target.startsWith('#')) return label ? `#${label}` : ' ';
  // <!here>, <!channel>, <!subteam^S123|@oncall>, <!date^…|fallback>: only a label is text.
  if (target.startsWith('!')) return label ?? ' ';
  if (/^mailto:/i.test(target)) return target.slice('mailto:'.length);
  if (/^tel:/i.test(target)) return label ?? target.slice('tel:'.length);
  return label ?? target;
}

function splitLabel(inner: string): [string, string | undefined] {
  const bar = inner.indexOf('|');
  return bar < 0 ? [inner, undefined] : [inner.slice(0, bar), inner.slice(bar + 1)];
}
