// Pictures and data out of the page: the network drawing as PNG (Cytoscape renders it) or SVG
// (written here from the nodes' positions, so it opens in Inkscape or a browser and stays sharp),
// and any table as CSV. Everything is made in the browser and saved through a blob: link.
import {el, escapeHtml} from './format.js';

/** Offers a blob to the browser as a download named file. */
export function saveBlob(blob, file) {
  const url = URL.createObjectURL(blob);
  const link = el('a', {href: url, download: file});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The whole drawing (not only what fits in the window) as a PNG at twice the screen's resolution. */
export function png(cy) {
  return cy.png({output: 'blob', full: true, scale: 2, bg: '#ffffff'});
}

const PAD = 40;

/** The drawing as SVG: edges as lines with their labels, nodes as circles or squares with their names. */
export function svg(cy, fontFamily) {
  const box = cy.elements().boundingBox({includeLabels: true});
  const width = Math.ceil(box.w + 2 * PAD);
  const height = Math.ceil(box.h + 2 * PAD);
  const x = v => (v - box.x1 + PAD).toFixed(1);
  const y = v => (v - box.y1 + PAD).toFixed(1);
  const parts = [];
  cy.edges().forEach(edge => {
    const s = edge.sourceEndpoint();
    const t = edge.targetEndpoint();
    const m = edge.midpoint();
    const dash = {dashed: ' stroke-dasharray="6 4"', dotted: ' stroke-dasharray="2 3"'}[edge.data('lineStyle')] ?? '';
    parts.push(`<line x1="${x(s.x)}" y1="${y(s.y)}" x2="${x(t.x)}" y2="${y(t.y)}" stroke="${edge.data('color')}" stroke-width="1.6"${dash} marker-end="url(#arrow)"/>`);
    if (edge.data('label')) {
      parts.push(`<text x="${x(m.x)}" y="${y(m.y)}" font-size="9" fill="#52606d" text-anchor="middle">${escapeHtml(edge.data('label'))}</text>`);
    }
  });
  cy.nodes().forEach(node => {
    const p = node.position();
    const r = node.data('size') / 2;
    const shape = ['rectangle', 'round-rectangle', 'square'].includes(node.data('shape'))
        ? `<rect x="${x(p.x - r)}" y="${y(p.y - r)}" width="${2 * r}" height="${2 * r}" rx="4"`
        : `<circle cx="${x(p.x)}" cy="${y(p.y)}" r="${r}"`;
    parts.push(`<g data-id="${escapeHtml(node.id())}">${shape} fill="${node.data('color')}" stroke="#ffffff"/>`
        + `<text x="${x(p.x)}" y="${y(p.y + r + 13)}" font-size="11" fill="#1f2933" text-anchor="middle">${escapeHtml(node.data('name'))}</text></g>`);
  });
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(fontFamily)}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#9aa5b1"/></marker></defs>
<rect width="100%" height="100%" fill="#ffffff"/>
${parts.join('\n')}
</svg>
`;
  return new Blob([text], {type: 'image/svg+xml;charset=utf-8'});
}

/** A table's header and body rows as CSV (RFC 4180 quoting, UTF-8 with a BOM so that Excel reads the Chinese). */
export function tableCsv(table) {
  const quote = text => /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  const lines = [...table.querySelectorAll('tr')]
      .map(tr => [...tr.children].map(cell => quote(cell.textContent.trim())).join(','));
  return new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], {type: 'text/csv;charset=utf-8'});
}

/** A small button that saves the table as name.csv. */
export function csvButton(table, name) {
  return el('button', {type: 'button', class: 'csv', 'data-csv': name, title: 'CSV',
    onclick: () => saveBlob(tableCsv(table), name + '.csv')}, 'CSV');
}
