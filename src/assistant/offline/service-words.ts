import type { ServiceType } from '../../db/generated/client.js';

// Inventory types in the words people use (DOMAIN.md): "cell phones", "wireless lines", "DIA".

const typePhrases: Array<[RegExp, ServiceType]> = [
  [
    /\b(?:mobile|cell(?:ular)?|cell ?phones?|wireless|smart ?phones?|iphones?|sims?|phone) ?(?:lines?|numbers?|phones?|devices?|subscribers?)?\b|\bmobiles?\b|\bcellphones?\b|\bphones?\b/i,
    'mobile_line',
  ],
  [
    /\bcircuits?\b|\bmpls\b|\bdia\b|\bdedicated internet\b|\binternet(?: circuits?| lines?| access)?\b|\bbroadband\b|\bethernet\b|\bsd-?wan\b|\bdata circuits?\b|\bprivate lines?\b|\bwan links?\b/i,
    'circuit',
  ],
  [/\b(?:sip |voice )?trunks?\b/i, 'voice_trunk'],
  [/\bpots(?: lines?)?\b|\blandlines?\b|\b(?:alarm|fax|elevator|copper|analog(?:ue)?) lines?\b/i, 'pots_line'],
  [/\bcloud accounts?\b|\bsubscriptions? in (?:azure|the cloud)\b/i, 'cloud_account'],
  [/\bsaas (?:subscriptions?|apps?|licen[cs]es?)\b|\bsoftware subscriptions?\b/i, 'saas_subscription'],
  [/\bdevices?\b|\bhandsets?\b|\bhardware\b/i, 'device'],
];

/** Service types named in the question; "lines" alone means mobile lines, the bulk of any inventory. */
export function findServiceTypes(text: string): ServiceType[] {
  const found = new Set<ServiceType>();
  for (const [pattern, type] of typePhrases) if (pattern.test(text)) found.add(type);
  // "phone lines"/"cell phone devices" are lines, not hardware.
  if (
    found.has('device') &&
    found.has('mobile_line') &&
    !/\b(devices?|handsets?|hardware)\b(?! on)/i.test(text.replace(/\b(cell ?phone|mobile|wireless) devices?\b/gi, ''))
  )
    found.delete('device');
  if (found.has('device') && /\b(cell ?phone|mobile|wireless) devices?\b/i.test(text)) {
    found.delete('device');
    found.add('mobile_line');
  }
  // "lines" said on its own, beside another type too ("circuits and lines"), is mobile lines: the
  // words of every type phrase are taken out first ("pots lines", "private lines" are not).
  const rest = typePhrases.reduce((remaining, [pattern]) => remaining.replace(new RegExp(pattern.source, 'gi'), ' '), text);
  if (/\blines?\b/i.test(rest) && !/\binvoice lines?\b|\bline items?\b/i.test(rest)) found.add('mobile_line');
  const order = typePhrases.map(([, type]) => type);
  return [...found].sort((left, right) => order.indexOf(left) - order.indexOf(right));
}

export type StatusWord = 'pending' | 'active' | 'suspended' | 'disconnected';

export function findStatuses(text: string): StatusWord[] | 'all' | undefined {
  const found = new Set<StatusWord>();
  if (/\bactive\b|\bin service\b|\blive\b/i.test(text)) found.add('active');
  if (/\bdisconnect(?:ed)?\b|\bcancel+ed\b|\bterminated\b|\bdeactivated\b/i.test(text)) found.add('disconnected');
  if (/\bsuspended\b/i.test(text)) found.add('suspended');
  if (/\bpending\b|\bon order\b/i.test(text)) found.add('pending');
  if (found.size > 0) return [...found];
  // "list all circuits" means every circuit we have; other statuses are asked for by name.
  if (
    /\b(?:any|every|all) status(?:es)?\b|\bwhatever (?:the )?status\b|\bincl(?:uding|\.)? (?:the )?(?:disconnected|inactive|old|cancell?ed)\b|\bever\b|\bactive (?:and|or) (?:inactive|disconnected)\b/i.test(
      text,
    )
  )
    return 'all';
  return undefined;
}
