// Wires the explorer together: the overview on arrival, search → network → side panel, paths, the
// filters, the region view, pictures and exports, saved views and the address (#entity=ID,
// #region=ID, #from=ID&to=ID) so that a view can be bookmarked, shared or saved by name.
import {loadKinds, allKinds, EDGE_STYLES, DEFAULT_OFF} from './kinds.js';
import {relationshipTypes, industries, industryMembers} from './api.js';
import {SearchBox} from './search.js';
import {NetworkView} from './network.js';
import {Panel} from './panel.js';
import {RegionView} from './region.js';
import {OverviewView} from './overview.js';
import {PathFinder} from './paths.js';
import {SavedViews} from './views.js';
import {png, svg, saveBlob} from './pictures.js';
import {el} from './format.js';
import {TimeSlider} from './time.js';

/** Longer export links than this risk the server's request-line limit; the page then says so. */
const MAX_EXPORT_URL = 7500;
/** The depth and most nodes the page starts with (index.html's selected options); the address names others. */
const DEFAULT_DEPTH = 2;
const DEFAULT_LIMIT = 150;

const $ = id => document.getElementById(id);

async function start() {
  await loadKinds();
  const status = (text, isError = false) => {
    $('status').textContent = text;
    $('status').classList.toggle('error', isError);
  };

  const network = new NetworkView($('cy'), $('view-list'), {
    onNode: (node, edges) => panel.showNode(node, edges),
    onEdge: (edge, parallel) => panel.showEdge(edge, parallel),
    onStatus: status,
    onChange: () => {
      refreshYears();
      refreshTime();
    },
  });
  const panel = new Panel($('panel-body'), id => network.nodes.get(id)?.name ?? id, id => openRegion(id, true),
      (from, to) => time.setDays(from, to));
  const region = new RegionView($('region-body'), id => showEntity(id));
  const overview = new OverviewView($('overview-body'), {
    onEntity: id => showEntity(id),
    onRegion: id => openRegion(id, true),
    onArticle: article => showArticle(article.id),
  });
  const VIEWS = ['overview', 'network', 'region'];

  function showTab(name) {
    for (const view of VIEWS) {
      $(view + '-view').hidden = view !== name;
      $('tab-' + view).classList.toggle('active', view === name);
      $('tab-' + view).setAttribute('aria-pressed', String(view === name));
    }
    if (name === 'network') {
      network.cy.resize();
    } else {
      (name === 'region' ? region : overview).charts.forEach(c => c.resize());
    }
  }

  function showOverview() {
    shown = null;
    showTab('overview');
    history.replaceState(null, '', location.pathname);
    overview.show();
  }

  /** An article with the entities it names: MENTIONS is switched on for it. */
  function showArticle(id) {
    const mentions = $('type-filters').querySelector('input[value="MENTIONS"]');
    if (mentions && !mentions.checked) {
      mentions.checked = true;
      network.settings.types = checkedTypes();
    }
    showEntity(id);
  }

  const paths = new PathFinder({
    fromInput: $('path-from'), fromList: $('path-from-list'), toInput: $('path-to'), toList: $('path-to-list'),
    pickFrom: $('path-pick-from'), pickTo: $('path-pick-to'), find: $('path-find'), results: $('path-results'),
  }, {
    types: () => network.settings.types,
    selected: () => network.selectedNode(),
    onPaths: (found, from, to) => {
      showTab('network');
      shown = {from: from.id, to: to.id};
      writeAddress();
      network.showPaths(found);
    },
    onEdge: edge => network.selectEdge(edge.id),
  });
  window.zhengqi = {network, panel, region, overview, paths};

  /**
   * What the address holds besides the entity or path: the depth and the most nodes when not the
   * defaults, and the time slider's window, so that a saved or shared view draws the same picture.
   */
  let shown = null;
  function writeAddress() {
    if (!shown) {
      return;
    }
    const params = new URLSearchParams(shown);
    if (network.settings.depth !== DEFAULT_DEPTH) {
      params.set('depth', network.settings.depth);
    }
    if (network.settings.limit !== DEFAULT_LIMIT) {
      params.set('limit', network.settings.limit);
    }
    time.toAddress(params);
    history.replaceState(null, '', '#' + params);
  }

  async function showEntity(id) {
    showTab('network');
    shown = {entity: id};
    writeAddress();
    await network.show(id);
  }

  async function openRegion(nameOrId, byId = false) {
    showTab('region');
    const found = await region.show(nameOrId, byId);
    if (found) {
      shown = null;
      $('region-name').value = found.name;
      history.replaceState(null, '', '#region=' + encodeURIComponent(found.id));
    }
  }

  new SearchBox($('search'), $('suggestions'), entity => {
    if (!$('region-view').hidden && entity.labels.includes('Region')) {
      openRegion(entity.id, true);
    } else {
      showEntity(entity.id);
    }
  });

  $('tab-overview').addEventListener('click', () => showOverview());
  $('tab-network').addEventListener('click', () => showTab('network'));
  $('tab-region').addEventListener('click', () => showTab('region'));
  $('region-form').addEventListener('submit', event => {
    event.preventDefault();
    const name = $('region-name').value.trim();
    if (name) {
      openRegion(name);
    }
  });

  // Relationship types: every type the API knows, drawn in its colour; MENTIONS and REPORTED start off.
  let types = [];
  try {
    types = await relationshipTypes();
  } catch (error) {
    status('API 不可用 API unavailable: ' + error.message, true);
  }
  const ordered = [...Object.keys(EDGE_STYLES).filter(t => types.includes(t)), ...types.filter(t => !EDGE_STYLES[t])];
  for (const type of ordered) {
    const style = EDGE_STYLES[type];
    $('type-filters').append(el('label', {},
        el('input', {type: 'checkbox', value: type, checked: !DEFAULT_OFF.has(type), onchange: () => typesChanged()}),
        el('span', {class: 'swatch', style: {background: style?.color ?? '#9aa5b1'}}),
        `${style?.name ?? ''} ${type}`));
  }
  const checkedTypes = () => [...$('type-filters').querySelectorAll('input:checked')].map(i => i.value);
  network.settings.types = checkedTypes();
  function typesChanged() {
    network.settings.types = checkedTypes();
    network.reload();
  }
  $('depth').addEventListener('change', () => {
    network.settings.depth = Number($('depth').value);
    writeAddress();
    network.reload();
  });
  network.settings.depth = Number($('depth').value);
  $('max-nodes').addEventListener('change', () => {
    network.settings.limit = Number($('max-nodes').value);
    writeAddress();
    network.reload();
  });
  network.settings.limit = Number($('max-nodes').value);
  $('size-by-amount').addEventListener('change', () => network.setSizeByAmount($('size-by-amount').checked));
  $('webgl').checked = network.settings.webgl;
  $('webgl').disabled = !network.webglAvailable;
  $('webgl').addEventListener('change', () => network.setWebgl($('webgl').checked));

  // Filters that hide without asking the server again.
  industries().then(names => names.forEach(name => $('industry-filter').append(el('option', {value: name}, name))))
      .catch(() => {});
  $('industry-filter').addEventListener('change', async () => {
    const name = $('industry-filter').value;
    network.setFilters({industryMembers: name ? await industryMembers(name).catch(() => new Set()) : null});
  });
  $('min-amount').addEventListener('input', () => {
    const hundredMillions = Number($('min-amount').value);
    network.setFilters({minAmountYuan: hundredMillions > 0 ? hundredMillions * 1e8 : null});
  });
  $('year-filter').addEventListener('change', () => network.setFilters({year: $('year-filter').value || null}));
  function refreshYears() {
    const select = $('year-filter');
    const chosen = select.value;
    const years = network.years();
    if (chosen && !years.includes(chosen)) {
      years.push(chosen);
    }
    select.replaceChildren(el('option', {value: ''}, '全部 All'), ...years.map(y => el('option', {value: y, selected: y === chosen}, y)));
  }

  // The time slider: over the dates of the relationships in view; a window read from the address
  // waits until a drawing with dates is there.
  const time = new TimeSlider({
    from: $('time-from'), to: $('time-to'), fromLabel: $('time-from-label'), toLabel: $('time-to-label'),
    keepUndated: $('time-undated'), summary: $('time-summary'), reset: $('time-reset'),
  }, period => {
    network.setTimeWindow(period);
    writeAddress();
  });
  let pendingTime = null;
  function refreshTime() {
    time.update([...network.edges.values()]);
    if (pendingTime && time.months.length) {
      const {from, to, keepUndated} = pendingTime;
      pendingTime = null;
      time.setDays(from, to, keepUndated);
    } else {
      network.setTimeWindow(time.active() ? time.period() : null);
    }
  }
  window.zhengqi.time = time;

  // Legend: kinds of node, then kinds of edge.
  for (const kind of allKinds()) {
    $('legend').append(el('li', {}, el('span', {class: 'dot', style: {background: kind.color}}), `${kind.name} ${kind.english}`));
  }

  // Exports: the whole graph, or the nodes in view with the relationships among them.
  $('export-all').addEventListener('click', () => download(`/export?format=${$('export-format').value}`));
  $('export-view').addEventListener('click', () => {
    const ids = network.visibleNodeIds();
    if (!ids.length) {
      status('视图为空 Nothing in view to export', true);
      return;
    }
    const query = new URLSearchParams({format: $('export-format').value});
    ids.forEach(id => query.append('id', id));
    network.visibleTypes().forEach(type => query.append('type', type));
    const url = '/export?' + query;
    if (url.length > MAX_EXPORT_URL) {
      status(`视图太大，无法作为链接导出 (${ids.length} nodes): export the whole graph, or use the export command with --query`, true);
      return;
    }
    download(url);
  });

  // Pictures of the drawing: the whole network, not only what fits in the window.
  $('save-png').addEventListener('click', async () => saveBlob(await png(network.cy), 'zhengqi-network.png'));
  $('save-svg').addEventListener('click', () => saveBlob(svg(network.cy, getComputedStyle(document.documentElement).fontFamily), 'zhengqi-network.svg'));

  // Saved views: the address under a name, in this browser.
  const saved = new SavedViews();
  function listViews(views = saved.list()) {
    $('saved-views').replaceChildren(el('option', {value: ''}, `已保存视图 Saved views (${views.length})`),
        ...views.map(v => el('option', {value: v.name}, v.name)));
  }
  $('save-view').addEventListener('click', () => {
    const name = $('view-name').value.trim();
    if (!name) {
      $('view-name').focus();
      return;
    }
    listViews(saved.save(name, location.hash));
    $('view-name').value = '';
  });
  $('saved-views').addEventListener('change', () => {
    const view = saved.list().find(v => v.name === $('saved-views').value);
    if (view) {
      if (view.hash === location.hash) {
        followAddress();
      } else {
        location.hash = view.hash;
      }
    }
  });
  $('delete-view').addEventListener('click', () => {
    if ($('saved-views').value) {
      listViews(saved.remove($('saved-views').value));
    }
  });
  listViews();

  /** Depth and most nodes from the address (a saved view keeps them); the defaults when it has none. */
  function settingsFrom(hash) {
    const depth = hash.get('depth') ?? String(DEFAULT_DEPTH);
    const limit = hash.get('limit') ?? String(DEFAULT_LIMIT);
    for (const [select, value, setting] of [[$('depth'), depth, 'depth'], [$('max-nodes'), limit, 'limit']]) {
      if ([...select.options].some(o => o.value === value)) {
        select.value = value;
        network.settings[setting] = Number(value);
      }
    }
    pendingTime = TimeSlider.parse(hash);
    time.reset();
  }

  async function followAddress() {
    const hash = new URLSearchParams(location.hash.slice(1));
    settingsFrom(hash);
    if (hash.get('entity')) {
      showEntity(hash.get('entity'));
    } else if (hash.get('region')) {
      openRegion(hash.get('region'), true);
    } else if (hash.get('from') && hash.get('to')) {
      paths.set('from', {id: hash.get('from'), name: hash.get('from')});
      paths.set('to', {id: hash.get('to'), name: hash.get('to')});
      await paths.find();
    } else {
      showOverview();
    }
  }
  window.addEventListener('hashchange', followAddress);
  followAddress();
}

function download(url) {
  const link = el('a', {href: url, download: ''});
  document.body.append(link);
  link.click();
  link.remove();
}

start();
