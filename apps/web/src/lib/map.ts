/**
 * Build-time map of the region. Reads Natural Earth 1:50m country shapes from the `world-atlas` package,
 * projects them with d3-geo, clips them to the region and simplifies them to whole pixels, so pages carry
 * a small inline SVG and no geometry is ever fetched at run time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type StateCode, stateCodes, states } from '@csto/core';
import { type GeoStream, geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';

export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 540;

export interface MapShape {
  readonly code: StateCode;
  readonly d: string;
  /** Where the label goes, in map units. */
  readonly label: readonly [number, number];
  /** `true` when the state is too small on this map for a label inside it. */
  readonly small: boolean;
}

export interface RegionMap {
  readonly states: readonly MapShape[];
  /** Every other country in the frame, as one path. */
  readonly neighbours: string;
  /** A magnified inset of the South Caucasus, where Armenia, Azerbaijan and Georgia are too small. */
  readonly inset: {
    readonly box: readonly [number, number, number, number];
    readonly states: readonly MapShape[];
    readonly neighbours: string;
  };
}

/** Drops points closer than `tolerance` map units to the previous kept point; drops rings that collapse. */
function simplify(tolerance: number, out: GeoStream): GeoStream {
  let buffer: [number, number][] = [];
  let polygon = false;
  return {
    point(x, y) {
      buffer.push([x, y]);
    },
    lineStart() {
      buffer = [];
    },
    lineEnd() {
      const kept: [number, number][] = [];
      for (const p of buffer) {
        const last = kept.at(-1);
        if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= tolerance) kept.push(p);
      }
      if (kept.length < (polygon ? 3 : 2)) return;
      out.lineStart();
      for (const [x, y] of kept) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() {
      polygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      polygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

// Hand-placed labels where the area's centroid is a poor spot (Russia's centroid sits in Siberia's east).
const LABEL_SHIFT: Partial<Record<StateCode, readonly [number, number]>> = {
  RU: [-60, 40],
  UZ: [-30, -8],
  KG: [30, -10],
  TJ: [10, 12],
};
const SMALL: readonly StateCode[] = ['AM', 'AZ', 'GE'];
const INSET_LABEL_SHIFT: Partial<Record<StateCode, readonly [number, number]>> = {
  AM: [-18, 14],
  AZ: [38, -8],
  GE: [-10, -6],
};

let cached: RegionMap | undefined;

/** The region's map, projected once per build. */
export function regionMap(): RegionMap {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  type Topology = Parameters<typeof feature>[0];
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology & {
    objects: { countries: Parameters<typeof feature>[1] };
  };
  const countries = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry>;

  // An equal-area conic centred on the region, framed on Belarus to Chukotka and the Pamirs to the Arctic.
  const projection = geoConicEqualArea().parallels([45, 65]).rotate([-75, 0]);
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [
      [24, 40],
      [24, 72],
      [45, 34],
      [70, 32],
      [100, 38],
      [100, 80],
      [180, 74],
      [180, 40],
    ],
  };
  projection.fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    frame,
  );
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]);
  const fine = geoPath({ stream: (s) => projection.stream(simplify(1.5, s)) }).digits(0);
  const coarse = geoPath({ stream: (s) => projection.stream(simplify(3, s)) }).digits(0);
  const plain = geoPath(projection);

  const byNumeric = new Map<string, StateCode>(stateCodes.map((code) => [states[code].numeric, code]));
  const shapes: MapShape[] = [];
  const others: string[] = [];
  for (const country of countries.features as Feature<Geometry, { name: string }>[]) {
    const code = byNumeric.get(String(country.id));
    if (code) {
      const [cx, cy] = plain.centroid(country);
      const shift = LABEL_SHIFT[code] ?? [0, 0];
      shapes.push({
        code,
        d: fine(country) ?? '',
        label: [Math.round(cx + shift[0]), Math.round(cy + shift[1])],
        small: SMALL.includes(code),
      });
    } else {
      const d = coarse(country);
      if (d) others.push(d);
    }
  }
  const missing = stateCodes.filter((code) => !shapes.some((s) => s.code === code));
  if (missing.length > 0) throw new Error(`No map shape for ${missing.join(', ')}`);
  shapes.sort((a, b) => a.code.localeCompare(b.code));

  // The inset: the South Caucasus, magnified, in the frame's lower left corner (over Turkey and the Levant).
  const box = [6, MAP_HEIGHT - 166, 216, 160] as const;
  const insetProjection = geoConicEqualArea().parallels([38, 44]).rotate([-45, 0]);
  const caucasus = countries.features.filter((f) => ['051', '031', '268'].includes(String(f.id)));
  insetProjection.fitExtent(
    [
      [box[0] + 8, box[1] + 8],
      [box[0] + box[2] - 8, box[1] + box[3] - 8],
    ],
    { type: 'FeatureCollection', features: caucasus },
  );
  insetProjection.clipExtent([
    [box[0], box[1]],
    [box[0] + box[2], box[1] + box[3]],
  ]);
  const insetPath = geoPath({ stream: (st) => insetProjection.stream(simplify(1, st)) }).digits(0);
  const insetPlain = geoPath(insetProjection);
  const insetStates: MapShape[] = [];
  const insetOthers: string[] = [];
  for (const country of countries.features) {
    const code = byNumeric.get(String(country.id));
    const d = insetPath(country);
    if (!d) continue;
    if (code) {
      const [cx, cy] = insetPlain.centroid(country);
      const shift = INSET_LABEL_SHIFT[code] ?? [0, 0];
      insetStates.push({ code, d, label: [Math.round(cx + shift[0]), Math.round(cy + shift[1])], small: false });
    } else insetOthers.push(d);
  }
  cached = {
    states: shapes,
    neighbours: others.join(''),
    inset: { box, states: insetStates, neighbours: insetOthers.join('') },
  };
  return cached;
}
