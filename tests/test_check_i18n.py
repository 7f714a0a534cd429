"""Issue 21: the checker speaks the class's language. `cnnviz check --lang de` on catalogue learner
files, the notebook's check() in Spanish; each sentence compared with what the catalogue (the .ts,
read here with xml.etree) says, the exit codes and the ids as in English, --json in English."""

import json
from pathlib import Path

from cnnviz import cli, i18n
from cnnviz.check import checker

REAL = Path(__file__).resolve().parent / "check" / "real"
CHECK = Path(__file__).resolve().parent / "check"


def said(lang: str, context: str, source: str) -> str:
    """The catalogue's translation, read from the .ts (not through translate(): what the file says)."""
    text = i18n.catalogue(lang)[(context, source)]
    assert text != source
    return text


def test_check_in_german_on_catalogue_files(capsys):
    # a notebook (code cells, magics) with the overwrite bug: the verdict in German, exit code 1
    code = cli.main(["check", str(REAL / "cs231n_notebook_overwrite.ipynb"), "--lang", "de"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[0] == said("de", "Checker", checker.HEADLINES["overwrite"])
    assert out[5] == said("de", "CheckCli", "verdict: {verdict}  ({ids})").format(
        verdict=said("de", "CheckCli", "wrong"), ids="overwrite") == "Urteil: falsch  (overwrite)"
    assert out[6] == "  [overwrite] " + said("de", "Checker", checker.SENTENCES["overwrite"])
    assert out[7].startswith("      Beleg: das dw ist allein der Beitrag von Position ")
    assert "Probe A (" in out[3] and said("de", "CheckProbes", "probe {name} ({size})").startswith("Probe")
    # a correct course file whose other imports are missing here: "Richtig", exit code 0
    code = cli.main(["check", str(REAL / "cs231n_layers_file.py"), "--lang", "de"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0] == said("de", "Checker", "Correct: your {function} gives the right gradients.").format(
        function="conv_backward_naive") == "Richtig: conv_backward_naive liefert die richtigen Gradienten."
    assert any(line.startswith(said("de", "CheckCli", "left out to run your file: {notes}").split("{")[0])
               for line in out)
    # --json is for programs: English words and the same ids whatever the language
    code = cli.main(["check", str(CHECK / "vec_overwrite.py"), "--lang", "de", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and report["diagnosis"] == ["overwrite"]
    assert report["headline"] == checker.HEADLINES["overwrite"]
    assert report["calls"][0]["probe"].startswith("probe A")


def test_notebook_check_in_spanish():
    from cnnviz import Lesson

    lesson = Lesson(lang="es")
    result = lesson.check(CHECK / "vec_overwrite.py")
    assert (result.verdict, result.diagnosis) == ("wrong", ["overwrite"])
    assert result.headline == said("es", "Checker", checker.HEADLINES["overwrite"])
    assert result.report.found[0].sentence == said("es", "Checker", checker.SENTENCES["overwrite"])
    evidence = result.report.found[0].evidence
    assert evidence.startswith("tu dw es solo la contribución de la posición 900 (δ[29,29] · el patch en la fila 29")
    assert "los datos de la lección (imagen de 32x32, 900 posiciones)" in evidence
    assert said("es", "CheckCli", "verdict: {verdict}  ({ids})").format(
        verdict=said("es", "CheckCli", "wrong"), ids="overwrite") in result.text.splitlines()


def test_why_there_is_no_sandbox_in_the_language(monkeypatch):
    """status() and choose() say why in English (--json, the report's key); a learner reads it translated."""
    from cnnviz.check import sandbox

    i18n.set_language("zh_CN")
    monkeypatch.setattr(sandbox.sys, "platform", "darwin")
    sandbox.status.cache_clear()
    try:
        ok, why = sandbox.status()
    finally:
        sandbox.status.cache_clear()  # the real machine's answer for the other tests
    assert not ok and why == "no sandbox on darwin (bubblewrap is Linux only)"
    assert sandbox.in_words(why) == said("zh_CN", "CheckSandbox", "no sandbox on {platform} (bubblewrap is Linux "
                                                                  "only)").format(platform="darwin")
    _, off = sandbox.choose("off")
    assert sandbox.in_words(off.removeprefix("not isolated: ")) == "沙箱已关闭"


def test_a_notebooks_lines_are_named_by_cell_in_the_language():
    """'Zeile 29' (the checker's words) and 'line 29' (Python's traceback) both become the cell's line."""
    from cnnviz.check.source import load_source

    i18n.set_language("de")
    source = load_source(REAL / "dlai_notebook_pad_slice.ipynb", ("conv_backward",))
    cell = source.where(29)
    assert cell.startswith("Codezelle ") and ", Zeile " in cell
    assert checker._cells_named("Fehler (Zeile 29) / File \"hw.py\", line 29", source) == \
        f"Fehler ({cell}) / File \"hw.py\", {cell}"
    i18n.set_language("zh_CN")
    cell = source.where(29)
    assert checker._cells_named("出错（第 29 行）", source) == f"出错（{cell}）" and cell.startswith("代码单元格 ")


def test_no_english_left_in_the_terminal_report(capsys):
    """In the pseudo-language each line the checker words is marked; what stays plain is data: the
    file with the course's signature, the numbers of the two grids, the ids in brackets."""
    code = cli.main(["check", str(CHECK / "vec_overwrite.py"), "--lang", "pseudo"])
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert code == 1
    data = [line for line in lines if not i18n.is_pseudo(line.strip().removeprefix("[overwrite] "))]
    assert data[0].endswith(": backward(x, w, dy) -> (dw, db, dx)")
    assert all(re_numbers(line) for line in data[1:]), data


def re_numbers(line: str) -> bool:
    """A row of the grids: numbers, * marks and the db label only."""
    return all(word in ("db",) or word.rstrip("*").replace(".", "").replace("-", "").replace("e", "").isdigit()
               for word in line.split())
