"""Fastbook chapter 5 (pet breeds) as working software: presizing, an LR finder you can trust, transfer learning, and a readable 37-class interpretation, offline and on a CPU

Modules:

- `petbreeds.interpret`: Cross-entropy written by hand, then an interpretation that computes predictions once and stays readable with 37 classes: clustered confusion matrix, most-confused pairs, per-class report and image galleries."""

__version__ = "0.0.1"
