"""The guided tour as a slide deck: a 16:9 PDF (one page per chapter) or a folder of 1920x1080
PNGs, the same slides: the window with its caption bar in the chapter's state, laid out as
presenter mode lays it out on a 1920x1080 projector (presenter-size text, the chapter's panels).
The PDF's pages are drawn as vectors: its text is real and searchable (without ligatures), its
maps' cells small images that stay crisp at any zoom, and the file small.

Each chapter is shown in an offscreen window of its own size, exactly as the tour shows it live
(animations at their last frame), so the deck and the classroom never disagree.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Callable

from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app import export as ex
from cnnviz.app import theme as th
from cnnviz.app.layout import presenter_scale
from cnnviz.i18n import translate
from cnnviz.safe_write import shown_path
from cnnviz.tour import Tour

SLIDE = (1920, 1080)
DPI = 144  # a 13.333 x 7.5 in page (PowerPoint's 16:9) is 1920 x 1080 dots at 144 dpi


def tour_title(tour: Tour) -> str:
    """The deck's title (the PDF's metadata): the tour's own title if the script has one, else the
    lesson's name and the script's (not the first chapter's title, which is one slide's)."""
    title = getattr(tour, "title", "")
    return title or translate("Deck", "cnnviz guided tour: one shared 3×3 filter ({name})").format(name=Path(tour.source).stem)


def no_ligatures(font: QtGui.QFont) -> QtGui.QFont:
    """The font without ligatures ("ﬀ" in "buffer"): a PDF's text is searched and copied letter by
    letter, and a ligature glyph extracts as one character ("buﬀer" would not match "buffer")."""
    font = QtGui.QFont(font)
    font.setStyleStrategy(font.styleStrategy() | QtGui.QFont.StyleStrategy.PreferNoShaping)
    for tag in ("liga", "clig", "dlig"):
        try:
            font.setFeature(QtGui.QFont.Tag(tag), 0)
        except (AttributeError, TypeError, ValueError):  # PySide6 before 6.7: PreferNoShaping alone
            break
    return font


def export_deck(tour: Tour, trainer, label: str, out: str | Path, window_class, theme: th.Theme = th.LIGHT,
                progress: Callable[[int, int], bool] | None = None) -> Path:
    """Write the deck to out (.pdf, or a folder for PNGs), each chapter shown in an offscreen
    window_class (the app's MainWindow: passed in, as the window's own menu calls this), in
    presenter mode's layout for a 1920x1080 screen. The PDF and the PNGs are the same slides:
    the PNGs are the window's picture, the PDF draws the same widgets as vector pages (real,
    searchable text; cells as small images, crisp at any zoom).
    `progress(done, total)` returning False cancels (nothing is written). Returns the path."""
    from cnnviz.app.preferences import Preferences

    out = Path(out)
    pdf = out.suffix.lower() == ".pdf"
    app = QtWidgets.QApplication.instance()
    app_font = app.font()
    app.setFont(no_ligatures(app_font))  # the window's widgets are made with it
    pngs: list[bytes] = []  # each slide kept compressed as soon as it is shown: memory stays flat
    writer = painter = buffer = None
    if pdf:
        buffer, writer = _pdf_writer(tour_title(tour))
        painter = QtGui.QPainter(writer)
    try:
        with tempfile.TemporaryDirectory() as settings:
            window = window_class(trainer.images, label, theme=theme, trainer=trainer,
                                  preferences=Preferences(Path(settings) / "cnnviz.ini"))
            try:
                window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
                window.show()
                window.resize(*SLIDE)  # after show(): the offscreen screen would clamp it
                for hide in (window.controls_area, window.menuBar(), window.statusBar()):
                    hide.setVisible(False)
                window.apply_font_scale(presenter_scale(SLIDE[1], window.prefs.presenter_font_scale))
                for mode_panel in (window.stepthrough.panel, window.compare.panel):
                    mode_panel.set_interactive(False)  # a slide has no buttons to press
                if not window.tour.enter(tour):
                    raise ex.ExportError(window.last_error or translate("Deck", "the tour could not start"))
                window.tour.caption.set_interactive(False)
                window.tour.caption.lower()  # drawn first: a PDF page's text reads title first
                total = len(tour.chapters)
                for i in range(total):
                    if not window.tour.go(i, animate=False):
                        raise ex.ExportError(window.last_error)
                    ex.settle()
                    window.redraw()
                    ex.settle()
                    central = window.centralWidget()
                    if pdf:
                        if i:
                            writer.newPage()
                        painter.fillRect(0, 0, *SLIDE, QtGui.QColor(theme.background))
                        central.render(painter, QtCore.QPoint(0, 0))
                    else:
                        pngs.append(_slide_png(central.grab().toImage()))
                    if progress is not None and progress(i + 1, total) is False:
                        raise ex.ExportCancelled()
                window.tour.leave()
            finally:
                window.close()
    finally:
        if painter is not None and painter.isActive():
            painter.end()
        app.setFont(app_font)
    if pdf:
        return ex.write_bytes(out, bytes(buffer.data()))
    return save_pngs(out, pngs)


def _pdf_writer(title: str) -> tuple[QtCore.QBuffer, QtGui.QPdfWriter]:
    """A 16:9 PDF in memory: 13.333 x 7.5 in pages of 1920 x 1080 dots, titled `title`."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageSize(QtGui.QPageSize(QtCore.QSizeF(SLIDE[0] / DPI, SLIDE[1] / DPI), QtGui.QPageSize.Unit.Inch))
    writer.setPageMargins(QtCore.QMarginsF(0, 0, 0, 0))
    writer.setTitle(title)
    writer.setCreator("cnnviz")
    return buffer, writer


