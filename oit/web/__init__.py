"""The web app (``oit serve``): a self-check page for agencies and a province dashboard for auditors.

Thin over the library: crawls run through oit.audit.run_audit (a child process
per crawl), reports come from reports.build and reports.html, history and
overrides from oit.history, accounts and sessions from crawler.store.
"""
