"""``python -m annotate``: the same command line as the ``annotate`` script."""

from annotate.cli import run

if __name__ == "__main__":
    run()
