#!/usr/bin/python3
"""Times labelme 5.1.1 (Debian's) on the canvas benchmark's file, as a labeler would meet it:
MainWindow.loadFile(json) until the canvas has painted once, then canvas.repaint() per frame.
Prints one JSON object: {"open_ms": ..., "frame_ms": median, "frames": n}.

Usage: labelme_canvas.py LABELME_JSON [FRAMES]  (run with QT_QPA_PLATFORM=offscreen and a
throwaway HOME: labelme writes ~/.labelmerc on first use)."""
import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qtpy import QtWidgets  # noqa: E402  (labelme's own Qt binding)

from labelme.app import MainWindow  # noqa: E402
from labelme.config import get_config  # noqa: E402


def main():
    path = sys.argv[1]
    frames = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    app = QtWidgets.QApplication([])
    window = MainWindow(config=get_config())
    window.resize(1600, 1000)
    window.show()
    app.processEvents()

    start = time.perf_counter()
    window.loadFile(path)
    app.processEvents()
    window.canvas.repaint()
    open_ms = (time.perf_counter() - start) * 1000
    if len(window.canvas.shapes) == 0:
        sys.exit("labelme loaded no shapes from " + path)

    times = []
    for _ in range(frames):
        start = time.perf_counter()
        window.canvas.repaint()
        times.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"open_ms": open_ms, "frame_ms": statistics.median(times), "frames": frames,
                      "shapes": len(window.canvas.shapes)}))


if __name__ == "__main__":
    main()
