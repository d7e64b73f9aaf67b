// Kinds of node (official, company, government body, region, project, ...) and their colours and
// shapes, from /kinds.json. graph/registry.json is their source: RegistryAgreementTest checks this
// file and kinds.json against it, and the GraphML and GEXF exports colour nodes by the registry.

let kinds = [];

export async function loadKinds() {
  const response = await fetch('/kinds.json');
  kinds = (await response.json()).kinds;
  return kinds;
}

/** The first kind any of whose labels the node carries; the last (catch-all) kind otherwise. */
export function kindOf(labels = []) {
  return kinds.find(k => k.labels.some(l => labels.includes(l))) ?? kinds[kinds.length - 1];
}

export function allKinds() {
  return kinds;
}

/** How each relationship type is drawn; the legend and the filters list them in this order. */
export const EDGE_STYLES = {
  LEADS: {name: '主政', color: '#d64545', style: 'solid'},
  HOLDS_POSITION: {name: '任职', color: '#e57373', style: 'solid'},
  WORKS_FOR: {name: '企业任职', color: '#f06292', style: 'solid'},
  VISITED: {name: '考察拜访', color: '#e08a1e', style: 'dashed'},
  APPOINTED: {name: '任命', color: '#b71c1c', style: 'dashed'},
  LEFT_POST: {name: '离任', color: '#8d6e63', style: 'dashed'},
  INVESTS_IN: {name: '投资', color: '#7b4fc9', style: 'solid'},
  LOCATED_IN: {name: '位于', color: '#2e9e68', style: 'solid'},
  PART_OF: {name: '隶属', color: '#8fbf9f', style: 'dotted'},
  IN_INDUSTRY: {name: '所属产业', color: '#1aa3b8', style: 'dotted'},
  FOR_REGION: {name: '统计地区', color: '#5c9ead', style: 'dotted'},
  REPORTED: {name: '报道', color: '#9aa5b1', style: 'dotted'},
  MENTIONS: {name: '提及', color: '#c3cad2', style: 'dotted'},
};

/** Types the network follows until the user says otherwise (MENTIONS and REPORTED pull in whole articles). */
export const DEFAULT_OFF = new Set(['MENTIONS', 'REPORTED']);
