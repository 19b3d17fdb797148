import { readNumberWords } from '../read-number-words.js';
import { readContractPhrasing } from './contract-phrasing.js';
import { readFocusColumns } from './focus-column-phrasing.js';
import { dropWorkAsides } from './drop-work-asides.js';
import { dropMessageFurniture } from './message-furniture.js';
import { readSecondLanguagePhrasing } from './second-language-phrasing.js';

// Slack writes emoji as shortcodes (":pray:", ":+1::skin-tone-2:"): tone, not words of the question.
export const emojiShortcode = /:[a-z0-9_+-]*[a-z+][a-z0-9_+-]*:/gi;

// What the answer is for: "for the renewal call tomorrow,", "before the QBR with their account
// team", "for the VP's staff meeting:". The occasion asks for nothing ("renewal" there is no
// contract question), so it is dropped before the question is read. An occasion that names
// something ("the Lumen negotiation") stays, and its words are read in phrase-words.ts.
const occasion =
  /(?:^|(?<=[,.;:!?]\s*)|(?<=\s))(?:for|before|ahead of|prepping for|prep for) (?:the|our|my|tomorrow'?s|today'?s|this week'?s|next week'?s|a|an) (?:(?:renewal|budget|quarterly|monthly|weekly|month[- ]end|quarter[- ]end|year[- ]end|vendor|board|exec|executive|leadership|staff|team|cfo|ceo|cio|cto|vp|vp[’']s|steering|all[- ]hands)\s+){0,3}(?:call|meeting|negotiation|review|file|deck|qbr|presentation|discussion|conversation|sync|pack|slides)\b(?: (?:tomorrow|today|next week|this week|on \w+day))?(?: with (?:their|the|our) (?:account )?team)?\s*[,:;—–-]?\s*/gi;

// A sentence only about who asks ("My VP owns that area.", "My VP is meeting them next week.")
// beside the question: dropped, so its words ("next week") are not read as the question's.
const requesterAside =
  /\b(?:my|the|our|his|her)\s+(?:vp|svp|evp|boss|manager|director|cfo|ceo|cio|cto|exec(?:utive)?|leadership|team lead)\b|^\s*(?:she|he|they)(?:['’]d| would| wants?| needs?| is| was)\b/i;

function dropRequesterAsides(question: string): string {
  const sentences = question.split(/(?<=[.?!])\s+/);
  if (sentences.length < 2) return question;
  const kept = sentences.filter((sentence) => !requesterAside.test(sentence) || sentence.trim().endsWith('?'));
  return kept.some((sentence) => sentence.trim().endsWith('?')) ? kept.join(' ') : question;
}

// Dictated years: "twenty twenty five", "two thousand and twenty four" → 2025, 2024. The regex finds
// them; the words are read by the same reader as a model's number words.
const spokenYear =
  /\b(?:twenty|two thousand(?: and)?)[\s-]+(?:(?:twenty|thirty)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/gi;

function readSpokenYear(said: string): string {
  const words = said.toLowerCase().split(/[\s-]+/);
  // "twenty" then the year of the century: read apart, since "twenty twenty" is two numbers.
  if (words[0] === 'twenty') return String(2000 + Number(readNumberWords(words.slice(1))?.value.toString() ?? 0));
  return readNumberWords(words)?.value.toString() ?? said;
}

// A cost-center code dictated: "cost center forty four ten" (4410), "eighty eight twenty" (8820),
// "four four one zero" (4410). Each number said is a group of digits, written one after another.
const spokenNumber = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;
const spokenCode = new RegExp(String.raw`\b(cost[- ]?cent(?:er|re)s?|cc)\s+(${spokenNumber}(?:[\s-]+${spokenNumber}){1,5})\b`, 'gi');

function readSpokenCode(said: string): string | undefined {
  // "by cost center twenty twenty five": a year after the dimension, not a code.
  if (new RegExp(`^(?:${spokenYear.source})`, 'i').test(said)) return undefined;
  const words = said
    .toLowerCase()
    .split(/[\s-]+/)
    .map((word) => (word === 'oh' ? 'zero' : word));
  let digits = '';
  for (let index = 0; index < words.length;) {
    const group = readNumberWords(words.slice(index));
    if (!group || group.length === 0) return undefined;
    digits += group.value.toString();
    index += group.length;
  }
  return digits.length >= 3 ? digits : undefined;
}

// "sorry to bother —", "quick q:", "thanks in advance —", "if you have a sec —", "would you mind
// checking": manners before the question, not words of it.
const politeWrapper =
  /^(?:\s*(?:sorry(?: to (?:bother|bug|pester)(?: you)?)?|thanks(?: in advance)?|thank you(?: in advance)?|quick (?:q|qn|one|question)|one more(?: (?:q|question|thing))?|if you have a (?:sec|second|minute|moment)|when you (?:get|have) a (?:sec|second|minute|moment|chance)|(?:would|do) you mind(?: (?:checking|telling me|looking up))?|could you (?:please |pls )?(?:check|tell me|let me know|look up)|can you (?:please |pls )?(?:check|tell me|let me know|look up)|please|pls|plz)\s*(?:[,:;!—–-]+\s*|\s+(?=\S))?)+/i;

// Requests worded as in office English ("kindly share", "please revert with", "do the needful",
// "please advise"): how the question is asked, not what it asks.
const courtesy =
  /\bdo the needful\b(?:\s+and)?|\b(?:kindly|please|pls|plz)\s+(?:to\s+)?(?:share|provide|give|tell|send|revert(?:\s+back)?(?:\s+with)?|advise|confirm|let (?:me|us) know)(?:\s+(?:me|us))?\b|\brevert(?:\s+back)?(?:\s+with)?\b|\bkindly\b/gi;
// "Given the lakehouse growth we've seen, where will cloud end up": what the asker has in mind, not
// a filter (the question after the comma names what to answer).
const contextClause =
  /^\s*(?:given|considering|in light of|bearing in mind)\b[^,?]{3,80},\s*(?=(?:where|what|how|which|who|when|will|is|are|do|does|can)\b)/i;
// "finance are whingeing about the mobile bill again - what did mobiles cost us in q1": why it is
// asked, before the question; "…? reckon there's a few": a hunch after it.
const complaintPreamble =
  /^[^?]{3,80}?\b(?:whing\w*|moan\w*|complain\w*|chasing|on at (?:me|us)|nagging|asking about)\b[^?]{0,40}?\s[-–—:]\s+(?=(?:what|how|which|who|where|when|can|could|is|are|do|does|did)\b)/i;
const trailingHunch = /\?\s*(?:i\s+)?(?:reckon|think|guess|bet|suspect|figure)\b[^?]*$/i;
const numberOfMonths = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

const monthName = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const periodWord = String.raw`(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s+(?:19|20)\d{2})?|q[1-4](?:\s+(?:19|20)\d{2})?|h[12](?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2}|(?:this|last) (?:month|quarter|year))`;
const periodMinusPeriod = new RegExp(String.raw`\b(${periodWord})\s+minus\s+(${periodWord})\b`, 'gi');

/** The shortenings everyone types in chat, written out so every rule reads them. */
export function expandShortenings(question: string): string {
  return (
    readContractPhrasing(readSecondLanguagePhrasing(readFocusColumns(dropRequesterAsides(dropWorkAsides(dropMessageFurniture(question))))))
      .replace(courtesy, ' ')
      .replace(spokenCode, (said, noun: string, code: string) => {
        const digits = readSpokenCode(code);
        return digits ? `${noun} ${digits}` : said;
      })
      // "circuits at the depot + what they cost a month": the services with their monthly cost.
      .replace(
        /\s*(?:\+|&|\band|\bwith)\s+what (?:they|each(?: one)?) costs?(?: us)?(?: (?:a|per|each|every) month|monthly)?\b/gi,
        ' and their monthly cost',
      )
      .replace(complaintPreamble, '')
      // "sorry if this is a basic question, but", "I am new here, so maybe a dumb question:": how it is asked.
      .replace(
        /^\s*(?:(?:hi|hello|hey)[!,.]?\s*)?(?:(?:i['’]?m|i am) new(?: here)?[,.]?\s*(?:so\s*)?)?(?:sorry if this is |sorry,? |maybe |probably |this (?:is|may be|might be) )?(?:a |an )?(?:basic|dumb|silly|stupid|naive|newbie) (?:question|q)\s*(?:[,:;—–-]+\s*(?:but\s+)?|\s+but\s+)/i,
        '',
      )
      // "unalloc apr", "fcst eoy": shortenings of the planner's own words.
      .replace(/\bunalloc\b/gi, 'unallocated')
      .replace(/\bfcst\b/gi, 'forecast')
      // "how big was the cloud bill": how much.
      .replace(/\bhow big (was|is|were|are|has been)\b/gi, 'how much $1')
      // "what have the X invoices added up to": come to.
      .replace(/\badded up to\b|\badd up to\b/gi, 'come to')
      // "audit exceptions", "invoices we are disputing": the audit's findings, the disputes.
      .replace(/\baudit exceptions?\b/gi, 'audit findings')
      .replace(/\b(?:invoices?|bills?|charges?) (?:that )?we(?:['’]re| are) (?:currently )?disputing\b/gi, 'disputes')
      // "top cc apr", "cc spend q1": cost centers, when no code follows.
      .replace(
        /\bcc\b(?![\s-]*[\w-]*\d)(?=\s+(?:spend|spending|costs?|apr|jan|feb|mar|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|ytd|mtd|last|this|by|ranking|breakdown)\b|\s*$)/gi,
        'cost centers',
      )
      // "when does our plan with X end", "which plans run out this year": a plan that ends is a contract.
      .replace(
        /\b(plans?)\b(?=[^?.!]{0,40}\b(?:end|ends|ended|ending|expire|expires|expiring|run out|runs out|renew|renews|renewing|up for renewal)\b)/gi,
        (said: string) => (said.toLowerCase().endsWith('s') ? 'contracts' : 'contract'),
      )
      // "the back half of the year", "front half of last year": the second and first halves.
      .replace(/\b(back|front) half\b/gi, (_said, side: string) => (side.toLowerCase() === 'back' ? 'second half' : 'first half'))
      // "the second half of the year so far": from the half's start to today.
      .replace(/\b(?:the )?(first|second) half of (?:the |this )?year so far\b/gi, (_said, half: string) =>
        half.toLowerCase() === 'first' ? 'since the start of the year' : 'since july',
      )
      // "the most recent complete quarter": the last whole one.
      .replace(/\b(?:the )?most recent (?:full|complete|completed|whole|closed|finished) (month|quarter|year)\b/gi, 'last $1')
      // "five highest-spending cost centers", "the 3 lowest spending sites": the top or bottom ones by spend.
      .replace(
        /\b(?:the )?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)?\s*(highest|biggest|largest|top|lowest|smallest|least)[- ]spend(?:ing)?\s+(?=\w)/gi,
        (_said, count: string | undefined, end: string) => {
          const side = /^(?:lowest|smallest|least)$/i.test(end) ? 'bottom' : 'top';
          return count ? `${side} ${count} ` : `${side} `;
        },
      )
      // "total circuits?", "total mobile lines": how many there are.
      .replace(
        /^\s*(?:the )?total (?:number of |no\.? of |# of )?((?:active |live )?(?:mobile |pots |voice |phone |sip )?(?:lines|circuits|trunks|sims|landlines|phones|handsets))\s*[?.!]*\s*$/i,
        'how many $1 do we have',
      )
      // "the top five is plenty", "10 will do": how many are enough, said after the count.
      .replace(
        /,?\s*\b(?:that|this|it|which|the top \w+|\w+)\s+(?:is|are|will do|would do|should do)\s+(?:plenty|enough|fine)\b[.!]?/gi,
        (said) => (/\btop (\w+)/i.test(said) ? ` top ${/\btop (\w+)/i.exec(said)![1]!}` : ''),
      )
      // "spend by domain as percentages": a breakdown shows each part's share beside its figure.
      .replace(/\s+(?:as|in) (?:a )?(?:percentages?|percent|%)(?=\s*(?:[?.!]|$))/gi, '')
      .replace(trailingHunch, '?')
      .replace(contextClause, '')
      .replace(politeWrapper, '')
      // "as per spend", "for the quarter 2", "since 3 months", "paying maximum": said the usual way.
      .replace(/\bas per (?=(?:the )?(?:spend|spending|costs?|amounts?|value)\b)/gi, 'by ')
      .replace(/\bquarter\s+([1-4])\b/gi, 'q$1')
      .replace(new RegExp(String.raw`\bsince (${numberOfMonths}) (months?|weeks?|days?)\b(?!\s+ago\b)`, 'gi'), 'in the last $1 $2')
      .replace(/\b(paying|pay|paid|spending|spend|spent|costing|cost|costs|billed|charged)\s+(?:the\s+)?(?:maximum|max)\b/gi, '$1 the most')
      // "ytd vs the same point last year": the same days of last year.
      .replace(
        /\b(?:at )?the same (?:point|stage|date|day)(?: in| of)? (last|a|the previous|the prior) year\b/gi,
        'the same period $1 year',
      )
      // "how many lines is Ana holding": the lines she has.
      .replace(/\b(is|are) ([\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*)?) (?:holding|carrying)\b/giu, '$1 $2 having')
      // "— probably leavers we never cut off": a hunch after the question, not part of it.
      .replace(/\s+[-–—]+\s+(?:probably|maybe|perhaps|possibly|likely|i (?:think|guess|suspect|reckon|bet)|could be|might be)\b[^?]*$/i, '')
      // "lines that have been cut off": disconnected (a notice "cut-off" is a date, not a verb).
      .replace(/\b(been|were|was|got|get|are|is|be) cut[- ]?off\b(?!\s+(?:date|dates|day|deadline)s?\b)/gi, '$1 disconnected')
      // "serve notice": give it.
      .replace(/\bserv(?:e|ed|ing) (?:the |our |a )?notice\b/gi, 'give notice')
      // "have we met the commit": reached it.
      .replace(
        /\b(?:met|meet|meeting|hit|reached) (?=(?:the |our |its |their )?(?:annual |yearly |minimum )?(?:commit|commitment|minimum|true[- ]?up)s?\b)/gi,
        'reached ',
      )
      // "no. of live circuits": the number of (not "no" as in none of them).
      .replace(/\bno\.?\s+of\b(?!\s+(?:them|those|these|it|this|that|us)\b)/gi, 'number of')
      // "any disputes on file": what is recorded, not a file (nor a storage service called one).
      .replace(/\bon file\b(?!\s+(?:storage|systems?|shares?|servers?|sync|transfer)\b)/gi, ' ')
      // "top-5 circuits", "bottom-3 lines": the count of a ranking, not a name or identifier to look up.
      .replace(/\b(top|bottom)-(\d{1,3})\b(?=\s+\p{L})/giu, '$1 $2')
      // Finance shorthand for periods: "Q1-25", "1Q25", "2H24", "Apr-25", "CY24", "YTD Apr", "3M avg".
      .replace(/\bq([1-4])[-'’](\d{2})\b/gi, 'q$1 20$2')
      .replace(/\b([1-4])q[-'’]?(\d{2})\b/gi, 'q$1 20$2')
      .replace(/\b([12])h[-'’]?(\d{2})\b/gi, 'h$1 20$2')
      .replace(/\bh([12])[-'’](\d{2})\b/gi, 'h$1 20$2')
      .replace(new RegExp(String.raw`\b(${monthName})-(\d{2})\b(?![-/]\d)`, 'gi'), '$1 20$2')
      .replace(/\bcy\s?'?(\d{2})\b/gi, '20$1')
      .replace(/\bcy\s?(\d{4})\b/gi, '$1')
      .replace(new RegExp(String.raw`\bytd\s+(${monthName})\b`, 'gi'), 'from january to $1')
      .replace(/\b(\d{1,2})m\s+(avg|average|rolling|trailing)\b/gi, '$1 month $2')
      // Dictation and autocorrect: "for cast", "run wait", "queue one", "q for", "were is".
      .replace(/\bfor cast(s|ed|ing)?\b/gi, 'forecast$1')
      .replace(/\brun wait\b/gi, 'run rate')
      .replace(
        /\bqueue (one|two|three|four|[1-4])\b/gi,
        (_said, which: string) => `q${'1234'['one two three four'.split(' ').indexOf(which.toLowerCase())] ?? which}`,
      )
      .replace(/\bq (?:for|four)\b/gi, 'q4')
      .replace(/\bwere (is|are|does|do|did)\b/gi, 'where $1')
      // Chat in the UK and Australia: "what's the damage", "bill run", "this arvo", ", cheers".
      .replace(/\bwhat(?:['’]?s| is| was) the damage\b/gi, 'what did we spend')
      .replace(/\bspnd\b/gi, 'spend')
      .replace(/\bthings (?:we|i) spend (?:the most )?(?:money )?on\b/gi, 'vendors by spend')
      // "the vapovo cloud guys": the vendor.
      .replace(/\b(?:the )?([\w&.-]+(?: [\w&.-]+)?) (?:guys|folks|lot|crowd)\b/gi, '$1')
      .replace(/\bbill run\b/gi, 'bill')
      .replace(/\b(?:by |before )?(?:this|the) arvo\b/gi, ' ')
      .replace(/^\s*(?:g['’]?day|hiya|howdy)\b[,!]?\s*/i, '')
      .replace(/[\s,.!-]*\b(?:cheers|thanks|thx)(?:\s+(?:mate|all|team))?\s*[.!]*\s*$/i, '')
      // In lower case only: "TA" at the end may be a team's code.
      .replace(/[\s,.!-]*\b(?:ta|ty)(?:\s+(?:mate|all|team))?\s*[.!]*\s*$/, '')
      // "sept minus aug": the difference of two periods, a comparison. Elsewhere "minus" takes
      // something out, which no tool does (find-unread-words.ts).
      .replace(periodMinusPeriod, '$1 vs $2')
      // "trailing 12m", "last 6m": months (a money amount would follow a figure with a currency).
      .replace(/\b(trailing|last|past|rolling|previous|prior)\s+(\d{1,2})\s?m\b/gi, '$1 $2 months')
      .replace(occasion, ' ')
      .replace(spokenYear, readSpokenYear)
      // "q3 v q2", "sales v engineering": "v" between two things is "vs".
      .replace(/(?<=\S)\s+v\.?\s+(?=\S)/g, ' vs ')
      // "q3 all-in?": everything, the total.
      .replace(/\ball[- ]in\b/gi, 'total')
      .replace(/\bqtrs?\b/gi, 'quarter')
      .replace(/\bquarter[- ](?:on|over)[- ]quarter\b/gi, 'qoq')
      // Finance's words for spend: "telecom opex", "cloud recharge by cost centre", "chargeback
      // by department", "expenditure"; costs a cost center "incurred"; circuits "we hold".
      .replace(/\b(?:op-?ex|operating (?:expenses?|costs?))\b/gi, 'spend')
      .replace(/\b(?:re-?charges?|charge-?backs?|show-?backs?|cost allocations)\b/gi, 'spend')
      .replace(/\bexpenditures?\b/gi, 'spend')
      .replace(/\b(?:have |has |had )?incurred\b/gi, 'had')
      .replace(/\bwe (?:currently )?hold\b/gi, 'we have')
      .replace(/\bre-?forecast\b/gi, 'forecast')
      .replace(/\bmths?\b|\bmnths?\b/gi, 'month')
      .replace(/\byrs?\b/gi, 'year')
      .replace(/\baccts?\b/gi, 'account')
      // Only after a number or a word that says which month: "MO" alone may be a name here.
      .replace(/\b(\d+)\s*mos?\b/gi, '$1 months')
      .replace(/\b(last|this|prev|previous|past|prior|next|per|a|each|every)\s+mo\b/gi, '$1 month')
      .replace(/\bprev\b/gi, 'previous')
      // Quarter over quarter, with no quarter named: the last complete quarter against the one before.
      .replace(/\bqoq\b/gi, (word, _offset: number, whole: string) =>
        /\bq[1-4]\b|\bquarter\b/i.test(whole.replace(word, '')) ? ' ' : 'last quarter vs the quarter before last',
      )
      // In lower case only: "HW" may be hardware and "Plant R" a site.
      .replace(/\bhw\b/g, 'how')
      .replace(/\bwats\b/g, "what's")
      .replace(/\bwat\b/g, 'what')
      // "r" alone is "are" in chat: "how many phones r in chicago", "r we over budget".
      .replace(/(^|\s)r(?=\s)/g, '$1are')
      .replace(/\bckts?\b/gi, (word) => (word.toLowerCase().endsWith('s') ? 'circuits' : 'circuit'))
      .replace(/\bincl\.?(?=\s)/gi, 'including')
      // Who is asking is not part of the question: "finance here -", "not a telecom person".
      .replace(/(^|[,.!?]\s*)(?:(?:hi|hey|hello)\b[,!]?\s*)?(?:[\p{L}-]+\s+)?[\p{L}-]+(?: team)? here\s*[-–—,:]\s*/iu, '$1')
      .replace(/\b(?:i'?m |i am )?not (?:an? |much of an? )?[\p{L}-]+ (?:person|guy|gal|expert|specialist|whiz)\b[,.!-]*/giu, ' ')
  );
}
