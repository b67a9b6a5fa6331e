// Plots as hand-made SVG: nothing to download, readable by screen readers (title, description and
// a table of the same data beside each plot), time running left to right in every language.
import { el, t, when, minutesText } from './common.js';

const NS = 'http://www.w3.org/2000/svg';
const ROLES = ['FD', 'HK', 'FB', 'MNT', 'VAL', 'SEC', 'HR'];
const SEVERITIES = ['WATCH', 'REVIEW', 'REPORT', 'URGENT'];

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function frame(id, width, height, title, description) {
  return svg('svg', { id, viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': id + '-t ' + id + '-d',
    class: 'plot', dir: 'ltr', preserveAspectRatio: 'xMidYMin meet' },
  svg('title', { id: id + '-t' }, title), svg('desc', { id: id + '-d' }, description));
}

/**
 * A case's observations in time: one lane per staff role; a dot when it was observed, a ring when it
 * was filed, joined by a line; below, each matched rule's window as a band.
 */
export function timeline(detail) {
  const observations = detail.observations;
  const rules = detail.matchedRules;
  // the plot spans the reports; a rule's window that reaches beyond is cut at the edge (drawn open there)
  const times = observations.flatMap(o => [Date.parse(o.observedAt), Date.parse(o.receivedAt || o.observedAt)]);
  let start = Math.min(...times); let end = Math.max(...times);
  const pad = Math.max((end - start) * 0.08, 30 * 60e3); start -= pad; end += pad;
  const lanes = ROLES.filter(r => observations.some(o => o.role === r));
  const left = 70; const right = 20; const width = 800; const laneH = 34; const bandH = 18;
  const top = 10; const lanesBottom = top + lanes.length * laneH; const bandsTop = lanesBottom + 14;
  const height = bandsTop + rules.length * (bandH + 6) + 40;
  const x = ms => left + (ms - start) / (end - start) * (width - left - right);
  const plot = frame('timeline-plot', width, height, t('case.timelineTitle'), t('case.timelineDesc', { n: observations.length, r: rules.length }));
  lanes.forEach((role, i) => {
    const y = top + i * laneH + laneH / 2;
    plot.append(svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'lane' }),
      svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end', class: 'lane-label' }, t('role.' + role + '.short')));
  });
  for (const o of observations) {
    const y = top + lanes.indexOf(o.role) * laneH + laneH / 2;
    const seen = x(Date.parse(o.observedAt)); const filed = x(Date.parse(o.receivedAt || o.observedAt));
    plot.append(svg('g', { class: 'obs', 'data-observation': o.id },
      svg('title', {}, `${t('role.' + o.role)}: ${t('case.observedAt')} ${when(o.observedAt)}, ${t('case.filedAt')} ${when(o.receivedAt)}`),
      svg('line', { x1: seen, x2: filed, y1: y, y2: y, class: 'delay' }),
      svg('circle', { cx: seen, cy: y, r: 6, class: 'observed' }),
      svg('circle', { cx: filed, cy: y, r: 5, class: 'filed' })));
  }
  rules.forEach((r, i) => {
    const y = bandsTop + i * (bandH + 6);
    const from = Date.parse(r.windowStart); const to = Date.parse(r.windowEnd);
    const a = x(Math.max(start, from)); const b = Math.max(a + 2, x(Math.min(end, to)));
    plot.append(svg('g', { class: 'window tier-' + r.tier + (from < start ? ' open-start' : '') + (to > end ? ' open-end' : '') },
      svg('title', {}, `${r.ruleId} ${r.title}: ${when(r.windowStart)} – ${when(r.windowEnd)}`),
      svg('rect', { x: a, y, width: b - a, height: bandH, rx: 3 }),
      svg('text', { x: left - 8, y: y + 13, 'text-anchor': 'end', class: 'lane-label' }, r.ruleId)));
  });
  const axisY = height - 24;
  plot.append(svg('line', { x1: left, x2: width - right, y1: axisY, y2: axisY, class: 'axis' }));
  for (let k = 0; k <= 4; k++) {
    const ms = start + (end - start) * k / 4;
    plot.append(svg('text', { x: x(ms), y: axisY + 16, 'text-anchor': k === 0 ? 'start' : k === 4 ? 'end' : 'middle', class: 'tick' }, tick(ms)));
  }
  const legend = el('p', { class: 'legend' },
    el('span', { class: 'key observed' }), t('case.legendObserved'), ' ',
    el('span', { class: 'key filed' }), t('case.legendFiled'), ' ',
    el('span', { class: 'key window' }), t('case.legendWindow'));
  return el('figure', { class: 'plot-figure' }, plot, legend);
}

function tick(ms) {
  return new Intl.DateTimeFormat(document.documentElement.lang + '-u-nu-latn', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })
    .format(new Date(ms));
}

