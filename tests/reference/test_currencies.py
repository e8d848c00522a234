from convoy.reference.currencies import Currency, currencies, currency


def minor_units(code: str) -> int:
    found = currency(code)
    assert found is not None
    return found.minor_units


def test_minor_units() -> None:
    assert minor_units("JPY") == 0
    assert minor_units("USD") == 2
    assert minor_units("MXN") == 2
    assert minor_units("EUR") == 2
    assert minor_units("KRW") == 0


def test_known_currencies() -> None:
    assert currency("MXN") == Currency(
        code="MXN", name_es="peso mexicano", name_en="Mexican Peso", minor_units=2
    )
    assert currency("USD") == Currency(
        code="USD", name_es="dólar estadounidense", name_en="US Dollar", minor_units=2
    )
    assert currency("JPY") == Currency(
        code="JPY", name_es="yen japonés", name_en="Japanese Yen", minor_units=0
    )


def test_unknown_codes() -> None:
    assert currency("mxn") is None
    assert currency("XXXX") is None
    assert currency("") is None


def test_catalog() -> None:
    found = currencies()
    assert len(found) == 178  # pycountry's ISO 4217 list
    assert [item.code for item in found] == sorted({item.code for item in found})
    for item in found:
        assert len(item.code) == 3
        assert item.code.isupper()
        assert item.name_es
        assert item.name_en
        assert item.minor_units in (0, 2, 3, 4)
