"""Input formats and encodings: every input is read or accounted for with a reason."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from stats.cli import main
from stats.inputs import InputOptions, decode, html_text, iter_documents, telegram_text

UK = ("У ніч на 5 квітня противник атакував 93 ударними БпЛА типу Shahed та дронами-імітаторами. Станом на "
      "08:30 протиповітряною обороною збито або подавлено 76 ворожих безпілотників на півночі, півдні та сході "
      "країни. Зафіксовано влучання 10 ударних БпЛА на восьми локаціях, падіння уламків ще на трьох.")
RU = ("Дежурными средствами ПВО перехвачены и уничтожены 41 украинский беспилотный летательный аппарат "
      "самолётного типа: двадцать два над территорией Белгородской области, десять над Курской областью и "
      "девять над территорией Брянской области, сообщили в ведомстве в пятницу утром.")


def docs(paths: list[Path], **options: str) -> list[tuple[str, str, str, str]]:
    return [(d.doc_id, d.status, d.reason, (d.text or "")[:30]) for d in
            iter_documents(paths, InputOptions(**options))]


@pytest.mark.parametrize(("encoding", "text"), [
    ("utf-8", UK), ("utf-8-sig", RU), ("utf-16-le", UK), ("utf-16-be", RU), ("utf-16", UK),
    ("cp1251", UK), ("cp1251", RU), ("koi8_u", UK), ("koi8_r", RU),
])
def test_encodings_are_detected_and_decoded(encoding: str, text: str) -> None:
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = (b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff") + data
    decoded, _ = decode(data)
    assert decoded == text


# Written for these tests: a paragraph opening with a capital that Mac Cyrillic reads as a symbol
# ("В" -> "¬"), which is how Windows-1251 text was misread as Mac Cyrillic.
RU_NIGHT = ("В ночь на 15 мая противник выпустил по Украине 93 ударных беспилотника и две крылатые ракеты. "
            "Силы противовоздушной обороны сбили 74 дрона, ещё 12 подавлены средствами радиоэлектронной борьбы. "
            "Пострадавших нет, повреждён склад и частный дом в пригороде.")
UK_NIGHT = ("Уночі з 14 на 15 травня противник атакував Україну 93 ударними безпілотниками та дронами-імітаторами. "
            "Обидві ракети знешкоджено над Черкащиною мобільними вогневими групами. Ґрунтовна перевірка триває.")


@pytest.mark.parametrize(("text", "encoding", "found"), [
    (RU_NIGHT, "cp1251", "cp1251"),
    (UK_NIGHT, "cp1251", "cp1251"),
    (RU_NIGHT.upper(), "cp1251", "cp1251"),  # all capitals: a KOI8 reading gives lower-case nonsense
    (UK_NIGHT.upper(), "koi8_u", "koi8_u"),
    (RU_NIGHT, "koi8_r", "koi8_r"),
    (UK_NIGHT, "mac_cyrillic", "mac_cyrillic"),
    ("Сбито 74 дрона из 93.", "cp1251", "cp1251"),  # one short sentence
    ("ЗБИТО 74", "koi8_u", "koi8_r"),
    ("Der Präsident sagte, dass über 90 Drohnen abgeschossen wurden.", "cp1252", "cp1252"),
], ids=["ru-cp1251", "uk-cp1251", "ru-upper-cp1251", "uk-upper-koi8u", "ru-koi8r", "uk-mac", "short-cp1251",
        "short-upper-koi8", "de-cp1252"])
def test_code_pages_that_charset_normalizer_confuses_are_told_apart(text: str, encoding: str, found: str) -> None:
    assert decode(text.encode(encoding)) == (text, found)


def test_binary_and_undecodable_files_are_reported_not_read(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "noise.txt").write_bytes(bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 40)
    (tmp_path / "good.txt").write_text("Russia launched 12 drones.", encoding="utf-8")
    assert docs([tmp_path]) == [
        ("good.txt", "ok", "", "Russia launched 12 drones."),
        ("image.txt", "error", "binary file (contains NUL bytes)", ""),
        ("noise.txt", "error", "undecodable (not text in any known encoding)", ""),
    ]


def test_html_drops_scripts_and_styles_and_keeps_blocks_apart() -> None:
    page = ("<html><head><title>Night attack</title><style>p{color:red}</style></head><body>"
            "<script>var launched = 999;</script><h1>Drones over Kyiv</h1><p>Russia launched 40 drones.</p>"
            "<p>Air defence shot down <b>35</b> of them.</p></body></html>")
    assert html_text(page) == ("Night attack\nDrones over Kyiv\nRussia launched 40 drones.\n"
                               "Air defence shot down 35 of them.")


def test_jsonl_records_with_ids_dates_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a1", "text": "Russia launched 20 drones.", "date": "2025-06-01T09:00:00"}),
        "{not json",
        json.dumps({"id": "a3", "body": "no text field"}),
        json.dumps({"text": "Ten missiles were fired."}),
    ]), encoding="utf-8")
    got = [(d.doc_id, d.status, d.reason, d.date) for d in iter_documents([path])]
    assert got == [
        ("a1", "ok", "", "2025-06-01"),
        ("feed.jsonl:2", "error", "not JSON: Expecting property name enclosed in double quotes", ""),
        ("a3", "error", "no text in field 'text'", ""),
        ("feed.jsonl:4", "ok", "", ""),
    ]


def test_csv_records_with_chosen_fields(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    pd.DataFrame({"post": ["p1", "p2"], "body": ["Russia launched 7 missiles.", "Quiet night."],
                  "day": ["2025-03-01", ""]}).to_csv(path, index=False)
    got = [(d.doc_id, d.text, d.date) for d in
           iter_documents([path], InputOptions(text_field="body", id_field="post", date_field="day"))]
    assert got == [("p1", "Russia launched 7 missiles.", "2025-03-01"), ("p2", "Quiet night.", "")]


def test_telegram_export_messages_and_entities(tmp_path: Path) -> None:
    export = {"name": "Air Force", "messages": [
        {"id": 10, "type": "message", "date": "2025-05-02T08:31:00",
         "text": ["Overnight the enemy launched ", {"type": "bold", "text": "55 drones"}, "; 49 were shot down."]},
        {"id": 11, "type": "service", "action": "pin_message", "text": ""},
        {"id": 12, "type": "message", "text": "", "photo": "photos/1.jpg"},
    ]}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    got = [(d.doc_id, d.status, d.reason, d.text, d.date) for d in iter_documents([path])]
    assert got == [
        ("result.json#10", "ok", "", "Overnight the enemy launched 55 drones; 49 were shot down.", "2025-05-02"),
        ("result.json#11", "skipped", "a service message", None, ""),
        ("result.json#12", "skipped", "a message without text", None, ""),
    ]
    assert telegram_text([{"type": "link", "text": "a"}, "b"]) == "ab"


def test_standard_input_is_one_document() -> None:
    stream = io.BytesIO("Russia launched 3 missiles.".encode("cp1251"))
    got = [(d.doc_id, d.text) for d in iter_documents(["-"], stdin=stream)]
    assert got == [("stdin", "Russia launched 3 missiles.")]  # not "-", which a spreadsheet reads as a formula


def test_a_corrupt_file_among_many_good_ones_does_not_stop_the_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(60):
        (corpus / f"{i:03d}.txt").write_text(f"Russia launched {i + 10} drones overnight.", encoding="utf-8")
    (corpus / "030-broken.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    assert main(["run", str(corpus), "-o", str(tmp_path / "out"), "-q"]) == 0
    manifest = pd.read_csv(tmp_path / "out" / "documents.csv", keep_default_na=False)
    assert len(manifest) == 62
    assert manifest["status"].value_counts().to_dict() == {"ok": 60, "error": 1, "skipped": 1}
    assert manifest.loc[manifest["doc_id"] == "notes.docx", "reason"].item() == "not a supported file type (.docx)"
    assert int(manifest["figures"].sum()) == 60


def test_xhtml_with_an_xml_declaration_keeps_its_text(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/'
                                        'xhtml"><body><p>Russia launched 40 drones.</p></body></html>\n')
    assert docs([tmp_path / "page.html"]) == [("page.html", "ok", "", "Russia launched 40 drones.")]


def test_html_nested_thousands_deep_is_read_whole(tmp_path: Path) -> None:
    page = "<div>" * 5000 + "Russia launched 9 drones." + "</div>" * 5000 + "<p>Then 5.</p>"
    (tmp_path / "deep.html").write_text(page)
    assert docs([tmp_path / "deep.html"]) == [("deep.html", "ok", "", "Russia launched 9 drones.\nThen")]


def test_jsonl_records_keep_line_separators_and_lone_surrogates_inside_strings(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "a", "text": "Russia launched 40 drones.\u2028Then 5 more."}, ensure_ascii=False) + "\n"
        + '{"id": "b\\ud800", "text": "Russia launched 3 drones \\udc00."}\n', encoding="utf-8")
    assert docs([tmp_path / "feed.jsonl"]) == [("a", "ok", "", "Russia launched 40 drones.\u2028The"),
                                               ("b\ufffd", "ok", "", "Russia launched 3 drones \ufffd.")]


def test_a_telegram_message_that_is_no_object_is_a_row(tmp_path: Path) -> None:
    (tmp_path / "result.json").write_text(json.dumps({"messages": [
        "stray", {"id": 7, "type": "message", "text": "Russia launched 5 drones."}]}))
    assert docs([tmp_path / "result.json"]) == [
        ("result.json#0", "error", "a message that is no JSON object", ""),
        ("result.json#7", "ok", "", "Russia launched 5 drones.")]


def test_outputs_are_readable_like_any_new_file(tmp_path: Path) -> None:
    from stats.csvio import write_csv, write_text

    write_csv(pd.DataFrame({"a": [1]}), tmp_path / "t.csv")
    write_text("x", tmp_path / "r.html")
    assert oct((tmp_path / "t.csv").stat().st_mode & 0o777) == oct(0o644)
    (tmp_path / "r.html").chmod(0o640)
    write_text("y", tmp_path / "r.html")  # an existing output keeps its mode
    assert oct((tmp_path / "r.html").stat().st_mode & 0o777) == oct(0o640)
    assert main(["run", "-o", str(tmp_path / "out"), "-q"]) == 0
    assert {oct(p.stat().st_mode & 0o777) for p in (tmp_path / "out").iterdir()} == {oct(0o644)}


def test_a_file_whose_suffix_is_not_utf8_is_skipped_with_a_printable_reason(tmp_path: Path) -> None:
    """A name's bytes that are not UTF-8 (kept as lone surrogates) are shown escaped in the skip reason, so the
    documents table can be written; the other files are read (a fuzz test found it)."""
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"notes.\x80"), "wb") as handle:
        handle.write(b"x")
    (folder / "report.txt").write_text("Russia launched 40 drones.", encoding="utf-8")
    skipped = [d for d in iter_documents([folder]) if d.status == "skipped"]
    assert [(d.doc_id, d.reason) for d in skipped] == [("notes.\\x80", "not a supported file type (.\\x80)")]
    root = tmp_path / "out"
    root.mkdir()
    assert main(["extract", str(folder), "-o", str(root / "f.csv"), "--documents", str(root / "d.csv"), "-q"]) == 0
    assert len(pd.read_csv(root / "d.csv")) == 2
