// A topic's trend as a small bar chart, drawn as inline SVG.

const NS = 'http://www.w3.org/2000/svg';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function svg(tag, attrs = {}, text) {
  const element = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A period start (`YYYY-MM-DD`) as a short label for the interval. */
export function periodLabel(period, interval) {
  const [year, month, day] = String(period).split('-');
  if (interval === 'YEAR') return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  if (interval === 'MONTH') return `${name} ${year?.slice(2)}`;
  return `${Number(day)} ${name}`;
}

/** An SVG bar chart of `points` (`{period, count}`, oldest first). */
export function trendChart(points, interval) {
  const width = 360;
  const height = 150;
  const left = 28;
  const bottom = 22;
  const top = 10;
  const plotWidth = width - left - 6;
  const plotHeight = height - bottom - top;
  const max = Math.max(1, ...points.map((point) => point.count));
  const total = points.reduce((sum, point) => sum + point.count, 0);
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'trend-chart',
    role: 'img',
    'aria-label': `Papers per ${interval.toLowerCase()}: ${total} papers over ${points.length} period${points.length === 1 ? '' : 's'}, at most ${max} in one`,
  });
  const ticks = max <= 4 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, Math.round(max / 2), max];
  for (const tick of ticks) {
    const y = top + plotHeight - (tick / max) * plotHeight;
    chart.append(svg('line', { x1: left, x2: width - 6, y1: y, y2: y, class: 'grid' }));
    chart.append(svg('text', { x: left - 6, y: y + 3.5, class: 'axis', 'text-anchor': 'end' }, String(tick)));
  }
  const slot = plotWidth / points.length;
  const bar = Math.max(2, Math.min(28, slot * 0.72));
  const labelEvery = Math.ceil(points.length / 6);
  points.forEach((point, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    const barHeight = (point.count / max) * plotHeight;
    const rect = svg('rect', { x, y: top + plotHeight - barHeight, width: bar, height: Math.max(barHeight, point.count ? 1 : 0), rx: 2, class: 'trend-bar' });
    rect.append(svg('title', {}, `${periodLabel(point.period, interval)}: ${point.count} paper${point.count === 1 ? '' : 's'}`));
    chart.append(rect);
    const last = i === points.length - 1 && (points.length - 1) % labelEvery >= labelEvery / 2;
    if (i % labelEvery === 0 || last) {
      chart.append(svg('text', { x: x + bar / 2, y: height - 6, class: 'axis', 'text-anchor': 'middle' }, periodLabel(point.period, interval)));
    }
  });
  return chart;
}
