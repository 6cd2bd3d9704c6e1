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
import shutil
import subprocess
import sys
from pathlib import Path

from . import SITES_DIR, cache_dir, mirrors_dir, site_dir
from .labels import LabelError, Site, load_sites

STAMP = ".corpus-commit"
NAME_MAX = 255  # bytes in one path component on common file systems (ext4, APFS)


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
        raise RebuildError(
            f"{' '.join(cmd[:4])}…: {proc.stderr.decode(errors='replace').strip()[:300]}"
        )
    return proc.stdout


def has_commit(git_dir: Path, commit: str) -> bool:
    proc = subprocess.run(
        ["git", f"--git-dir={git_dir}", "cat-file", "-e", f"{commit}^{{commit}}"],
        capture_output=True,
        check=False,
    )
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


def write_tree(git_dir: Path, commit: str, root: str, target: Path) -> int:
    """Write the blobs under ``root`` at ``commit`` into ``target``; returns how many were
    absent (a shallow mirror may list its largest files without holding them) or could not
    be written (a Thai file name longer than NAME_MAX bytes: a link to it answers 404, as
    it would on a server with the same limit)."""
    listing = _git("ls-tree", "-r", "-z", commit, "--", root or ".", git_dir=git_dir)
    entries = []
    prefix = f"{root}/" if root else ""
    for raw in listing.split(b"\0"):
        if not raw:
            continue
        meta, path = raw.split(b"\t", 1)
        mode, kind, sha = meta.split()
        name = path.decode("utf-8", "surrogateescape")
        if kind != b"blob" or mode == b"120000" or not name.startswith(prefix):
            continue  # submodules and symlinks are not site files
        rel = Path(name[len(prefix) :])
        if rel.is_absolute() or ".." in rel.parts:
            continue
        entries.append((sha, rel))
    too_long = [e for e in entries if not writable(e[1])]
    entries = [e for e in entries if writable(e[1])]
    proc = subprocess.Popen(
        ["git", f"--git-dir={git_dir}", "cat-file", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    missing = 0
    for sha, rel in entries:
        proc.stdin.write(sha + b"\n")
        proc.stdin.flush()
        header = proc.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            missing += 1
            continue
        body = proc.stdout.read(int(header[2]))
        proc.stdout.read(1)  # the newline after each object
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(body)
    proc.stdin.close()
    proc.wait()
    return missing + len(too_long)


def writable(rel: Path) -> bool:
    """Whether every component of ``rel`` fits the file system's name limit."""
    return all(len(part.encode("utf-8", "surrogateescape")) <= NAME_MAX for part in rel.parts)


def extract(site: Site, cache: Path, force: bool = False) -> Path:
    """Extract ``site.root`` at ``site.commit`` into ``<cache>/sites/<id>/``; returns that folder."""
    target = site_dir(cache, site.id)
    stamp = f"{site.repo} {site.commit} {site.root}\n"
    if not force and (target / STAMP).is_file() and (target / STAMP).read_text() == stamp:
        return target
    git_dir = repo_git_dir(site, cache)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    missing = write_tree(git_dir, site.commit, site.root, target)
    if missing:
        print(
            f"{site.id}: {missing} files absent from the mirror (large blobs) or named beyond "
            f"{NAME_MAX} bytes, skipped",
            file=sys.stderr,
        )
    (target / STAMP).write_text(stamp)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m corpus.rebuild", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--cache", help="cache folder (default $OIT_CORPUS_CACHE or ~/.cache/oit-watch/corpus)"
    )
    parser.add_argument(
        "--site", action="append", default=[], help="only this site id (repeatable)"
    )
    parser.add_argument(
        "--labels",
        action="append",
        type=Path,
        default=[],
        help="folder of site files (repeatable; default corpus/sites)",
    )
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
