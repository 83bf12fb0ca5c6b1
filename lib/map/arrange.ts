import { centre, separate, settle, type Body, type BodyLink } from './force';

/** A cluster to place: a circle of free space around a category's drawing, in a group (its document). */
export interface Cluster extends Body {
  group: string;
}

/** A group's outline: a circle around its clusters, with its name above it. */
export interface GroupOutline {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface ArrangeOptions {
  seed: number;
  /** Space between two clusters. */
  gap: number;
  /** Space between two groups' outlines (their names included). */
  groupGap: number;
  /** Space between a group's clusters and its outline. */
  groupPadding: number;
  /** Height kept free above an outline for the group's name. */
  groupLabelSpace: number;
  /** Width of each group's name, so neighbouring names never overlap. */
  groupLabelWidth: (group: string) => number;
}

/**
 * Places clusters so that clusters with many links between them sit close
 * together and no two overlap (a force simulation, then overlaps pushed
 * apart). With `grouped`, each group's clusters are placed that way inside a
 * circular outline, and the outlines, names above, are set in rows in the
 * groups' order, as a reader scans a page: a name is often wider than its
 * outline, and boxes in rows waste less room than circles pushed apart.
 * Moves the clusters' x and y; returns the outlines (none without `grouped`).
 */
export function arrangeClusters(clusters: Cluster[], links: readonly BodyLink[], grouped: boolean, options: ArrangeOptions): GroupOutline[] {
  const place = (bodies: Body[], among: readonly BodyLink[]) => {
    settle(bodies, among, { ticks: 300, seed: options.seed, gap: options.gap, linkStrength: (count) => Math.min(0.5, 0.05 * count) });
    separate(bodies, options.gap);
  };
  if (!grouped) {
    place(clusters, links);
    return [];
  }
  const groupOf = new Map(clusters.map((cluster) => [cluster.id, cluster.group]));
  const groups = [...new Set(clusters.map((cluster) => cluster.group))].map((id) => {
    const members = clusters.filter((cluster) => cluster.group === id);
    place(
      members,
      links.filter((link) => groupOf.get(link.source) === id && groupOf.get(link.target) === id),
      );
    centre(members);
    const r = Math.max(...members.map((member) => Math.hypot(member.x, member.y) + member.r)) + options.groupPadding;
    return { id, members, r, width: Math.max(2 * r, options.groupLabelWidth(id)), height: 2 * r + options.groupLabelSpace };
  });
  const spots = shelve(groups, options.groupGap);
  return groups.map(({ id, members, r }, at) => {
    const spot = spots[at]!;
    // The outline sits under its name, centred in its box.
    const x = spot.x + spot.width / 2;
    const y = spot.y + options.groupLabelSpace + r;
    for (const member of members) {
      member.x += x;
      member.y += y;
    }
    return { id, x, y, r };
  });
}

/** Width to height of the space `shelve` fills: about the map's frame on a desktop screen. */
const ASPECT = 1.6;

/**
 * Sets boxes in rows, in order, left to right: rows as wide as a rectangle
 * of ASPECT holding all the boxes (never narrower than the widest box), each
 * row centred under the widest, `gap` between boxes and rows.
 * Returns each box's top-left corner and its width.
 */
export function shelve(boxes: readonly { width: number; height: number }[], gap: number): { x: number; y: number; width: number }[] {
  const area = boxes.reduce((sum, box) => sum + (box.width + gap) * (box.height + gap), 0);
  const rowWidth = Math.max(...boxes.map((box) => box.width), Math.sqrt(area * ASPECT));
  const rows: { items: number[]; width: number; height: number }[] = [];
  boxes.forEach((box, at) => {
    const row = rows.at(-1);
    if (row && row.width + gap + box.width <= rowWidth) {
      row.items.push(at);
      row.width += gap + box.width;
      row.height = Math.max(row.height, box.height);
    } else rows.push({ items: [at], width: box.width, height: box.height });
  });
  const widest = Math.max(...rows.map((row) => row.width));
  const spots: { x: number; y: number; width: number }[] = [];
  let y = 0;
  for (const row of rows) {
    let x = (widest - row.width) / 2;
    for (const at of row.items) {
      const box = boxes[at]!;
      // Shorter boxes sit in the middle of their row's height.
      spots[at] = { x, y: y + (row.height - box.height) / 2, width: box.width };
      x += box.width + gap;
    }
    y += row.height + gap;
  }
  return spots;
}
