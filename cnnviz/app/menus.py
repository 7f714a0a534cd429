"""The window's menus and keys. Keys that modes share (Space, arrows, Home/End, PageUp/Down,
Esc, R, G, +/-) send a command name through window.command(), so the mode that is on answers."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app import theme as th
from cnnviz.app.export_menu import install_export_menu
from cnnviz.app.keys_overlay import KeysOverlay
from cnnviz.app.modes import KEYS
from cnnviz.app.undo import Undo
from cnnviz.app.preferences import DIVERGING_CHOICES
from cnnviz import i18n
from cnnviz.i18n import translate


def install_menus(window) -> None:
    w = window

    def action(text, shortcut, slot, menu, tip=""):
        a = QtGui.QAction(text, w)
        if shortcut:
            a.setShortcut(QtGui.QKeySequence(shortcut))
        a.setToolTip(tip or text)
        a.triggered.connect(slot)
        menu.addAction(a)
        w.addAction(a)
        return a

    def command(name):
        return lambda: w.command(name)

    bar = w.menuBar()
    files = w.files
    w.file_menu = menu = bar.addMenu(translate("Menus", "&File"))
    action(translate("Menus", "Open Image…"), "Ctrl+O", files.open_image_dialog, menu)
    action(translate("Menus", "Open Folder as Batch…"), "Ctrl+Shift+O", files.open_folder_dialog, menu)
    menu.addSeparator()
    action(translate("Menus", "Open Lesson…"), "Ctrl+L", files.open_lesson_dialog, menu,
           translate("Menus", "Open a saved lesson: image, settings, weights, optimizer state and history"))
    action(translate("Menus", "Save Lesson"), "Ctrl+S", files.save_lesson, menu, translate("Menus", "Save everything to continue later"))
    action(translate("Menus", "Save Lesson As…"), "Ctrl+Shift+S", lambda: files.save_lesson(ask=True), menu)
    action(translate("Menus", "Export History as CSV…"), "", files.export_history_dialog, menu,
           translate("Menus", "Loss, weights and gradient buffer per recorded step, for spreadsheets"))
    action(translate("Menus", "Export Tour as Slides…"), "", lambda: _export_deck(w), menu,
           translate("Menus", "The guided tour as a 16:9 PDF (one page per chapter) or a folder of 1920x1080 PNGs"))
    w.quit_separator = menu.addSeparator()  # the export submenu and Check My Backprop… go above it
    action(translate("Menus", "Quit"), "Ctrl+Q", w.close, menu)

    menu = bar.addMenu(translate("Menus", "&Training"))
    w.play_action = action(translate("Menus", "Play / Pause"), "Space", command("play"), menu)
    action(translate("Menus", "Step One Update (step-through: forward)"), "Right", command("forward"), menu)
    action(translate("Menus", "Reset to Same Start"), "R", command("reset"), menu)
    action(translate("Menus", "New Random Start"), "Shift+R", w.new_start, menu)
    w.undo = Undo(w)
    action(translate("Menus", "Undo"), "Ctrl+Z", w.undo.undo, menu, translate("Menus", "Take back the last reset, new start, new image or settings change"))
    action(translate("Menus", "Faster"), "+", command("faster"), menu, translate("Menus", "More updates per second (also in presenter mode)"))
    action(translate("Menus", "Slower"), "-", command("slower"), menu)
    menu.addSeparator()
    w.stepthrough_action = action(translate("Menus", "Step Through Backprop"), "B", w.toggle_stepthrough, menu)
    action(translate("Menus", "Leave Step-Through or Comparison"), "Esc", command("leave"), menu)
    action(translate("Menus", "Check Gradient (step-through)"), "G", command("check"), menu)
    w.compare_action = action(translate("Menus", "Compare Shared vs Untied"), "C", w.toggle_compare, menu,
                              translate("Menus", "Train the shared filter (10 parameters) next to one filter "
                                        "per position (9,000), then test both on an image they never saw"))
    # Keys without a menu entry of their own: the mode that is on decides what they do.
    for key in ("Left", "Home", "End", "PgDown", "PgUp", "=", "Return", "Enter"):
        shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), w)
        shortcut.activated.connect(command(KEYS[key]))

    menu = w.view_menu = bar.addMenu(translate("Menus", "&View"))
    w.light_action = action(translate("Menus", "Light Theme"), "Ctrl+Shift+L", lambda: w.set_theme(
        "light" if w.light_action.isChecked() else "dark"), menu)
    w.light_action.setCheckable(True)
    w.presenter_action = action(translate("Menus", "Presenter Mode"), "F11", lambda: w.presenter.toggle(), menu,
                                translate("Menus", "Full screen, large text, only play, step and speed: for the classroom"))
    w.presenter_action.setCheckable(True)
    w.tour_action = action(translate("Menus", "Guided Tour"), "T", w.toggle_tour, menu,
                           translate("Menus", "The lesson as chapters: PageDown / PageUp (or → / ←, Space) to move, Esc to leave"))
    w.keys_overlay = KeysOverlay(w)
    action(translate("Menus", "Keys for What Is On"), "?", w.keys_overlay.toggle, menu,
           translate("Menus", "The keys of the mode that is on (tour, step-through, comparison or training)"))
    cmap_menu = menu.addMenu(translate("Menus", "Colormap for Signed Values"))
    group = QtGui.QActionGroup(w)
    for name in DIVERGING_CHOICES:
        a = cmap_menu.addAction(name)
        a.setCheckable(True)
        a.setChecked(name == w.prefs.diverging_colormap)
        a.triggered.connect(lambda _=False, name=name: set_diverging(w, name))
        group.addAction(a)
    install_language_menu(w, menu)
    help_menu = bar.addMenu(translate("Menus", "&Help"))
    action(translate("Menus", "About the Lesson"), "F1", lambda: show_about(w), help_menu)
    install_export_menu(w)
    install_check_menu(w)


# The check dialog and the deck export are imported when first chosen: the window opens sooner.
def _export_deck(window) -> None:
    from cnnviz.app.deck import export_deck_dialog

    export_deck_dialog(window)


def install_check_menu(window) -> QtGui.QAction:
    """File > Check My Backprop… (before the separator above Quit); returns the action."""
    action = QtGui.QAction(translate("Menus", "Check My Backprop…"), window)
    tip = translate("Menus", "Run your own backward pass (a .py file or a notebook) on the lesson's data and name the bug")
    action.setToolTip(tip)
    action.setStatusTip(tip)

    def choose() -> None:
        from cnnviz.app.check_view import choose_file

        choose_file(window)

    action.triggered.connect(choose)
    window.file_menu.insertAction(window.quit_separator, action)
    window.check_action = action
    return action


def show_about(window) -> None:
    QtWidgets.QMessageBox.about(window, translate("Menus", "About the lesson"), translate("Menus",
        "<p><b>One shared filter.</b> The same 9 weights and 1 bias are used at every position of the "
        "image. Backprop runs at each position and every position's contribution is <i>added</i> into "
        "one 10-value gradient buffer; the summed buffer is then applied once.</p>"
        "<p>Sum or mean only rescales the learning rate.</p>"))


def install_language_menu(window, view_menu) -> QtWidgets.QMenu:
    """View > Language: the system's or one of the shipped languages, each named in its own
    language; remembered, and applied when cnnviz starts again (every text is made at startup)."""
    menu = view_menu.addMenu(translate("Menus", "Language"))
    group = QtGui.QActionGroup(window)
    system = i18n.display_name(i18n.system_language(QtCore.QLocale.system().name()))
    choices = [("", translate("Menus", "System Language ({language})").format(language=system))]
    choices += list(i18n.LANGUAGES.items())
    for code, name in choices:
        a = menu.addAction(name)
        a.setCheckable(True)
        a.setChecked(code == window.prefs.language)
        a.triggered.connect(lambda _=False, code=code: choose_language(window, code))
        group.addAction(a)
    window.language_menu = menu
    return menu


def choose_language(window, code: str) -> None:
    """Remember the language ("" = the system's) and say when it applies."""
    window.prefs.set("language", code)
    window.prefs.sync()
    name = i18n.display_name(code) if code else translate("Menus", "the system's language")
    window.statusBar().showMessage(translate("Menus", "The window will be in {language} when cnnviz starts "
                                                      "again.").format(language=name), 30000)


def set_diverging(window, name: str) -> None:
    """The colormap for signed values: remembered, and the panels rebuilt with it."""
    th.set_diverging(name)
    window.prefs.set("diverging_colormap", name)
    window.set_theme(window.theme.name)
