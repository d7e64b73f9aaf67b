// Formatting shared by the page: amounts in the units Chinese news uses, escaping, dates.

/** 1.6e9 → "16亿元", 3.5e6 → "350万元" (亿 = 1e8, 万 = 1e4), as the exports write them. */
export function amount(yuan) {
  if (yuan === null || yuan === undefined || Number.isNaN(yuan)) {
    return '';
  }
  const plain = n => String(Math.round(n * 100) / 100);
  if (Math.abs(yuan) >= 1e8) {
    return plain(yuan / 1e8) + '亿元';
  }
  if (Math.abs(yuan) >= 1e4) {
    return plain(yuan / 1e4) + '万元';
  }
  return plain(yuan) + '元';
}

/** Text made safe for innerHTML. */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

/** The year of an ISO date, or null. */
export function yearOf(isoDate) {
  const match = /^(\d{4})/.exec(isoDate ?? '');
  return match ? match[1] : null;
}

/** Builds an element: el('li', {class: 'x', onclick: f}, child, 'text', ...). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'style') {
      Object.assign(element.style, value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}
