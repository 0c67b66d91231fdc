"""Opening a readout from its web address, against a local server the tests start (127.0.0.1 only)."""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path

import pytest
from conftest import SAMPLES
from test_readers import readout_pdf
from web_server import ENGLISH_PAGE, KOREAN_PAGE, endless, page, redirect, send, serving, slow

from desktop_app import cli
from desktop_app.core.documents import address_name, load_address
from desktop_app.core.load import fetch
from desktop_app.core.load.raw import MAX_FILE_BYTES
from desktop_app.core.model import DocumentError
from desktop_app.core.project.file import (
    Project,
    load_project,
    project_from_dict,
    project_to_dict,
    save_project,
)

GREEK = "<html><body><main><p>Οι δύο πλευρές συμφώνησαν να συνεργαστούν στενά.</p></main></body></html>"


def statements(document: object) -> list[str]:
    return [s.clean_text for s in document.statements]  # type: ignore[attr-defined]


def test_a_utf8_page_is_read_like_a_saved_page_with_its_address_and_time() -> None:
    with serving({"/press/12": page(ENGLISH_PAGE)}) as base:
        document = load_address(f"{base}/press/12")
    assert statements(document)[0].startswith("Minister Yoon Seojin held talks")
    assert len(document.statements) == 4 and document.format == "html" and document.encoding == "utf-8"
    assert "Home" not in document.text and "Copyright" not in document.text  # furniture dropped as ever
    assert document.metadata.address == f"{base}/press/12" and document.source == f"{base}/press/12"
    assert document.metadata.fetched and document.metadata.fetched.endswith("Z")
    assert document.name == f"{base.removeprefix('http://')}/press/12"
    assert document.metadata.title == "Trade ministers meet in Hangzhou | Ministry of Cooperation"


def test_a_legacy_charset_declared_only_in_the_http_header_is_honoured() -> None:
    routes = {"/kr": page(KOREAN_PAGE.encode("cp949"), "text/html; charset=euc-kr"),
              "/el": page(GREEK.encode("iso-8859-7"), "text/html; charset=iso-8859-7")}
    with serving(routes) as base:
        korean, greek = load_address(f"{base}/kr"), load_address(f"{base}/el")
    assert korean.encoding == "cp949" and "윤서진 장관은" in statements(korean)[0]
    # no detector would guess ISO 8859-7 for so little text: only the header says it
    assert greek.encoding == "iso8859-7" and statements(greek) == ["Οι δύο πλευρές συμφώνησαν να συνεργαστούν στενά."]


def test_the_page_own_declaration_wins_and_a_server_default_does_not_spoil_utf8() -> None:
    routes = {"/own": page(ENGLISH_PAGE.replace("utf-8", "euc-kr").replace("Hangzhou on", "항저우 on")
                           .encode("cp949"), "text/html; charset=iso-8859-1"),
              "/default": page(KOREAN_PAGE.encode("utf-8"), "text/html; charset=iso-8859-1")}
    with serving(routes) as base:
        own, default = load_address(f"{base}/own"), load_address(f"{base}/default")
    assert own.encoding == "cp949" and "항저우" in own.text
    assert default.encoding == "utf-8" and "윤서진" in default.text


def test_plain_text_and_pdf_are_read_as_what_the_server_says_they_are() -> None:
    text = "양측은 협력하기로 했습니다.\n\n양측은 다시 만나기로 했습니다.\n"
    routes = {"/readout.txt": page(text.encode("cp949"), "text/plain; charset=euc-kr"),
              "/readout": page(readout_pdf(), "application/pdf")}
    with serving(routes) as base:
        plain, pdf = load_address(f"{base}/readout.txt"), load_address(f"{base}/readout")
    assert plain.format == "txt" and plain.encoding == "cp949" and len(plain.statements) == 2
    assert pdf.format == "pdf" and "Foreign Minister Park held talks with Wang Yi." in statements(pdf)


def test_redirects_are_followed_up_to_five_and_noted() -> None:
    routes = {"/old": redirect("/r1"), "/r1": redirect("/new", 301), "/new": page(ENGLISH_PAGE)}
    routes |= {f"/hop{i}": redirect(f"/hop{i + 1}") for i in range(6)}
    routes["/hop6"] = page(ENGLISH_PAGE)
    with serving(routes) as base:
        document = load_address(f"{base}/old")
        assert document.metadata.address == f"{base}/old"
        assert document.warnings == [f"the address led to {base}/new"]
        five = load_address(f"{base}/hop1")  # hop1 → … → hop6: five redirects
        assert len(five.statements) == 4
        with pytest.raises(DocumentError, match=r"/hop0: too many redirects \(more than 5\)$"):
            load_address(f"{base}/hop0")


