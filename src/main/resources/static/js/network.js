// The network view: a neighbourhood drawn with Cytoscape.js. Nodes are styled by kind and sized by
// degree or investment amount; edges carry their title or amount. Click a node to select and expand
// it, double-click to make it the centre. Filters hide what does not match without asking again.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import {neighborhood, articles} from './api.js';
import {kindOf, EDGE_STYLES} from './kinds.js';
import {amount, yearOf, el} from './format.js';
import {clusterPositions} from './layout.js';
import {inPeriod} from './time.js';

const MIN_SIZE = 22;
const MAX_SIZE = 72;
/**
 * Above this many nodes a drawing is large: placed by the one-pass cluster layout (layout.js), its
 * edges straight and faded with their labels off until a node is selected, names shown by zoom
 * level, and its elements added a slice at a time so that the page answers input between slices.
 */
export const LARGE_DRAWING = 300;
/** Elements added per slice of a large drawing: each slice is one short task on the main thread. */
const SLICE = 400;
const SPACING = 40;
/** Node sizes in a large drawing stay below the cluster layout's spacing, so that neighbours never overlap. */
const LARGE_MAX_SIZE = 32;
/** Names smaller than this on screen are not drawn (Cytoscape's min-zoomed-font-size; by hand for WebGL). */
const MIN_NAME_PX = 7;

export class NetworkView {
  /**
   * @param container   the element Cytoscape draws into
   * @param handlers    {onNode(node, edges), onEdge(edge, parallelEdges), onStatus(text, isError), onChange()}
   */
  constructor(container, viewList, handlers) {
    this.handlers = handlers;
    this.viewList = viewList;
    this.nodes = new Map();
    this.edges = new Map();
    this.articleMeta = new Map();
    this.centre = null;
    this.expanded = new Set();
    this.generation = 0;
    this.settings = {depth: 2, types: [], sizeByAmount: false, limit: 150};
    this.large = false;
    this.inView = {nodes: 0, edges: 0};
    this.drawing = 0;
    this.filters = {industryMembers: null, minAmountYuan: null, year: null};
    /** The time slider's window ({from, to, keepUndated}, see time.js), or null. */
    this.timeWindow = null;
    this.container = container;
    /** Large drawings are painted with WebGL where the browser has it (the "WebGL" box turns it off). */
    this.webglAvailable = Boolean(document.createElement('canvas').getContext('webgl2'));
    this.settings.webgl = this.webglAvailable;
    this.cy = this.createCy(false);
  }

  /**
   * A Cytoscape instance on the container, with the page's handlers. Cytoscape picks its renderer
   * once, when it starts, so a drawing that changes between small and large gets a new instance:
   * WebGL for large drawings (one draw call per batch of thousands of shapes instead of a canvas
   * path per element), the canvas renderer for small ones (dashed edges, rotated edge labels).
   */
  createCy(webgl) {
    const cy = cytoscape({
      container: this.container,
      style: webgl ? [...STYLE, ...NAMES_BY_HAND] : STYLE,
      wheelSensitivity: 0.3,
      minZoom: 0.03,
      maxZoom: 3,
      boxSelectionEnabled: false,
      ...(webgl ? {renderer: {name: 'canvas', webgl: true}, pixelRatio: 1} : {}),
    });
    cy.on('tap', 'node', e => this.tapNode(e.target.id()));
    cy.on('dbltap', 'node', e => this.show(e.target.id()));
    cy.on('tap', 'edge', e => this.tapEdge(e.target.data('edgeId')));
    // In a large drawing the faded edges of the selected node stand out, with their labels.
    cy.on('select', 'node.large', e => e.target.connectedEdges().addClass('near'));
    cy.on('unselect', 'node.large', e => e.target.connectedEdges().removeClass('near'));
    if (webgl) {
      // The WebGL renderer draws every label it is given: names by zoom level are done here instead.
      let pending = null;
      cy.on('viewport', () => {
        clearTimeout(pending);
        pending = setTimeout(() => this.nameByZoom(), 120);
      });
    }
    this.webglInUse = webgl;
    return cy;
  }

