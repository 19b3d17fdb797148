import { createRequire } from 'node:module';
import type * as AdaptiveCardsModule from 'adaptivecards';

// Microsoft's own Adaptive Cards library (the `adaptivecards` package), reading a card as a 1.5 host
// would. Three kinds of finding, each one readable line:
// - parse events: an unknown element or action, an invalid property value;
// - validation events: a duplicate id, a required input without label or errorMessage, an empty collection;
// - properties the library does not know for that type, or knows only from a version after 1.5:
//   the parser drops those without a word, so a misspelt `isRequried` or a 1.6 `labelPosition`
//   would otherwise pass. Names and versions come from the library's own property schemas.

// The package's ESM build imports its modules without extensions, which Node cannot resolve; its
// bundled build loads in Node and needs no DOM to parse and validate.
const AdaptiveCards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsModule;
const { Versions } = AdaptiveCards;

type Json = Record<string, unknown>;
type Kind = 'card' | 'element' | 'action' | 'Column' | 'TableColumnDefinition' | 'TableRow' | 'TableCell' | 'Fact' | 'Choice';

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const describeSource = (source: unknown): string => {
  if (!isRecord(source)) return '';
  const name =
    typeof source.getJsonTypeName === 'function'
      ? String((source.getJsonTypeName as () => string).call(source))
      : String(source.type ?? '');
  return `${name}${typeof source.id === 'string' ? ` #${source.id}` : ''}: `;
};

/** Collections each type parses by hand (not in its property schema), and what their items are. */
const collections: Record<string, Record<string, Kind>> = {
  AdaptiveCard: { body: 'element', actions: 'action' },
  Container: { items: 'element' },
  Column: { items: 'element' },
  TableCell: { items: 'element' },
  ColumnSet: { columns: 'Column' },
  Table: { columns: 'TableColumnDefinition', rows: 'TableRow' },
  TableRow: { cells: 'TableCell' },
  ActionSet: { actions: 'action' },
  ImageSet: { images: 'element' },
  FactSet: { facts: 'Fact' },
  'Input.ChoiceSet': { choices: 'Choice' },
};
/** Single objects inside a property: the element or action a property holds. */
const nested: Record<string, Kind> = { selectAction: 'action', fallback: 'element' };
/** Free-form by design: an action's data, Teams' own card extension (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format). */
const freeForm = new Set(['data', 'msteams']);

function instanceOf(kind: Kind, type: unknown): AdaptiveCardsModule.SerializableObject | undefined {
  switch (kind) {
    case 'card':
      return new AdaptiveCards.AdaptiveCard();
    case 'element':
      return typeof type === 'string' ? AdaptiveCards.GlobalRegistry.elements.createInstance(type, Versions.v1_5) : undefined;
    case 'action':
      return typeof type === 'string' ? AdaptiveCards.GlobalRegistry.actions.createInstance(type, Versions.v1_5) : undefined;
    case 'Column':
      return new AdaptiveCards.Column();
    case 'TableColumnDefinition':
      return new AdaptiveCards.TableColumnDefinition();
    case 'TableRow':
      return new AdaptiveCards.TableRow();
    case 'TableCell':
      return new AdaptiveCards.TableCell();
    case 'Fact':
      return new AdaptiveCards.Fact();
    case 'Choice':
      return new AdaptiveCards.Choice();
  }
}

function checkProperties(value: unknown, kind: Kind, path: string, problems: string[]): void {
  if (!isRecord(value)) return;
  // An unknown type is a parse event already; there is no schema to compare against.
  const instance = instanceOf(kind, value.type);
  if (!instance) return;
  const typeName = kind === 'card' ? 'AdaptiveCard' : kind === 'element' || kind === 'action' ? String(value.type) : kind;
  const schema = instance.getSchema();
  const versions = new Map<string, AdaptiveCardsModule.Version>();
  for (let index = 0; index < schema.getCount(); index += 1) {
    const property = schema.getItemAt(index);
    versions.set(property.name, property.targetVersion);
  }
  const ownCollections = collections[typeName] ?? {};
  for (const [key, child] of Object.entries(value)) {
    const where = `${path}.${key}`;
    const collectionKind = ownCollections[key];
    if (collectionKind) {
      if (Array.isArray(child)) child.forEach((item, index) => checkProperties(item, collectionKind, `${where}[${index}]`, problems));
      continue;
    }
    if (key === 'fallback' && (kind === 'element' || kind === 'action')) {
      if (child !== 'drop') checkProperties(child, kind, where, problems);
      continue;
    }
    if (freeForm.has(key)) continue;
    const version = versions.get(key);
    if (!version) problems.push(`property ${where}: ${typeName} has no property "${key}" (the parser drops it)`);
    else if (version.compareTo(Versions.v1_5) > 0)
      problems.push(`property ${where}: "${key}" needs Adaptive Cards ${version.toString()}, Teams renders 1.5`);
    const nestedKind = nested[key];
    if (nestedKind) checkProperties(child, nestedKind, where, problems);
  }
}

/** What the official library reports for `card` read as Adaptive Card 1.5; empty when it has nothing to say. */
export function adaptiveCardsSdkProblems(card: unknown): string[] {
  const context = new AdaptiveCards.SerializationContext(Versions.v1_5);
  context.targetVersion = Versions.v1_5;
  const parsed = new AdaptiveCards.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index += 1) {
    const event = context.getEventAt(index);
    problems.push(`parse ${AdaptiveCards.ValidationEvent[event.event]}: ${describeSource(event.source)}${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    problems.push(`validate ${AdaptiveCards.ValidationEvent[event.event]}: ${describeSource(event.source)}${event.message}`);
  }
  checkProperties(card, 'card', 'card', problems);
  return problems;
}
