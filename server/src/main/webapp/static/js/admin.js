// Accounts (admins and managers), the outbox with its dead letters (admins) and the compliance summary.
import { api, base, el, t, ltr, when, problemList } from './common.js';

const ROLES = ['staff', 'security', 'manager', 'admin', 'integration'];
const STAFF_ROLES = ['FD', 'HK', 'FB', 'MNT', 'VAL', 'SEC', 'HR'];

export async function accountsView(main, me) {
  const isAdmin = me.roles.includes('admin');
  const roles = isAdmin ? ROLES : ROLES.slice(0, 3);
  const message = el('div', { id: 'accounts-message', role: 'status', 'aria-live': 'polite' });
  const list = el('div', { id: 'accounts-list' });
  const checks = (name, values, label, selected = []) => el('fieldset', { class: 'checks' }, el('legend', {}, label),
    values.map(v => el('label', {}, el('input', { type: 'checkbox', name, value: v, checked: selected.includes(v) }), ' ',
      name === 'reporterRoles' ? t('role.' + v) : t('appRole.' + v))));
  const picked = (form, name) => [...form.querySelectorAll(`input[name=${name}]:checked`)].map(i => i.value);

  const create = el('form', { id: 'create-account', class: 'card', onsubmit: async e => {
    e.preventDefault();
    try {
      const issued = await api('POST', '/api/v1/accounts', { username: create.username.value, roles: picked(create, 'roles'),
        property: create.property.value || null, reporterRoles: picked(create, 'reporterRoles'),
        password: create.password.value || null });
      message.replaceChildren(issuedText(issued));
      create.reset();
      await refresh();
    } catch (error) { message.replaceChildren(problemList(error)); }
  } },
  el('h2', {}, t('accounts.create')),
  el('div', { class: 'field' }, el('label', { for: 'new-username' }, t('accounts.username')),
    el('input', { id: 'new-username', name: 'username', required: true, dir: 'ltr', autocomplete: 'off' })),
  checks('roles', roles, t('accounts.roles'), ['staff']),
  checks('reporterRoles', STAFF_ROLES, t('accounts.staffRoles')),
  el('div', { class: 'field' }, el('label', { for: 'new-property' }, t('accounts.property')),
    el('input', { id: 'new-property', name: 'property', dir: 'ltr', value: me.propertyId || '', readonly: !isAdmin })),
  el('div', { class: 'field' }, el('label', { for: 'new-password' }, t('accounts.password')),
    el('p', { class: 'hint', id: 'password-hint' }, t('accounts.passwordHint')),
    el('input', { id: 'new-password', name: 'password', type: 'password', autocomplete: 'new-password', dir: 'ltr', 'aria-describedby': 'password-hint' })),
  el('button', { type: 'submit', class: 'primary', id: 'create' }, t('accounts.createButton')));

  main.append(el('h1', {}, t('console.accounts')), message, create, list);
  await refresh();

  function issuedText(issued) {
    return el('div', { class: 'ok', id: 'issued' }, el('p', {}, t('accounts.issued', { name: issued.account.username })),
      issued.temporaryPassword ? el('p', {}, t('accounts.temporary'), ' ', el('code', { id: 'temporary-password' }, ltr(issued.temporaryPassword))) : null);
  }

  async function refresh() {
    const accounts = await api('GET', '/api/v1/accounts');
    list.replaceChildren(el('table', { class: 'accounts', id: 'accounts-table' },
      el('caption', {}, t('accounts.list', { n: accounts.length })),
      el('thead', {}, el('tr', {}, ['username', 'roles', 'staffRoles', 'property', 'state', 'actions'].map(c => el('th', { scope: 'col' }, t('accounts.col.' + c))))),
      el('tbody', {}, accounts.map(a => row(a)))));
  }

  function row(a) {
    const action = (label, path, id) => el('button', { type: 'button', id: `${id}-${a.username}`, onclick: async () => {
      try {
        const result = await api('POST', `/api/v1/accounts/${encodeURIComponent(a.username)}/${path}`);
        message.replaceChildren(result.temporaryPassword ? issuedText(result) : el('p', { class: 'ok' }, t('accounts.done')));
        await refresh();
      } catch (error) { message.replaceChildren(problemList(error)); }
    } }, label);
    const edit = el('form', { class: 'edit', onsubmit: async e => {
      e.preventDefault();
      try {
        await api('PUT', `/api/v1/accounts/${encodeURIComponent(a.username)}`, { roles: picked(edit, 'roles'),
          reporterRoles: picked(edit, 'reporterRoles'), version: a.version });
        message.replaceChildren(el('p', { class: 'ok' }, t('accounts.done')));
        await refresh();
      } catch (error) { message.replaceChildren(problemList(error)); }
    } }, checks('roles', roles, t('accounts.roles'), a.roles), checks('reporterRoles', STAFF_ROLES, t('accounts.staffRoles'), a.reporterRoles),
    el('button', { type: 'submit' }, t('accounts.save')));
    return el('tr', { dataset: { username: a.username }, class: a.enabled ? '' : 'disabled' },
      el('td', {}, ltr(a.username)), el('td', {}, a.roles.map(r => t('appRole.' + r)).join(', ')),
      el('td', {}, a.reporterRoles.map(r => ltr(r + ' '))), el('td', {}, a.property ? ltr(a.property) : '—'),
      el('td', {}, a.enabled ? t('accounts.enabled') : t('accounts.disabled'), a.mustChangePassword ? el('p', { class: 'muted' }, t('accounts.mustChange')) : null),
      el('td', {}, a.enabled ? action(t('accounts.disable'), 'disable', 'disable') : action(t('accounts.enable'), 'enable', 'enable'),
        action(t('accounts.reset'), 'password-reset', 'reset'),
        el('details', {}, el('summary', {}, t('accounts.edit')), edit)));
  }
}

