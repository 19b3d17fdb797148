// Callback and action ids of the MACD modal and messages: one place, so listeners and renderers agree.
export const macdSlackIds = {
  requestModal: 'macd_request',
  rejectModal: 'macd_reject_reason',
  kindPicker: 'macd_kind',
  open: 'macd_open',
  approve: 'macd_approve',
  reject: 'macd_reject',
  start: 'macd_start',
  complete: 'macd_complete',
  cancel: 'macd_cancel',
} as const;

/** Every form field is its own input block "macd_<field>" holding one element with action id "<field>". */
export const blockIdOf = (field: string): string => `macd_${field}`;
