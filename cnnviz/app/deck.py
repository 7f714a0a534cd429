"""The guided tour as a slide deck: a 16:9 PDF (one page per chapter, the chapter's title and
sentences as real, selectable text above the app in that chapter's state) or a folder of
1920x1080 PNGs (the window with its caption bar, as the class sees it).

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
from cnnviz.safe_write import shown_path
from cnnviz.tour import Tour

SLIDE = (1920, 1080)
DPI = 144  # a 13.333 x 7.5 in page (PowerPoint's 16:9) is 1920 x 1080 dots at 144 dpi
DECK_FONT_SCALE = 1.3  # the board's texts on a projected slide
MARGIN = 48


def export_deck(tour: Tour, trainer, label: str, out: str | Path, window_class, theme: th.Theme = th.LIGHT,
                progress: Callable[[int, int], bool] | None = None) -> Path:
    """Write the deck to out (.pdf, or a folder for PNGs), each chapter shown in an offscreen
    window_class (the app's MainWindow: passed in, as the window's own menu calls this).
    `progress(done, total)` returning False cancels (nothing is written). Returns the path."""
    from cnnviz.app.preferences import Preferences

    out = Path(out)
    pdf = out.suffix.lower() == ".pdf"
    # Each page is kept compressed (painted into the PDF, or a PNG) as soon as it is shown: memory stays
    # flat over the chapters. Nothing is written until the last one (a cancel writes nothing).
    pages = PdfPages(tour.chapters[0].title, theme) if pdf else PngPages()
    try:
        with tempfile.TemporaryDirectory() as settings:
            window = window_class(trainer.images, label, theme=theme, trainer=trainer,
                                  preferences=Preferences(Path(settings) / "cnnviz.ini"))
            try:
                _show_chapters(window, tour, pdf, pages, progress)
            finally:
                window.close()
    finally:
        data = pages.finish()
    if pdf:
        return ex.write_bytes(out, data)
    return save_pngs(out, data)


def _show_chapters(window, tour: Tour, pdf: bool, pages, progress) -> None:
    window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.show()
    window.resize(*SLIDE)  # after show(): the offscreen screen would clamp it
    for hide in (window.controls_area, window.menuBar(), window.statusBar()):
        hide.setVisible(False)
    window.apply_font_scale(DECK_FONT_SCALE)
    for mode_panel in (window.stepthrough.panel, window.compare.panel):
        mode_panel.set_interactive(False)  # a slide has no buttons to press
    if not window.tour.enter(tour):
        raise ex.ExportError(window.last_error or "the tour could not start")
    window.tour.caption.setVisible(not pdf)  # the PDF writes the caption as text instead
    window.tour.caption.set_interactive(False)
    total = len(tour.chapters)
    for i in range(total):
        if not window.tour.go(i, animate=False):
            raise ex.ExportError(window.last_error)
        ex.settle()
        window.redraw()
        ex.settle()
        title, text = window.tour.shown  # the caption for the lesson shown, as the class reads it
        pages.add(title, text, window.centralWidget().grab().toImage())
        if progress is not None and progress(i + 1, total) is False:
            raise ex.ExportCancelled()
    window.tour.leave()


class PdfPages:
    """One 16:9 page per (title, text, picture), painted as it comes: title and text as real text,
    the picture below. finish() returns the PDF's bytes."""

    def __init__(self, title: str, theme: th.Theme):
        self.theme, self.count = theme, 0
        self.buffer = QtCore.QBuffer()
        self.buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QtGui.QPdfWriter(self.buffer)
        self.writer.setResolution(DPI)
        self.writer.setPageSize(QtGui.QPageSize(QtCore.QSizeF(SLIDE[0] / DPI, SLIDE[1] / DPI),
                                                QtGui.QPageSize.Unit.Inch))
        self.writer.setPageMargins(QtCore.QMarginsF(0, 0, 0, 0))
        self.writer.setTitle(title)
        self.writer.setCreator("cnnviz")
        self.painter: QtGui.QPainter | None = None

    def add(self, title: str, text: str, picture: QtGui.QImage) -> None:
        if self.painter is None:
            self.painter = QtGui.QPainter(self.writer)
        else:
            self.writer.newPage()
        _paint_page(self.painter, title, text, picture, self.theme)
        self.count += 1

    def finish(self) -> bytes:
        if self.painter is not None:
            self.painter.end()
            self.painter = None
        return bytes(self.buffer.data())