def _slide_png(picture: QtGui.QImage) -> bytes:
    """The window's picture on a 1920x1080 canvas, as PNG bytes."""
    canvas = QtGui.QImage(*SLIDE, QtGui.QImage.Format.Format_RGB32)
    canvas.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(canvas)
    painter.drawImage(0, 0, picture)
    painter.end()
    return ex.png_bytes(canvas)


def check_deck_folder(folder: str | Path) -> Path:
    """A folder for the deck's PNGs: new (its parent writable), empty, or holding only an earlier
    deck's chapter_NN.png files (replaced); anything else is refused (ExportError) and left alone."""
    folder = Path(folder).expanduser()
    if folder.name.startswith("."):
        raise ex.ExportError(translate("Deck", "cannot write the deck into {path}: a name starting with '.' would be a "
                                        "hidden folder").format(path=shown_path(folder)))
    if folder.exists() and not folder.is_dir():
        raise ex.ExportError(translate("Deck", "cannot write the deck into {path}: it is a file").format(path=shown_path(folder)))
    if not folder.exists():
        return ex.check_output(folder)  # its parent exists and is writable
    foreign = sorted(p.name for p in folder.iterdir() if not re.fullmatch(r"chapter_\d+\.png", p.name))
    if foreign:
        raise ex.ExportError(translate("Deck", "cannot write the deck into {path}: the folder holds other files "
                                       "({names}); choose an empty or new folder").format(
            path=shown_path(folder), names=foreign[0] + (", …" if len(foreign) > 1 else "")))
    return folder


def save_pngs(folder: Path, pngs: list[bytes]) -> Path:
    """One 1920x1080 PNG per chapter: chapter_01.png, ... (the caption bar is in the picture);
    an earlier deck's extra chapters go."""
    folder = check_deck_folder(folder)
    old = sorted(folder.iterdir()) if folder.is_dir() else []
    folder.mkdir(parents=True, exist_ok=True)
    written = set()
    for i, png in enumerate(pngs, start=1):
        written.add(ex.write_bytes(folder / f"chapter_{i:02d}.png", png).name)
    for stale in old:
        if stale.name not in written:
            stale.unlink()
    return folder


def deck_progress(parent: QtWidgets.QWidget, total: int) -> Callable[[int, int], bool]:
    """A progress dialog with Cancel for the app's File > Export Tour as Slides."""
    dialog = QtWidgets.QProgressDialog(translate("Deck", "Rendering the tour's chapters…"), translate("Deck", "Cancel"),
                                       0, total, parent)
    dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)

    def update(done: int, total: int) -> bool:
        dialog.setValue(done)
        QtWidgets.QApplication.processEvents()
        cancelled = dialog.wasCanceled()
        if done >= total:
            dialog.reset()  # not close(): closing a progress dialog counts as Cancel
        return not cancelled

    return update


def export_deck_dialog(window) -> Path | None:
    """File > Export Tour as Slides: the tour (the one on screen, else the default) from the run
    as it is now (or as it was when the tour started), light theme, with progress and Cancel."""
    start = str(Path(window.prefs.last_folder) / "slides.pdf")
    path, _ = QtWidgets.QFileDialog.getSaveFileName(
        window, translate("Deck", "Export the tour as slides (.pdf; no extension: a folder of PNGs)"), start,
        translate("Deck", "PDF slides (*.pdf);;PNG slides in a folder (*)"))
    if not path:
        return None
    return export_deck_from_window(window, path)


def export_deck_from_window(window, path: str | Path) -> Path | None:
    from cnnviz.tour import TourError, load_tour

    try:
        tour = window.tour.tour or load_tour()
    except TourError as e:
        window.show_error(translate("Deck", "Slides not exported"), str(e))
        return None
    trainer = window.tour.start_copy() if window.tour.active else window.copy_trainer(pause=True)
    if trainer is None:
        return None
    try:
        written = export_deck(tour, trainer, window.image_label, path, type(window), th.LIGHT,
                              deck_progress(window, len(tour.chapters)))
    except ex.ExportCancelled:
        window.statusBar().showMessage(translate("Deck", "slides not exported: cancelled"), 5000)
        return None
    except ex.ExportError as e:
        window.show_error(translate("Deck", "Slides not exported"), str(e))
        return None
    window.statusBar().showMessage(translate("Deck", "wrote {count} slides to {path}").format(
        count=len(tour.chapters), path=shown_path(written)), 5000)
    return written
