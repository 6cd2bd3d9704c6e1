"""Hand-built sites and every other platform: HTML5/Bootstrap class words, common page
parameters and file-name dates. What no one family owns lives here."""

from checklist.platforms.family import Family

FAMILY = Family(
    name="generic",
    title="เว็บไซต์ทั่วไป/เขียนเอง · hand-built and other",
    regions={
        # Not "breadcrumbs": templates put the page's own title (h2) in a "breadcrumbs" section.
        "nav": frozenset({"nav", "navbar", "navigation", "menu", "menubar", "submenu", "dropdown"}),
        "header": frozenset({"header", "topbar", "banner"}),
        "footer": frozenset({"footer", "copyright", "bottom"}),
        "aside": frozenset({"sidebar", "aside"}),
    },
    main_words=frozenset({"content", "main", "article"}),
    content_ids=frozenset(
        {
            "content",
            "contents",
            "main",
            "main-content",
            "maincontent",
            "main_content",
            "page-content",
            "article-content",
            "container-content",
            "contentmain",
            "content-main",
        }
    ),
    site_ids=frozenset({"header", "footer", "site-header", "site-footer"}),
    # Bootstrap components and carousels ("card-header" and "panel-heading" title a box of content).
    box_prefixes=frozenset(
        {
            "card",
            "panel",
            "modal",
            "section",
            "article",
            "box",
            "tab",
            "tabs",
            "accordion",
            "collapse",
            "slick",
            "owl",
            "swiper",
            "timeline",
            "news",
            "block",
        }
    ),
    style_prefixes=frozenset(
        {
            "border",
            "fixed",
            "sticky",
            "align",
            "text",
            "float",
            "pull",
            "mb",
            "mt",
            "pb",
            "pt",
            "content",
            "title",
            "page",
            "list",
            "table",
            "btn",
            "form",
            # breakpoint-sized utilities ("lg-bottom" = padding at the bottom on large screens)
            "xs",
            "sm",
            "md",
            "lg",
            "xl",
            "xxl",
        }
    ),
    page_params=frozenset(
        {
            "page",
            "p",
            "pg",
            "pageno",
            "page_no",
            "pagenum",
            "offset",
            "currentpage",
            "cur_page",
            "npage",
            "pagenumber",
            "per_page",
        }
    ),
    url_compact_days=(
        r"(?<![0-9])(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?![0-9])",
    ),  # scan_20260514.pdf
)
