"""Stage 4 — coding: triggers, roles, modality, dates, attribution → PLOVER/CAMEO events and quotes."""
