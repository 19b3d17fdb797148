// Slack rejects (or silently cuts) messages and views beyond these documented limits
// (https://docs.slack.dev/reference/block-kit/blocks, …/block-elements, …/composition-objects,
// https://docs.slack.dev/reference/views). Every message and view the tests capture goes through here.
export const slackLimits = {
  messageBlocks: 50,
  homeViewBlocks: 100,
  modalViewBlocks: 100,
  viewTitle: 24,
  viewButtonText: 24,
  privateMetadata: 3_000,
  callbackId: 255,
  inputLabel: 2_000,
  inputHint: 2_000,
  placeholder: 150,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  plainTextInput: 3_000,
  buttonUrl: 3_000,
  imageUrl: 3_000,
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
const textOf = (value: unknown): string | undefined => (isObject(value) && typeof value.text === 'string' ? value.text : undefined);

function checkTooLong(problems: string[], where: string, text: string | undefined, limit: number): void {
  if (text === undefined) return;
  if (text.length === 0) problems.push(`${where}: empty text`);
  if (text.length > limit) problems.push(`${where}: ${text.length} characters (limit ${limit})`);
}

function checkStringLength(problems: string[], where: string, value: unknown, limit: number): void {
  if (typeof value === 'string' && value.length > limit) problems.push(`${where}: ${value.length} characters (limit ${limit})`);
}

function checkOption(problems: string[], where: string, option: unknown): void {
  if (!isObject(option)) return;
  checkTooLong(problems, `${where} text`, textOf(option.text), slackLimits.optionText);
  checkStringLength(problems, `${where} value`, option.value, slackLimits.optionValue);
}

function checkElement(problems: string[], where: string, element: unknown): void {
  if (!isObject(element)) return;
  if (element.type === 'button') {
    checkTooLong(problems, `${where} button text`, textOf(element.text), slackLimits.buttonText);
    if (typeof element.value === 'string' && element.value.length > slackLimits.buttonValue) {
      problems.push(`${where} button value: ${element.value.length} characters (limit ${slackLimits.buttonValue})`);
    }
    checkStringLength(problems, `${where} button url`, element.url, slackLimits.buttonUrl);
  }
  if (typeof element.action_id === 'string' && element.action_id.length > slackLimits.actionId) {
    problems.push(`${where} action_id too long`);
  }
  if (element.placeholder !== undefined)
    checkTooLong(problems, `${where} placeholder`, textOf(element.placeholder), slackLimits.placeholder);
  if (Array.isArray(element.options)) {
    if (element.options.length === 0 || element.options.length > slackLimits.selectOptions)
      problems.push(`${where}: ${element.options.length} options (limit ${slackLimits.selectOptions})`);
    element.options.forEach((option, index) => checkOption(problems, `${where} option ${index}`, option));
    // Slack refuses a view whose initial option is not one of the options, compared whole.
    if (
      element.initial_option !== undefined &&
      !element.options.some((option) => JSON.stringify(option) === JSON.stringify(element.initial_option))
    ) {
      problems.push(`${where}: initial_option is not one of the options`);
    }
  }
  if (element.initial_option !== undefined) checkOption(problems, `${where} initial option`, element.initial_option);
  if (element.type === 'plain_text_input') {
    const maximum =
      typeof element.max_length === 'number' ? Math.min(element.max_length, slackLimits.plainTextInput) : slackLimits.plainTextInput;
    checkStringLength(problems, `${where} initial_value`, element.initial_value, maximum);
  }
  if (element.type === 'datepicker' && element.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(element.initial_date))) {
    problems.push(`${where}: initial_date must be YYYY-MM-DD`);
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
        if (fields.length > slackLimits.sectionFields)
          problems.push(`${where}: ${fields.length} fields (limit ${slackLimits.sectionFields})`);
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
      if (elements.length === 0 || elements.length > slackLimits.contextElements)
        problems.push(`${where}: ${elements.length} context elements`);
      elements.forEach((element, elementIndex) =>
        checkTooLong(problems, `${where} context ${elementIndex}`, textOf(element), slackLimits.contextText),
      );
      break;
    }
    case 'actions': {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      if (elements.length === 0 || elements.length > slackLimits.actionsElements)
        problems.push(`${where}: ${elements.length} action elements`);
      const actionIds = elements
        .map((element) => (isObject(element) ? element.action_id : undefined))
        .filter((id) => typeof id === 'string');
      if (new Set(actionIds).size !== actionIds.length) problems.push(`${where}: duplicate action_id`);
      elements.forEach((element, elementIndex) => checkElement(problems, `${where} element ${elementIndex}`, element));
      break;
    }
    case 'image':
      if (typeof block.alt_text === 'string' && block.alt_text.length > slackLimits.imageAltText)
        problems.push(`${where}: alt_text too long`);
      checkStringLength(problems, `${where} image_url`, block.image_url, slackLimits.imageUrl);
      break;
    case 'input':
      checkTooLong(problems, `${where} label`, textOf(block.label), slackLimits.inputLabel);
      if (block.hint !== undefined) checkTooLong(problems, `${where} hint`, textOf(block.hint), slackLimits.inputHint);
      if (!isObject(block.element)) problems.push(`${where}: input needs an element`);
      checkElement(problems, `${where} element`, block.element);
      break;
    case 'divider':
      break;
    default:
      problems.push(`${where}: unexpected block type ${String(block.type)}`);
  }
}

