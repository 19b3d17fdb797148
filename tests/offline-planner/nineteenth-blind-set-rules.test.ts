import { describe, expect, it } from 'vitest';
import { presentSpend } from '../../src/assistant/present/present-spend.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { getSpend } from '../../src/domain/spend/get-spend.js';
import { inOneCurrency } from '../support/in-one-currency.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Rules behind the misses of a nineteenth blind set (the held-out company, asked by someone
// building a QBR deck in rambling messages, a FinOps analyst asking for top and bottom N, shares
// and averages, a telecom expense analyst, someone saying periods in unusual ways and an IT
// manager asking what the data does not hold), asked here with the fixture's names. Today is
// Thu 26 Nov 2026.
describe('nineteenth blind set', () => {
  const { callsOf, plan, context } = plannerOverFixture();

  it.each([
    // periods said in unusual ways
    ['spend since the start of Q2', 'spend since april'],
    ['realized savings from disconnects and credits since the start of q2', 'realized savings since april'],
    ['lumen spend since the beginning of q3', 'lumen spend since july'],
    ['lumen in the 3 months to august', 'lumen spend from june to august'],
    ['spend at the denver office in the three months to august', 'spend at the denver office from june to august'],
    ['what did lumen cost us in the 12 months to september', 'lumen spend from october 2025 to september 2026'],
    ['salesforce spend for the back half of the year so far', 'salesforce spend since july'],
    ['salesforce spend for the front half of the year', 'salesforce spend h1'],
    ['last month and the month before combined for lumen', 'lumen spend from september to october'],
    ['spend by cost centre for the most recent complete quarter', 'spend by cost centre last quarter'],
    ['lumen spend for the most recent full month', 'lumen spend last month'],
    // a ranking said as "the N highest-spending"
    ['five highest-spending cost centers ytd', 'top 5 cost centers by spend ytd'],
    ['the 3 highest spending vendors last quarter', 'top 3 vendors by spend last quarter'],
    // a bare total of a kind of service is a count
    ['total circuits?', 'how many circuits do we have'],
    ['total mobile lines', 'how many mobile lines do we have'],
    // a breakdown "as percentages": the breakdown shows each part's share
    ['spend by domain ytd as percentages', 'spend by domain ytd'],
    // rambling messages around the question: the deck, the slide and the colleague are not asked about
    ['morning! pulling the QBR deck together with Priya for thursday, what was our total spend in Q3?', 'what was our total spend in q3'],
    [
      'Deck is due to Tomasz by EOD tomorrow and I still have a blank first slide. What did we spend in total last quarter?',
      'what did we spend in total last quarter',
    ],
    [
      "how much did we spend with lumen in q3? sorry if you've had this one already, Siobhan is dropping it into the deck",
      'how much did we spend with lumen in q3',
    ],
    ["top 5 vendors for q3 please — it's for the vendor slide in the QBR deck (Aoife's template has five rows)", 'top 5 vendors for q3'],
    [
      "Aoife's template for the QBR has a vendor table with five rows, deadline is friday. Can you give me our five biggest vendors by spend last quarter?",
      'our five biggest vendors by spend last quarter',
    ],
    ['sorry to be a pain, Marcus asked for this for the deck: q3 vs q2 total spend', 'q3 vs q2 total spend'],
    [
      'need the mobility slide for the QBR and Deepa thinks it went up a lot. how did verizon do in Q3 compared with Q2?',
      'how did verizon do in q3 compared with q2',
    ],
    [
      'QBR prep (deck goes out friday, Hamish is reviewing it first): spend by cost centre for Q3, the top five is plenty',
      'top 5 cost centres by spend q3',
    ],
    [
      'bit of context: Fergus owns the telecom slide in the QBR pack and he wants telecom spend for q3 split by carrier',
      'telecom spend for q3 split by carrier',
    ],
    [
      'Kwame is writing the risks section of the QBR and asked which renewal notice deadlines we have before year end. can you list them?',
      'which renewal notice deadlines do we have before year end',
    ],
    [
      'the QBR deck needs a trend line. Raj is building the chart — monthly telecom spend over the last 12 months please',
      'monthly telecom spend over the last 12 months',
    ],
    [
      'Beatriz wants a forecast slide at the end of the deck: where will our total spend land for the full year?',
      'where will our total spend land for the full year',
    ],
    ["last one for the deck, I promise. what's our annual run rate across everything? Connor asked", "what's our annual run rate"],
    [
      'for the QBR (Priya again, sorry!): which cost centres went over budget in october?',
      'which cost centres went over budget in october',
    ],
    [
      'Marcus reckons a lot of q3 spend had no cost centre and wants it called out in the deck. how much was unallocated in q3?',
      'how much was unallocated in q3',
    ],
    [
      'prepping the deck with Priya, quick one: how many active mobile lines do we have right now?',
      'how many active mobile lines do we have',
    ],
    ['Tomasz wants a sites slide for the deck — how many circuits have we got in denver?', 'how many circuits do we have in denver'],
    [
      'Putting the deck to bed tonight. Last ask from Marcus: are we on track for the salesforce commitment?',
      'are we on track for the salesforce commitment',
    ],
    [
      'for the QBR appendix Aoife wants the 10 most expensive mobile lines last month with who has them',
      'the 10 most expensive mobile lines last month with who has them',
    ],
    [
      'morning! pulling the QBR deck together with Priya and she wants the headline number up front — sorry if this was asked before — what was our total spend in Q3?',
      'what was our total spend in q3',
    ],
    // a half with no year beside one "of last year" is this year's
    ['H1 vs the back half of last year, total spend', 'h1 2026 vs h2 2025 total spend'],
    ['cloud: first half of this year so far against the second half of last year', 'cloud spend since january against h2 2025'],
    // what neighbouring rules read stays read
    ['avg monthly cost per circuit on lumen for sept', 'average cost per circuit on lumen for september'],
  ])('answers "%s" as "%s"', async (question, plain) => {
    expect(await callsOf(question)).toEqual(await callsOf(plain));
  });

  it('reads "the last two weeks of sept" inside September, not as the last two weeks to today', async () => {
    const [call] = await callsOf('aws spend for the last two weeks of sept');
    expect(call?.arguments).toMatchObject({ period: { end: '2026-10-01' } });
  });

  it.each([
    ['the two cheapest sites last quarter', 'location', 2],
    ['bottom 3 vendors by spend last quarter', 'vendor', 3],
    ['lowest spending cost centre last month', 'cost_center', 25],
    ['which vendor did we spend the least with this year', 'vendor', 25],
  ])('ranks "%s" smallest first', async (question, groupBy, top) => {
    const [call] = await callsOf(question);
    expect(call).toMatchObject({ tool: 'get_spend', arguments: { groupBy, top, order: 'asc' } });
  });

  it('answers "the two cheapest vendors" with the two smallest, and says they are listed smallest first', async () => {
    const [call] = await callsOf('the two cheapest vendors last quarter');
    const output = await getSpend.run(getSpend.input.parse(call!.arguments), context());
    const every = inOneCurrency(
      await getSpend.run({ period: { start: '2026-07-01', end: '2026-10-01' }, groupBy: 'vendor', top: 100 }, context()),
    );
    const amounts = every.breakdown.map((row) => new Decimal(row.amount));
    const smallest = Decimal.min(...amounts).toString();
    expect(inOneCurrency(output).breakdown[0]?.amount).toBe(smallest);
    expect(presentSpend(output).text).toMatch(/by vendor: .*, smallest first\./);
  });

  it.each(['the 3 biggest vendors last quarter', "what's the bottom line on spend by vendor last quarter"])(
    'ranks "%s" largest first, as before',
    async (question) => {
      const [call] = await callsOf(question);
      expect(call?.arguments).toMatchObject({ groupBy: 'vendor' });
      expect(call?.arguments).not.toHaveProperty('order');
    },
  );

  it('reads "week 36" as that ISO week, Monday to Sunday', async () => {
    const [call] = await callsOf('aws spend in week 36');
    expect(call?.arguments).toMatchObject({ period: { start: '2026-08-31', end: '2026-09-07' } });
  });

  it.each([
    // no tool averages, takes a median or leaves a part out: a total or its parts would answer another question
    ['average monthly spend with lumen this year', /average/i],
    ['mean spend per vendor in q3', /mean/i],
    ['median verizon bill this year', /median/i],
    ['everything but saas, q3', /but/i],
    ['everything except cloud last month', /except/i],
    // part of a month on monthly bills
    ['telecom spend in week 36', /week|month/i],
    ['lumen over the last 6 weeks', /week|month/i],
    // facts that are not recorded
    ['was invoice LUM-2026-10 paid on time?', /paid|payment/i],
    ['cost per user for salesforce', /user/i],
    // a colleague's name with no occasion around it is still a name nobody has
    ['Priya spend last month', /Priya/],
    ['what did we spend with Telstra last month', /Telstra/],
    // what a colleague asked for, inside the aside, is still read
    ['sorry if this was asked before — Fergus needs fiscal year to date spend for the QBR, what is it?', /fiscal/i],
    ["Siobhan's slide needs the Q3 spend for thornholm campus — she says it's one of our sites", /thornholm/i],
    ['for the deck, Ingrid asked for the NPS from the service desk survey last quarter. do you have it?', /NPS/],
    ['telecom cost per employee this year', /employee/],
    ['QBR deck is due thursday. Kwame wants headcount by cost centre so we can show spend per employee — can you pull that?', /headcount/i],
  ])('does not answer "%s" with a figure for another question', async (question, said) => {
    const planned = await plan(question);
    expect(planned.kind).toBe('clarify');
    expect(planned.kind === 'clarify' && planned.message).toMatch(said);
  });
});
