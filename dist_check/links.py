"""Every docstring link of kiwoom_sdk (`kiwoom_sdk/docs/PAGE.md#ANCHOR`) names a page the package ships, and an
anchor on it. `make dist` runs it against the installed wheel; the tests run it against generated/."""

from __future__ import annotations

import re
import sys
from pathlib import Path

LINK = re.compile(r"kiwoom_sdk/docs/([\w-]+\.md)#([\w-]+)")
ANCHOR = re.compile(r'<a id="([^"]+)"></a>')


def broken_links(package: Path) -> tuple[int, list[str]]:
    """(links found, those that do not resolve) in the Python sources of the package folder `package`."""
    anchors = {page.name: set(ANCHOR.findall(page.read_text(encoding="utf-8"))) for page in package.glob("docs/*.md")}
    found, broken = 0, []
    for source in sorted(package.rglob("*.py")):
        for page, anchor in LINK.findall(source.read_text(encoding="utf-8")):
            found += 1
            if anchor not in anchors.get(page, set()):
                broken.append(f"{source.relative_to(package)}: kiwoom_sdk/docs/{page}#{anchor}")
    return found, broken


def main() -> int:
    import kiwoom_sdk

    package = Path(kiwoom_sdk.__file__).parent
    found, broken = broken_links(package)
    for line in broken:
        print(f"links: broken: {line}", file=sys.stderr)
    print(f"links: {found} docstring links into {package / 'docs'}, {len(broken)} broken")
    return 1 if broken or not found else 0


if __name__ == "__main__":
    sys.exit(main())