def test_a_redirect_loop_and_a_redirect_to_another_scheme_are_refused() -> None:
    routes = {"/loop": redirect("/loop"), "/file": redirect("file:///etc/passwd"),
              "/ftp": redirect("ftp://127.0.0.1/readout.txt")}
    with serving(routes) as base:
        for path, words in (("/loop", "too many redirects"), ("/file", "not http:// or https://"),
                            ("/ftp", "redirects to a ftp:// address")):
            with pytest.raises(DocumentError) as error:
                load_address(base + path)
            assert str(error.value).startswith(f"{base}{path}: ") and words in str(error.value)


@pytest.mark.parametrize(("address", "words"), [
    ("file:///etc/hostname", "only http:// and https:// addresses can be opened, not file://"),
    ("ftp://127.0.0.1/readout.txt", "not ftp://"),
    ("javascript:alert(1)", "not javascript://"),
    ("example.org/press/12", "give the whole address, starting with https://"),
    ("http://", "names no host"),
])
def test_addresses_that_are_not_http_are_refused_before_any_connection(address: str, words: str) -> None:
    with pytest.raises(DocumentError) as error:
        load_address(address)
    assert str(error.value) == f"{address}: {words}" or (words in str(error.value)
                                                          and str(error.value).startswith(address))


def test_a_404_a_refused_connection_and_an_unknown_host_are_one_line_each(
        monkeypatch: pytest.MonkeyPatch) -> None:
    with serving({}) as base:
        with pytest.raises(DocumentError, match=r"/missing: the server answered 404 Not Found$"):
            load_address(f"{base}/missing")
    with socket.socket() as spare:  # a port nobody listens on
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    with pytest.raises(DocumentError, match="the connection was refused"):
        load_address(f"http://127.0.0.1:{port}/")

    def no_such_host(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no resolver is asked
    with pytest.raises(DocumentError, match=r"^http://readouts\.invalid/x: the host could not be found"):
        load_address("http://readouts.invalid/x")


def test_a_slow_server_times_out() -> None:
    with serving({"/slow": slow(2.0)}) as base:
        with pytest.raises(DocumentError, match=r"/slow: no answer within 0\.3 seconds \(timed out\)$"):
            load_address(f"{base}/slow", timeout=0.3)


def test_a_huge_page_is_refused_by_its_declared_length_or_while_reading() -> None:
    def declares_too_much(handler: object) -> None:
        handler.send_response(200)  # type: ignore[attr-defined]
        handler.send_header("Content-Type", "text/html")  # type: ignore[attr-defined]
        handler.send_header("Content-Length", str(MAX_FILE_BYTES + 1))  # type: ignore[attr-defined]
        handler.end_headers()  # type: ignore[attr-defined]

    routes = {"/declared": declares_too_much, "/endless": endless(MAX_FILE_BYTES + 2 * 1024 * 1024)}
    with serving(routes) as base:
        for path in ("/declared", "/endless"):
            with pytest.raises(DocumentError, match=rf"{path}: the page is too large \(the limit is 20 MB\)$"):
                load_address(base + path)


def test_types_that_are_no_readout_are_refused_and_unspecific_ones_sniffed() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    routes = {"/logo": page(png, "image/png"), "/data": page(b'{"a": 1}', "application/json"),
              "/blob.pdf": page(readout_pdf(), "application/octet-stream"),
              "/blob": page(png, "application/octet-stream"), "/empty": page(b"  ")}
    with serving(routes) as base:
        with pytest.raises(DocumentError, match=r"/logo: the address gives image/png, not a web page, text, "
                                                r"PDF or Word document$"):
            load_address(f"{base}/logo")
        with pytest.raises(DocumentError, match="gives application/json"):
            load_address(f"{base}/data")
        assert load_address(f"{base}/blob.pdf").format == "pdf"
        with pytest.raises(DocumentError, match=rf"^{base}/blob: this is a PNG image"):
            load_address(f"{base}/blob")
        with pytest.raises(DocumentError, match="/empty: the page is empty"):
            load_address(f"{base}/empty")


def test_a_fetch_is_cancelled_at_its_next_read() -> None:
    cancelled = threading.Event()
    cancelled.set()
    with serving({"/p": page(ENGLISH_PAGE)}) as base:
        with pytest.raises(fetch.FetchCancelled, match="/p: the fetch was cancelled"):
            load_address(f"{base}/p", cancelled=cancelled)


def test_address_names_and_address_detection() -> None:
    assert address_name("https://www.example.org/press/view.do?id=12") == "www.example.org/press/view.do?id=12"
    assert address_name("https://example.org/") == "example.org"
    assert len(address_name("https://example.org/" + "a" * 200)) == 80
    assert fetch.is_address("https://example.org/x") and fetch.is_address("file:///tmp/x")
    assert not fetch.is_address("kr.txt") and not fetch.is_address(r"C:\readouts\kr.txt")


# ------------------------------------------------------------------------------------------ the project


def test_the_address_and_fetch_time_are_kept_in_the_project(tmp_path: Path) -> None:
    from desktop_app.core.compare.comparison import compare
    from desktop_app.core.documents import load_document

    with serving({"/kr": page(ENGLISH_PAGE)}) as base:
        fetched = load_address(f"{base}/kr")
    project = Project(compare(fetched, load_document(SAMPLES / "demo-cn.txt")))
    save_project(project, tmp_path / "web.parallax")
    again = load_project(tmp_path / "web.parallax").comparison.left.metadata
    assert (again.address, again.fetched) == (fetched.metadata.address, fetched.metadata.fetched)
    data = project_to_dict(project)
    assert "address" not in data["documents"]["right"]["metadata"]  # a file's readout: as before
    data["documents"]["left"]["metadata"]["fetched"] = 20290512
    with pytest.raises(Exception, match="a text field has the wrong type"):
        project_from_dict(data)
    del data["documents"]["left"]["metadata"]["fetched"], data["documents"]["left"]["metadata"]["address"]
    assert project_from_dict(data).comparison.left.metadata.address is None  # an older project opens


# ------------------------------------------------------------------------------------------ the command line


def test_compare_two_addresses_and_an_address_with_a_file(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    routes = {"/kr": page(ENGLISH_PAGE), "/cn": page(KOREAN_PAGE.encode("cp949"), "text/html; charset=euc-kr")}
    with serving(routes) as base:
        assert cli.main(["compare", f"{base}/kr", f"{base}/cn", "-o", str(tmp_path / "both.json")]) == 0
        assert cli.main(["compare", f"{base}/kr", str(SAMPLES / "demo-cn.txt"),
                         "-o", str(tmp_path / "mixed.parallax")]) == 0
        assert cli.main(["inspect", f"{base}/cn"]) == 0
    out = capsys.readouterr().out
    assert "윤서진 장관은" in out and f"address:      {base}/cn (fetched 20" in out
    result = json.loads((tmp_path / "both.json").read_text(encoding="utf-8"))
    left = result["documents"]["left"]
    first = left["statements"][0]
    assert left["text"][first["start"]:first["end"]].startswith("Minister Yoon Seojin")
    assert left["address"] == f"{base}/kr" and left["fetched"].endswith("Z")
    assert "address" not in json.loads(cli_json(tmp_path))["documents"]["right"]
    assert load_project(tmp_path / "mixed.parallax").comparison.left.metadata.address == f"{base}/kr"


def cli_json(tmp_path: Path) -> str:
    """A comparison of two files: no address in the JSON, which stays as it was."""
    output = tmp_path / "files.json"
    assert cli.main(["compare", str(SAMPLES / "demo-kr.txt"), str(SAMPLES / "demo-cn.txt"), "-o", str(output)]) == 0
    return output.read_text(encoding="utf-8")


@pytest.mark.parametrize(("path", "words"), [
    ("/missing", "the server answered 404"), ("/logo", "gives image/png"), ("/loop", "too many redirects"),
])
def test_compare_with_an_address_that_fails_is_one_line_and_status_2(
        path: str, words: str, capsys: pytest.CaptureFixture[str]) -> None:
    routes = {"/logo": page(b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"), "/loop": redirect("/loop")}
    with serving(routes) as base:
        code = cli.main(["compare", base + path, str(SAMPLES / "demo-cn.txt")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"parallax: {base}{path}: ") and words in err[0]


def test_compare_refuses_file_and_ftp_addresses(capsys: pytest.CaptureFixture[str]) -> None:
    for address in ("file:///etc/hostname", "ftp://127.0.0.1/kr.txt"):
        assert cli.main(["compare", address, str(SAMPLES / "demo-cn.txt")]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert err == [f"parallax: {address}: only http:// and https:// addresses can be opened, "
                       f"not {address.split(':')[0]}://"]


def test_send_is_used(tmp_path: Path) -> None:  # keeps the helper honest: a route may answer any status
    with serving({"/teapot": lambda h: send(h, b"no", "text/plain", 418)}) as base:
        with pytest.raises(DocumentError, match="418"):
            load_address(f"{base}/teapot")
