"""Writes the emoji pack the app reads (see emoji.sh): the PNGs one after another, and a tab-separated index.

Index lines: unified code points (as emoji-datasource spells them, variation selectors included), byte offset and
length in the pack, category ("-" for a skin-tone variant, which the picker does not offer), name, short names.
Base emoji come in emoji-datasource's sort order, each followed by its skin-tone variants.
"""
import json
import os
import sys

TONES = {"1F3FB": "light skin tone", "1F3FC": "medium-light skin tone", "1F3FD": "medium skin tone",
         "1F3FE": "medium-dark skin tone", "1F3FF": "dark skin tone"}


def tone_name(modifiers):
    return ", ".join(TONES.get(m, m) for m in modifiers.split("-"))


def main(package, pngs, out, version):
    emoji = json.load(open(os.path.join(package, "emoji.json"), encoding="utf-8"))
    emoji = [e for e in emoji if e.get("has_img_twitter")]
    emoji.sort(key=lambda e: e["sort_order"])
    lines = ["# Twemoji 32 px from emoji-datasource-twitter %s (graphics CC-BY 4.0, see LICENSE-twemoji.txt);"
             " made by packaging/emoji.sh" % version]
    offset = 0
    with open(os.path.join(out, "twemoji-32.pack"), "wb") as pack:
        def add(unified, image, category, name, short_names):
            nonlocal offset
            data = open(os.path.join(pngs, image), "rb").read()
            pack.write(data)
            lines.append("\t".join([unified, str(offset), str(len(data)), category, name, " ".join(short_names)]))
            offset += len(data)

        for e in emoji:
            name = (e.get("name") or e["short_name"]).capitalize()
            add(e["unified"], e["image"], e["category"], name, e["short_names"])
            for modifiers, v in sorted((e.get("skin_variations") or {}).items()):
                if v.get("has_img_twitter"):
                    add(v["unified"], v["image"], "-", name + ": " + tone_name(modifiers), e["short_names"])
    with open(os.path.join(out, "twemoji-32.tsv"), "w", encoding="utf-8", newline="\n") as index:
        index.write("\n".join(lines) + "\n")
    print("%d images, %d bytes, written to %s" % (len(lines) - 1, offset, out))


if __name__ == "__main__":
    main(*sys.argv[1:5])
