"""Bilingual help inside the workbook: the Instructions sheet and a note on every header."""

from __future__ import annotations

from typing import Any

from xlsxwriter.workbook import Workbook

from convoy.exchange.schema import LIST_KINDS, Kind
from convoy.exchange.workbook_layout import INSTRUCTIONS, NO, SHEETS, YES, Column

KIND_HINTS: dict[Kind, tuple[str, str]] = {
    Kind.TEXT: ("texto", "text"),
    Kind.CODE: ("código: minúsculas, dígitos y guiones (los-angeles)", "code: lowercase letters, digits and hyphens"),
    Kind.INT: ("número entero", "whole number"),
    Kind.DECIMAL: ("número", "number"),
    Kind.BOOL: (f"{YES} o {NO}", f"{YES} (yes) or {NO}"),
    Kind.DATE: ("fecha AAAA-MM-DD", "date YYYY-MM-DD"),
    Kind.TIME: ("hora HH:MM (hora local de la etapa)", "time HH:MM (local time of the leg)"),
    Kind.REF: ("clave o código de otro registro", "key or code of another record"),
}

TEXTS: tuple[tuple[str, str], ...] = (
    ("Cómo se usa", "How to use it"),
    (
        "Llene una hoja por tipo de registro. La fila 1 de cada hoja tiene los encabezados: no los cambie. "
        "Las columnas en rojo son obligatorias; cada encabezado tiene una nota con su formato.",
        "Fill in one sheet per kind of record. Row 1 of each sheet holds the headers: do not change them. "
        "Red columns are required; each header has a note with its format.",
    ),
    (
        "Los registros se citan por su clave: una organización por su clave (mun-14039), una etapa, un eje, "
        "una actividad por su código, una sede por su código dentro de su etapa, una persona por su nombre "
        "dentro de su organización.",
        "Records refer to one another by key: an organization by its key (mun-14039), a leg, an axis, an "
        "activity by its code, a venue by its code within its leg, a person by name within its organization.",
    ),
    (
        "Las filas de Pausas, Sedes y Traslados van bajo su etapa; las de Personas bajo su organización; las de "
        "Disponibilidad bajo su contraparte (organización y etapa); las de Intereses bajo una delegación (etapa "
        "vacía) o una contraparte (con su etapa).",
        "Rows of Breaks, Venues and Travel times belong to their leg; People to their organization; Availability "
        "to its counterpart (organization and leg); Interests to a delegation (leg empty) or a counterpart (with "
        "its leg).",
    ),
    (
        "Fechas AAAA-MM-DD; horas HH:MM en la hora local de la etapa. Listas en una celda separadas por ; o , "
        "(si un elemento lleva coma, separe con ;). Sí o no: «sí» o «no».",
        "Dates YYYY-MM-DD; times HH:MM in the leg's local time. Lists in a cell separated by ; or , (when an item "
        "holds a comma, separate with ;). Yes or no: “sí” or “no”.",
    ),
    (
        "Claves INEGI con ceros a la izquierda (01001); países ISO 3166-1 (MX, US, JP); subdivisiones ISO 3166-2 "
        "(MX-JAL, US-CA); monedas ISO 4217 (USD); zonas horarias IANA (America/Los_Angeles); códigos SCIAN.",
        "INEGI keys zero-padded (01001); countries ISO 3166-1 (MX, US, JP); subdivisions ISO 3166-2 (MX-JAL, "
        "US-CA); currencies ISO 4217 (USD); IANA time zones (America/Los_Angeles); SCIAN codes.",
    ),
    (
        "Sintético: «sí» cuando el dato es inventado (por ejemplo, datos de muestra). Fuente: URL o referencia "
        "pública del dato.",
        "Synthetic: “sí” when the record is invented (e.g. sample data). Source: URL or public reference.",
    ),
    (
        "Importe con: convoy import ARCHIVO.xlsx. Se revisa todo el libro y se informan todos los errores a la vez "
        "con su hoja, fila y columna; si hay alguno, no se guarda nada. Importar el mismo libro dos veces no "
        "cambia nada.",
        "Import with: convoy import FILE.xlsx. The whole workbook is checked and every error is reported at once "
        "with its sheet, row and column; if there is any, nothing is stored. Importing the same workbook twice "
        "changes nothing.",
    ),
)


def column_hint(column: Column) -> str:
    field = column.field
    es, en = ("Obligatorio", "Required") if field.required else ("Opcional", "Optional")
    if field.kind is Kind.CHOICE or field.kind is Kind.CHOICES:
        values = ", ".join(field.choices)
        kind_es, kind_en = f"valores: {values}", f"values: {values}"
    else:
        kind_es, kind_en = KIND_HINTS.get(field.kind, ("texto", "text"))
    if field.kind in LIST_KINDS:
        kind_es, kind_en = f"lista separada por ; o , ({kind_es})", f"list separated by ; or , ({kind_en})"
    return f"{column.header}\n{es}: {kind_es}.\n{en}: {kind_en}."


def write_instructions(book: Workbook, *, formats: dict[str, Any]) -> None:
    ws = book.add_worksheet(INSTRUCTIONS)
    ws.set_column(0, 0, 24)
    ws.set_column(1, 2, 70, formats["wrap"])
    ws.write_string(0, 0, "Convoy", formats["title"])
    ws.write_string(0, 1, "Plantilla de misión", formats["title"])
    ws.write_string(0, 2, "Mission template", formats["title"])
    row = 2
    for es, en in TEXTS:
        ws.write_string(row, 1, es, formats["wrap"] if row > 2 else formats["bold"])
        ws.write_string(row, 2, en, formats["wrap"] if row > 2 else formats["bold"])
        row += 1
    row += 1
    ws.write_string(row, 0, "Hoja / Sheet", formats["bold"])
    ws.write_string(row, 1, "Columnas", formats["bold"])
    ws.write_string(row, 2, "Columns", formats["bold"])
    for sheet in SHEETS:
        row += 1
        ws.write_string(row, 0, f"{sheet.name} / {sheet.en}")
        ws.write_string(row, 1, ", ".join(c.es for c in sheet.columns))
        ws.write_string(row, 2, ", ".join(c.en for c in sheet.columns))
