"""Files Oogst ships: fonts, the style sheet, icons, translations and desktop files.

Installed, this folder is the data package `facilitator.resources` (setup.py);
`facilitator.installed` finds it through importlib.resources.
"""
