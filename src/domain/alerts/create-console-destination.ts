import type { AlertDestination } from './alert-destination.js';
import { renderAlertText } from './render-alert-text.js';

/** Alerts for the local console: each one printed as text to the given output. */
export function createConsoleDestination(output: { write(text: string): unknown }): AlertDestination {
  let posted = 0;
  return {
    platform: 'console',
    post: async (channelId, message) => {
      output.write(`${renderAlertText(message)}\n\n`);
      posted += 1;
      return { messageRef: `console:${channelId}:${message.alertId}:${posted}` };
    },
  };
}
