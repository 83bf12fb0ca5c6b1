import { forceCollide, forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { createRandom } from '@/lib/random';

/** A circle the simulations move; x and y start as NaN so d3-force places them on its fixed spiral. */
export interface Body extends SimulationNodeDatum {
  id: string;
  r: number;
  x: number;
  y: number;
}

/** A link between two bodies; `count` links of the content it stands for. */
export interface BodyLink {
  source: string;
  target: string;
  count?: number;
}

export interface SettleOptions {
  ticks: number;
  seed: number;
  /** Space kept between two circles. */
  gap: number;
  /** Pull of a link standing for `count` links. @defaultValue 0.3 whatever the count */
  linkStrength?: (count: number) => number;
}

/**
 * Runs a force simulation to rest, synchronously: links pull their ends
 * together, circles (radius plus `gap`) push apart, and a weak pull to the
 * origin keeps the result round. The cooling schedule is stretched over
 * `ticks` steps, so fewer ticks still end at rest. The result is centred on
 * the origin, so a group's radius is measured from its middle.
 */
export function settle(bodies: Body[], links: readonly BodyLink[], options: SettleOptions): void {
  if (bodies.length < 2) {
    for (const body of bodies) Object.assign(body, { x: 0, y: 0 });
    return;
  }
  const radius = new Map(bodies.map((body) => [body.id, body.r]));
  const simulation = forceSimulation(bodies)
    .randomSource(createRandom(options.seed))
    .alphaDecay(1 - Math.pow(0.001, 1 / options.ticks))
    .force(
      'link',
      forceLink<Body, { source: string | Body; target: string | Body; count?: number }>(links.map((link) => ({ ...link })))
        .id((body) => body.id)
        .distance((link) => (radius.get(idOf(link.source)) ?? 0) + (radius.get(idOf(link.target)) ?? 0) + options.gap * 2)
        .strength((link) => (options.linkStrength ? options.linkStrength(link.count ?? 1) : 0.3)),
    )
    .force('collide', forceCollide<Body>((body) => body.r + options.gap / 2).iterations(2))
    .force('x', forceX<Body>(0).strength(0.06))
    .force('y', forceY<Body>(0).strength(0.06))
    .stop();
  simulation.tick(options.ticks);
  centre(bodies);
}

/** Pushes overlapping circles apart until none overlap (with `gap` between them); the collide force alone only gets close. */
export function separate(circles: Body[], gap: number): void {
  for (let pass = 0; pass < 200; pass++) {
    let moved = false;
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        const a = circles[i]!;
        const b = circles[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy);
        const overlap = a.r + b.r + gap - distance;
        if (overlap <= 0.5) continue;
        moved = true;
        // Coincident centres: part them along a fixed direction so the result stays deterministic.
        const [ux, uy] = distance > 1e-6 ? [dx / distance, dy / distance] : [1, 0];
        a.x -= (ux * overlap) / 2;
        a.y -= (uy * overlap) / 2;
        b.x += (ux * overlap) / 2;
        b.y += (uy * overlap) / 2;
      }
    }
    if (!moved) return;
  }
}

/** Moves circles so the middle of the box around them is the origin. */
export function centre(bodies: Body[]): void {
  const cx = (Math.min(...bodies.map((b) => b.x - b.r)) + Math.max(...bodies.map((b) => b.x + b.r))) / 2;
  const cy = (Math.min(...bodies.map((b) => b.y - b.r)) + Math.max(...bodies.map((b) => b.y + b.r))) / 2;
  for (const body of bodies) {
    body.x -= cx;
    body.y -= cy;
  }
}

function idOf(end: string | Body): string {
  return typeof end === 'string' ? end : end.id;
}
