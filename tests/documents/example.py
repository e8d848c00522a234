"""A small programme built by hand: two delegations, Los Angeles then Tokyo, accents and Japanese.

``example_programme(version=2)`` is the same mission after a re-plan: Guadalajara's Netflix
meeting moved from 11:00 to 12:00 and its UCLA meeting dropped.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from convoy.documents.data import (
    Activity,
    Leg,
    Party,
    Person,
    Programme,
    Text,
    TravelTime,
    Venue,
    Written,
)

LA = ZoneInfo("America/Los_Angeles")
TOKYO = ZoneInfo("Asia/Tokyo")
MISSION = "mision-prueba"

CITY_HALL = Venue("la-city-hall", "Los Angeles City Hall", "200 N Spring St, Los Angeles, CA 90012")
NETFLIX_HQ = Venue("netflix-hq", "Netflix — sede de Hollywood", "5808 Sunset Blvd, Los Angeles, CA 90028")
UCLA_CAMPUS = Venue("ucla", "UCLA", "")
FORUM = Venue("tokyo-forum", "東京国際フォーラム (Tokyo International Forum)", "3-5-1 Marunouchi, Chiyoda-ku, Tokio")

LOS_ANGELES = Leg(
    code="los-angeles",
    city="Los Ángeles",
    country="US",
    time_zone="America/Los_Angeles",
    start_date=dt.date(2023, 2, 27),
    end_date=dt.date(2023, 2, 28),
    venues=(CITY_HALL, NETFLIX_HQ, UCLA_CAMPUS),
    travel=(
        TravelTime("la-city-hall", "netflix-hq", 25),
        TravelTime("la-city-hall", "ucla", 40),
        TravelTime("netflix-hq", "ucla", 30),
    ),
)
TOKYO_LEG = Leg(
    code="tokyo",
    city="Tokio",
    country="JP",
    time_zone="Asia/Tokyo",
    start_date=dt.date(2023, 3, 2),
    end_date=dt.date(2023, 3, 2),
    venues=(FORUM,),
)

SRE = Party(
    key="sre",
    name="Secretaría de Relaciones Exteriores",
    side="organizer",
    people=(
        Person(
            "sre/lucia", "Lucía Muestra Ibáñez", "sre", "staff", "Coordinación", "+52 55 0100 0001", "lucia@example.org"
        ),
        Person("sre/kenji", "Kenji Ejemplo", "sre", "interpreter", "Intérprete japonés–español", "+81 3 0100 0002"),
    ),
)
GUADALAJARA = Party(
    key="mun-14039",
    name="Guadalajara",
    side="delegation",
    kind="municipality",
    legs=("los-angeles",),
    people=(
        Person("mun-14039/ana", "Ana Ejemplo Pérez", "mun-14039", "mayor"),
        Person(
            "mun-14039/jorge",
            "Jorge Muestra Núñez",
            "mun-14039",
            "staff",
            "Asuntos internacionales",
            "+52 33 0100 0003",
        ),
    ),
)
AGUASCALIENTES = Party(
    key="edo-01",
    name="Aguascalientes",
    side="delegation",
    kind="state",
    legs=("los-angeles", "tokyo"),
    people=(Person("edo-01/diana", "Diana Ejemplo Romo", "edo-01", "minister", "Secretaria de Desarrollo Económico"),),
)
NETFLIX = Party(
    key="netflix",
    name="Netflix",
    side="counterpart",
    kind="company",
    legs=("los-angeles",),
    confirmation="confirmed",
    profile=Written("Streaming service investing in Mexican film and series production.", "en"),
    people=(Person("netflix/sam", "Sam Example", "netflix", "contact", "Public policy", "+1 555 0100"),),
)
UCLA = Party(
    key="ucla",
    name="UCLA",
    side="counterpart",
    kind="university",
    legs=("los-angeles",),
    confirmation="pending",
    profile=Written("Universidad pública de investigación en Los Ángeles.", "es"),
)
TACHI_S = Party(
    key="tachi-s",
    name="タチエス (Tachi-S)",
    side="counterpart",
    kind="company",
    legs=("tokyo",),
    confirmation="tentative",
    profile=Written("自動車用シート製造 — fabricante de asientos automotrices con planta en Aguascalientes.", "ja"),
    people=(Person("tachi-s/hanako", "佐藤 花子", "tachi-s", "contact", "海外事業部", "+81 3 0100 0004"),),
)


def _at(zone: ZoneInfo, day: int, month: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2023, month, day, hour, minute, tzinfo=zone)


def meeting_key(delegation: str, counterpart: str, leg: str) -> str:
    return f"{MISSION}/meeting/{leg}/{delegation}/{counterpart}"


def _activities(version: int) -> tuple[Activity, ...]:
    netflix_hour = 11 if version == 1 else 12
    activities = [
        Activity(
            key=f"{MISSION}/activity/bass-reception",
            kind="plenary",
            title=Written("Encuentro con la alcaldesa de Los Ángeles", "es"),
            leg="los-angeles",
            start=_at(LA, 27, 2, 9),
            end=_at(LA, 27, 2, 10, 30),
            venue=CITY_HALL,
            everyone=True,
            attendees=("sre/lucia",),
            description=Written("Llegar 20 minutos antes; control de acceso.", "es"),
        ),
        Activity(
            key=meeting_key("mun-14039", "netflix", "los-angeles"),
            kind="bilateral",
            title=Written("Guadalajara — Netflix", "es"),
            leg="los-angeles",
            start=_at(LA, 27, 2, netflix_hour),
            end=_at(LA, 27, 2, netflix_hour, 30),
            venue=NETFLIX_HQ,
            delegations=("mun-14039",),
            counterparts=("netflix",),
            attendees=("mun-14039/ana", "mun-14039/jorge", "netflix/sam"),
            why=Written("Atraer producción audiovisual a Jalisco; ampliar la oferta de locaciones.", "es"),
            explanation=Text("Sector compartido: industrias fílmicas (5121)", "Shared sector: film industries (5121)"),
        ),
        Activity(
            key=meeting_key("edo-01", "ucla", "los-angeles"),
            kind="bilateral",
            title=Written("Aguascalientes — UCLA", "es"),
            leg="los-angeles",
            start=_at(LA, 27, 2, 10, 45),
            end=_at(LA, 27, 2, 11, 15),
            venue=UCLA_CAMPUS,
            delegations=("edo-01",),
            counterparts=("ucla",),
            attendees=("edo-01/diana",),
            why=Written("Programas de posgrado en manufactura avanzada.", "es"),
        ),
        Activity(
            key=f"{MISSION}/activity/ucla-talent",
            kind="group_session",
            title=Written("Talento y formación dual con UCLA", "es"),
            leg="los-angeles",
            start=_at(LA, 28, 2, 15),
            end=_at(LA, 28, 2, 16),
            venue=UCLA_CAMPUS,
            delegations=("mun-14039", "edo-01"),
            counterparts=("ucla",),
            attendees=("mun-14039/jorge", "edo-01/diana"),
        ),
        Activity(
            key=meeting_key("edo-01", "tachi-s", "tokyo"),
            kind="bilateral",
            title=Written("Aguascalientes — タチエス", "es"),
            leg="tokyo",
            start=_at(TOKYO, 2, 3, 10),
            end=_at(TOKYO, 2, 3, 11),
            venue=FORUM,
            delegations=("edo-01",),
            counterparts=("tachi-s",),
            attendees=("edo-01/diana", "sre/kenji", "tachi-s/hanako"),
            why=Written("Ampliación de la planta de asientos en Aguascalientes.", "es"),
        ),
    ]
    if version == 1:
        activities.append(
            Activity(
                key=meeting_key("mun-14039", "ucla", "los-angeles"),
                kind="bilateral",
                title=Written("Guadalajara — UCLA", "es"),
                leg="los-angeles",
                start=_at(LA, 28, 2, 9),
                end=_at(LA, 28, 2, 9, 30),
                venue=UCLA_CAMPUS,
                delegations=("mun-14039",),
                counterparts=("ucla",),
                attendees=("mun-14039/jorge",),
                why=Written("Intercambio académico en videojuegos y animación.", "es"),
            )
        )
    return tuple(activities)


def example_programme(version: int = 1) -> Programme:
    return Programme(
        mission=MISSION,
        title=Written("Misión de prueba — Los Ángeles y Tokio", "es"),
        organizer=SRE,
        start_date=dt.date(2023, 2, 27),
        end_date=dt.date(2023, 3, 2),
        legs=(LOS_ANGELES, TOKYO_LEG),
        parties=(GUADALAJARA, AGUASCALIENTES, NETFLIX, UCLA, TACHI_S),
        activities=_activities(version),
        version=version,
        issued=dt.datetime(2023, 2, 20 + version, 18, 0, tzinfo=dt.UTC),
    )
