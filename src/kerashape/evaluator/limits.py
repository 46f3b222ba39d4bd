"""Every bound on the work of one file, with its reason: analysis must end quickly on any input."""

MAX_STEPS = 200_000  # statements and expressions evaluated per file
MAX_LOOP = 512  # iterations unrolled per loop
MAX_WHILE = 64  # passes of a while loop followed step by step (an event loop never ends)
MAX_CALL_DEPTH = 8  # nested helper calls followed
MAX_EXPR_DEPTH = 120  # nesting of one expression


class Budget(Exception):
    """A bound on the work per file was hit; what was found so far stands."""


class Cancelled(BaseException):
    """Whoever asked for this analysis no longer wants it (the language server, when a newer
    edit overtakes the version in flight). A BaseException, like KeyboardInterrupt: the
    handlers that keep a failure of ours from costing the user their run must not catch it."""


CANCEL_EVERY = 1024  # evaluation steps between two looks at whether the analysis is still wanted
