"""Write the `counties:` lists of assistant/data/regions.yaml from an administrative-division table
(with ``--cities``: the prefecture-level `cities:` and `prefectures:` of every other province).

Source used: adcodes.csv of the PyPI package cpca 0.5.5 (MIT licence; columns adcode,name,...),
unpacked from its wheel:  python scripts/counties_from_adcodes.py path/to/adcodes.csv [--cities]
Prints one YAML mapping per covered province: {city without 市: [county-level names]}.  A name
that occurs more than once in the whole country (鼓楼区, 城关区), a generic one (城区, 郊区, 矿区)
or one whose bare form is a city's name is left out: it would not say where a person is.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter

COVERED = {"14": "山西省", "33": "浙江省", "36": "江西省", "41": "河南省", "51": "四川省"}
GENERIC = {"城区", "郊区", "矿区", "市辖区", "新区"}


def main(path: str) -> None:
    rows = [(r["adcode"], r["name"]) for r in csv.DictReader(open(path, encoding="utf-8"))]
    names = {code: name for code, name in rows}
    counted = Counter(name for code, name in rows if code[4:6] != "00" and code[6:] == "000000")
    cities = {code[:4]: name for code, name in rows if code[2:4] != "00" and code[4:] == "00000000"}
    for prefix, province in COVERED.items():
        out: dict[str, list[str]] = {}
        for code, name in sorted(rows):
            if not code.startswith(prefix) or code[4:6] == "00" or code[6:] != "000000":
                continue
            city = cities.get(code[:4]) or names.get(code[:2] + "0000000000")
            if not city or name in GENERIC or counted[name] > 1 or not name.endswith(("县", "市", "区", "旗")):
                continue
            bare_city = re.sub(r"(藏族|羌族|彝族|土家族|苗族|回族|蒙古族)+$", "", city.removesuffix("市").removesuffix("自治州"))
            if name.removesuffix(name[-1]) in {c.removesuffix("市") for c in cities.values()}:
                continue
            out.setdefault(bare_city, []).append(name)
        body = ", ".join(f"{c}: [{', '.join(v)}]" for c, v in out.items())
        print(f"{province}: {{{body}}}")


# prefecture-level names that are also everyday words or other places, never taken for a city: 阿里 (a company),
# 白银 (silver), 来宾 (guests), 普洱 (tea), 哈密 (melons), 和田 (jade), 玉树 (trees), 安康 (well-being), 通化 (in 普通化…),
# 朝阳 (Beijing's district), 海南 and 吉林 (the provinces' own names)
NOT_A_CITY = {"阿里", "白银", "来宾", "普洱", "哈密", "和田", "玉树", "安康", "通化", "朝阳", "海南", "吉林"}
SUFFIXES = ("市", "地区", "盟", "自治州")
PEOPLES = r"(藏族|羌族|彝族|土家族|苗族|回族|蒙古族|蒙古|朝鲜族|布依族|侗族|哈尼族|壮族|傣族|景颇族|白族|傈僳族|柯尔克孜|哈萨克)+$"


def cities(path: str) -> None:
    """Each province not covered by a document of its own: {bare name: full name} of its prefecture-level divisions
    (bare 红河 for 红河哈尼族彝族自治州, 阿勒泰 for 阿勒泰地区, 锡林郭勒 for 锡林郭勒盟)."""
    rows = [(r["adcode"], r["name"]) for r in csv.DictReader(open(path, encoding="utf-8"))]
    provinces = {code[:2]: name for code, name in rows if code[2:] == "0000000000"}
    out: dict[str, dict[str, str]] = {}
    for code, name in sorted(rows):
        if code[2:4] == "00" or code[4:] != "00000000" or code[:2] in COVERED or not name.endswith(SUFFIXES):
            continue
        suffix = next(x for x in SUFFIXES if name.endswith(x))
        bare = re.sub(PEOPLES, "", name.removesuffix(suffix))
        if bare not in NOT_A_CITY and len(bare) >= 2:
            out.setdefault(provinces[code[:2]], {})[bare] = name
    for province, names in out.items():
        print(f"{province}: {{{', '.join(f'{b}: {f}' for b, f in names.items())}}}")


if __name__ == "__main__":
    if "--cities" in sys.argv[2:]:
        cities(sys.argv[1])
    else:
        main(sys.argv[1])
