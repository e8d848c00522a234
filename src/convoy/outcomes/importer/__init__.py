"""Import outcome files (JSON documents or Excel workbooks): check everything, store all or nothing.

The format is ``docs/how-to/outcomes-and-reports.md``; ``read`` turns a file into a document,
``validate`` checks it against the stored mission and returns every problem with its place,
``load`` stores a valid document idempotently and converts its money figures.
"""
