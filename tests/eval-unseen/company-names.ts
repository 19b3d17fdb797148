import { readFileSync } from 'node:fs';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';

// What the blind sets' placeholder functions read of the unseen company: every word of its names
// (so a set can check that the names it uses as absent really are), and its inventory's assignees.

/** Every name of the company, whole and word by word, in lower case. */
export function companyWords(enterprise: UnseenEnterprise): string[] {
  const { names } = enterprise;
  return [
    ...Object.values(names.vendors).flatMap((vendor) => [vendor.name, ...vendor.aliases]),
    ...Object.values(names.costCenters).flatMap((costCenter) => [costCenter.name, costCenter.code]),
    ...Object.values(names.locations).map((location) => `${location.name} ${location.country}`),
    ...Object.values(names.cities),
    ...Object.values(names.cloud.services),
    ...Object.values(names.cloud.subAccounts).map((subAccount) => subAccount.name),
    ...names.people,
  ].flatMap((name) => [name.toLowerCase(), ...name.toLowerCase().split(/[^a-z0-9]+/)]);
}

/**
 * Of `names` a blind set types as absent, those this company has after all: a whole name, or any of
 * its words, among the company's words (case-insensitive). A set throws on any, so a seed that
 * coins one of them cannot turn a refusal into a real answer.
 */
export function absentNamesPresent(enterprise: UnseenEnterprise, names: readonly string[]): string[] {
  const words = companyWords(enterprise);
  return names.filter((name) => {
    const lower = name.toLowerCase();
    return words.includes(lower) || lower.split(' ').some((word) => words.includes(word));
  });
}

/** The inventory file's rows, cells split, without the header. */
export function inventoryRows(enterprise: UnseenEnterprise): string[][] {
  const inventory = enterprise.files.find((file) => file.kind === 'inventory');
  if (!inventory) throw new Error('the unseen company has no inventory file');
  return readFileSync(inventory.path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => row.split(','));
}

/** The assignee of the ordinary line (the answer key's someLine), as the inventory file has it. */
export function assigneeOfOrdinaryLine(enterprise: UnseenEnterprise, rows = inventoryRows(enterprise)): string {
  const person = rows.find((cells) => cells[2] === enterprise.key.someLine)?.[7];
  if (!person) throw new Error(`the ordinary line ${enterprise.key.someLine} has no assignee`);
  return person;
}