const HEAT = ['#f3f6fa', '#d6e4f0', '#a9c8e2', '#6fa3cf', '#3a76ad'];

/** Rooms by floor (top floor first) and areas; a room's colour is its worst open case, else how much was observed. */
export function heatmap(data) {
  const floors = [...new Set(data.rooms.map(r => r.floor ?? '?'))].sort((a, b) => (b === '?' ? -1 : a === '?' ? 1 : Number(b) - Number(a)));
  const rows = floors.map(f => ({ label: f === '?' ? t('property.otherRooms') : t('property.floor', { n: f }), cells: data.rooms.filter(r => (r.floor ?? '?') === f) }));
  if (data.areas.length) rows.push({ label: t('property.areas'), cells: data.areas });
  const most = Math.max(1, ...data.rooms.concat(data.areas).map(c => c.observations));
  const cellW = 62; const cellH = 44; const left = 90;
  const columns = Math.max(1, ...rows.map(r => r.cells.length));
  const width = left + columns * (cellW + 4) + 10; const height = rows.length * (cellH + 6) + 10;
  const plot = frame('heatmap-plot', width, Math.max(height, 60), t('property.heatmapTitle'),
    t('property.heatmapDesc', { rooms: data.rooms.length, areas: data.areas.length }));
  rows.forEach((row, i) => {
    const y = 5 + i * (cellH + 6);
    plot.append(svg('text', { x: left - 8, y: y + cellH / 2 + 4, 'text-anchor': 'end', class: 'lane-label' }, row.label));
    row.cells.forEach((c, j) => {
      const x = left + j * (cellW + 4);
      const level = Math.min(4, Math.ceil(c.observations / most * 4));
      const fill = c.maxSeverity ? null : HEAT[level];
      plot.append(svg('g', { class: 'cell' + (c.maxSeverity ? ' sev-' + c.maxSeverity : ''), 'data-place': c.place },
        svg('title', {}, t('property.cellTitle', { place: c.place, obs: c.observations, cases: c.openCases })
          + (c.maxSeverity ? ' · ' + t('severity.' + c.maxSeverity) : '')),
        svg('rect', { x, y, width: cellW, height: cellH, rx: 4, fill }),
        svg('text', { x: x + cellW / 2, y: y + 18, 'text-anchor': 'middle', class: 'cell-name' }, c.place.length > 8 ? c.place.slice(0, 7) + '…' : c.place),
        svg('text', { x: x + cellW / 2, y: y + 35, 'text-anchor': 'middle', class: 'cell-count' },
          `${c.observations}` + (c.openCases ? ` · ${c.openCases}▲` : ''))));
    });
  });
  return plot;
}

/** Time to first acknowledgement and to decision per severity: each case a dot, the median a bar, the 90th percentile a tick. */
export function timeToAct(data) {
  const all = data.severities.flatMap(s => s.minutesToAck.concat(s.minutesToDecision));
  const most = Math.max(60, ...all);
  const left = 150; const width = 760; const right = 20; const rowH = 26;
  const rows = data.severities.flatMap(s => [{ s, kind: 'ack', values: s.minutesToAck, median: s.medianToAck, p90: s.p90ToAck },
    { s, kind: 'decision', values: s.minutesToDecision, median: s.medianToDecision, p90: s.p90ToDecision }]);
  const height = rows.length * rowH + 50;
  const x = m => left + Math.sqrt(m / most) * (width - left - right);
  const plot = frame('time-to-act-plot', width, height, t('property.ttaTitle'), t('property.ttaDesc', { days: 30 }));
  rows.forEach((row, i) => {
    const y = 10 + i * rowH + rowH / 2;
    plot.append(svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end', class: 'lane-label' },
      `${t('severity.' + row.s.severity)} · ${t('property.' + row.kind)}`),
    svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'lane' }));
    for (const v of row.values || []) plot.append(svg('circle', { cx: x(v), cy: y, r: 4, class: 'case-dot ' + row.kind }, svg('title', {}, minutesText(v))));
    if (row.median != null) plot.append(svg('rect', { x: x(row.median) - 2, y: y - 9, width: 4, height: 18, class: 'median' }, svg('title', {}, t('property.median') + ' ' + minutesText(row.median))));
    if (row.p90 != null) plot.append(svg('rect', { x: x(row.p90) - 1, y: y - 6, width: 2, height: 12, class: 'p90' }, svg('title', {}, t('property.p90') + ' ' + minutesText(row.p90))));
  });
  const axisY = height - 28;
  plot.append(svg('line', { x1: left, x2: width - right, y1: axisY, y2: axisY, class: 'axis' }));
  for (const m of [0, 15, 60, 240, 1440, 4320, 10080].filter(m => m <= most)) {
    plot.append(svg('text', { x: x(m), y: axisY + 16, 'text-anchor': 'middle', class: 'tick' }, minutesText(m)));
  }
  return plot;
}

export { SEVERITIES, ROLES };
