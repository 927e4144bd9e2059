"""Small hand-written SVG charts: no JavaScript, no CDN, readable without colour.

Every chart is a plain ``<svg>`` string with a ``<title>`` and ``role="img"``; the report
puts the exact numbers in a table beside each chart, so the picture never has to carry them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

PALETTE = ("#1b6ca8", "#d1495b", "#edae49", "#00798c", "#6c4f9c", "#66a182")
FONT = 'font-family="system-ui, sans-serif" font-size="12"'
Format = Callable[[float], str]


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _scale(values: Sequence[float]) -> float:
    top = max((v for v in values if v > 0), default=1.0)
    return float(top)


def _open(width: int, height: int, title: str) -> list[str]:
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {FONT}>'
    )
    return [svg, f"<title>{escape(title)}</title>"]


def hbar(
    rows: Sequence[tuple[str, float]],
    title: str,
    *,
    fmt: Format = _number,
    width: int = 760,
    label_width: int = 230,
    color: str = PALETTE[0],
    colors: Sequence[str] | None = None,
) -> str:
    """One horizontal bar per row, labelled on the left, value at the bar's end; ``colors``
    gives each row its own colour (to match a legend elsewhere)."""
    bar_h, gap, top = 20, 6, 8
    height = top * 2 + max(len(rows), 1) * (bar_h + gap)
    span = width - label_width - 70
    top_value = _scale([v for _, v in rows])
    out = _open(width, height, title)
    for i, (label, value) in enumerate(rows):
        y = top + i * (bar_h + gap)
        w = 0 if value <= 0 else max(1.0, span * value / top_value)
        out.append(
            f'<text x="{label_width - 8}" y="{y + 14}" text-anchor="end">{escape(_clip(label))}</text>'
            f'<rect class="bar" x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colors[i % len(colors)] if colors else color}">'
            f"<title>{escape(label)}: {escape(fmt(value))}</title></rect>"
            f'<text x="{label_width + w + 6:.1f}" y="{y + 14}">{escape(fmt(value))}</text>'
        )
    if not rows:
        out.append(f'<text x="{label_width}" y="{top + 14}">nothing to show</text>')
    out.append("</svg>")
    return "".join(out)


def columns(
    rows: Sequence[tuple[str, float]],
    title: str,
    *,
    fmt: Format = _number,
    width: int = 760,
    height: int = 260,
    color: str = PALETTE[0],
) -> str:
    """One vertical column per row (e.g. per year), labels underneath."""
    left, bottom, top = 10, 40, 24
    n = max(len(rows), 1)
    step = (width - left * 2) / n
    bar_w = min(48.0, max(2.0, step * 0.7))
    span = height - bottom - top
    top_value = _scale([v for _, v in rows])
    out = _open(width, height, title)
    out.append(
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - left}" y2="{height - bottom}" stroke="#888"/>'
    )
    every = max(1, round(n / 16))  # at most about 16 labels underneath
    for i, (label, value) in enumerate(rows):
        x = left + i * step + (step - bar_w) / 2
        h = 0 if value <= 0 else max(1.0, span * value / top_value)
        y = height - bottom - h
        out.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{color}">'
            f"<title>{escape(label)}: {escape(fmt(value))}</title></rect>"
        )
        if n <= 24:
            out.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" font-size="10">'
                f"{escape(fmt(value))}</text>"
            )
        if i % every == 0:
            out.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle">'
                f"{escape(_clip(label, 12))}</text>"
            )
    out.append("</svg>")
    return "".join(out)


def grouped_hbar(
    groups: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    title: str,
    *,
    fmt: Format = _number,
    width: int = 760,
    label_width: int = 230,
) -> str:
    """For each group (e.g. outlet) one thin bar per series (e.g. ledger field), with a legend."""
    bar_h, inner, gap, legend_h = 12, 2, 10, 26
    per_group = len(series) * (bar_h + inner) + gap
    height = legend_h + max(len(groups), 1) * per_group + 8
    span = width - label_width - 70
    top_value = _scale([v for _, values in series for v in values])
    out = _open(width, height, title)
    x = 10
    for s, (name, _) in enumerate(series):
        color = PALETTE[s % len(PALETTE)]
        out.append(
            f'<rect x="{x}" y="6" width="12" height="12" fill="{color}"/>'
            f'<text x="{x + 16}" y="16">{escape(name)}</text>'
        )
        x += 26 + 7 * len(name)
    for g, group in enumerate(groups):
        y0 = legend_h + g * per_group
        mid = y0 + (len(series) * (bar_h + inner)) / 2 + 4
        out.append(
            f'<text x="{label_width - 8}" y="{mid:.1f}" text-anchor="end">{escape(_clip(group))}</text>'
        )
        for s, (name, values) in enumerate(series):
            value = values[g]
            y = y0 + s * (bar_h + inner)
            w = 0 if value <= 0 else max(1.0, span * value / top_value)
            out.append(
                f'<rect class="bar" x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                f'fill="{PALETTE[s % len(PALETTE)]}"><title>{escape(group)}, {escape(name)}: '
                f"{escape(fmt(value))}</title></rect>"
                f'<text x="{label_width + w + 4:.1f}" y="{y + 10}" font-size="10">{escape(fmt(value))}</text>'
            )
    out.append("</svg>")
    return "".join(out)


def share_bar(
    part: int, whole: int, title: str, part_label: str, rest_label: str, *, width: int = 760
) -> str:
    """One bar split in two: the share ``part / whole`` and the rest."""
    height, left, bar_w = 64, 10, width - 20
    share = part / whole if whole else 0.0
    w = bar_w * share
    out = _open(width, height, title)
    out.append(
        f'<rect class="bar" x="{left}" y="8" width="{w:.1f}" height="26" fill="{PALETTE[1]}">'
        f"<title>{escape(part_label)}: {part:,}</title></rect>"
        f'<rect x="{left + w:.1f}" y="8" width="{bar_w - w:.1f}" height="26" fill="#cfd8dc">'
        f"<title>{escape(rest_label)}: {whole - part:,}</title></rect>"
        f'<text x="{left}" y="52">{escape(part_label)}: {part:,} of {whole:,} ({share:.0%})</text>'
    )
    out.append("</svg>")
    return "".join(out)


def _clip(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
