// Slack rejects (or silently cuts) messages beyond these documented limits
// (https://docs.slack.dev/reference/block-kit/blocks). Every message the tests capture goes through here.
export const slackLimits = {
  messageBlocks: 50,
  homeViewBlocks: 100,
  messageText: 40_000,
  sectionText: 3_000,
  sectionFields: 10,
  fieldText: 2_000,
  headerText: 150,
  contextElements: 10,
  contextText: 3_000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  blockId: 255,
  imageAltText: 2_000,
} as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string | undefined =>
  isObject(value) && typeof value.text === 'string' ? value.text : undefined;

function checkTooLong(problems: string[], where: string, text: string | undefined, limit: number): void {
  if (text === undefined) return;
  if (text.length === 0) problems.push(`${where}: empty text`);
  if (text.length > limit) problems.push(`${where}: ${text.length} characters (limit ${limit})`);
}

function checkElement(problems: string[], where: string, element: unknown): void {
  if (!isObject(element)) return;
  if (element.type === 'button') {
    checkTooLong(problems, `${where} button text`, textOf(element.text), slackLimits.buttonText);
    if (typeof element.value === 'string' && element.value.length > slackLimits.buttonValue) {
      problems.push(`${where} button value: ${element.value.length} characters (limit ${slackLimits.buttonValue})`);
    }
  }
  if (typeof element.action_id === 'string' && element.action_id.length > slackLimits.actionId) {
    problems.push(`${where} action_id too long`);
  }
}

function checkBlock(problems: string[], block: unknown, index: number): void {
  const where = `block ${index}`;
  if (!isObject(block)) {
    problems.push(`${where}: not an object`);
    return;
  }
  if (typeof block.block_id === 'string' && block.block_id.length > slackLimits.blockId) problems.push(`${where}: block_id too long`);
  switch (block.type) {
    case 'section': {
      const fields = Array.isArray(block.fields) ? block.fields : undefined;
      if (block.text === undefined && fields === undefined) problems.push(`${where}: section needs text or fields`);
      if (block.text !== undefined) checkTooLong(problems, `${where} section text`, textOf(block.text), slackLimits.sectionText);
      if (fields) {
        if (fields.length > slackLimits.sectionFields) problems.push(`${where}: ${fields.length} fields (limit ${slackLimits.sectionFields})`);
        fields.forEach((field, fieldIndex) => checkTooLong(problems, `${where} field ${fieldIndex}`, textOf(field), slackLimits.fieldText));
      }
      checkElement(problems, where, block.accessory);
      break;
    }
    case 'header':
      checkTooLong(problems, `${where} header`, textOf(block.text), slackLimits.headerText);
      break;
    case 'context': {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      if (elements.length === 0 || elements.length > slackLimits.contextElements) problems.push(`${where}: ${elements.length} context elements`);
      elements.forEach((element, elementIndex) => checkTooLong(problems, `${where} context ${elementIndex}`, textOf(element), slackLimits.contextText));
      break;
    }
    case 'actions': {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      if (elements.length === 0 || elements.length > slackLimits.actionsElements) problems.push(`${where}: ${elements.length} action elements`);
      const actionIds = elements.map((element) => (isObject(element) ? element.action_id : undefined)).filter((id) => typeof id === 'string');
      if (new Set(actionIds).size !== actionIds.length) problems.push(`${where}: duplicate action_id`);
      elements.forEach((element, elementIndex) => checkElement(problems, `${where} element ${elementIndex}`, element));
      break;
    }
    case 'image':
      if (typeof block.alt_text === 'string' && block.alt_text.length > slackLimits.imageAltText) problems.push(`${where}: alt_text too long`);
      break;
    case 'divider':
      break;
    default:
      problems.push(`${where}: unexpected block type ${String(block.type)}`);
  }
}

/** Every way `blocks` breaks Slack's limits, as readable lines; empty when the message is valid. */
export function checkSlackLimits(blocks: unknown, options: { surface?: 'message' | 'home'; text?: unknown } = {}): string[] {
  const problems: string[] = [];
  if (typeof options.text === 'string' && options.text.length > slackLimits.messageText) problems.push('message text too long');
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  const limit = options.surface === 'home' ? slackLimits.homeViewBlocks : slackLimits.messageBlocks;
  if (blocks.length > limit) problems.push(`${blocks.length} blocks (limit ${limit})`);
  blocks.forEach((block, index) => checkBlock(problems, block, index));
  return problems;
}
