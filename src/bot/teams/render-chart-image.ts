import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import type { ChartSpec } from '../../assistant/answer.js';

// Teams shows an image inside a card only from a URL; a data: URI keeps the chart in the message
// without a public file host. Teams caps a message at about 28 KB, so the chart is small and the
// caller drops it when it does not fit.

const width = 420;
const height = 180;

function toVegaLite(chart: ChartSpec): vegaLite.TopLevelSpec {
  const values = chart.series.flatMap((series) =>
    chart.categories.map((category, index) => ({
      category,
      series: series.name,
      // Drawing only: figures in the card text stay exact decimals.
      value: Number(series.values[index] ?? '0'),
    })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width,
    height,
    background: 'white',
    data: { values },
    mark: chart.kind === 'line' ? { type: 'line', point: true } : { type: 'bar' },
    encoding: {
      x: {
        field: 'category',
        type: 'ordinal',
        sort: null,
        title: null,
        // Twelve "Jan 2026" labels do not fit side by side in 420 px: tilt them instead of overlapping.
        axis: chart.categories.length > 6 ? { labelAngle: -40, labelAlign: 'right' } : { labelAngle: 0 },
      },
      y: { field: 'value', type: 'quantitative', title: chart.unit },
      color:
        chart.series.length > 1
          ? { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom' } }
          : { value: '#5b5fc7' },
      ...(chart.kind === 'bar' && chart.series.length > 1 ? { xOffset: { field: 'series' } } : {}),
    },
    config: { font: 'DejaVu Sans', axis: { labelFontSize: 10, titleFontSize: 10 }, view: { stroke: null } },
  };
}

export async function renderChartPng(chart: ChartSpec): Promise<Uint8Array> {
  const compiled = vegaLite.compile(toVegaLite(chart)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
    return new Uint8Array(png);
  } finally {
    view.finalize();
  }
}

export async function renderChartDataUri(chart: ChartSpec): Promise<string> {
  const png = await renderChartPng(chart);
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}
