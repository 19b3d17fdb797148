// The small part of the Adaptive Card 1.5 schema Ledgerline writes (what Teams renders).
// https://adaptivecards.io/explorer — kept as plain JSON types so tests can check cards structurally.

import type { Attachment } from '@microsoft/agents-activity';

export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** A card as the attachment of a Teams message. */
export function cardAttachment(card: AdaptiveCard): Attachment {
  return { contentType: adaptiveCardContentType, content: card };
}

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  isSubtle?: boolean;
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
  horizontalAlignment?: 'Left' | 'Center' | 'Right';
  color?: 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';
}

export interface FactSet {
  type: 'FactSet';
  facts: Array<{ title: string; value: string }>;
  spacing?: TextBlock['spacing'];
}

export interface ImageElement {
  type: 'Image';
  url: string;
  altText: string;
  size?: 'Auto' | 'Stretch';
}

export interface Column {
  type: 'Column';
  width: 'auto' | 'stretch' | string;
  items: CardElement[];
}

export interface ColumnSet {
  type: 'ColumnSet';
  columns: Column[];
  spacing?: TextBlock['spacing'];
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  separator?: boolean;
  spacing?: TextBlock['spacing'];
}

export interface TableCell {
  type: 'TableCell';
  items: CardElement[];
}

export interface TableElement {
  type: 'Table';
  columns: Array<{ width: number; horizontalCellContentAlignment?: 'Left' | 'Right' }>;
  rows: Array<{ type: 'TableRow'; cells: TableCell[] }>;
  /** Plural: the singular spelling is not an Adaptive Cards property and clients ignore it. */
  firstRowAsHeaders: boolean;
  gridStyle?: 'default' | 'accent';
  /** Clients without Table (older Teams mobile) show this instead. */
  fallback?: CardElement | 'drop';
}

export type CardElement = TextBlock | FactSet | ImageElement | ColumnSet | Container | TableElement;

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: Record<string, unknown>;
}

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  /** Teams clients older than Universal Actions post a message with `data` instead. */
  fallback?: SubmitAction;
}

export type CardAction = ExecuteAction | SubmitAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  msteams?: { width: 'Full' };
}

/** Teams caps a bot message at about 28 KB; a chart is dropped rather than the answer or alert. */
export const maximumCardBytes = 24_000;

export function createCard(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/** The verb every "ask this next" button carries; the invoke handler answers it. */
export const askVerb = 'ask';

/**
 * A follow-up button: Action.Execute (Universal Actions), falling back to Action.Submit. `stateId`
 * is the answer the button is on, so pressing it on an older answer acts on that answer.
 */
export function askAction(question: string, title: string = question, stateId?: string): ExecuteAction {
  const state = stateId ? { stateId } : {};
  return {
    type: 'Action.Execute',
    title,
    verb: askVerb,
    data: { question, ...state },
    fallback: { type: 'Action.Submit', title, data: { verb: askVerb, question, ...state } },
  };
}
