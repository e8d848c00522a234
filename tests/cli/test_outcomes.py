"""``convoy outcomes import|convert|overdue``, ``convoy report`` and ``convoy portfolio`` on the small mission."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.outcomes.factory import make_mission, outcome_document, publish_agenda

from convoy.cli import main
from convoy.outcomes.models import Conversion, Outcome

pytestmark = pytest.mark.django_db


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, document: object) -> Path:
    path = folder / "outcomes.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_stores_the_file_and_twice_changes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    make_mission()
    path = write(tmp_path, outcome_document())
    assert run(capsys, "outcomes", "import", str(path)) == (
        0,
        "Outcomes of “mini-convoy” imported: 9 created, 0 updated, 2 projects, 15 figures, 18 conversions.\n",
        "",
    )
    code, out, _err = run(capsys, "outcomes", "import", str(path))
    assert (code, out) == (
        0,
        "Outcomes of “mini-convoy” imported: 0 created, 9 updated, 2 projects, 15 figures, 18 conversions.\n",
    )
    assert Outcome.objects.count() == 9


def test_import_lists_every_error_and_stores_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    make_mission()
    document = outcome_document()
    document["outcomes"][0]["figures"][0]["currency"] = "XYZ"
    document["outcomes"][3]["stages"][0]["evidence"] = ""
    path = write(tmp_path, document)
    code, out, err = run(capsys, "outcomes", "import", str(path))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{path}: 2 errors; nothing was stored.",
        "  outcomes[0].figures[0].currency: “XYZ” is not a currency with ECB reference rates.",
        "  outcomes[3].stages[0].stage: Stage “announced” needs evidence (a source, document or record).",
    ]
    assert Outcome.objects.count() == 0


def test_rate_policies_are_chosen_on_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    make_mission()
    path = write(tmp_path, outcome_document())
    code, _out, err = run(capsys, "outcomes", "import", str(path), "--rates", "fixed")
    assert (code, err) == (2, "convoy: error: --rates fixed needs --rate-date YYYY-MM-DD.\n")
    assert run(capsys, "outcomes", "import", str(path), "--rates", "fixed", "--rate-date", "2024-01-02")[0] == 0
    assert (
        set(Conversion.objects.exclude(source="").values_list("rate_date", flat=True)).pop().isoformat() == "2024-01-02"
    )
    assert run(capsys, "outcomes", "convert", "--rates", "announcement") == (
        0,
        "9 money figures converted to USD and MXN.\n",
        "",
    )
    assert set(Conversion.objects.values_list("policy", flat=True)) == {"announcement"}


def test_report_writes_pdf_and_html_and_refuses_other_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    make_mission()
    run(capsys, "outcomes", "import", str(write(tmp_path, outcome_document())))
    pdf, html = tmp_path / "report.pdf", tmp_path / "report.html"
    assert run(capsys, "report", "mini-convoy", "--lang", "es", "-o", str(pdf), "--as-of", "2024-06-01") == (
        0,
        f"Wrote {pdf}.\n",
        "",
    )
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert run(capsys, "report", "mini-convoy", "-o", str(html))[0] == 0
    assert '<html lang="en">' in html.read_text(encoding="utf-8")
    code, _out, err = run(capsys, "report", "mini-convoy", "-o", str(tmp_path / "report.docx"))
    assert (code, err) == (
        2,
        f"convoy: error: {tmp_path / 'report.docx'}: the file must end in .pdf, .html (this one ends in “.docx”).\n",
    )
    code, _out, err = run(capsys, "report", "nowhere", "-o", str(pdf))
    assert (code, err) == (2, "convoy: error: There is no mission “nowhere”. Available missions: mini-convoy.\n")


def test_report_counts_the_meetings_of_the_published_agenda(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    publish_agenda(make_mission())
    html = tmp_path / "report.html"
    assert run(capsys, "report", "mini-convoy", "-o", str(html), "--as-of", "2024-06-01")[0] == 0
    text = html.read_text(encoding="utf-8")
    assert (
        "There were 6 meetings on the published agenda: 4 bilateral meetings and 2 activities. Another agreed meeting "
        "was left off the agenda."
    ) in text
    assert "<tr><th>Source of the meetings</th><td>the published agenda, version 1</td></tr>" in text


def test_portfolio_prints_a_table_or_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    make_mission()
    run(capsys, "outcomes", "import", str(write(tmp_path, outcome_document())))
    code, out, _err = run(capsys, "portfolio", "--by", "state")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "By",
        "state",
        "outcomes",
        "leads",
        "announced",
        "realized",
        "USD",
        "announced",
        "USD",
        "realized",
        "jobs",
        "announced",
        "jobs",
        "realized",
        "agreements",
    ]
    assert lines[2].split()[:5] == ["Jalisco", "2", "2", "1", "1"]
    assert lines[3].split()[:3] == ["(not", "stated)", "2"]
    code, out, _err = run(capsys, "portfolio", "--json")
    payload = json.loads(out)
    assert list(payload) == ["state", "municipality", "sector", "country", "axis"]
    jalisco = next(row for row in payload["state"] if row["key"] == "14")
    assert (jalisco["investment_announced"]["USD"], jalisco["jobs_realized"]) == ("8000000.00", 250)


def test_overdue_lists_per_organizer_and_per_delegation(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    make_mission()
    run(capsys, "outcomes", "import", str(write(tmp_path, outcome_document())))
    code, out, _err = run(capsys, "outcomes", "overdue", "--as-of", "2024-06-01")
    assert (code, out.splitlines()) == (
        0,
        [
            "Overdue follow-ups per organizer, as of 2024-06-01:",
            "  SRE (2)",
            "    2023-08-01  305 days late  Visitar el terreno — Guadalajara [mini-convoy]",
            "    2024-01-15  138 days late  Primer proyecto del memorando — SRE [mini-convoy]",
        ],
    )
    code, out, _err = run(capsys, "outcomes", "overdue", "--mission", "mini-convoy", "--as-of", "2024-06-01")
    assert out.splitlines()[1:] == [
        "  Guadalajara (1)",
        "    2023-08-01  305 days late  Visitar el terreno — Guadalajara [mini-convoy]",
    ]
