#!/usr/bin/python3
"""make a11y-check: the window as a screen reader reads it, over AT-SPI.

Runs coursedesk-a11y-driver (which shows the pages one after another and prints, for each, the labels the screen
shows on its controls), reads each page's accessible tree with pyatspi, and prints the interactive controls that
have no name or whose name contradicts the text on the screen (a name that neither is nor starts with that text, a
check box or radio button whose name is not that of the label it is labelled by, a menu item whose name holds its
shortcut). It also listens for the events that make a screen reader speak a status text that changes (the quiz
grade, a form error) and says whether each was heard. Exit status 1 when any control is unnamed or contradicts.

Usage (inside an X display with the AT-SPI bus; see a11y-check.sh): a11y_check.py <driver>
"""
import json
import queue
import subprocess
import sys
import threading
import time

import pyatspi
from gi.repository import GLib

INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "entry", "password text",
    "spin button", "slider", "menu item", "check menu item", "radio menu item", "page tab", "link", "list",
    "list item", "tree", "tree item", "table", "table cell", "tree table", "text", "document frame",
    "document text",
}
MENU_ITEMS = {"menu item", "check menu item", "radio menu item", "menu"}

events = []


def on_event(event):
    try:
        name = event.source.name if event.source else ""
        role = event.source.getRoleName() if event.source else ""
    except Exception:  # the object went away
        name, role = "", ""
    events.append((event.type, role, name, str(event.any_data)))


def pump(seconds):
    context = GLib.MainContext.default()
    deadline = time.time() + seconds
    while time.time() < deadline:
        while context.iteration(False):
            pass
        time.sleep(0.02)


def find_app(title, seconds=20):
    """The application that shows a window titled `title`."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and any(w is not None and w.name == title for w in app):
                return app
        pump(0.2)
    return None


def find_window(app, title):
    for window in app:
        if window is None:
            continue
        if window.name == title and window.getState().contains(pyatspi.STATE_SHOWING):
            return window
    for window in app:  # the active one
        if window is not None and window.getState().contains(pyatspi.STATE_ACTIVE):
            return window
    return None


def extents(node):
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return (box.x, box.y, box.width, box.height)
    except NotImplementedError:
        return None


def labelled_by(node):
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets() > 0:
            return relation.getTarget(0)
    return None


def describe(node, role):
    return "%s \"%s\"" % (role, node.name)


def check_node(node, role, shown, problems):
    name = node.name or ""
    if not name.strip():
        problems.append("no name: %s at %s" % (role, extents(node)))
        return
    if "\t" in name:
        problems.append("a shortcut in the name: %s" % describe(node, role))
    text = shown.get(extents(node))
    if text and not name.startswith(text):
        problems.append("name contradicts the screen (\"%s\"): %s" % (text, describe(node, role)))
    if role in ("check box", "radio button"):
        label = labelled_by(node)
        if label is not None and label.name.replace("&&", "&") != name:
            problems.append("name is not its label's (\"%s\"): %s" % (label.name, describe(node, role)))


def walk(node, shown, problems, counts, depth=0, in_menu=False):
    if node is None or depth > 60:
        return
    role = node.getRoleName()
    menu = in_menu or role in ("menu bar", "menu")
    state = node.getState()
    if not menu and not state.contains(pyatspi.STATE_SHOWING) and depth > 0:
        return
    if role in INTERACTIVE or (menu and role in MENU_ITEMS):
        counts[0] += 1
        if not (role == "menu item" and not node.name and node.childCount == 0):  # a separator
            check_node(node, role, shown, problems)
    if role in ("tree", "tree table", "table", "list") and node.childCount > 200:
        return
    for child in node:
        walk(child, shown, problems, counts, depth + 1, menu)


def main():
    driver = sys.argv[1]
    for kind in ("object:property-change:accessible-name", "object:property-change:accessible-description",
                 "object:text-changed", "object:state-changed:showing", "object:announcement",
                 "object:children-changed"):
        pyatspi.Registry.registerEventListener(on_event, kind)
    process = subprocess.Popen([driver], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    app = None
    failed = False
    unheard = 0
    while True:
        line = None
        deadline = time.time() + 60
        while line is None and time.time() < deadline:
            try:
                line = lines.get_nowait()
            except queue.Empty:
                pump(0.1)
        if line is None:
            print("a11y-check: the driver stopped answering", file=sys.stderr)
            return 2
        page = json.loads(line)
        if page.get("done"):
            break
        pump(1.0)  # the bridge's events for the page
        app = app or find_app(page["title"])
        if app is None:
            print("a11y-check: the application is not on the AT-SPI bus", file=sys.stderr)
            return 2
        window = find_window(app, page["title"])
        shown = {(c["x"], c["y"], c["width"], c["height"]): c["text"] for c in page["controls"]}
        problems = []
        counts = [0]
        if window is None:
            problems.append("window \"%s\" not found" % page["title"])
        else:
            walk(window, shown, problems, counts)
        heard = []
        for text in page.get("announced", []):
            said = [e for e in events if text in (e[2], e[3])]
            heard.append(("\"%s…\" announced (%s)" % (text[:40], ", ".join(sorted({e[0] for e in said}))))
                         if said else "\"%s…\" NOT announced" % text[:40])
            unheard += 0 if said else 1
        failed |= bool(problems)
        print("%-50s %3d controls, %s" % (page["page"], counts[0],
                                         "%d problem(s)" % len(problems) if problems else "no problem"))
        for problem in problems:
            print("    " + problem)
        for line in heard:
            print("    change: " + line)
        sys.stdout.flush()
        del events[:]
        process.stdin.write("next\n")
        process.stdin.flush()
    process.wait(timeout=30)
    print("a11y-check: %s" % ("controls without a name or contradicting the screen were found" if failed
                              else "no unnamed or contradicting control on any page"))
    if unheard:
        print("a11y-check: %d status change(s) were not announced" % unheard)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
