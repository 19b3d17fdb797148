import { z } from 'zod';
import { missingFieldMessages, missingKindMessage } from './macd-labels.js';
import { addableServiceTypes, changeableAttributes, type MacdFieldName, type MacdKindName } from './macd-fields.js';

// What a person fills in, per kind of request. Form fields arrive as strings from a Slack modal or
// a Teams card; these schemas turn them into typed details or field-level errors the form shows
// next to each field.

export type FieldErrors = Partial<Record<MacdFieldName, string>>;

const text = (field: MacdFieldName, label: string, maximum = 200) =>
  z
    .string({ error: missingFieldMessages[field] })
    .trim()
    .min(1, missingFieldMessages[field])
    .max(maximum, `${label[0]?.toUpperCase()}${label.slice(1)} is at most ${maximum} characters.`);
const optionalText = (maximum = 200) =>
  z
    .string()
    .trim()
    .max(maximum, `At most ${maximum} characters.`)
    .optional()
    .transform((value) => (value === '' ? undefined : value));
const date = z
  .string({ error: missingFieldMessages.date })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Pick a date (YYYY-MM-DD).')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'That is not a calendar date.');
/** Money as typed: "45", "45.5", "1,200.00" → a decimal string; never a float. */
const money = z
  .string()
  .trim()
  .transform((value) => value.replace(/,/g, '').replace(/^\$/, ''))
  .refine((value) => /^\d{1,12}(\.\d{1,4})?$/.test(value), 'Enter an amount like 45.00.');

const serviceField = z.string({ error: missingFieldMessages.service }).trim().min(1, missingFieldMessages.service).max(100);

const moveFormSchema = z.object({
  kind: z.literal('move'),
  service: serviceField,
  newLocation: text('newLocation', 'the new location'),
  date,
});
const addFormSchema = z.object({
  kind: z.literal('add'),
  serviceType: z.enum(addableServiceTypes, { error: missingFieldMessages.serviceType }),
  vendor: text('vendor', 'the vendor'),
  plan: text('plan', 'the plan'),
  location: text('location', 'the location'),
  costCenter: text('costCenter', 'the cost center'),
  assignee: text('assignee', 'who it is for'),
  date,
  monthlyCost: money.optional(),
  identifier: optionalText(100),
});
const changeFormSchema = z
  .object({
    kind: z.literal('change'),
    service: serviceField,
    attribute: z.enum(changeableAttributes, { error: missingFieldMessages.attribute }),
    newValue: text('newValue', 'the new value'),
  })
  .superRefine((value, context) => {
    if (value.attribute === 'monthly_cost' && !/^\d{1,12}(\.\d{1,4})?$/.test(value.newValue.replace(/,/g, ''))) {
      context.addIssue({ code: 'custom', path: ['newValue'], message: 'Enter the new monthly cost like 45.00.' });
    }
  });
const disconnectFormSchema = z.object({
  kind: z.literal('disconnect'),
  service: serviceField,
  date,
  reason: text('reason', 'a reason', 500),
});

export const macdFormSchema = z.discriminatedUnion('kind', [moveFormSchema, addFormSchema, changeFormSchema, disconnectFormSchema]);
export type MacdForm = z.output<typeof macdFormSchema>;

export type ParsedForm = { ok: true; form: MacdForm } | { ok: false; fieldErrors: FieldErrors };

/** Empty inputs count as missing, so "" and an untouched field read the same. */
function withoutEmptyValues(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== '' && value !== null && value !== undefined));
}

/** `today` (YYYY-MM-DD) also refuses a date in the past, reported with the other fields' errors. */
export function parseMacdForm(raw: Record<string, unknown>, options: { today?: string } = {}): ParsedForm {
  const parsed = macdFormSchema.safeParse(withoutEmptyValues(raw));
  const date = typeof raw.date === 'string' ? raw.date.trim() : '';
  const isPast = options.today !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) && date < options.today;
  if (parsed.success && !isPast) return { ok: true, form: parsed.data };
  const fieldErrors: FieldErrors = isPast ? { date: `The date ${date} is in the past.` } : {};
  if (parsed.success) return { ok: false, fieldErrors };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'kind');
    if (field === 'kind') return { ok: false, fieldErrors: { service: missingKindMessage } };
    const key = field as MacdFieldName;
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}

/** The fields a form for `kind` shows, in order; adapters render them from this list. */
export const formFields: Record<MacdKindName, MacdFieldName[]> = {
  move: ['service', 'newLocation', 'date'],
  add: ['serviceType', 'vendor', 'plan', 'location', 'costCenter', 'assignee', 'date', 'monthlyCost', 'identifier'],
  change: ['service', 'attribute', 'newValue'],
  disconnect: ['service', 'date', 'reason'],
};

// Labels and the messages for empty fields live in macd-labels.ts; re-exported for the renderers.
export { fieldLabels, optionalFields } from './macd-labels.js';
