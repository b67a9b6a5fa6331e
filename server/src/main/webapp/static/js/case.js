// One case: why it exists, its observations in time, the protocol's steps with whom to contact,
// decisions, exclusions and exemptions, and the report packet.
import { api, base, boot, el, t, ltr, when, withNumbers, problemList, subjectText } from './common.js';
import { timeline } from './plots.js';

const DECISIONS = ['MONITOR', 'REPORT', 'ESCALATE_URGENT', 'DISMISS', 'CLOSE'];
const MARKERS = ['EXCLUDED', 'HOSPITALITY_SUITE', 'GROUP_BLOCK'];

export async function caseView(main, me, id) {
  let detail = await api('GET', '/api/v1/cases/' + id + '?lang=' + boot.lang);
  const message = el('div', { id: 'case-message', role: 'status', 'aria-live': 'polite' });

  async function act(work, done) {
    message.replaceChildren();
    try {
      detail = await work();
      render();
      message.replaceChildren(el('p', { class: 'ok' }, done));
    } catch (error) {
      message.replaceChildren(problemList(error));
    }
  }

  function render() {
    main.replaceChildren(...[
      el('p', {}, el('a', { href: base + '/console' }, '← ', t('case.back'))),
      el('h1', { id: 'case-title' }, el('span', { class: 'badge sev-' + detail.severity }, t('severity.' + detail.severity)), ' ',
        subjectText(detail.subject)),
      el('p', { class: 'case-meta' }, t('status.' + detail.status), ' · ', t('case.score'), ' ', ltr(detail.score), ' · ',
        t('case.opened'), ' ', ltr(when(detail.createdAt)), ' · ', t('case.updated'), ' ', ltr(when(detail.updatedAt))),
      detail.status === 'OPEN' ? el('button', { type: 'button', id: 'start-review', class: 'primary',
        onclick: () => act(() => api('POST', `/api/v1/cases/${id}/review`), t('case.reviewStarted')) }, t('case.startReview')) : null,
      message,
      section('why', t('case.why'), explanation()),
      section('timeline', t('case.timeline'), timeline(detail), observationTable()),
      section('actions', t('case.actions'), actions()),
      section('decide', t('case.decisions'), decisions()),
      section('markings', t('case.markings'), markings()),
      section('report', t('case.report'), report())].filter(Boolean));
  }

  function section(name, title, ...content) {
    return el('section', { id: 'case-' + name, 'aria-labelledby': 'h-' + name }, el('h2', { id: 'h-' + name }, title), ...content);
  }

  function explanation() {
    return el('div', {},
      el('p', {}, t('case.linkedBy')),
      el('ul', { class: 'subjects' }, detail.subjects.map(s => el('li', {}, subjectText(s)))),
      el('ol', { class: 'rules' }, detail.matchedRules.map((r, i) => el('li', { class: 'rule', dataset: { rule: r.ruleId } },
        el('h3', {}, ltr(r.ruleId), ' ', r.title, ' ', el('span', { class: 'muted' }, '(' + r.tier + ')')),
        el('details', { open: i === 0 }, el('summary', {}, t('case.explanation')), el('p', {}, withNumbers(r.explanation))),
        el('p', { class: 'muted' }, t('case.window'), ' ', ltr(when(r.windowStart)), ' – ', ltr(when(r.windowEnd)), ' · ',
          t('case.fromObservations', { n: r.observationIds.length }))))));
  }

  function observationTable() {
    return el('table', { class: 'observations', id: 'case-observations' },
      el('caption', {}, t('case.observations', { n: detail.observations.length })),
      el('thead', {}, el('tr', {}, ['observed', 'filed', 'role', 'place', 'signs'].map(c => el('th', { scope: 'col' }, t('case.col.' + c))))),
      el('tbody', {}, detail.observations.map(o => el('tr', { id: 'obs-' + o.id },
        el('td', {}, ltr(when(o.observedAt))), el('td', {}, ltr(when(o.receivedAt))),
        el('td', {}, t('role.' + o.role)),
        el('td', {}, o.room ? t('filing.roomN', { room: '\u2066' + o.room + '\u2069' }) : o.area || ''),
        el('td', {}, el('ul', {}, o.indicators.map(i => el('li', {}, i.text || i.code))),
          o.noteFlagged ? el('p', { class: 'warning' }, t('case.noteFlagged')) : null)))));
  }

  function actions() {
    if (!detail.actions.length) return el('p', { class: 'muted' }, t('case.noActions'));
    return el('ul', { class: 'actions', id: 'action-list' }, detail.actions.map(a => {
      const overdue = a.state === 'OVERDUE' || (a.state === 'OPEN' && Date.parse(a.dueAt) < Date.now());
      const note = el('input', { id: 'ack-note-' + a.id, name: 'note', maxlength: 2000 });
      return el('li', { class: 'action' + (overdue ? ' overdue' : '') + ' state-' + a.state, dataset: { actionId: a.id, kind: a.kind } },
        el('h3', {}, t('actionKind.' + a.kind), ' ', el('span', { class: 'badge state' }, t('actionState.' + a.state)),
          overdue ? el('strong', { class: 'overdue-flag' }, ' ', t('queue.overdue')) : null),
        el('p', {}, t('case.who'), ' ', t('who.' + a.who), a.channel ? [' · ', t('case.channel'), ' ', ltr(a.channel)] : null, ' · ',
          t('case.due'), ' ', ltr(when(a.dueAt))),
        contacts(a.contacts || []),
        a.state === 'ACKNOWLEDGED' ? el('p', { class: 'ok' }, t('case.acknowledgedBy', { who: a.acknowledgedBy }), ' ', ltr(when(a.acknowledgedAt)),
          a.note ? ': ' + a.note : '') : null,
        a.state === 'OPEN' || a.state === 'OVERDUE' ? el('form', { class: 'ack', onsubmit: e => {
          e.preventDefault();
          act(() => api('POST', `/api/v1/cases/${id}/actions/${a.id}/ack`, { note: note.value || null }), t('case.acknowledged'));
        } }, el('label', { for: 'ack-note-' + a.id }, t('case.ackNote')), note,
        el('button', { type: 'submit', class: 'ack-button' }, t('case.acknowledge'))) : null);
    }));
  }

  function contacts(list) {
    if (!list.length) return null;
    return el('ul', { class: 'contacts' }, list.map(c => {
      const label = c.label || c.display || c.role || c.channel || '';
      const parts = [el('span', { class: 'contact-label' }, label)];
      if (c.kind === 'phone' && c.number) parts.push(' ', el('a', { href: 'tel:' + c.number.replace(/[^\d+]/g, '') }, ltr(c.display || c.number)));
      if (c.kind === 'sms' && c.number) parts.push(' ', el('a', { href: 'sms:' + c.number.replace(/[^\d+]/g, '') },
        c.keyword ? t('case.textKeyword', { keyword: c.keyword }) + ' ' : '', ltr(c.number)));
      if (c.tty) parts.push(' ', t('case.tty'), ' ', ltr(c.tty));
      if (c.url) parts.push(' ', el('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, c.url));
      if (c.address) parts.push(' ', c.kind === 'email' ? el('a', { href: 'mailto:' + c.address }, c.address) : c.address);
      if (c.kind === 'internal' && c.role) parts.push(' ', el('span', { class: 'muted' }, t('case.internal')));
      if (c.available) parts.push(' ', el('span', { class: 'muted' }, '(', c.available, ')'));
      return el('li', { class: 'contact kind-' + (c.kind || 'other') }, parts);
    }));
  }

  function decisions() {
    const decision = el('select', { id: 'decision', name: 'decision', required: true },
      el('option', { value: '' }, t('case.chooseDecision')), DECISIONS.map(d => el('option', { value: d }, t('decision.' + d))));
    const note = el('textarea', { id: 'decision-note', name: 'note', required: true, rows: 3, maxlength: 2000, 'aria-describedby': 'decision-hint' });
    const closed = detail.status === 'CLOSED';
    return el('div', {},
      el('ul', { class: 'decisions' }, detail.decisions.map(d => el('li', {}, ltr(when(d.at)), ' · ', d.actor, ' · ', d.detail || '', d.note ? ': ' + d.note : ''))),
      closed ? el('p', { class: 'muted' }, t('case.closed')) : el('form', { id: 'decision-form', novalidate: true, onsubmit: e => {
        e.preventDefault();
        if (!decision.value || !note.value.trim()) {
          message.replaceChildren(el('p', { class: 'errors' }, t('case.decisionNeedsNote')));
          return;
        }
        act(() => api('POST', `/api/v1/cases/${id}/decisions`, { decision: decision.value, note: note.value }), t('case.decided'));
      } },
      el('div', { class: 'field' }, el('label', { for: 'decision' }, t('case.decision')), decision),
      el('div', { class: 'field' }, el('label', { for: 'decision-note' }, t('case.decisionNote')),
        el('p', { class: 'hint', id: 'decision-hint' }, t('case.decisionHint')), note),
      el('button', { type: 'submit', class: 'primary', id: 'decide' }, t('case.record'))));
  }

  function markings() {
    const box = el('div', {}, el('p', { class: 'hint' }, t('case.markingsHint')));
    const list = el('ul', { class: 'markings', id: 'markings-list' });
    box.append(list);
    api('GET', '/api/v1/exclusions').then(all => {
      const keys = new Set(detail.subjects.map(s => s.type + ':' + s.value));
      list.replaceChildren(...all.filter(m => keys.has(m.type + ':' + m.value)).map(m => el('li', {},
        t('marker.' + m.marker), ' · ', subjectText(detail.subjects.find(s => s.type === m.type && s.value === m.value)), ' · ', m.reason)));
    }).catch(() => {});
    detail.subjects.forEach((s, i) => {
      const marker = el('select', { id: 'marker-' + i, name: 'marker' }, MARKERS.map(m => el('option', { value: m }, t('marker.' + m))));
      const reason = el('input', { id: 'reason-' + i, name: 'reason', required: true, maxlength: 1000 });
      box.append(el('form', { class: 'mark', onsubmit: async e => {
        e.preventDefault();
        try {
          await api('POST', '/api/v1/exclusions', { propertyId: detail.propertyId, subject: { type: s.type, token: s.value },
            marker: marker.value, reason: reason.value });
          message.replaceChildren(el('p', { class: 'ok' }, t('case.marked')));
          render();
        } catch (error) { message.replaceChildren(problemList(error)); }
      } }, el('fieldset', {}, el('legend', {}, subjectText(s)),
        el('label', { for: 'marker-' + i }, t('case.marker')), marker,
        el('label', { for: 'reason-' + i }, t('case.reason')), reason,
        el('button', { type: 'submit' }, t('case.mark')))));
    });
    return box;
  }

  function report() {
    const download = async (type, extension) => {
      const response = await fetch(`${base}/api/v1/cases/${id}/report?lang=${boot.lang}`, { headers: { Accept: type }, credentials: 'same-origin' });
      if (!response.ok) { message.replaceChildren(el('p', { class: 'errors' }, t('common.failed'))); return; }
      const link = el('a', { href: URL.createObjectURL(await response.blob()), download: `case-${id}-report.${extension}` });
      document.body.append(link); link.click(); link.remove();
    };
    return el('div', { class: 'downloads' }, el('p', { class: 'hint' }, t('case.reportHint')),
      el('button', { type: 'button', id: 'report-pdf', onclick: () => download('application/pdf', 'pdf') }, t('case.reportPdf')),
      el('button', { type: 'button', id: 'report-json', onclick: () => download('application/json', 'json') }, t('case.reportJson')));
  }

  render();
}
