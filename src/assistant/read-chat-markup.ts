// A chat message's words without its markup. Teams sends what a person typed as HTML when the
// compose box formatted it ("<p>Hi Ledgerline,</p><p>spend with <strong>AT&amp;T</strong></p>"),
// and the bot's @mention as "<at>Ledgerline</at>"; a message pasted or relayed from Teams reaches
// the console or the HTTP API the same way. Paragraphs and line breaks stay line breaks, so a
// quoted line above the question can still be told from the question.

const entities: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** Tags whose end (or, for <br>, whose self) ends a line. */
const lineTags = /<(?:br\s*\/?|\/(?:p|div|li|h[1-6]|blockquote|pre|tr))\s*>/gi;
const inlineTags = /<\/?(?:p|div|span|b|strong|i|em|u|s|code|pre|ul|ol|li|h[1-6]|a|font|table|tbody|thead|tr|td|th)\b[^>]*>/gi;

// Slack's formatting is typed into the message itself: "*bold*", "_italic_", "~struck~" around a
// word or a few, and ``` fences. The marks go, the words stay ("lines with *zero* usage").
const emphasis = /(^|[\s(“"'])([*_~]{1,2})(?=[^\s*_~])([^*_~\n]{1,80}?[^\s*_~])\2(?=$|[\s).,!?:;…”"'])/gu;

function readSlackFormatting(message: string): string {
  if (!/[*_~`]/.test(message)) return message;
  return message.replace(/```/g, ' ').replace(emphasis, '$1$3');
}

/** The text of `message` with its markup read: Teams' mentions dropped, tags gone, entities decoded, a quote as "> …"; Slack's emphasis marks gone. */
export function readChatMarkup(message: string): string {
  return readTeamsMarkup(readSlackFormatting(message));
}

function readTeamsMarkup(message: string): string {
  if (!/[<&]/.test(message)) return message;
  return (
    message
      .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
      // A quoted block is someone else's words: written as a chat quote, one line per quoted line.
      .replace(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/gi, (_block, quoted: string) =>
        quoted
          .replace(lineTags, '\n')
          .replace(inlineTags, ' ')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => `> ${line.trim()}\n`)
          .join(''),
      )
      .replace(lineTags, '\n')
      .replace(inlineTags, ' ')
      .replace(/&#(\d{1,6});/g, (_entity, code: string) => String.fromCodePoint(Math.min(Number(code), 0x10ffff)))
      .replace(/&#x([\da-f]{1,6});/gi, (_entity, code: string) => String.fromCodePoint(Math.min(parseInt(code, 16), 0x10ffff)))
      .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/gi, (entity, name: string) => entities[name.toLowerCase()] ?? entity)
      .replace(/\u00a0/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{2,}/g, '\n')
      .trim()
  );
}
