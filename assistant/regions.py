"""Regions: provinces, cities and national bodies, from assistant/data/regions.yaml."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.config import DATA_DIR
from assistant.datafile import load_yaml

NATIONAL = "全国"


@dataclass(frozen=True)
class Province:
    name: str
    short: tuple[str, ...]
    code: str
    prefixes: tuple[str, ...]
    cities: tuple[str, ...]
    districts: tuple[tuple[str, str], ...] = ()  # (county or district, its city without 市)
    counties: tuple[tuple[str, str], ...] = ()  # (county-level name with its suffix, its city): matched in full only
    prefectures: tuple[tuple[str, str], ...] = ()  # (bare name, full name) of cities that are not 市: 凉山 → 凉山彝族自治州

    def city_name(self, bare: str) -> str:
        """A city's name as shown: 晋中 → 晋中市, 凉山 → 凉山州 (an autonomous prefecture's short name); a 地区 or
        盟 by its full name (大兴安岭地区, 锡林郭勒盟)."""
        full = dict(self.prefectures).get(bare)
        if full is None:
            return bare + "市"
        return bare + "州" if full.endswith("州") else full

    def city_names(self) -> set[str]:
        """Every way a city of the province is written in full: 晋中市, 凉山州, 凉山彝族自治州."""
        return {self.city_name(c) for c in self.cities} | {full for _, full in self.prefectures}

    def bare_city(self, name: str) -> str | None:
        """晋中市 / 晋中 → 晋中, 凉山州 / 凉山彝族自治州 → 凉山; None when not a city of this province."""
        for bare in self.cities:
            if name in (bare, self.city_name(bare), dict(self.prefectures).get(bare)):
                return bare
        return None


@dataclass(frozen=True)
class Mentions:
    """The words around a place name that say what the mention means (regions.yaml ``mentions``)."""

    not_here_before: tuple[str, ...] = ()
    origin_before: tuple[str, ...] = ()
    origin_after: tuple[str, ...] = ()
    origin_after_not: tuple[str, ...] = ()
    moved_to_before: tuple[str, ...] = ()
    away_before: tuple[str, ...] = ()
    away_after: tuple[str, ...] = ()
    sent_before: tuple[str, ...] = ()
    national_not: tuple[str, ...] = ()
    asked_after: tuple[str, ...] = ()
    school_after: tuple[str, ...] = ()
    school_after_not: tuple[str, ...] = ()
    left_before: tuple[str, ...] = ()
    returned_after: tuple[str, ...] = ()
    worked_in_before: tuple[str, ...] = ()
    worked_in_after: tuple[str, ...] = ()
    elsewhere_before: tuple[str, ...] = ()
    elsewhere_after: tuple[str, ...] = ()
    registered_before: tuple[str, ...] = ()
    registered_after: tuple[str, ...] = ()

    def registered(self, text: str, start: int, end: int) -> bool:
        """The name at ``text[start:end]`` is where a firm or body is registered (“在苏州注册的公司”, “执照办在成都”).

        >>> m = regions().mentions
        >>> t = "我们是在南京注册的培训公司，在杭州有个教学点"; m.registered(t, 4, 6), m.registered(t, 16, 18)
        (True, False)
        >>> t = "公司执照办在绵阳"; m.registered(t, 6, 8)
        True
        >>> t = "在太原市场监管局注册的"; m.registered(t, 1, 3)
        True
        >>> t = "我们在衢州有个点，在浙江并未单独注册"; m.registered(t, 10, 12)
        False
        """
        before = text[max(0, start - 6) : start]
        if any(before.endswith(w) for w in self.registered_before):
            return True
        # the word saying so a few words on in the clause (“在运城的市场监管局登记注册的”), not denied on the way
        # (“在浙江并未单独注册”)
        after = re.split(r"[，,。；;！!？?]", text[end : end + 10])[0]
        return any(0 <= (at := after.find(w)) <= 6 and not re.search(r"[没未不]", after[:at]) for w in self.registered_after)

    def role(self, text: str, start: int, end: int) -> str:
        """"not_here", "left", "school", "moved_to", "asked_in", "origin", "away", "sent" or "place" for the name at ``text[start:end]``.

        >>> m = regions().mentions
        >>> [m.role(t, t.index("浙江"), t.index("浙江") + 2) for t in ("我是浙江人", "不在浙江", "浙江人社厅", "在浙江工作", "老家浙江的")]
        ['origin', 'not_here', 'place', 'place', 'origin']
        >>> m.role("在浙江打了十年工，回江西老家开店", 10, 12)
        'moved_to'
        >>> t = "去年从广东回老家南充的"; m.role(t, t.index("广东"), t.index("广东") + 2), m.role(t, t.index("南充"), t.index("南充") + 2)
        ('left', 'moved_to')
        >>> t = "前年从广东打工回来的，去年3月办的执照"; m.role(t, t.index("广东"), t.index("广东") + 2)
        'left'
        >>> m.role("凉山的脱贫户去浙江的厂里打工", 7, 9)
        'away'
        >>> t = "我们村组织了15个脱贫户到江苏进厂"; m.role(t, t.index("江苏"), t.index("江苏") + 2)
        'sent'
        >>> m.role("能在山西这边申请当见习单位吗", 2, 4)
        'asked_in'
        >>> m.role("重庆大学", 0, 2), m.role("浙江大学生开店", 0, 2)
        ('school', 'place')
        >>> m.role("之前在东莞电子厂打工快十年，去年底回了老家县城", 3, 5), m.role("之前在东莞打工", 3, 5)
        ('left', 'origin')
        >>> m.role("前些年一直在深圳打工，前年回来的", 6, 8), m.role("老何在苏州打了八年工，前年回来开店", 3, 5), m.role("老何在苏州打工", 3, 5)
        ('left', 'left', 'place')
        >>> m.role("听说四川那边给1万，广东能拿多少", 2, 4), m.role("听说四川有个求职补贴", 2, 4)
        ('not_here', 'place')
        """
        before, after = text[max(0, start - 6) : start], text[end : end + 6]
        if any(before.endswith(w) for w in self.not_here_before):
            return "not_here"
        if any(before.endswith(w) for w in self.elsewhere_before) and any(after.startswith(w) for w in self.elsewhere_after):
            return "not_here"
        if any(before.endswith(w) for w in self.left_before) and any(w in text[end:] for w in self.returned_after):
            return "left"
        if any(before.endswith(w) for w in self.worked_in_before) and any(w in text[end : end + 8] for w in self.worked_in_after) and any(w in text[end:] for w in self.returned_after):
            return "left"  # “老何在苏州打了八年工，前年回来开店”: worked there, come back since
        if any(text.startswith(w, end) for w in self.school_after) and not any(text.startswith(w, end) for w in self.school_after_not):
            return "school"
        if any(before.endswith(w) for w in self.moved_to_before):
            return "moved_to"
        if any(text.startswith(w, end) for w in self.asked_after):
            return "asked_in"
        if any(before.endswith(w) for w in self.origin_before):
            return "origin"
        if any(before.endswith(w) for w in self.away_before) and any(w in text[end : end + 8] for w in self.away_after):
            # (“我们村组织了15个脱贫户到江苏进厂”: where those the person sends go — not where the person is, alone or not)
            clause = re.split(r"[，,。；;！？!?]", text[:start])[-1]
            return "sent" if any(w in clause for w in self.sent_before) else "away"
        if any(after.startswith(w) for w in self.origin_after) and not any(after.startswith(w) for w in self.origin_after_not):
            return "origin"
        return "place"


@dataclass(frozen=True)
class RegionTable:
    provinces: tuple[Province, ...]
    national_prefixes: tuple[str, ...]
    national_issuers: tuple[str, ...]
    mentions: Mentions = None  # type: ignore[assignment]

    @functools.cached_property
    def _names(self) -> list[tuple[str, str, str | None]]:
        """(surface form, province, city) for text detection, longest first."""
        names: list[tuple[str, str, str | None]] = []
        for p in self.provinces:
            names.append((p.name, p.name, None))
            names.extend((s, p.name, None) for s in p.short if len(s) >= 2)
            for city in p.cities:
                shown = p.city_name(city)
                names.append((shown, p.name, shown))
                names.append((city, p.name, shown))
            names.extend((full, p.name, p.city_name(bare)) for bare, full in p.prefectures)
            for district, city in p.districts:
                bare = re.sub(r"(区|县|市)$", "", district)
                names.append((district, p.name, p.city_name(city)))
                if len(bare) >= 2:
                    names.append((bare, p.name, p.city_name(city)))
            said = {n for n, _, _ in names}
            for county, city in p.counties:
                # “三台县的” (not “三台”): a generated list, so only the full name is taken for a place
                if county not in said and city in p.cities and not (len(county) == 2 and county.endswith("区")):
                    names.append((county, p.name, p.city_name(city)))
        return sorted(names, key=lambda n: len(n[0]), reverse=True)

    def province(self, name: str) -> Province | None:
        for p in self.provinces:
            if name == p.name or name in p.short:
                return p
        return None

    def province_of_city(self, city: str) -> str | None:
        return self._province_of_city.get(city)

    @functools.cached_property
    def _province_of_city(self) -> dict[str, str]:
        """Every way a city is written (晋中, 晋中市, 凉山州, 凉山彝族自治州) → its province, the first province's first."""
        table: dict[str, str] = {}
        for p in self.provinces:
            for bare in p.cities:
                for name in (bare, p.city_name(bare), dict(p.prefectures).get(bare)):
                    if name:
                        table.setdefault(name, p.name)
        return table

    @functools.cached_property
    def _pattern(self) -> tuple[re.Pattern[str], dict[str, tuple[str, str | None]]]:
        """One alternation, longest names first, so 晋中市 wins over 晋中 and 山西省 over 山西."""
        lookup = {surface: (province, city) for surface, province, city in self._names}
        alternation = "|".join(re.escape(s) for s, _, _ in self._names)
        return re.compile(alternation), lookup

    def find(self, text: str) -> list[tuple[str, str | None, int]]:
        """Every region named in ``text``: (province, city or None, position), in order.

        >>> [(p, c) for p, c, _ in regions().find("我在晋中市，山西的政策")]
        [('山西省', '晋中市'), ('山西省', None)]
        >>> [(p, c) for p, c, _ in regions().find("平遥的，灵石县的培训机构")]
        [('山西省', '晋中市'), ('山西省', '晋中市')]
        """
        pattern, lookup = self._pattern
        return [(*lookup[m.group(0)], m.start()) for m in pattern.finditer(text)]

    def spans(self, text: str) -> list[tuple[str, str | None, int, int]]:
        """Like ``find``, with each name's end: (province, city or None, start, end)."""
        pattern, lookup = self._pattern
        return [(*lookup[m.group(0)], m.start(), m.end()) for m in pattern.finditer(text)]

    def is_national_issuer(self, issuer: str) -> bool:
        return any(issuer.startswith(n) or n in issuer[:12] for n in self.national_issuers)

    def from_doc_number(self, number: str) -> str | None:
        if any(number.startswith(p) for p in self.national_prefixes):
            return NATIONAL
        for p in self.provinces:
            if any(number.startswith(x) for x in p.prefixes):
                return p.name
        return None


