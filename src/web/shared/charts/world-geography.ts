import {
  geoArea,
  geoCentroid,
  geoNaturalEarth1,
  geoPath,
  type GeoPath,
  type GeoProjection,
} from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import isoCountries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";
import { greatCircleArcs } from "./great-circle-arc.ts";
import { SMALL_TERRITORY_POINTS } from "./small-territories.ts";
import { round1 } from "./svg-coordinate.ts";

/** The map's drawing is fixed; the SVG scales it to its container (viewBox). */
export const MAP_WIDTH = 960;

type Shape = Feature<Polygon | MultiPolygon, { name: string }>;

/** A country's outline, projected once per process. `code` is "" for a shape with no ISO code. */
export type CountryOutline = { code: string; name: string; d: string };

export type WorldGeography = {
  width: number;
  height: number;
  outlines: readonly CountryOutline[];
  /** Whether the country has its own shape on the map (else it gets a dot, if we can place it). */
  isDrawn(code: string): boolean;
  /** The projected point a link starts or ends at, or where a small territory's dot goes. */
  anchorOf(code: string): readonly [number, number] | undefined;
  /** Where a [longitude, latitude] falls on the drawing (undefined if off the map). */
  project(lonLat: readonly [number, number]): readonly [number, number] | undefined;
  /** The great-circle arc between two countries as SVG path data, or undefined if either is unplaced. */
  arcBetween(from: string, to: string): string | undefined;
};

/**
 * world-atlas features carry ISO 3166-1 numeric ids; a few shapes have none because ISO has no
 * numeric code for them. The country list people apply with (ISO 3166-1 alpha-2 plus Kosovo's
 * user-assigned XK) has no separate entry for Northern Cyprus or Somaliland, so anyone living
 * there applied as CY or SO: shading those shapes with CY and SO shows the island and the Horn
 * as the data has them, where leaving them blank would draw a hole no participant is in.
 */
const CODE_BY_NAME_OF_UNNUMBERED_SHAPE: Record<string, string> = {
  Kosovo: "XK",
  "N. Cyprus": "CY",
  Somaliland: "SO",
};

/** Shapes that only shade another country's colour: they are never a link's end. */
const SHADE_ONLY_NAMES = new Set(["N. Cyprus", "Somaliland"]);

const ANTARCTICA_NUMERIC_ID = "010";

export function codeOfShape(id: string | number | undefined, name: string): string {
  if (id !== undefined) return isoCountries.numericToAlpha2(String(id)) ?? "";
  return CODE_BY_NAME_OF_UNNUMBERED_SHAPE[name] ?? "";
}

/**
 * France, the United States, Norway and others include far-off territories: the middle of the
 * whole (geoCentroid) would fall in the sea. A line should end in the part people think of, the
 * largest polygon.
 */
function centreOfLargestPolygon(shape: Shape): [number, number] {
  const geometry = shape.geometry;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygons[0]!;
  let largestArea = -1;
  for (const coordinates of polygons) {
    const area = geoArea({ type: "Polygon", coordinates });
    if (area > largestArea) {
      largestArea = area;
      largest = coordinates;
    }
  }
  return geoCentroid({ type: "Polygon", coordinates: largest });
}

function buildWorldGeography(): WorldGeography {
  const topology = atlas as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  // Antarctica takes a fifth of the height and no librarian applies from there.
  const shapes = all.features.filter((shape) => shape.id !== ANTARCTICA_NUMERIC_ID);
  const drawn: FeatureCollection = { type: "FeatureCollection", features: shapes };

  const projection: GeoProjection = geoNaturalEarth1().fitWidth(MAP_WIDTH, drawn);
  // One decimal of a pixel in a 960-wide drawing is invisible and halves the SVG's size.
  const path: GeoPath = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(drawn);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const height = Math.ceil(bottom - top);

  const outlines: CountryOutline[] = [];
  const lonLatByCode = new Map<string, [number, number]>();
  for (const shape of shapes) {
    const name = shape.properties.name;
    const code = codeOfShape(shape.id, name);
    outlines.push({ code, name, d: path(shape) ?? "" });
    if (code && !SHADE_ONLY_NAMES.has(name)) lonLatByCode.set(code, centreOfLargestPolygon(shape));
  }
  const drawnCodes = new Set(lonLatByCode.keys());
  for (const [code, point] of Object.entries(SMALL_TERRITORY_POINTS)) {
    if (!lonLatByCode.has(code)) lonLatByCode.set(code, [point[0], point[1]]);
  }

  const anchors = new Map<string, readonly [number, number]>();
  for (const [code, lonLat] of lonLatByCode) {
    const projected = projection(lonLat);
    if (projected) anchors.set(code, [round1(projected[0]), round1(projected[1])]);
  }

  const greatCircleArc = greatCircleArcs(projection);

  // Bounded by the number of country pairs (under 250² even if every pair occurs).
  const arcs = new Map<string, string | undefined>();
  return {
    width: MAP_WIDTH,
    height,
    outlines,
    isDrawn: (code) => drawnCodes.has(code),
    project: (lonLat) => projection([lonLat[0], lonLat[1]]) ?? undefined,
    anchorOf: (code) => anchors.get(code),
    arcBetween(from, to) {
      const key = from < to ? `${from}-${to}` : `${to}-${from}`;
      if (arcs.has(key)) return arcs.get(key);
      const a = lonLatByCode.get(from);
      const b = lonLatByCode.get(to);
      const d = a && b ? greatCircleArc(a, b) : undefined;
      arcs.set(key, d);
      return d;
    },
  };
}

let cached: WorldGeography | undefined;

/** The projected world, computed on first use and kept for the life of the process. */
export function worldGeography(): WorldGeography {
  cached ??= buildWorldGeography();
  return cached;
}
