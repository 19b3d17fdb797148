// The alerts domain as other layers use it: chat surfaces (subscriptions, rendering, the
// destination port), the jobs (drafts → outbox → dispatch) and the integrator.
export type { AlertDestination, AlertKind, AlertMessage, AlertActionId } from './alert-destination.js';
export type { AlertDraft, AlertScope, StoredAlert } from './alert-draft.js';
export type { ChannelSubscription, Platform } from './channel-subscription.js';
export { subscribeChannel, subscribeChannelInputSchema } from './subscribe-channel.js';
export type { SubscribeChannelInput } from './subscribe-channel.js';
export { unsubscribeChannel } from './unsubscribe-channel.js';
export type { UnsubscribeChannelInput } from './unsubscribe-channel.js';
export { listChannelSubscriptions } from './list-channel-subscriptions.js';
export { createAlerts } from './create-alerts.js';
export { dispatchAlerts } from './dispatch-alerts.js';
export type { DispatchOptions, DispatchSummary } from './dispatch-alerts.js';
export { renderAlertText } from './render-alert-text.js';
export { createConsoleDestination } from './create-console-destination.js';
export { readStoredAlert } from './read-stored-alert.js';
export { actOnAlert, alertStateActions } from './act-on-alert.js';
export type { ActOnAlertInput, ActOnAlertResult, AlertActor, AlertStateAction } from './act-on-alert.js';
export { readAlertStates, describeAlertState, withAlertState } from './alert-feedback.js';
export type { AlertState, AlertFeedbackEntry, AlertFeedbackKind } from './alert-feedback.js';
export { alertFamilyOf } from './alert-family.js';
export { alertMacdPrefill } from './alert-macd-prefill.js';
export { loadAlertMessage } from './load-alert-message.js';
export { redrawPostedAlert } from './redraw-posted-alert.js';
export { createAlertActionHandler } from './create-alert-action-handler.js';
export type { AlertActionHandler, AlertActionHandlerDeps, AlertActionInput } from './create-alert-action-handler.js';
