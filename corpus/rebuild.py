"""Rebuild the corpus cache: each site's repository, at the labelled commit, root folder only.

    python -m corpus.rebuild [--cache DIR] [--site ID] [--labels DIR ...]

The repository comes from a local git dir under $OIT_CORPUS_MIRRORS (default
/work/.mirror, layout ``<owner>+<name>/…``) when there is one, else from a bare
clone of GitHub kept in ``<cache>/repos/``. Files land in ``<cache>/sites/<id>/``;
``.corpus-commit`` there records what was extracted, so a rebuild skips sites
that are already current.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from . import SITES_DIR, cache_dir, mirrors_dir, site_dir
from .labels import LabelError, Site, load_sites

STAMP = ".corpus-commit"


class RebuildError(Exception):
    """A site could not be extracted; the message is for the user."""


def _is_git_dir(path: Path) -> bool:
    return (path / "HEAD").is_file() and (path / "objects").is_dir()


def find_git_dir(base: Path) -> Path | None:
    """The git directory inside a mirror folder (bare repo or a checkout's .git), if any."""
    if not base.is_dir():
        return None
    queue = [base]
    for _ in range(4):  # a few levels deep is where fetch puts it
        nxt = []
        for folder in queue:
            if _is_git_dir(folder):
                return folder
            if _is_git_dir(folder / ".git"):
                return folder / ".git"
            nxt += sorted(p for p in folder.iterdir() if p.is_dir() and not p.is_symlink())
        queue = nxt
    return None


def _git(*args: str, git_dir: Path | None = None) -> bytes:
    cmd = ["git"] + ([f"--git-dir={git_dir}"] if git_dir else []) + list(args)
    proc = subprocess.run(cmd, capture_output=True, check=False)
    if proc.returncode != 0:
        raise RebuildError(f"{' '.join(cmd[:4])}…: {proc.stderr.decode(errors='replace').strip()[:300]}")
    return proc.stdout


def has_commit(git_dir: Path, commit: str) -> bool:
    proc = subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "-e", f"{commit}^{{commit}}"],
                          capture_output=True, check=False)  # fmt: skip
    return proc.returncode == 0


def repo_git_dir(site: Site, cache: Path) -> Path:
    """A git dir holding ``site.commit``: a local mirror, else a bare clone in the cache."""
    owner, name = site.owner_name
    mirror = find_git_dir(mirrors_dir() / f"{owner}+{name}")
    if mirror is not None and has_commit(mirror, site.commit):
        return mirror
    clone = cache / "repos" / f"{owner}+{name}.git"
    if not _is_git_dir(clone):
        clone.parent.mkdir(parents=True, exist_ok=True)
        _git("clone", "--bare", "--quiet", f"https://github.com/{site.repo}.git", str(clone))
    if not has_commit(clone, site.commit):
        _git("fetch", "--quiet", "origin", site.commit, git_dir=clone)
    return clone


def extract(site: Site, cache: Path, force: bool = False) -> Path:
    """Extract ``site.root`` at ``site.commit`` into ``<cache>/sites/<id>/``; returns that folder."""
    target = site_dir(cache, site.id)
    stamp = f"{site.repo} {site.commit} {site.root}\n"
    if not force and (target / STAMP).is_file() and (target / STAMP).read_text() == stamp:
        return target
    git_dir = repo_git_dir(site, cache)
    args = ["archive", "--format=tar", site.commit] + ([site.root] if site.root else [])
    data = _git(*args, git_dir=git_dir)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    prefix = f"{site.root}/" if site.root else ""
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if not (member.isfile() and member.name.startswith(prefix)):
                continue  # directories are made as needed; links are not followed
            rel = Path(member.name[len(prefix):])
            if rel.is_absolute() or ".." in rel.parts:
                continue
            dest = target / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            source = tar.extractfile(member)
            if source is not None:
                dest.write_bytes(source.read())
    (target / STAMP).write_text(stamp)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.rebuild", description=__doc__.split("\n")[0])
    parser.add_argument("--cache", help="cache folder (default $OIT_CORPUS_CACHE or ~/.cache/oit-watch/corpus)")
    parser.add_argument("--site", action="append", default=[], help="only this site id (repeatable)")
    parser.add_argument("--labels", action="append", type=Path, default=[],
                        help="folder of site files (repeatable; default corpus/sites)")  # fmt: skip
    parser.add_argument("--force", action="store_true", help="extract again even if current")
    args = parser.parse_args(argv)
    cache = cache_dir(args.cache)
    try:
        sites = load_sites(args.labels or [SITES_DIR], args.site)
    except LabelError as exc:
        print(f"ไฟล์ป้ายกำกับไม่ถูกต้อง / bad label file: {exc}", file=sys.stderr)
        return 2
    failed = 0
    for site in sites:
        try:
            folder = extract(site, cache, force=args.force)
        except RebuildError as exc:
            failed += 1
            print(f"{site.id}: สร้างไม่สำเร็จ / failed: {exc}", file=sys.stderr)
            continue
        files = sum(1 for p in folder.rglob("*") if p.is_file())
        print(f"{site.id}: {files} files in {folder}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
