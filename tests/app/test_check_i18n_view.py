"""Issue 21: the checker's verdict screen in Chinese and German, read from its widgets and compared
with the catalogue (the .ts); rendered at 1280x800 (CNNVIZ_KEEP_PNG=folder keeps the PNGs)."""

import os
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtWidgets

from cnnviz import i18n
from cnnviz.app import check_view
from cnnviz.check import checker
from cnnviz.engine import LessonConfig
from cnnviz.i18n import qt

HOMEWORK = Path(__file__).resolve().parents[2] / "examples" / "homework"
CJK = re.compile(r"[\u4e00-\u9fff]")


def said(lang, context, source):
    text = i18n.catalogue(lang)[(context, source)]
    assert text != source
    return text


def _checked(qtbot, sample_image, lang, homework):
    from cnnviz.app.window import MainWindow

    qt.install(QtWidgets.QApplication.instance(), lang)
    window = MainWindow(sample_image, "sample:shapes", LessonConfig())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.snapshot is not None)
    dialog = check_view.check_file(window, HOMEWORK / homework)
    qtbot.waitUntil(lambda: dialog.thread is not None and dialog.thread.isFinished()
                    and not dialog.busy_row.isVisible(), timeout=15000)
    return window, dialog


def test_verdict_screen_in_chinese(qtbot, sample_image):
    window, dialog = _checked(qtbot, sample_image, "zh_CN", "lesson_overwrite.py")
    assert dialog.windowTitle() == said("zh_CN", "CheckView", "Check My Backprop") == "检查我的反向传播"
    assert dialog.verdict.text() == said("zh_CN", "CheckReport", "Wrong") + "  (overwrite)"  # the id as --json says it
    assert dialog.headline.text() == said("zh_CN", "Checker", checker.HEADLINES["overwrite"]).replace(
        "`+=`", "“+=”").replace("`=`", "“=”")  # code in quotes on screen
    details = dialog.diagnosis.toPlainText()
    assert said("zh_CN", "Checker", checker.SENTENCES["overwrite"]).replace("`", "") in details
    assert said("zh_CN", "CheckReport", "evidence: {evidence}").split("{")[0] + "你的 dw 只等于第 900 个位置的贡献" in details
    buttons = {b.text() for b in dialog.findChildren(QtWidgets.QPushButton)}
    assert {said("zh_CN", "CheckView", t) for t in ("Choose File…", "Check Again", "Show in Step-Through", "Close")} <= buttons
    shown = [dialog.headline.text(), details, *buttons]
    assert all(CJK.search(text) for text in shown)  # every sentence on the screen is Chinese
    dialog.close()
    window.close()


@pytest.mark.parametrize("lang", ["de", "zh_CN"])
def test_render_verdict_screen(qtbot, sample_image, tmp_path, lang):
    window, dialog = _checked(qtbot, sample_image, lang, "lesson_two_bugs.py")
    dialog.resize(1280, 800)
    qtbot.waitExposed(dialog)
    QtWidgets.QApplication.processEvents()
    out = tmp_path / f"check-{lang}.png"
    assert dialog.grab().save(str(out))
    from PIL import Image

    img = np.asarray(Image.open(out).convert("RGB"))
    assert img.shape[:2] == (800, 1280)
    headline = dialog.headline
    assert headline.heightForWidth(headline.width()) <= headline.height() + 1  # the sentence is not cut
    if os.environ.get("CNNVIZ_KEEP_PNG"):
        shutil.copy(out, Path(os.environ["CNNVIZ_KEEP_PNG"]) / out.name)
    dialog.close()
    window.close()


def test_no_english_left_on_the_verdict_screen(qtbot, sample_image):
    """In the pseudo-language every sentence the dialog writes is marked: one left out of the
    catalogue would show in plain English (the file's name, ids and numbers are not sentences)."""
    window, dialog = _checked(qtbot, sample_image, i18n.PSEUDO, "lesson_stale.py")
    texts = [w.text() for w in dialog.findChildren(QtWidgets.QAbstractButton)
             if w.isVisibleTo(dialog) and w.text().strip()]
    texts += [dialog.windowTitle(), dialog.headline.text(), dialog.again.toolTip()]
    assert all(i18n.is_pseudo(t) for t in texts), [t for t in texts if not i18n.is_pseudo(t)]
    assert dialog.verdict.text().split("  ")[0] == i18n.pseudo("Wrong")
    paragraphs = [line for line in dialog.diagnosis.toPlainText().splitlines() if line.strip()]
    assert paragraphs[0].startswith("stale: [")  # the id, then its sentence
    assert all(i18n.is_pseudo(line.removeprefix("stale: ")) for line in paragraphs), paragraphs
    dialog.close()
    window.close()
