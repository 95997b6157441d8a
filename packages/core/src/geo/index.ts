import type { Label } from "../registry/common.js";

/**
 * Coordinate systems a point may come in. Chinese map apps (AMap/Gaode, Tencent, the WeChat
 * location picker) give GCJ-02, Baidu gives BD-09, a raw GPS fix WGS-84. The registry stores
 * compounds in WGS-84; points are converted before they are compared.
 */
export const coordinateSystems = ["gcj02", "wgs84", "bd09"] as const;
export type CoordinateSystem = (typeof coordinateSystems)[number];

export const coordinateSystemLabels: Record<CoordinateSystem, Label> = {
  gcj02: { zh: "GCJ-02(国测局坐标，高德/腾讯地图)", en: "GCJ-02 (AMap, Tencent Maps)" },
  wgs84: { zh: "WGS-84(GPS)", en: "WGS-84 (GPS)" },
  bd09: { zh: "BD-09(百度地图)", en: "BD-09 (Baidu Maps)" },
};

export interface Point {
  lat: number;
  lng: number;
}

// The published GCJ-02 approximation (Krasovsky 1940 ellipsoid): accurate to a few metres.
const A = 6378245.0;
const EE = 0.006693421622965943;
const X_PI = (Math.PI * 3000.0) / 180.0;

/** Whether a point lies outside mainland China, where GCJ-02 equals WGS-84. */
const outOfChina = ({ lat, lng }: Point) => lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;

function transformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function transformLng(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

/** The GCJ-02 offset of a WGS-84 point. */
function offset(p: Point): Point {
  const dLat0 = transformLat(p.lng - 105.0, p.lat - 35.0);
  const dLng0 = transformLng(p.lng - 105.0, p.lat - 35.0);
  const radLat = (p.lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  return {
    lat: (dLat0 * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI),
    lng: (dLng0 * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI),
  };
}

export function wgs84ToGcj02(p: Point): Point {
  if (outOfChina(p)) return { ...p };
  const d = offset(p);
  return { lat: p.lat + d.lat, lng: p.lng + d.lng };
}

/** GCJ-02 back to WGS-84, by a few fixed-point iterations (well under a metre). */
export function gcj02ToWgs84(p: Point): Point {
  if (outOfChina(p)) return { ...p };
  let guess = { ...p };
  for (let i = 0; i < 5; i++) {
    const there = wgs84ToGcj02(guess);
    guess = { lat: guess.lat - (there.lat - p.lat), lng: guess.lng - (there.lng - p.lng) };
  }
  return guess;
}

export function bd09ToGcj02(p: Point): Point {
  const x = p.lng - 0.0065;
  const y = p.lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return { lat: z * Math.sin(theta), lng: z * Math.cos(theta) };
}

/** A point in any supported system, as WGS-84. */
export function toWgs84(p: Point, system: CoordinateSystem): Point {
  switch (system) {
    case "wgs84":
      return { ...p };
    case "gcj02":
      return gcj02ToWgs84(p);
    case "bd09":
      return gcj02ToWgs84(bd09ToGcj02(p));
  }
}

/** Great-circle distance in metres (haversine, mean earth radius). */
export function distanceMetres(a: Point, b: Point): number {
  const R = 6_371_008.8;
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The candidates nearest to `point` (same system), closest first, with their distance in whole metres. */
export function nearest<T extends Point>(
  point: Point,
  candidates: readonly T[],
  limit = 3,
  maxMetres = Number.POSITIVE_INFINITY,
): (T & { distanceMetres: number })[] {
  return candidates
    .map((c) => ({ ...c, distanceMetres: Math.round(distanceMetres(point, c)) }))
    .filter((c) => c.distanceMetres <= maxMetres)
    .sort((a, b) => a.distanceMetres - b.distanceMetres)
    .slice(0, limit);
}
