"""corpus.serve on framework apps: static route tables and template inheritance (own tiny app trees)."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from corpus.serve import page_bytes, resolve, serve


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _page(root: Path, url: str) -> str | None:
    path = resolve(root, url)
    return None if path is None else page_bytes(path, root)[0].decode("utf-8")


@pytest.fixture
def laravel(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "lara",
        {
            "public/index.php": "<?php require __DIR__.'/../bootstrap/app.php';",
            "public/docs/plan.pdf": "%PDF-1.4 plan",
            "routes/web.php": """<?php
// Route::get('/old', function () { return view('old'); });
Route::get('/', function () { return redirect('start'); });
Route::get('/start', function () { return view('start'); })->name('start');
Route::get('/about/history', function () { return view('pages.about.history'); })->name('history');
Route::view('/contact', 'contact');
Route::group(['prefix' => 'office'], function () {
    Route::get('/budget', 'OfficeController@budget')->name('office.budget');
    Route::get('/news/{id}', 'OfficeController@news');
});
Route::get('/dashboard', 'AdminController@index');
Route::post('/send', function () { return view('contact'); });
""",
            "app/Http/Controllers/OfficeController.php": """<?php
class OfficeController extends Controller {
    public function budget() { $rows = Budget::all(); return view('office.budget', compact('rows')); }
    public function news($id) { return view('office.news', ['n' => News::find($id)]); }
}""",
            "app/Http/Controllers/AdminController.php": """<?php
class AdminController extends Controller {
    public function __construct() { $this->middleware('auth'); }
    public function index() { return view('admin'); }
}""",
            "resources/views/layouts/app.blade.php": """<html><head><title>@yield('title', 'อบต.ทดสอบ')</title></head>
<body>@include('layouts.menu')
<main>@yield('content')</main>
@section('footer')<footer>ท้ายเว็บเดิม</footer>@show
</body></html>""",
            "resources/views/layouts/menu.blade.php": """<nav><a href="{{ route('history') }}">ประวัติ</a>
<a href="{{ url('/contact') }}">ติดต่อ</a> <a href="{{ Route('office.budget') }}">งบประมาณ</a>
<a href="{{ route('office.missing') }}">ไม่มี</a></nav>""",
            "resources/views/start.blade.php": """@extends('layouts.app')
@section('title', 'หน้าแรก')
@section('content')
<h1>ยินดีต้อนรับ</h1><p>{{ $visitor }}</p>
@endsection""",
            "resources/views/pages/about/history.blade.php": """@extends('layouts.app')
@section('content')<h1>ประวัติหน่วยงาน</h1>@endsection
@section('footer')@parent<p>ปรับปรุงล่าสุด</p>@endsection""",
            "resources/views/contact.blade.php": """@include('layouts.menu')
<h1>ติดต่อเรา</h1><a href="{{'start'}}">กลับ</a>""",
            "resources/views/office/budget.blade.php": """@extends('layouts.app')
@section('content')<h1>แผนการใช้จ่ายงบประมาณ</h1><a href="docs/plan.pdf">แผน</a>@endsection""",
            "resources/views/office/news.blade.php": "<h1>ข่าว</h1>",
            "resources/views/admin.blade.php": "<h1>หลังบ้าน</h1>",
        },
    )


def test_laravel_routes_answer_with_their_views_inherited_from_the_layout(laravel: Path):
    home = _page(laravel, "/")  # redirect('start') answers with the start view
    assert home is not None and "<title>หน้าแรก</title>" in home
    assert "<h1>ยินดีต้อนรับ</h1>" in home and "$visitor" not in home and "@section" not in home
    assert (
        'href="/about/history"' in home and 'href="/office/budget"' in home
    )  # route('name'), Route('name')
    assert 'href="/contact"' in home and "office.missing" not in home
    assert "<footer>ท้ายเว็บเดิม</footer>" in home  # the layout's @section … @show default

    history = _page(laravel, "/about/history")
    assert history is not None and "<h1>ประวัติหน่วยงาน</h1>" in history
    assert "<title>อบต.ทดสอบ</title>" in history  # @yield default
    assert "ท้ายเว็บเดิม</footer><p>ปรับปรุงล่าสุด</p>" in history  # @parent keeps the layout's part

    assert "<h1>ติดต่อเรา</h1>" in _page(laravel, "/contact")  # Route::view
    assert 'href="start"' in _page(laravel, "/contact")  # {{ 'start' }} prints the literal
    assert "แผนการใช้จ่ายงบประมาณ" in _page(laravel, "/office/budget")  # group prefix + controller
    assert "<h1>ข่าว</h1>" in _page(laravel, "/office/news/7")  # {id}


def test_laravel_unresolvable_routes_404_and_public_files_are_served(laravel: Path):
    assert resolve(laravel, "/dashboard") is None  # controller behind auth: a visitor never sees it
    assert resolve(laravel, "/send") is None  # POST only
    assert resolve(laravel, "/old") is None  # commented out
    assert resolve(laravel, "/nowhere") is None
    # A relative link from the view's own path, and Laravel's web root public/.
    assert (
        resolve(laravel, "/resources/views/contact")
        == (laravel / "resources/views/contact.blade.php").resolve()
    )
    assert resolve(laravel, "/office/docs/plan.pdf") is None
    assert resolve(laravel, "/docs/plan.pdf") == (laravel / "public/docs/plan.pdf").resolve()


@pytest.fixture
def codeigniter4(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "ci4",
        {
            "index.php": "<?php require 'app/Config/Paths.php'; $app->run();",
            "app/Config/Routes.php": """<?php