  /** The instance this drawing needs (see createCy); a new one replaces the old when the renderer changes. */
  useRenderer(large) {
    const webgl = large && this.settings.webgl && this.webglAvailable;
    if (webgl !== this.webglInUse) {
      const viewport = {zoom: this.cy.zoom(), pan: {...this.cy.pan()}};
      this.cy.destroy();
      this.cy = this.createCy(webgl);
      this.cy.viewport(viewport);
    }
  }

  /** WebGL drawings: a node is named when its name would be at least MIN_NAME_PX on screen (as min-zoomed-font-size does). */
  nameByZoom() {
    const zoom = this.cy.zoom();
    this.cy.batch(() => this.cy.nodes().forEach(node => {
      const named = node.pstyle('font-size').pfValue * zoom >= MIN_NAME_PX;
      if (named !== node.hasClass('named')) {
        node.toggleClass('named', named);
      }
    }));
  }

  setWebgl(on) {
    this.settings.webgl = on;
    if (this.large) {
      this.redraw(false);
    }
  }

  /** Clears the view and draws the neighbourhood of one entity. */
  async show(id) {
    const generation = ++this.generation;
    this.centre = id;
    this.pathOrder = null;
    this.expanded = new Set();
    this.handlers.onStatus('加载中 Loading…');
    const subgraph = await this.fetch(id, this.settings.depth);
    if (generation !== this.generation) {
      return;
    }
    this.nodes.clear();
    this.edges.clear();
    if (!subgraph) {
      this.redraw();
      this.handlers.onStatus('未找到 Not found: ' + id, true);
      return;
    }
    this.merge(subgraph);
    await this.redraw();
    if (generation !== this.generation) {
      return;
    }
    const centre = this.nodes.get(id);
    if (centre) {
      this.handlers.onNode(centre, this.edgesOf(id));
      this.cy.$id(id).select();
    }
    await this.loadArticleMeta();
  }

  /** Draws chains of relationships instead of a neighbourhood: left to right, one chain a row. */
  async showPaths(paths) {
    ++this.generation;
    this.centre = paths[0]?.nodes[0]?.id ?? null;
    // Position of every node: its step along the first chain it is on, and that chain's row.
    this.pathOrder = new Map();
    paths.forEach((path, row) => path.nodes.forEach((node, step) => {
      if (!this.pathOrder.has(node.id)) {
        this.pathOrder.set(node.id, {step, row, rows: paths.length});
      }
    }));
    this.expanded = new Set();
    this.nodes = new Map(paths.flatMap(p => p.nodes).map(n => [n.id, n]));
    this.edges = new Map(paths.flatMap(p => p.edges).map(e => [e.id, e]));
    this.truncated = false;
    await this.redraw();
    await this.loadArticleMeta();
  }

  /** The node selected on the canvas, or null. */
  selectedNode() {
    const selected = this.cy.nodes(':selected')[0];
    return selected ? this.nodes.get(selected.id()) ?? null : null;
  }

  /** Adds the direct neighbours of a node to the view. */
  async expand(id) {
    if (this.expanded.has(id)) {
      return;
    }
    const generation = this.generation;
    const subgraph = await this.fetch(id, 1);
    if (generation !== this.generation || !subgraph) {
      return;
    }
    this.expanded.add(id);
    const before = this.nodes.size;
    this.merge(subgraph);
    if (this.nodes.size !== before || this.cy.edges().length !== this.edges.size) {
      await this.redraw();
    }
    await this.loadArticleMeta();
  }

  /** New depth or relationship types: ask again for the centre and every expanded node. */
  async reload() {
    if (!this.centre) {
      return;
    }
    const expanded = [...this.expanded];
    await this.show(this.centre);
    for (const id of expanded) {
      await this.expand(id);
    }
  }

  setFilters(filters) {
    this.filters = {...this.filters, ...filters};
    this.redraw(false);
  }

  /** The time slider moved: edges dated outside the window are hidden, nodes left without an edge fade. */
  setTimeWindow(period) {
    this.timeWindow = period;
    this.applyTime();
    const faded = new Set(this.cy.nodes('.faded').map(n => n.id()));
    for (const item of this.viewList.children) {
      item.toggleAttribute('data-faded', faded.has(item.dataset.id));
    }
    this.showStatus();
  }

