"""Oogst's Qt interface. The core (`facilitator/`) never imports from here."""
