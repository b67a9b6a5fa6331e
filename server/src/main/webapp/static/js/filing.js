// The filing form: the checklist of the chosen staff role grouped by category, room or area,
// optional details, the note linter's reminders before sending, the answer's guidance and the
// emergency instruction, and the offline queue. Used by the staff page and the embedded checklist.
import { api, boot, el, t, ltr, withNumbers, when, problemList, uuid } from './common.js';
import * as queue from './queue.js';

const SUBJECTS = ['guest', 'person', 'payer', 'phone', 'vehicle', 'visitor', 'vendor'];
const AREAS = ['lobby', 'parking', 'hallway', 'elevator', 'pool', 'restaurant', 'bar', 'fitness', 'entrance'];

/**
 * Builds the form into `root` for the signed-in person `me` (from /api/v1/me).
 * options: {room, reservation, embedded, onAnswer}
 */
export async function filingForm(root, me, options = {}) {
  const roles = me.reporterRoles.length ? me.reporterRoles : ['SEC'];
  const remembered = localStorage.getItem('vigil.role.' + me.name);
  let role = roles.includes(remembered) ? remembered : roles[0];

  const status = el('div', { class: 'answer', id: 'answer', role: 'status', 'aria-live': 'polite' });
  const alertBox = el('div', { id: 'emergency-answer', role: 'alert' });
  const waitingBox = el('section', { id: 'waiting', class: 'waiting', 'aria-labelledby': 'waiting-title', hidden: true });
  const offline = el('p', { id: 'offline', class: 'offline', hidden: navigator.onLine }, t('filing.offline'));
  const checklist = el('div', { id: 'checklist' });
  const more = el('details', { class: 'more-signs' });
  const form = el('form', { id: 'filing', novalidate: true, onsubmit: submit });

  const roleSelect = roles.length > 1 ? el('select', { id: 'role', name: 'role',
    onchange: () => { role = roleSelect.value; localStorage.setItem('vigil.role.' + me.name, role); loadChecklist(); } },
    roles.map(r => el('option', { value: r, selected: r === role }, t('role.' + r)))) : null;
  const room = el('input', { id: 'room', name: 'room', autocomplete: 'off', dir: 'ltr', inputmode: 'text',
    maxlength: 20, value: options.room || '', onkeydown: e => { if (e.key === 'Enter') e.preventDefault(); } });
  const area = el('input', { id: 'area', name: 'area', list: 'areas', autocomplete: 'off', maxlength: 100 });
  const areaList = el('datalist', { id: 'areas' }, AREAS.map(a => el('option', { value: t('area.' + a) })));
  const reservation = el('input', { id: 'reservation', name: 'reservation', dir: 'ltr', autocomplete: 'off',
    maxlength: 100, value: options.reservation || '' });
  const subjects = Object.fromEntries(SUBJECTS.map(s => [s, el('input', { id: 'subject-' + s, name: s, autocomplete: 'off', maxlength: 200 })]));
  const note = el('textarea', { id: 'note', name: 'note', rows: 3, maxlength: 2000, 'aria-describedby': 'note-hint note-warnings' });
  const noteWarnings = el('ul', { id: 'note-warnings', class: 'note-warnings', 'aria-live': 'polite' });
  const earlier = el('input', { id: 'observed-at', name: 'observedAt', type: 'datetime-local', dir: 'ltr' });
  const formErrors = el('div', { id: 'form-errors', class: 'form-errors', 'aria-live': 'assertive' });
  const send = el('button', { type: 'submit', id: 'send', class: 'primary send' }, t('filing.send'));

  let lintTimer;
  note.addEventListener('input', () => { clearTimeout(lintTimer); lintTimer = setTimeout(lint, 500); });

  form.append(
    roleSelect && el('div', { class: 'field role-field' }, el('label', { for: 'role' }, t('filing.role')), roleSelect),
    el('div', { class: 'where' },
      el('div', { class: 'field' }, el('label', { for: 'room' }, t('filing.room')), room),
      el('div', { class: 'field' }, el('label', { for: 'area' }, t('filing.area')), area, areaList)),
    el('h2', { class: 'checklist-title' }, t('filing.whatDidYouSee')),
    checklist, more,
    el('details', { class: 'details' }, el('summary', {}, t('filing.details')),
      el('div', { class: 'field' }, el('label', { for: 'reservation' }, t('filing.reservation')), reservation),
      el('fieldset', { class: 'subjects' }, el('legend', {}, t('filing.subjects')),
        el('p', { class: 'hint' }, t('filing.subjectsHint')),
        SUBJECTS.map(s => el('div', { class: 'field' }, el('label', { for: 'subject-' + s }, t('subject.' + s)), subjects[s]))),
      el('div', { class: 'field' }, el('label', { for: 'observed-at' }, t('filing.earlier')), earlier),
      el('div', { class: 'field' }, el('label', { for: 'note' }, t('filing.note')),
        el('p', { id: 'note-hint', class: 'hint' }, t('filing.noteHint')), note, noteWarnings)),
    formErrors,
    el('div', { class: 'send-row' }, send));

  root.append(offline, alertBox, form, status, waitingBox);
  window.addEventListener('online', () => { offline.hidden = true; flushQueue(); });
  window.addEventListener('offline', () => { offline.hidden = false; });
  setInterval(() => { if (!waitingBox.hidden) flushQueue(); }, 15000);

  await loadChecklist();
  await showWaiting();
  flushQueue();

  async function loadChecklist() {
    const [mine, all] = await Promise.all([
      api('GET', `/api/v1/indicators?lang=${boot.lang}&role=${role}`),
      api('GET', `/api/v1/indicators?lang=${boot.lang}`)]);
    const checked = new Set([...form.querySelectorAll('input[name=indicator]:checked')].map(i => i.value));
    const own = new Set(mine.indicators.map(i => i.code));
    checklist.replaceChildren(...groups(mine.categories, mine.indicators, checked, 'mine'));
    const others = all.indicators.filter(i => !own.has(i.code));
    more.replaceChildren(el('summary', {}, t('filing.moreSigns', { n: others.length })),
      ...groups(all.categories, others, checked, 'other'));
    more.hidden = others.length === 0;
  }

  function groups(categories, indicators, checked, prefix) {
    return categories.map(c => {
      const items = indicators.filter(i => i.category === c.id);
      if (!items.length) return null;
      const id = `${prefix}-${c.id}`;
      return el('fieldset', { class: 'category', id },
        el('legend', {}, c.label),
        items.map(i => {
          const box = `ind-${prefix}-${i.code}`;
          return el('div', { class: 'item' + (i.emergency ? ' danger-sign' : '') },
            el('input', { type: 'checkbox', id: box, name: 'indicator', value: i.code, checked: checked.has(i.code) }),
            el('label', { for: box }, i.text),
            el('details', { class: 'help' },
              el('summary', { 'aria-label': t('filing.helpFor', { sign: i.text }) }, el('span', { 'aria-hidden': 'true' }, '?')),
              el('p', {}, i.help)));
        }));
    }).filter(Boolean);
  }

  async function lint() {
    if (!note.value.trim()) { noteWarnings.replaceChildren(); return; }
    try {
      const result = await api('POST', `/api/v1/notes/lint?lang=${boot.lang}`, { note: note.value });
      noteWarnings.replaceChildren(...result.warnings.map(w => el('li', { class: 'warning' }, w.message)));
    } catch (e) {
      noteWarnings.replaceChildren();
    }
  }

  function body() {
    const codes = [...new Set([...form.querySelectorAll('input[name=indicator]:checked')].map(i => i.value))];
    const subjectValues = Object.fromEntries(SUBJECTS.map(s => [s, subjects[s].value.trim()]).filter(([, v]) => v));
    const observedAt = earlier.value ? new Date(earlier.value).toISOString() : new Date().toISOString();
    return {
      propertyId: me.propertyId, observedAt,
      reporter: { id: me.name, role },
      location: { room: room.value.trim() || null, area: area.value.trim() || null },
      reservationRef: reservation.value.trim() || null,
      indicators: codes,
      subjects: Object.keys(subjectValues).length ? subjectValues : undefined,
      note: note.value.trim() || null,
    };
  }

  async function submit(event) {
    event.preventDefault();
    const b = body();
    const problems = [];
    if (!b.location.room && !b.location.area) problems.push(t('filing.needPlace'));
    if (!b.indicators.length) problems.push(t('filing.needSign'));
    if (problems.length) {
      formErrors.replaceChildren(el('ul', { class: 'errors' }, problems.map(p => el('li', {}, p))));
      (b.location.room || b.location.area ? checklist.querySelector('input') : room)?.focus();
      return;
    }
    formErrors.replaceChildren();
    send.disabled = true;
    const record = { key: uuid(), user: me.name, body: JSON.stringify(b), room: b.location.room, area: b.location.area,
      count: b.indicators.length, createdAt: new Date().toISOString() };
    await queue.keep(record);
    const outcome = await queue.send(record);
    send.disabled = false;
    if (outcome.state === 'refused') {
      formErrors.replaceChildren(problemList(outcome.error));
      await showWaiting();
      return;
    }
    form.reset();
    if (roleSelect) roleSelect.value = role;
    if (options.room) room.value = options.room;
    if (options.reservation) reservation.value = options.reservation;
    noteWarnings.replaceChildren();
    if (outcome.state === 'sent') showAnswer(outcome.answer, record);
    else status.replaceChildren(el('p', { class: 'kept' }, t('filing.kept')));
    await showWaiting();
    if (!alertBox.childElementCount) room.focus();
  }

  /** The answer: guidance lines, and unmissably what to do now. */
  function showAnswer(answer, record) {
    const place = record.room ? t('filing.roomN', { room: '\u2066' + record.room + '\u2069' }) : record.area;
    status.replaceChildren(
      el('h2', { tabindex: '-1', id: 'answer-title' }, t('filing.sent', { place })),
      el('ul', { class: 'guidance' }, (answer.guidance || []).map(g => el('li', {}, withNumbers(g.text)))),
      (answer.warnings || []).length ? el('ul', { class: 'note-warnings' }, answer.warnings.map(w => el('li', {}, w.message))) : null);
    alertBox.replaceChildren(...(answer.immediateActions || []).map(action => immediate(action)));
    const first = alertBox.querySelector('a, h2');
    (first || status.querySelector('h2'))?.focus();
    options.onAnswer?.(answer);
  }

  function immediate(action) {
    if (action.type === 'CALL_911') {
      return el('div', { class: 'emergency-instruction', id: 'call-emergency' },
        el('h2', { tabindex: '-1' }, t('filing.callNow', { number: '\u2066' + action.number + '\u2069' })),
        el('p', {}, action.text ? withNumbers(action.text) : t('filing.callNowText')),
        el('a', { class: 'call', href: 'tel:' + action.number.replace(/[^\d+]/g, '') }, t('filing.call'), ' ', ltr(action.number)));
    }
    return el('div', { class: 'notify-instruction', dataset: { type: action.type } },
      el('p', {}, action.text ? withNumbers(action.text) : t('action.' + action.type)),
      action.number ? el('a', { class: 'call', href: 'tel:' + action.number.replace(/[^\d+]/g, '') }, ltr(action.number)) : null);
  }

  async function flushQueue() {
    const outcomes = await queue.flush(me.name);
    for (const o of outcomes) {
      if (o.state === 'sent') showAnswer(o.answer, o.record);
      if (o.state === 'refused') status.replaceChildren(el('p', {}, t('filing.refusedLater', { time: when(o.record.createdAt) })), problemList(o.error));
    }
    await showWaiting();
  }

  async function showWaiting() {
    const records = await queue.waiting(me.name);
    waitingBox.hidden = records.length === 0;
    waitingBox.replaceChildren(
      el('h2', { id: 'waiting-title' }, t('filing.waiting', { n: records.length })),
      el('p', { class: 'hint' }, t('filing.waitingHint')),
      el('ul', {}, records.map(r => el('li', { class: 'waiting-item', dataset: { key: r.key } },
        r.room ? t('filing.roomN', { room: '\u2066' + r.room + '\u2069' }) : r.area, ' · ',
        t('filing.signs', { n: r.count }), ' · ', ltr(when(r.createdAt))))),
      el('button', { type: 'button', id: 'send-waiting', onclick: flushQueue }, t('filing.sendNow')));
  }

  return { waitingCount: async () => (await queue.waiting(me.name)).length, flush: flushQueue };
}
