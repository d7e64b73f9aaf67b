// The side panel: what the selected node or edge is, and every evidence sentence behind it with its
// article's title, date and source; choosing a sentence shows the article with the sentence marked.
import {articles, nodeDetails} from './api.js';
import {kindOf, EDGE_STYLES} from './kinds.js';
import {amount, el} from './format.js';
import {dateText, dateBadge} from './time.js';
import {careerTimeline} from './career.js';

export class Panel {
  /**
   * nameOf(id) gives the display name of a node in view; onRegion(id) opens the region view;
   * onTenure(from, to) sets the time slider to a tenure of a person's career.
   */
  constructor(container, nameOf, onRegion, onTenure) {
    this.container = container;
    this.nameOf = nameOf;
    this.onRegion = onRegion;
    this.onTenure = onTenure;
    this.texts = new Map();
    this.shown = 0;
  }

  async showNode(node, edges) {
    const shown = ++this.shown;
    const kind = kindOf(node.labels);
    const rows = [['类型 Kind', `${kind.name} ${kind.english}`], ['标签 Labels', node.labels.join(', ')], ['ID', node.id],
      ['关系数 Degree', node.degree]];
    if (node.amountYuan) {
      rows.push(['投资额 Amount', amount(node.amountYuan)]);
    }
    const properties = table(rows);
    const actions = node.type === 'Region'
        ? el('p', {}, el('button', {type: 'button', onclick: () => this.onRegion(node.id)}, '地区视图 Open region view'))
        : null;
    const evidenceEdges = edges.filter(e => e.evidence);
    const list = await this.evidenceList(evidenceEdges, shown);
    if (shown !== this.shown) {
      return;
    }
    this.render(el('div', {class: 'title'}, el('span', {class: 'dot', style: {background: kind.color}}), node.name ?? node.id),
        properties, actions, el('div', {id: 'details'}), el('div', {id: 'career'}),
        el('h3', {}, `证据 Evidence (${evidenceEdges.length})`), list);
    this.details(node, edges, shown);
  }

  async showEdge(edge, parallel) {
    const shown = ++this.shown;
    const all = [edge, ...parallel];
    const style = EDGE_STYLES[edge.type];
    const rows = [['关系 Type', `${edge.type}${style ? ' · ' + style.name : ''}`], ['从 From', this.nameOf(edge.source)],
      ['到 To', this.nameOf(edge.target)]];
    if (edge.label) {
      rows.push(['标注 Label', edge.label]);
    }
    if (edge.amountYuan) {
      rows.push(['金额 Amount', amount(edge.amountYuan)]);
    }
    if (edge.date) {
      rows.push(['日期 Date', dateText(edge)]);
    }
    const list = await this.evidenceList(all.filter(e => e.evidence), shown);
    if (shown !== this.shown) {
      return;
    }
    this.render(el('div', {class: 'title'}, `${this.nameOf(edge.source)} → ${this.nameOf(edge.target)}`), table(rows),
        el('h3', {}, `证据 Evidence (${all.filter(e => e.evidence).length})`), list);
    const first = list.querySelector('li');
    if (first) {
      first.click();
    }
  }

  render(...children) {
    this.container.replaceChildren(...children.filter(Boolean));
  }

  /** One item per evidence sentence, with its article; clicking one opens the article below. */
  async evidenceList(edges, shown) {
    const list = el('ul', {class: 'evidence'});
    if (!edges.length) {
      list.append(el('li', {class: 'hint'}, '没有证据句 No evidence sentence in view'));
      return list;
    }
    let meta = new Map();
    try {
      meta = await articles(edges.map(e => e.articleId));
    } catch (error) {
      list.append(el('li', {class: 'hint'}, '文章信息不可用 Articles unavailable: ' + error.message));
    }
    if (shown !== this.shown) {
      return list;
    }
    const article = el('div', {class: 'article'});
    for (const edge of edges) {
      const info = meta.get(edge.articleId);
      const item = el('li', {'data-edge': edge.id, onclick: () => {
        list.querySelectorAll('li.current').forEach(li => li.classList.remove('current'));
        item.classList.add('current');
        this.showArticle(article, edge, info);
      }},
      el('div', {class: 'rel'}, `${this.nameOf(edge.source)} —${edge.label || edge.type}→ ${this.nameOf(edge.target)} `, dateBadge(edge)),
      el('blockquote', {class: 'sentence'}, edge.evidence),
      el('div', {class: 'source'}, info
          ? `《${info.title ?? '无题'}》 ${info.publishedOn ?? '日期不详'} · ${info.newspaper ? info.newspaper + ' · ' : ''}${info.source ?? ''}`
          : `文章 Article ${edge.articleId ?? '—'}`));
      list.append(item);
    }
    const wrapper = el('div', {}, list, article);
    return wrapper;
  }

