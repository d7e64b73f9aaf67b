// The overview on arrival: what the graph holds, the largest projects, the officials and companies
// with the most relationships, the latest articles, and where the money goes (by province, and as a
// treemap province → city → county). Every item is a button: Tab reaches it, Enter opens it.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';
import {overview} from './api.js';
import {kindOf} from './kinds.js';
import {amount, el} from './format.js';
import {csvButton} from './pictures.js';
import {provinceMap} from './map.js';

const COUNTS = [
  ['articles', '文章', 'Articles'], ['people', '人物', 'People'], ['companies', '企业', 'Companies'],
  ['governmentBodies', '政府部门', 'Government bodies'], ['regions', '地区', 'Regions'],
  ['projects', '项目', 'Projects'], ['industries', '产业', 'Industries'],
];

export class OverviewView {
  /** onEntity(id) opens an entity in the network, onRegion(id) the region view, onArticle(article) an article. */
  constructor(body, {onEntity, onRegion, onArticle}) {
    this.body = body;
    this.onEntity = onEntity;
    this.onRegion = onRegion;
    this.onArticle = onArticle;
    this.charts = [];
    window.addEventListener('resize', () => this.charts.forEach(c => c.resize()));
  }

  async show() {
    this.body.replaceChildren(el('p', {class: 'hint'}, '加载中 Loading…'));
    try {
      this.render(await overview(10));
    } catch (error) {
      this.body.replaceChildren(el('p', {class: 'status error'}, '出错 Error: ' + error.message));
    }
  }

  render(data) {
    this.charts.forEach(c => c.dispose());
    this.charts = [];
    // Without provinces in the graph (a corpus of one city's news), the top regions stand in for them.
    const rolledUp = new Set(data.regions.map(t => t.region.id));
    const provinces = data.regions.some(t => t.region.level === 'PROVINCE')
        ? data.regions.filter(t => t.region.level === 'PROVINCE')
        : data.regions.filter(t => !rolledUp.has(t.region.parent?.id));
    const treemap = el('div', {class: 'chart treemap', id: 'money-treemap', role: 'img',
      'aria-label': '投资额 树图 Investment treemap: province, city, county'});
    const map = el('section', {id: 'money-map', class: 'money-map'});
    this.body.replaceChildren(
        el('ul', {class: 'counts', id: 'overview-counts'},
            COUNTS.map(([key, zh, en]) => el('li', {'data-count': key}, el('strong', {}, data.counts[key]), ` ${zh} ${en}`)),
            el('li', {'data-count': 'amountYuan'}, el('strong', {}, amount(data.counts.amountYuan) || '0'), ' 投资额 Investment')),
        el('div', {class: 'overview-grid'},
            this.list('overview-projects', '最大项目 Largest projects', data.projects,
                p => [p.name, amount(p.amountYuan) || '—', (p.regions ?? []).map(r => r.name).join('、')], p => this.onEntity(p.id)),
            this.list('overview-officials', '关系最多的官员 Most connected officials', data.officials,
                r => [r.entity.name, `${r.relationships} 条关系 relations`], r => this.onEntity(r.entity.id)),
            this.list('overview-companies', '关系最多的企业 Most connected companies', data.companies,
                r => [r.entity.name, `${r.relationships} 条关系 relations`], r => this.onEntity(r.entity.id)),
            this.list('overview-articles', '最新文章 Latest articles', data.articles,
                a => [a.title ?? a.id, a.publishedOn ?? '', a.newspaper ?? ''], a => this.onArticle(a)),
            this.list('overview-provinces', '各省投资 Investment by province', provinces,
                t => [t.region.name, amount(t.amountYuan) || '—', `${t.projects} 个项目 projects`], t => this.onRegion(t.region.id))),
        el('h3', {}, '投资去向 Where the money goes (省 → 市 → 县 province → city → county)'),
        treemap, map);
    this.treemap(treemap, data.regions);
    provinceMap(map, data.regions, id => this.onRegion(id)).then(chart => { if (chart) this.charts.push(chart); });
  }

  /** A titled table whose first cell opens the row's item; a CSV button exports it. */
  list(id, title, items, cells, open) {
    const rows = items.map(item => {
      const [first, ...rest] = cells(item);
      const kind = item.entity ? kindOf(item.entity.labels) : null;
      return el('tr', {},
          el('td', {}, kind ? el('span', {class: 'dot', style: {background: kind.color}}) : '',
              el('button', {type: 'button', class: 'link', onclick: () => open(item)}, first)),
          rest.map(text => el('td', {class: /元$/.test(text) ? 'amount' : ''}, text)));
    });
    const table = el('table', {id}, el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', {class: 'hint'}, '暂无 None yet'))));
    return el('section', {class: 'overview-list'}, el('h3', {}, title, ' ', csvButton(table, id)), table);
  }

  /** Province → city → county by the regions' parents; a region whose parent is not rolled up becomes a root. */
  treemap(container, regions) {
    const byId = new Map(regions.map(t => [t.region.id, {
      id: t.region.id, name: t.region.name, value: t.amountYuan, projects: t.projects, children: [],
    }]));
    const roots = [];
    for (const t of regions) {
      const parent = byId.get(t.region.parent?.id);
      (parent ? parent.children : roots).push(byId.get(t.region.id));
    }
    // ECharts sums children into a parent; the parent's own value already includes them.
    const prune = node => {
      if (!node.children.length) {
        delete node.children;
      } else {
        node.children.forEach(prune);
      }
      return node;
    };
    const chart = echarts.init(container, null, {renderer: 'canvas'});
    chart.setOption({
      animation: false,
      tooltip: {formatter: info => `${info.name}: ${amount(info.value)} · ${info.data.projects} 个项目 projects`},
      series: [{
        type: 'treemap', data: roots.map(prune), leafDepth: 3, roam: false, nodeClick: false,
        breadcrumb: {show: false}, label: {show: true, formatter: info => `${info.name}\n${amount(info.value)}`},
        upperLabel: {show: true, height: 22}, levels: [
          {itemStyle: {borderColor: '#ffffff', borderWidth: 3, gapWidth: 3}},
          {itemStyle: {borderColor: '#eef0f3', borderWidth: 2, gapWidth: 2}, colorSaturation: [0.35, 0.6]},
          {itemStyle: {borderWidth: 1, gapWidth: 1}, colorSaturation: [0.3, 0.5]},
        ],
      }],
    });
    chart.on('click', info => { if (info.data?.id) this.onRegion(info.data.id); });
    this.charts.push(chart);
    this.regionsDrawn = [...byId.keys()];
  }
}
