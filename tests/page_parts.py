"""What a built front end's HTML loads, for the CSP tests of /m/ and /admin/: the files it names, and anything
inline (a script, a style, an on* handler) that a strict policy would refuse."""

from html.parser import HTMLParser


class PageParts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.sources: list[str] = []
        self.inline: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            (self.sources if "src" in attrs else self.inline).append(attrs.get("src", "inline script"))
        if tag == "link" and attrs.get("rel") in ("stylesheet", "modulepreload"):
            self.sources.append(attrs["href"])
        if tag == "style" or "style" in attrs or any(name.startswith("on") for name in attrs):
            self.inline.append(tag)
