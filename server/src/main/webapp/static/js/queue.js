// The offline queue: every filing is first kept in IndexedDB under its Idempotency-Key, then sent;
// one that cannot be sent now waits and is sent again, with the same key and the same body, when the
// connection returns, so the server stores it exactly once.
import { api, base, boot, ApiError } from './common.js';

const DB = 'vigil-filings';
const STORE = 'waiting';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Keeps a filing: {key, user, body (the exact JSON text to send), room, area, count, createdAt}. */
export function keep(record) { return run('readwrite', s => s.put(record)); }
export function forget(key) { return run('readwrite', s => s.delete(key)); }
/** The filings of this user that wait, oldest first. */
export async function waiting(user) {
  const all = await run('readonly', s => s.getAll());
  return (all || []).filter(r => r.user === user).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Sends one kept filing. Answers {state: 'sent', answer} (stored or replayed: forgotten here),
 * {state: 'refused', error} (the server will never take it: forgotten), or {state: 'waiting', error}
 * (no connection, signed out, or the server could not store it now: kept for the next try).
 */
export async function send(record) {
  try {
    const answer = await api('POST', '/api/v1/observations?lang=' + encodeURIComponent(boot.lang), record.body,
      { 'Idempotency-Key': record.key });
    await forget(record.key);
    return { state: 'sent', answer };
  } catch (error) {
    if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 408) {
      await forget(record.key);
      return { state: 'refused', error };
    }
    return { state: 'waiting', error };
  }
}

/** Sends every waiting filing of the user, one after the other; returns the outcomes. */
export async function flush(user) {
  const outcomes = [];
  for (const record of await waiting(user)) {
    outcomes.push({ record, ...(await send(record)) });
  }
  return outcomes;
}

export { base };
