"""Data shipped with the app: fonts, translations (and later templates and clause texts)."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).parent
FONTS_DIR = RESOURCES_DIR / "fonts"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
#: The built-in SOP templates, one TOML file each, imported into the database at start-up.
SOP_TEMPLATES_DIR = RESOURCES_DIR / "sop_templates"
#: The material pre-check checklist of each service type, one TOML file named after its code.
MATERIAL_CHECKLISTS_DIR = RESOURCES_DIR / "material_checklists"
#: The clause texts of the letters (confirmation letter, …), editable TOML files.
LETTER_CLAUSES_DIR = RESOURCES_DIR / "letter_clauses"

#: The app's icon: the window icon (PNG) and the Windows executable's and installer's (ICO).
ICON_PNG_FILE = RESOURCES_DIR / "icons" / "expedite-desk.png"
ICON_FILE = RESOURCES_DIR / "icons" / "expedite-desk.ico"

#: The CJK TrueType collection registered with Qt and embedded in PDFs.
CJK_FONT_FILE = FONTS_DIR / "wqy-microhei.ttc"
