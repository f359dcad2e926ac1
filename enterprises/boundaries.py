"""A region's boundary: a GeoJSON Polygon or MultiPolygon (RFC 7946 geometry) in GCJ-02 degrees, the coordinates
the mini program's wx.getLocation and the enterprises' own `lat`/`lng` use. The command screen draws it under the
enterprises' dots: a base map without tiles. Pure (the standard library and core.errors only).

A boundary is checked whole before anything is written: the geometry type, closed rings of at least four positions,
[longitude, latitude] pairs of finite numbers inside mainland China's extent (GCJ-02 is defined only there), and at
most MAX_POSITIONS positions in all (it is sent to every wall screen)."""

import math

from core.errors import InvalidInput

MAX_POSITIONS = 5000
# Mainland China's extent, with a margin: outside it GCJ-02 coordinates are the WGS-84 ones, so a point there is
# almost certainly the wrong datum or swapped axes.
LNG_RANGE = (73.0, 136.0)
LAT_RANGE = (3.0, 54.0)
DECIMALS = 6  # ~0.1 m: more is noise


def _invalid(message: str) -> InvalidInput:
    return InvalidInput(f"区域边界无效:{message}", code="REGION_BOUNDARY_INVALID",
                        detail=[{"field": "boundary", "message": message}])


def _position(value, where: str) -> list[float]:
    if not isinstance(value, list) or len(value) != 2:
        raise _invalid(f"{where}应为 [经度, 纬度]")
    if not all(isinstance(n, (int, float)) and not isinstance(n, bool) and abs(n) <= 1000 and math.isfinite(n)
               for n in value):  # (a JSON integer of 400 digits would overflow a float: refused before that)
        raise _invalid(f"{where}的经纬度须为有限的数字")
    lng, lat = float(value[0]), float(value[1])
    if not (LNG_RANGE[0] <= lng <= LNG_RANGE[1] and LAT_RANGE[0] <= lat <= LAT_RANGE[1]):
        raise _invalid(f"{where}不在中国境内(须为 GCJ-02 的 [经度, 纬度],经度在前)")
    return [round(lng, DECIMALS), round(lat, DECIMALS)]


def _polygon(rings, where: str) -> list[list[list[float]]]:
    if not isinstance(rings, list) or not rings:
        raise _invalid(f"{where}须至少有一个环")
    checked = []
    for n, ring in enumerate(rings):
        name = f"{where}第 {n + 1} 个环"
        if not isinstance(ring, list) or len(ring) < 4:
            raise _invalid(f"{name}至少需要 4 个点(首尾相同)")
        positions = [_position(p, f"{name}的第 {m + 1} 个点") for m, p in enumerate(ring)]
        if positions[0] != positions[-1]:
            raise _invalid(f"{name}未闭合(首尾两点须相同)")
        if len({tuple(p) for p in positions}) < 3:
            raise _invalid(f"{name}至少需要 3 个不同的点")
        checked.append(positions)
    return checked


def validate(shape) -> dict | None:
    """The boundary as stored (coordinates rounded), or None to clear it; InvalidInput REGION_BOUNDARY_INVALID
    when it is anything else."""
    if shape is None:
        return None
    if not isinstance(shape, dict) or shape.get("type") not in ("Polygon", "MultiPolygon"):
        raise _invalid("须为 GeoJSON 的 Polygon 或 MultiPolygon")
    coordinates = shape.get("coordinates")
    if shape["type"] == "Polygon":
        checked = _polygon(coordinates, "多边形")
        count = sum(len(ring) for ring in checked)
    else:
        if not isinstance(coordinates, list) or not coordinates:
            raise _invalid("MultiPolygon 须至少有一个多边形")
        checked = [_polygon(polygon, f"第 {n + 1} 个多边形") for n, polygon in enumerate(coordinates)]
        count = sum(len(ring) for polygon in checked for ring in polygon)
    if count > MAX_POSITIONS:
        raise _invalid(f"点数 {count} 超过上限 {MAX_POSITIONS}")
    return {"type": shape["type"], "coordinates": checked}


def _cross(o, a, b) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The convex hull, counter-clockwise (Andrew's monotone chain)."""
    points = sorted(set(points))
    if len(points) < 3:
        return points
    lower, upper = [], []
    for p in points:
        while len(lower) >= 2 and _cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(points):
        while len(upper) >= 2 and _cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def around(points: list[tuple[float, float]], margin_m: float, steps: int = 16) -> dict:
    """A Polygon enclosing (lng, lat) points with `margin_m` metres to spare: the convex hull of a circle around
    each. Used for the demo's plausible grid and community outlines."""
    if not points:
        raise ValueError("no points to enclose")
    mid_lat = sum(lat for _, lat in points) / len(points)
    dlat = margin_m / 111_320.0
    dlng = dlat / math.cos(math.radians(mid_lat))
    ring = _hull([(lng + dlng * math.cos(2 * math.pi * k / steps), lat + dlat * math.sin(2 * math.pi * k / steps))
                  for lng, lat in points for k in range(steps)])
    ring = [[round(lng, DECIMALS), round(lat, DECIMALS)] for lng, lat in ring]
    return {"type": "Polygon", "coordinates": [ring + [ring[0]]]}
