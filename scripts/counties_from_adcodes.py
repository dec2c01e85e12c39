"""Write the `counties:` lists of assistant/data/regions.yaml from an administrative-division table.

Source used: adcodes.csv of the PyPI package cpca 0.5.5 (MIT licence; columns adcode,name,...),
unpacked from its wheel:  python scripts/counties_from_adcodes.py path/to/adcodes.csv
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


if __name__ == "__main__":
    main(sys.argv[1])
