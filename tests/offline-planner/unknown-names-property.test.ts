import { describe, expect, it } from 'vitest';
import { knownWords } from '../../src/assistant/offline/known-words.js';
import { editDistance } from '../../src/domain/scope/closest-names.js';
import { nameKey } from '../../src/domain/shared/normalize.js';
import { findTool } from '../../src/domain/tools/registry.js';
import { fixtureCostCenters, fixtureLocations, fixtureVendors } from '../tools/support/fixture-enterprise.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// 5,000 generated questions mixing real names, real names with a typo, and names that exist
// nowhere here: none may crash the planner, every plan must be one the tools accept, and no
// question naming something that does not exist may be planned as a figure.

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const syllables = ['kor', 'vel', 'mira', 'dax', 'tron', 'quil', 'bex', 'zan', 'lum', 'oro', 'pex', 'sil', 'var', 'nyx', 'grel', 'hob'];
const templates = [
  'how much did we spend with {name} last month',
  '{name} spend q3',
  'what did we pay {name} in oct',
  '{name} costs ytd',
  'how many lines does {name} have',
  'list {name} circuits',
  '{name} contract end date?',
  'top 5 services for {name} this year',
  '@Ledgerline {name} spend by month',
  'is {name} over budget this month',
  'compare {name} spend oct vs sep',
  'run rate for {name}',
];

describe('offline planner over generated names', () => {
  const { plan: planQuestion } = plannerOverFixture();

  it('never crashes, plans only valid calls, and never plans a figure for a name that does not exist', async () => {
    const random = seeded(1306);
    const pick = <Value>(values: readonly Value[]): Value => values[Math.floor(random() * values.length)]!;
    const realNames = [
      ...fixtureVendors.flatMap((vendor) => [vendor.name, ...vendor.aliases]),
      ...fixtureCostCenters.flatMap((costCenter) => [costCenter.code, costCenter.name]),
      ...fixtureLocations.flatMap((location) => [location.name, location.city]),
    ];
    const realKeys = realNames.map(nameKey);
    const isFarFromEverything = (name: string) => {
      const key = nameKey(name);
      return !knownWords.has(key) && realKeys.every((real) => editDistance(key, real) > 2 && !real.includes(key) && !key.includes(real));
    };
    const typo = (name: string) => {
      if (name.length < 6) return name;
      const index = 1 + Math.floor(random() * (name.length - 2));
      return `${name.slice(0, index)}${name.slice(index + 1)}`;
    };

    let unknownAsked = 0;
    const figuresForUnknown: string[] = [];
    const invalid: string[] = [];
    for (let index = 0; index < 5000; index += 1) {
      const roll = random();
      let name: string;
      let isUnknown = false;
      if (roll < 0.4) name = pick(realNames);
      else if (roll < 0.6) name = typo(pick(realNames));
      else {
        name = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables)).join('');
        if (random() < 0.5) name = name[0]!.toUpperCase() + name.slice(1);
        if (random() < 0.3) name = `${name} ${pick(['Telecom', 'Networks', 'Cloud', 'Fiber', 'Ops'])}`;
        isUnknown = isFarFromEverything(name.split(' ')[0]!);
      }
      const question = pick(templates).replace('{name}', name);
      const plan = await planQuestion(question);
      if (plan.kind === 'calls') {
        for (const call of plan.calls)
          if (!findTool(call.tool)?.input.safeParse(call.arguments).success)
            invalid.push(`${question} → ${call.tool} ${JSON.stringify(call.arguments)}`);
      } else {
        expect(plan.message.length).toBeGreaterThan(0);
        expect(plan.message).not.toMatch(/USD\s?-?[\d,]+\.\d{2}/);
      }
      if (isUnknown) {
        unknownAsked += 1;
        if (plan.kind === 'calls') figuresForUnknown.push(`${question} → ${JSON.stringify(plan.calls)}`);
      }
    }
    expect(invalid).toEqual([]);
    expect(figuresForUnknown.slice(0, 20)).toEqual([]);
    expect(unknownAsked).toBeGreaterThan(1000);
  }, 300_000);
});
