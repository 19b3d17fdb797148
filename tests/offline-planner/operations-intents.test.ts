import { describe, expect, it } from 'vitest';
import type { ConversationState, PlannedCall } from '../../src/assistant/planner.js';
import { findTool } from '../../src/domain/tools/registry.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Audit, savings, disputes, MACD requests and channel subscriptions, as people phrase them.

describe('offline planner: operations questions', () => {
  const { plan: planQuestion } = plannerOverFixture();
  const callOf = async (question: string, state?: ConversationState): Promise<PlannedCall> => {
    const plan = await planQuestion(question, state);
    if (plan.kind !== 'calls') throw new Error(`expected calls for "${question}", got: ${plan.message}`);
    const call = plan.calls[0]!;
    expect(findTool(call.tool)?.input.safeParse(call.arguments).success, JSON.stringify(call)).toBe(true);
    return call;
  };

  const october = { start: '2026-10-01', end: '2026-11-01' };

  it.each([
    ['has AT&T overbilled us?', { vendors: ['AT&T'] }],
    ['Were we overcharged by ATT?', { vendors: ['AT&T'] }],
    ['any billing errors last month?', { period: october }],
    ['invoice audit for October', { period: october }],
    ['duplicate charges from Lumen', { vendors: ['Lumen'], kinds: ['duplicate_charge'] }],
    ['which Verizon lines are billed above the contract rate?', { vendors: ['Verizon Wireless'], kinds: ['rate_variance'] }],
  ])('"%s" audits invoices', async (question, args) => {
    expect(await callOf(question)).toEqual({ tool: 'audit_invoices', arguments: args });
  });

  it.each([
    'are we still paying for disconnected lines?',
    'Which disconnected services are still billed?',
    'charges after disconnect',
    'are cancelled circuits still on the invoice?',
  ])('"%s" finds services billed after disconnect', async (question) => {
    expect((await callOf(question)).tool).toBe('find_billed_after_disconnect');
  });

  it.each([
    ['how much could we save on mobility?', { domain: 'mobility' }],
    ['savings opportunities', {}],
    ['Where can we save on cloud?', { domain: 'cloud' }],
    ['how much could we save on circuits', { domain: 'telecom' }],
  ])('"%s" finds savings', async (question, args) => {
    expect(await callOf(question)).toEqual({ tool: 'find_savings', arguments: args });
  });

  it.each([
    ['has Verizon credited the dispute?', { vendors: ['Verizon Wireless'] }],
    ['open disputes', { status: ['open'] }],
    ['Which disputes were denied?', { status: ['denied'] }],
    ['disputes with Lumen', { vendors: ['Lumen'] }],
  ])('"%s" lists disputes', async (question, args) => {
    expect(await callOf(question)).toEqual({ tool: 'list_disputes', arguments: args });
  });

  it('reads MACD request questions', async () => {
    for (const question of ['my open requests', 'status of my requests', 'show my pending orders']) {
      expect(await callOf(question), question).toEqual({ tool: 'list_my_requests', arguments: { isOpenOnly: true } });
    }
    expect(await callOf('all my requests including completed')).toEqual({ tool: 'list_my_requests', arguments: { isOpenOnly: false } });
    for (const question of ['status of request 42', 'where is request #42?', 'request 42 status']) {
      expect(await callOf(question), question).toEqual({ tool: 'get_request_status', arguments: { requestId: 42 } });
    }
    expect(await callOf('what did we disconnect last month and what does it save?')).toEqual({
      tool: 'summarize_disconnects',
      arguments: { period: october },
    });
    expect(await callOf('completed disconnects')).toEqual({ tool: 'summarize_disconnects', arguments: {} });
  });

  it.each([
    ['subscribe this channel to anomalies for CC100', { kinds: ['anomaly'], costCenters: ['CC100'] }],
    ['Subscribe us to cost anomalies for Sales', { kinds: ['anomaly'], costCenters: ['CC100'] }],
    ['send budget alerts here as a daily digest', { kinds: ['budget'], isDigest: true }],
    ['post notice deadline alerts to this channel', { kinds: ['notice-deadline'] }],
    [
      'subscribe to billing discrepancies for AT&T, one message per alert',
      { kinds: ['billing-discrepancy'], vendors: ['AT&T'], isDigest: false },
    ],
    ['subscribe this channel', { kinds: ['anomaly', 'notice-deadline', 'budget', 'billing-discrepancy'] }],
  ])('"%s" subscribes the channel', async (question, args) => {
    expect(await callOf(question)).toEqual({ tool: 'subscribe_channel', arguments: args });
  });

  it('unsubscribes, lists subscriptions and alerts', async () => {
    expect(await callOf('unsubscribe')).toEqual({ tool: 'unsubscribe_channel', arguments: {} });
    expect(await callOf('stop budget alerts here')).toEqual({ tool: 'unsubscribe_channel', arguments: { kinds: ['budget'] } });
    expect(await callOf('no more anomaly alerts please')).toEqual({ tool: 'unsubscribe_channel', arguments: { kinds: ['anomaly'] } });
    for (const question of [
      'what is this channel subscribed to?',
      'show the alert subscriptions here',
      'Which alerts does this channel get?',
    ]) {
      expect((await callOf(question)).tool, question).toBe('list_channel_subscriptions');
    }
    expect(await callOf('recent alerts')).toEqual({ tool: 'list_alerts', arguments: {} });
    expect(await callOf('which alerts failed?')).toEqual({ tool: 'list_alerts', arguments: { statuses: ['failed'] } });
    expect(await callOf('pending budget alerts')).toEqual({ tool: 'list_alerts', arguments: { statuses: ['pending'], kinds: ['budget'] } });
    expect(await callOf('alerts posted in this channel')).toEqual({ tool: 'list_alerts', arguments: { channel: 'this' } });
  });

  it('keeps reporting questions where they were', async () => {
    expect((await callOf('How much did software subscriptions cost in October? saas')).tool).toBe('get_spend');
    expect((await callOf('Lines with no usage in 90 days')).tool).toBe('find_zero_usage_lines');
    expect((await callOf('Are we over budget this month?')).tool).toBe('get_budget_status');
    expect((await callOf('how much credit did AT&T give us last month?')).tool).toBe('get_spend');
  });

  it('follows up an audit with another vendor or period', async () => {
    const first = await callOf('has AT&T overbilled us?');
    const state = { lastQuestion: 'has AT&T overbilled us?', lastCalls: [first] };
    expect(await callOf('what about Lumen?', state)).toEqual({ tool: 'audit_invoices', arguments: { vendors: ['Lumen'] } });
    expect(await callOf('and in October?', state)).toEqual({ tool: 'audit_invoices', arguments: { vendors: ['AT&T'], period: october } });
    const savings = await callOf('how much could we save on mobility?');
    expect(await callOf('and on cloud?', { lastCalls: [savings] })).toEqual({ tool: 'find_savings', arguments: { domain: 'cloud' } });
  });
});