export async function outboxView(main) {
  const params = new URLSearchParams(location.search);
  const status = params.get('status') || 'DEAD';
  const message = el('div', { id: 'outbox-message', role: 'status', 'aria-live': 'polite' });
  const page = await api('GET', '/api/v1/admin/notifications?status=' + status);
  main.append(el('h1', {}, t('console.outbox')), message,
    el('nav', { class: 'tabs', 'aria-label': t('outbox.statuses') }, ['DEAD', 'PENDING', 'SENDING', 'DELIVERED'].map(s =>
      el('a', { href: base + '/console/outbox?status=' + s, 'aria-current': s === status ? 'page' : null }, t('outbox.status.' + s), ' ', ltr('(' + (page.counts[s] ?? 0) + ')')))),
    page.notifications.length ? el('table', { id: 'outbox-table' },
      el('thead', {}, el('tr', {}, ['created', 'event', 'route', 'attempts', 'error', 'retry'].map(c => el('th', { scope: 'col' }, t('outbox.col.' + c))))),
      el('tbody', {}, page.notifications.map(n => el('tr', { dataset: { id: n.id } },
        el('td', {}, ltr(when(n.createdAt))), el('td', {}, ltr(n.event)), el('td', {}, ltr(n.route)), el('td', { class: 'num' }, ltr(n.attempts)),
        el('td', {}, n.lastError || ''),
        el('td', {}, n.status === 'DEAD' ? el('button', { type: 'button', class: 'retry', onclick: async () => {
          try {
            await api('POST', `/api/v1/admin/notifications/${n.id}/retry`);
            message.replaceChildren(el('p', { class: 'ok' }, t('outbox.retried')));
          } catch (error) { message.replaceChildren(problemList(error)); }
        } }, t('outbox.retry')) : ''))))) : el('p', { class: 'empty' }, t('outbox.none')));
}

export async function complianceView(main, me) {
  const property = new URLSearchParams(location.search).get('propertyId') || me.propertyId;
  main.append(el('h1', {}, t('console.compliance')));
  if (!property) {
    main.append(el('form', { method: 'get' }, el('label', { for: 'c-property' }, t('queue.property')),
      el('input', { id: 'c-property', name: 'propertyId' }), el('button', { type: 'submit' }, t('queue.apply'))));
    return;
  }
  const s = await api('GET', '/api/v1/compliance?propertyId=' + encodeURIComponent(property));
  const tr = s.training;
  main.append(el('p', {}, s.propertyName, ' · ', s.protocol.jurisdiction, ' · ', ltr(s.protocol.id + ' ' + s.protocol.version), ' · ', t('compliance.asOf'), ' ', ltr(s.asOf)),
    el('section', { id: 'compliance-training' }, el('h2', {}, t('compliance.training')),
      el('dl', { class: 'figures' },
        el('dt', {}, t('compliance.employees')), el('dd', {}, ltr(tr.employees)),
        el('dt', {}, t('compliance.overdue')), el('dd', { class: tr.overdue ? 'bad' : '' }, ltr(tr.overdue)),
        el('dt', {}, t('compliance.dueSoon')), el('dd', {}, ltr(tr.dueSoon)),
        el('dt', {}, t('compliance.current')), el('dd', {}, ltr(tr.current))),
      tr.dueOrOverdue.length ? el('ul', {}, tr.dueOrOverdue.map(e => el('li', {}, e.name || e.employeeRef, ' · ', e.trainingStanding, e.trainingDue ? [' · ', ltr(e.trainingDue)] : null))) : null),
    el('section', { id: 'compliance-notices' }, el('h2', {}, t('compliance.notices')),
      el('ul', {}, s.notices.map(n => el('li', {}, n.title, ' · ', el('strong', {}, n.standing))))),
    el('section', { id: 'compliance-registration' }, el('h2', {}, t('compliance.registration')),
      el('p', {}, el('strong', {}, s.registration.standing)),
      s.registration.missing.length ? el('p', {}, t('compliance.missing'), ' ', s.registration.missing.join(', ')) : null),
    el('p', {}, el('a', { href: `${base}/api/v1/compliance?propertyId=${encodeURIComponent(property)}` }, t('compliance.json'))));
}
