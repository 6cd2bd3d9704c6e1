"""WordPress: theme and page-builder class words, ?paged= and /page/N lists, dated
permalinks (/2026/11/24/slug/) and upload folders (/wp-content/uploads/2026/05/)."""

from checklist.platforms.family import Family

FAMILY = Family(
    name="wordpress",
    title="เวิร์ดเพรส · WordPress",
    regions={
        "nav": frozenset({"megamenu"}),
        "header": frozenset({"masthead"}),
        # widget areas; site-wide taxonomy (tag clouds) names other pages, a page's own tags stay
        "aside": frozenset({"widget", "widgets", "tagcloud"}),
    },
    main_words=frozenset({"post", "entry"}),
    content_ids=frozenset(
        {"site-content", "content-area", "primary", "entry-content", "post-content"}
    ),
    site_ids=frozenset({"masthead", "colophon"}),
    # "elementor-widget-…", "wpb_…" (WPBakery), "vc_…", "et_pb_…" (Divi) hold a page builder's content.
    box_prefixes=frozenset({"entry", "post", "elementor", "wp", "wpb", "vc", "et"}),
    page_params=frozenset({"paged"}),
    page_path_words=frozenset({"page"}),
    url_days=(r"(?<![0-9])(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![0-9])",),
    url_months=(r"/(?P<y>\d{4})/(?P<m>\d{1,2})(?=/|$)",),
)
