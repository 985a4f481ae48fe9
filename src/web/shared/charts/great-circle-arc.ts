import { geoPath, type GeoContext, type GeoProjection } from "d3-geo";

type Point = [number, number];

/**
 * Draws great circles between two [longitude, latitude] points as short SVG paths.
 *
 * geoPath draws a great circle as 10 to 20 straight pieces (about 100 bytes); one quadratic
 * curve through the same ends and through the middle of that polyline looks the same at a
 * map's scale and takes about 25 bytes with whole-unit coordinates (the lines are at least
 * 0.8 units wide, so half a unit off is not seen). That is what keeps a round with 2,000
 * pairs of countries under the 300 KB budget even when every arc crosses the Pacific. An arc
 * that crosses the map's edge (the antimeridian) comes out of geoPath in pieces: each piece
 * becomes its own curve, so the line still leaves the map on one side and comes in on the other.
 */
export function greatCircleArcs(
  projection: GeoProjection,
): (a: Point, b: Point) => string | undefined {
  let pieces: Point[][] = [];
  // geoPath drawing into a canvas-like context hands over the points themselves.
  const recorder: GeoContext = {
    beginPath() {},
    moveTo(x: number, y: number) {
      pieces.push([[x, y]]);
    },
    lineTo(x: number, y: number) {
      pieces[pieces.length - 1]?.push([x, y]);
    },
    closePath() {},
    arc() {},
  };
  const path = geoPath(projection, recorder);
  return (a, b) => {
    pieces = [];
    path({ type: "LineString", coordinates: [a, b] });
    const d = pieces
      .filter((piece) => piece.length > 1)
      .map(curveThrough)
      .join("");
    return d || undefined;
  };
}

/** One quadratic curve from the piece's first to its last point, through its middle. */
function curveThrough(piece: Point[]): string {
  const start = piece[0]!;
  const end = piece[piece.length - 1]!;
  const middle = pointHalfwayAlong(piece);
  // The control point that makes the curve pass through `middle` at t = 0.5.
  const control: Point = [
    2 * middle[0] - (start[0] + end[0]) / 2,
    2 * middle[1] - (start[1] + end[1]) / 2,
  ];
  return `M${whole(start)}Q${whole(control)},${whole(end)}`;
}

function pointHalfwayAlong(piece: Point[]): Point {
  const lengths = piece.slice(1).map((point, i) => distance(piece[i]!, point));
  let remaining = lengths.reduce((sum, length) => sum + length, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (remaining <= length && length > 0) {
      const t = remaining / length;
      const [x0, y0] = piece[i]!;
      const [x1, y1] = piece[i + 1]!;
      return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
    }
    remaining -= length;
  }
  return piece[piece.length - 1]!;
}

function distance([x0, y0]: Point, [x1, y1]: Point): number {
  return Math.hypot(x1 - x0, y1 - y0);
}

function whole([x, y]: Point): string {
  return `${Math.round(x)},${Math.round(y)}`;
}
