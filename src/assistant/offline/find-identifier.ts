import type { Token } from './tokens.js';

// Phone numbers in any formatting and circuit ids ("IPEC.123456..ATI", "CO/DIA/123456/LUMN").

const phonePattern = /(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b/;
const isoDatePattern = /\b\d{4}-\d{2}(?:-\d{2})?\b/g;

export function findIdentifier(question: string, tokens: Token[]): string | undefined {
  const withoutDates = question.replace(isoDatePattern, ' ');
  // International numbers in groups: "+31 6 9342 7505", "+44 20 7946 0123".
  // "0031 6 93427505", "001 312 555 0100": 00 is the international call prefix, as "+" is.
  const phone = /(?:\+|\b00)\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}/.exec(withoutDates) ?? phonePattern.exec(withoutDates);
  if (phone && phone[0].replace(/\D/g, '').length >= 10) {
    claimTokensOf(phone[0], tokens);
    return phone[0].trim();
  }
  const circuit = tokens.find(
    (token) =>
      !token.isClaimed &&
      token.text.length >= 8 &&
      /\d{4,}/.test(token.text) &&
      /[a-z]/i.test(token.text) &&
      /[-./]/.test(token.text) &&
      !/^\d{4}-\d{2}/.test(token.text),
  );
  if (circuit) {
    circuit.isClaimed = true;
    return circuit.text;
  }
  return undefined;
}

function claimTokensOf(text: string, tokens: Token[]): void {
  const digits = text.replace(/\D/g, '');
  for (const token of tokens) if (/^\d+$/.test(token.key) && digits.includes(token.key)) token.isClaimed = true;
}
