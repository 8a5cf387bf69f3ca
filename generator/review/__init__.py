"""Reviewing change: the semantic spec diff between two spec sets (a pull request's comment), its second opinion
from the generated packages' public API (griffe), and the releases and changelog that follow from it."""