  /** The article's text with the evidence sentence marked and scrolled into view. */
  async showArticle(box, edge, info) {
    if (!edge.articleId) {
      return;
    }
    let text = this.texts.get(edge.articleId);
    if (text === undefined) {
      const found = await articles([edge.articleId], true).catch(() => new Map());
      text = found.get(edge.articleId)?.text ?? null;
      this.texts.set(edge.articleId, text);
    }
    const heading = el('h3', {}, info?.title ?? '文章 Article');
    if (!text) {
      box.replaceChildren(heading, el('p', {class: 'hint'}, '没有正文 No text stored for this article'));
      return;
    }
    const at = text.indexOf(edge.evidence);
    const body = el('div', {class: 'text'});
    if (at < 0) {
      body.append(text);
    } else {
      body.append(text.slice(0, at), el('mark', {}, edge.evidence), text.slice(at + edge.evidence.length));
    }
    box.replaceChildren(heading, el('div', {class: 'source'}, `${info?.publishedOn ?? ''} ${info?.source ?? ''}`), body);
    body.querySelector('mark')?.scrollIntoView({block: 'center'});
  }

  async details(node, edges, shown) {
    let details;
    try {
      details = await nodeDetails(node.type, node.id);
    } catch {
      return;
    }
    const box = this.container.querySelector('#details');
    if (!details || !box || shown !== this.shown) {
      return;
    }
    const rows = [];
    if (details.positions?.length) {
      rows.push(['职务 Positions', details.positions.map(p => `${p.organization?.name ?? p.region?.name ?? ''}${p.title ?? ''}`).join('；')]);
    }
    if (details.kind) rows.push(['机构类型 Kind', details.kind]);
    if (details.aliases?.length) rows.push(['简称 Aliases', details.aliases.join('、')]);
    if (details.code) rows.push(['区划代码 Code', details.code]);
    if (details.level) rows.push(['级别 Level', details.level]);
    if (details.parent?.name) rows.push(['上级 Parent', details.parent.name]);
    if (details.status) rows.push(['状态 Status', details.status]);
    if (details.regions?.length) rows.push(['地区 Regions', details.regions.map(r => r.name).join('、')]);
    if (details.industries?.length) rows.push(['产业 Industries', details.industries.map(i => i.name).join('、')]);
    if (rows.length) {
      box.replaceChildren(table(rows));
    }
    if (details.career?.length) {
      this.container.querySelector('#career').replaceChildren(el('h3', {}, `履历 Career (${details.career.length})`),
          careerTimeline(details.career, {
            onTenure: (from, to) => this.onTenure(from, to),
            onEvidence: (tenure, box) => this.showTenureArticle(tenure, edges, box),
          }));
    }
  }

  /**
   * A tenure's evidence names no article; the relationship in view with the same sentence does, so its
   * article opens (with the sentence marked) when there is one.
   */
  async showTenureArticle(tenure, edges, box) {
    const edge = edges.find(e => e.evidence === tenure.evidence && e.articleId);
    if (!edge) {
      box.replaceChildren(el('p', {class: 'hint'}, '该句的文章不在视图中 The article of this sentence is not in view'));
      return;
    }
    const info = (await articles([edge.articleId]).catch(() => new Map())).get(edge.articleId);
    await this.showArticle(box, edge, info);
  }
}

function table(rows) {
  return el('table', {class: 'props'}, rows.map(([name, value]) => el('tr', {}, el('th', {}, name), el('td', {}, value ?? ''))));
}
