"""Test-suite root. Its folder is put on ``sys.path`` by pytest (rootdir conftest, no
``__init__.py``), so any test can ``from helpers import ...`` and ``from docx_build import
...``."""
