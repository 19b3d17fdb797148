import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogCostCenters, catalogLocations, catalogVendors, companyName, firstNames, lastNames } from '../../src/demo/demo-catalog.js';

// The planner learns names from the database. A name of the demo enterprise written into planner
// code would make the demo look understood while a company with other names is not.

const plannerFolders = ['src/assistant/offline', 'src/assistant/llm'];

function sourcesOf(folder: string): Array<{ file: string; text: string }> {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourcesOf(file);
    return entry.name.endsWith('.ts') ? [{ file, text: readFileSync(file, 'utf8') }] : [];
  });
}

function demoNames(): string[] {
  const names = [
    companyName,
    ...catalogVendors.flatMap((vendor) => [vendor.name, ...vendor.aliases]),
    ...catalogCostCenters.flatMap((costCenter) => [costCenter.code, costCenter.name]),
    ...catalogLocations.flatMap((location) => [location.name, location.city, location.code]),
    ...firstNames,
    ...lastNames,
  ];
  // Public cloud names are what FinOps people type for any company. Two demo cost centers are
  // plain English the planner reads for its own reasons: "facilities" means sites (a location
  // dimension word) and "Operations" names the MACD/audit intents in code.
  const industryWords = new Set([
    'Operations',
    'Facilities',
    'AWS',
    'Amazon',
    'Amazon Web Services',
    'Azure',
    'Microsoft',
    'Microsoft Azure',
    'Google',
    'GCP',
    'Google Cloud',
    'Google Cloud Platform',
  ]);
  return [...new Set(names)].filter((name) => !industryWords.has(name) && name.length >= 3);
}

// The table of business shortenings ("fin", "eng", "sec") expands to plain English words, some of
// which the demo also uses as team names, and "technology" spend is all of it (phrase-words.ts, read
// only where no name took the word); those two files may hold them, no other planner file may.
const businessWordFiles = new Set(['match-partial-names.ts', 'phrase-words.ts'].map((file) => path.join('src/assistant/offline', file)));
const businessWords = new Set([
  'Finance',
  'Accounting',
  'Technology',
  'Engineering',
  'Security',
  'Operations',
  'Marketing',
  'Management',
  'Infrastructure',
  'Customer',
]);

describe('planner code', () => {
  it('names nothing of the demo enterprise: vendors, cost centers, locations, cities or people', () => {
    const found: string[] = [];
    for (const { file, text } of plannerFolders.flatMap(sourcesOf)) {
      for (const name of demoNames()) {
        const pattern = new RegExp(`(^|[^A-Za-z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9])`, 'i');
        // Comments may use an example; code may not.
        const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
        if (businessWordFiles.has(file) && businessWords.has(name)) continue;
        if (pattern.test(code)) found.push(`${file}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });
});