  /**
   * Classes rather than a new drawing: the positions stay where they are while the slider moves, so
   * what appears and disappears over time can be followed (and a large drawing is not laid out again).
   */
  applyTime() {
    const period = this.timeWindow;
    this.cy.batch(() => {
      this.cy.edges().forEach(e => {
        const out = Boolean(period) && !inPeriod(this.edges.get(e.data('edgeId')), period);
        if (out !== e.hasClass('out-of-time')) {
          e.toggleClass('out-of-time', out);
        }
      });
      this.cy.nodes().forEach(n => {
        const faded = Boolean(period) && n.id() !== this.centre && n.connectedEdges().every(e => e.hasClass('out-of-time'));
        if (faded !== n.hasClass('faded')) {
          n.toggleClass('faded', faded);
        }
      });
    });
  }

  setSizeByAmount(on) {
    this.settings.sizeByAmount = on;
    this.redraw(false);
  }

  async fetch(id, depth) {
    try {
      return await neighborhood(id, depth, this.settings.types, this.settings.limit);
    } catch (error) {
      this.handlers.onStatus('出错 Error: ' + error.message, true);
      return null;
    }
  }

  merge(subgraph) {
    for (const node of subgraph.nodes) {
      if (!this.nodes.has(node.id)) {
        this.nodes.set(node.id, node);
      }
    }
    for (const edge of subgraph.edges) {
      if (this.nodes.has(edge.source) && this.nodes.has(edge.target)) {
        this.edges.set(edge.id, edge);
      }
    }
    this.truncated = subgraph.truncated;
  }

  /**
   * Publication dates of the articles behind the edges, for the year filter; asked after the
   * drawing is on screen, and the drawing is filtered again if a year was chosen meanwhile.
   */
  async loadArticleMeta() {
    const missing = [...this.edges.values()].map(e => e.articleId).filter(id => id && !this.articleMeta.has(id));
    if (missing.length) {
      try {
        const found = await articles(missing);
        found.forEach((article, id) => this.articleMeta.set(id, article));
      } catch (error) {
        this.handlers.onStatus('文章信息不可用 Article dates unavailable: ' + error.message, true);
        return;
      }
      if (this.filters.year) {
        await this.redraw(false);
      } else {
        this.handlers.onChange();
      }
    }
  }

  /** Years of the articles behind the edges in view, newest first. */
  years() {
    const years = new Set();
    for (const edge of this.edges.values()) {
      const year = yearOf(this.articleMeta.get(edge.articleId)?.publishedOn);
      if (year) {
        years.add(year);
      }
    }
    return [...years].sort().reverse();
  }

  edgesOf(id) {
    return [...this.edges.values()].filter(e => e.source === id || e.target === id);
  }

  /** The nodes and edges that pass the filters. */
  visible() {
    const {industryMembers, minAmountYuan, year} = this.filters;
    const nodeOk = node => {
      if (node.id === this.centre) {
        return true;
      }
      if (minAmountYuan && node.type === 'Project' && !(node.amountYuan >= minAmountYuan)) {
        return false;
      }
      const industryBound = node.type === 'Project' || node.labels.includes('Company');
      return !(industryMembers && industryBound && !industryMembers.has(node.id));
    };
    const edgeOk = edge => {
      if (minAmountYuan && edge.amountYuan !== null && edge.amountYuan !== undefined && edge.amountYuan < minAmountYuan) {
        return false;
      }
      return !(year && edge.articleId && yearOf(this.articleMeta.get(edge.articleId)?.publishedOn) !== year);
    };
    const nodes = new Map([...this.nodes].filter(([, n]) => nodeOk(n)));
    const edges = [...this.edges.values()].filter(e => edgeOk(e) && nodes.has(e.source) && nodes.has(e.target));
    const filtering = Boolean(industryMembers || minAmountYuan || year);
    if (filtering) {
      // What a filter cut off from everything else goes too.
      const linked = new Set([this.centre]);
      edges.forEach(e => { linked.add(e.source); linked.add(e.target); });
      for (const id of [...nodes.keys()]) {
        if (!linked.has(id)) {
          nodes.delete(id);
        }
      }
    }
    return {nodes: [...nodes.values()], edges};
  }

