"""Word generation: ``reportkit new`` (Markdown scaffold from a spec) and ``reportkit build``
(Markdown to .docx in a council's house style). Nothing heavy is imported here; python-docx,
markdown-it and jinja2 are imported inside the functions that use them."""
