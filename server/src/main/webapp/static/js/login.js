// Sign-in: the form posts to /login and the page moves on without leaving the sign-in page in the
// history (location.replace), so a quick exit later leaves nothing to go back to.
import { boot, base, el, t, M, languageMenu, bindQuickExit } from './common.js';

bindQuickExit();
const app = document.getElementById('app');
const params = new URLSearchParams(location.search);
const message = el('div', { id: 'login-message', role: 'alert' });

function field(id, label, attrs) {
  return el('div', { class: 'field' }, el('label', { for: id }, label), el('input', { id, name: id, required: true, ...attrs }));
}

async function post(path, form) {
  const response = await fetch(base + path, { method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(form)) });
  return { status: response.status, data: await response.json().catch(() => ({})) };
}

function signInForm() {
  const form = el('form', { id: 'login-form', class: 'card', onsubmit: async event => {
    event.preventDefault();
    const { status, data } = await post('/login', form);
    if (status === 200) location.replace(base + data.next);
    else if (status === 409) location.replace(base + '/login/password');
    else if (status === 429) message.replaceChildren(el('p', { class: 'errors' }, t('login.throttled', { seconds: data.retryAfter })));
    else message.replaceChildren(el('p', { class: 'errors' }, t('login.failed')));
  } },
  el('h1', {}, t('login.title')),
  params.get('changed') ? el('p', { class: 'ok' }, t('login.changed')) : null,
  params.get('failed') === 'oidc' ? el('p', { class: 'errors' }, t('login.oidcFailed')) : null,
  field('username', t('login.username'), { autocomplete: 'username', autocapitalize: 'none', dir: 'ltr' }),
  field('password', t('login.password'), { type: 'password', autocomplete: 'current-password', dir: 'ltr' }),
  el('input', { type: 'hidden', name: 'next', value: params.get('next') || '' }),
  message,
  el('button', { type: 'submit', class: 'primary', id: 'sign-in' }, t('login.signIn')));
  if (boot.oidc) {
    const next = encodeURIComponent(params.get('next') || '');
    form.append(el('p', { class: 'or' }, t('login.or')),
      el('a', { class: 'button', id: 'oidc-sign-in', href: base + '/login/oidc?next=' + next }, t('login.oidc')));
  }
  return form;
}

function passwordForm() {
  const form = el('form', { id: 'password-form', class: 'card', onsubmit: async event => {
    event.preventDefault();
    if (form.newPassword.value !== form.confirmPassword.value) {
      message.replaceChildren(el('p', { class: 'errors' }, t('login.mismatch')));
      return;
    }
    const { status, data } = await post('/login/password', form);
    if (status === 200) location.replace(base + data.next);
    else message.replaceChildren(el('ul', { class: 'errors' },
      (data.errors || [{ message: t('login.failed') }]).map(e => el('li', {},
        M['login.field.' + e.field] ? M['login.field.' + e.field] + ': ' + e.message : e.message))));
  } },
  el('h1', {}, t('login.newPasswordTitle')),
  el('p', {}, t('login.newPasswordHint', { name: boot.username || '' })),
  field('currentPassword', t('login.currentPassword'), { type: 'password', autocomplete: 'current-password', dir: 'ltr' }),
  field('newPassword', t('login.newPassword'), { type: 'password', autocomplete: 'new-password', dir: 'ltr', minlength: 12 }),
  field('confirmPassword', t('login.confirmPassword'), { type: 'password', autocomplete: 'new-password', dir: 'ltr', minlength: 12 }),
  message,
  el('button', { type: 'submit', class: 'primary', id: 'set-password' }, t('login.setPassword')));
  return form;
}

app.append(el('header', { class: 'top' }, el('div', { class: 'brand' }, el('span', { class: 'app-name' }, t('common.appName'))),
  el('div', { class: 'tools' }, languageMenu())),
  el('main', { id: 'main', class: 'login' }, boot.mode === 'password' ? passwordForm() : signInForm()));
document.querySelector('main input:not([type=hidden])')?.focus();
document.body.dataset.ready = 'true';
