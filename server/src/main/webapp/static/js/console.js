// The security console: one script, one view per address under /console.
import { api, boot, base, el, t, ltr, when, languageMenu, signOut, problemList, subjectText } from './common.js';

const SEVERITY_RANK = { URGENT: 0, REPORT: 1, REVIEW: 2, WATCH: 3 };
const app = document.getElementById('app');
const me = await api('GET', '/api/v1/me');
const has = role => me.roles.includes(role);
const reviewer = has('security') || has('manager');
const path = location.pathname.slice(base.length);

const links = [
  reviewer && ['/console', t('console.queue')],
  reviewer && ['/console/property', t('console.property')],
  (has('manager') || has('admin')) && ['/console/accounts', t('console.accounts')],
  (has('manager') || has('admin') || has('security')) && ['/console/compliance', t('console.compliance')],
  has('admin') && ['/console/outbox', t('console.outbox')],
].filter(Boolean);

app.append(
  el('a', { class: 'skip', href: '#main' }, t('common.skip')),
  el('header', { class: 'top console-top' },
    el('div', { class: 'brand' }, el('span', { class: 'app-name' }, t('console.title'))),
    el('nav', { 'aria-label': t('console.nav') }, el('ul', {}, links.map(([href, label]) => el('li', {},
      el('a', { href: base + href, 'aria-current': (href === path || (href !== '/console' && path.startsWith(href))) ? 'page' : null }, label))))),
    el('div', { class: 'tools' }, el('span', { class: 'who' }, me.name), languageMenu(),
      el('button', { type: 'button', id: 'sign-out', onclick: signOut }, t('common.signOut')))));
const main = el('main', { id: 'main', tabindex: '-1' });
app.append(main);

const views = {
  queue: () => queueView(),
  case: id => import('./case.js').then(m => m.caseView(main, me, id)),
  property: () => import('./property.js').then(m => m.propertyView(main, me)),
  accounts: () => import('./admin.js').then(m => m.accountsView(main, me)),
  outbox: () => import('./admin.js').then(m => m.outboxView(main, me)),
  compliance: () => import('./admin.js').then(m => m.complianceView(main, me)),
};

const caseMatch = path.match(/^\/console\/cases\/([0-9a-f-]{36})$/);
try {
  if (caseMatch) await views.case(caseMatch[1]);
  else if (path.startsWith('/console/property')) await views.property();
  else if (path.startsWith('/console/accounts')) await views.accounts();
  else if (path.startsWith('/console/outbox')) await views.outbox();
  else if (path.startsWith('/console/compliance')) await views.compliance();
  else if (reviewer) await views.queue();
  else await views.accounts();
} catch (error) {
  main.append(problemList(error));
}
document.body.dataset.ready = 'true';


/** The case queue: severity first, then the nearest deadline; overdue steps stand out; filters and paging. */
async function queueView() {
  const params = new URLSearchParams(location.search);
  const filters = el('form', { class: 'filters', id: 'queue-filters', method: 'get', action: base + '/console' },
    filter('status', t('queue.status'), ['', 'OPEN', 'IN_REVIEW', 'MONITORING', 'REPORTED', 'DISMISSED', 'CLOSED'], s => s ? t('status.' + s) : t('queue.active')),
    filter('minSeverity', t('queue.minSeverity'), ['', 'WATCH', 'REVIEW', 'REPORT', 'URGENT'], s => s ? t('severity.' + s) : t('queue.any')),
    me.propertyId ? null : el('div', { class: 'field' }, el('label', { for: 'f-propertyId' }, t('queue.property')),
      el('input', { id: 'f-propertyId', name: 'propertyId', value: params.get('propertyId') || '' })),
    el('div', { class: 'field' }, el('label', { for: 'f-room' }, t('queue.room')),
      el('input', { id: 'f-room', name: 'room', dir: 'ltr', value: params.get('room') || '' })),
    el('button', { type: 'submit' }, t('queue.apply')));
  main.append(el('h1', {}, t('console.queue')), filters);

  function filter(name, label, values, text) {
    return el('div', { class: 'field' }, el('label', { for: 'f-' + name }, label),
      el('select', { id: 'f-' + name, name }, values.map(v => el('option', { value: v, selected: (params.get(name) || '') === v }, text(v)))));
  }

  const query = new URLSearchParams();
  for (const name of ['status', 'minSeverity', 'propertyId', 'room', 'cursor']) if (params.get(name)) query.set(name, params.get(name));
  query.set('limit', '25');
  const page = await api('GET', '/api/v1/cases?' + query);
  const cases = [...page.cases].sort((a, b) => (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    || ((a.nextDueAt || '9999').localeCompare(b.nextDueAt || '9999')));
  if (!cases.length) {
    main.append(el('p', { class: 'empty' }, t('queue.empty')));
  } else {
    main.append(el('table', { class: 'queue', id: 'case-queue' },
      el('caption', { class: 'visually-hidden' }, t('console.queue')),
      el('thead', {}, el('tr', {}, ['severity', 'subject', 'status', 'due', 'rules', 'observations', 'updated']
        .map(c => el('th', { scope: 'col' }, t('queue.col.' + c))))),
      el('tbody', {}, cases.map(c => el('tr', { class: (c.overdue ? 'overdue ' : '') + 'sev-' + c.severity, dataset: { caseId: c.id } },
        el('td', {}, el('span', { class: 'badge sev-' + c.severity }, t('severity.' + c.severity))),
        el('td', {}, el('a', { href: base + '/console/cases/' + c.id }, subjectText(c.subject))),
        el('td', {}, t('status.' + c.status)),
        el('td', {}, c.nextDueAt ? ltr(when(c.nextDueAt)) : '—', c.overdue ? el('strong', { class: 'overdue-flag' }, ' ', t('queue.overdue')) : null),
        el('td', {}, c.rules.map(r => ltr(r + ' '))),
        el('td', { class: 'num' }, ltr(c.observations)),
        el('td', {}, ltr(when(c.updatedAt))))))));
  }
  const nav = el('nav', { class: 'paging', 'aria-label': t('queue.paging') });
  if (params.get('cursor')) nav.append(el('a', { href: base + '/console?' + withoutCursor(params) }, t('queue.first')));
  if (page.nextCursor) {
    const next = new URLSearchParams(params); next.set('cursor', page.nextCursor);
    nav.append(el('a', { href: base + '/console?' + next, id: 'next-page', rel: 'next' }, t('queue.next')));
  }
  main.append(nav);
}

function withoutCursor(params) {
  const p = new URLSearchParams(params); p.delete('cursor'); return p;
}