/** Every way `blocks` breaks Slack's limits, as readable lines; empty when the message is valid. */
export function checkSlackLimits(blocks: unknown, options: { surface?: 'message' | 'home' | 'modal'; text?: unknown } = {}): string[] {
  const problems: string[] = [];
  if (typeof options.text === 'string' && options.text.length > slackLimits.messageText) problems.push('message text too long');
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  const limits = { message: slackLimits.messageBlocks, home: slackLimits.homeViewBlocks, modal: slackLimits.modalViewBlocks };
  const limit = limits[options.surface ?? 'message'];
  if (blocks.length > limit) problems.push(`${blocks.length} blocks (limit ${limit})`);
  // Slack refuses a message or view with two blocks of the same block_id.
  const blockIds = blocks.map((block) => (isObject(block) ? block.block_id : undefined)).filter((id) => typeof id === 'string');
  if (new Set(blockIds).size !== blockIds.length) problems.push('duplicate block_id');
  blocks.forEach((block, index) => checkBlock(problems, block, index));
  return problems;
}

/** Every way a modal or Home tab view breaks Slack's limits: its title and buttons, its metadata, its blocks. */
export function checkSlackView(view: unknown): string[] {
  if (!isObject(view)) return ['view is not an object'];
  const problems: string[] = [];
  if (view.type === 'modal') {
    checkTooLong(problems, 'view title', textOf(view.title), slackLimits.viewTitle);
    if (view.submit !== undefined) checkTooLong(problems, 'view submit', textOf(view.submit), slackLimits.viewButtonText);
    if (view.close !== undefined) checkTooLong(problems, 'view close', textOf(view.close), slackLimits.viewButtonText);
    // A modal with inputs needs a submit button to send them.
    if (
      Array.isArray(view.blocks) &&
      view.blocks.some((block) => isObject(block) && block.type === 'input' && block.dispatch_action !== true) &&
      view.submit === undefined
    ) {
      problems.push('view: inputs without a submit button');
    }
  } else if (view.type !== 'home') {
    problems.push(`view: unexpected type ${String(view.type)}`);
  }
  checkStringLength(problems, 'view private_metadata', view.private_metadata, slackLimits.privateMetadata);
  checkStringLength(problems, 'view callback_id', view.callback_id, slackLimits.callbackId);
  return [...problems, ...checkSlackLimits(view.blocks, { surface: view.type === 'home' ? 'home' : 'modal' })];
}