class PngPages:
    """Each chapter's picture on a 1920x1080 canvas, kept as PNG bytes; finish() returns the list."""

    def __init__(self):
        self.pngs: list[bytes] = []

    def add(self, title: str, text: str, picture: QtGui.QImage) -> None:
        canvas = QtGui.QImage(*SLIDE, QtGui.QImage.Format.Format_RGB32)
        canvas.fill(QtGui.QColor("white"))
        painter = QtGui.QPainter(canvas)
        painter.drawImage(0, 0, picture)
        painter.end()
        self.pngs.append(ex.png_bytes(canvas))

    def finish(self) -> list[bytes]:
        return self.pngs


def pdf_bytes(pages: list[tuple[str, str, QtGui.QImage]], theme: th.Theme) -> bytes:
    """The PDF of (title, text, picture) pages at once (PdfPages, for a list in hand)."""
    deck = PdfPages(pages[0][0] if pages else "cnnviz", theme)
    for page in pages:
        deck.add(*page)
    return deck.finish()


def _paint_page(painter: QtGui.QPainter, title: str, text: str, picture: QtGui.QImage, theme: th.Theme) -> None:
    width, height = SLIDE
    painter.fillRect(0, 0, width, height, QtGui.QColor(theme.background))
    painter.setPen(QtGui.QColor(theme.foreground))
    font = QtGui.QFont()
    font.setPointSizeF(24)
    font.setBold(True)
    painter.setFont(font)
    flags = QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.TextFlag.TextWordWrap
    title_rect = painter.boundingRect(QtCore.QRect(MARGIN, MARGIN // 2, width - 2 * MARGIN, height), flags, title)
    painter.drawText(title_rect, flags, title)
    font.setPointSizeF(14)
    font.setBold(False)
    painter.setFont(font)
    text_rect = painter.boundingRect(QtCore.QRect(MARGIN, title_rect.bottom() + 8, width - 2 * MARGIN, height),
                                     flags, text)
    painter.drawText(text_rect, flags, text)
    # The app below, as large as fits, centred.
    top = text_rect.bottom() + 16
    area = QtCore.QRect(MARGIN // 2, top, width - MARGIN, height - top - MARGIN // 2)
    size = picture.size().scaled(area.size(), QtCore.Qt.AspectRatioMode.KeepAspectRatio)
    target = QtCore.QRect(area.x() + (area.width() - size.width()) // 2, area.y(), size.width(), size.height())
    painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, picture)


def check_deck_folder(folder: str | Path) -> Path:
    """A folder for the deck's PNGs: new (its parent writable), empty, or holding only an earlier
    deck's chapter_NN.png files (replaced); anything else is refused (ExportError) and left alone."""
    folder = Path(folder).expanduser()
    if folder.name.startswith("."):
        raise ex.ExportError(f"cannot write the deck into {shown_path(folder)}: a name starting with '.' would be a hidden folder")
    if folder.exists() and not folder.is_dir():
        raise ex.ExportError(f"cannot write the deck into {shown_path(folder)}: it is a file")
    if not folder.exists():
        return ex.check_output(folder)  # its parent exists and is writable
    foreign = sorted(p.name for p in folder.iterdir() if not re.fullmatch(r"chapter_\d+\.png", p.name))
    if foreign:
        raise ex.ExportError(f"cannot write the deck into {shown_path(folder)}: the folder holds other files "
                             f"({foreign[0]}{', …' if len(foreign) > 1 else ''}); choose an empty or new folder")
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
    dialog = QtWidgets.QProgressDialog("Rendering the tour's chapters…", "Cancel", 0, total, parent)
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
        window, "Export the tour as slides (.pdf; no extension: a folder of PNGs)", start,
        "PDF slides (*.pdf);;PNG slides in a folder (*)")
    if not path:
        return None
    return export_deck_from_window(window, path)


def export_deck_from_window(window, path: str | Path) -> Path | None:
    from cnnviz.tour import TourError, load_tour

    try:
        tour = window.tour.tour or load_tour()
    except TourError as e:
        window.show_error("Slides not exported", str(e))
        return None
    trainer = window.tour.start_copy() if window.tour.active else window.copy_trainer(pause=True)
    if trainer is None:
        return None
    try:
        written = export_deck(tour, trainer, window.image_label, path, type(window), th.LIGHT,
                              deck_progress(window, len(tour.chapters)))
    except ex.ExportCancelled:
        window.statusBar().showMessage("slides not exported: cancelled", 5000)
        return None
    except ex.ExportError as e:
        window.show_error("Slides not exported", str(e))
        return None
    window.statusBar().showMessage(f"wrote {len(tour.chapters)} slides to {shown_path(written)}", 5000)
    return written
