"""The Textual app that shows an annotate ``Comparison`` side by side."""