@functools.lru_cache(maxsize=1)
def regions() -> RegionTable:
    data = load_yaml((DATA_DIR / "regions.yaml").read_text(encoding="utf-8"))
    provinces = tuple(
        Province(
            name=p["name"],
            short=tuple(p.get("short") or ()),
            code=p["code"],
            prefixes=tuple(p.get("prefixes") or ()),
            cities=tuple(p.get("cities") or ()),
            districts=tuple((d, city) for city, ds in (p.get("districts") or {}).items() for d in ds),
            counties=tuple((d, city) for city, ds in ((data.get("counties") or {}).get(p["name"]) or {}).items() for d in ds),
            prefectures=tuple((p.get("prefectures") or {}).items()),
        )
        for p in data["provinces"]
    )
    national = data["national"]
    mentions = data.get("mentions") or {}
    return RegionTable(
        provinces=provinces,
        national_prefixes=tuple(national["doc_number_prefixes"]),
        national_issuers=tuple(national["issuers"]),
        mentions=Mentions(**{k: tuple(v) for k, v in mentions.items()}),
    )


def region_code(region: str) -> str:
    """A short ASCII code for ids: 'cn', 'zj', 'sx-jinzhong' style for cities.

    >>> region_code("浙江省"), region_code("全国")
    ('zj', 'cn')
    """
    table = regions()
    if region == NATIONAL:
        return "cn"
    p = table.province(region)
    if p:
        return p.code
    province = table.province_of_city(region)
    if province:
        parent = table.province(province)
        index = parent.cities.index(parent.bare_city(region) or "") if parent else 0
        return f"{parent.code if parent else 'xx'}{index + 1:02d}"
    return "xx"
