import { html, joinHtml, type SafeHtml } from '../html.js';

export interface BarSeries {
  label: string;
  color: string;
  values: number[];
}

/**
 * A grouped bar chart as inline SVG: no script, no fonts to fetch, sharp in print. `labels` are the categories
 * (e.g. the days of the month); each series gets one bar per category.
 */
export function barChartSvg(
  labels: string[],
  series: BarSeries[],
  opts: { width?: number; height?: number; title?: string } = {},
): SafeHtml {
  const width = opts.width ?? 680;
  const height = opts.height ?? 180;
  const left = 28;
  const bottom = 18;
  const top = 16;
  const plotW = width - left - 4;
  const plotH = height - bottom - top;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const step = niceStep(max);
  const top2 = Math.ceil(max / step) * step;
  const group = plotW / Math.max(1, labels.length);
  const bar = Math.max(1, (group * 0.8) / Math.max(1, series.length));
  const y = (v: number) => top + plotH - (v / top2) * plotH;
  const ticks: SafeHtml[] = [];
  for (let v = 0; v <= top2; v += step) {
    ticks.push(
      html`<line x1="${left}" x2="${width - 4}" y1="${y(v)}" y2="${y(v)}" stroke="#ccc" stroke-width="0.5"/><text x="${left - 3}" y="${y(v) + 3}" text-anchor="end" font-size="7">${v}</text>`,
    );
  }
  const bars: SafeHtml[] = [];
  series.forEach((s, si) =>
    s.values.forEach((v, i) => {
      if (v <= 0) return;
      const x = left + i * group + group * 0.1 + si * bar;
      bars.push(
        html`<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${bar.toFixed(1)}" height="${(top + plotH - y(v)).toFixed(1)}" fill="${s.color}"><title>${s.label} ${labels[i]}: ${v}</title></rect>`,
      );
    }),
  );
  const every = Math.ceil(labels.length / 16);
  const xLabels = labels.map((l, i) =>
    i % every === 0
      ? html`<text x="${(left + i * group + group / 2).toFixed(1)}" y="${height - 5}" text-anchor="middle" font-size="7">${l}</text>`
      : html``,
  );
  const legend = series.map(
    (s, i) =>
      html`<rect x="${left + i * 110}" y="2" width="8" height="8" fill="${s.color}"/><text x="${left + i * 110 + 11}" y="9" font-size="8">${s.label}</text>`,
  );
  return html`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${opts.title ?? ''}">${joinHtml(ticks)}${joinHtml(bars)}${joinHtml(xLabels)}${joinHtml(legend)}</svg>`;
}

function niceStep(max: number): number {
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return Math.max(1, m * pow);
  return Math.max(1, 10 * pow);
}
