// Saved views: a name and the page's address (#entity=…, #region=…, #from=…&to=…), kept in the
// browser's localStorage; the same address can be shared, a saved view is just a named one.
const KEY = 'zhengqi.savedViews';

export class SavedViews {
  constructor(storage = window.localStorage) {
    this.storage = storage;
  }

  /** Saved views, most recently saved first: [{name, hash, savedAt}]. */
  list() {
    try {
      const views = JSON.parse(this.storage.getItem(KEY) ?? '[]');
      return Array.isArray(views) ? views : [];
    } catch {
      return [];
    }
  }

  /** Saves the address under a name; a view of the same name is replaced. */
  save(name, hash) {
    const views = this.list().filter(v => v.name !== name);
    views.unshift({name, hash, savedAt: new Date().toISOString()});
    this.storage.setItem(KEY, JSON.stringify(views));
    return views;
  }

  remove(name) {
    const views = this.list().filter(v => v.name !== name);
    this.storage.setItem(KEY, JSON.stringify(views));
    return views;
  }
}
