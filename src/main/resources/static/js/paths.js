// Paths between two entities: one search box for each end (or the node selected on the canvas),
// then the shortest chains (several where several are equally short) drawn left to right, and
// listed with each edge's evidence sentence.
import {shortestPaths} from './api.js';
import {SearchBox} from './search.js';
import {EDGE_STYLES} from './kinds.js';
import {el} from './format.js';

const MAX_LENGTH = 6;
const MAX_PATHS = 5;

export class PathFinder {
  /**
   * @param parts     {fromInput, fromList, toInput, toList, pickFrom, pickTo, find, results}
   * @param handlers  {types(), selected(), onPaths(paths, from, to), onEdge(edge)}
   */
  constructor(parts, handlers) {
    this.parts = parts;
    this.handlers = handlers;
    this.ends = {from: null, to: null};
    new SearchBox(parts.fromInput, parts.fromList, entity => { this.ends.from = entity; });
    new SearchBox(parts.toInput, parts.toList, entity => { this.ends.to = entity; this.find(); });
    parts.pickFrom.addEventListener('click', () => this.pick('from'));
    parts.pickTo.addEventListener('click', () => this.pick('to'));
    parts.find.addEventListener('click', () => this.find());
  }

  /** Fills one end with the node selected on the canvas. */
  pick(end) {
    const node = this.handlers.selected();
    if (node) {
      this.set(end, node);
    }
  }

  set(end, entity) {
    this.ends[end] = entity;
    (end === 'from' ? this.parts.fromInput : this.parts.toInput).value = entity.name ?? entity.id;
  }

  async find() {
    const {from, to} = this.ends;
    if (!from || !to) {
      this.message('请选择两端 Choose both ends');
      return;
    }
    this.message('查找中 Searching…');
    let paths;
    try {
      paths = await shortestPaths(from.id, to.id, MAX_LENGTH, this.handlers.types(), MAX_PATHS);
    } catch (error) {
      this.message('出错 Error: ' + error.message);
      return;
    }
    if (!paths.length) {
      this.message(`${MAX_LENGTH} 步之内没有路径 No path within ${MAX_LENGTH} relationships`);
      return;
    }
    // Ends given by id alone (from the address) get their names from the answer.
    const first = paths[0].nodes;
    this.set('from', first[0]);
    this.set('to', first[first.length - 1]);
    this.list(paths);
    this.handlers.onPaths(paths, this.ends.from, this.ends.to);
  }

  /** Each chain, and in it each step: the two ends, the relationship, and the sentence it was read from. */
  list(paths) {
    this.parts.results.replaceChildren(
        el('p', {class: 'hint'}, `${paths.length} 条路径 paths · ${paths[0].length} 步 relationships`),
        ...paths.map((path, i) => el('section', {class: 'path', 'data-path': i},
            el('h3', {}, `路径 Path ${i + 1}`), this.steps(path))));
  }

  steps(path) {
    const names = new Map(path.nodes.map(n => [n.id, n.name ?? n.id]));
    const steps = path.edges.map((edge, i) => el('li', {},
        el('button', {type: 'button', class: 'link step', onclick: () => this.handlers.onEdge(edge)},
            `${i + 1}. ${names.get(edge.source)} —${EDGE_STYLES[edge.type]?.name ?? ''} ${edge.label ?? edge.type}→ ${names.get(edge.target)}`),
        edge.evidence ? el('blockquote', {class: 'sentence'}, edge.evidence) : el('span', {class: 'hint'}, '无原文 no sentence')));
    return el('ol', {class: 'path-steps'}, steps);
  }

  message(text) {
    this.parts.results.replaceChildren(el('p', {class: 'hint'}, text));
  }
}
