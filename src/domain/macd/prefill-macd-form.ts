import type { ServiceType } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { identifierKey, nameKey } from '../shared/normalize.js';
import type { Viewer } from '../shared/viewer.js';
import type { MacdKindName } from './macd-fields.js';

// Words only fill in a form: "disconnect 253-555-0100" opens a disconnect form with that line
// picked. Nothing is submitted or changed here; the person reads the form and submits it.

export interface MacdPrefill {
  kind: MacdKindName | null;
  /** The picked service, when the words name exactly one in the viewer's scope. */
  service: { value: string; label: string } | null;
  /** Field id → text to put in it. */
  values: Record<string, string>;
}

const kindWords: Array<[MacdKindName, RegExp]> = [
  ['disconnect', /\b(disconnect|terminate|cancel|shut off|turn off|remove|kill)\b/i],
  ['move', /\b(move|relocate|transfer)\b/i],
  ['change', /\b(change|upgrade|downgrade|reassign|switch)\b/i],
  ['add', /\b(add|order|new line|new circuit|provision|get (a|an) new)\b/i],
];

const typeWords: Array<[ServiceType, RegExp]> = [
  ['circuit', /\b(circuit|mpls|dia|broadband|ethernet|internet)\b/i],
  ['mobile_line', /\b(line|phone|mobile|cell|sim|wireless)\b/i],
  ['voice_trunk', /\b(trunk|sip)\b/i],
  ['pots_line', /\b(pots|alarm line|fax line|elevator line)\b/i],
];

/** Phone numbers and circuit ids as people type them: "253-555-0100", "(312) 555 0100", "MPLS-DEN-0002". */
const identifierPattern = /(\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})|\b([A-Z]{2,6}-[A-Z0-9]{2,}(?:-[A-Z0-9]+)*)\b/i;

export async function prefillMacdForm(input: { text: string; viewer: Viewer }, deps: DomainDeps): Promise<MacdPrefill> {
  const text = input.text.trim();
  const kind = kindWords.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
  const scope = await resolveViewerScope(input.viewer, deps.prisma);
  const inScope = scope.costCenterIds === null ? {} : { costCenterId: { in: scope.costCenterIds } };
  const select = {
    externalId: true,
    identifier: true,
    type: true,
    vendor: { select: { name: true } },
    location: { select: { name: true } },
  } as const;

  let candidates: Array<{
    externalId: string;
    identifier: string;
    type: ServiceType;
    vendor: { name: string };
    location: { name: string } | null;
  }> = [];
  const identifier = identifierPattern.exec(text)?.[0];
  if (identifier) {
    candidates = await deps.prisma.service.findMany({ where: { identifierKey: identifierKey(identifier), ...inScope }, select, take: 2 });
  } else {
    // "the Denver circuit": a location (name or city) named in the words plus a service type.
    const locations = await deps.prisma.location.findMany({ select: { id: true, name: true, city: true } });
    const textKey = nameKey(text);
    const words = new Set(
      text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((word) => word.length >= 3),
    );
    const named = locations.filter(
      (location) => (location.city !== null && words.has(location.city.toLowerCase())) || textKey.includes(nameKey(location.name)),
    );
    const type = typeWords.find(([, pattern]) => pattern.test(text))?.[0];
    if (named.length > 0 && type) {
      candidates = await deps.prisma.service.findMany({
        where: { locationId: { in: named.map((location) => location.id) }, type, status: { not: 'disconnected' }, ...inScope },
        select,
        take: 2,
      });
    }
  }
  const [only] = candidates;
  const service =
    candidates.length === 1 && only
      ? {
          value: only.externalId,
          label: [only.identifier, only.type.replace(/_/g, ' '), only.vendor.name, only.location?.name].filter(Boolean).join(' · '),
        }
      : null;

  const values: Record<string, string> = {};
  if (service) values.service = service.value;
  if (kind === 'move') {
    const destination = /\bto (?:the )?(.+?)\s*$/i.exec(text)?.[1];
    if (destination) values.newLocation = destination;
  }
  return { kind, service, values };
}
