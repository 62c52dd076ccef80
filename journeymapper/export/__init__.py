"""The leadership PDF (reportlab, no Qt): the map as vector pages, fitted or tiled,
then the executive summary, the friction register, the ownership matrix and one
section per micro-journey. :func:`export_pdf` is the one entry point for the
command line and the window."""