  /** Draws what passes the filters; a large drawing is added a slice at a time (resolves when all is on screen). */
  async redraw(layout = true) {
    const drawing = ++this.drawing;
    const started = performance.now();
    const {nodes, edges} = this.visible();
    this.large = !this.pathOrder && nodes.length > LARGE_DRAWING;
    const large = this.large ? 'large' : '';
    const maxAmount = Math.max(0, ...nodes.map(n => n.amountYuan ?? 0));
    const degreeInView = new Map();
    edges.forEach(e => [e.source, e.target].forEach(id => degreeInView.set(id, (degreeInView.get(id) ?? 0) + 1)));
    const nodeElements = nodes.map(node => {
      const kind = kindOf(node.labels);
      const size = this.large ? Math.min(LARGE_MAX_SIZE, this.size(node, maxAmount)) : this.size(node, maxAmount);
      return {group: 'nodes', data: {
        id: node.id, name: node.name ?? node.id, color: kind.color, shape: kind.shape, kind: kind.key, size,
        // Large drawings: the hubs of the drawing get bigger names, readable before the rest as one zooms in.
        fontSize: this.large ? Math.round(Math.min(80, 11 + 6 * Math.sqrt(Math.max(0, (degreeInView.get(node.id) ?? 0) - 1)))) : 11,
      }, classes: [node.id === this.centre ? 'centre' : '', large].join(' ').trim()};
    });
    const edgeElements = edges.map(edge => ({group: 'edges', data: {
      id: 'edge:' + edge.id, edgeId: edge.id, source: edge.source, target: edge.target, type: edge.type,
      label: edge.label || (edge.amountYuan ? amount(edge.amountYuan) : edge.type),
      color: EDGE_STYLES[edge.type]?.color ?? '#9aa5b1', lineStyle: EDGE_STYLES[edge.type]?.style ?? 'solid',
    }, classes: large}));
    const selected = this.cy.$(':selected').map(e => e.id());
    const positions = layout && this.large
        ? clusterPositions(this.centre, nodes.map(n => n.id), edges, SPACING, byKind(nodeElements))
        : new Map(this.cy.nodes().map(n => [n.id(), {...n.position()}]));
    if (this.large || !layout) {
      nodeElements.forEach(e => { if (positions.has(e.data.id)) e.position = positions.get(e.data.id); });
    }
    this.cy.elements().remove();
    this.useRenderer(this.large);
    if (this.large) {
      if (layout) {
        this.fitTo([...positions.values()]);
      }
      if (!await this.addInSlices([...nodeElements, ...edgeElements], drawing)) {
        return;
      }
    } else {
      this.cy.batch(() => this.cy.add([...nodeElements, ...edgeElements]));
      if (layout) {
        this.layout();
      }
    }
    selected.forEach(id => this.cy.$id(id).select());
    if (this.webglInUse) {
      this.nameByZoom();
    }
    this.applyTime();
    this.publish(nodes, edges);
    this.handlers.onChange();
    this.lastDrawing = {nodes: nodes.length, edges: edges.length, large: this.large, ms: Math.round(performance.now() - started)};
    performance.mark('zhengqi:drawn', {detail: this.lastDrawing});
  }

  /** Adds elements a slice per task, yielding between slices; false when a newer drawing started meanwhile. */
  async addInSlices(elements, drawing) {
    for (let i = 0; i < elements.length; i += SLICE) {
      this.cy.add(elements.slice(i, i + SLICE));
      await yieldToInput();
      if (drawing !== this.drawing) {
        return false;
      }
    }
    return true;
  }

