// The embeddable checklist for a PMS screen: the room and reservation come from the address, the
// sign-in from a token the host page hands over (in the address's fragment, never sent to a server,
// or by postMessage from an allowed host).
import { api, boot, el, t, ltr, useBearer, bindQuickExit } from './common.js';
import { filingForm } from './filing.js';

bindQuickExit();
const app = document.getElementById('app');
const params = new URLSearchParams(location.search);
const fragment = new URLSearchParams(location.hash.slice(1));
history.replaceState(null, '', location.pathname + location.search);

async function start(token) {
  useBearer(token);
  const me = await api('GET', '/api/v1/me');
  const n = me.numbers;
  app.replaceChildren(
    el('header', { class: 'embed-top' },
      el('h1', {}, t('embed.title', { room: '\u2066' + (params.get('room') || '') + '\u2069' })),
      el('a', { class: 'hotline', id: 'hotline-link', href: 'tel:' + n.hotline.replace(/[^\d+]/g, '') },
        t('staff.hotline'), ' ', ltr(n.hotline)),
      el('a', { class: 'emergency', href: 'tel:' + n.emergency.replace(/[^\d+]/g, '') }, t('staff.emergency'), ' ', ltr(n.emergency))),
    el('p', { class: 'never-confront' }, t('staff.neverConfront')));
  const main = el('main', { id: 'main' });
  app.append(main);
  await filingForm(main, me, { room: params.get('room') || '', reservation: params.get('reservation') || '', embedded: true,
    onAnswer: answer => {
      const host = location.ancestorOrigins?.[0];
      if (host) parent.postMessage({ type: 'vigil-filed', id: answer.id }, host);
    } });
  document.body.dataset.ready = 'true';
}

const token = fragment.get('token');
if (token) {
  start(token).catch(() => failed());
} else {
  app.append(el('p', { id: 'waiting-token' }, t('embed.waiting')));
  window.addEventListener('message', event => {
    if (event.source === parent && event.data?.type === 'vigil-token' && typeof event.data.token === 'string') {
      start(event.data.token).catch(() => failed());
    }
  });
  parent.postMessage({ type: 'vigil-ready' }, '*');
}

function failed() {
  app.replaceChildren(el('p', { class: 'errors', id: 'embed-failed' }, t('embed.failed')));
}
