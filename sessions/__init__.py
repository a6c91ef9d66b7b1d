"""The session templates Oogst ships (TOML, `docs/template-format.md`).

Installed, this folder is the data package `facilitator.session_templates`
(setup.py); `facilitator.installed` finds it through importlib.resources.
"""
