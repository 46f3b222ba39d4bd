"""``python -m kerashape``.

``-m`` puts the working directory first on sys.path, so an ``ast.py`` or ``re.py`` beside the
checked files would be imported, and run, in place of the standard module. It is dropped before
anything else is imported. (The few modules Python's own runpy imports before this file runs
are beyond any package's reach: ``python -P -m kerashape`` or the ``kerashape`` command.)
"""
import sys

if sys.path and not getattr(sys.flags, "safe_path", False):
    import os  # already imported by Python's startup: nothing is read from the working directory

    try:
        cwd = os.getcwd()
    except OSError:  # the working directory was removed
        cwd = ""
    if sys.path[0] in ("", cwd):
        del sys.path[0]

from kerashape.cli import main  # noqa: E402 - after the working directory is gone

sys.exit(main())
