import { LANGS, type Lang } from '../i18n/translate';
import type { AppStore } from './store';

const LANG_KEY = 'digital-trunk-map.lang';

/** The visitor's saved language, else zh. Storage can be blocked (private mode, sandboxed iframe). */
export function readLanguage(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Lang {
  const saved = storage?.getItem(LANG_KEY);
  return LANGS.includes(saved as Lang) ? (saved as Lang) : 'zh';
}

export function saveLanguage(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Quota or privacy settings: the choice then lasts for this visit only.
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Saves the language each time it changes, so the next visit without a `lang` link opens in it. */
export function saveLanguageChanges(
  store: Pick<AppStore, 'subscribe'>,
  storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage(),
): () => void {
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) saveLanguage(state.lang, storage);
  });
}
