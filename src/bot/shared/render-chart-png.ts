import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartSpec } from '../../assistant/answer.js';

// The one chart renderer of the chat surfaces: a neutral ChartSpec in, PNG bytes out, drawn in
// process (vega-lite → SVG → PNG with resvg): no browser, no external service. It lives in
// bot/shared, not in assistant/, because only surfaces that show images draw them: the assistant
// hands over the spec, and the console and the eval never load vega or resvg's native module.
// Money becomes a JavaScript number only here, for drawing; the figures people read stay exact.

/** How big a surface shows a chart; the spec says what is drawn, this says at what size. */
export interface ChartCanvas {
  width: number;
  height: number;
  /** Device pixels per chart pixel: 2 draws a crisp image the client scales down; 1 where bytes count. */
  pixelRatio: number;
  /** Draws the chart's title above it; false where the message around it already says it. */
  showsTitle: boolean;
  /** One series is drawn in this colour (the surface's own); several series take vega's palette. */
  seriesColor?: string;
}

/** Slack: a file in the thread, opened full size. */
export const slackChartCanvas: ChartCanvas = { width: 640, height: 280, pixelRatio: 2, showsTitle: true };

/** Teams: an image inside a card, which caps a message at about 28 KB: small, and the card says the title. */
export const teamsChartCanvas: ChartCanvas = { width: 420, height: 180, pixelRatio: 1, showsTitle: false, seriesColor: '#5b5fc7' };

function toVegaLite(chart: ChartSpec, canvas: ChartCanvas): TopLevelSpec {
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
    ...(canvas.showsTitle ? { title: chart.title } : {}),
    width: canvas.width,
    height: canvas.height,
    background: 'white',
    data: { values },
    mark: chart.kind === 'line' ? { type: 'line', point: true } : { type: 'bar' },
    encoding: {
      x: {
        field: 'category',
        type: 'ordinal',
        sort: null,
        title: null,
        // Twelve "Jan 2026" labels do not fit side by side: tilt them instead of overlapping.
        axis: chart.categories.length > 6 ? { labelAngle: -40, labelAlign: 'right' } : { labelAngle: 0 },
      },
      y: { field: 'value', type: 'quantitative', title: chart.unit },
      ...(hasSeveralSeries
        ? { color: { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom' } } }
        : canvas.seriesColor
          ? { color: { value: canvas.seriesColor } }
          : {}),
      ...(chart.kind === 'bar' && hasSeveralSeries ? { xOffset: { field: 'series' } } : {}),
    },
    config: { font: 'DejaVu Sans', axis: { labelFontSize: 10, titleFontSize: 10 }, view: { stroke: null } },
  };
}

async function renderChartSvg(chart: ChartSpec, canvas: ChartCanvas): Promise<string> {
  const { spec } = compile(toVegaLite(chart, canvas));
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as PNG bytes (a Buffer, which is a Uint8Array: Slack uploads it, Teams base64-encodes it). */
export async function renderChartPng(chart: ChartSpec, canvas: ChartCanvas): Promise<Buffer> {
  const svg = await renderChartSvg(chart, canvas);
  const image = new Resvg(svg, {
    background: 'white',
    fitTo: canvas.pixelRatio === 1 ? { mode: 'original' } : { mode: 'zoom', value: canvas.pixelRatio },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return image.asPng();
}

/** The chart as a data: URI, for surfaces that show an image only from a URL (Teams cards). */
export async function renderChartDataUri(chart: ChartSpec, canvas: ChartCanvas): Promise<string> {
  const png = await renderChartPng(chart, canvas);
  return `data:image/png;base64,${png.toString('base64')}`;
}
