"""Ticket printing: one layout, rendered to a raster image, ESC/POS bytes or a PDF."""
