// The property view: a room and floor heat map of observations and open cases over a chosen period,
// and the time cases waited for their first acknowledgement and for a decision, per severity.
import { api, base, el, t, ltr, when, minutesText } from './common.js';
import { heatmap, timeToAct } from './plots.js';

export async function propertyView(main, me) {
  const params = new URLSearchParams(location.search);
  const property = params.get('propertyId') || me.propertyId || '';
  const days = Number(params.get('days') || 30);
  const to = new Date();
  const from = new Date(to.getTime() - days * 86400e3);
  const period = el('form', { class: 'filters', id: 'period', method: 'get', action: base + '/console/property' },
    me.propertyId ? null : el('div', { class: 'field' }, el('label', { for: 'p-property' }, t('queue.property')),
      el('input', { id: 'p-property', name: 'propertyId', value: property })),
    el('div', { class: 'field' }, el('label', { for: 'p-days' }, t('property.period')),
      el('select', { id: 'p-days', name: 'days' }, [1, 7, 30, 90, 365].map(d => el('option', { value: d, selected: d === days }, t('property.lastDays', { n: d }))))),
    el('button', { type: 'submit' }, t('queue.apply')));
  main.append(el('h1', {}, t('console.property')), period);
  if (!property) {
    main.append(el('p', {}, t('property.choose')));
    return;
  }
  const [heat, tta] = await Promise.all([
    api('GET', `/api/v1/properties/${encodeURIComponent(property)}/heatmap?from=${from.toISOString()}&to=${to.toISOString()}`),
    api('GET', `/api/v1/properties/${encodeURIComponent(property)}/time-to-act?days=30`)]);
  main.append(
    el('section', { id: 'heatmap', 'aria-labelledby': 'h-heat' },
      el('h2', { id: 'h-heat' }, t('property.heatmapTitle')),
      el('p', { class: 'hint' }, t('property.heatmapHint'), ' ', ltr(when(heat.from)), ' – ', ltr(when(heat.to))),
      heat.rooms.length + heat.areas.length ? heatmap(heat) : el('p', { class: 'empty' }, t('property.nothing')),
      heatTable(heat)),
    el('section', { id: 'time-to-act', 'aria-labelledby': 'h-tta' },
      el('h2', { id: 'h-tta' }, t('property.ttaTitle')),
      el('p', { class: 'hint' }, t('property.ttaHint')),
      timeToAct(tta), ttaTable(tta)));
}

function heatTable(heat) {
  const cells = heat.rooms.concat(heat.areas).filter(c => c.observations || c.openCases);
  return el('details', { class: 'data-table' }, el('summary', {}, t('property.asTable')),
    el('table', {}, el('thead', {}, el('tr', {}, ['place', 'floor', 'observations', 'openCases', 'severity'].map(c => el('th', { scope: 'col' }, t('property.col.' + c))))),
      el('tbody', {}, cells.map(c => el('tr', {}, el('td', {}, ltr(c.place)), el('td', {}, c.floor ? ltr(c.floor) : '—'),
        el('td', { class: 'num' }, ltr(c.observations)), el('td', { class: 'num' }, ltr(c.openCases)),
        el('td', {}, c.maxSeverity ? t('severity.' + c.maxSeverity) : '—'))))));
}

function ttaTable(tta) {
  return el('table', { class: 'tta', id: 'tta-table' },
    el('caption', {}, t('property.ttaCaption')),
    el('thead', {}, el('tr', {}, ['severity', 'cases', 'medianAck', 'p90Ack', 'medianDecision', 'p90Decision', 'waiting']
      .map(c => el('th', { scope: 'col' }, t('property.col.' + c))))),
    el('tbody', {}, tta.severities.map(s => el('tr', { dataset: { severity: s.severity } },
      el('th', { scope: 'row' }, t('severity.' + s.severity)), el('td', { class: 'num' }, ltr(s.cases)),
      el('td', {}, minutesText(s.medianToAck)), el('td', {}, minutesText(s.p90ToAck)),
      el('td', {}, minutesText(s.medianToDecision)), el('td', {}, minutesText(s.p90ToDecision)),
      el('td', { class: 'num' }, ltr(s.waitingForAck), ' / ', ltr(s.waitingForDecision))))));
}
