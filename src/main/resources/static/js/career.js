// A person's career (履历) as a timeline in the side panel: one row per post, earliest first (the
// order of the API's `career`), each with a bar on a shared axis of years, its dates and the sentence
// it rests on. A tenure runs from its dated appointment (since) or else its first report, to its
// dated departure (until) or else its last report; the bar is solid where an event dates it.
import {el} from './format.js';

/** Where a tenure starts and ends as ISO days: the dated events first, the reports otherwise. */
export function tenureSpan(tenure) {
  const from = tenure.since ?? tenure.firstSeen ?? tenure.lastSeen ?? tenure.until;
  const to = tenure.until ?? tenure.lastSeen ?? tenure.since ?? from;
  return from ? {from, to: to < from ? from : to} : null;
}

/**
 * @param career    [{title, body, region, since, until, firstSeen, lastSeen, evidence}]
 * @param handlers  {onTenure(fromDay, toDay): show the tenure on the network, onEvidence(tenure, box): open its article}
 */
export function careerTimeline(career, handlers) {
  const spans = career.map(tenureSpan);
  const dated = spans.filter(Boolean);
  const firstYear = Math.min(...dated.map(s => Number(s.from.slice(0, 4))));
  const lastYear = Math.max(...dated.map(s => Number(s.to.slice(0, 4))));
  const start = Date.parse(`${firstYear}-01-01`);
  const length = Date.parse(`${lastYear + 1}-01-01`) - start;
  const at = day => Math.max(0, Math.min(100, 100 * (Date.parse(day) - start) / length));
  const years = [];
  for (let year = firstYear; year <= lastYear; year++) {
    years.push(el('span', {class: 'year', style: {left: `${at(`${year}-01-01`)}%`}}, year));
  }
  const rows = career.map((tenure, i) => row(tenure, spans[i], at, handlers));
  return el('div', {class: 'career'}, dated.length ? el('div', {class: 'axis', 'aria-hidden': 'true'}, years) : null,
      el('ol', {class: 'tenures'}, rows));
}

function row(tenure, span, at, handlers) {
  const article = el('div', {class: 'article'});
  const place = tenure.region ?? tenure.body ?? '';
  const bar = span ? el('div', {class: 'track', 'aria-hidden': 'true'},
      el('span', {class: `bar${tenure.since || tenure.until ? ' dated' : ''}`,
        style: {left: `${at(span.from)}%`, width: `${Math.max(1.5, at(span.to) - at(span.from))}%`}}))
      : null;
  return el('li', {class: 'tenure'},
      el('div', {class: 'post'}, `${place} ${tenure.title ?? ''}`.trim()),
      el('div', {class: 'when'}, when(tenure)),
      bar,
      tenure.evidence ? el('blockquote', {class: 'sentence', tabindex: '0', role: 'button',
        title: 'Open the article of this sentence',
        onclick: () => handlers.onEvidence(tenure, article),
        onkeydown: event => { if (event.key === 'Enter') handlers.onEvidence(tenure, article); }}, tenure.evidence) : null,
      span ? el('button', {type: 'button', class: 'link tenure-time', onclick: () => handlers.onTenure(span.from, span.to)},
          '在网络中只看此任期 Show this tenure on the network') : null,
      article);
}

/** The tenure's dates in words: which come from dated events (任命, 免去) and which from reports (见报). */
function when(tenure) {
  const parts = [];
  parts.push(tenure.since ? `${tenure.since} 任 appointed` : tenure.firstSeen ? `${tenure.firstSeen} 起见报 first reported` : '起始不详 start unknown');
  parts.push(tenure.until ? `${tenure.until} 离任 left` : tenure.lastSeen ? `${tenure.lastSeen} 最后见报 last reported` : '');
  return parts.filter(Boolean).join(' → ');
}
