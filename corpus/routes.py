"""Static route tables of framework apps in the corpus, read from the repository (no PHP runs).

A saved CodeIgniter 4 or Laravel site answers its URLs through a front controller: the
route file maps a URI to a closure (``return view('x')``) or a controller method whose
body names the views it renders. This module reads those literal names:

- CodeIgniter 4: ``app/Config/Routes.php`` (``$routes->get('News', 'ConNews::NewsMain')``),
  controllers in ``app/Controllers``, views in ``app/Views`` (``view('Home/PageHomeMain')``);
  a controller usually concatenates several views (header, navbar, page, footer).
- Laravel: ``routes/web.php`` (5.3+) or ``app/Http/routes.php`` (5.0–5.2), ``Route::get``,
  ``Route::view``, ``Route::group(['prefix' => …])``, ``->name('x')`` for ``route('x')``;
  controllers in ``app/Http/Controllers``; views ``resources/views/a/b.blade.php`` for ``a.b``.

Only GET routes whose views exist count; a URI no route matches, or whose views cannot be
found, is left to the file system (and 404s there).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Route:
    pattern: re.Pattern[str]  # the URI without its leading/trailing "/"
    uri: str  # as written, for route('name') -> "/uri"
    views: tuple[Path, ...]  # rendered in this order
    has_params: bool


@dataclass(slots=True)
class RouteTable:
    routes: list[Route] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # route name -> "/uri"
    # CodeIgniter 4: a page view -> the whole chain its controller renders around it.
    chains: dict[Path, tuple[Path, ...]] = field(default_factory=dict)

    def match(self, rel: str) -> Route | None:
        rel = rel.strip("/")
        # Literal URIs before parameterised ones, as both frameworks' first-match order usually intends.
        for route in sorted(self.routes, key=lambda r: r.has_params):
            if route.pattern.fullmatch(rel):
                return route
        return None

    def page_view(self, route: Route) -> Path:
        """The view that answers a route: the one its chain is built around."""
        return next((v for v in route.views if v in self.chains), route.views[-1])


@dataclass(frozen=True, slots=True)
class Framework:
    route_files: tuple[str, ...]
    controllers: str
    views: str
    view_suffix: str
    # A route call: verb, then the URI argument, then the rest of the statement.
    call: re.Pattern[str]
    target: re.Pattern[
        str
    ]  # "Controller::method" / "Controller@method" / [Controller::class, 'method']
    params: tuple[tuple[str, str], ...]  # URI placeholder -> regex


_Q = r"['\"]"
CODEIGNITER4 = Framework(
    route_files=("app/Config/Routes.php",),
    controllers="app/Controllers",
    views="app/Views",
    view_suffix=".php",
    call=re.compile(
        r"\$routes->(get|match|add)\s*\(\s*(?:\[[^\]]*\]\s*,\s*)?" + _Q + r"([^'\"]*)" + _Q, re.I
    ),
    target=re.compile(_Q + r"(?:[\w\\]*\\)?(\w+)::(\w+)"),
    params=(
        ("(:any)", ".+"),
        ("(:segment)", "[^/]+"),
        ("(:num)", "[0-9]+"),
        ("(:alpha)", "[A-Za-z]+"),
        ("(:alphanum)", "[A-Za-z0-9]+"),
        ("(:hash)", "[^/]+"),
    ),
)
LARAVEL = Framework(
    route_files=("routes/web.php", "app/Http/routes.php"),
    controllers="app/Http/Controllers",
    views="resources/views",
    view_suffix=".blade.php",
    call=re.compile(
        r"Route::(get|match|any|view)\s*\(\s*(?:\[[^\]]*\]\s*,\s*)?" + _Q + r"([^'\"]*)" + _Q, re.I
    ),
    target=re.compile(
        r"(?:"
        + _Q
        + r"(\w+)@(\w+)"
        + _Q
        + r"|\[\s*\\?(?:\w+\\)*(\w+)::class\s*,\s*"
        + _Q
        + r"(\w+)"
        + _Q
        + r")"
    ),
    params=(),
)
FRAMEWORKS = (CODEIGNITER4, LARAVEL)

_VIEW_CALL = re.compile(r"\bview\s*\(\s*" + _Q + r"([^'\"$]+)" + _Q)
_NAME = re.compile(r"->name\(\s*" + _Q + r"([^'\"]+)" + _Q)
_REDIRECT = re.compile(r"redirect\(\s*" + _Q + r"([^'\"$]*)" + _Q)
_GROUP = re.compile(
    r"Route::(?:group\s*\(\s*\[[^\]]*'prefix'\s*=>\s*"
    + _Q
    + r"([^'\"]*)"
    + _Q
    + r"|prefix\(\s*"
    + _Q
    + r"([^'\"]*)"
    + _Q
    + r"\)[^{;]*?group\s*\()"
    + r"|\$routes->group\(\s*"
    + _Q
    + r"([^'\"]*)"
    + _Q,
    re.I,
)
_AUTH = re.compile(r"middleware\(\s*\[?\s*" + _Q + r"auth\b")
# A constructor that sends a visitor without a session elsewhere: header("Location: …") / redirect(…).
_SENDS_AWAY = re.compile(r"header\(\s*['\"]Location|redirect\(", re.I)
_LARAVEL_PARAM = re.compile(r"\{\w+\?\}|\{\w+\}")
_COMMENT = re.compile(r"/\*[\s\S]*?\*/|(?<![:'\"])//[^\n]*|^\s*#[^\n]*", re.M)


def view_file(root: Path, fw: Framework, name: str) -> Path | None:
    rel = name.strip("/")
    if fw is LARAVEL:
        rel = rel.replace(".", "/")
    for candidate in (root / fw.views / (rel + fw.view_suffix), root / fw.views / (rel + ".php")):
        if candidate.is_file():
            return candidate
    return None


def _method_body(source: str, method: str) -> str:
    start = re.search(r"function\s+" + re.escape(method) + r"\s*\([^)]*\)[^{]*\{", source, re.I)
    if not start:
        return ""
    depth, i = 1, start.end()
    while i < len(source) and depth:
        depth += {"{": 1, "}": -1}.get(source[i], 0)
        i += 1
    return source[start.end() : i]


def _controller_views(root: Path, fw: Framework, controller: str, method: str) -> list[str]:
    path = (
        next((p for p in (root / fw.controllers).rglob(controller + ".php")), None)
        if (root / fw.controllers).is_dir()
        else None
    )
    if path is None:
        return []
    source = _COMMENT.sub("", path.read_text("utf-8", "replace"))
    constructor = _method_body(source, "__construct")
    if _AUTH.search(constructor) or ("session" in constructor and _SENDS_AWAY.search(constructor)):
        return []  # a visitor is sent to the login page, never shown these views
    return _VIEW_CALL.findall(_method_body(source, method))


def _pattern(fw: Framework, uri: str) -> tuple[re.Pattern[str], bool]:
    text = uri.strip("/")
    out, has_params = re.escape(text), False
    for token, regex in fw.params:
        if re.escape(token) in out:
            out, has_params = out.replace(re.escape(token), regex), True
    if fw is LARAVEL and _LARAVEL_PARAM.search(text):
        has_params = True
        out = re.sub(r"/?\\\{\w+\\\?\\\}", "(?:/[^/]+)?", out)
        out = re.sub(r"\\\{\w+\\\}", "[^/]+", out)
    return re.compile(out, re.I), has_params


def _prefix_at(source: str, pos: int) -> str:
    """The joined prefixes of the route groups (Laravel Route::group / prefix()->group,
    CodeIgniter 4 $routes->group) still open at ``pos``."""
    prefixes: list[str] = []
    for group in _GROUP.finditer(source, 0, pos):
        brace = source.find("{", group.end())
        if brace == -1 or brace > pos:
            continue
        depth, i = 1, brace + 1
        while i < pos and depth:
            depth += {"{": 1, "}": -1}.get(source[i], 0)
            i += 1
        if depth:  # still open at pos
            prefixes.append((group.group(1) or group.group(2) or group.group(3) or "").strip("/"))
    return "/".join(p for p in prefixes if p)


def load(root: Path) -> RouteTable:
    table = RouteTable()
    for fw in FRAMEWORKS:
        for name in fw.route_files:
            if (root / name).is_file():
                _read(
                    root, fw, _COMMENT.sub("", (root / name).read_text("utf-8", "replace")), table
                )
    # A chain's page view is the view no other route renders as well (header/footer are shared).
    used = Counter(v for r in table.routes for v in set(r.views))
    for route in table.routes:
        if len(route.views) > 1:
            page = min(route.views, key=lambda v: used[v])
            table.chains.setdefault(page, route.views)
    return table


def _read(root: Path, fw: Framework, source: str, table: RouteTable) -> None:
    calls = list(fw.call.finditer(source))
    redirects: list[tuple[str, str]] = []
    for i, call in enumerate(calls):
        verb, uri = call.group(1).lower(), call.group(2)
        end = calls[i + 1].start() if i + 1 < len(calls) else len(source)
        statement = source[call.end() : end]
        if verb == "match" and "get" not in source[call.start() : call.end()].lower():
            continue
        prefix = _prefix_at(source, call.start())
        full = "/".join(p for p in (prefix, uri.strip("/")) if p)
        names: list[str]
        if verb == "view":
            names = re.findall(r"^\s*,\s*" + _Q + r"([^'\"]+)" + _Q, statement)[:1]
        elif target := fw.target.search(
            statement.split(";")[0] if fw is CODEIGNITER4 else statement
        ):
            controller, method = (
                (target.group(1), target.group(2))
                if target.group(1)
                else (target.group(3), target.group(4))
            )
            names = _controller_views(root, fw, controller, method)
        else:
            names = _VIEW_CALL.findall(statement)
            if not names and (redirect := _REDIRECT.search(statement)):
                redirects.append((full, redirect.group(1)))
        if _AUTH.search(statement.split(";")[0]):
            names = []
        if name := _NAME.search(statement):
            table.names.setdefault(name.group(1), "/" + full)
        views = tuple(v for v in (view_file(root, fw, n) for n in names) if v is not None)
        if views:
            pattern, has_params = _pattern(fw, full)
            table.routes.append(Route(pattern, "/" + full, views, has_params))
    # Route::get('/', fn () => redirect('welcome')): answer with the target's views.
    for uri, target in redirects:
        if (route := table.match(target)) is not None:
            pattern, has_params = _pattern(fw, uri)
            table.routes.append(Route(pattern, "/" + uri, route.views, has_params))


_TABLES: dict[Path, RouteTable] = {}


def route_table(root: Path) -> RouteTable:
    root = root.resolve()
    if root not in _TABLES:
        _TABLES[root] = load(root)
    return _TABLES[root]
