"""Rostra: meetings, congresses and their multilingual reports."""