  /** Sets the viewport to show every position (before the nodes exist, so each slice lands in view). */
  fitTo(points) {
    const padding = 40;
    const xs = points.map(p => p.x);
    const ys = points.map(p => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const zoom = Math.max(this.cy.minZoom(), Math.min(1,
        (this.cy.width() - 2 * padding) / (maxX - minX + 2 * SPACING),
        (this.cy.height() - 2 * padding) / (maxY - minY + 2 * SPACING)));
    this.cy.viewport({zoom, pan: {x: this.cy.width() / 2 - zoom * (minX + maxX) / 2, y: this.cy.height() / 2 - zoom * (minY + maxY) / 2}});
  }

  /** Rings around the centre by distance, so that the picture reads from the middle outwards. */
  layout() {
    if (this.pathOrder) {
      const last = Math.max(...[...this.pathOrder.values()].map(p => p.step));
      this.cy.layout({
        name: 'preset', fit: true, padding: 60,
        positions: node => {
          const {step, row, rows} = this.pathOrder.get(node.id()) ?? {step: 0, row: 0, rows: 1};
          // The two ends sit on the middle line; the chains fan out between them.
          const lane = step === 0 || step === last ? 0 : row - (rows - 1) / 2;
          return {x: 200 * step, y: 110 * lane + (rows === 1 && step % 2 ? 36 : 0)};
        },
      }).run();
      return;
    }
    const distance = this.distances();
    const far = Math.max(0, ...distance.values());
    this.cy.layout({
      name: 'concentric', animate: false, fit: true, padding: 40, minNodeSpacing: 56, spacingFactor: 1.3,
      concentric: node => far + 1 - (distance.get(node.id()) ?? far + 1), levelWidth: () => 1,
      startAngle: -Math.PI / 2,
    }).run();
  }

  distances() {
    const distance = new Map([[this.centre, 0]]);
    const queue = [this.centre];
    const neighbours = id => this.cy.$id(id).neighborhood('node').map(n => n.id());
    while (queue.length) {
      const id = queue.shift();
      for (const next of neighbours(id)) {
        if (!distance.has(next)) {
          distance.set(next, distance.get(id) + 1);
          queue.push(next);
        }
      }
    }
    return distance;
  }

  size(node, maxAmount) {
    if (this.settings.sizeByAmount) {
      return node.amountYuan && maxAmount ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(node.amountYuan / maxAmount) : MIN_SIZE;
    }
    return Math.min(MAX_SIZE, MIN_SIZE + 9 * Math.log2(1 + (node.degree ?? 0)));
  }

  tapNode(id) {
    const node = this.nodes.get(id);
    if (node) {
      this.handlers.onNode(node, this.edgesOf(id));
      // A path stays a path, and a large drawing stays as drawn: their nodes are selected, not expanded.
      if (!this.pathOrder && !this.large) {
        this.expand(id);
      }
    }
  }

  tapEdge(id) {
    const edge = this.edges.get(id);
    if (edge) {
      const parallel = [...this.edges.values()].filter(e => e.id !== id && e.type === edge.type
          && e.source === edge.source && e.target === edge.target);
      this.handlers.onEdge(edge, parallel);
    }
  }

  /** The nodes in view as a list (screen readers cannot read a canvas), and the status line. */
  publish(nodes, edges) {
    const faded = new Set(this.cy.nodes('.faded').map(n => n.id()));
    this.viewList.replaceChildren(...nodes.map(n => el('li', {'data-id': n.id, 'data-kind': kindOf(n.labels).key,
      'data-faded': faded.has(n.id)}, n.name ?? n.id)));
    this.inView = {nodes: nodes.length, edges: edges.length};
    this.showStatus();
  }

  /** The status line: what is drawn, what the filters and the time slider leave out. */
  showStatus() {
    const centre = this.nodes.get(this.centre);
    const {nodes, edges} = this.inView;
    const hidden = this.nodes.size - nodes;
    const period = this.timeWindow;
    this.handlers.onStatus(`${centre?.name ?? ''} · ${nodes} 个节点 nodes · ${edges} 条关系 edges`
        + (hidden ? ` · ${hidden} 个被筛选隐藏 hidden by filters` : '')
        + (period ? ` · ${period.from.slice(0, 7)} – ${period.to.slice(0, 7)}: ${this.cy.edges().not('.out-of-time').length}`
            + ` 条关系在时间内 edges in time, ${this.cy.nodes('.faded').length} 个节点淡出 nodes faded` : '')
        + (this.large ? ' · 大图：放大显示名称，单击查看 large: zoom in for names, click to inspect' : '')
        + (this.truncated ? ' · 结果已截断 truncated' : ''));
  }

  /** Selects an edge (e.g. one step of a path listed beside the drawing) and shows its evidence. */
  selectEdge(id) {
    this.cy.$(':selected').unselect();
    this.cy.$id('edge:' + id).select();
    this.tapEdge(id);
  }

  /** Ids of the nodes in view, for the export of the current view. */
  visibleNodeIds() {
    return this.cy.nodes().map(n => n.id());
  }

  visibleTypes() {
    return [...new Set(this.cy.edges().map(e => e.data('type')))];
  }
}

/** Siblings in the cluster layout by kind, so that each cluster's colours group together. */
function byKind(nodeElements) {
  const kind = new Map(nodeElements.map(e => [e.data.id, e.data.kind]));
  return (a, b) => (kind.get(a) ?? '').localeCompare(kind.get(b) ?? '');
}

/** Lets the browser handle input and paint before the next slice of work. */
function yieldToInput() {
  return globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise(resolve => setTimeout(resolve, 0));
}

/** The page's fonts (css/explorer.css): the canvas does not inherit them. */
const FONTS = getComputedStyle(document.documentElement).fontFamily;

const STYLE = [
  {selector: 'node', style: {
    'background-color': 'data(color)', 'shape': 'data(shape)', 'width': 'data(size)', 'height': 'data(size)',
    'label': 'data(name)', 'font-family': FONTS, 'font-size': 11, 'color': '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 4,
    'text-outline-color': '#ffffff', 'text-outline-width': 2, 'border-width': 1, 'border-color': '#ffffff',
    'text-wrap': 'ellipsis', 'text-max-width': 140,
    // Labels by zoom level: a name smaller than this on screen is not drawn (a large drawing zoomed out).
    'min-zoomed-font-size': MIN_NAME_PX,
  }},
  {selector: 'node.centre', style: {'border-width': 4, 'border-color': '#1f2933', 'font-weight': 'bold', 'font-size': 13}},
  {selector: 'node:selected', style: {'border-width': 4, 'border-color': '#f5b400'}},
  {selector: 'edge', style: {
    'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.6, 'line-color': 'data(color)',
    'target-arrow-color': 'data(color)', 'line-style': 'data(lineStyle)', 'arrow-scale': 0.9,
    'label': 'data(label)', 'font-family': FONTS, 'font-size': 9, 'color': '#52606d', 'text-rotation': 'autorotate',
    'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
    'min-zoomed-font-size': MIN_NAME_PX,
  }},
  {selector: 'edge[type = "INVESTS_IN"]', style: {'width': 3}},
  // Large drawings: names by zoom level (bigger for hubs), straight faded edges without labels or arrows.
  {selector: 'node.large', style: {'font-size': 'data(fontSize)', 'min-zoomed-font-size': MIN_NAME_PX, 'text-outline-width': 1, 'border-width': 0}},
  {selector: 'node.large.centre', style: {'font-size': 72, 'border-width': 6, 'width': 48, 'height': 48}},
  {selector: 'edge.large', style: {'curve-style': 'haystack', 'haystack-radius': 0, 'width': 1, 'opacity': 0.3,
    'label': '', 'target-arrow-shape': 'none'}},
  {selector: 'edge.large.near', style: {'opacity': 1, 'width': 2, 'label': 'data(label)'}},
  {selector: 'node.large:selected', style: {'border-width': 6, 'border-color': '#f5b400'}},
  // The time slider: relationships dated outside the window go, what is left without one fades.
  {selector: 'edge.out-of-time', style: {'display': 'none'}},
  {selector: 'node.faded', style: {'opacity': 0.18}},
  {selector: 'edge:selected', style: {'width': 4, 'opacity': 1, 'line-color': '#f5b400', 'target-arrow-color': '#f5b400', 'color': '#1f2933'}},
];

/** WebGL drawings: a large drawing's names only on the nodes nameByZoom marks. */
const NAMES_BY_HAND = [
  {selector: 'node.large', style: {'label': ''}},
  {selector: 'node.large.named', style: {'label': 'data(name)'}},
];
