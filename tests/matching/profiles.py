"""Small hand-written profiles shared by the matching tests."""

from __future__ import annotations

from convoy.matching.model import Direction, Interest, Kind, Language, Profile

AGUASCALIENTES = Profile(
    id="ags",
    name="Gobierno de Aguascalientes",
    organization_kind="state",
    interests=(
        Interest(
            direction=Direction.NEED,
            kind=Kind.SUPPLIER_DEVELOPMENT,
            axis="economic",
            scian=("336",),
            text="Desarrollo de proveedores locales para la industria automotriz",
        ),
    ),
)

JICA = Profile(
    id="jica",
    name="JICA",
    organization_kind="agency",
    interests=(
        Interest(
            direction=Direction.OFFER,
            kind=Kind.SUPPLIER_DEVELOPMENT,
            axis="economic",
            scian=("3363",),
            text="Supplier development programme for automotive parts SMEs",
            language=Language.EN,
        ),
    ),
)

NETFLIX = Profile(
    id="netflix",
    name="Netflix",
    organization_kind="company",
    marquee=True,
    interests=(
        Interest(
            direction=Direction.OFFER,
            kind=Kind.CO_PRODUCTION,
            axis="creative_industries",
            scian=("5121",),
            text="Film and series production in Mexico",
            language=Language.EN,
        ),
        Interest(
            direction=Direction.NEED,
            kind=Kind.TALENT_TRAINING,
            axis="creative_industries",
            text="Local crews and filming locations",
            language=Language.EN,
        ),
    ),
)

BARE = Profile(id="bare", name="Sin intereses")
