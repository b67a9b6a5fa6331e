// Shared by every page: boot data, texts, DOM building, the API client, language, quick exit.
export const boot = JSON.parse(document.getElementById('boot').textContent);
export const M = boot.messages;
export const base = boot.base || '';

/** A text of the page's bundle with {name} placeholders filled. */
export function t(key, params) {
  let text = M[key] ?? key;
  if (params) {
    for (const [name, value] of Object.entries(params)) text = text.split('{' + name + '}').join(String(value));
  }
  return text;
}

/** A text of the bundle whose placeholders take nodes (a name or number kept left to right, a link). */
export function tn(key, params) {
  const fragment = document.createDocumentFragment();
  const text = M[key] ?? key;
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    fragment.append(text.slice(last, match.index));
    const value = params[match[1]];
    fragment.append(value instanceof Node ? value : String(value ?? match[0]));
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

/** Builds an element: attributes (class, text, on…, aria-…, any other), then children (nodes or strings). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Text kept left to right inside right-to-left text: numbers, rooms, codes, plates. */
export function ltr(text, attrs = {}) {
  return el('bdi', { dir: 'ltr', ...attrs }, String(text));
}

const NUMBER_RUN = /\+?\d[\d\s().\-\/]*\d|\d/g;

/** A text whose numbers (phone numbers, rooms, times) are isolated left to right. */
export function withNumbers(text) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of String(text).matchAll(NUMBER_RUN)) {
    fragment.append(text.slice(last, match.index), ltr(match[0]));
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

/** A date and time in the page's language, with Latin digits like the room and phone numbers beside it. */
export function when(iso, withDate = true) {
  if (!iso) return '';
  const options = withDate ? { dateStyle: 'medium', timeStyle: 'short' } : { timeStyle: 'short' };
  return new Intl.DateTimeFormat(boot.lang + '-u-nu-latn', options).format(new Date(iso));
}

export function minutesText(minutes) {
  if (minutes === null || minutes === undefined) return '—';
  if (minutes < 120) return t('common.minutes', { n: minutes });
  if (minutes < 2880) return t('common.hours', { n: Math.round(minutes / 6) / 10 });
  return t('common.days', { n: Math.round(minutes / 144) / 10 });
}

/** A failed API call: its status and problem document. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
  }
}

let bearer = null;
/** The embedded checklist signs its calls with the token its host gave it. */
export function useBearer(token) { bearer = token; }

/** Calls the API; JSON in and out; the session's request token on every change. */
export async function api(method, path, body, headers = {}) {
  const h = { Accept: 'application/json', 'Accept-Language': boot.lang, ...headers };
  if (method !== 'GET') h['X-Vigil-CSRF'] = boot.csrf || '';
  if (bearer) h.Authorization = 'Bearer ' + bearer;
  if (body !== undefined && !(body instanceof Blob)) h['Content-Type'] = 'application/json';
  const response = await fetch(base + path, {
    method, headers: h, credentials: 'same-origin', cache: 'no-store',
    body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
  });
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** The language menu: choosing reloads the page in place (no new history entry) and is remembered. */
export function languageMenu() {
  const id = 'lang-select';
  const select = el('select', {
    id, class: 'lang',
    onchange: () => {
      const url = new URL(location.href);
      url.searchParams.set('lang', select.value);
      location.replace(url.toString());
    },
  }, boot.languages.map(l => el('option', { value: l.code, lang: l.code, dir: l.dir, selected: l.code === boot.lang }, l.name)));
  return el('span', { class: 'lang-menu' }, el('label', { for: id, class: 'visually-hidden' }, t('common.language')), select);
}

/**
 * Quick exit: empties the page and replaces it in the history with a neutral page, so neither the
 * screen nor the Back button shows it again.
 */
export function quickExit() {
  document.querySelectorAll('form').forEach(f => f.reset());
  document.body.replaceChildren();
  document.title = '';
  location.replace(boot.quickExit || 'about:blank');
}

/** Escape leaves at once, wherever the focus is (a help text being open does not matter). */
export function bindQuickExit() {
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && !event.isComposing) {
      event.preventDefault();
      quickExit();
    }
  }, true);
}

/** Shows a problem's field errors (or its detail) in a list. */
export function problemList(error) {
  const errors = error?.problem?.errors;
  if (errors?.length) return el('ul', { class: 'errors' }, errors.map(e => el('li', {}, ltr(e.field), ': ', e.message)));
  return el('p', { class: 'errors' }, error?.message || t('common.failed'));
}

/** Signs out: the server ends the session and the browser forgets the site's data. */
export async function signOut() {
  await fetch(base + '/logout', { method: 'POST', headers: { 'X-Vigil-CSRF': boot.csrf || '' }, credentials: 'same-origin' });
  location.replace(base + '/login');
}

export function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A case's subject for people: a room with its reservation, or the kind of identifier and the start of its token. */
export function subjectText(s) {
  if (!s) return '';
  if (s.type === 'ROOM_STAY') return el('span', {}, t('filing.roomN', { room: '\u2066' + (s.room || '?') + '\u2069' }),
    s.reservationRef ? el('span', { class: 'muted' }, ' · ', ltr(s.reservationRef)) : null);
  return el('span', {}, t('subjectType.' + s.type), ' ', el('code', {}, ltr(s.value.slice(0, 10) + '…')));
}
