import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartSpec } from '../../assistant/answer.js';

// Charts are drawn in process (vega-lite → SVG → PNG with resvg): no browser, no external service.
// Money becomes a JavaScript number only here, for drawing; the figures people read stay exact.

function toVegaLite(chart: ChartSpec): TopLevelSpec {
  const values = chart.series.flatMap((series) =>
    chart.categories.map((category, index) => ({
      category,
      series: series.name,
      value: Number(series.values[index] ?? '0'),
    })),
  );
  const hasSeveralSeries = chart.series.length > 1;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chart.title,
    width: 640,
    height: 280,
    background: 'white',
    data: { values },
    mark: chart.kind === 'line' ? { type: 'line', point: true } : { type: 'bar' },
    encoding: {
      x: { field: 'category', type: 'ordinal', sort: null, title: null, axis: { labelAngle: -40 } },
      y: { field: 'value', type: 'quantitative', title: chart.unit },
      ...(hasSeveralSeries
        ? chart.kind === 'bar'
          ? { color: { field: 'series', type: 'nominal', title: null }, xOffset: { field: 'series' } }
          : { color: { field: 'series', type: 'nominal', title: null } }
        : {}),
    },
    config: { font: 'DejaVu Sans' },
  };
}

export async function renderChartSvg(chart: ChartSpec): Promise<string> {
  const { spec } = compile(toVegaLite(chart));
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export async function renderChartPng(chart: ChartSpec): Promise<Buffer> {
  const svg = await renderChartSvg(chart);
  const image = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return image.asPng();
}
