// A structural check of Adaptive Card 1.5 as Teams renders it: the card type and version, only
// element and action types 1.5 defines, and each one's required fields. Returns the problems
// found (empty when the card is valid), each naming the JSON path.

const elementTypes = new Set([
  'TextBlock',
  'RichTextBlock',
  'Image',
  'ImageSet',
  'Media',
  'FactSet',
  'ColumnSet',
  'Container',
  'ActionSet',
  'Table',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
]);
const actionTypes = new Set(['Action.Execute', 'Action.Submit', 'Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility']);
const sizes = new Set(['Small', 'Default', 'Medium', 'Large', 'ExtraLarge']);
const weights = new Set(['Lighter', 'Default', 'Bolder']);

/** Teams rejects bot messages above about 28 KB. */
export const teamsMessageLimitBytes = 28_000;

type Problems = string[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkItems(items: unknown, path: string, problems: Problems): void {
  if (!Array.isArray(items)) {
    problems.push(`${path}: must be an array of elements`);
    return;
  }
  items.forEach((item, index) => checkElement(item, `${path}[${index}]`, problems));
}

function checkElement(element: unknown, path: string, problems: Problems): void {
  if (!isRecord(element)) {
    problems.push(`${path}: element must be an object`);
    return;
  }
  const type = element.type;
  if (typeof type !== 'string' || !elementTypes.has(type)) {
    problems.push(`${path}: element type ${JSON.stringify(type)} is not an Adaptive Card 1.5 element`);
    return;
  }
  if (element.fallback !== undefined && element.fallback !== 'drop') checkElement(element.fallback, `${path}.fallback`, problems);
  switch (type) {
    case 'TextBlock':
      if (typeof element.text !== 'string' || element.text === '') problems.push(`${path}.text: required non-empty string`);
      if (element.size !== undefined && !sizes.has(String(element.size))) problems.push(`${path}.size: invalid`);
      if (element.weight !== undefined && !weights.has(String(element.weight))) problems.push(`${path}.weight: invalid`);
      break;
    case 'Image':
      if (typeof element.url !== 'string' || !/^(https:\/\/|data:image\/(png|jpeg|gif);base64,)/.test(element.url)) {
        problems.push(`${path}.url: required https or data:image URI`);
      }
      break;
    case 'FactSet':
      if (!Array.isArray(element.facts) || element.facts.length === 0) problems.push(`${path}.facts: required non-empty array`);
      else
        element.facts.forEach((fact, index) => {
          if (!isRecord(fact) || typeof fact.title !== 'string' || typeof fact.value !== 'string') {
            problems.push(`${path}.facts[${index}]: needs string title and value`);
          }
        });
      break;
    case 'ColumnSet':
      if (!Array.isArray(element.columns)) problems.push(`${path}.columns: required array`);
      else
        element.columns.forEach((column, index) => {
          if (!isRecord(column) || column.type !== 'Column') problems.push(`${path}.columns[${index}]: must be a Column`);
          else checkItems(column.items, `${path}.columns[${index}].items`, problems);
        });
      break;
    case 'Container':
      checkItems(element.items, `${path}.items`, problems);
      break;
    case 'ActionSet':
      checkActions(element.actions, `${path}.actions`, problems);
      break;
    case 'Table': {
      const columns = element.columns;
      if (!Array.isArray(columns) || columns.length === 0) {
        problems.push(`${path}.columns: required non-empty array`);
        break;
      }
      columns.forEach((column, index) => {
        if (!isRecord(column) || typeof column.width !== 'number') problems.push(`${path}.columns[${index}].width: required number`);
      });
      if (!Array.isArray(element.rows)) {
        problems.push(`${path}.rows: required array`);
        break;
      }
      element.rows.forEach((row, rowIndex) => {
        const rowPath = `${path}.rows[${rowIndex}]`;
        if (!isRecord(row) || row.type !== 'TableRow' || !Array.isArray(row.cells)) {
          problems.push(`${rowPath}: must be a TableRow with cells`);
          return;
        }
        if (row.cells.length !== columns.length) problems.push(`${rowPath}: ${row.cells.length} cells for ${columns.length} columns`);
        row.cells.forEach((cell, cellIndex) => {
          if (!isRecord(cell) || cell.type !== 'TableCell') problems.push(`${rowPath}.cells[${cellIndex}]: must be a TableCell`);
          else checkItems(cell.items, `${rowPath}.cells[${cellIndex}].items`, problems);
        });
      });
      break;
    }
    default:
      break;
  }
}

function checkAction(action: unknown, path: string, problems: Problems): void {
  if (!isRecord(action) || typeof action.type !== 'string' || !actionTypes.has(action.type)) {
    problems.push(`${path}: action type ${JSON.stringify(isRecord(action) ? action.type : action)} is not an Adaptive Card 1.5 action`);
    return;
  }
  if (typeof action.title !== 'string' || action.title === '') problems.push(`${path}.title: required non-empty string`);
  if (action.type === 'Action.Execute') {
    if (typeof action.verb !== 'string' || action.verb === '') problems.push(`${path}.verb: required for Action.Execute`);
    if (action.data !== undefined && !isRecord(action.data)) problems.push(`${path}.data: must be an object`);
  }
  if (action.type === 'Action.Submit' && action.data !== undefined && !isRecord(action.data) && typeof action.data !== 'string') {
    problems.push(`${path}.data: must be an object or string`);
  }
  if (action.type === 'Action.OpenUrl' && typeof action.url !== 'string') problems.push(`${path}.url: required`);
  if (action.fallback !== undefined && action.fallback !== 'drop') checkAction(action.fallback, `${path}.fallback`, problems);
}

function checkActions(actions: unknown, path: string, problems: Problems): void {
  if (!Array.isArray(actions)) {
    problems.push(`${path}: must be an array`);
    return;
  }
  actions.forEach((action, index) => checkAction(action, `${path}[${index}]`, problems));
}

export function checkAdaptiveCard(card: unknown): string[] {
  const problems: Problems = [];
  if (!isRecord(card)) return ['card: must be an object'];
  if (card.type !== 'AdaptiveCard') problems.push('type: must be "AdaptiveCard"');
  if (card.version !== '1.5') problems.push(`version: must be "1.5" (Teams), got ${JSON.stringify(card.version)}`);
  checkItems(card.body, 'body', problems);
  if (card.actions !== undefined) checkActions(card.actions, 'actions', problems);
  const bytes = Buffer.byteLength(JSON.stringify(card));
  if (bytes > teamsMessageLimitBytes) problems.push(`card: ${bytes} bytes exceeds the Teams message limit`);
  return problems;
}
