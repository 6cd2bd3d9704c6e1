"""``oit demo``: serve the bundled sample sites on 127.0.0.1, audit them, write the reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from crawler.store import open_db
from oit.agencies import load_agencies
from oit.audit import ProgressFn, run_audit
from oit.demo.server import DemoSites
from oit.report import report_records, trend
from reports.formats import FORMATS, render
from reports.model import Report


def run_demo(
    out_dir: Path, as_of: dt.date, progress: ProgressFn | None = None
) -> tuple[Report, list[Path]]:
    """Audit the sample sites (their dates counted from ``as_of``); returns the report's records
    and the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path = out_dir / "oit-demo.db"
    for stale in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        stale.unlink(missing_ok=True)  # the demo is reproducible: a fresh database each time
    with DemoSites(today=as_of) as sites:
        csv_path = sites.write_csv(out_dir / "agencies.csv")
        agencies, _ = load_agencies(csv_path)
        run_id = run_audit(agencies, db_path, as_of, jobs=len(agencies), progress=progress)
    with open_db(db_path) as store:
        report = report_records(store, as_of, run_id=run_id)
        points = trend(store, run_id)
    paths = []
    for fmt in ("json", "html"):
        path = out_dir / f"report{FORMATS[fmt].suffix}"
        path.write_bytes(render(report, fmt, trend=points))
        paths.append(path)
    return report, paths
