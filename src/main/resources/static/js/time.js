// The time slider: a period of months over the dates of the relationships in view (VISITED,
// INVESTS_IN, APPOINTED, LEFT_POST carry `date` and, for a span, `dateEnd`). Relationships dated
// outside the period are hidden; those without a date stay unless "keep undated" is unticked.
import {el} from './format.js';

/** The days an edge is dated to, {from, to} as ISO days, or null when it has no date. */
export function spanOf(edge) {
  return edge?.date ? {from: edge.date, to: edge.dateEnd ?? edge.date} : null;
}

/** Whether an edge passes a period {from, to, keepUndated}: its span overlaps the period's days. */
export function inPeriod(edge, period) {
  const span = spanOf(edge);
  if (!span) {
    return period.keepUndated;
  }
  return span.from <= period.to && span.to >= period.from;
}

/** Every month ('2019-03') from the first dated edge's to the last one's, in order; empty when none is dated. */
export function monthsCovering(edges) {
  const spans = edges.map(spanOf).filter(Boolean);
  if (!spans.length) {
    return [];
  }
  const first = spans.map(s => s.from).sort()[0].slice(0, 7);
  const last = spans.map(s => s.to).sort().at(-1).slice(0, 7);
  const months = [];
  for (let [year, month] = first.split('-').map(Number); ; month++) {
    if (month > 12) {
      year++;
      month = 1;
    }
    const text = `${year}-${String(month).padStart(2, '0')}`;
    months.push(text);
    if (text >= last) {
      return months;
    }
  }
}

/** First and last day of a month as ISO days (a day past the month's end still compares below the next month). */
const firstDay = month => month + '-01';
const lastDay = month => month + '-31';

export class TimeSlider {
  /**
   * @param parts    {from, to, fromLabel, toLabel, keepUndated, summary, reset}: the slider's elements
   * @param onChange called with the period ({from, to, keepUndated}) or null when nothing is filtered
   */
  constructor(parts, onChange) {
    this.parts = parts;
    this.onChange = onChange;
    this.months = [];
    for (const input of [parts.from, parts.to]) {
      input.addEventListener('input', () => this.moved(input));
    }
    parts.keepUndated.addEventListener('change', () => this.changed());
    parts.reset.addEventListener('click', () => this.setDays(null, null, true));
  }

  /** Every month and undated relationships kept, without telling anyone (a new address is being followed). */
  reset() {
    this.parts.keepUndated.checked = true;
    this.parts.from.value = '0';
    this.parts.to.value = this.parts.to.max;
    this.label();
  }

  /** New relationships in view: the slider spans their months, keeping the chosen period where it still fits. */
  update(edges) {
    const chosen = this.active() ? this.period() : null;
    this.months = monthsCovering(edges);
    const dated = edges.filter(spanOf).length;
    const {from, to, summary} = this.parts;
    for (const input of [from, to]) {
      input.max = String(Math.max(0, this.months.length - 1));
      input.disabled = this.months.length < 2;
    }
    summary.textContent = this.months.length
        ? `${dated} 条有日期的关系 dated relationships, ${this.months[0]} – ${this.months.at(-1)}`
        : '视图中没有带日期的关系 No dated relationship in view';
    if (chosen) {
      this.place(chosen.from, chosen.to);
    } else {
      from.value = '0';
      to.value = to.max;
    }
    this.label();
  }

  /** Sets the period to the months holding two days (either may be null: the first or last month). */
  setDays(fromDay, toDay, keepUndated = this.parts.keepUndated.checked) {
    this.parts.keepUndated.checked = keepUndated;
    this.place(fromDay ?? firstDay(this.months[0] ?? '0000-01'), toDay ?? lastDay(this.months.at(-1) ?? '9999-12'));
    this.changed();
  }

  place(fromDay, toDay) {
    const index = day => this.months.findIndex(m => m === day.slice(0, 7));
    const clamp = (day, fallback) => {
      const at = index(day);
      if (at >= 0) {
        return at;
      }
      return day < firstDay(this.months[0] ?? '') ? 0 : day > lastDay(this.months.at(-1) ?? '') ? this.months.length - 1 : fallback;
    };
    this.parts.from.value = String(clamp(fromDay, 0));
    this.parts.to.value = String(clamp(toDay, this.months.length - 1));
    this.label();
  }

  /** A handle moved: the two never cross. */
  moved(input) {
    const {from, to} = this.parts;
    if (Number(from.value) > Number(to.value)) {
      (input === from ? to : from).value = input.value;
    }
    this.changed();
  }

  changed() {
    this.label();
    this.onChange(this.active() ? this.period() : null);
  }

  label() {
    const {fromLabel, toLabel, from, to} = this.parts;
    fromLabel.textContent = this.months[Number(from.value)] ?? '—';
    toLabel.textContent = this.months[Number(to.value)] ?? '—';
  }

  /** The chosen period as days; the first and last day of the chosen months. */
  period() {
    const {from, to, keepUndated} = this.parts;
    return {from: firstDay(this.months[Number(from.value)]), to: lastDay(this.months[Number(to.value)]), keepUndated: keepUndated.checked};
  }

  /** Whether the period filters anything: narrower than every month in view, or undated relationships left out. */
  active() {
    const {from, to, keepUndated} = this.parts;
    if (!this.months.length) {
      return false;
    }
    return !keepUndated.checked || Number(from.value) > 0 || Number(to.value) < this.months.length - 1;
  }

  /** Writes the period into the address's parameters: time=2019-03..2019-12, and dated=only when undated relationships are left out. */
  toAddress(params) {
    if (!this.active()) {
      return;
    }
    const period = this.period();
    params.set('time', `${period.from.slice(0, 7)}..${period.to.slice(0, 7)}`);
    if (!period.keepUndated) {
      params.set('dated', 'only');
    }
  }

  /** Reads a period written by toAddress (applied once the drawing's months are known), or null. */
  static parse(params) {
    const match = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(params.get('time') ?? '');
    return match ? {from: firstDay(match[1]), to: lastDay(match[2]), keepUndated: params.get('dated') !== 'only'} : null;
  }
}

/** The date of an edge for people: 2019-12-01, 2019-12-01 – 2019-12-04, with its precision; '' when undated. */
export function dateText(edge) {
  const span = spanOf(edge);
  if (!span) {
    return '';
  }
  const days = span.to !== span.from ? `${span.from} – ${span.to}` : span.from;
  return edge.datePrecision && edge.datePrecision !== 'DAY' ? `${days} (${edge.datePrecision})` : days;
}

/** A small badge with an edge's date, for lists of evidence. */
export function dateBadge(edge) {
  const text = dateText(edge);
  return text ? el('span', {class: 'date'}, text) : null;
}
