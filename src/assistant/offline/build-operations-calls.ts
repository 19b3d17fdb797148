import type { PlannedCall } from '../planner.js';
import { choosePeriod, periodArgument } from './choose-period.js';
import { operationsPatterns, type OperationsIntent } from './detect-operations-intent.js';
import type { Understanding } from './read-question.js';

// Operations intent + what was recognized → the tool call. The channel to subscribe is never an
// argument: the tools read it from where the question was asked.

type AlertKind = 'anomaly' | 'notice-deadline' | 'budget' | 'billing-discrepancy';

/** Alert kinds named in the question, in the tools' words. */
function findAlertKinds(question: string): AlertKind[] {
  const kinds: AlertKind[] = [];
  if (/\banomal(?:y|ies|ous)\b|\bspikes?\b|\bunusual (?:spend|costs?)\b|\bcost alerts?\b/i.test(question)) kinds.push('anomaly');
  if (/\bnotices?\b|\bdeadlines?\b|\brenewals?\b|\bcontract alerts?\b/i.test(question)) kinds.push('notice-deadline');
  if (/\bbudgets?\b|\boverruns?\b|\bover(?:spend|spending)\b/i.test(question)) kinds.push('budget');
  if (/\bbilling\b|\bdiscrepanc(?:y|ies)\b|\baudit\b|\boverbill(?:ed|ing)?\b|\binvoice (?:errors?|alerts?)\b/i.test(question))
    kinds.push('billing-discrepancy');
  return kinds;
}

/** true: a digest; false: one message per alert; undefined: not said. */
function findDigest(question: string): boolean | undefined {
  if (
    /\b(?:no|not (?:as )?a|without (?:a |the )?)\s*digest\b|\bone (?:message )?(?:per|for each) alert\b|\bindividual(?:ly)?\b|\beach alert separately\b|\breal[- ]?time\b/i.test(
      question,
    )
  )
    return false;
  if (
    /\bdigests?\b|\bonce a day\b|\bdaily (?:summary|message|roundup|round-up)\b|\bone (?:daily )?message a day\b|\bas a daily\b|\bbatch(?:ed)?\b/i.test(
      question,
    )
  )
    return true;
  return undefined;
}

function findAlertStatuses(question: string): Array<'pending' | 'sent' | 'failed'> | undefined {
  const statuses: Array<'pending' | 'sent' | 'failed'> = [];
  if (/\bfail(?:ed|ing|ures?|s)?\b|\bnot (?:delivered|sent|posted)\b|\bundelivered\b|\berrors?\b|\bbounced\b/i.test(question))
    statuses.push('failed');
  if (/\bpending\b|\bqueued\b|\bwaiting\b|\bnot yet (?:sent|delivered|posted)\b|\bstuck\b/i.test(question)) statuses.push('pending');
  if (
    /\b(?:were|was|got|been) (?:sent|delivered|posted)\b|\bdelivered alerts\b|\bsent alerts\b/i.test(question) &&
    !/\bnot (?:sent|delivered|posted)\b/i.test(question)
  )
    statuses.push('sent');
  return statuses.length > 0 ? statuses : undefined;
}

