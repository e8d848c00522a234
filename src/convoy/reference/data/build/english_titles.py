"""Decisions behind the English SCIAN titles (see ../PROVENANCE.md).

``REJECTED_NAICS_CODES``: SCIAN codes whose code also exists in NAICS 2022 but names a
different activity there (Mexican national detail, swapped classes, private/public splits),
so the NAICS title would mislead; reviewed by hand on 2026-11-21 from the pairs listed by
``screen_naics_titles.py``. These codes get no English title (``title_en`` is None).

``CONVOY_TITLES_EN``: English titles written for Convoy for the SCIAN sectors and subsectors
that have no NAICS code of their own (Mexico's 43/46 trade sectors, 93, 511, 515); they are
translations of the SCIAN Spanish titles, not NAICS titles.
"""

from __future__ import annotations

# NAICS keys the range sectors "31-33", "44-45", "48-49"; SCIAN keys each two-digit code.
NAICS_RANGES = {"31": "31-33", "32": "31-33", "33": "31-33", "48": "48-49", "49": "48-49"}

REJECTED_NAICS_CODES = frozenset(
    """
    111191 111211 111219 111331 111332 111333 111334 111335 111336 111411 111421 111422
    111991 112511 112512 114111 114112 115111 115112 115113
    212311 212312 212319 212322 212323 221111 221112 221113 221114 23813 238130
    311211 311212 311213 311421 311422 311423 311512 311513 311611 311612 311613
    311811 311812 311813 311991 31521 315210 321113 321991 321992 323111 325991 326191
    327211 327212 327215 33122 333112 333241 333242 333243 333991 333992 333993 334511
    335131 335132 335311 335312 336991 336992 339112 339113 339991 339992 339993 339994
    481111 481112 483111 483112 483113 484121 485111 485112 485113
    513191 5222 52221 522210 52222 522220 5223 52231 522310 52232 522320 52239 522390
    52391 523910 52411 52412 52413 524130 5251 53111 53131 531311 532282 532411 532412
    551111 561421 561431 56211 562111 562112 56221 562211 562212 562998
    61111 611511 611512 611699 621111 621112 621391 621399 621491 621492 621511 621512
    621991 623311 623312 62422 624221 711211 711212 722513 722514
    811114 811122 811191 811192 8122 81221 812210 8123 81231 812310 81232 81291 812910
    8131 81311 813110 8132 81321
    """.split()
)

CONVOY_TITLES_EN = {
    "43": "Wholesale Trade",
    "431": "Wholesale Trade of Groceries, Food, Beverages, Ice, and Tobacco",
    "432": "Wholesale Trade of Textiles and Footwear",
    "433": (
        "Wholesale Trade of Pharmaceuticals, Perfumery, Recreational Goods, Small Appliances,"
        " and White Goods"
    ),
    "434": (
        "Wholesale Trade of Agricultural and Forestry Raw Materials, Industrial Inputs,"
        " and Waste Materials"
    ),
    "435": (
        "Wholesale Trade of Machinery, Equipment, and Furniture for Agricultural, Industrial,"
        " Commercial, and Service Activities, and of Other General Purpose Machinery"
    ),
    "436": "Wholesale Trade of Trucks and of New Parts for Cars, Vans, and Trucks",
    "437": "Wholesale Trade Intermediation",
    "46": "Retail Trade",
    "461": "Retail Trade of Groceries, Food, Beverages, Ice, and Tobacco",
    "462": "Retail Trade in Supermarkets and Department Stores",
    "463": "Retail Trade of Textiles, Costume Jewelry, Clothing Accessories, and Footwear",
    "464": "Retail Trade of Health Care Goods",
    "465": "Retail Trade of Stationery, Recreational, and Other Personal Goods",
    "466": (
        "Retail Trade of Household Goods, Computers, Interior Decoration Articles,"
        " and Used Goods"
    ),
    "467": "Retail Trade of Hardware, Paint, and Glass",
    "468": "Retail Trade of Motor Vehicles, Parts, Fuels, and Lubricants",
    "469": (
        "Retail Trade Intermediation, and Retail Trade through Printed Catalogs, Television,"
        " and Similar Media"
    ),
    "511": (
        "Publishing of Newspapers, Periodicals, Books, Software, and Other Materials,"
        " and Publishing Integrated with Printing"
    ),
    "515": "Radio and Television",
    "93": (
        "Legislative, Governmental, and Judicial Activities, and International and"
        " Extraterritorial Organizations"
    ),
    "931": "Legislative, Governmental, and Judicial Activities",
    "932": "International and Extraterritorial Organizations",
}
