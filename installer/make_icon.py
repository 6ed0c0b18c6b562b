"""Draws the app's icon (a red seal with 急) into resources/icons/ as PNG and Windows ICO.

Run once after changing the design: `python -m installer.make_icon`. The files are committed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPen

from resources import CJK_FONT_FILE, ICON_FILE, ICON_PNG_FILE

SIZE = 256


def draw_icon() -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#8f1d1d"), 10))
    painter.setBrush(QColor("#c62828"))
    painter.drawRoundedRect(QRectF(12, 12, SIZE - 24, SIZE - 24), 40, 40)
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(CJK_FONT_FILE)))[0]
    font = QFont(family)
    font.setPixelSize(170)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, SIZE, SIZE - 8), Qt.AlignmentFlag.AlignCenter, "急")
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need it)
    image = draw_icon()
    ICON_PNG_FILE.parent.mkdir(parents=True, exist_ok=True)
    ok = image.save(str(ICON_PNG_FILE)) and image.scaled(
        64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    ).save(str(ICON_FILE), "ICO")
    print("已写入" if ok else "写入失败", ICON_PNG_FILE, ICON_FILE)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
