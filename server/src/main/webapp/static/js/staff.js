// The staff filing page: header (language, discreet mode, quick exit, sign-out), the hotline and
// emergency number always one tap away, and the filing form.
import { api, boot, el, t, tn, ltr, languageMenu, bindQuickExit, quickExit, signOut, base } from './common.js';
import { filingForm } from './filing.js';

bindQuickExit();
const app = document.getElementById('app');

const me = await api('GET', '/api/v1/me');
let discreet = me.discreet;

const title = el('h1', { id: 'page-title' });
const discreetButton = el('button', { type: 'button', id: 'discreet', 'aria-pressed': String(discreet), onclick: toggleDiscreet });
const exitButton = el('button', { type: 'button', id: 'quick-exit', class: 'exit', onclick: quickExit,
  'aria-keyshortcuts': 'Escape' }, t('common.quickExit'));
const signOutButton = el('button', { type: 'button', id: 'sign-out', onclick: leave }, t('common.signOut'));

const header = el('header', { class: 'top' },
  el('div', { class: 'brand' }, el('img', { src: base + '/static/img/icon.svg', alt: '', id: 'brand-icon', width: 28, height: 28 }), title),
  exitButton,
  el('div', { class: 'tools' }, languageMenu(), discreetButton, signOutButton));

const n = me.numbers;
const helpBar = el('nav', { class: 'help-bar', 'aria-label': t('staff.helpNumbers') },
  el('a', { class: 'emergency', id: 'emergency-link', href: 'tel:' + n.emergency.replace(/[^\d+]/g, '') },
    el('span', { class: 'label' }, t('staff.emergency')), ' ', ltr(n.emergency)),
  el('a', { class: 'hotline', id: 'hotline-link', href: 'tel:' + n.hotline.replace(/[^\d+]/g, '') },
    el('span', { class: 'label hotline-label' }), ' ', ltr(n.hotline, { id: 'hotline-number' })),
  n.hotlineSms ? el('a', { class: 'hotline-text', id: 'hotline-sms', href: 'sms:' + n.hotlineSms },
    el('span', { class: 'label' }, t('staff.text')), ' ', ltr(n.hotlineSms)) : null);

const main = el('main', { id: 'main' },
  el('p', { class: 'who' }, tn('staff.signedInAs', { name: ltr(me.name) }), me.propertyName ? [' · ', el('bdi', {}, me.propertyName)] : ''),
  el('p', { class: 'never-confront' }, t('staff.neverConfront')));
app.append(header, helpBar, main);

const form = await filingForm(main, me);
applyDiscreet();
document.getElementById('room')?.focus();
document.body.dataset.ready = 'true';

async function toggleDiscreet() {
  discreet = !discreet;
  applyDiscreet();
  try { await api('PUT', '/api/v1/me/preferences', { discreet }); } catch (e) { /* remembered next time it works */ }
}

/** Discreet mode: a neutral title, icon and look; nothing alarming at a glance. */
function applyDiscreet() {
  document.body.classList.toggle('discreet', discreet);
  discreetButton.setAttribute('aria-pressed', String(discreet));
  discreetButton.textContent = discreet ? t('staff.discreetOff') : t('staff.discreetOn');
  title.textContent = discreet ? t('discreet.title') : t('staff.title');
  document.title = discreet ? t('discreet.title') : t('title.staff');
  helpBar.querySelector('.hotline-label').textContent = discreet ? t('discreet.hotline') : t('staff.hotline');
  const icon = base + (discreet ? '/static/img/icon-neutral.svg' : '/static/img/icon.svg');
  document.getElementById('favicon').href = icon;
  document.getElementById('brand-icon').src = icon;
}

async function leave() {
  if (await form.waitingCount() > 0) {
    await form.flush();
    const left = await form.waitingCount();
    if (left > 0 && !confirm(t('staff.signOutWaiting', { n: left }))) return;
  }
  await signOut();
}
