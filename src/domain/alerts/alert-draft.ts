import type { AlertKind, AlertMessage } from './alert-destination.js';

/** A finding a detector wants to tell people about, before the outbox has stored it. */
export interface AlertDraft {
  kind: AlertKind;
  /** the same finding on a later run has the same key, so it is stored (and posted) once */
  dedupeKey: string;
  title: string;
  message: Omit<AlertMessage, 'alertId'>;
  /** what subscription filters match on: "anomalies for CC-630" */
  scope: AlertScope;
  /** the detector's finding, kept for "ask about it" and for the answer key in tests */
  finding: unknown;
}

export interface AlertScope {
  costCenters: string[];
  vendors: string[];
}

/** An alert as stored, ready to post. */
export interface StoredAlert {
  id: number;
  kind: AlertKind;
  dedupeKey: string;
  title: string;
  status: 'pending' | 'sent' | 'failed';
  createdAt: Date;
  message: AlertMessage;
  scope: AlertScope;
  finding: unknown;
}
