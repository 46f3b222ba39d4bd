# oracle: skip (a package of the project, imported by train.py)
from .blocks import conv_block
from .head import build_head

__all__ = ["conv_block", "build_head"]
