"""OIT Watch, the application: the ``oit`` command and what it runs on top of the crawl engine
(``crawler``): audits, reports of stored runs, history and alerts, the schedule, the web app,
Scrapyd dispatch and the demo."""
