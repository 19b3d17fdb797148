// What a rambling message says around its question: the deck or slide the figure is for, who is
// building it, who asked and when it is due ("Deck is due to Tomasz by EOD tomorrow.", "(Aoife's
// template has five rows)", "Connor asked"). Those parts ask for nothing, and their words — a
// colleague's first name, "slide", "friday" — would otherwise be read as a name nobody has or a
// second period. A part is dropped only when another part of the message is left to answer.

/** The work products a figure is wanted for: no tool reads them, no filter is said with them. */
const workProduct = /\b(?:qbr|deck|slides?|appendix|callout|template|board pack|qbr pack|review pack|slideware|one[- ]pager)\b/i;

// A colleague doing or wanting something: "Raj is building the chart", "Hamish is reviewing it
// first", "Marcus reckons …", "Connor asked", "Last ask from Marcus".
const colleagueAside =
  /^(?:(?:and |but )?[A-Z][a-z]+ (?:is|was|will be|has been) (?:writing|building|reviewing|doing|dropping|putting|preparing|prepping|pulling|making|drafting|updating|finishing|working|presenting|checking)\b|[A-Z][a-z]+ (?:reckons|thinks|says|said|mentioned|owns|asked|asks|wanted|wants|needs|requested)(?: (?:for )?(?:it|this|that|them))?\s*[.!]*$|(?:(?:[Tt]he )?[Ll]ast|[Oo]ne more|[Aa]nother|[Qq]uick) (?:ask|one|question|request|q)(?: (?:from|for) [A-Z][a-z]+)?\s*[.!]*$|[A-Z][a-z]+ (?:again)?,? ?sorry!?$|(?:he|she|they) (?:says|said|thinks|reckons|mentioned)\b[^?]*$)/;

// Words that only set the tone: an apology, a promise, a greeting, "bit of context".
const toneAside =
  /^(?:sorry\b[^?]*|i promise\b[^?]*|(?:a )?bit of (?:context|background)|(?:good )?morning!?|hey!?|hi!?|context|background|fyi)$/i;

// Inside an aside, what a colleague asked for is the question when the message asks nothing else:
// "Kwame … asked which renewal notice deadlines we have", "Fergus owns the slide and he wants
// telecom spend for q3", "Siobhan's slide needs the Q3 spend for …".
const requestInAside =
  /\b(?:(?:has |had )?asked(?: (?:me|us))?(?: for)?|wants(?: to know)?|needs|would like(?: to know)?|is asking(?: for)?)\s+(?!(?:it|this|that|them|to|us|me|a word)\b)/;
// Where the figure goes, said after what is wanted: "… for the QBR", "… on the vendor slide".
const workTail =
  /\s*\b(?:for|in|on|into|at the end of) (?:the |our |my |a |his |her )?(?:[\w'’-]+ ){0,2}?(?:qbr|deck|slides?|appendix|callout|template|pack)\b.*$/i;

function isAside(part: string): boolean {
  const text = part
    .trim()
    .replace(/^[([]|[)\]]$/g, '')
    .trim();
  if (text.length === 0) return true;
  if (text.includes('?')) return false;
  return workProduct.test(text) || colleagueAside.test(text) || toneAside.test(text);
}

/** What a colleague asked for, from an aside that carries it; undefined when it carries none. */
function requestOf(part: string): string | undefined {
  const match = requestInAside.exec(part);
  if (!match) return undefined;
  const request = part.slice(match.index + match[0].length).replace(workTail, '');
  return request.trim().length === 0 || isAside(request) ? undefined : request;
}

// "can you list them?", "can you pull that?": a question about what the aside said.
const pointsBack =
  /^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:\w+\s+)?(?:list|show|give|send|pull|get|share|find)(?: me| us)? (?:them|those|these|it|that)\b|^\s*(?:what|how much)(?:['’]s| is| was| are| were) (?:it|that|this|they|those)\b|^\s*(?:do|does|did|can|could) (?:you|we|i) (?:have|know|see|find|get|pull) (?:it|that|this|them|those)\b/i;
const asksOnItsOwn = (part: string) => part.trim().split(/\s+/).length >= 3 && !pointsBack.test(part);

// Where a message divides: sentences, a colon or a dash before what follows, a parenthesis, and a
// comma before a question word ("pulling the deck together with Priya, what was …").
const boundary =
  /(?<=[.!?])\s+|(?<=\S):\s+|\s+[—–-]+\s+|\s*(\([^()]*\))\s*|,\s+(?=(?:what|how|which|who|when|where|can|could|is|are|do|does|did|will|quick one)\b)/i;

export function dropWorkAsides(question: string): string {
  if (!workProduct.test(question) && !/\b[A-Z][a-z]+ (?:asked|reckons|thinks|wants|needs|is \w+ing)\b/.test(question)) return question;
  const parts = question.split(boundary).filter((part): part is string => part !== undefined && part.trim().length > 0);
  const questions = parts.filter((part) => !isAside(part));
  // A part that asks on its own is the question; otherwise what a colleague asked for in an aside is.
  const kept = questions.some(asksOnItsOwn)
    ? questions
    : parts.flatMap((part) => {
        if (!isAside(part)) return [part];
        const request = requestOf(part);
        return request ? [request] : [];
      });
  // Something must be left to answer, with more to it than a word.
  if (kept.length === 0 || kept.join(' ').trim().split(/\s+/).length < 2) return question;
  return kept.join(' ').trim();
}