function auditKinds(question: string): string[] | undefined {
  // An overcharge is any finding that bills too much: a duplicate is one, a wrong rate another.
  if (/\bover[- ]?(?:charg|bill)/i.test(question)) return undefined;
  const kinds: string[] = [];
  if (/\bduplicate|\btwice\b/i.test(question)) kinds.push('duplicate_charge');
  if (/\brate variances?\b|\babove (?:the )?contract|\bwrong rates?\b|\b(?:contract(?:ed)?|agreed|negotiated) rates?\b/i.test(question))
    kinds.push('rate_variance');
  if (
    /\bnot in (?:the |our )?inventory\b|\bmissing (?:from|in) (?:the |our )?inventory\b|\bunknown (?:lines|services|numbers)\b|\b(?:don['’]?t|do not|can['’]?t|cannot) (?:recogni[sz]e|match)\b|\b(?:don['’]?t|do not) have\b.{0,25}\b(?:list|inventory|records?)\b/i.test(
      question,
    )
  )
    kinds.push('not_in_inventory');
  return kinds.length > 0 ? kinds : undefined;
}

export function savingsDomain(understanding: Understanding): 'mobility' | 'telecom' | 'cloud' | undefined {
  const question = understanding.question;
  if (/\bcloud\b|\baws\b|\bazure\b|\bgcp\b/i.test(question) || understanding.domains.includes('cloud')) return 'cloud';
  if (
    /\bmobil(?:e|ity)\b|\bwireless\b|\bcell(?:ular| ?phones?)?\b|\bphones?\b/i.test(question) ||
    understanding.serviceTypes.includes('mobile_line')
  )
    return 'mobility';
  if (/\btele(?:com|co)\b|\bcircuits?\b|\bnetwork\b|\bwireline\b/i.test(question) || understanding.serviceTypes.includes('circuit'))
    return 'telecom';
  return undefined;
}

const withVendors = (understanding: Understanding) => (understanding.vendors.length > 0 ? { vendors: understanding.vendors } : {});

export function buildOperationsCalls(intent: OperationsIntent, understanding: Understanding): PlannedCall[] {
  const question = understanding.question;
  const period = choosePeriod(question, understanding.periods);
  const withPeriod = period ? { period: periodArgument(period) } : {};
  switch (intent) {
    case 'subscribe_alerts': {
      const kinds = findAlertKinds(question);
      const isDigest = findDigest(question);
      return [
        {
          tool: 'subscribe_channel',
          arguments: {
            // "subscribe this channel to alerts" means every kind there is.
            kinds: kinds.length > 0 ? kinds : ['anomaly', 'notice-deadline', 'budget', 'billing-discrepancy'],
            ...(understanding.costCenters.length > 0 ? { costCenters: understanding.costCenters } : {}),
            ...withVendors(understanding),
            ...(isDigest !== undefined ? { isDigest } : {}),
          },
        },
      ];
    }
    case 'unsubscribe_alerts': {
      const kinds = findAlertKinds(question);
      return [{ tool: 'unsubscribe_channel', arguments: kinds.length > 0 ? { kinds } : {} }];
    }
    case 'list_subscriptions':
      return [{ tool: 'list_channel_subscriptions', arguments: {} }];
    case 'list_alerts': {
      const statuses = findAlertStatuses(question);
      const kinds = findAlertKinds(question);
      const isThisChannel = /\b(?:this|the) channel\b|\bhere\b/i.test(question);
      return [
        {
          tool: 'list_alerts',
          arguments: {
            ...(statuses ? { statuses } : {}),
            ...(kinds.length > 0 ? { kinds } : {}),
            ...(isThisChannel ? { channel: 'this' } : {}),
          },
        },
      ];
    }
    case 'request_status':
      return [{ tool: 'get_request_status', arguments: { requestId: Number(operationsPatterns.requestNumber.exec(question)?.[1]) } }];
    case 'my_requests': {
      const isEverything =
        /\ball (?:of )?my\b|\bevery\b|\bclosed\b|\bcompleted\b|\bpast\b|\bhistory\b|\bincluding\b/i.test(question) &&
        !/\bopen\b|\bpending\b/i.test(question);
      return [{ tool: 'list_my_requests', arguments: { isOpenOnly: !isEverything } }];
    }
    case 'disconnect_summary':
      return [{ tool: 'summarize_disconnects', arguments: withPeriod }];
    case 'billed_after_disconnect':
      return [{ tool: 'find_billed_after_disconnect', arguments: { ...withVendors(understanding), ...withPeriod } }];
    case 'audit': {
      const kinds = auditKinds(question);
      // "the last Verizon invoice", "our latest bill": the newest bill, not twelve months of them.
      const latestBill =
        !period && /\b(?:last|latest|most recent|newest|current)\s+(?:[\w&.'-]+\s+){0,3}(?:invoices?|bills?)\b/i.test(question);
      return [
        {
          tool: 'audit_invoices',
          arguments: { ...withVendors(understanding), ...withPeriod, ...(latestBill ? { latestBill } : {}), ...(kinds ? { kinds } : {}) },
        },
      ];
    }
    case 'disputes': {
      // Credits "owed", disputes "outstanding": not yet credited or denied.
      const status = /\b(?:owed|outstanding|unresolved|pending)\b/i.test(question)
        ? (['open', 'submitted'] as const)
        : (['open', 'submitted', 'credited', 'denied'] as const).filter((word) =>
            word === 'credited' ? false : new RegExp(`\\b${word}\\b`, 'i').test(question),
          );
      return [{ tool: 'list_disputes', arguments: { ...withVendors(understanding), ...(status.length > 0 ? { status } : {}) } }];
    }
    case 'savings': {
      const domain = savingsDomain(understanding);
      return [
        {
          tool: 'find_savings',
          arguments: {
            ...(domain ? { domain } : {}),
            ...(understanding.usageMonths && /\busage|idle|unused\b/i.test(question) ? { months: understanding.usageMonths } : {}),
          },
        },
      ];
    }
  }
}
