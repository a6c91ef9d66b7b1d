"""Start Oogst: the window (with a file, or the demo meeting), or a command.

    python main.py                 the window, with the demo meeting
    python main.py EVENT.oogst     the window, with that event
    python main.py info EVENT.oogst   (and the other commands: --help)
"""
from __future__ import annotations

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
