import { addMonths, dateFromIso, labelPeriod, toIsoDate } from '../../domain/periods/period.js';
import { choosePeriod } from './choose-period.js';
import type { Understanding } from './read-question.js';

// Budgets are recorded and compared with actuals per month. "Actuals vs budget for Q3" read as
// its first month would show July's figures under a quarter's question, so the planner asks for
// one month and offers each.

const maximumChoices = 6;

export function budgetOverSeveralMonths(understanding: Understanding): { message: string; choices: string[] } | undefined {
  const period = choosePeriod(understanding.question, understanding.periods);
  if (!period || !period.start.endsWith('-01') || toIsoDate(addMonths(dateFromIso(period.start), 1)) >= period.end) return undefined;
  const months: string[] = [];
  for (
    let month = dateFromIso(period.start);
    toIsoDate(month) < period.end && months.length < maximumChoices;
    month = addMonths(month, 1)
  ) {
    months.push(labelPeriod(toIsoDate(month), toIsoDate(addMonths(month, 1))));
  }
  return {
    message: `Budgets are compared with actuals month by month, so I cannot give ${period.label} as one figure. Which month?`,
    choices: months.map((month) => `Budget vs actual for ${month}`),
  };
}
