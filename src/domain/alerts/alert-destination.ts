/**
 * The neutral alert model and the port every chat surface implements. Slack (Block Kit), Teams
 * (Adaptive Card) and the console each translate an AlertMessage; the outbox only knows this shape.
 */
export type AlertKind = 'anomaly' | 'notice-deadline' | 'budget' | 'billing-discrepancy';

export type AlertActionId = 'acknowledge' | 'mark-expected' | 'snooze-7d' | 'ask' | 'start-renewal-review' | 'plan-disconnect';

export interface AlertMessage {
  alertId: number;
  kind: AlertKind;
  title: string;
  summary: string;
  facts: Array<{ label: string; value: string }>;
  /** daily or monthly series for a chart: categories (ISO dates) and decimal-string values */
  series?: { categories: string[]; actual: string[]; expected?: string[]; unit: string };
  actions: Array<{ id: AlertActionId; label: string; value: string }>;
  freshness: string;
  /** who acted on it and how ("Acknowledged by Ana Ruiz · 26 Nov 2026 10:02 UTC"); see alert-feedback.ts */
  status?: string[];
}

export interface AlertDestination {
  platform: 'console' | 'slack' | 'teams';
  /**
   * Posts one alert to one channel; throws on failure (the outbox retries with backoff).
   * `deliveryIds` are the outbox rows this post settles: a platform that can keep them with the
   * message (Slack's message metadata) lets `findPosted` recognise the post later.
   */
  post(channelId: string, message: AlertMessage, deliveryIds: readonly number[]): Promise<{ messageRef: string }>;
  /**
   * Which of these deliveries were already posted to the channel since `since`, and where (their
   * messageRef): asked before re-posting a delivery whose dispatcher died between posting and
   * recording. Platforms that cannot list what a bot posted (Teams' connector) leave it out.
   */
  findPosted?(channelId: string, deliveryIds: readonly number[], since: Date): Promise<Map<number, string>>;
  /** Redraws a posted alert in place (who acted on it); messageRef is what post returned. */
  update?(messageRef: string, message: AlertMessage): Promise<void>;
}
