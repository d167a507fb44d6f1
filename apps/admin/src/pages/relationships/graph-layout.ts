/**
 * Places a relational graph of depth ≤ 2 on rings around the person at its centre: their relations on
 * the first ring, relations of those on the second, each next to the first-ring person it came
 * through. Deterministic, so the picture does not jump between renders the way a force layout does.
 */
export interface LayoutNode {
  id: string;
  depth: number;
}

export interface LayoutEdge {
  from: string;
  to: string;
}

export interface Point {
  x: number;
  y: number;
}

const FIRST_RING_RADIUS = 220;
const RING_GAP = 200;
/** Room each node needs along its ring, so labels do not overlap. */
const NODE_ARC = 170;

export function radialLayout(nodes: LayoutNode[], edges: LayoutEdge[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  const byDepth = (depth: number) => nodes.filter((node) => node.depth === depth).map((node) => node.id);
  for (const id of byDepth(0)) positions.set(id, { x: 0, y: 0 });

  const neighbours = new Map<string, string[]>();
  for (const { from, to } of edges) {
    neighbours.set(from, [...(neighbours.get(from) ?? []), to]);
    neighbours.set(to, [...(neighbours.get(to) ?? []), from]);
  }

  const firstRing = byDepth(1).sort();
  const firstRadius = ringRadius(firstRing.length, FIRST_RING_RADIUS);
  const angleOf = new Map<string, number>();
  firstRing.forEach((id, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(firstRing.length, 1);
    angleOf.set(id, angle);
    positions.set(id, polar(firstRadius, angle));
  });

  // Each second-ring person sits by the first-ring person they are reached through (the nearest by
  // angle), fanned out around that person and pushed along where fans would overlap.
  const parents = new Map<string, string[]>();
  for (const id of byDepth(2).sort()) {
    const parent = (neighbours.get(id) ?? []).filter((neighbour) => angleOf.has(neighbour)).sort()[0] ?? '';
    parents.set(parent, [...(parents.get(parent) ?? []), id]);
  }
  const secondCount = byDepth(2).length;
  const secondRadius = Math.max(ringRadius(secondCount, firstRadius + RING_GAP), firstRadius + RING_GAP);
  const step = NODE_ARC / secondRadius;
  const wanted = [...parents.entries()].flatMap(([parent, children]) => {
    const centre = angleOf.get(parent) ?? Math.PI / 2;
    return children.map((id, index) => ({ id, angle: centre + (index - (children.length - 1) / 2) * step }));
  });
  wanted.sort((a, b) => a.angle - b.angle);
  const evenly = wanted.length * step >= 2 * Math.PI;
  let previous = -Infinity;
  wanted.forEach(({ id, angle }, index) => {
    const placed = evenly
      ? (wanted[0]?.angle ?? 0) + (2 * Math.PI * index) / wanted.length
      : Math.max(angle, previous + step);
    previous = placed;
    positions.set(id, polar(secondRadius, placed));
  });
  return positions;
}

function ringRadius(count: number, minimum: number): number {
  return Math.max(minimum, (count * NODE_ARC) / (2 * Math.PI));
}

function polar(radius: number, angle: number): Point {
  return { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
}
