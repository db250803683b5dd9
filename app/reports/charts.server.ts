import { scaleBand, scaleLinear } from "d3-scale";

/*
 * Bar charts drawn on the server as SVG (issue 16), so no chart code reaches the browser and the
 * PDF prints the same picture. Each chart is a picture of a table printed beside it: role="img"
 * with a title and a description pointing at the table. Series differ by pattern as well as by
 * shade (solid, hatched), never by colour alone; every bar carries its number when there is room.
 * In a right-to-left language the first bar stands on the right, as the table reads.
 */

export type Bar = {
  label: string;
  /** One value per series, stacked from the baseline up. */
  values: number[];
  /** A word written above the bar (a warning), beside its number. */
  mark?: string;
};

export type BarChartInput = {
  id: string;
  title: string;
  description: string;
  series: string[];
  bars: Bar[];
  dir: "ltr" | "rtl";
  /** A shaded band across the chart (the IRO Handbook's 50–70), with its label. */
  band?: { from: number; to: number; label: string };
  /** How a number is written in the page's language. */
  formatNumber: (value: number) => string;
};

const width = 720;
const height = 300;
const margin = { top: 28, bottom: 56, axis: 44, end: 16 };

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** Fill of the nth series: solid dark, then hatched, then dotted (each legible in grey print). */
function fill(id: string, index: number) {
  return index === 0 ? "#1d4f91" : `url(#${id}-p${index})`;
}

function patterns(id: string) {
  return `<defs>
<pattern id="${id}-p1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#b35900"/></pattern>
<pattern id="${id}-p2" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="1.6" fill="#2b6b2b"/></pattern>
</defs>`;
}

/** Every line of the chart as SVG markup, ready to place in the page or the PDF. */
export function barChart(input: BarChartInput): string {
  const { id, bars, series, dir, band, formatNumber } = input;
  const rtl = dir === "rtl";
  // The number axis stands where reading starts: on the left, or on the right in right to left.
  const plotLeft = rtl ? margin.end : margin.axis;
  const plotRight = rtl ? width - margin.axis : width - margin.end;
  const totals = bars.map((b) => b.values.reduce((sum, v) => sum + v, 0));
  const top = Math.max(1, ...totals, band?.to ?? 0);
  const legendHeight = series.length > 1 || band ? 22 : 0;
  const x = scaleBand<number>()
    .domain(bars.map((_, i) => i))
    .range(rtl ? [plotRight, plotLeft] : [plotLeft, plotRight])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([height - margin.bottom, margin.top + legendHeight]);
  const ticks = y.ticks(5).filter((t) => Number.isInteger(t));
  const showValues = bars.length <= 16;
  // Labels are thinned so they never overlap: every nth, where n keeps them about 40px apart.
  // A label is written on two lines at its last space ("Apr" over "2025", "Amelia" over "Hart"),
  // and labels are thinned so the longest line never runs into the next one.
  const lines = bars.map((bar) => {
    const cut = bar.label.lastIndexOf(" ");
    return cut > 0 ? [bar.label.slice(0, cut), bar.label.slice(cut + 1)] : [bar.label];
  });
  const widest = Math.max(1, ...lines.flat().map((line) => line.length)) * 6.5;
  const labelEvery = Math.max(1, Math.ceil((widest + 6) / x.step()));
  const axisX = rtl ? plotRight + 6 : plotLeft - 6;
  const anchor = rtl ? "start" : "end";

  const grid = ticks
    .map(
      (t) =>
        `<line x1="${plotLeft}" x2="${plotRight}" y1="${y(t)}" y2="${y(t)}" stroke="#d0d0d0"/>` +
        `<text x="${axisX}" y="${y(t) + 4}" text-anchor="${anchor}" font-size="11">${escape(formatNumber(t))}</text>`,
    )
    .join("");
  const shaded = band
    ? `<rect x="${plotLeft}" width="${plotRight - plotLeft}" y="${y(band.to)}" height="${y(band.from) - y(band.to)}" fill="#e8e8e8" stroke="#888" stroke-dasharray="4 3"/>`
    : "";
  const columns = bars
    .map((bar, i) => {
      let base = y(0);
      const left = x(i)!;
      const rects = bar.values
        .map((value, s) => {
          const h = y(0) - y(value);
          base -= h;
          return value > 0
            ? `<rect x="${left}" y="${base}" width="${x.bandwidth()}" height="${h}" fill="${fill(id, s)}" stroke="#1d4f91" stroke-width="0.5"/>`
            : "";
        })
        .join("");
      const centre = left + x.bandwidth() / 2;
      const words = [showValues ? formatNumber(totals[i]!) : "", bar.mark ?? ""]
        .filter(Boolean)
        .join(" ");
      const value = words
        ? `<text x="${centre}" y="${y(totals[i]!) - 4}" text-anchor="middle" font-size="11"${bar.mark ? ' font-weight="700"' : ""}>${escape(words)}</text>`
        : "";
      const label =
        i % labelEvery === 0
          ? `<text x="${centre}" y="${height - margin.bottom + 16}" text-anchor="middle" font-size="11">${lines[i]!.map((line, n) => `<tspan x="${centre}" dy="${n === 0 ? 0 : 13}">${escape(line)}</tspan>`).join("")}</text>`
          : "";
      return rects + value + label;
    })
    .join("");
  const legendItems = [
    ...series.map((name, s) => ({ swatch: fill(id, s), name })),
    ...(band ? [{ swatch: "#e8e8e8", name: band.label }] : []),
  ];
  const legend =
    legendHeight > 0
      ? legendItems
          .map((item, i) => {
            const at = rtl ? plotRight - 14 - i * 200 : plotLeft + i * 200;
            const textAt = rtl ? at - 6 : at + 20;
            return `<rect x="${at}" y="4" width="14" height="14" fill="${item.swatch}" stroke="#1d4f91" stroke-width="0.5"/><text x="${textAt}" y="15" text-anchor="${rtl ? "end" : "start"}" font-size="12">${escape(item.name)}</text>`;
          })
          .join("")
      : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart" direction="${dir}" font-family="inherit">
<title id="${id}-title">${escape(input.title)}</title><desc id="${id}-desc">${escape(input.description)}</desc>
${patterns(id)}${shaded}${grid}<line x1="${plotLeft}" x2="${plotRight}" y1="${y(0)}" y2="${y(0)}" stroke="#333"/>${columns}${legend}</svg>`;
}
