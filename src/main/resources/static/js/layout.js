// Positions for large neighbourhoods, computed in one pass over the nodes instead of a simulation,
// so that two thousand nodes are placed in a few milliseconds and the page never waits for a layout.
// The walk from the centre makes a tree: each node's first-found neighbours are its children. The
// children that have none of their own sit in a sunflower disk around their parent (golden-angle
// spiral: even spacing, no rings to grow huge), and the children that do sit on a ring outside that
// disk, each given the room its own cluster needs, so that clusters never overlap.

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Sunflower radius per square root of the number of points, as a share of the spacing. */
const SUNFLOWER = 0.62;

/**
 * @param centre     id of the node in the middle
 * @param ids        ids of every node to place
 * @param edges      [{source, target}] among them
 * @param spacing    distance kept between neighbouring nodes, in model pixels
 * @param order      compares two ids: the order of siblings (e.g. by kind, so that colours group)
 * @return Map id → {x, y}
 */
export function clusterPositions(centre, ids, edges, spacing, order = () => 0) {
  const neighbours = new Map(ids.map(id => [id, []]));
  for (const {source, target} of edges) {
    neighbours.get(source)?.push(target);
    neighbours.get(target)?.push(source);
  }
  const roots = [centre, ...ids.filter(id => id !== centre)];
  const children = new Map();
  const walk = [];
  const seen = new Set();
  for (const root of roots) {
    if (seen.has(root) || !neighbours.has(root)) {
      continue;
    }
    // Nodes not linked to the centre (there should be none) become children of the centre.
    if (root !== centre && neighbours.has(centre)) {
      children.get(centre)?.push(root);
    }
    seen.add(root);
    walk.push(root);
    for (let i = walk.length - 1; i < walk.length; i++) {
      const id = walk[i];
      const found = neighbours.get(id).filter(next => !seen.has(next));
      found.forEach(next => seen.add(next));
      children.set(id, found.sort(order));
      walk.push(...found);
    }
  }
  const radius = footprints(walk, children, spacing);
  const positions = new Map([[centre, {x: 0, y: 0}]]);
  for (const id of walk) {
    const at = positions.get(id) ?? {x: 0, y: 0};
    positions.set(id, at);
    const kids = children.get(id);
    const leaves = kids.filter(k => !children.get(k).length);
    leaves.forEach((leaf, i) => {
      const r = spacing * SUNFLOWER * Math.sqrt(i + 3);
      const angle = (i + 1) * GOLDEN_ANGLE;
      positions.set(leaf, {x: at.x + r * Math.cos(angle), y: at.y + r * Math.sin(angle)});
    });
    const hubs = kids.filter(k => children.get(k).length);
    if (hubs.length) {
      const {ring, angles} = hubRing(hubs, radius, sunflowerRadius(leaves.length, spacing), spacing);
      // Hubs share the circle in proportion to their size; what is left over is spread between them.
      const slack = (2 * Math.PI - angles.reduce((a, b) => a + b, 0)) / hubs.length;
      let angle = -Math.PI / 2;
      hubs.forEach((hub, i) => {
        angle += angles[i] / 2;
        positions.set(hub, {x: at.x + ring * Math.cos(angle), y: at.y + ring * Math.sin(angle)});
        angle += angles[i] / 2 + slack;
      });
    }
  }
  return positions;
}

/** Radius of the disk each node's cluster takes, computed leaves first (the walk read backwards). */
function footprints(walk, children, spacing) {
  const radius = new Map();
  for (let i = walk.length - 1; i >= 0; i--) {
    const id = walk[i];
    const kids = children.get(id);
    const leaves = kids.filter(k => !children.get(k).length).length;
    const hubs = kids.filter(k => children.get(k).length);
    const inner = sunflowerRadius(leaves, spacing);
    if (!hubs.length) {
      radius.set(id, inner + spacing / 2);
      continue;
    }
    const {ring} = hubRing(hubs, radius, inner, spacing);
    radius.set(id, ring + Math.max(...hubs.map(h => radius.get(h))));
  }
  return radius;
}

function sunflowerRadius(points, spacing) {
  return points ? spacing * SUNFLOWER * Math.sqrt(points + 3) : 0;
}

/** The smallest ring outside the leaves' disk on which the hubs' disks fit side by side, and each hub's angle on it. */
function hubRing(hubs, radius, inner, spacing) {
  const sizes = hubs.map(h => radius.get(h) + spacing / 2);
  const widest = Math.max(...sizes);
  let ring = Math.max(inner + widest + spacing / 2, sizes.reduce((a, b) => a + b, 0) / Math.PI);
  const anglesAt = r => sizes.map(s => 2 * Math.asin(Math.min(1, s / r)));
  let angles = anglesAt(ring);
  while (hubs.length > 1 && angles.reduce((a, b) => a + b, 0) > 2 * Math.PI) {
    ring *= 1.1;
    angles = anglesAt(ring);
  }
  return {ring, angles: hubs.length > 1 ? angles : [0]};
}
