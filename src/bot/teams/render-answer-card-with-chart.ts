import type { Answer } from '../../assistant/answer.js';
import type { Logger } from '../../logger.js';
import type { AdaptiveCard } from './adaptive-card.js';
import { maximumCardBytes } from './adaptive-card.js';
import { renderAnswerCard } from './render-answer-card.js';
import { renderChartDataUri, teamsChartCanvas } from '../shared/render-chart-png.js';

/** The answer card with its chart as a PNG, unless drawing fails or the chart would push it past Teams' message size. */
export async function renderAnswerCardWithChart(answer: Answer, logger: Logger): Promise<AdaptiveCard> {
  const plain = renderAnswerCard(answer);
  if (!answer.chart) return plain;
  try {
    const withChart = renderAnswerCard(answer, { chartImageUri: await renderChartDataUri(answer.chart, teamsChartCanvas) });
    if (JSON.stringify(withChart).length <= maximumCardBytes) return withChart;
    logger.warn('chart dropped: card too large for a Teams message', { bytes: JSON.stringify(withChart).length });
  } catch (error) {
    logger.warn('chart rendering failed', { error });
  }
  return plain;
}
