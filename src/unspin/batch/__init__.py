"""Batch stage: ``unspin audit`` over a whole corpus into a DuckDB file.

* readers: ``read_tree`` (files and directory trees), ``read_jsonl``, ``read_csv``,
  ``read_warc`` yield :class:`~unspin.batch.items.Item` or ``ItemError``;
* ``work``: what one batch costs in a worker (extract, prefilter, ``unspin.api``, rows);
* ``store``: the DuckDB writer (schema in ``schema``, documented in docs/audit-schema.md);
* ``executors``: inline, local processes, Dask distributed;
* ``audit``: the run itself (skip, de-duplicate, commit batch by batch), ``progress``.

Nothing is imported here, so ``import unspin.batch`` costs nothing.
"""
