"""Every docstring link of kiwoom_sdk into the documentation site (`<site>/reference/PAGE/#ANCHOR`) names a page
the package ships (`kiwoom_sdk/docs/PAGE.md`, the page the site builds from) and an anchor on it. `make dist` runs
it against the installed wheel; the tests run it against generated/ and check that the links name the site's
address (generator/targets/docs/site.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

LINK = re.compile(r"(https://[\w./-]+?/)reference/([\w-]+)/#([\w-]+)")
ANCHOR = re.compile(r'<a id="([^"]+)"></a>')


def site_links(package: Path) -> list[tuple[str, str, str, str]]:
    """(source file, site address, page, anchor) of every link into the site's reference in the package's sources."""
    return [
        (source.relative_to(package).as_posix(), site, page, anchor)
        for source in sorted(package.rglob("*.py"))
        for site, page, anchor in LINK.findall(source.read_text(encoding="utf-8"))
    ]


def broken_links(package: Path) -> tuple[int, list[str]]:
    """(links found, those that do not resolve) in the Python sources of the package folder `package`."""
    anchors = {page.stem: set(ANCHOR.findall(page.read_text(encoding="utf-8"))) for page in package.glob("docs/*.md")}
    links = site_links(package)
    broken = [
        f"{source}: {site}reference/{page}/#{anchor}"
        for source, site, page, anchor in links
        if anchor not in anchors.get(page, set())
    ]
    return len(links), broken


def main() -> int:
    import kiwoom_sdk

    package = Path(kiwoom_sdk.__file__).parent
    found, broken = broken_links(package)
    for line in broken:
        print(f"links: broken: {line}", file=sys.stderr)
    print(f"links: {found} docstring links into the site's reference, {len(broken)} broken ({package / 'docs'})")
    return 1 if broken or not found else 0


if __name__ == "__main__":
    sys.exit(main())
