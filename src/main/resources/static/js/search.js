// The search box: suggestions while typing (people, organisations, regions, projects; Chinese and
// partial names), chosen with the mouse or the keyboard.
import {search} from './api.js';
import {kindOf} from './kinds.js';
import {el} from './format.js';

const DELAY_MS = 180;

export class SearchBox {
  /** onChoose(entity) is called with {id, name, labels}. */
  constructor(input, list, onChoose) {
    this.input = input;
    this.list = list;
    this.onChoose = onChoose;
    this.results = [];
    this.active = -1;
    this.timer = null;
    this.asked = 0;
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', e => this.key(e));
    input.addEventListener('focus', () => { if (this.results.length) this.open(); });
    document.addEventListener('click', e => { if (!input.parentElement.contains(e.target)) this.close(); });
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.suggest(), DELAY_MS);
  }

  async suggest() {
    const text = this.input.value.trim();
    if (!text) {
      this.results = [];
      this.close();
      return;
    }
    // Answers may come back out of order; only the latest question's answer is shown.
    const asked = ++this.asked;
    let results;
    try {
      results = await search(text);
    } catch (error) {
      results = null;
      this.render([], `搜索失败 Search failed: ${error.message}`);
      return;
    }
    if (asked === this.asked) {
      this.results = results;
      this.active = results.length ? 0 : -1;
      this.render(results, results.length ? null : '没有结果 No match');
    }
  }

  render(results, message) {
    this.list.replaceChildren();
    results.forEach((entity, i) => {
      const kind = kindOf(entity.labels);
      this.list.append(el('li', {
        role: 'option', id: `suggestion-${i}`, 'aria-selected': String(i === this.active),
        'data-id': entity.id, onmousedown: e => { e.preventDefault(); this.choose(i); },
      }, el('span', {class: 'dot', style: {background: kind.color}}), entity.name ?? entity.id,
      el('span', {class: 'kind'}, kind.name)));
    });
    if (message) {
      this.list.append(el('li', {class: 'empty'}, message));
    }
    this.open();
  }

  key(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.results.length) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = (this.active + step + this.results.length) % this.results.length;
        this.render(this.results);
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(this.timer);
      if (this.active >= 0 && this.results.length) {
        this.choose(this.active);
      } else {
        this.suggest();
      }
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  choose(index) {
    const entity = this.results[index];
    if (entity) {
      this.input.value = entity.name ?? entity.id;
      this.close();
      this.onChoose(entity);
    }
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.input.setAttribute('aria-activedescendant', this.active >= 0 ? `suggestion-${this.active}` : '');
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