$routes->setDefaultController('Home');
$routes->get('/', 'Home::index');
$routes->get('About/(:any)', 'Home::about/$1');
$routes->match(['get', 'post'], 'Reports', 'App\\\\Controllers\\\\Reports::index');
$routes->post('Login', 'Home::login');
$routes->get('Broken', 'Nowhere::index');
$routes->get('Admin/Dashboard', 'AdminDashboard::index');
$routes->group('ita', static function ($routes) {
    $routes->get('o1', 'Reports::index');
});
""",
            "app/Controllers/Home.php": """<?php
class Home extends BaseController {
    public function index() {
        return view('layout/header', $data) . view('layout/navbar', $data)
             . view('Home/Main', $data) . view('layout/footer', $data);
    }
    public function about($slug) {
        // return view('Home/Old');
        return view('layout/header') . view('layout/navbar') . view('About/Detail') . view('layout/footer');
    }
}""",
            "app/Controllers/AdminDashboard.php": """<?php
class AdminDashboard extends BaseController {
    public function __construct() {
        if (empty(session()->get('AdminID'))) { header("Location:" . base_url()); exit(); }
    }
    public function index() { return view('Reports/List'); }
}""",
            "app/Controllers/Reports.php": """<?php
class Reports extends BaseController {
    public function index() { return view('Reports/List'); }
}""",
            "app/Views/layout/header.php": "<html><head><title><?= $title ?></title></head><body>",
            "app/Views/layout/navbar.php": """<nav><a href="<?= base_url('Reports') ?>">รายงานผลการดำเนินงาน</a>
<a href="<?= route_to('Home::index') ?>">หน้าแรก</a></nav>""",
            "app/Views/layout/footer.php": "<footer>ติดต่อโรงเรียน</footer></body></html>",
            "app/Views/layout/page.php": "<div class=\"page\"><?= $this->renderSection('content') ?></div>",
            "app/Views/Home/Main.php": """<h1>โรงเรียนทดสอบ</h1>
<?= $this->include('Home/Director') ?>
<!-- $this->include('Home/Hidden') -->""",
            "app/Views/Home/Director.php": "<section><h2>ผู้อำนวยการ</h2><p>นายทดสอบ</p></section>",
            "app/Views/Home/Hidden.php": "<p>ไม่แสดง</p>",
            "app/Views/About/Detail.php": "<h1>เกี่ยวกับโรงเรียน</h1>",
            "app/Views/Reports/List.php": """<?= $this->extend('layout/page') ?>
<?= $this->section('content') ?><h1>รายงานประจำปี 2567</h1><?= $this->endSection() ?>""",
        },
    )


def test_codeigniter4_controller_chain_is_served_around_the_page_view(codeigniter4: Path):
    home = _page(codeigniter4, "/")  # the route wins over the front controller index.php
    assert home is not None
    order = [
        "<title>",
        'href="/Reports"',
        "<h1>โรงเรียนทดสอบ</h1>",
        "<h2>ผู้อำนวยการ</h2>",
        "<footer>",
    ]
    assert [home.index(s) for s in order] == sorted(home.index(s) for s in order)
    assert "ไม่แสดง" not in home  # an include inside an HTML comment is not PHP
    # The page view opened by its file path is the same page (labels name views by path).
    assert _page(codeigniter4, "/app/Views/Home/Main.php") == home
    about = _page(codeigniter4, "/About/ประวัติ")
    assert about is not None and "<h1>เกี่ยวกับโรงเรียน</h1>" in about and "<footer>" in about


def test_codeigniter4_extend_section_and_404s(codeigniter4: Path):
    reports = _page(codeigniter4, "/Reports")  # match(['get', 'post']), namespaced controller
    assert reports is not None
    assert '<div class="page"><h1>รายงานประจำปี 2567</h1></div>' in reports
    assert resolve(codeigniter4, "/Login") is None  # POST only
    assert resolve(codeigniter4, "/Broken") is None  # no such controller
    assert resolve(codeigniter4, "/Admin/Dashboard") is None  # its constructor sends visitors away
    assert resolve(codeigniter4, "/About") is None  # (:any) needs a segment
    assert "รายงานประจำปี 2567" in _page(codeigniter4, "/ita/o1")  # $routes->group prefix
    assert resolve(codeigniter4, "/o1") is None


@pytest.mark.integration  # loopback server
def test_served_framework_app_over_http(codeigniter4: Path):
    with serve(codeigniter4) as base:
        body = urllib.request.urlopen(base + "Reports", timeout=10).read().decode()
        assert "รายงานประจำปี 2567" in body
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(base + "Broken", timeout=10)
        assert missing.value.code == 404
