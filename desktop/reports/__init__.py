"""Official reports: PDF documents and Excel workbooks built from the scoring services."""
