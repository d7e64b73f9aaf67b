// The region view: a region's officials, its projects ranked by amount, and investment totals by
// industry and by year as charts (ECharts).
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';
import {regionView} from './api.js';
import {amount, el} from './format.js';
import {csvButton} from './pictures.js';

export class RegionView {
  /** onEntity(id) shows an entity in the network view. */
  constructor(body, onEntity) {
    this.body = body;
    this.onEntity = onEntity;
    this.charts = [];
    window.addEventListener('resize', () => this.charts.forEach(c => c.resize()));
  }

  async show(nameOrId, byId = false) {
    this.body.replaceChildren(el('p', {class: 'hint'}, '加载中 Loading…'));
    let view;
    try {
      view = await regionView(nameOrId, byId);
    } catch (error) {
      this.body.replaceChildren(el('p', {class: 'status error'}, '出错 Error: ' + error.message));
      return null;
    }
    if (!view) {
      this.body.replaceChildren(el('p', {class: 'hint'}, `未找到地区 No region named ${nameOrId}`));
      return null;
    }
    this.render(view);
    return view.region;
  }

  render({region, officials, projects, byIndustry, byYear}) {
    this.charts.forEach(c => c.dispose());
    this.charts = [];
    const link = (entity) => entity ? el('button', {type: 'button', class: 'link', onclick: () => this.onEntity(entity.id)}, entity.name) : '';
    const officialRows = (officials ?? []).map(p => el('tr', {},
        el('td', {}, link(p.person)), el('td', {}, p.title ?? ''),
        el('td', {}, link(p.organization ?? p.region)),
        el('td', {class: 'hint', title: p.evidence ?? ''}, p.article ? `${p.article.title ?? ''} ${p.article.publishedOn ?? ''}` : '')));
    const projectRows = (projects?.nodes ?? []).map((p, i) => el('tr', {},
        el('td', {}, i + 1), el('td', {}, link(p)), el('td', {class: 'amount'}, amount(p.amountYuan) || '—'),
        el('td', {}, (p.industries ?? []).map(x => x.name).join('、')), el('td', {}, p.status ?? '')));
    const projectTable = el('table', {id: 'region-projects'}, el('thead', {}, el('tr', {}, ['#', '项目 Project', '投资额 Amount', '产业 Industry', '状态 Status'].map(h => el('th', {}, h)))),
        el('tbody', {}, projectRows.length ? projectRows : el('tr', {}, el('td', {colspan: 5, class: 'hint'}, '没有项目 No project'))));
    const officialTable = el('table', {id: 'region-officials'}, el('thead', {}, el('tr', {}, ['人物 Person', '职务 Title', '机构 Body', '来源 Source'].map(h => el('th', {}, h)))),
        el('tbody', {}, officialRows.length ? officialRows : el('tr', {}, el('td', {colspan: 4, class: 'hint'}, '没有记录 None recorded'))));
    const industryChart = el('div', {class: 'chart', id: 'chart-industry'});
    const yearChart = el('div', {class: 'chart', id: 'chart-year'});
    this.body.replaceChildren(
        el('div', {class: 'title'}, el('h2', {style: {fontSize: '20px', color: '#1f2933'}}, region.name),
            el('span', {class: 'hint'}, [region.level, region.code, region.parent?.name && '上级 ' + region.parent.name].filter(Boolean).join(' · ')),
            ' ', link({id: region.id, name: '在网络中查看 Show in network'})),
        el('h3', {}, `项目 Projects by amount (${projects?.totalCount ?? 0})`, csvButton(projectTable, `projects-${region.name}`)),
        projectTable,
        el('div', {class: 'grid'},
            el('section', {}, el('h3', {}, '按产业 By industry'), industryChart),
            el('section', {}, el('h3', {}, '按年份 By year'), yearChart)),
        el('h3', {}, `官员 Officials (${officials?.length ?? 0})`, csvButton(officialTable, `officials-${region.name}`)),
        officialTable);
    this.chart(industryChart, byIndustry ?? [], 'bar-horizontal');
    this.chart(yearChart, [...(byYear ?? [])].sort((a, b) => String(a.key).localeCompare(String(b.key))), 'bar');
  }

  chart(container, totals, shape) {
    const chart = echarts.init(container, null, {renderer: 'canvas'});
    const names = totals.map(t => t.name ?? t.key);
    const values = totals.map(t => Math.round(t.amountYuan / 1e6) / 100);
    const category = {type: 'category', data: names, axisLabel: {fontSize: 11}};
    const value = {type: 'value', name: '亿元', axisLabel: {fontSize: 11}};
    chart.setOption({
      animation: false,
      grid: {left: shape === 'bar-horizontal' ? 100 : 50, right: 20, top: 30, bottom: 30},
      tooltip: {trigger: 'axis', formatter: items => items.map(i => `${i.name}: ${amount(totals[i.dataIndex].amountYuan)} · ${totals[i.dataIndex].projects} 个项目`).join('<br>')},
      xAxis: shape === 'bar-horizontal' ? value : category,
      yAxis: shape === 'bar-horizontal' ? {...category, inverse: true} : value,
      series: [{type: 'bar', data: values, itemStyle: {color: '#7b4fc9'}, label: {show: true, position: shape === 'bar-horizontal' ? 'right' : 'top', fontSize: 11}}],
    });
    this.charts.push(chart);
  }
}
